/**
 * The rules, in the order they run. Structure (the JSON Schema) first; the order of the others
 * does not change the result, because diagnostics are sorted into document order at the end.
 */
import { structureRule } from "../schema/structureRule";
import { choiceRules } from "./choiceRules";
import { distributedMap } from "./distributedMap";
import { expressWorkflow } from "./expressWorkflow";
import { failState } from "./failState";
import { fieldsAllowed } from "./fieldsAllowed";
import { jsonataFields } from "./jsonataFields";
import { mapItemContext } from "./mapItemContext";
import { mapLabel } from "./mapLabel";
import { mapProcessor } from "./mapProcessor";
import { mutuallyExclusive } from "./mutuallyExclusive";
import { nextOrEnd } from "./nextOrEnd";
import { pathFields } from "./pathFields";
import { payloadTemplates } from "./payloadTemplates";
import { queryLanguage } from "./queryLanguage";
import { reachability } from "./reachability";
import { resourceArn } from "./resourceArn";
import { retryCatch } from "./retryCatch";
import type { Rule } from "./rule";
import { stateNameLength } from "./stateNameLength";
import { taskTimeouts } from "./taskTimeouts";
import { transitionTargets } from "./transitionTargets";
import { uniqueStateNames } from "./uniqueStateNames";
import { variables } from "./variables";
import { waitDuration } from "./waitDuration";

export const RULES: readonly Rule[] = [
  structureRule,
  fieldsAllowed,
  transitionTargets,
  nextOrEnd,
  uniqueStateNames,
  stateNameLength,
  reachability,
  mutuallyExclusive,
  taskTimeouts,
  waitDuration,
  retryCatch,
  choiceRules,
  pathFields,
  payloadTemplates,
  failState,
  resourceArn,
  mapProcessor,
  distributedMap,
  mapLabel,
  mapItemContext,
  expressWorkflow,
  queryLanguage,
  jsonataFields,
  variables,
];
