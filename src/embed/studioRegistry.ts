import type { StudioStore } from "../store/createStudioStore";

/** Live studio instances on the page by instance id (the `data-studio-instance` of their root). */
const stores = new Map<string, StudioStore>();

export function registerStudio(store: StudioStore): () => void {
  const id = store.getState().instanceId;
  stores.set(id, store);
  return () => {
    if (stores.get(id) === store) stores.delete(id);
  };
}

/** The studio an element belongs to. */
export function studioOf(element: Element | null): StudioStore | undefined {
  const root = element?.closest("[data-studio-instance]");
  const id = root?.getAttribute("data-studio-instance");
  return id ? stores.get(id) : undefined;
}
