import { useEffect, useId, useState } from "react";
import type { JsonValue } from "../../asl/json";
import { setStateField } from "../../asl/edit/setStateField";
import { updateAtPointer } from "../../asl/edit/updateAtPointer";
import { appendPointer } from "../../asl/json";
import { CodeInput } from "../../inspector/expression/CodeInput";
import { formatExpressionValue, parseExpressionText } from "../../inspector/model/expressionText";
import { useStudio, useStudioStore } from "../../store/StudioContext";
import { parseJsonText } from "../model/parseJsonText";
import { formatPathField, parsePathField, pathSyntaxError, type StageField } from "./stageModel";

function toText(field: StageField): string {
  if (field.kind === "path" || field.kind === "resultPath") return formatPathField(field.value);
  if (field.kind === "jsonata") return formatExpressionValue(field.value);
  return field.value === undefined ? "" : JSON.stringify(field.value, null, 2);
}

/** Reads typed text as the field's new value; an error message when it cannot be applied. */
function readText(field: StageField, text: string): { value: JsonValue | undefined; warning?: string } | { error: string } {
  if (field.kind === "path" || field.kind === "resultPath") {
    const error = pathSyntaxError(text);
    return error ? { error } : { value: parsePathField(text) };
  }
  if (text.trim() === "") return { value: undefined };
  if (field.kind === "jsonata") {
    const parsed = parseExpressionText(text, field.name === "Assign" || field.name === "ItemSelector" ? "object" : field.name === "Items" ? "array" : "any");
    if (!parsed.ok) return { error: parsed.message };
    return parsed.problems.length > 0 ? { value: parsed.value, warning: parsed.problems.join(" ") } : { value: parsed.value };
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { error: `Line ${parsed.line}, column ${parsed.column}: ${parsed.message}` };
  if (field.kind === "template" && (typeof parsed.value !== "object" || parsed.value === null || Array.isArray(parsed.value))) return { error: `${field.name} must be a JSON object.` };
  return { value: parsed.value };
}

/**
 * Edits the field that produces a stage, in the document: each change is a pure setStateField
 * edit through the store, and a burst of typing in one field is one undo step.
 */
export function StageFieldEditor({ field, statePointer }: { field: StageField; statePointer: string }) {
  const store = useStudioStore();
  const readOnly = useStudio((s) => s.readOnly);
  const id = useId();
  const [text, setText] = useState(() => toText(field));
  const [error, setError] = useState<string>();
  const [warning, setWarning] = useState<string>();
  const stored = JSON.stringify(field.value ?? null);

  // The document changed elsewhere (undo, the inspector, the code editor): show its value.
  useEffect(() => {
    const read = readText(field, text);
    if ("error" in read || JSON.stringify(read.value ?? null) !== stored) {
      setText(toText(field));
      setError(undefined);
    }
  }, [stored, statePointer]);

  const change = (next: string) => {
    setText(next);
    const read = readText(field, next);
    if ("error" in read) return setError(read.error);
    setError(undefined);
    setWarning(read.warning);
    const path = field.path;
    store.getState().applyEdit((definition) => (path ? updateAtPointer(definition, appendPointer(statePointer, ...path), read.value) : setStateField(definition, statePointer, field.name, read.value)), {
      coalesceKey: `dataflow:${statePointer}:${(path ?? [field.name]).join("/")}`,
    });
  };

  const disabled = !field.editable || readOnly;
  const isPath = field.kind === "path" || field.kind === "resultPath";
  return (
    <div className="stage-field">
      <label htmlFor={id} className="stage-field-name">
        {field.path ? field.path.join(" › ") : field.name}
      </label>
      {isPath ? (
        <input
          id={id}
          type="text"
          className={`stage-field-input${error ? " is-invalid" : ""}`}
          value={text}
          placeholder={field.kind === "resultPath" ? "$ (the result replaces the input)" : "$ (the whole input)"}
          spellCheck={false}
          disabled={disabled}
          aria-invalid={error !== undefined}
          data-testid={`field-${field.name}`}
          onChange={(e) => change(e.target.value)}
        />
      ) : field.kind === "jsonata" ? (
        <CodeInput
          id={id}
          value={text}
          onChange={change}
          minRows={2}
          maxRows={8}
          placeholder={field.editable ? "(not set)" : ""}
          disabled={disabled}
          aria-invalid={error !== undefined}
          testId={`field-${field.name}`}
        />
      ) : (
        <textarea
          id={id}
          className={`stage-field-input is-template${error ? " is-invalid" : ""}`}
          value={text}
          rows={Math.min(8, Math.max(2, text.split("\n").length))}
          placeholder={field.editable ? "(not set)" : ""}
          spellCheck={false}
          disabled={disabled}
          aria-invalid={error !== undefined}
          data-testid={`field-${field.name}`}
          onChange={(e) => change(e.target.value)}
        />
      )}
      {error && (
        <p className="sim-error-text" role="alert">
          Not applied: {error}
        </p>
      )}
      {!error && warning && <p className="sim-error-text">{warning}</p>}
    </div>
  );
}
