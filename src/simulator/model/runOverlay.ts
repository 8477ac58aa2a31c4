/**
 * What the canvas draws over the graph for a run: each state's status (not run, in progress,
 * succeeded, failed, caught error), its visit and retry counts, "7/10 items" on Map and
 * "2/3 branches" on Parallel, and the transitions taken. Derived from the run's events and
 * visits only (the interpreter's record); nothing is re-evaluated.
 */
import { isJsonObject, type JsonObject } from "../../asl/json";
import type { HistoryEvent } from "../../asl/interpret/events";
import type { StateVisit } from "../../asl/interpret/types";
import { listStates, scopePointerOf } from "../../asl/traverse";
import { appendPointer } from "../../asl/json";

/** The `data-status` contract of a state node. */
export type NodeRunStatus = "not-run" | "running" | "succeeded" | "failed" | "caught";

export interface NodeRunInfo {
  status: NodeRunStatus;
  /** Shown to people (legend, aria-label): "Succeeded", "Caught error", "Aborted"… */
  label: string;
  visits: number;
  retries: number;
  /** "7/10 items", "2/3 branches". */
  count?: string;
}

export interface RunOverlay {
  nodes: Map<string, NodeRunInfo>;
  /** Taken transitions, keyed by edgeKey(source, target, isCatch). */
  edges: Set<string>;
}

export const STATUS_LABELS: Record<NodeRunStatus, string> = {
  "not-run": "Not run",
  running: "In progress",
  succeeded: "Succeeded",
  failed: "Failed",
  caught: "Caught error",
};

export function edgeKey(source: string, target: string, isCatch: boolean): string {
  return `${source}->${target}${isCatch ? "|catch" : ""}`;
}

const visitKey = (executionArn: string | undefined, id: number) => `${executionArn ?? ""}#${id}`;

/** Pointers of every state by name (names may repeat across scopes). */
export function pointersByName(definition: unknown): Map<string, string[]> {
  const byName = new Map<string, string[]>();
  for (const location of listStates(definition)) {
    const list = byName.get(location.name);
    if (list) list.push(location.pointer);
    else byName.set(location.name, [location.pointer]);
  }
  return byName;
}

const RANK: Record<NodeRunStatus, number> = { "not-run": 0, succeeded: 1, caught: 2, failed: 3, running: 4 };

export interface OverlayInput {
  definition: unknown;
  events: readonly HistoryEvent[];
  visits: readonly StateVisit[];
  /** The run has ended: visits still "running" were cut short (aborted). */
  finished: boolean;
}

export function computeRunOverlay({ definition, events, visits, finished }: OverlayInput): RunOverlay {
  const nodes = new Map<string, NodeRunInfo>();
  const edges = new Set<string>();
  const names = pointersByName(definition);
  const states = new Map(listStates(definition).map((l) => [l.pointer, l]));

  const touch = (pointer: string): NodeRunInfo => {
    let info = nodes.get(pointer);
    if (!info) {
      info = { status: "not-run", label: STATUS_LABELS["not-run"], visits: 0, retries: 0 };
      nodes.set(pointer, info);
    }
    return info;
  };
  const raise = (info: NodeRunInfo, status: NodeRunStatus, label = STATUS_LABELS[status]) => {
    if (RANK[status] >= RANK[info.status]) {
      info.status = status;
      info.label = label;
    }
  };

  const ended = new Set<string>();
  for (const visit of visits) {
    const info = touch(visit.pointer);
    info.visits++;
    info.retries += visit.retries.length;
    if (visit.status === "running") {
      if (finished) raise(info, "failed", "Aborted");
      else raise(info, "running");
    } else {
      ended.add(visitKey(visit.executionArn, visit.enteredEventId));
      raise(info, visit.status);
    }
    const scope = scopePointerOf(visit.pointer);
    const location = states.get(visit.pointer);
    if (location && location.scope.machine.StartAt === visit.stateName) edges.add(edgeKey(`${scope}#start`, visit.pointer, false));
    if (visit.nextState !== undefined) {
      edges.add(edgeKey(visit.pointer, appendPointer(scope, "States", visit.nextState), visit.status === "caught"));
    } else if (visit.status === "succeeded" || (visit.status === "failed" && visit.stateType === "Fail")) {
      edges.add(edgeKey(visit.pointer, `${scope}#end`, false));
    }
  }

  // Entered but not yet ended: in progress (while running). Map item counts come from events.
  const enteredName = new Map<string, string>();
  const mapTotals = new Map<string, { total: number; done: number; failed: number }>();
  const mapOf = (name: string) => {
    let entry = mapTotals.get(name);
    if (!entry) mapTotals.set(name, (entry = { total: 0, done: 0, failed: 0 }));
    return entry;
  };
  for (const event of events) {
    if ("stateEnteredEventDetails" in event) {
      const key = visitKey(event.executionArn, event.id);
      enteredName.set(key, event.stateEnteredEventDetails.name);
      if (!finished && !ended.has(key)) {
        for (const pointer of names.get(event.stateEnteredEventDetails.name) ?? []) {
          const info = touch(pointer);
          if (info.visits === 0) info.visits = 1;
          raise(info, "running");
        }
      }
    } else if (event.type === "MapStateStarted") {
      const name = enteredName.get(visitKey(event.executionArn, event.previousEventId));
      if (name !== undefined) mapOf(name).total += event.mapStateStartedEventDetails.length;
    } else if (event.type === "MapIterationSucceeded" && event.mapIterationSucceededEventDetails) {
      mapOf(event.mapIterationSucceededEventDetails.name).done++;
    } else if (event.type === "MapIterationFailed" && event.mapIterationFailedEventDetails) {
      mapOf(event.mapIterationFailedEventDetails.name).failed++;
    }
  }

  // Distributed Map children: each child execution's end counts as an item.
  const childEnds = events.filter((e) => e.executionArn !== undefined && (e.type === "ExecutionSucceeded" || e.type === "ExecutionFailed"));

  for (const [pointer, location] of states) {
    const state = location.state as unknown as JsonObject;
    const info = nodes.get(pointer);
    if (!info) continue;
    if (state.Type === "Map") {
      const totals = mapTotals.get(location.name);
      if (!totals) continue;
      let { done, failed } = totals;
      if (done === 0 && failed === 0 && childEnds.length > 0) {
        const label = typeof state.Label === "string" ? state.Label : location.name;
        for (const e of childEnds) {
          if (!e.executionArn?.includes(`/${label}:`)) continue;
          if (e.type === "ExecutionSucceeded") done++;
          else failed++;
        }
      }
      info.count = `${done}/${totals.total} ${totals.total === 1 ? "item" : "items"}${failed > 0 ? `, ${failed} failed` : ""}`;
    } else if (state.Type === "Parallel" && Array.isArray(state.Branches)) {
      const branches = state.Branches.filter((b) => isJsonObject(b)).length;
      const prefix = appendPointer(pointer, "Branches") + "/";
      let done = 0;
      for (const visit of visits) {
        if (!visit.pointer.startsWith(prefix) || visit.nextState !== undefined || visit.status !== "succeeded") continue;
        if (/^\d+$/.test(scopePointerOf(visit.pointer).slice(prefix.length))) done++;
      }
      const total = branches * Math.max(info.visits, 1);
      info.count = `${Math.min(done, total)}/${total} ${total === 1 ? "branch" : "branches"}`;
    }
  }
  return { nodes, edges };
}
