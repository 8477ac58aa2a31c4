import type { StateFragment } from "../asl/edit/types";
import { findPaletteItem } from "./paletteItems";

/** The drag data type of a states-browser item; its value is the item id. */
export const PALETTE_DRAG_TYPE = "application/x-asl-studio-item";

export function paletteItemFragment(itemId: string): StateFragment | undefined {
  return findPaletteItem(itemId)?.create();
}
