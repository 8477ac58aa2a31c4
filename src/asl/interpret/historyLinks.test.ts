/**
 * How a Parallel's and a Map's events link (previousEventId). Each event follows the event before
 * it on its own thread, as in the guide's example history (seed L21050–L21103: 5←4, 7←6, 10←9).
 * Neither that example nor the recordings in test/corpus/aws-recorded (outputs only) show a
 * Parallel or a Map; DECISION: the branches and iterations hang off ParallelStateStarted /
 * MapStateStarted, and the state's Succeeded event follows the last event of the branch or
 * iteration that ended last (ties: the last one by index); its Failed event follows the last event
 * of the failing one.
 */
import { describe, expect, it } from "vitest";
import type { JsonObject } from "../json";
import type { HistoryEvent } from "./events";
import { run } from "./testSupport";

const machine = (states: JsonObject, startAt = Object.keys(states)[0] as string): JsonObject => ({ StartAt: startAt, States: states });
const links = (events: HistoryEvent[]) => events.map((e) => `${e.id}<${e.previousEventId} ${e.type}`);
const previousOf = (events: HistoryEvent[], type: string) => events.find((e) => e.type === type)?.previousEventId;
const idOf = (events: HistoryEvent[], predicate: (e: HistoryEvent) => boolean) => events.filter(predicate).map((e) => e.id);

describe("the first state of a history", () => {
  it("its entered event has previousEventId 0, as in the guide's example (seed L21050–L21054), in a distributed Map child too", async () => {
    const child = { ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "STANDARD" }, ...machine({ C: { Type: "Pass", End: true } }) };
    const result = await run(machine({ M: { Type: "Map", ItemProcessor: child, End: true } }), [1]);
    const own = result.events.filter((e) => e.executionArn === undefined);
    expect(links(own).slice(0, 2)).toEqual(["1<0 ExecutionStarted", "2<0 MapStateEntered"]);
    const childEvents = result.events.filter((e) => e.executionArn !== undefined);
    expect(links(childEvents)).toEqual(["1<0 ExecutionStarted", "2<0 PassStateEntered", "3<2 PassStateExited", "4<3 ExecutionSucceeded"]);
  });
});

describe("Parallel and Map end events follow the last branch / iteration", () => {
  it("MapStateSucceeded follows the last iteration's MapIterationSucceeded; each iteration hangs off MapStateStarted", async () => {
    const result = await run(machine({ M: { Type: "Map", ItemProcessor: machine({ P: { Type: "Pass", End: true } }), End: true } }), [1, 2]);
    expect(links(result.events).slice(1)).toEqual([
      "2<0 MapStateEntered",
      "3<2 MapStateStarted",
      "4<3 MapIterationStarted",
      "5<4 PassStateEntered",
      "6<5 PassStateExited",
      "7<6 MapIterationSucceeded",
      "8<3 MapIterationStarted",
      "9<8 PassStateEntered",
      "10<9 PassStateExited",
      "11<10 MapIterationSucceeded",
      "12<11 MapStateSucceeded",
      "13<12 MapStateExited",
      "14<13 ExecutionSucceeded",
    ]);
  });

  it("ParallelStateSucceeded follows the last event of the last branch", async () => {
    const result = await run(machine({ P: { Type: "Parallel", Branches: [machine({ A: { Type: "Pass", End: true } }), machine({ B: { Type: "Pass", End: true } })], End: true } }), {});
    expect(links(result.events).slice(1)).toEqual([
      "2<0 ParallelStateEntered",
      "3<2 ParallelStateStarted",
      "4<3 PassStateEntered",
      "5<4 PassStateExited",
      "6<3 PassStateEntered",
      "7<6 PassStateExited",
      "8<7 ParallelStateSucceeded",
      "9<8 ParallelStateExited",
      "10<9 ExecutionSucceeded",
    ]);
  });

  it("the branch that ends last in virtual time is the one the Succeeded event follows", async () => {
    const def = machine({ P: { Type: "Parallel", Branches: [machine({ Slow: { Type: "Wait", Seconds: 5, End: true } }), machine({ Quick: { Type: "Pass", End: true } })], End: true } });
    const result = await run(def, {});
    const slowExited = idOf(result.events, (e) => e.type === "WaitStateExited");
    expect(previousOf(result.events, "ParallelStateSucceeded")).toBe(slowExited[0]);
  });

  it("MapStateFailed / ParallelStateFailed follow the failing iteration's / branch's last event", async () => {
    const map = await run(machine({ M: { Type: "Map", ItemProcessor: machine({ F: { Type: "Fail", Error: "E" } }), End: true } }), [1]);
    expect(previousOf(map.events, "MapStateFailed")).toBe(idOf(map.events, (e) => e.type === "MapIterationFailed")[0]);
    const parallel = await run(
      machine({ P: { Type: "Parallel", Branches: [machine({ A: { Type: "Pass", End: true } }), machine({ F: { Type: "Fail", Error: "E" } })], End: true } }),
      {},
    );
    expect(previousOf(parallel.events, "ParallelStateFailed")).toBe(idOf(parallel.events, (e) => e.type === "FailStateEntered")[0]);
  });

  it("a Map over no items ends right after MapStateStarted", async () => {
    const result = await run(machine({ M: { Type: "Map", ItemProcessor: machine({ P: { Type: "Pass", End: true } }), End: true } }), []);
    expect(previousOf(result.events, "MapStateSucceeded")).toBe(idOf(result.events, (e) => e.type === "MapStateStarted")[0]);
  });
});
