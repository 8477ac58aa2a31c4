import { describe, expect, it } from "vitest";
import { found, one, single } from "../testing/helpers";

const task = (fields: Record<string, unknown>) => single({ Type: "Task", Resource: "arn:aws:states:us-east-1:123456789012:activity:HelloWorld", ...fields });

describe("taskTimeouts", () => {
  it("accepts the guide's TimeoutSeconds 300 with HeartbeatSeconds 60 (seed L3566–L3573)", () => {
    expect(found(task({ TimeoutSeconds: 300, HeartbeatSeconds: 60 }), ["HEARTBEAT_NOT_LESS_THAN_TIMEOUT"])).toEqual([]);
  });

  it("refuses HeartbeatSeconds that is not smaller than TimeoutSeconds (seed L3513)", () => {
    const d = one(task({ TimeoutSeconds: 60, HeartbeatSeconds: 60 }), "HEARTBEAT_NOT_LESS_THAN_TIMEOUT");
    expect(d.path).toBe("/States/S/HeartbeatSeconds");
  });

  it("does not compare with defaults or paths (seed erratum 9, asl-semantics.md §16)", () => {
    expect(found(task({ HeartbeatSeconds: 99999999 }), ["HEARTBEAT_NOT_LESS_THAN_TIMEOUT"])).toEqual([]);
    expect(found(task({ HeartbeatSeconds: 600, TimeoutSecondsPath: "$.t" }), ["HEARTBEAT_NOT_LESS_THAN_TIMEOUT"])).toEqual([]);
  });

  it("leaves non-positive values to the schema: positive non-zero integers (seed L3488–L3519)", () => {
    expect(found(task({ TimeoutSeconds: 0, HeartbeatSeconds: 1.5 }), ["SCHEMA_RANGE", "SCHEMA_TYPE"])).toEqual([
      ["SCHEMA_RANGE", "/States/S/TimeoutSeconds"],
      ["SCHEMA_TYPE", "/States/S/HeartbeatSeconds"],
    ]);
  });
});
