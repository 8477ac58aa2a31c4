/**
 * The event history as table rows: each event with the state it belongs to (following
 * previousEventId back to the state's Entered event, as the console groups them) and its elapsed
 * virtual time; plus the filters of the table (state, type, id / text).
 */
import type { HistoryEvent, HistoryEventType, MapIterationEvent } from "../../asl/interpret/events";

export interface EventRow {
  event: HistoryEvent;
  /** Position in the run's event list. */
  index: number;
  /** The state the event belongs to; undefined for execution-level events. */
  stateName: string | undefined;
  /** Milliseconds since the execution started, on the virtual clock. */
  elapsedMs: number;
  /** Tone for colour coding: failures red, successes green. */
  tone: "failed" | "succeeded" | "neutral";
}

export interface EventFilter {
  stateName?: string;
  type?: string;
  /** Matches the event id exactly, or part of the type / state name. */
  text?: string;
}

const key = (event: { executionArn?: string | undefined }, id: number) => `${event.executionArn ?? ""}#${id}`;

function ownName(event: HistoryEvent): string | undefined {
  if ("stateEnteredEventDetails" in event) return event.stateEnteredEventDetails.name;
  if ("stateExitedEventDetails" in event) return event.stateExitedEventDetails.name;
  if (event.type.startsWith("MapIteration")) {
    const e = event as MapIterationEvent;
    return (e.mapIterationStartedEventDetails ?? e.mapIterationSucceededEventDetails ?? e.mapIterationFailedEventDetails ?? e.mapIterationAbortedEventDetails)?.name;
  }
  return undefined;
}

const CONTAINER_END = /^(Parallel|Map)State(Succeeded|Failed|Aborted)$/;

/**
 * A Parallel/Map state's closing event points back to the last event of its branches, not to the
 * state: its name is that of the matching …StateStarted, found by walking back over the rows
 * (containers of one kind nest, so skip as many starts as closings were passed).
 */
function containerEnded(event: HistoryEvent, rows: readonly EventRow[]): string | undefined {
  const kind = CONTAINER_END.exec(event.type)?.[1];
  if (!kind) return undefined;
  let depth = 0;
  for (let i = rows.length - 1; i >= 0; i--) {
    const row = rows[i] as EventRow;
    if (row.event.executionArn !== event.executionArn) continue;
    if (row.event.type === `${kind}StateStarted`) {
      if (depth === 0) return row.stateName;
      depth--;
    } else if (CONTAINER_END.exec(row.event.type)?.[1] === kind) depth++;
  }
  return undefined;
}

export function eventTone(type: HistoryEventType): EventRow["tone"] {
  if (/Failed$|TimedOut$|Aborted$/.test(type)) return "failed";
  if (/Succeeded$/.test(type)) return "succeeded";
  return "neutral";
}

/**
 * Annotates events; pass the rows of a previous call to extend them (the history only grows, so
 * a live run annotates each event once).
 */
export function toEventRows(events: readonly HistoryEvent[], previous: readonly EventRow[] = [], names: Map<string, string> = new Map()): { rows: EventRow[]; names: Map<string, string> } {
  const rows = previous.length <= events.length && previous[0]?.event === events[0] ? previous.slice() : [];
  if (rows.length === 0) names.clear();
  const start = events[0]?.timestamp ?? 0;
  for (let index = rows.length; index < events.length; index++) {
    const event = events[index] as HistoryEvent;
    let stateName: string | undefined;
    if (!event.type.startsWith("Execution")) stateName = ownName(event) ?? containerEnded(event, rows) ?? names.get(key(event, event.previousEventId));
    if (stateName !== undefined) names.set(key(event, event.id), stateName);
    rows.push({ event, index, stateName, elapsedMs: event.timestamp - start, tone: eventTone(event.type) });
  }
  return { rows, names };
}

export function filterEventRows(rows: readonly EventRow[], filter: EventFilter): EventRow[] {
  const text = filter.text?.trim().toLowerCase() ?? "";
  if (!filter.stateName && !filter.type && !text) return rows as EventRow[];
  const id = /^\d+$/.test(text) ? Number(text) : undefined;
  return rows.filter((row) => {
    if (filter.stateName && row.stateName !== filter.stateName) return false;
    if (filter.type && row.event.type !== filter.type) return false;
    if (text) {
      if (id !== undefined) return row.event.id === id;
      return row.event.type.toLowerCase().includes(text) || (row.stateName?.toLowerCase().includes(text) ?? false);
    }
    return true;
  });
}

/** The distinct state names and event types of the rows, sorted, for the filter menus. */
export function filterOptions(rows: readonly EventRow[]): { stateNames: string[]; types: string[] } {
  const stateNames = new Set<string>();
  const types = new Set<string>();
  for (const row of rows) {
    if (row.stateName !== undefined) stateNames.add(row.stateName);
    types.add(row.event.type);
  }
  return { stateNames: [...stateNames].sort(), types: [...types].sort() };
}

/** "+1.250 s", "+2 min 3.000 s" on the virtual clock. */
export function formatElapsed(ms: number): string {
  const sign = ms < 0 ? "-" : "+";
  const abs = Math.abs(ms);
  if (abs < 60_000) return `${sign}${(abs / 1000).toFixed(3)} s`;
  const minutes = Math.floor(abs / 60_000);
  if (minutes < 60) return `${sign}${minutes} min ${((abs % 60_000) / 1000).toFixed(3)} s`;
  const hours = Math.floor(minutes / 60);
  return `${sign}${hours} h ${minutes % 60} min ${((abs % 60_000) / 1000).toFixed(0)} s`;
}

/** A duration on the virtual clock: "0 ms", "1.5 s", "2 min 3 s", "1 h 2 min". */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${+(ms / 1000).toFixed(3)} s`;
  const minutes = Math.floor(ms / 60_000);
  const seconds = Math.round((ms % 60_000) / 1000);
  if (minutes < 60) return `${minutes} min${seconds ? ` ${seconds} s` : ""}`;
  const hours = Math.floor(minutes / 60);
  return `${hours} h${minutes % 60 ? ` ${minutes % 60} min` : ""}`;
}
