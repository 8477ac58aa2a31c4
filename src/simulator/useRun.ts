import { useStore } from "zustand";
import type { RunState, RunStore } from "../store/runSlice";
import { useStudioStore } from "../store/StudioContext";

/** The run store of this studio instance (a companion of the studio store). */
export function useRunStore(): RunStore {
  return useStudioStore().getState().run;
}

/** Reads the run state through a selector, like useStudio. */
export function useRun<T>(selector: (state: RunState) => T): T {
  return useStore(useRunStore(), selector);
}
