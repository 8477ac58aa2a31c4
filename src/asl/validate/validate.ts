/**
 * The validator: `validate(document, options) → Diagnostic[]`. Structure is checked with a JSON
 * Schema compiled once (schema/), then the semantic rules (rules/, one per file) run over an
 * index of the document built in one pass (model.ts). Every diagnostic has a stable code
 * (codes.ts), a message in the user's terms, the JSON Pointer of the offending node, the state
 * it belongs to and, when the document came from text, its range. Output is in document order.
 *
 * It never throws: whatever the input (not an object, cyclic, hostile keys, huge), problems come
 * back as diagnostics; a fault inside a rule becomes an INTERNAL_ERROR diagnostic.
 */
import type { Diagnostic } from "../diagnostics";
import { isJsonObject } from "../json";
import type { LineIndex } from "../parse/lineIndex";
import type { SourceMap } from "../parse/types";
import type { WorkflowType } from "../types";
import { describeValue, ValidationContext } from "./context";
import { buildIndex, type DocumentIndex } from "./model";
import { RULES } from "./rules";
import type { Rule } from "./rules/rule";

export interface ValidateOptions {
  /** Known from Config mode (or the CLI's --express); enables the Express-only rules. */
  workflowType?: WorkflowType;
  /** When the document came from text: lets each diagnostic carry its text range (`text` lets it underline part of a string). */
  source?: { sourceMap: SourceMap; lineIndex: LineIndex; text?: string };
}

const STATE_RULES = RULES.filter((rule) => rule.state !== undefined);
const DOCUMENT_RULES = RULES.filter((rule) => rule.document !== undefined);

function internalError(rule: Rule, pointer: string, error: unknown): Parameters<ValidationContext["report"]>[0] {
  const detail = error instanceof Error ? error.message : String(error);
  return { code: "INTERNAL_ERROR", pointer, message: `The validator's ${rule.id} rule failed here (${detail}); other findings are still reported. Please report this document.` };
}

export function validate(document: unknown, options: ValidateOptions = {}): Diagnostic[] {
  try {
    const root = isJsonObject(document) ? document : undefined;
    let index: DocumentIndex | undefined;
    let indexError: unknown;
    if (root) {
      try {
        index = buildIndex(root);
      } catch (error) {
        indexError = error;
      }
    }
    const ctx = new ValidationContext(root, index, options.workflowType, options.source);
    if (!root) {
      ctx.report({
        code: "SCHEMA_TYPE",
        pointer: "",
        message: `A state machine definition is a JSON object with StartAt and States, not ${describeValue(document)}.`,
      });
      return ctx.finish();
    }
    if (!index) {
      ctx.report({ code: "INTERNAL_ERROR", pointer: "", message: `The validator could not read this document (${String(indexError)}).` });
      return ctx.finish();
    }
    for (const rule of DOCUMENT_RULES) {
      if (rule.id !== "structure") continue;
      runDocumentRule(rule, index, ctx);
    }
    for (const state of index.states) {
      for (const rule of STATE_RULES) {
        try {
          (rule.state as NonNullable<Rule["state"]>)(state, ctx);
        } catch (error) {
          ctx.report({ ...internalError(rule, state.pointer, error), state });
        }
      }
    }
    for (const rule of DOCUMENT_RULES) {
      if (rule.id !== "structure") runDocumentRule(rule, index, ctx);
    }
    return ctx.finish();
  } catch (error) {
    return [
      {
        severity: "error",
        code: "INTERNAL_ERROR",
        message: `The validator could not check this document (${error instanceof Error ? error.message : String(error)}).`,
        path: "",
      },
    ];
  }
}

function runDocumentRule(rule: Rule, index: DocumentIndex, ctx: ValidationContext): void {
  try {
    (rule.document as NonNullable<Rule["document"]>)(index, ctx);
  } catch (error) {
    ctx.report(internalError(rule, "", error));
  }
}
