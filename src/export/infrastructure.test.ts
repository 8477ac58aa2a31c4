import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { defaultConfig, type StudioConfig } from "../store/studioConfig";
import { importText } from "./importText";
import { logicalIdFor, toInfrastructureTemplate } from "./infrastructure";

const DEFINITION = { Comment: "Hi", StartAt: "A", States: { A: { Type: "Pass", Result: "Hello: world", End: true } } };

const full: StudioConfig = {
  name: "OrderFlow",
  type: "EXPRESS",
  roleArn: "arn:aws:iam::123456789012:role/OrderFlowRole",
  logging: { level: "ERROR", includeExecutionData: true, logGroupArn: "arn:aws:logs:us-east-1:123456789012:log-group:/aws/vendedlogs/states/OrderFlow:*" },
  tracing: true,
  tags: [
    { key: "team", value: "payments" },
    { key: "", value: "ignored" },
  ],
};

describe("toInfrastructureTemplate", () => {
  it("writes a CloudFormation AWS::StepFunctions::StateMachine with Config mode's settings (JSON)", () => {
    const template = JSON.parse(toInfrastructureTemplate(DEFINITION, full, { flavor: "cloudformation", format: "json" }));
    expect(template.AWSTemplateFormatVersion).toBe("2010-09-09");
    expect(template.Parameters).toBeUndefined();
    expect(template.Resources.OrderFlow).toEqual({
      Type: "AWS::StepFunctions::StateMachine",
      Properties: {
        StateMachineName: "OrderFlow",
        StateMachineType: "EXPRESS",
        RoleArn: full.roleArn,
        LoggingConfiguration: { Level: "ERROR", IncludeExecutionData: true, Destinations: [{ CloudWatchLogsLogGroup: { LogGroupArn: full.logging.logGroupArn } }] },
        TracingConfiguration: { Enabled: true },
        Tags: [{ Key: "team", Value: "payments" }],
        Definition: DEFINITION,
      },
    });
    expect(template.Outputs.StateMachineArn.Value).toEqual({ Ref: "OrderFlow" });
  });

  it("writes a SAM AWS::Serverless::StateMachine in YAML that any YAML reader parses", () => {
    const text = toInfrastructureTemplate(DEFINITION, full, { flavor: "sam", format: "yaml" });
    expect(text).not.toContain("!");
    const template = parseYaml(text);
    expect(template.Transform).toBe("AWS::Serverless-2016-10-31");
    expect(template.Resources.OrderFlow.Type).toBe("AWS::Serverless::StateMachine");
    expect(template.Resources.OrderFlow.Properties).toMatchObject({
      Name: "OrderFlow",
      Type: "EXPRESS",
      Role: full.roleArn,
      Logging: { Level: "ERROR", IncludeExecutionData: true },
      Tracing: { Enabled: true },
      Tags: { team: "payments" },
      Definition: DEFINITION,
    });
  });

  it("leaves logging and tracing out when they are off, and asks for a role it does not have", () => {
    const template = JSON.parse(toInfrastructureTemplate(DEFINITION, defaultConfig("my flow"), { flavor: "cloudformation", format: "json" }));
    const properties = template.Resources.MyFlow.Properties;
    expect(properties.LoggingConfiguration).toBeUndefined();
    expect(properties.TracingConfiguration).toBeUndefined();
    expect(properties.Tags).toBeUndefined();
    expect(properties.RoleArn).toEqual({ Ref: "StateMachineRoleArn" });
    expect(template.Parameters.StateMachineRoleArn.Type).toBe("String");
  });

  it("makes CloudFormation logical ids from any name", () => {
    expect(logicalIdFor("HelloWorld")).toBe("HelloWorld");
    expect(logicalIdFor("order-flow_v2")).toBe("OrderFlowV2");
    expect(logicalIdFor("2fast")).toBe("StateMachine2fast");
    expect(logicalIdFor("中文")).toBe("StateMachine");
  });

  it("round-trips through the importer: definition and settings come back", () => {
    for (const flavor of ["cloudformation", "sam"] as const) {
      for (const format of ["json", "yaml"] as const) {
        const outcome = importText(toInfrastructureTemplate(DEFINITION, full, { flavor, format }), `template.${format}`);
        expect(outcome.kind, `${flavor} ${format}`).toBe("template");
        if (outcome.kind !== "template") continue;
        const [machine] = outcome.machines;
        expect(machine?.format).toBe(format);
        expect(machine?.config).toEqual({ ...full, tags: [{ key: "team", value: "payments" }] });
        expect(format === "json" ? JSON.parse(machine?.text ?? "") : parseYaml(machine?.text ?? "")).toEqual(DEFINITION);
      }
    }
  });
});
