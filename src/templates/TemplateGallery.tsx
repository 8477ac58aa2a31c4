import { useEffect, useMemo, useState } from "react";
import type { TextFormat } from "../asl/parse/types";
import { useStudioShell } from "../embed/StudioShell";
import { Dialog } from "../export/ui/Dialog";
import { useStudio } from "../store/StudioContext";
import { searchTemplates } from "./catalog";
import { templateDocument } from "./templateDocument";
import { templatePreviewUrl } from "./templatePreview";
import type { StudioTemplate } from "./types";
import "./templates.css";

/** The template gallery: search, preview, description, and "Use template" (a new document). */
export function TemplateGallery({ onClose }: { onClose: () => void }) {
  const { openDocument, notify } = useStudioShell();
  const theme = useStudio((s) => s.theme);
  const currentFormat = useStudio((s) => s.format);
  const [query, setQuery] = useState("");
  const [selectedId, setSelectedId] = useState("hello-world");
  const [format, setFormat] = useState<TextFormat>(currentFormat);
  const templates = useMemo(() => searchTemplates(query), [query]);
  const selected = templates.find((t) => t.id === selectedId) ?? templates[0];

  const use = async (template: StudioTemplate) => {
    onClose();
    await openDocument(templateDocument(template, format));
    notify("success", `Started “${template.name}” from the ${template.title} template. Its sample input and mocks are ready in the simulator.`);
  };

  return (
    <Dialog
      title="Start from a template"
      onClose={onClose}
      wide
      className="template-gallery"
      testId="template-gallery"
      footer={
        <>
          <fieldset className="segmented">
            <legend className="visually-hidden">Format</legend>
            {(["json", "yaml"] as const).map((f) => (
              <label key={f}>
                <input type="radio" name="template-format" checked={format === f} onChange={() => setFormat(f)} />
                <span>{f.toUpperCase()}</span>
              </label>
            ))}
          </fieldset>
          <span className="dialog-footnote">Opens as a new document; your current one stays under Recent.</span>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button is-primary" disabled={!selected} onClick={() => selected && void use(selected)} data-testid="use-template">
            Use template
          </button>
        </>
      }
    >
      <div className="gallery">
        <div className="gallery-list">
          <input type="search" className="gallery-search" placeholder="Search by keyword" aria-label="Search templates" value={query} onChange={(e) => setQuery(e.target.value)} />
          <ul role="listbox" aria-label="Templates">
            {templates.map((template) => (
              <li
                key={template.id}
                role="option"
                aria-selected={template.id === selected?.id}
                tabIndex={template.id === selected?.id ? 0 : -1}
                data-template={template.id}
                className="gallery-item"
                onClick={() => setSelectedId(template.id)}
                onDoubleClick={() => void use(template)}
                onKeyDown={(event) => {
                  const index = templates.indexOf(template);
                  if (event.key === "Enter") void use(template);
                  if (event.key === "ArrowDown" || event.key === "ArrowUp") {
                    event.preventDefault();
                    const next = templates[(index + (event.key === "ArrowDown" ? 1 : templates.length - 1)) % templates.length];
                    if (next) {
                      setSelectedId(next.id);
                      (event.currentTarget.parentElement?.querySelector(`[data-template="${next.id}"]`) as HTMLElement | null)?.focus();
                    }
                  }
                }}
              >
                <span className="gallery-item-title">{template.title}</span>
                <span className="gallery-item-services">{template.services.length > 0 ? template.services.join(" · ") : "Flow only"}</span>
              </li>
            ))}
            {templates.length === 0 && <li className="panel-empty">No template matches “{query}”.</li>}
          </ul>
        </div>
        {selected && <TemplateDetails template={selected} theme={theme} />}
      </div>
    </Dialog>
  );
}

function TemplateDetails({ template, theme }: { template: StudioTemplate; theme: "light" | "dark" }) {
  const [preview, setPreview] = useState<string>();
  useEffect(() => {
    let cancelled = false;
    setPreview(undefined);
    void templatePreviewUrl(template, theme).then((url) => !cancelled && setPreview(url));
    return () => {
      cancelled = true;
    };
  }, [template, theme]);
  const mocked = Object.keys(template.mocks);
  return (
    <article className="gallery-details" aria-label={template.title} data-testid="template-details">
      <div className={`gallery-preview is-${theme}`}>{preview ? <img src={preview} alt={`Diagram of the ${template.title} template`} /> : <p className="panel-empty">Drawing…</p>}</div>
      <div className="gallery-text">
        <h3>{template.title}</h3>
        <p>{template.description}</p>
        <dl className="gallery-facts">
          <dt>Services</dt>
          <dd>{template.services.length > 0 ? template.services.join(", ") : "None: flow states only"}</dd>
          <dt>Sample input</dt>
          <dd>{template.sampleInputs.map((s) => s.name).join("; ")}</dd>
          <dt>Mocks</dt>
          <dd>{mocked.length > 0 ? mocked.join(", ") : "None needed"}</dd>
          <dt>Expected run</dt>
          <dd>{template.expected.status === "SUCCEEDED" ? "Succeeds" : `Fails with ${template.expected.error ?? "an error"}`}</dd>
          <dt>Source</dt>
          <dd>{template.source}</dd>
        </dl>
      </div>
    </article>
  );
}
