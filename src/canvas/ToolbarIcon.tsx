export type ToolbarIconName = "undo" | "redo" | "delete" | "duplicate" | "zoomIn" | "zoomOut" | "fit" | "centre" | "direction" | "keyboard";

const PATHS: Record<ToolbarIconName, string> = {
  undo: "M5 6H11a3.5 3.5 0 010 7H7M5 6l3-3M5 6l3 3",
  redo: "M13 6H7a3.5 3.5 0 000 7h4M13 6l-3-3M13 6l-3 3",
  delete: "M3 5h12M7 5V3h4v2M5 5l1 10h6l1-10",
  duplicate: "M6 6h9v9H6zM3 12V3h9",
  zoomIn: "M8 3a5 5 0 110 10A5 5 0 018 3zM15 15l-3.5-3.5M8 6v4M6 8h4",
  zoomOut: "M8 3a5 5 0 110 10A5 5 0 018 3zM15 15l-3.5-3.5M6 8h4",
  fit: "M3 7V3h4M11 3h4v4M15 11v4h-4M7 15H3v-4",
  centre: "M9 2v3M9 13v3M2 9h3M13 9h3M9 6a3 3 0 110 6 3 3 0 010-6z",
  direction: "M3 4h5v4H3zM10 10h5v4h-5zM5.5 8v4h4",
  keyboard: "M2 5h14v9H2zM5 8h1M8 8h1M11 8h1M5 11h8",
};

export function ToolbarIcon({ name }: { name: ToolbarIconName }) {
  return (
    <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round">
      <path d={PATHS[name]} />
    </svg>
  );
}
