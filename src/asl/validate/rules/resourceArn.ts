/**
 * Task Resource ARNs (seed L3315–L3420, L21822–L21840; asl-semantics.md §9.1), and the S3
 * resources of a distributed Map's ItemReader (s3:getObject, s3:listObjectsV2; seed
 * L6670–L6673) and ResultWriter (s3:putObject; seed L5420–L5431). The forms and the treatment
 * of placeholders are in checks/resourceArn.ts: `${…}` substitutions pass (with an info
 * note), `<PARTITION>`-style placeholders are errors. A Task's integration is then looked up
 * in the guide's catalog (checks/integrationCatalog.ts): unknown optimized service or action,
 * a pattern the action does not support, an SDK service id the guide does not list.
 */
import { getOwn, isJsonObject } from "../../json";
import { integrationProblem } from "../checks/integrationCatalog";
import { classifyResource } from "../checks/resourceArn";
import { quote, type ValidationContext } from "../context";
import type { StateInfo } from "../model";
import type { Rule } from "./rule";

const S3_RESOURCES: Record<string, { actions: readonly string[]; cite: string }> = {
  ItemReader: { actions: ["getObject", "listObjectsV2"], cite: "seed L6670–L6673" },
  ResultWriter: { actions: ["putObject"], cite: "seed L5420–L5431" },
};

function checkResource(ctx: ValidationContext, state: StateInfo, pointer: string, label: string, resource: string, s3?: { actions: readonly string[]; cite: string }): void {
  const info = classifyResource(resource);
  const integration = info.ok && !s3 ? integrationProblem(resource, info) : undefined;
  if (info.ok && !info.substituted && info.account === undefined && !s3 && !integration) return;
  const where = `State ${quote(state.name)}: ${label} ${quote(resource)}`;
  if (!info.ok) {
    ctx.report({ code: "INVALID_RESOURCE_ARN", pointer, state, message: `${where} ${info.problem} (seed L3315–L3420).` });
    return;
  }
  if (integration) ctx.report({ code: integration.code, pointer, state, message: `${where} ${integration.text}` });
  if (info.substituted) {
    ctx.report({ code: "RESOURCE_PLACEHOLDER", pointer, state, message: `${where} holds a \${…} substitution, filled in when the template is deployed (DefinitionSubstitutions, seed L17674–L17758); it is checked only in shape.` });
  }
  if (info.account !== undefined) {
    ctx.report({ code: "SUSPICIOUS_ACCOUNT_ID", pointer, state, message: `${where}: the account id ${quote(info.account)} is not 12 digits; AWS account ids have 12.` });
  }
  if (s3 && info.kind !== "substituted" && (info.kind !== "integration" || info.service !== "s3" || !s3.actions.includes(info.action ?? ""))) {
    ctx.report({
      code: "INVALID_RESOURCE_ARN",
      pointer,
      state,
      message: `${where}: ${label.split(".")[0]} works with S3 only; use ${s3.actions.map((a) => `arn:aws:states:::s3:${a}`).join(" or ")} (${s3.cite}).`,
    });
  }
}

export const resourceArn: Rule = {
  id: "resourceArn",
  state(state, ctx) {
    if (state.type === "Task") {
      const resource = getOwn(state.node, "Resource");
      if (typeof resource === "string") checkResource(ctx, state, `${state.pointer}/Resource`, "Resource", resource);
    } else if (state.type === "Map") {
      for (const field of ["ItemReader", "ResultWriter"]) {
        const object = getOwn(state.node, field);
        const resource = isJsonObject(object) ? getOwn(object, "Resource") : undefined;
        if (typeof resource === "string") checkResource(ctx, state, `${state.pointer}/${field}/Resource`, `${field}.Resource`, resource, S3_RESOURCES[field]);
      }
    }
  },
};
