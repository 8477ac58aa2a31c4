/**
 * The diagram as the Export menu makes it: SVG from our own renderer on an ELK layout, optionally
 * coloured by the last run, and PNG rasterised from it. Loaded on first use.
 */
import type { StudioState } from "../store/createStudioStore";
import type { RunState } from "../store/runSlice";
import { computeRunOverlay } from "../simulator/model/runOverlay";
import { renderDiagram, type RenderedDiagram } from "./renderDiagram";
import type { RunStatus, SvgTheme } from "./svg/svgTheme";

/**
 * The last run's status per state pointer (the simulator's run overlay), or undefined when there
 * has been no run in this studio.
 */
export function lastRunStatus(runState: RunState): Record<string, RunStatus> | undefined {
  const run = runState.run;
  if (!run || run.runId === "") return undefined;
  const overlay = computeRunOverlay({ definition: run.definition, events: run.events, visits: run.visits, finished: runState.phase === "finished" });
  const statuses: Record<string, RunStatus> = {};
  for (const [pointer, info] of overlay.nodes) statuses[pointer] = info.status;
  return Object.keys(statuses).length > 0 ? statuses : undefined;
}

export interface DiagramOptions {
  theme: SvgTheme;
  runStatus?: Record<string, RunStatus> | undefined;
}

export async function renderStudioDiagram(state: StudioState, options: DiagramOptions): Promise<RenderedDiagram> {
  const { getElk } = await import("../canvas/elkInstance");
  return renderDiagram(state.definition, getElk(), {
    theme: options.theme,
    direction: state.layoutDirection,
    title: state.config.name,
    ...(options.runStatus ? { runStatus: options.runStatus } : {}),
  });
}

export async function diagramPng(diagram: RenderedDiagram, scale: number): Promise<Blob> {
  const { rasterizeSvg } = await import("./browser/rasterize");
  return rasterizeSvg(diagram.svg, diagram.width, diagram.height, scale);
}

