/**
 * Every execution recorded against real AWS (shared/corpus/aws-recorded, README there), the
 * JSONata and variables ones included: same status, output, error and cause. Where these
 * recordings disagree with the guide, AWS wins (see the report).
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { JsonValue } from "../json";
import type { MockConfigFile } from "../mocks/types";
import { AWS_RECORDED_DIR, listJson, readJson, run } from "./testSupport";

interface Recording {
  name: string;
  features: string[];
  definition: JsonValue;
  input: JsonValue;
  mockConfig?: MockConfigFile;
  testCase?: string;
  expect: { status: string; output?: JsonValue; error?: string; cause?: string };
}

const files = listJson(AWS_RECORDED_DIR);
const cases = files.map((file) => ({ file, recording: readJson<Recording>(join(AWS_RECORDED_DIR, file)) }));

describe("AWS recorded executions", () => {
  it("covers the whole corpus: 470 recordings, 63 JSONata and 19 with variables among them", () => {
    expect(cases).toHaveLength(470);
    expect(cases.filter(({ recording }) => recording.features.includes("jsonata"))).toHaveLength(63);
    expect(cases.filter(({ recording }) => recording.features.includes("variables"))).toHaveLength(19);
  });
  it.each(cases)("$file", async ({ recording }) => {
    const mocks = recording.mockConfig ? { config: recording.mockConfig, testCase: recording.testCase ?? "" } : undefined;
    const result = await run(recording.definition, recording.input, mocks ? { mocks } : {});
    const expected = recording.expect;
    const actual: Record<string, unknown> = { status: result.status };
    if (expected.status === "SUCCEEDED") actual.output = result.output;
    else {
      actual.error = result.error;
      if ("cause" in expected) actual.cause = result.cause;
    }
    const wanted: Record<string, unknown> = { status: expected.status };
    if (expected.status === "SUCCEEDED") wanted.output = expected.output;
    else {
      wanted.error = expected.error;
      if ("cause" in expected) wanted.cause = expected.cause;
    }
    expect(actual).toEqual(wanted);
  });
});
