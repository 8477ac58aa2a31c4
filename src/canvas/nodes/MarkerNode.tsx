import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import type { CanvasNode } from "../toReactFlow";
import { Handles } from "./Handles";

type MarkerNodeProps = NodeProps<Extract<CanvasNode, { type: "marker" }>>;

export const MarkerNode = memo(function MarkerNode({ data }: MarkerNodeProps) {
  const label = data.marker === "start" ? "Start" : "End";
  return (
    <div className={`marker-node marker-${data.marker}${data.nested ? " is-nested" : ""}`} data-testid={`marker-${data.marker}`} title={label}>
      <Handles />
      {!data.nested && <span className="marker-label">{label}</span>}
    </div>
  );
});
