import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import { useCanvasInteraction } from "../CanvasContext";
import type { CanvasNode } from "../toReactFlow";
import { BreakpointToggle } from "./BreakpointToggle";
import { Handles } from "./Handles";
import { NodeBadges } from "./NodeBadges";
import { NodeRunBadge } from "./NodeRunBadge";
import { runClasses, StateHeader } from "./StateNode";
import { stateColor } from "./stateStyles";

type ContainerNodeProps = NodeProps<Extract<CanvasNode, { type: "container" }>>;

/** A Parallel or Map state: its header, and a body the branch lanes or item processor sit in. */
export const ContainerNode = memo(function ContainerNode({ id, data, selected }: ContainerNodeProps) {
  const { addBranch, readOnly } = useCanvasInteraction();
  return (
    <div className={`container-node${selected ? " is-selected" : ""}${runClasses(data)}`} style={{ "--state-color": stateColor(data.stateType) } as React.CSSProperties}>
      <Handles />
      <div className="container-node-top">
        <StateHeader id={id} data={data} />
        {data.stateType === "Parallel" && !readOnly && (
          <button type="button" className="container-add-branch nodrag" onClick={() => addBranch(id)} title="Add a branch" aria-label={`Add a branch to ${data.name}`}>
            + Branch
          </button>
        )}
      </div>
      <NodeBadges errors={data.errors} warnings={data.warnings} />
      {data.run && <NodeRunBadge run={data.run} paused={data.paused === true} />}
      <BreakpointToggle id={id} name={data.name} active={data.breakpoint === true} />
    </div>
  );
});
