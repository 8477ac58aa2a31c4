import { memo, useMemo } from "react";
import type { JsonValue } from "../../asl/json";
import { diffJson } from "../model/jsonDiff";

/** Read-only pretty JSON; with a base, the lines that differ are highlighted (and marked for screen readers). */
export const JsonView = memo(function JsonView({ value, base, label, testId }: { value: JsonValue | undefined; base?: JsonValue | undefined; label: string; testId?: string }) {
  const diff = useMemo(() => (value === undefined ? undefined : diffJson(value, base)), [value, base]);
  if (!diff) return <p className="sim-muted">No value</p>;
  return (
    <pre className="json-view" aria-label={label} data-testid={testId} tabIndex={0}>
      {diff.lines.map((line, i) => (
        <span key={i} className={`json-line is-${line.change}`} style={{ paddingLeft: `${line.depth * 2}ch` }}>
          {line.change !== "same" && <span className="sr-only">{line.change === "added" ? "added: " : "changed: "}</span>}
          {line.text}
          {"\n"}
        </span>
      ))}
      {diff.truncated > 0 && <span className="json-line sim-muted">… {diff.truncated} more lines</span>}
    </pre>
  );
});

/** Compact single-line JSON for table cells. */
export function jsonPreview(value: JsonValue | undefined, max = 120): string {
  if (value === undefined) return "";
  const text = JSON.stringify(value);
  return text.length > max ? text.slice(0, max - 1) + "…" : text;
}
