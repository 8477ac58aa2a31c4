import { createContext, useContext } from "react";
import type { DropTarget } from "../graph/findDropTarget";

/** Canvas-wide interaction state that node and edge components read. */
export interface CanvasInteraction {
  renaming: string | undefined;
  renameError: string | undefined;
  startRename: (pointer: string) => void;
  /** True when the rename applied; false leaves the input open with `renameError`. */
  commitRename: (pointer: string, name: string) => boolean;
  cancelRename: () => void;
  dropTarget: DropTarget | undefined;
  readOnly: boolean;
  addBranch: (parallelPointer: string) => void;
  removeBranch: (parallelPointer: string, index: number) => void;
  /** Toggles the simulator's breakpoint before a state. */
  toggleBreakpoint: (pointer: string) => void;
}

export const CanvasContext = createContext<CanvasInteraction | null>(null);

export function useCanvasInteraction(): CanvasInteraction {
  const value = useContext(CanvasContext);
  if (!value) throw new Error("Canvas nodes must render inside <CanvasContext.Provider>");
  return value;
}
