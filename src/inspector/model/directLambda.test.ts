import { describe, expect, it } from "vitest";
import { deepFreeze } from "../../asl/edit/testSupport";
import { run } from "../../asl/interpret/testSupport";
import type { JsonObject } from "../../asl/json";
import { convertToLambdaInvoke, directLambdaFunction, fieldsReadingResult } from "./directLambda";

const ARN = "arn:aws:lambda:us-east-1:123456789012:function:HelloFunction";
const task = (fields: Record<string, unknown> = {}) => deepFreeze({ Type: "Task", Resource: ARN, ...fields, End: true } as JsonObject);

describe("directLambdaFunction", () => {
  it("finds a function ARN, with a version or alias too, and nothing else", () => {
    expect(directLambdaFunction(task())).toBe(ARN);
    expect(directLambdaFunction(task({ Resource: `${ARN}:prod` }))).toBe(`${ARN}:prod`);
    for (const Resource of ["arn:aws:states:::lambda:invoke", "arn:aws:states:us-east-1:123456789012:activity:A", "", 5]) expect(directLambdaFunction(task({ Resource }))).toBeUndefined();
  });
});

describe("convertToLambdaInvoke", () => {
  it("calls the guide's HelloFunction (seed L28252-L28262) through lambda:invoke with the state input as Payload, output unchanged", () => {
    const converted = convertToLambdaInvoke(task(), "JSONPath");
    expect(converted).toEqual({ Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Parameters: { FunctionName: ARN, "Payload.$": "$" }, OutputPath: "$.Payload", End: true });
    expect(Object.keys(converted)).toEqual(["Type", "Resource", "Parameters", "OutputPath", "End"]);
  });

  it("sends what the function was sent: Parameters become the Payload, in place", () => {
    const converted = convertToLambdaInvoke(task({ Comment: "c", Parameters: { "orderId.$": "$.id" } }), "JSONPath");
    expect(converted.Parameters).toEqual({ FunctionName: ARN, Payload: { "orderId.$": "$.id" } });
    expect(Object.keys(converted)).toEqual(["Type", "Resource", "Comment", "Parameters", "OutputPath", "End"]);
  });

  it("leaves the result fields alone when they shape the output, and names those that read it", () => {
    const shaped = task({ ResultSelector: { "total.$": "$.total" }, ResultPath: "$.charge" });
    expect(convertToLambdaInvoke(shaped, "JSONPath")).not.toHaveProperty("OutputPath");
    expect(fieldsReadingResult(shaped, "JSONPath")).toEqual(["ResultSelector", "ResultPath"]);
    const discarded = task({ ResultPath: null, OutputPath: "$.input" });
    expect(convertToLambdaInvoke(discarded, "JSONPath")).toMatchObject({ ResultPath: null, OutputPath: "$.input" });
    expect(fieldsReadingResult(discarded, "JSONPath")).toEqual([]);
    expect(fieldsReadingResult(task({ Assign: { "total.$": "$.total" } }), "JSONPath")).toEqual(["Assign"]);
    expect(fieldsReadingResult(task(), "JSONPath")).toEqual([]);
  });

  it("in a JSONata Task, Arguments become the Payload and Output unwraps it", () => {
    const converted = convertToLambdaInvoke(task({ QueryLanguage: "JSONata", Arguments: { id: "{% $states.input.id %}" } }), "JSONata");
    expect(converted).toMatchObject({ Resource: "arn:aws:states:::lambda:invoke", Arguments: { FunctionName: ARN, Payload: { id: "{% $states.input.id %}" } }, Output: "{% $states.result.Payload %}" });
    expect(convertToLambdaInvoke(task({ QueryLanguage: "JSONata" }), "JSONata").Arguments).toEqual({ FunctionName: ARN, Payload: "{% $states.input %}" });
    const own = task({ QueryLanguage: "JSONata", Output: "{% $states.result.total %}", Assign: { seen: "{% $states.input.id %}" } });
    expect(convertToLambdaInvoke(own, "JSONata").Output).toBe("{% $states.result.total %}");
    expect(fieldsReadingResult(own, "JSONata")).toEqual(["Output"]);
  });

  it("keeps the partition and the version or alias; any other Task is returned as it is", () => {
    const china = convertToLambdaInvoke(task({ Resource: "arn:aws-cn:lambda:cn-north-1:123456789012:function:f:prod" }), "JSONPath");
    expect(china.Resource).toBe("arn:aws-cn:states:::lambda:invoke");
    expect(china.Parameters).toMatchObject({ FunctionName: "arn:aws-cn:lambda:cn-north-1:123456789012:function:f:prod" });
    const optimized = task({ Resource: "arn:aws:states:::lambda:invoke" });
    expect(convertToLambdaInvoke(optimized, "JSONPath")).toBe(optimized);
  });
});

describe("a converted Task in the simulator", () => {
  const machine = (state: JsonObject, QueryLanguage = "JSONPath") => ({ QueryLanguage, StartAt: "Call", States: { Call: state } });
  const input = { id: 7, name: "order" };

  it("ends with the same output as the direct call (the unmocked function echoes what it is sent)", async () => {
    const cases: [JsonObject, "JSONPath" | "JSONata"][] = [
      [task(), "JSONPath"],
      [task({ Parameters: { "orderId.$": "$.id" } }), "JSONPath"],
      [task({ Arguments: { orderId: "{% $states.input.id %}" } }), "JSONata"],
    ];
    for (const [state, language] of cases) {
      const direct = await run(machine(state, language), input);
      const converted = await run(machine(convertToLambdaInvoke(state, language), language), input);
      expect(direct.status).toBe("SUCCEEDED");
      expect(direct.output).toBeDefined();
      expect(converted.output).toEqual(direct.output);
    }
  });
});
