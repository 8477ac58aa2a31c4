import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import { useCanvasInteraction } from "../CanvasContext";
import type { CanvasNode } from "../toReactFlow";

type EmptySlotNodeProps = NodeProps<Extract<CanvasNode, { type: "empty" }>>;

/** The "Drag first state here" slot of an empty machine, branch or Map. */
export const EmptySlotNode = memo(function EmptySlotNode({ data }: EmptySlotNodeProps) {
  const { dropTarget } = useCanvasInteraction();
  const active = dropTarget?.kind === "scope" && dropTarget.scopePointer === data.scopePointer;
  return (
    <div className={`empty-slot${active ? " is-drop-target" : ""}`} data-testid="empty-slot" data-scope={data.scopePointer}>
      Drag first state here
    </div>
  );
});
