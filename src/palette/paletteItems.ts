import { CATALOG, getCatalogItem } from "../asl/catalog/catalog";
import { searchCatalog } from "../asl/catalog/searchCatalog";
import type { CatalogItem, CatalogTab } from "../asl/catalog/types";
import { isStateType } from "../asl/types";
import { stateColor } from "../canvas/nodes/stateStyles";

export type PaletteTab = CatalogTab;
export type PaletteItem = CatalogItem & { color: string; glyph: string };

export const PALETTE_TABS: { id: PaletteTab; label: string }[] = [
  { id: "flow", label: "Flow" },
  { id: "actions", label: "Actions" },
  { id: "patterns", label: "Patterns" },
];

const GLYPHS: Record<string, string> = { Pass: "→", Choice: "◇", Wait: "◷", Succeed: "✓", Fail: "✕", Parallel: "∥", Map: "▦" };

function toPaletteItem(item: CatalogItem): PaletteItem {
  if (item.tab === "flow" && isStateType(item.id)) return { ...item, color: stateColor(item.id), glyph: GLYPHS[item.id] ?? "•" };
  if (item.tab === "patterns") return { ...item, color: stateColor("Parallel"), glyph: "⧉" };
  return { ...item, color: stateColor("Task"), glyph: (item.service ?? item.label).slice(0, 2).toUpperCase() };
}

const ITEMS = CATALOG.map(toPaletteItem);
const BY_ID = new Map(ITEMS.map((item) => [item.id, item]));

export function findPaletteItem(id: string): PaletteItem | undefined {
  const item = getCatalogItem(id);
  return item ? BY_ID.get(item.id) : undefined;
}

/** Matching items of every tab when there is a query, else the items of `tab`. */
export function searchPalette(query: string, tab: PaletteTab | undefined): PaletteItem[] {
  const matches = searchCatalog(query);
  return matches.flatMap((item) => (tab === undefined || item.tab === tab ? (BY_ID.get(item.id) ?? []) : []));
}
