import { describe, expect, it } from "vitest";
import { found, machine, single } from "../testing/helpers";

const express = { workflowType: "EXPRESS" } as const;
const task = (Resource: string) => single({ Type: "Task", Resource });

describe("expressWorkflow (seed L2186–L2194, L21640, L21710–L21760)", () => {
  it("refuses .sync, .sync:2 and .waitForTaskToken in an Express workflow", () => {
    for (const resource of ["arn:aws:states:::batch:submitJob.sync", "arn:aws:states:::states:startExecution.sync:2", "arn:aws:states:::sqs:sendMessage.waitForTaskToken"]) {
      expect(found(task(resource), ["EXPRESS_UNSUPPORTED_PATTERN"], express)).toEqual([["EXPRESS_UNSUPPORTED_PATTERN", "/States/S/Resource"]]);
      expect(found(task(resource), ["EXPRESS_UNSUPPORTED_PATTERN"])).toEqual([]);
    }
  });

  it("does not repeat a pattern the integration never supports: one error, from resourceArn (seed L21693)", () => {
    expect(found(task("arn:aws:states:::lambda:invoke.sync"), [], express)).toEqual([["UNSUPPORTED_INTEGRATION_PATTERN", "/States/S/Resource"]]);
    expect(found(task("arn:aws:lambda:us-east-1:123456789012:function:F.waitForTaskToken"), [], express)).toEqual([["INVALID_RESOURCE_ARN", "/States/S/Resource"]]);
  });

  it("accepts request-response integrations (seed L21640)", () => {
    expect(found(task("arn:aws:states:::lambda:invoke"), [], express)).toEqual([]);
  });

  it("refuses activities (seed L2194, L3361–L3362)", () => {
    expect(found(task("arn:aws:states:us-east-1:123456789012:activity:A"), ["EXPRESS_UNSUPPORTED_FEATURE"], express)).toEqual([["EXPRESS_UNSUPPORTED_FEATURE", "/States/S/Resource"]]);
  });

  it("refuses a DISTRIBUTED Map (seed L5306–L5313)", () => {
    const def = single({ Type: "Map", ItemProcessor: { ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "EXPRESS" }, StartAt: "I", States: { I: { Type: "Succeed" } } } });
    expect(found(def, ["EXPRESS_UNSUPPORTED_FEATURE"], express)).toEqual([["EXPRESS_UNSUPPORTED_FEATURE", "/States/S/ItemProcessor/ProcessorConfig/Mode"]]);
  });

  it("refuses a Wait over 5 minutes (seed L4413–L4414)", () => {
    expect(found(single({ Type: "Wait", Seconds: 301 }), ["EXPRESS_UNSUPPORTED_FEATURE"], express)).toEqual([["EXPRESS_UNSUPPORTED_FEATURE", "/States/S/Seconds"]]);
    expect(found(single({ Type: "Wait", Seconds: 300 }), [], express)).toEqual([]);
  });

  it("applies inside the EXPRESS child workflows of a distributed Map, whatever the parent type (seed L5315–L5318)", () => {
    const def = machine({
      M: {
        Type: "Map",
        ItemProcessor: {
          ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "EXPRESS" },
          StartAt: "Callback",
          States: { Callback: { Type: "Task", Resource: "arn:aws:states:::sqs:sendMessage.waitForTaskToken", End: true } },
        },
        End: true,
      },
    });
    const d = found(def, ["EXPRESS_UNSUPPORTED_PATTERN"]);
    expect(d).toEqual([["EXPRESS_UNSUPPORTED_PATTERN", "/States/M/ItemProcessor/States/Callback/Resource"]]);
  });
});
