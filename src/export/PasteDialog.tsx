import { useState } from "react";
import { Dialog } from "./ui/Dialog";

/** Paste a definition (JSON or YAML) or a CloudFormation/SAM template to open it. */
export function PasteDialog({ initialText, onOpen, onClose }: { initialText: string; onOpen: (text: string) => void; onClose: () => void }) {
  const [text, setText] = useState(initialText);
  return (
    <Dialog
      title="Paste a definition"
      onClose={onClose}
      wide
      testId="paste-dialog"
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button is-primary" disabled={text.trim() === ""} onClick={() => onOpen(text)}>
            Open as a new document
          </button>
        </>
      }
    >
      <p className="dialog-note">An Amazon States Language definition in JSON or YAML, or a CloudFormation / SAM template with a state machine. It opens as a new document; text with errors opens in Code mode.</p>
      <textarea className="paste-area" aria-label="Definition to open" spellCheck={false} value={text} autoFocus onChange={(e) => setText(e.target.value)} placeholder={'{\n  "StartAt": "…",\n  "States": { … }\n}'} />
    </Dialog>
  );
}
