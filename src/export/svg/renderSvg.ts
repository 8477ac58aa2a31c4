/**
 * The diagram as a standalone SVG document, drawn from the graph and its layout (never from the
 * DOM): real `<text>`, no `<foreignObject>`, every colour and font written on the element, every
 * string escaped. Pure, so it runs the same in the browser, in Node (the `render` command) and in
 * tests.
 *
 * @example
 * const graph = toFlowGraph(definition);
 * const svg = renderSvg(graph, await layoutGraph(graph, elk), { theme: "dark" });
 */
import { roundedPath } from "../../canvas/edges/roundedPath";
import type { Box, GraphLayout, Point } from "../../graph/layout/layoutGraph";
import { CONTAINER_HEADER, STATE_HEIGHT } from "../../graph/layout/sizes";
import type { FlowEdge, FlowGraph, FlowNode } from "../../graph/types";
import { escapeXml, truncate } from "./escapeXml";
import { ICON_MARKUP, STATUS_GLYPHS } from "./svgIcons";
import { mix, PALETTES, RUN_STATUS_LABELS, stateAccent, type RunStatus, type SvgPalette, type SvgTheme } from "./svgTheme";

export type { RunStatus, SvgTheme } from "./svgTheme";

export interface RenderSvgOptions {
  theme?: SvgTheme;
  /** The last run's status per state pointer; states without an entry are drawn as not run. */
  runStatus?: Readonly<Record<string, RunStatus>>;
  /** The document's title (`<title>`, for screen readers and file browsers). */
  title?: string;
  /** Space around the drawing, in px (default 24). */
  padding?: number;
  /** Prefix of the ids inside the SVG, so several can be inlined in one page (default "asl"). */
  idPrefix?: string;
}

export const FONT_UI = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
export const FONT_MONO = "ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace";

/** Average glyph widths used to shorten text that would overflow its box (no font metrics in Node). */
const NAME_CHAR = 7.3;
const SUBTITLE_CHAR = 6.1;

const n = (value: number) => String(Math.round(value * 100) / 100);

interface Ctx {
  palette: SvgPalette;
  theme: SvgTheme;
  runStatus: Readonly<Record<string, RunStatus>> | undefined;
  id: (name: string) => string;
}

export function renderSvg(graph: FlowGraph, layout: GraphLayout, options: RenderSvgOptions = {}): string {
  const theme = options.theme ?? "light";
  const palette = PALETTES[theme];
  const padding = options.padding ?? 24;
  const prefix = (options.idPrefix ?? "asl").replace(/[^A-Za-z0-9_-]/g, "") || "asl";
  const ctx: Ctx = { palette, theme, runStatus: options.runStatus, id: (name) => `${prefix}-${name}` };

  const bounds = measure(graph, layout);
  const legend = options.runStatus ? legendSize() : undefined;
  const width = Math.ceil(Math.max(bounds.maxX - bounds.minX, legend?.width ?? 0) + padding * 2);
  const height = Math.ceil(bounds.maxY - bounds.minY + padding * 2 + (legend ? legend.height + 12 : 0));
  const dx = padding - bounds.minX;
  const dy = padding - bounds.minY;

  const containers: string[] = [];
  const states: string[] = [];
  const markers: string[] = [];
  for (const node of graph.nodes) {
    const box = layout.nodes.get(node.id);
    if (!box) continue;
    switch (node.kind) {
      case "state":
        (node.isContainer ? containers : states).push(node.isContainer ? drawContainer(node, box, ctx) : drawState(node, box, ctx));
        break;
      case "branch":
        containers.push(drawBranch(node, box, ctx));
        break;
      case "start":
      case "end":
        markers.push(drawMarker(node, box, ctx));
        break;
      case "empty":
        markers.push(drawEmpty(box, ctx));
        break;
    }
  }
  const edges: string[] = [];
  const labels: string[] = [];
  for (const edge of graph.edges) {
    const route = layout.edges.get(edge.id);
    if (!route || route.points.length < 2) continue;
    edges.push(drawEdge(edge, route.points, ctx));
    if (edge.label !== undefined && route.label) labels.push(drawEdgeLabel(edge, route.label, ctx));
  }

  const title = options.title ?? "State machine";
  const stateCount = graph.nodes.filter((node) => node.kind === "state").length;
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${ctx.id("title")}" data-theme="${theme}" data-state-count="${stateCount}">`,
    `<title id="${ctx.id("title")}">${escapeXml(title)}</title>`,
    `<defs>`,
    `<marker id="${ctx.id("arrow")}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,1 L9,5 L0,9 z" fill="${palette.edge}"/></marker>`,
    `<marker id="${ctx.id("arrow-catch")}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,1 L9,5 L0,9 z" fill="${palette.error}"/></marker>`,
    `</defs>`,
    `<rect width="100%" height="100%" fill="${palette.background}"/>`,
    `<g transform="translate(${n(dx)},${n(dy)})">`,
    `<g class="asl-containers">${containers.join("")}</g>`,
    `<g class="asl-edges" fill="none">${edges.join("")}</g>`,
    `<g class="asl-markers">${markers.join("")}</g>`,
    `<g class="asl-states">${states.join("")}</g>`,
    `<g class="asl-edge-labels">${labels.join("")}</g>`,
    `</g>`,
    legend ? drawLegend(ctx, padding, height - padding - legend.height) : "",
    `</svg>`,
    "",
  ].join("\n");
}

/** The drawing's extent: every node box, edge point and label box. */
function measure(graph: FlowGraph, layout: GraphLayout): { minX: number; minY: number; maxX: number; maxY: number } {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const add = (x: number, y: number) => {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  };
  for (const node of graph.nodes) {
    const box = layout.nodes.get(node.id);
    if (!box) continue;
    add(box.x, box.y);
    // Top-level Start/End markers have their label to the right.
    add(box.x + box.width + ((node.kind === "start" || node.kind === "end") && node.depth === 0 ? 44 : 0), box.y + box.height);
  }
  for (const route of layout.edges.values()) {
    for (const p of route.points) add(p.x, p.y);
    if (route.label) {
      add(route.label.x, route.label.y);
      add(route.label.x + route.label.width, route.label.y + route.label.height);
    }
  }
  if (minX === Infinity) return { minX: 0, minY: 0, maxX: 160, maxY: 60 };
  return { minX, minY, maxX, maxY };
}

function statusOf(node: FlowNode, ctx: Ctx): RunStatus | undefined {
  if (!ctx.runStatus) return undefined;
  return ctx.runStatus[node.id] ?? "not-run";
}

function text(x: number, y: number, content: string, attrs: string): string {
  return `<text x="${n(x)}" y="${n(y)}" ${attrs}>${escapeXml(content)}</text>`;
}

/** Icon tile, name and subtitle: the header every state and container shares. */
function header(node: FlowNode, x: number, y: number, width: number, accent: string, ctx: Ctx): string {
  const { palette } = ctx;
  const tileBg = mix(accent, palette.surface, ctx.theme === "dark" ? 0.2 : 0.12);
  const textX = x + 10 + 28 + 8;
  const room = Math.max(20, width - (textX - x) - 10);
  const name = truncate(node.name ?? "", Math.floor(room / NAME_CHAR));
  const subtitle = truncate(node.subtitle ?? "", Math.floor(room / SUBTITLE_CHAR));
  const icon = node.stateType ? ICON_MARKUP[node.stateType] : ICON_MARKUP.Pass;
  return [
    `<rect x="${n(x + 10)}" y="${n(y + 14)}" width="28" height="28" rx="6" fill="${tileBg}"/>`,
    `<g transform="translate(${n(x + 16)},${n(y + 20)})" fill="none" stroke="${accent}" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round">${icon}</g>`,
    text(textX, y + 25, name, `font-family="${FONT_UI}" font-size="13" font-weight="600" fill="${palette.text}" class="asl-state-name"`),
    text(textX, y + 41, subtitle, `font-family="${FONT_UI}" font-size="11.5" fill="${palette.muted}"`),
  ].join("");
}

function stateAttrs(node: FlowNode, status: RunStatus | undefined): string {
  return `class="asl-state" data-state-name="${escapeXml(node.name ?? "")}" data-state-type="${escapeXml(node.stateType ?? "")}"${status ? ` data-run-status="${status}"` : ""}`;
}

function drawState(node: FlowNode, box: Box, ctx: Ctx): string {
  const { palette } = ctx;
  const accent = stateAccent(node.stateType, ctx.theme);
  const status = statusOf(node, ctx);
  const border = status && status !== "not-run" ? palette.status[status] : palette.border;
  const { x, y, width, height } = box;
  return [
    `<g ${stateAttrs(node, status)}${status === "not-run" ? ' opacity="0.55"' : ""}>`,
    // The full name, also when the drawn one is shortened to fit: viewers show it on hover, and
    // search and screen readers find it.
    `<title>${escapeXml(node.name ?? "")}</title>`,
    `<rect x="${n(x)}" y="${n(y + 1)}" width="${n(width)}" height="${n(height)}" rx="8" fill="${palette.shadow}" fill-opacity="0.07"/>`,
    `<rect x="${n(x + 0.5)}" y="${n(y + 0.5)}" width="${n(width - 1)}" height="${n(height - 1)}" rx="8" fill="${palette.surface}" stroke="${border}" stroke-width="${status && status !== "not-run" ? 2 : 1}"/>`,
    leftBar(x, y, height, accent),
    header(node, x, y + (height - STATE_HEIGHT) / 2, width, accent, ctx),
    status && status !== "not-run" ? statusBadge(x + width, y, status, ctx) : "",
    `</g>`,
  ].join("");
}

/** The 4 px colour strip down a node's left side, following its rounded corners. */
function leftBar(x: number, y: number, height: number, accent: string): string {
  return `<path d="M${n(x + 8)},${n(y)} H${n(x + 4)} V${n(y + height)} H${n(x + 8)} A8,8 0 0 1 ${n(x)},${n(y + height - 8)} V${n(y + 8)} A8,8 0 0 1 ${n(x + 8)},${n(y)} z" fill="${accent}"/>`;
}

function statusBadge(right: number, top: number, status: RunStatus, ctx: Ctx): string {
  const colour = ctx.palette.status[status];
  return `<g transform="translate(${n(right - 2)},${n(top + 2)})"><circle r="8" fill="${colour}" stroke="${ctx.palette.surface}" stroke-width="2"/><g fill="none" stroke="#ffffff" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round">${STATUS_GLYPHS[status]}</g></g>`;
}

function drawContainer(node: FlowNode, box: Box, ctx: Ctx): string {
  const { palette } = ctx;
  const accent = stateAccent(node.stateType, ctx.theme);
  const status = statusOf(node, ctx);
  const border = status && status !== "not-run" ? palette.status[status] : palette.border;
  const { x, y, width, height } = box;
  const top = Math.min(CONTAINER_HEADER, height);
  const emphasised = status !== undefined && status !== "not-run";
  return [
    `<g ${stateAttrs(node, status)}${status === "not-run" ? ' opacity="0.55"' : ""}>`,
    // The full name, also when the drawn one is shortened to fit: viewers show it on hover, and
    // search and screen readers find it.
    `<title>${escapeXml(node.name ?? "")}</title>`,
    `<rect x="${n(x + 0.5)}" y="${n(y + 0.5)}" width="${n(width - 1)}" height="${n(height - 1)}" rx="8" fill="${mix(accent, palette.background, 0.05)}"/>`,
    `<path d="M${n(x + 8)},${n(y + 0.5)} H${n(x + width - 8)} A7.5,7.5 0 0 1 ${n(x + width - 0.5)},${n(y + 8)} V${n(y + top)} H${n(x + 0.5)} V${n(y + 8)} A7.5,7.5 0 0 1 ${n(x + 8)},${n(y + 0.5)} z" fill="${palette.surface}"/>`,
    `<path d="M${n(x)},${n(y + top)} H${n(x + width)}" stroke="${palette.border}" stroke-width="1"/>`,
    `<rect x="${n(x + 0.5)}" y="${n(y + 0.5)}" width="${n(width - 1)}" height="${n(height - 1)}" rx="8" fill="none" stroke="${border}" stroke-width="${emphasised ? 2 : 1}"${emphasised ? "" : ' stroke-dasharray="6 4"'}/>`,
    leftBar(x, y, height, accent),
    header(node, x, y - 2, width, accent, ctx),
    emphasised ? statusBadge(x + width, y, status, ctx) : "",
    `</g>`,
  ].join("");
}

function drawBranch(node: FlowNode, box: Box, ctx: Ctx): string {
  const { palette } = ctx;
  const { x, y, width, height } = box;
  return [
    `<g class="asl-branch">`,
    `<rect x="${n(x + 0.5)}" y="${n(y + 0.5)}" width="${n(width - 1)}" height="${n(height - 1)}" rx="6" fill="${mix(palette.surface2, palette.background, 0.45)}" stroke="${mix(palette.muted, palette.background, 0.5)}" stroke-dasharray="5 4"/>`,
    text(x + 8, y + 15, `Branch ${(node.branchIndex ?? 0) + 1}`, `font-family="${FONT_UI}" font-size="11" fill="${palette.muted}"`),
    `</g>`,
  ].join("");
}

function drawMarker(node: FlowNode, box: Box, ctx: Ctx): string {
  const { palette } = ctx;
  const r = box.width / 2;
  const cx = box.x + r;
  const cy = box.y + box.height / 2;
  const nested = node.depth > 0;
  const shape =
    node.kind === "start"
      ? `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}" fill="${palette.text}"/>`
      : `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r - (nested ? 1.5 : 1.5))}" fill="${palette.surface}" stroke="${palette.text}" stroke-width="${nested ? 2.5 : 3}"/>`;
  const label = nested ? "" : text(box.x + box.width + 8, cy + 4, node.kind === "start" ? "Start" : "End", `font-family="${FONT_UI}" font-size="12" fill="${palette.muted}"`);
  return `<g class="asl-marker asl-marker-${node.kind}">${shape}${label}</g>`;
}

function drawEmpty(box: Box, ctx: Ctx): string {
  const { palette } = ctx;
  return [
    `<g class="asl-empty">`,
    `<rect x="${n(box.x + 1)}" y="${n(box.y + 1)}" width="${n(box.width - 2)}" height="${n(box.height - 2)}" rx="8" fill="${palette.surface}" stroke="${palette.border}" stroke-width="2" stroke-dasharray="6 4"/>`,
    text(box.x + box.width / 2, box.y + box.height / 2 + 4, "No states yet", `font-family="${FONT_UI}" font-size="12.5" fill="${palette.muted}" text-anchor="middle"`),
    `</g>`,
  ].join("");
}

function drawEdge(edge: FlowEdge, points: Point[], ctx: Ctx): string {
  const { palette } = ctx;
  const catchEdge = edge.kind === "catch";
  const dash = catchEdge ? ' stroke-dasharray="6 4"' : edge.kind === "default" ? ' stroke-dasharray="2 3"' : "";
  return `<path class="asl-edge asl-edge-${edge.kind}" d="${roundedPath(points.map((p) => ({ x: Math.round(p.x * 100) / 100, y: Math.round(p.y * 100) / 100 })))}" stroke="${catchEdge ? palette.error : palette.edge}" stroke-width="1.5"${dash} marker-end="url(#${ctx.id(catchEdge ? "arrow-catch" : "arrow")})"/>`;
}

function drawEdgeLabel(edge: FlowEdge, box: Box, ctx: Ctx): string {
  const { palette } = ctx;
  const label = truncate(edge.label ?? "", Math.max(4, Math.floor((box.width - 8) / 6.2)));
  return [
    `<g class="asl-edge-label">`,
    `<rect x="${n(box.x + 0.5)}" y="${n(box.y + 0.5)}" width="${n(box.width - 1)}" height="${n(box.height - 1)}" rx="4" fill="${palette.surface}" stroke="${palette.border}"/>`,
    text(box.x + box.width / 2, box.y + box.height / 2 + 3.8, label, `font-family="${FONT_MONO}" font-size="11" fill="${edge.kind === "catch" ? palette.error : palette.muted}" text-anchor="middle"`),
    `</g>`,
  ].join("");
}

const LEGEND: RunStatus[] = ["succeeded", "caught", "failed", "running", "not-run"];
const legendItemWidth = (status: RunStatus) => 16 + Math.ceil(RUN_STATUS_LABELS[status].length * 6.4) + 18;

function legendSize(): { width: number; height: number } {
  return { width: LEGEND.reduce((sum, status) => sum + legendItemWidth(status), 0), height: 18 };
}

function drawLegend(ctx: Ctx, x: number, y: number): string {
  let left = x;
  const items = LEGEND.map((status) => {
    const item = `<circle cx="${n(left + 6)}" cy="${n(y + 9)}" r="5" fill="${ctx.palette.status[status]}"/>${text(left + 16, y + 13, RUN_STATUS_LABELS[status], `font-family="${FONT_UI}" font-size="11.5" fill="${ctx.palette.muted}"`)}`;
    left += legendItemWidth(status);
    return item;
  });
  return `<g class="asl-legend">${items.join("")}</g>`;
}
