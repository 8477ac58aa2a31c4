import { describe, expect, it } from "vitest";
import { runExecution } from "../../asl/interpret/runExecution";
import { filterEventRows, filterOptions, formatDuration, formatElapsed, toEventRows } from "./eventRows";
import { mapMachine, mocks, retryChoice } from "./testFixtures";

describe("event rows", () => {
  it("gives each event its state (following previousEventId) and elapsed virtual time; filters by state, type and id", async () => {
    const result = await runExecution(retryChoice, { id: "1" }, { mocks }).result;
    const { rows } = toEventRows(result.events);
    expect(rows[0]?.stateName).toBeUndefined();
    const failed = rows.filter((r) => r.event.type === "TaskFailed");
    expect(failed).toHaveLength(2);
    expect(failed.every((r) => r.stateName === "Read" && r.tone === "failed")).toBe(true);
    expect(rows.at(-1)?.event.type).toBe("ExecutionSucceeded");
    // Retry delays of 3 s then 4.5 s on the virtual clock.
    expect(rows.find((r) => r.event.type === "TaskSucceeded")?.elapsedMs).toBe(7500);
    expect(filterEventRows(rows, { type: "TaskFailed" })).toHaveLength(2);
    expect(filterEventRows(rows, { stateName: "Found?" }).map((r) => r.event.type)).toEqual(["ChoiceStateEntered", "ChoiceStateExited"]);
    expect(filterEventRows(rows, { text: "3" }).map((r) => r.event.id)).toEqual([3]);
    expect(filterEventRows(rows, { text: "scheduled" }).every((r) => r.event.type === "TaskScheduled")).toBe(true);
    expect(filterOptions(rows).stateNames).toEqual(["Found?", "Ok", "Read"]);
  });

  it("extends previous rows without re-annotating them (live runs)", async () => {
    const result = await runExecution(retryChoice, { id: "1" }, { mocks }).result;
    const first = toEventRows(result.events.slice(0, 5));
    const more = toEventRows(result.events, first.rows, first.names);
    expect(more.rows[0]).toBe(first.rows[0]);
    expect(more.rows).toHaveLength(result.events.length);
    expect(more.rows.map((r) => r.stateName)).toEqual(toEventRows(result.events).rows.map((r) => r.stateName));
  });

  it("Map iteration events belong to the Map state", async () => {
    const result = await runExecution(mapMachine, [1, 2], {}).result;
    const rows = toEventRows(result.events).rows;
    expect(rows.filter((r) => r.event.type.startsWith("MapIteration")).every((r) => r.stateName === "Each")).toBe(true);
    expect(rows.find((r) => r.event.type === "MapStateSucceeded")?.stateName).toBe("Each");
  });

  it("Parallel and Map start and end events belong to their state, also when nested and when a branch fails", async () => {
    const branch = (name: string, state: Record<string, unknown>) => ({ StartAt: name, States: { [name]: { ...state, End: true } } });
    const inner = { Type: "Parallel", Branches: [branch("A", { Type: "Pass" }), branch("B", { Type: "Pass" })] };
    const machine = { StartAt: "Outer", States: { Outer: { Type: "Parallel", Branches: [branch("Inner", inner), branch("C", { Type: "Pass" })], Next: "Boom" }, Boom: { Type: "Parallel", Branches: [branch("D", { Type: "Fail", Error: "E" })], End: true } } };
    const result = await runExecution(machine as never, {}, {}).result;
    const named = (type: string) => toEventRows(result.events).rows.filter((r) => r.event.type === type).map((r) => r.stateName);
    expect(named("ParallelStateStarted")).toEqual(["Outer", "Inner", "Boom"]);
    expect(named("ParallelStateSucceeded")).toEqual(["Inner", "Outer"]);
    expect(named("ParallelStateFailed")).toEqual(["Boom"]);
  });

  it("formats virtual times", () => {
    expect(formatElapsed(1250)).toBe("+1.250 s");
    expect(formatElapsed(123_000)).toBe("+2 min 3.000 s");
    expect(formatDuration(0)).toBe("0 ms");
    expect(formatDuration(7500)).toBe("7.5 s");
    expect(formatDuration(3_720_000)).toBe("1 h 2 min");
  });
});

