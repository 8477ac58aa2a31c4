import { describe, expect, it } from "vitest";
import { found, one, single } from "../testing/helpers";

const pass = (Parameters: unknown) => single({ Type: "Pass", Parameters });

describe("payloadTemplates", () => {
  it("accepts the guide's Parameters with static and .$ values (seed L5945–L5986)", () => {
    expect(found(pass({ comment: "Selecting what I care about.", MyDetails: { "size.$": "$.product.details.size", "exists.$": "$.product.availability", StaticValue: "foo" } }))).toEqual([]);
  });

  it("accepts intrinsics and context paths in .$ values (seed L2619–L2620, L7643)", () => {
    // The Map item outside a Map's ItemSelector is only the mapItemContext rule's warning.
    const def = pass({ "KeyId.$": "States.Array($.Id)", "MyNumbers.$": "States.StringToJson($$.Map.Item.Value.MyNumbers)", "token.$": "$$.Task.Token" });
    expect(found(def).filter(([code]) => code !== "MAP_ITEM_CONTEXT_MISPLACED")).toEqual([]);
  });

  it("refuses a .$ value that is not a string (§5.3 decision)", () => {
    const d = one(pass({ "count.$": 5 }), "TEMPLATE_VALUE_NOT_STRING");
    expect(d.path).toBe("/States/S/Parameters/count.$");
    expect(d.message).toContain("For a fixed value, drop .$ from the key.");
  });

  it("reports path errors at the exact key, also in objects nested in arrays (§15)", () => {
    expect(found(pass({ list: [{ "x.$": "$.a[" }] }), ["INVALID_PATH"])).toEqual([["INVALID_PATH", "/States/S/Parameters/list/0/x.$"]]);
    expect(one(pass({ a: { "b.$": "$..[" } }), "INVALID_PATH").message).toMatch(/^State "S": Parameters\.a\.b\.\$ "\$\.\.\[" is not a path/);
  });

  it("checks intrinsic names, arity and the 10-call limit (seed L2622–L2630)", () => {
    expect(one(pass({ "x.$": "States.StringToJSON($.a)" }), "UNKNOWN_INTRINSIC").message).toContain("Did you mean States.StringToJson?");
    expect(found(pass({ "x.$": "States.ArrayLength($.a, $.b)" }), ["INTRINSIC_ARITY"])).toEqual([["INTRINSIC_ARITY", "/States/S/Parameters/x.$"]]);
    const eleven = "States.Array(" + Array.from({ length: 10 }, () => "States.UUID()").join(", ") + ")";
    expect(found(pass({ "x.$": eleven }), ["TOO_MANY_INTRINSIC_CALLS"])).toEqual([["TOO_MANY_INTRINSIC_CALLS", "/States/S/Parameters/x.$"]]);
  });

  it("refuses the guide's nine-call example because of its Format arity erratum (seed L2624–L2628; erratum 13)", () => {
    const myArn =
      "States.Format('{}.{}.{}', States.ArrayGetItem(States.StringSplit(States.ArrayGetItem(States.StringSplit($.ImageRecipe.Arn, '/'), 2), '.'), 0), States.ArrayGetItem(States.StringSplit(States.ArrayGetItem(States.StringSplit($.ImageRecipe.Arn, '/'), 2), '.'), 1))";
    expect(found(pass({ "myArn.$": myArn }), ["INTRINSIC_ARITY", "TOO_MANY_INTRINSIC_CALLS"])).toEqual([["INTRINSIC_ARITY", "/States/S/Parameters/myArn.$"]]);
    expect(found(pass({ "myArn.$": myArn.replace("'{}.{}.{}'", "'{}.{}'") }))).toEqual([]);
  });

  it("allows intrinsics in ResultSelector, ItemSelector and Credentials (seed L2636–L2681, L3587–L3651)", () => {
    const task = single({
      Type: "Task",
      Resource: "arn:aws:states:::lambda:invoke",
      ResultSelector: { "identity.$": "States.StringToJson($.Payload.body)" },
      Credentials: { "RoleArn.$": "States.Format('arn:aws:iam::{}:role/{}', $.account, $.role)" },
    });
    expect(found(task)).toEqual([]);
  });

  it("refuses intrinsics in BatchInput, which takes paths only (§7.1 list; seed L7402–L7430)", () => {
    const map = single({
      Type: "Map",
      ItemProcessor: { ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "STANDARD" }, StartAt: "I", States: { I: { Type: "Succeed" } } },
      ItemBatcher: { MaxItemsPerBatch: 3, BatchInput: { "factor.$": "$.MyMultiplicationFactor", "id.$": "States.UUID()" } },
    });
    expect(found(map, ["INTRINSIC_NOT_ALLOWED"])).toEqual([["INTRINSIC_NOT_ALLOWED", "/States/S/ItemBatcher/BatchInput/id.$"]]);
  });

  it("warns when a path is written under a key without .$ (seed L48328–L48331)", () => {
    const d = one(pass({ "id": "$.order.id" }), "TEMPLATE_KEY_MISSING_SUFFIX");
    expect(d).toMatchObject({ severity: "warning", path: "/States/S/Parameters/id" });
    expect(d.message).toContain('rename the key to "id.$"');
    expect(found(pass({ price: "$23", version: "$LATEST" }))).toEqual([]);
  });
});
