import { useState } from "react";

/** Copies text to the clipboard, saying so; falls back to a hidden textarea where the Clipboard API is unavailable. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      const area = document.createElement("textarea");
      area.value = text;
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.appendChild(area);
      area.select();
      document.execCommand("copy");
      area.remove();
    }
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  };
  return (
    <button type="button" className="sim-button is-small" onClick={() => void copy()} aria-label={label} title={label}>
      {copied ? "Copied" : "Copy"}
    </button>
  );
}
