import { useStore } from "@xyflow/react";

/** Below this zoom a state's text is a few pixels high: nodes draw as coloured boxes only. */
export const FAR_ZOOM = 0.35;

/** True while the canvas is zoomed out past FAR_ZOOM; re-renders only when that flips. */
export function useFarZoom(): boolean {
  return useStore((s) => s.transform[2] < FAR_ZOOM);
}
