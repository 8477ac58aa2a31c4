import type { SvgTheme } from "../export/svg/svgTheme";
import type { StudioTemplate } from "./types";

/** Rendered previews by template and theme: the same SVG for every studio on the page. */
const previews = new Map<string, Promise<string>>();

/** The template's diagram as an object URL of our SVG export (drawn once, then cached). */
export function templatePreviewUrl(template: StudioTemplate, theme: SvgTheme): Promise<string> {
  const key = `${template.id}:${theme}`;
  let preview = previews.get(key);
  if (!preview) {
    preview = (async () => {
      const [{ getElk }, { renderDiagram }] = await Promise.all([import("../canvas/elkInstance"), import("../export/renderDiagram")]);
      const { svg } = await renderDiagram(template.definition, getElk(), { theme, title: template.title, padding: 16, idPrefix: `tpl-${template.id}` });
      return URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
    })();
    preview.catch(() => previews.delete(key));
    previews.set(key, preview);
  }
  return preview;
}
