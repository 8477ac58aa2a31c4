import { describe, expect, it } from "vitest";
import { insertFragment } from "../edit/insertFragment";
import { edge, frozen, structuralProblems } from "../edit/testSupport";
import type { MapState, TaskState } from "../types";
import { getCatalogItem } from "./catalog";

const create = (id: string) => {
  const item = getCatalogItem(id);
  if (!item) throw new Error(`no item ${id}`);
  return item.create();
};
const host = () => frozen({ StartAt: "A", States: { A: { Type: "Pass", Next: "B" }, B: { Type: "Succeed" } } });

describe("Pattern items", () => {
  it("retry with catch: retrier for transient Lambda errors, States.ALL caught into a handler; both continue", () => {
    const { definition } = insertFragment(host(), edge("/States/A/Next"), create("pattern:retry-with-catch"));
    const task = definition.States["Call service"] as TaskState;
    expect(task.Retry?.[0]?.ErrorEquals).toContain("Lambda.TooManyRequestsException");
    expect(task.Catch).toEqual([{ ErrorEquals: ["States.ALL"], ResultPath: "$.error", Next: "Handle error" }]);
    expect(task.Next).toBe("B");
    expect(definition.States["Handle error"]).toMatchObject({ Type: "Pass", Next: "B" });
  });

  it("callback: .waitForTaskToken with $$.Task.Token in the message and a heartbeat (seed L30105-L30119)", () => {
    const fragment = create("pattern:callback");
    expect(fragment.states["Wait for callback"]).toMatchObject({
      Resource: "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
      Parameters: { MessageBody: { "TaskToken.$": "$$.Task.Token" } },
      HeartbeatSeconds: 600,
    });
  });

  it("poll until done: Task → Wait → status Task → Choice looping back, failing or continuing", () => {
    const { definition } = insertFragment(host(), edge("/States/A/Next"), create("pattern:poll-until-done"));
    expect(definition.States.A).toMatchObject({ Next: "Start job" });
    expect(definition.States["Start job"]).toMatchObject({ Next: "Wait for job" });
    expect(definition.States["Wait for job"]).toMatchObject({ Type: "Wait", Next: "Get job status" });
    expect(definition.States["Get job status"]).toMatchObject({ Next: "Job complete?" });
    expect(definition.States["Job complete?"]).toMatchObject({ Default: "Wait for job" });
    expect(definition.States["Job failed"]).toMatchObject({ Type: "Fail" });
    expect(definition.States["Job succeeded"]).toMatchObject({ Next: "B" });
    expect(structuralProblems(definition)).toEqual([]);
  });

  it("fan-out Map: inline Map over $.items with a Lambda invoke per item", () => {
    const map = create("pattern:fan-out-map").states["Fan out"] as MapState;
    expect(map).toMatchObject({ Type: "Map", ItemsPath: "$.items", ItemProcessor: { ProcessorConfig: { Mode: "INLINE" }, StartAt: "Process item" } });
    expect(map.ItemProcessor?.States["Process item"]).toMatchObject({ Resource: "arn:aws:states:::lambda:invoke", End: true });
  });

  it("S3 objects: distributed Map reading with s3:listObjectsV2 (seed L6765-L6777)", () => {
    const map = create("pattern:process-s3-objects").states["Process S3 objects"] as MapState;
    expect(map.ItemReader?.Resource).toBe("arn:aws:states:::s3:listObjectsV2");
    expect(map.ItemProcessor?.ProcessorConfig).toEqual({ Mode: "DISTRIBUTED", ExecutionType: "STANDARD" });
  });

  it("patterns inserted twice get unique names everywhere, nested ones included", () => {
    for (const id of ["pattern:poll-until-done", "pattern:fan-out-map", "pattern:retry-with-catch"]) {
      const once = insertFragment(host(), edge("/States/A/Next"), create(id)).definition;
      const twice = insertFragment(once, edge("/States/A/Next"), create(id)).definition;
      expect(structuralProblems(twice), id).toEqual([]);
    }
  });
});
