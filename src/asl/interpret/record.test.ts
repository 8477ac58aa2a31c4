/**
 * The compact execution record (record.ts) gives the same events and visits, field for field and
 * in the same key order, whether they are built on first read of the result or as they happen
 * for onEvent/onVisit listeners, over every AWS-recorded execution.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { JsonValue } from "../json";
import type { MockConfigFile } from "../mocks/types";
import type { HistoryEvent } from "./events";
import { runExecution } from "./runExecution";
import { AWS_RECORDED_DIR, listJson, readJson, TEST_START } from "./testSupport";
import type { RunOptions, StateVisit } from "./types";

interface Recording {
  definition: JsonValue;
  input: JsonValue;
  mockConfig?: MockConfigFile;
  testCase?: string;
}

const cases = listJson(AWS_RECORDED_DIR).map((file) => ({ file, recording: readJson<Recording>(join(AWS_RECORDED_DIR, file)) }));

function optionsOf(recording: Recording): RunOptions {
  const options: RunOptions = { startTime: TEST_START, callbacks: "default" };
  if (recording.mockConfig) options.mocks = { config: recording.mockConfig, testCase: recording.testCase ?? "" };
  return options;
}

describe("execution record", () => {
  it.each(cases)("$file: built on read = built for listeners = the events iterable", async ({ recording }) => {
    const lazy = await runExecution(recording.definition, recording.input, optionsOf(recording)).result;

    const heard: HistoryEvent[] = [];
    const ended: StateVisit[] = [];
    const handle = runExecution(recording.definition, recording.input, { ...optionsOf(recording), onEvent: (e) => heard.push(e), onVisit: (v) => ended.push(v) });
    const iterated: HistoryEvent[] = [];
    for await (const event of handle.events) iterated.push(event);
    const eager = await handle.result;

    // Same content, same key order.
    expect(JSON.stringify(eager.events)).toBe(JSON.stringify(lazy.events));
    expect(JSON.stringify(eager.visits)).toBe(JSON.stringify(lazy.visits));
    expect(JSON.stringify(lazy)).toBe(JSON.stringify(eager));
    // The objects the listeners and the iterable got are the result's.
    expect(heard).toHaveLength(eager.events.length);
    heard.forEach((event, i) => expect(event).toBe(eager.events[i]));
    iterated.forEach((event, i) => expect(event).toBe(eager.events[i]));
    expect(new Set(ended)).toEqual(new Set(eager.visits));
    expect(ended).toHaveLength(eager.visits.length);
  });

  it("the result's fields: events and visits in their place, plain and stable once read, assignable", async () => {
    const definition = { StartAt: "A", States: { A: { Type: "Pass", Next: "B" }, B: { Type: "Succeed" } } };
    const result = await runExecution(definition, { x: 1 }, { startTime: TEST_START }).result;
    expect(Object.keys(result)).toEqual(["status", "events", "visits", "transitions", "startTime", "stopTime", "executionArn", "output"]);
    const events = result.events;
    expect(result.events).toBe(events);
    expect(Object.getOwnPropertyDescriptor(result, "events")).toMatchObject({ value: events, writable: true, enumerable: true });
    expect(result.visits.map((v) => [v.stateName, v.status, v.nextState])).toEqual([
      ["A", "succeeded", "B"],
      ["B", "succeeded", undefined],
    ]);
    const { events: _events, ...rest } = result;
    expect(structuredClone(rest)).toEqual(rest);
    result.visits = [];
    expect(result.visits).toEqual([]);
    // Both read: the result no longer holds the run.
    expect(Object.getOwnPropertySymbols(result)).toEqual([]);
  });
});
