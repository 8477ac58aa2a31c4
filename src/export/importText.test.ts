import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { readCloudFormationYaml } from "./cloudFormationYaml";
import { importText, nameFromFileName } from "./importText";

const ASL = '{\n  "StartAt": "A",\n  "States": { "A": { "Type": "Pass", "End": true } }\n}\n';

// The guide's "YAML with DefinitionString" and "JSON with DefinitionString" templates (seed L17354–L17535).
const YAML_DEFINITION_STRING = `AWSTemplateFormatVersion: 2010-09-09
Description: AWS Step Functions sample template.
Resources:
  MyStateMachine:
    Type: 'AWS::StepFunctions::StateMachine'
    Properties:
      RoleArn: !GetAtt
        - StateMachineRole
        - Arn
      TracingConfiguration:
        Enabled: true
      DefinitionString: |
        {
            "StartAt": "HelloWorld",
            "States": {
                "HelloWorld": {
                    "Type": "Pass",
                    "End": true
                }
            }
        }
  StateMachineRole:
    Type: 'AWS::IAM::Role'
    Properties:
      ManagedPolicyArns: []
Outputs:
  StateMachineArn:
    Value:
      Ref: MyStateMachine
`;

const JSON_DEFINITION_STRING = JSON.stringify({
  AWSTemplateFormatVersion: "2010-09-09",
  Resources: {
    MyStateMachine: {
      Type: "AWS::StepFunctions::StateMachine",
      Properties: {
        RoleArn: { "Fn::GetAtt": ["StateMachineRole", "Arn"] },
        DefinitionString: '{\n  "StartAt": "HelloWorld",\n  "States": {\n    "HelloWorld": {\n      "Type": "Pass",\n      "End": true\n    }\n  }\n}',
      },
    },
  },
});

// The human-approval template: DefinitionString through Fn::Sub (seed L16342–L16389).
const SUB_TEMPLATE = `Resources:
  HumanApprovalLambdaStateMachine:
    Type: AWS::StepFunctions::StateMachine
    Properties:
      RoleArn: arn:aws:iam::123456789012:role/approval
      DefinitionString:
        Fn::Sub: |
          {
            "StartAt": "Lambda Callback",
            "TimeoutSeconds": 3600,
            "States": {
              "Lambda Callback": {
                "Type": "Task",
                "Resource": "arn:\${AWS::Partition}:states:::lambda:invoke.waitForTaskToken",
                "Parameters": { "FunctionName": "\${LambdaHumanApprovalSendEmailFunction.Arn}", "Payload": { "ExecutionContext.$": "$$" } },
                "End": true
              }
            }
          }
  SNSHumanApprovalEmailTopic:
    Type: AWS::SNS::Topic
    Properties:
      Subscription:
        - Endpoint: !Sub \${Email}
          Protocol: email
`;

// SAM with DefinitionSubstitutions and a Definition using ${…} (seed L17601–L17680), plus a machine kept in a file.
const SAM_TEMPLATE = `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Resources:
  StockTradingStateMachine:
    Type: AWS::Serverless::StateMachine
    Properties:
      Type: EXPRESS
      Tracing:
        Enabled: true
      Tags:
        app: trading
      DefinitionSubstitutions:
        StockCheckerFunctionArn: !GetAtt StockCheckerFunction.Arn
        DDBTable: !Ref TransactionTable
      Definition:
        StartAt: Check Stock Value
        States:
          Check Stock Value:
            Type: Task
            Resource: arn:aws:states:::lambda:invoke
            Parameters:
              FunctionName: \${StockCheckerFunctionArn}
              Table: !Ref TransactionTable
              Region: !Sub "\${AWS::Region}-x"
              Joined: !Join [":", ["arn", !Ref AWS::Partition, "states"]]
            End: true
  FromFile:
    Type: AWS::Serverless::StateMachine
    Properties:
      DefinitionUri: statemachine/stock_trader.asl.json
`;

describe("importText", () => {
  it("opens ASL JSON and YAML as typed, named after the file", () => {
    expect(importText(ASL, "orders.asl.json")).toEqual({ kind: "definition", text: ASL, format: "json", name: "orders" });
    expect(importText("StartAt: A\nStates: {}\n", "flow.yml")).toMatchObject({ kind: "definition", format: "yaml", name: "flow" });
    expect(importText("StartAt: A\n")).toMatchObject({ kind: "definition", format: "yaml" });
    expect(importText(" {}")).toMatchObject({ kind: "definition", format: "json" });
  });

  it("keeps a broken file as it is, so it opens with its errors", () => {
    const broken = '{ "StartAt": "A", "States": { ';
    expect(importText(broken, "broken.json")).toEqual({ kind: "definition", text: broken, format: "json", name: "broken" });
  });

  it("refuses empty and oversized files with a message", () => {
    expect(importText("  \n", "x.json")).toMatchObject({ kind: "error", message: "x.json is empty." });
    expect(importText("x".repeat(6 * 1024 * 1024))).toMatchObject({ kind: "error" });
  });

  it("reads the guide's DefinitionString templates in YAML (with !GetAtt) and JSON", () => {
    for (const [text, name] of [
      [YAML_DEFINITION_STRING, "template.yaml"],
      [JSON_DEFINITION_STRING, "template.json"],
    ] as const) {
      const outcome = importText(text, name);
      expect(outcome.kind).toBe("template");
      if (outcome.kind !== "template") continue;
      expect(outcome.machines).toHaveLength(1);
      const [machine] = outcome.machines;
      expect(JSON.parse(machine?.text ?? "")).toEqual({ StartAt: "HelloWorld", States: { HelloWorld: { Type: "Pass", End: true } } });
      expect(machine?.format).toBe("json");
      expect(machine?.config.name).toBe("MyStateMachine");
      expect(machine?.config.roleArn).toBe("");
      expect(machine?.notes.join(" ")).toContain("!GetAtt StateMachineRole.Arn");
    }
    expect(importText(YAML_DEFINITION_STRING, "t.yaml")).toMatchObject({ machines: [{ config: { tracing: true } }] });
  });

  it("takes an Fn::Sub DefinitionString's text and keeps its ${…} placeholders", () => {
    const outcome = importText(SUB_TEMPLATE, "approval.yaml");
    if (outcome.kind !== "template") throw new Error(outcome.kind);
    const machine = outcome.machines[0];
    expect(machine?.text).toContain('"Resource": "arn:${AWS::Partition}:states:::lambda:invoke.waitForTaskToken"');
    expect(JSON.parse(machine?.text ?? "").TimeoutSeconds).toBe(3600);
    expect(machine?.config.roleArn).toBe("arn:aws:iam::123456789012:role/approval");
    expect(machine?.notes[0]).toContain("${AWS::Partition}");
  });

  it("reads SAM settings and turns intrinsics inside Definition into placeholders; lists machines kept in files", () => {
    const outcome = importText(SAM_TEMPLATE, "template.yaml");
    if (outcome.kind !== "template") throw new Error(outcome.kind);
    expect(outcome.skipped).toEqual([{ logicalId: "FromFile", reason: "the definition is in a separate file (statemachine/stock_trader.asl.json); import that file instead." }]);
    const [machine] = outcome.machines;
    expect(machine?.config).toMatchObject({ name: "StockTradingStateMachine", type: "EXPRESS", tracing: true, tags: [{ key: "app", value: "trading" }] });
    const parameters = parseYaml(machine?.text ?? "").States["Check Stock Value"].Parameters;
    expect(parameters).toEqual({ FunctionName: "${StockCheckerFunctionArn}", Table: "${TransactionTable}", Region: "${AWS::Region}-x", Joined: "arn:${AWS::Partition}:states" });
    expect(machine?.notes.join(" ")).toContain("DefinitionSubstitutions (StockCheckerFunctionArn, DDBTable)");
  });

  it("lists every state machine of a template so the user can choose", () => {
    const two = JSON.stringify({
      Resources: {
        First: { Type: "AWS::StepFunctions::StateMachine", Properties: { StateMachineName: "first", Definition: { StartAt: "A", States: { A: { Type: "Succeed" } } } } },
        Second: { Type: "AWS::Serverless::StateMachine", Properties: { Name: "second", Definition: { StartAt: "B", States: { B: { Type: "Succeed" } } } } },
        Bucket: { Type: "AWS::S3::Bucket" },
      },
    });
    const outcome = importText(two, "stack.json");
    expect(outcome.kind === "template" && outcome.machines.map((m) => [m.logicalId, m.config.name])).toEqual([
      ["First", "first"],
      ["Second", "second"],
    ]);
  });

  it("says so when a template has no state machine it can read", () => {
    expect(importText(JSON.stringify({ AWSTemplateFormatVersion: "2010-09-09", Resources: { B: { Type: "AWS::S3::Bucket" } } }))).toMatchObject({ kind: "error", message: expect.stringContaining("no AWS::StepFunctions::StateMachine") });
    expect(importText(JSON.stringify({ Resources: { M: { Type: "AWS::StepFunctions::StateMachine", Properties: { DefinitionS3Location: { Bucket: "b", Key: "k.json" } } } } }))).toMatchObject({
      kind: "error",
      message: expect.stringContaining("s3://b/k.json"),
    });
  });

  it("never evaluates or pollutes prototypes with hostile templates", () => {
    const hostile = '{"Resources":{"M":{"Type":"AWS::StepFunctions::StateMachine","Properties":{"Definition":{"__proto__":{"polluted":true},"StartAt":"A","States":{"A":{"Type":"Succeed"}}}}}}}';
    const outcome = importText(hostile, "h.json");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(outcome.kind === "template" && JSON.parse(outcome.machines[0]?.text ?? "{}").__proto__).toEqual({ polluted: true });
    const bomb = `a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n`;
    expect(readCloudFormationYaml(bomb).value).toBeUndefined();
  });

  it("reads every short-form intrinsic tag as its long form", () => {
    const { value } = readCloudFormationYaml("a: !Ref X\nb: !GetAtt A.B.C\nc: !Sub [\"${x}\", {x: 1}]\nd: !If [c, 1, 2]\ne: !Base64 hi\nf: !GetAtt [A, B]\n");
    expect(value).toEqual({ a: { Ref: "X" }, b: { "Fn::GetAtt": ["A", "B.C"] }, c: { "Fn::Sub": ["${x}", { x: 1 }] }, d: { "Fn::If": ["c", 1, 2] }, e: { "Fn::Base64": "hi" }, f: { "Fn::GetAtt": ["A", "B"] } });
  });

  it("names documents after their files", () => {
    expect(nameFromFileName("/tmp/My Flow.asl.yaml")).toBe("My Flow");
    expect(nameFromFileName("x.json")).toBe("x");
    expect(nameFromFileName(".json")).toBeUndefined();
  });
});
