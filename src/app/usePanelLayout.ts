import { useCallback, useState } from "react";

/** Sizes of the workspace's panels; remembered in the browser across visits. */
export interface PanelLayout {
  left: number;
  right: number;
  bottom: number;
  leftCollapsed: boolean;
  rightCollapsed: boolean;
  bottomCollapsed: boolean;
  /** Code mode: the editor's share of the width beside the graph. */
  codeSplit: number;
}

type Size = "left" | "right" | "bottom" | "codeSplit";

const STORAGE_KEY = "asl-studio.panels";
export const PANEL_LIMITS = { left: [180, 480], right: [260, 640], bottom: [120, 2000], codeSplit: [0.2, 0.8] } as const;
const DEFAULTS: PanelLayout = { left: 260, right: 340, bottom: 200, leftCollapsed: false, rightCollapsed: false, bottomCollapsed: false, codeSplit: 0.5 };

/** Pixels are whole; the code split is a fraction, kept to two decimals. */
const clamp = (key: Size, value: number) => {
  const [min, max] = PANEL_LIMITS[key];
  const rounded = key === "codeSplit" ? Math.round(value * 100) / 100 : Math.round(value);
  return Math.max(min, Math.min(max, rounded));
};

function read(): PanelLayout {
  try {
    return parsePanelLayout(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "null"));
  } catch {
    return DEFAULTS;
  }
}

/** A remembered layout, from whatever a previous version (or a person) left in storage. */
export function parsePanelLayout(raw: unknown): PanelLayout {
  if (typeof raw !== "object" || raw === null) return DEFAULTS;
  const saved = raw as Partial<Record<keyof PanelLayout, unknown>>;
  const size = (key: Size) => {
    const value = saved[key];
    return typeof value === "number" && Number.isFinite(value) ? clamp(key, value) : DEFAULTS[key];
  };
  return {
    left: size("left"),
    right: size("right"),
    bottom: size("bottom"),
    codeSplit: size("codeSplit"),
    leftCollapsed: saved.leftCollapsed === true,
    rightCollapsed: saved.rightCollapsed === true,
    bottomCollapsed: saved.bottomCollapsed === true,
  };
}

function write(layout: PanelLayout): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(layout));
  } catch {
    // Storage may be refused (private mode, sandboxed iframe): sizes then last for the visit.
  }
}

/** A change, or one computed from the latest layout (key repeat can outrun rendering). */
export type PanelLayoutChange = Partial<PanelLayout> | ((current: PanelLayout) => Partial<PanelLayout>);

export function usePanelLayout(): [PanelLayout, (change: PanelLayoutChange) => void] {
  const [layout, setLayout] = useState(read);
  const update = useCallback((change: PanelLayoutChange) => {
    setLayout((current) => {
      const next = { ...current, ...(typeof change === "function" ? change(current) : change) };
      for (const key of ["left", "right", "bottom", "codeSplit"] as const) next[key] = clamp(key, next[key]);
      write(next);
      return next;
    });
  }, []);
  return [layout, update];
}
