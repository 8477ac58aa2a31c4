import { useMemo } from "react";
import type { QueryLanguageMode } from "../../asl/validate/model";
import { variablesInScope } from "../../code/languageService/variableScope";
import { useStudio } from "../../store/StudioContext";
import { Section } from "../common/Section";
import { AssignEditor } from "../variables/AssignEditor";

/**
 * The state's Assign (both languages), and the variables it can read: those assigned on some
 * way into it, in its scope or around it (the same analysis as Code mode's completion).
 */
export function VariablesTab({ pointer, language }: { pointer: string; language: QueryLanguageMode }) {
  const definition = useStudio((s) => s.definition);
  const available = useMemo(() => variablesInScope(definition, pointer), [definition, pointer]);
  return (
    <div className="tab-body">
      <Section title="Assign variables" testId="state-assign">
        <AssignEditor ownerPointer={pointer} language={language} title="Set when this state completes" />
      </Section>
      <Section title="Readable here" testId="variables-in-scope">
        {available.length === 0 ? (
          <p className="field-help">No state that can run before this one assigns a variable.</p>
        ) : (
          <ul className="variables-available">
            {available.map((v) => (
              <li key={v.name}>
                <code className="variable-name">${v.name}</code>
                <span className="field-help">
                  {" "}
                  from {[...new Set(v.sources.map((s) => s.stateName))].join(", ")}
                  {v.sources.some((s) => s.outer > 0) ? " (outside this branch or iteration)" : ""}
                </span>
              </li>
            ))}
          </ul>
        )}
        <p className="field-help">{language === "JSONata" ? "Read them in expressions as $name; they hold their values from when this state is entered." : 'Read them in paths as $name, e.g. "total.$": "$total".'}</p>
      </Section>
    </div>
  );
}
