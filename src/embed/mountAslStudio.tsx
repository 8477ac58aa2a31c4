/**
 * `mountAslStudio(element, options)`: the studio in any page, without React on the host's side.
 * Returns the studio's API (the same as `window.aslStudio` on the standalone page) plus `update`
 * and `destroy`. Several studios on one page each have their own store and never share state.
 *
 * @example
 * const studio = mountAslStudio(document.getElementById("studio"), {
 *   definition: { StartAt: "Hello", States: { Hello: { Type: "Pass", End: true } } },
 *   onChange: (definition) => save(definition),
 * });
 * studio.destroy();
 */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "../app/App";
import { createStudioStore } from "../store/createStudioStore";
import { applyOptions, bindCallbacks, changeDetail, storeOptionsFor, type AslStudioOptions } from "./AslStudio";
import { createStudioApi, type StudioApi } from "./createStudioApi";

export interface MountedStudio extends StudioApi {
  /** Applies new options (definition, theme, readOnly, mode, features, callbacks). */
  update: (options: Partial<AslStudioOptions>) => void;
  /** Unmounts the studio, stops its worker and forgets its callbacks. */
  destroy: () => void;
}

export function mountAslStudio(element: HTMLElement, options: AslStudioOptions = {}): MountedStudio {
  if (!(element instanceof HTMLElement)) throw new TypeError("mountAslStudio needs an element to render into.");
  let current = { ...options };
  const store = createStudioStore(storeOptionsFor(current));
  const api = createStudioApi(store);
  const unbind = bindCallbacks(store, () => current);
  const root = createRoot(element);
  const render = () =>
    root.render(
      <StrictMode>
        <App store={store} embedded onSave={current.onSave ? () => current.onSave?.(store.getState().definition, changeDetail(store)) : undefined} />
      </StrictMode>,
    );
  render();
  let destroyed = false;
  return {
    ...api,
    update: (patch) => {
      if (destroyed) return;
      const next = { ...current, ...patch };
      applyOptions(store, api, next, current);
      const saveChanged = (next.onSave === undefined) !== (current.onSave === undefined);
      current = next;
      if (saveChanged) render();
    },
    destroy: () => {
      if (destroyed) return;
      destroyed = true;
      unbind();
      api.dispose();
      root.unmount();
    },
  };
}
