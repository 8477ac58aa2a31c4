import type { StateType } from "../../asl/types";
import { STATE_COLORS, UNKNOWN_COLOR } from "../../canvas/nodes/stateStyles";

export type SvgTheme = "light" | "dark";

/** A state's status in the last run, as the simulator reports it (keyed by state pointer). */
export type RunStatus = "succeeded" | "failed" | "caught" | "running" | "not-run";

/** Solid colours for one theme: the canvas's CSS variables (src/app/styles.css), resolved. */
export interface SvgPalette {
  background: string;
  surface: string;
  surface2: string;
  border: string;
  text: string;
  muted: string;
  edge: string;
  error: string;
  shadow: string;
  status: Record<RunStatus, string>;
}

export const PALETTES: Record<SvgTheme, SvgPalette> = {
  light: {
    background: "#f6f7f9",
    surface: "#ffffff",
    surface2: "#f0f2f5",
    border: "#d9dde3",
    text: "#1b1f24",
    muted: "#5b6470",
    edge: "#8a93a3",
    error: "#c62828",
    shadow: "#000000",
    status: { succeeded: "#15803d", failed: "#c62828", caught: "#d97706", running: "#2563eb", "not-run": "#9ca3af" },
  },
  dark: {
    background: "#16181d",
    surface: "#1e2128",
    surface2: "#262a33",
    border: "#363b46",
    text: "#e6e8eb",
    muted: "#a0a8b4",
    edge: "#7d8696",
    error: "#ff7b72",
    shadow: "#000000",
    status: { succeeded: "#3fb950", failed: "#ff7b72", caught: "#f0a732", running: "#58a6ff", "not-run": "#6b7280" },
  },
};

export const RUN_STATUS_LABELS: Record<RunStatus, string> = {
  succeeded: "Succeeded",
  failed: "Failed",
  caught: "Caught error",
  running: "In progress",
  "not-run": "Not run",
};

/** The state type's accent; in the dark theme lifted a little so it reads on dark surfaces. */
export function stateAccent(type: StateType | undefined, theme: SvgTheme): string {
  const base = type ? STATE_COLORS[type] : UNKNOWN_COLOR;
  return theme === "dark" ? mix("#ffffff", base, 0.15) : base;
}

function channels(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** `amount` of `top` over `base` (like CSS color-mix in srgb), as #rrggbb. */
export function mix(top: string, base: string, amount: number): string {
  const a = channels(top);
  const b = channels(base);
  return `#${a
    .map((c, i) => Math.round(c * amount + (b[i] as number) * (1 - amount)))
    .map((c) => c.toString(16).padStart(2, "0"))
    .join("")}`;
}
