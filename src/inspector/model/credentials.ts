/**
 * A Task's cross-account role (seed L3456–L3467, L11780-L11787): `Credentials` holds
 * `{"RoleArn": "<arn>"}` or `{"RoleArn.$": "<path or intrinsic>"}`.
 */
import { getOwn, isJsonObject, type JsonObject } from "../../asl/json";
import { setKey, swapKey } from "./objects";

export type CredentialsSource = "none" | "arn" | "input";

export const DEFAULT_ROLE_ARN = "arn:aws:iam::123456789012:role/CrossAccountRole";
export const DEFAULT_ROLE_ARN_PATH = "$.roleArn";

export function readCredentials(state: JsonObject): { source: CredentialsSource; value: string } {
  const credentials = getOwn(state, "Credentials");
  if (!isJsonObject(credentials)) return { source: "none", value: "" };
  const arn = getOwn(credentials, "RoleArn");
  if (arn !== undefined) return { source: "arn", value: typeof arn === "string" ? arn : "" };
  const path = getOwn(credentials, "RoleArn.$");
  return { source: "input", value: typeof path === "string" ? path : "" };
}

export function setCredentialsSource(state: JsonObject, source: CredentialsSource): JsonObject {
  if (readCredentials(state).source === source) return state;
  if (source === "none") return setKey(state, "Credentials", undefined);
  const current = getOwn(state, "Credentials");
  const credentials = isJsonObject(current) ? current : {};
  const next = source === "arn" ? swapKey(credentials, ["RoleArn", "RoleArn.$"], "RoleArn", DEFAULT_ROLE_ARN) : swapKey(credentials, ["RoleArn", "RoleArn.$"], "RoleArn.$", DEFAULT_ROLE_ARN_PATH);
  return setKey(state, "Credentials", next);
}

export function setCredentialsValue(state: JsonObject, source: Exclude<CredentialsSource, "none">, value: string): JsonObject {
  const current = getOwn(state, "Credentials");
  const credentials = isJsonObject(current) ? current : {};
  return setKey(state, "Credentials", swapKey(credentials, ["RoleArn", "RoleArn.$"], source === "arn" ? "RoleArn" : "RoleArn.$", value));
}
