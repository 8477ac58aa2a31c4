import { useMemo, useState } from "react";
import type { TextFormat } from "../asl/parse/types";
import { useStudioShell } from "../embed/StudioShell";
import { useStudio } from "../store/StudioContext";
import { copyText, downloadFile } from "./browser/download";
import { exportFileName } from "./exportDocument";
import { infrastructureText } from "./infrastructureExport";
import type { InfrastructureFlavor } from "./infrastructure";
import { Dialog } from "./ui/Dialog";

const FLAVORS: { id: InfrastructureFlavor; label: string; resource: string }[] = [
  { id: "cloudformation", label: "CloudFormation", resource: "AWS::StepFunctions::StateMachine" },
  { id: "sam", label: "SAM", resource: "AWS::Serverless::StateMachine" },
];

/** CloudFormation / SAM template with Config mode's settings, in JSON or YAML: preview, copy, download. */
export function InfrastructureDialog({ onClose }: { onClose: () => void }) {
  const { notify } = useStudioShell();
  const state = useStudio((s) => s);
  const [flavor, setFlavor] = useState<InfrastructureFlavor>("cloudformation");
  const [format, setFormat] = useState<TextFormat>(state.format);
  const text = useMemo(() => {
    try {
      return infrastructureText(state, flavor, format);
    } catch (error) {
      return `# ${error instanceof Error ? error.message : String(error)}`;
    }
  }, [state, flavor, format]);
  const fileName = exportFileName(state, `-${flavor === "sam" ? "sam" : "cloudformation"}.${format === "yaml" ? "yaml" : "json"}`);
  const missing = [state.config.roleArn.trim() === "" ? "an execution role" : "", state.config.logging.level !== "OFF" && state.config.logging.logGroupArn.trim() === "" ? "a log group" : ""].filter(Boolean);

  return (
    <Dialog
      title="CloudFormation / SAM template"
      onClose={onClose}
      wide
      testId="infrastructure-dialog"
      footer={
        <>
          <span className="dialog-footnote">{fileName}</span>
          <button
            type="button"
            className="button"
            onClick={() =>
              void copyText(text).then((ok) => notify(ok ? "success" : "error", ok ? "Copied the template." : "The browser did not allow copying."))
            }
          >
            Copy
          </button>
          <button type="button" className="button is-primary" onClick={() => downloadFile(text, fileName, format === "yaml" ? "application/yaml" : "application/json")}>
            Download
          </button>
        </>
      }
    >
      <div className="dialog-options">
        <fieldset className="segmented">
          <legend>Template</legend>
          {FLAVORS.map((f) => (
            <label key={f.id} title={f.resource}>
              <input type="radio" name="infra-flavor" checked={flavor === f.id} onChange={() => setFlavor(f.id)} />
              <span>{f.label}</span>
            </label>
          ))}
        </fieldset>
        <fieldset className="segmented">
          <legend>Format</legend>
          {(["json", "yaml"] as const).map((f) => (
            <label key={f}>
              <input type="radio" name="infra-format" checked={format === f} onChange={() => setFormat(f)} />
              <span>{f.toUpperCase()}</span>
            </label>
          ))}
        </fieldset>
      </div>
      <p className="dialog-note">
        An {FLAVORS.find((f) => f.id === flavor)?.resource} resource with the definition and Config mode's name, type, role, logging, tracing and tags.
        {missing.length > 0 && ` Config mode has no ${missing.join(" or ")} yet, so the template asks for ${missing.length > 1 ? "them as parameters" : "it as a parameter"}.`}
      </p>
      <pre className="code-preview" data-testid="infrastructure-text" tabIndex={0}>
        {text}
      </pre>
    </Dialog>
  );
}
