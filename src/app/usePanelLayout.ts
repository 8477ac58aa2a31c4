import { useCallback, useState } from "react";

/** Sizes of the workspace's panels; remembered in the browser across visits. */
export interface PanelLayout {
  left: number;
  right: number;
  bottom: number;
  leftCollapsed: boolean;
  rightCollapsed: boolean;
}

const STORAGE_KEY = "asl-studio.panels";
export const PANEL_LIMITS = { left: [180, 480], right: [260, 640], bottom: [120, 2000] } as const;
const DEFAULTS: PanelLayout = { left: 260, right: 340, bottom: 200, leftCollapsed: false, rightCollapsed: false };

const clamp = (value: number, [min, max]: readonly [number, number]) => Math.max(min, Math.min(max, Math.round(value)));

function read(): PanelLayout {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "null");
    if (typeof raw !== "object" || raw === null) return DEFAULTS;
    const saved = raw as Partial<Record<keyof PanelLayout, unknown>>;
    const number = (key: "left" | "right" | "bottom") => (typeof saved[key] === "number" && Number.isFinite(saved[key]) ? clamp(saved[key] as number, PANEL_LIMITS[key]) : DEFAULTS[key]);
    return { left: number("left"), right: number("right"), bottom: number("bottom"), leftCollapsed: saved.leftCollapsed === true, rightCollapsed: saved.rightCollapsed === true };
  } catch {
    return DEFAULTS;
  }
}

function write(layout: PanelLayout): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(layout));
  } catch {
    // Storage may be refused (private mode, sandboxed iframe): sizes then last for the visit.
  }
}

export function usePanelLayout(): [PanelLayout, (patch: Partial<PanelLayout>) => void] {
  const [layout, setLayout] = useState(read);
  const update = useCallback((patch: Partial<PanelLayout>) => {
    setLayout((current) => {
      const next = { ...current, ...patch };
      next.left = clamp(next.left, PANEL_LIMITS.left);
      next.right = clamp(next.right, PANEL_LIMITS.right);
      next.bottom = clamp(next.bottom, PANEL_LIMITS.bottom);
      write(next);
      return next;
    });
  }, []);
  return [layout, update];
}
