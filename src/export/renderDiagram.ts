/**
 * Definition → SVG in one call: projection (toFlowGraph), ELK layout, renderSvg. The caller
 * passes the ELK instance: the canvas's worker in the browser, the bundled one in Node.
 */
import { layoutGraph, type ElkLike } from "../graph/layout/layoutGraph";
import type { LayoutDirection } from "../graph/layout/toElkGraph";
import { toFlowGraph } from "../graph/toFlowGraph";
import { renderSvg, type RenderSvgOptions } from "./svg/renderSvg";

export interface RenderDiagramOptions extends RenderSvgOptions {
  direction?: LayoutDirection;
}

export interface RenderedDiagram {
  svg: string;
  width: number;
  height: number;
  stateCount: number;
}

export async function renderDiagram(definition: unknown, elk: ElkLike, options: RenderDiagramOptions = {}): Promise<RenderedDiagram> {
  const graph = toFlowGraph(definition);
  const layout = await layoutGraph(graph, elk, options.direction ?? "DOWN");
  const svg = renderSvg(graph, layout, options);
  const size = svgSize(svg);
  return { svg, ...size, stateCount: graph.nodes.filter((node) => node.kind === "state").length };
}

/** The pixel size written on an SVG's root element by renderSvg. */
export function svgSize(svg: string): { width: number; height: number } {
  const match = /<svg[^>]*\swidth="(\d+(?:\.\d+)?)"[^>]*\sheight="(\d+(?:\.\d+)?)"/.exec(svg);
  return { width: Number(match?.[1] ?? 0), height: Number(match?.[2] ?? 0) };
}
