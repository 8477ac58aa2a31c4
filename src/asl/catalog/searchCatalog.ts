import { CATALOG } from "./catalog";
import type { CatalogItem } from "./types";

function haystack(item: CatalogItem): string {
  return [item.id, item.label, item.group, item.service ?? "", item.description, ...item.keywords].join("\n").toLowerCase();
}

const HAYSTACKS = new Map(CATALOG.map((item) => [item, haystack(item)]));

/**
 * The items of every tab that match the query, in catalog order: each whitespace-separated word
 * must appear, case-insensitively, in the item's id, label, group, service, description or
 * keywords ("sqs send", "AWS Lambda Invoke", "dynamodb:getItem"). An empty query matches all.
 */
export function searchCatalog(query: string, items: readonly CatalogItem[] = CATALOG): CatalogItem[] {
  const words = query.toLowerCase().split(/\s+/).filter((word) => word !== "");
  if (words.length === 0) return [...items];
  return items.filter((item) => {
    const text = HAYSTACKS.get(item) ?? haystack(item);
    return words.every((word) => text.includes(word));
  });
}
