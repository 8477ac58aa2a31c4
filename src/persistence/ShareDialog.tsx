import { useEffect, useState } from "react";
import { useStudioShell } from "../embed/StudioShell";
import { copyText } from "../export/browser/download";
import { Dialog } from "../export/ui/Dialog";
import { useStudio, useStudioStore } from "../store/StudioContext";
import { createShareLink, SHARE_LINK_MAX_CHARS, type ShareLinkResult } from "./shareLink";

/** A link that carries the document (and optionally its sample input) in the URL fragment. */
export function ShareDialog({ onClose, baseUrl }: { onClose: () => void; baseUrl: string }) {
  const store = useStudioStore();
  const { notify } = useStudioShell();
  const inputName = useStudio((s) => s.simulation.inputs.find((i) => i.id === s.simulation.activeInputId)?.name);
  const [withInput, setWithInput] = useState(false);
  const [link, setLink] = useState<ShareLinkResult>();

  useEffect(() => {
    let cancelled = false;
    const { text, format, config, simulation } = store.getState();
    const input = simulation.inputs.find((i) => i.id === simulation.activeInputId)?.text;
    void createShareLink({ text, format, name: config.name, type: config.type, ...(withInput && input !== undefined ? { input } : {}) }, baseUrl).then((result) => !cancelled && setLink(result));
    return () => {
      cancelled = true;
    };
  }, [store, withInput, baseUrl]);

  return (
    <Dialog
      title="Share a link"
      onClose={onClose}
      testId="share-dialog"
      footer={
        <>
          <span className="dialog-footnote">{link?.ok ? `${link.length.toLocaleString("en-US")} of ${SHARE_LINK_MAX_CHARS.toLocaleString("en-US")} characters` : ""}</span>
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
          <button
            type="button"
            className="button is-primary"
            disabled={!link?.ok}
            onClick={() => link?.ok && void copyText(link.url).then((ok) => notify(ok ? "success" : "error", ok ? "Copied the share link." : "The browser did not allow copying; select the link and copy it."))}
          >
            Copy link
          </button>
        </>
      }
    >
      <p className="dialog-note">The document travels inside the link itself (after the #), compressed: it is never uploaded anywhere. Whoever opens the link gets their own copy.</p>
      <label className="checkbox">
        <input type="checkbox" checked={withInput} onChange={(e) => setWithInput(e.target.checked)} />
        <span>Include the sample input{inputName ? ` “${inputName}”` : ""}</span>
      </label>
      {!link ? (
        <p className="panel-empty">Making the link…</p>
      ) : link.ok ? (
        <textarea className="share-link" readOnly value={link.url} aria-label="Share link" data-testid="share-link" onFocus={(e) => e.currentTarget.select()} rows={4} />
      ) : (
        <p className="dialog-warning" role="alert" data-testid="share-too-large">
          {link.message}
        </p>
      )}
    </Dialog>
  );
}
