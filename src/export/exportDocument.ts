/**
 * What the Export menu produces from the studio's state: definition text in JSON or YAML, the
 * diagram as SVG or PNG, CloudFormation/SAM templates. Browser-only parts (ELK worker, canvas)
 * are loaded on first use.
 */
import type { JsonValue } from "../asl/json";
import type { TextFormat } from "../asl/parse/types";
import { serialize } from "../asl/serialize";
import { computeRunOverlay } from "../simulator/model/runOverlay";
import type { StudioState } from "../store/createStudioStore";
import type { RunState } from "../store/runSlice";
import { fileBaseName } from "./browser/download";
import { toInfrastructureTemplate, type InfrastructureFlavor } from "./infrastructure";
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

/** True when the text parses, so it can be converted to the other format. */
export function canConvert(state: StudioState): boolean {
  return state.parse.value !== undefined && state.definition !== undefined;
}

/**
 * The definition in `format`: the text exactly as written when it is already in that format
 * (comments and layout kept), else the document converted.
 */
export function definitionText(state: StudioState, format: TextFormat): string {
  if (format === state.format) return state.text;
  if (!canConvert(state)) throw new Error("The text has a syntax error: fix it in Code mode before converting it.");
  const text = serialize(state.definition as JsonValue, format);
  return format === "json" ? `${text}\n` : text;
}

export function exportFileName(state: StudioState, suffix: string): string {
  return `${fileBaseName(state.config.name)}${suffix}`;
}

export function infrastructureText(state: StudioState, flavor: InfrastructureFlavor, format: TextFormat): string {
  if (state.definition === undefined) throw new Error("There is no definition to export yet.");
  return toInfrastructureTemplate(state.definition, state.config, { flavor, format });
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

