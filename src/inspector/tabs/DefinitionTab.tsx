import { useMemo } from "react";
import { getAtPointer } from "../../asl/json";
import { useStudio } from "../../store/StudioContext";
import { tokenizeJson } from "../model/highlightJson";

/** The selected state's ASL, read-only and highlighted (seed L11442-L11444). */
export function DefinitionTab({ pointer, name }: { pointer: string; name: string }) {
  const state = useStudio((s) => getAtPointer(s.definition, pointer));
  const text = useMemo(() => JSON.stringify({ [name]: state }, null, 2), [name, state]);
  const tokens = useMemo(() => tokenizeJson(text), [text]);
  return (
    <div className="tab-body">
      <p className="field-help">Read-only. Edit it in the other tabs, or in Code mode.</p>
      <pre className="definition-code" tabIndex={0} aria-label={`ASL of ${name}`} data-testid="state-definition">
        <code>
          {tokens.map((token, i) =>
            token.kind === "space" || token.kind === "punctuation" ? (
              token.text
            ) : (
              <span key={i} className={`json-${token.kind}`}>
                {token.text}
              </span>
            ),
          )}
        </code>
      </pre>
    </div>
  );
}
