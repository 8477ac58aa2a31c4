import { describe, expect, it } from "vitest";
import { runExecution } from "../../asl/interpret/runExecution";
import type { BeforeStateInfo, StateVisit } from "../../asl/interpret/types";
import { describeIteration, variablesAfter, variablesAtEntry, variablesBefore, visitVariableRows } from "./variablesModel";

const definition = {
  QueryLanguage: "JSONata",
  StartAt: "Start",
  States: {
    Start: { Type: "Pass", Assign: { total: "{% $states.input.total %}", round: 0 }, Next: "Loop" },
    Loop: { Type: "Pass", Assign: { round: "{% $round + 1 %}" }, Next: "Again?" },
    "Again?": { Type: "Choice", Choices: [{ Condition: "{% $round < 2 %}", Next: "Loop" }], Default: "Fan" },
    Fan: {
      Type: "Map",
      Items: "{% [1, 2] %}",
      ItemProcessor: { StartAt: "Inner", States: { Inner: { Type: "Pass", Assign: { inner: "{% $states.input %}" }, Next: "Inner2" }, Inner2: { Type: "Pass", End: true } } },
      Assign: { done: true },
      Next: "End",
    },
    End: { Type: "Pass", Output: "{% $total + $round %}", End: true },
  },
};

describe("variables panel model", () => {
  it("reads each visit's variables at entry and after its Assign, and what it assigned", async () => {
    const result = await runExecution(definition, { total: 10 }).result;
    expect(result.output).toBe(12);
    const byName = (name: string) => result.visits.filter((v) => v.stateName === name);
    const start = byName("Start")[0] as StateVisit;
    expect(variablesAtEntry(start)).toEqual({});
    expect(variablesAfter(start)).toEqual({ total: 10, round: 0 });
    expect(byName("Loop").map((v) => v.assigned)).toEqual([{ round: 1 }, { round: 2 }]);
    expect(variablesAtEntry(byName("End")[0] as StateVisit)).toEqual({ total: 10, round: 2, done: true });
    const rows = visitVariableRows(result.visits, "/States/Loop").rows;
    expect(rows.map((r) => r.entry.round)).toEqual([0, 1]);
    expect(visitVariableRows(result.visits, undefined, 3)).toMatchObject({ omitted: result.visits.length - 3 });
  });

  it("knows what a paused state will read, in its thread or the threads around it", async () => {
    const ended: StateVisit[] = [];
    const seen: { info: BeforeStateInfo; expected: unknown; got: unknown }[] = [];
    await runExecution(definition, { total: 10 }, {
      onVisit: (visit) => ended.push(visit),
      beforeState: (info) => {
        seen.push({ info, expected: undefined, got: variablesBefore(ended, info) });
      },
    }).result;
    const at = (name: string, i = 0) => seen.filter((s) => s.info.stateName === name)[i]?.got;
    expect(at("Start")).toEqual({});
    expect(at("Loop", 0)).toEqual({ total: 10, round: 0 });
    expect(at("Loop", 1)).toEqual({ total: 10, round: 1 });
    // A Map iteration's first state reads what the Map was entered with; its second, the iteration's own.
    expect(at("Inner", 0)).toEqual({ total: 10, round: 2 });
    expect(at("Inner2", 0)).toEqual({ total: 10, round: 2, inner: expect.any(Number) });
    expect(at("End")).toEqual({ total: 10, round: 2, done: true });
    expect(describeIteration(seen.find((s) => s.info.stateName === "Inner")!.info.iterationPath)).toBe("Fan #0");
  });
});
