import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import { useCanvasInteraction } from "../CanvasContext";
import type { CanvasNode } from "../toReactFlow";

type BranchNodeProps = NodeProps<Extract<CanvasNode, { type: "branch" }>>;

/** One lane of a Parallel state. */
export const BranchNode = memo(function BranchNode({ data }: BranchNodeProps) {
  const { removeBranch, readOnly } = useCanvasInteraction();
  return (
    <div className="branch-node" data-testid="branch" data-branch-index={data.index}>
      <span className="branch-node-label">Branch {data.index + 1}</span>
      {!readOnly && (
        <button
          type="button"
          className="branch-remove nodrag"
          onClick={() => removeBranch(data.parallelPointer, data.index)}
          disabled={!data.removable}
          aria-label={`Remove branch ${data.index + 1}`}
          title={data.removable ? "Remove this branch" : "A Parallel state needs at least one branch"}
        >
          ×
        </button>
      )}
    </div>
  );
});
