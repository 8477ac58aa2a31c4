import type { WorkflowType } from "../asl/types";

export type LogLevel = "ALL" | "ERROR" | "FATAL" | "OFF";

/**
 * Config mode: the state machine's own settings (seed L11535–L11615). They are not ASL fields:
 * they live beside the document and go into exports that have a place for them (CloudFormation/SAM).
 */
export interface StudioConfig {
  name: string;
  type: WorkflowType;
  roleArn: string;
  logging: { level: LogLevel; includeExecutionData: boolean; logGroupArn: string };
  tracing: boolean;
  tags: { key: string; value: string }[];
}

export function defaultConfig(name = "MyStateMachine", type: WorkflowType = "STANDARD"): StudioConfig {
  return {
    name,
    type,
    roleArn: "",
    logging: { level: "OFF", includeExecutionData: false, logGroupArn: "" },
    tracing: false,
    tags: [],
  };
}
