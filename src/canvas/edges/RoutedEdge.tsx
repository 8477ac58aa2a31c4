import type { EdgeProps } from "@xyflow/react";
import { memo } from "react";
import { useCanvasInteraction } from "../CanvasContext";
import type { FlowEdgeKind } from "../../graph/types";
import type { CanvasEdge } from "../toReactFlow";
import { useFarZoom } from "../nodes/useFarZoom";
import { roundedPath, roundedPathPieces } from "./roundedPath";

const DASHED: ReadonlySet<FlowEdgeKind> = new Set<FlowEdgeKind>(["catch", "default"]);

/** An edge drawn along ELK's route, with its label (choice condition, Default, caught errors). */
export const RoutedEdge = memo(function RoutedEdge({ id, data }: EdgeProps<CanvasEdge>) {
  const { dropTarget } = useCanvasInteraction();
  const far = useFarZoom();
  if (!data) return null;
  const isTarget = dropTarget?.kind === "edge" && dropTarget.edgeId === id;
  const className = `routed-edge routed-edge-${data.kind}${isTarget ? " is-drop-target" : ""}${data.taken ? " is-taken" : ""}`;
  const markerEnd = data.taken ? "url(#asl-arrow-taken)" : "url(#asl-arrow)";
  return (
    <>
      {DASHED.has(data.kind) ? (
        // Chromium dashes a whole path before clipping it, so one long dashed path (a Catch routed
        // down the side of a tall graph) costs its full length on every repaint while panning.
        // Separate straight lines are culled to the view instead.
        <g className={className} fill="none">
          {roundedPathPieces(data.points).map((piece, i, all) => (
            <path key={i} d={piece} markerEnd={i === all.length - 1 ? markerEnd : undefined} />
          ))}
        </g>
      ) : (
        <path d={roundedPath(data.points)} className={className} markerEnd={markerEnd} fill="none" />
      )}
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
