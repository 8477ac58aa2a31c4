/**
 * The Wait state's four forms (seed L4380–L4414): exactly one of Seconds, Timestamp, SecondsPath
 * and TimestampPath.
 */
import { getOwn, hasOwn, type JsonObject, type JsonValue } from "../../asl/json";
import { swapKey } from "./objects";

export const WAIT_FIELDS = ["Seconds", "Timestamp", "SecondsPath", "TimestampPath"] as const;
export type WaitField = (typeof WAIT_FIELDS)[number];

export const WAIT_FORM_LABELS: Record<WaitField, string> = {
  Seconds: "Wait for a fixed interval",
  Timestamp: "Wait until a date and time",
  SecondsPath: "Wait for seconds taken from the input",
  TimestampPath: "Wait until a timestamp taken from the input",
};

export interface WaitForm {
  field: WaitField | undefined;
  value: JsonValue | undefined;
}

export function readWaitForm(state: JsonObject): WaitForm {
  const field = WAIT_FIELDS.find((f) => hasOwn(state, f));
  return { field, value: field === undefined ? undefined : (getOwn(state, field) as JsonValue) };
}

/** A whole-second RFC 3339 timestamp one hour after `now`, in UTC. */
export function defaultTimestamp(now: Date): string {
  const later = new Date(Math.floor(now.getTime() / 1000) * 1000 + 3600_000);
  return later.toISOString().replace(/\.\d{3}Z$/, "Z");
}

export function defaultWaitValue(field: WaitField, now: Date): JsonValue {
  switch (field) {
    case "Seconds":
      return 5;
    case "Timestamp":
      return defaultTimestamp(now);
    case "SecondsPath":
      return "$.waitSeconds";
    case "TimestampPath":
      return "$.expirydate";
  }
}

/** Switches the Wait to another form, in place of the current one, with that form's default. */
export function setWaitForm(state: JsonObject, field: WaitField, now: Date = new Date()): JsonObject {
  if (readWaitForm(state).field === field) return state;
  return swapKey(state, WAIT_FIELDS, field, defaultWaitValue(field, now));
}

/** Sets the value of the current form (the other three are removed). */
export function setWaitValue(state: JsonObject, field: WaitField, value: JsonValue | undefined): JsonObject {
  return swapKey(state, WAIT_FIELDS, field, value);
}
