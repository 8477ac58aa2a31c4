/**
 * The timeline (Gantt) of state visits: each visit's span on the virtual clock, split like the
 * console's Timeline column into failed attempts (red) and the backoff waits between retries
 * (grey), from the Scheduled / Failed events of the visit.
 */
import type { HistoryEvent } from "../../asl/interpret/events";
import type { StateVisit } from "../../asl/interpret/types";

export interface TimelineSegment {
  kind: "attempt" | "failed" | "backoff";
  from: number;
  to: number;
}

const key = (arn: string | undefined, id: number) => `${arn ?? ""}#${id}`;

/** Failed attempts and backoffs per visit, keyed like `${executionArn}#${enteredEventId}`. */
export function retrySegments(events: readonly HistoryEvent[]): Map<string, TimelineSegment[]> {
  const owner = new Map<string, string>();
  const marks = new Map<string, { scheduled: number[]; failed: number[] }>();
  for (const event of events) {
    const own = key(event.executionArn, event.id);
    let visit: string | undefined;
    if ("stateEnteredEventDetails" in event) visit = own;
    else if (!event.type.startsWith("Execution")) visit = owner.get(key(event.executionArn, event.previousEventId));
    if (visit === undefined) continue;
    owner.set(own, visit);
    const isScheduled = event.type === "TaskScheduled" || event.type === "LambdaFunctionScheduled" || event.type === "ActivityScheduled";
    const isFailed = /^(Task|LambdaFunction|Activity)(Failed|TimedOut)$/.test(event.type);
    if (!isScheduled && !isFailed) continue;
    let entry = marks.get(visit);
    if (!entry) marks.set(visit, (entry = { scheduled: [], failed: [] }));
    (isScheduled ? entry.scheduled : entry.failed).push(event.timestamp);
  }
  const out = new Map<string, TimelineSegment[]>();
  for (const [visit, { scheduled, failed }] of marks) {
    if (failed.length === 0) continue;
    const segments: TimelineSegment[] = [];
    for (let i = 0; i < failed.length; i++) {
      const start = scheduled[i] ?? failed[i] ?? 0;
      const end = failed[i] as number;
      segments.push({ kind: "failed", from: start, to: end });
      const next = scheduled[i + 1];
      if (next !== undefined && next > end) segments.push({ kind: "backoff", from: end, to: next });
    }
    out.set(visit, segments);
  }
  return out;
}

export function visitKey(visit: StateVisit): string {
  return key(visit.executionArn, visit.enteredEventId);
}
