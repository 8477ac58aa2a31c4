/**
 * Express workflows (asl-semantics.md §10; seed L2186–L2194, L21640, L21710–L21760): service
 * integrations are request-response only (no .sync, .sync:2, .waitForTaskToken), no activities
 * (seed L3361–L3362), no DISTRIBUTED Map (seed L5306–L5313), and a Wait of at most 5 minutes
 * (seed L4413–L4414).
 *
 * A state is in an Express workflow when options.workflowType is "EXPRESS", or when it runs
 * inside a distributed Map whose ProcessorConfig.ExecutionType is "EXPRESS": its child
 * executions are Express workflows (seed L5315–L5318). The nearest distributed Map decides.
 * A pattern on a Resource the resourceArn rule already refuses (malformed, unknown integration,
 * pattern the integration never supports) is not reported again here.
 */
import { getOwn, hasOwn } from "../../json";
import type { WorkflowType } from "../../types";
import { integrationProblem } from "../checks/integrationCatalog";
import { classifyResource } from "../checks/resourceArn";
import { quote } from "../context";
import { isDistributedMap, processorConfigOf, type StateInfo } from "../model";
import type { Rule } from "./rule";

const PATTERN_SUFFIX = /\.(sync(:2)?|waitForTaskToken)$/;
const MAX_EXPRESS_WAIT_SECONDS = 300;

function childExecutionType(map: StateInfo): WorkflowType | undefined {
  const config = processorConfigOf(map.node);
  if (!config || getOwn(config, "Mode") !== "DISTRIBUTED") return undefined;
  const type = getOwn(config, "ExecutionType");
  return type === "EXPRESS" || type === "STANDARD" ? type : undefined;
}

/** The workflow type a state runs in, and why, or undefined when unknown. */
function workflowOf(state: StateInfo, declared: WorkflowType | undefined): { type: WorkflowType; why: string } | undefined {
  for (let scope = state.scope; scope.owner; scope = scope.owner.scope) {
    const type = childExecutionType(scope.owner);
    if (type) return { type, why: `it runs in the ${type === "EXPRESS" ? "Express" : "Standard"} child workflows of distributed Map ${quote(scope.owner.name)}` };
  }
  return declared ? { type: declared, why: "this is an Express workflow" } : undefined;
}

export const expressWorkflow: Rule = {
  id: "expressWorkflow",
  state(state, ctx) {
    const type = state.type;
    if (type !== "Task" && type !== "Map" && type !== "Wait") return;
    const workflow = workflowOf(state, ctx.workflowType);
    if (workflow?.type !== "EXPRESS") return;
    const where = `State ${quote(state.name)}: `;
    const node = state.node;
    if (type === "Task") {
      const resource = getOwn(node, "Resource");
      if (typeof resource !== "string") return;
      const info = classifyResource(resource);
      const suffix = PATTERN_SUFFIX.exec(resource);
      // A Resource already refused (bad ARN, unknown integration, pattern the integration lacks) gets one error, not two.
      const refused = !info.ok || (integrationProblem(resource, info)?.code ?? "UNKNOWN_SDK_SERVICE") !== "UNKNOWN_SDK_SERVICE";
      if (suffix && !refused) {
        ctx.report({
          code: "EXPRESS_UNSUPPORTED_PATTERN",
          pointer: `${state.pointer}/Resource`,
          state,
          message: `${where}${quote(resource)} uses the ${suffix[0]} pattern, but ${workflow.why}, and Express workflows support request-response integrations only (seed L2186–L2190, L21640). Remove ${suffix[0]} or use a Standard workflow.`,
        });
      }
      if (info.ok && info.kind === "activity") {
        ctx.report({
          code: "EXPRESS_UNSUPPORTED_FEATURE",
          pointer: `${state.pointer}/Resource`,
          state,
          message: `${where}runs an activity, but ${workflow.why}, and activities are supported only in Standard workflows (seed L2194, L3361–L3362).`,
        });
      }
    } else if (type === "Map") {
      if (isDistributedMap(state.node)) {
        ctx.report({
          code: "EXPRESS_UNSUPPORTED_FEATURE",
          pointer: `${state.pointer}/${hasOwn(node, "ItemProcessor") ? "ItemProcessor" : "Iterator"}/ProcessorConfig/Mode`,
          state,
          message: `${where}is a DISTRIBUTED Map, but ${workflow.why}, and Express workflows cannot use distributed mode (seed L5306–L5313). Use INLINE mode or a Standard workflow.`,
        });
      }
    } else {
      const seconds = getOwn(node, "Seconds");
      if (typeof seconds === "number" && seconds > MAX_EXPRESS_WAIT_SECONDS) {
        ctx.report({
          code: "EXPRESS_UNSUPPORTED_FEATURE",
          pointer: `${state.pointer}/Seconds`,
          state,
          message: `${where}waits ${seconds} seconds, but ${workflow.why}, where a Wait lasts at most 5 minutes (${MAX_EXPRESS_WAIT_SECONDS} seconds) (seed L4413–L4414).`,
        });
      }
    }
  },
};
