import { describe, expect, it } from "vitest";
import { found, one, single } from "../testing/helpers";

const task = (fields: Record<string, unknown>) => single({ Type: "Task", Resource: "arn:aws:states:::lambda:invoke", ...fields });

describe("pathFields", () => {
  it("accepts the guide's paths: InputPath/ResultPath/OutputPath (seed L6351–L6365), slices and $$ (seed L5931, L7673–L7686)", () => {
    expect(found(task({ InputPath: "$.lambda", ResultPath: "$.data.lambdaresult", OutputPath: "$.data" }))).toEqual([]);
    expect(found(task({ InputPath: "$.a[0:2]", OutputPath: "$$.Execution.Input" }))).toEqual([]);
    expect(found(task({ InputPath: "$.abc.['def ghi']" }))).toEqual([]);
  });

  it("accepts null for InputPath, OutputPath and ResultPath (seed L6183–L6186; §15)", () => {
    expect(found(task({ InputPath: null, OutputPath: null, ResultPath: null, Catch: [{ ErrorEquals: ["States.ALL"], Next: "S", ResultPath: null }] }))).toEqual([]);
  });

  it("refuses a ResultPath that is not a plain reference path (seed L6109–L6110; §4.2)", () => {
    expect(found(task({ ResultPath: "$.items[*]" }), ["INVALID_REFERENCE_PATH"])).toEqual([["INVALID_REFERENCE_PATH", "/States/S/ResultPath"]]);
    expect(found(task({ ResultPath: "$$.Execution.Id" }), ["INVALID_PATH"])).toEqual([["INVALID_PATH", "/States/S/ResultPath"]]);
    expect(found(task({ Catch: [{ ErrorEquals: ["States.ALL"], Next: "S", ResultPath: "$..error" }] }), ["INVALID_REFERENCE_PATH"])).toEqual([
      ["INVALID_REFERENCE_PATH", "/States/S/Catch/0/ResultPath"],
    ]);
  });

  it("refuses path syntax errors, with the position", () => {
    const d = one(task({ InputPath: "$.a[" }), "INVALID_PATH");
    expect(d.message).toMatch(/^State "S": InputPath "\$\.a\[" is not a path: .*\(at character 5\)\.$/);
    expect(one(task({ OutputPath: "data.result" }), "INVALID_PATH").message).toContain('Did you mean "$.data.result"?');
  });

  it("needs single-value reference paths in reading fields such as ItemsPath and TimeoutSecondsPath (seed L4898–L4901, L3501–L3503)", () => {
    expect(found(task({ TimeoutSecondsPath: "$.params[*]" }), ["INVALID_REFERENCE_PATH"])).toEqual([["INVALID_REFERENCE_PATH", "/States/S/TimeoutSecondsPath"]]);
    const map = single({ Type: "Map", ItemsPath: "$..items", ItemProcessor: { StartAt: "I", States: { I: { Type: "Succeed" } } } });
    expect(found(map, ["INVALID_REFERENCE_PATH"])).toEqual([["INVALID_REFERENCE_PATH", "/States/S/ItemsPath"]]);
  });

  it("refuses intrinsic functions in path fields (seed L2636–L2681)", () => {
    expect(found(task({ InputPath: "States.Format('{}', $.a)" }), ["INTRINSIC_NOT_ALLOWED"])).toEqual([["INTRINSIC_NOT_ALLOWED", "/States/S/InputPath"]]);
  });

  it("reads workflow variables ($name): no path error; a variable no state assigns is a warning (\"Passing data between states with variables\")", () => {
    expect(found(task({ InputPath: "$data" }), ["INVALID_PATH"])).toEqual([]);
    expect(one(task({ InputPath: "$data" }), "VARIABLE_NOT_ASSIGNED").message).toContain("write $.data");
    expect(found(single({ Type: "Pass", Assign: { data: 1 }, InputPath: "$data", End: true }))).toEqual([]);
    expect(one(task({ ResultPath: "$data" }), "INVALID_PATH").message).toContain("Set variables with Assign");
  });

  it("checks the Wait SecondsPath and a ReaderConfig MaxItemsPath (seed L4400–L4404, L6664)", () => {
    expect(found(single({ Type: "Wait", SecondsPath: "$.a[1:]" }), ["INVALID_REFERENCE_PATH"])).toEqual([["INVALID_REFERENCE_PATH", "/States/S/SecondsPath"]]);
    const map = single({
      Type: "Map",
      ItemProcessor: { ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "STANDARD" }, StartAt: "I", States: { I: { Type: "Succeed" } } },
      ItemReader: { Resource: "arn:aws:states:::s3:getObject", ReaderConfig: { InputType: "JSON", MaxItemsPath: "$.max[*]" } },
    });
    expect(found(map, ["INVALID_REFERENCE_PATH"])).toEqual([["INVALID_REFERENCE_PATH", "/States/S/ItemReader/ReaderConfig/MaxItemsPath"]]);
  });
});
