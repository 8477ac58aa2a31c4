import { useId } from "react";
import { getStateNamesInScope } from "../../asl/edit/getStateNamesInScope";
import { appendPointer, getOwn, isJsonObject, type JsonObject } from "../../asl/json";
import type { StateMachine } from "../../asl/types";
import type { QueryLanguageMode } from "../../asl/validate/model";
import { Note } from "../common/Note";
import { useStudio } from "../../store/StudioContext";
import { Section } from "../common/Section";
import { useApplyEdit } from "../fields/useApplyEdit";
import { useDocValue } from "../fields/useDocValue";
import { useFieldDiagnostics } from "../fields/useFieldDiagnostics";
import { FieldMessages } from "../fields/FieldMessages";
import { addChoiceRule, moveChoiceRule, removeChoiceRule } from "../model/choiceRules";
import { editObjectAt } from "../model/editAt";
import { arrayAt } from "../model/objects";
import { ChoiceRuleTile } from "./ChoiceRuleTile";
import { DefaultRuleTile } from "./DefaultRuleTile";

/** Choice rules, first match wins (seed L4219), then the Default rule. */
export function ChoiceConfiguration({ pointer, name, language = "JSONPath" }: { pointer: string; name: string; language?: QueryLanguageMode }) {
  const state = useDocValue(pointer);
  const definition = useStudio((s) => s.definition) as StateMachine | undefined;
  const apply = useApplyEdit();
  const node: JsonObject = isJsonObject(state) ? state : {};
  const rules = arrayAt(node, "Choices");
  const names = definition ? getStateNamesInScope(definition, pointer).filter((n) => n !== name) : [];
  const choicesDiagnostics = useFieldDiagnostics(appendPointer(pointer, "Choices"), true);
  const messagesId = useId();
  const edit = (transform: (s: JsonObject) => JsonObject) => apply(editObjectAt(pointer, transform));
  const defaultTarget = getOwn(node, "Default");
  const newTarget = typeof defaultTarget === "string" ? defaultTarget : names[0];
  return (
    <Section
      title="Choice rules"
      doc="Choices"
      actions={
        <button type="button" className="button is-small" onClick={() => edit((s) => addChoiceRule(s, newTarget, language))}>
          Add new choice rule
        </button>
      }
    >
      <p className="field-help">Rules are checked in order; the first that matches decides the next state{language === "JSONata" ? ", and its Output and Assign apply" : " (and its Assign applies)"}.</p>
      <FieldMessages id={messagesId} diagnostics={choicesDiagnostics} />
      {rules.map((_, i) => (
        <ChoiceRuleTile
          key={i}
          pointer={appendPointer(pointer, "Choices", i)}
          index={i}
          count={rules.length}
          names={names}
          language={language}
          onMove={(to) => edit((s) => moveChoiceRule(s, i, to))}
          onRemove={() => edit((s) => removeChoiceRule(s, i))}
        />
      ))}
      <DefaultRuleTile pointer={pointer} names={names} />
      {language === "JSONata" && <Note>When the Default rule is taken, the state's own Output and Assign apply (Output and Variables tabs).</Note>}
    </Section>
  );
}
