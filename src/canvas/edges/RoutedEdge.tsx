import type { EdgeProps } from "@xyflow/react";
import { memo } from "react";
import { useCanvasInteraction } from "../CanvasContext";
import type { CanvasEdge } from "../toReactFlow";
import { useFarZoom } from "../nodes/useFarZoom";
import { roundedPath } from "./roundedPath";

/** An edge drawn along ELK's route, with its label (choice condition, Default, caught errors). */
export const RoutedEdge = memo(function RoutedEdge({ id, data }: EdgeProps<CanvasEdge>) {
  const { dropTarget } = useCanvasInteraction();
  const far = useFarZoom();
  if (!data) return null;
  const isTarget = dropTarget?.kind === "edge" && dropTarget.edgeId === id;
  const d = roundedPath(data.points);
  return (
    <>
      <path d={d} className={`routed-edge routed-edge-${data.kind}${isTarget ? " is-drop-target" : ""}${data.taken ? " is-taken" : ""}`} markerEnd={data.taken ? "url(#asl-arrow-taken)" : "url(#asl-arrow)"} fill="none" />
      {data.label && data.labelBox && !far && (
        <g className={`edge-label edge-label-${data.kind}`} transform={`translate(${data.labelBox.x},${data.labelBox.y})`}>
          <rect width={data.labelBox.width} height={data.labelBox.height} rx={4} />
          <text x={data.labelBox.width / 2} y={data.labelBox.height / 2} dominantBaseline="central" textAnchor="middle">
            {data.label}
          </text>
        </g>
      )}
      {isTarget && dropTarget.kind === "edge" && (
        <g className="drop-indicator" data-testid="drop-indicator" transform={`translate(${dropTarget.point.x},${dropTarget.point.y})`}>
          <line x1={-60} x2={60} y1={0} y2={0} />
          <circle r={9} />
          <path d="M-4,0 H4 M0,-4 V4" />
        </g>
      )}
    </>
  );
});
