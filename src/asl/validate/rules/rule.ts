/**
 * A validation rule: one file each under rules/, listed in rules/index.ts. A rule looks at one
 * state at a time (`state`, called for every state in document order) and/or at the whole
 * document once (`document`, after the state pass). Rules never throw on odd input; the
 * validator still guards each call so one faulty rule cannot hide the others' findings.
 */
import type { ValidationContext } from "../context";
import type { DocumentIndex, StateInfo } from "../model";

export interface Rule {
  /** The rule's file name, e.g. "transitionTargets". */
  id: string;
  state?: (state: StateInfo, ctx: ValidationContext) => void;
  document?: (index: DocumentIndex, ctx: ValidationContext) => void;
}
