import { lazy, Suspense, useState } from "react";
import type { TextFormat } from "../asl/parse/types";
import { useStudioShell } from "../embed/StudioShell";
import { useStudio, useStudioStore } from "../store/StudioContext";
import { copyText, downloadFile } from "./browser/download";
import { canConvert, definitionText, exportFileName } from "./exportDocument";
import { useRegisterCommands } from "../commands/CommandRegistry";
import { MenuButton } from "./ui/MenuButton";

// The diagram renderer and the template builder load when first asked for, not with the page.
const DiagramDialog = lazy(() => import("./DiagramDialog").then((m) => ({ default: m.DiagramDialog })));
const InfrastructureDialog = lazy(() => import("./InfrastructureDialog").then((m) => ({ default: m.InfrastructureDialog })));

const MIME: Record<TextFormat, string> = { json: "application/json", yaml: "application/yaml" };
const SUFFIX: Record<TextFormat, string> = { json: ".asl.json", yaml: ".asl.yaml" };

/** The Export menu: definition (download or copy), diagram (SVG, PNG 1×/2×), CloudFormation/SAM. */
export function ExportMenu() {
  const store = useStudioStore();
  const { notify } = useStudioShell();
  const convertible = useStudio(canConvert);
  const format = useStudio((s) => s.format);
  const hasDefinition = useStudio((s) => s.definition !== undefined);
  const theme = useStudio((s) => s.theme);
  const [dialog, setDialog] = useState<"diagram" | "infrastructure">();

  const guard = async (what: string, action: () => Promise<void> | void) => {
    try {
      await action();
    } catch (error) {
      notify("error", `${what} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const definitionItems = (["json", "yaml"] as const).flatMap((f) => {
    const disabled = f !== format && !convertible;
    const label = f.toUpperCase();
    return [
      {
        id: `download-${f}`,
        label: `Download ${label}`,
        hint: SUFFIX[f],
        disabled,
        onSelect: () => guard(`Export as ${label}`, () => downloadFile(definitionText(store.getState(), f), exportFileName(store.getState(), SUFFIX[f]), MIME[f])),
      },
      {
        id: `copy-${f}`,
        label: `Copy ${label}`,
        disabled,
        onSelect: () =>
          guard(`Copy as ${label}`, async () => {
            const ok = await copyText(definitionText(store.getState(), f));
            notify(ok ? "success" : "error", ok ? `Copied the definition as ${label}.` : "The browser did not allow copying.");
          }),
      },
    ];
  });

  const diagram = (kind: "svg" | "png" | "png2x") =>
    guard("Diagram export", async () => {
      const state = store.getState();
      const { diagramPng, renderStudioDiagram } = await import("./diagramExport");
      const rendered = await renderStudioDiagram(state, { theme });
      if (kind === "svg") downloadFile(rendered.svg, exportFileName(state, ".svg"), "image/svg+xml");
      else downloadFile(await diagramPng(rendered, kind === "png2x" ? 2 : 1), exportFileName(state, kind === "png2x" ? "@2x.png" : ".png"), "image/png");
    });

  const sections = [
    { label: "Definition", items: definitionItems },
    {
      label: "Diagram",
      items: [
        { id: "diagram-svg", label: "Download SVG", disabled: !hasDefinition, onSelect: () => void diagram("svg") },
        { id: "diagram-png", label: "Download PNG", hint: "1×", disabled: !hasDefinition, onSelect: () => void diagram("png") },
        { id: "diagram-png2x", label: "Download PNG", hint: "2×", disabled: !hasDefinition, onSelect: () => void diagram("png2x") },
        { id: "diagram-options", label: "Diagram image…", hint: "options", disabled: !hasDefinition, onSelect: () => setDialog("diagram") },
      ],
    },
    {
      label: "Infrastructure",
      items: [{ id: "infrastructure", label: "CloudFormation / SAM template…", disabled: !hasDefinition, onSelect: () => setDialog("infrastructure") }],
    },
  ];
  useRegisterCommands(
    sections.flatMap((section) =>
      section.items.map((item) => ({
        id: `export.${item.id}`,
        label: `${section.label}: ${item.label}${"hint" in item && item.hint && !item.hint.startsWith(".") ? ` (${item.hint})` : ""}`,
        group: "Export",
        isEnabled: () => !item.disabled,
        run: item.onSelect,
      })),
    ),
  );

  return (
    <>
      <MenuButton
        label="Export"
        testId="export-menu"
        icon={
          <svg width="15" height="15" viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round">
            <path d="M8 2v8M5 5l3-3 3 3M3 10v3h10v-3" />
          </svg>
        }
        sections={sections}
      />
      <Suspense fallback={null}>
        {dialog === "diagram" && <DiagramDialog onClose={() => setDialog(undefined)} />}
        {dialog === "infrastructure" && <InfrastructureDialog onClose={() => setDialog(undefined)} />}
      </Suspense>
    </>
  );
}
