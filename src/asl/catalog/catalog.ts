/** The states browser's catalog: Flow, Actions and Patterns items, looked up by id. */
import { ACTION_ITEMS } from "./actionItems";
import { FLOW_ITEMS } from "./flowItems";
import { PATTERN_ITEMS } from "./patternItems";
import type { CatalogItem, CatalogTab } from "./types";

/** Every item, Flow first, then Actions, then Patterns. */
export const CATALOG: readonly CatalogItem[] = [...FLOW_ITEMS, ...ACTION_ITEMS, ...PATTERN_ITEMS];

const BY_ID = new Map(CATALOG.map((item) => [item.id, item]));

/** The item with this id ("Pass", "lambda:invoke", "pattern:callback"), as the canvas's `data-item` holds it. */
export function getCatalogItem(id: string): CatalogItem | undefined {
  return BY_ID.get(id);
}

/** The items of one tab, in display order. */
export function getCatalogTab(tab: CatalogTab): CatalogItem[] {
  return CATALOG.filter((item) => item.tab === tab);
}
