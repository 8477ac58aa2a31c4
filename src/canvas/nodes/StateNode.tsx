import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import { useCanvasInteraction } from "../CanvasContext";
import type { CanvasNode, StateNodeData } from "../toReactFlow";
import { BreakpointToggle } from "./BreakpointToggle";
import { Handles } from "./Handles";
import { NodeBadges } from "./NodeBadges";
import { NodeRunBadge } from "./NodeRunBadge";
import { RenameInput } from "./RenameInput";
import { StateIcon } from "./StateIcon";
import { stateColor } from "./stateStyles";
import { useFarZoom } from "./useFarZoom";

type StateNodeProps = NodeProps<Extract<CanvasNode, { type: "state" }>>;

export const StateNode = memo(function StateNode({ id, data, selected }: StateNodeProps) {
  // Zoomed far out, a thousand-state graph draws boxes only (text would be a few pixels high).
  const far = useFarZoom();
  if (far)
    return (
      <div className={`state-node is-far${selected ? " is-selected" : ""}${runClasses(data)}`} style={{ "--state-color": stateColor(data.stateType) } as React.CSSProperties}>
        <Handles />
      </div>
    );
  return (
    <div className={`state-node${selected ? " is-selected" : ""}${runClasses(data)}`} style={{ "--state-color": stateColor(data.stateType) } as React.CSSProperties}>
      <Handles />
      <StateHeader id={id} data={data} />
      <NodeBadges errors={data.errors} warnings={data.warnings} />
      {data.run && <NodeRunBadge run={data.run} paused={data.paused === true} />}
      <BreakpointToggle id={id} name={data.name} active={data.breakpoint === true} />
    </div>
  );
});

export function StateHeader({ id, data }: { id: string; data: StateNodeData }) {
  const { renaming, startRename } = useCanvasInteraction();
  return (
    <div className="state-node-header" onDoubleClick={() => startRename(id)}>
      <span className="state-node-icon">
        <StateIcon type={data.stateType} />
      </span>
      <span className="state-node-text">
        {renaming === id ? <RenameInput pointer={id} name={data.name} /> : <span className="state-node-name" title={data.name}>{data.name}</span>}
        <span className="state-node-subtitle" title={data.subtitle}>
          {data.subtitle}
        </span>
      </span>
    </div>
  );
}

/** Classes for the run status, the breakpoint and the pause (see canvas.css). */
export function runClasses(data: StateNodeData): string {
  let classes = "";
  if (data.run) classes += ` has-run run-${data.run.status}`;
  if (data.breakpoint) classes += " has-breakpoint";
  if (data.paused) classes += " is-paused";
  return classes;
}
