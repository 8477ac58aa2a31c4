/**
 * Reads a Task `Resource` (asl-semantics.md §9.1, seed L3315–L3420, L21822–L21840):
 *   activity     arn:<partition>:states:<region>:<account>:activity:<name>
 *   Lambda       arn:<partition>:lambda:<region>:<account>:function:<name>[:<version or alias>]
 *   integration  arn:<partition>:states:::<service>:<action>[.sync|.sync:2|.waitForTaskToken]
 *   AWS SDK      arn:<partition>:states:::aws-sdk:<service>:<action>[.waitForTaskToken]
 *
 * Placeholders, decided here:
 * - `${Name}` is a DefinitionSubstitutions / CloudFormation substitution (the guide's SAM and
 *   CloudFormation samples, seed L17674–L17758, L16347): tools replace it before AWS sees the
 *   definition, so it stands for "any valid part" and the rest of the ARN is still checked.
 * - `<PARTITION>`-style text is the guide's "fill in your value" convention. AWS rejects it
 *   as written, so it is an error that names the placeholder to replace.
 */

export type IntegrationPattern = "request-response" | "sync" | "sync:2" | "waitForTaskToken";

export type ResourceInfo =
  | {
      ok: true;
      kind: "activity" | "lambda" | "integration" | "sdk" | "substituted";
      pattern: IntegrationPattern;
      /** Optimized service ("lambda", "s3", …) or SDK service, when known. */
      service?: string;
      /** API action without its pattern suffix ("invoke", "getObject"). */
      action?: string;
      /** The partition as written ("aws", "aws-cn"); may hold a substitution. */
      partition?: string;
      /** The ARN holds ${…} substitutions. */
      substituted: boolean;
      /** Set when the account id is not 12 digits. */
      account?: string;
    }
  | { ok: false; problem: string };

const MARK = "\u0000SUB\u0000";
const SUBSTITUTION = /\$\{[^}]*\}/g;
const HAS_SUBSTITUTION = /\$\{[^}]*\}/;
const ANGLE_PLACEHOLDER = /<[A-Za-z0-9_-]+>/;
const PARTITION = /^aws(-[a-z]+)*$/;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;
const ACCOUNT = /^\d+$/;
const SERVICE = /^[a-z0-9-]+$/;
const ACTION = /^[A-Za-z][A-Za-z0-9]*$/;
/** 64 characters is the limit for a bare name; the guide has longer generated names inside ARNs (seed L36225–L36273), so no length check. */
const FUNCTION_NAME = /^[A-Za-z0-9_-]+$/;
const QUALIFIER = /^(\$LATEST|[A-Za-z0-9_-]{1,128})$/;
const ACTIVITY_NAME = /^[^\s:]{1,80}$/;

const EXAMPLES = "arn:aws:states:::lambda:invoke, arn:aws:states:::aws-sdk:s3:listBuckets or arn:aws:lambda:us-east-1:123456789012:function:MyFunction";

const isMarked = (part: string) => part.includes(MARK);

/** A part of a classified ARN (service, action, partition) that holds a `${…}` substitution. */
export const isSubstitutedPart = isMarked;
const matches = (re: RegExp, part: string) => isMarked(part) || re.test(part);

const cache = new Map<string, ResourceInfo>();

export function classifyResource(resource: string): ResourceInfo {
  let info = cache.get(resource);
  if (!info) {
    if (cache.size > 10_000) cache.clear();
    info = classify(resource);
    cache.set(resource, info);
  }
  return info;
}

function splitPattern(action: string): { action: string; pattern: IntegrationPattern } {
  if (action.endsWith(".waitForTaskToken")) return { action: action.slice(0, -".waitForTaskToken".length), pattern: "waitForTaskToken" };
  if (action.endsWith(".sync")) return { action: action.slice(0, -".sync".length), pattern: "sync" };
  return { action, pattern: "request-response" };
}

function classify(resource: string): ResourceInfo {
  const angle = ANGLE_PLACEHOLDER.exec(resource);
  if (angle) return { ok: false, problem: `contains the placeholder ${angle[0]}; replace it with a real value (for <PARTITION>, usually aws)` };
  const substituted = HAS_SUBSTITUTION.test(resource);
  const text = substituted ? resource.replace(SUBSTITUTION, MARK) : resource;
  if (text === MARK) return { ok: true, kind: "substituted", pattern: "request-response", substituted: true };
  const parts = text.split(":");
  if (parts[0] !== "arn" && !isMarked(parts[0] ?? "")) return { ok: false, problem: `is not an ARN; use a form such as ${EXAMPLES}` };
  const [, partition = "", service = "", region = "", account = "", ...rest] = parts;
  if (service === "arn") return { ok: false, problem: `repeats the "arn:${partition}:" prefix; remove the first "arn:${partition}:"` };
  if (service === "" && (region === "lambda" || region === "states")) return { ok: false, problem: `has an extra colon after the partition ("arn:${partition}::${region}:…"); write "arn:${partition}:${region}:…"` };
  if (!matches(PARTITION, partition)) return { ok: false, problem: `has the partition ${JSON.stringify(partition)}; use aws (or aws-cn, aws-us-gov)` };
  const accountNote = (value: string) => (isMarked(value) || /^\d{12}$/.test(value) ? {} : { account: value });

  if (service === "lambda") {
    const [kind, name = "", qualifier, ...extra] = rest;
    if (!matches(REGION, region) || !matches(ACCOUNT, account) || kind !== "function" || extra.length > 0) {
      return { ok: false, problem: `is not a Lambda function ARN (arn:aws:lambda:<region>:<account>:function:<name>)` };
    }
    if (name.includes(".")) {
      return { ok: false, problem: `puts a pattern suffix on a Lambda function ARN; .waitForTaskToken needs arn:aws:states:::lambda:invoke.waitForTaskToken (seed L28248–L28262)` };
    }
    if (!matches(FUNCTION_NAME, name) || (qualifier !== undefined && !matches(QUALIFIER, qualifier))) {
      return { ok: false, problem: `has an invalid function name or qualifier` };
    }
    return { ok: true, kind: "lambda", pattern: "request-response", service: "lambda", action: "invoke", substituted, ...accountNote(account) };
  }
  if (service === "states" || isMarked(service)) {
    if (region === "" && account === "") {
      const [api = "", second, third, ...extra] = rest;
      if (api === "aws-sdk") {
        if (second === undefined || third === undefined || extra.length > 0 || !matches(SERVICE, second)) {
          return { ok: false, problem: `is not an AWS SDK integration ARN (arn:aws:states:::aws-sdk:<service>:<action>)` };
        }
        const { action, pattern } = splitPattern(third);
        if (!matches(ACTION, action)) return { ok: false, problem: `has an invalid API action ${JSON.stringify(third)}` };
        if (pattern === "sync") return { ok: false, problem: `uses .sync with an AWS SDK integration, which supports only request-response and .waitForTaskToken (seed L21707, L21827)` };
        return { ok: true, kind: "sdk", pattern, service: second, action, partition, substituted };
      }
      if (!matches(SERVICE, api) || second === undefined || extra.length > 0) {
        return { ok: false, problem: `is not a service integration ARN (arn:aws:states:::<service>:<action>)` };
      }
      const split = splitPattern(second);
      let pattern = split.pattern;
      if (third !== undefined) {
        if (third !== "2" || pattern !== "sync") return { ok: false, problem: `has an unexpected suffix ":${third}"; only .sync:2 exists` };
        pattern = "sync:2";
      }
      if (!matches(ACTION, split.action)) return { ok: false, problem: `has an invalid API action ${JSON.stringify(second)}` };
      return { ok: true, kind: "integration", pattern, service: api, action: split.action, partition, substituted };
    }
    const [kind, name = "", ...extra] = rest;
    if (kind === "activity" && matches(REGION, region) && matches(ACCOUNT, account) && extra.length === 0 && matches(ACTIVITY_NAME, name)) {
      return { ok: true, kind: "activity", pattern: "request-response", substituted, ...accountNote(account) };
    }
    return { ok: false, problem: `is not an activity ARN (arn:aws:states:<region>:<account>:activity:<name>) nor an integration (arn:aws:states:::<service>:<action>)` };
  }
  return { ok: false, problem: `names the service ${JSON.stringify(service)}; a Task runs an activity or integration (states) or a Lambda function (lambda): use a form such as ${EXAMPLES}` };
}
