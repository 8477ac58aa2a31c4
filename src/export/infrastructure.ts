/**
 * Infrastructure templates for the document, with Config mode's settings (seed L17270–L17535,
 * L17601–L17680): a CloudFormation `AWS::StepFunctions::StateMachine` or a SAM
 * `AWS::Serverless::StateMachine`, in JSON or YAML.
 *
 * Intrinsic functions are written in their long form (`{"Ref": …}`), which is plain JSON and plain
 * YAML alike, so the output parses with any reader. A missing role (or log group, when logging is
 * on) becomes a template Parameter instead of an invalid ARN.
 */
import type { JsonObject, JsonValue } from "../asl/json";
import type { TextFormat } from "../asl/parse/types";
import { serialize } from "../asl/serialize";
import type { StudioConfig } from "../store/studioConfig";

export type InfrastructureFlavor = "cloudformation" | "sam";

export interface InfrastructureOptions {
  flavor: InfrastructureFlavor;
  format: TextFormat;
}

/** A CloudFormation logical id from the state machine name: letters and digits only, PascalCase. */
export function logicalIdFor(name: string): string {
  const words = name.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const id = words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join("");
  if (id === "") return "StateMachine";
  return /^[A-Za-z]/.test(id) ? id : `StateMachine${id}`;
}

function parameter(description: string): JsonObject {
  return { Type: "String", Description: description };
}

export function toInfrastructureTemplate(definition: JsonValue, config: StudioConfig, options: InfrastructureOptions): string {
  const sam = options.flavor === "sam";
  const logicalId = logicalIdFor(config.name);
  const parameters: JsonObject = {};

  let role: JsonValue;
  if (config.roleArn.trim() !== "") role = config.roleArn.trim();
  else {
    parameters.StateMachineRoleArn = parameter("ARN of the IAM role the state machine runs as (set it in Config mode to write it here).");
    role = { Ref: "StateMachineRoleArn" };
  }

  const properties: JsonObject = {};
  if (config.name.trim() !== "") properties[sam ? "Name" : "StateMachineName"] = config.name.trim();
  properties[sam ? "Type" : "StateMachineType"] = config.type;
  properties[sam ? "Role" : "RoleArn"] = role;

  if (config.logging.level !== "OFF") {
    let logGroup: JsonValue;
    if (config.logging.logGroupArn.trim() !== "") logGroup = config.logging.logGroupArn.trim();
    else {
      parameters.LogGroupArn = parameter("ARN of the CloudWatch Logs log group that receives the execution history.");
      logGroup = { Ref: "LogGroupArn" };
    }
    properties[sam ? "Logging" : "LoggingConfiguration"] = {
      Level: config.logging.level,
      IncludeExecutionData: config.logging.includeExecutionData,
      Destinations: [{ CloudWatchLogsLogGroup: { LogGroupArn: logGroup } }],
    };
  }
  if (config.tracing) properties[sam ? "Tracing" : "TracingConfiguration"] = { Enabled: true };

  const tags = config.tags.filter((tag) => tag.key.trim() !== "");
  if (tags.length > 0) {
    if (sam) {
      const map: JsonObject = {};
      for (const tag of tags) map[tag.key] = tag.value;
      properties.Tags = map;
    } else {
      properties.Tags = tags.map((tag) => ({ Key: tag.key, Value: tag.value }));
    }
  }
  properties.Definition = definition;

  const template: JsonObject = { AWSTemplateFormatVersion: "2010-09-09" };
  if (sam) template.Transform = "AWS::Serverless-2016-10-31";
  template.Description = `${config.name || "State machine"} (exported from ASL Studio)`;
  if (Object.keys(parameters).length > 0) template.Parameters = parameters;
  template.Resources = {
    [logicalId]: { Type: sam ? "AWS::Serverless::StateMachine" : "AWS::StepFunctions::StateMachine", Properties: properties },
  };
  template.Outputs = {
    StateMachineArn: { Description: "ARN of the state machine", Value: { Ref: logicalId } },
  };
  return serialize(template, options.format) + (options.format === "json" ? "\n" : "");
}
