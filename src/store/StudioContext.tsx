import { createContext, useContext } from "react";
import { useStore } from "zustand";
import type { StudioState, StudioStore } from "./createStudioStore";

export const StudioContext = createContext<StudioStore | null>(null);

/** The store of the studio instance this component belongs to. */
export function useStudioStore(): StudioStore {
  const store = useContext(StudioContext);
  if (!store) throw new Error("useStudio must be used inside <StudioContext.Provider>");
  return store;
}

export function useStudio<T>(selector: (state: StudioState) => T): T {
  return useStore(useStudioStore(), selector);
}
