/**
 * The guide's 97 complete state machines (../shared/corpus/guide-definitions, see its INDEX.md)
 * validate without errors, except those the guide itself got wrong (INDEX.md "Notes" →
 * "Negative fixtures"), which are rejected with the right code at the right place. And every
 * definition recorded against real AWS (../shared/corpus/aws-recorded), JSONata and variables
 * included, is accepted: they all ran, so AWS created them (the failed runs are run-time
 * failures of valid definitions: corpus 0037, 0735, 0856–0890, 0975).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AWS_RECORDED_DIR, GUIDE_DEFINITIONS_DIR } from "../../../test/corpus";
import { validate } from "./validate";
import { validateText } from "./validateText";

const GUIDE = GUIDE_DEFINITIONS_DIR;
const RECORDED = AWS_RECORDED_DIR;

/** `<PARTITION>` is the guide's fill-in placeholder; AWS cannot read it (checks/resourceArn.ts). */
const partition = (...states: string[]) => states.map((s) => ["INVALID_RESOURCE_ARN", `/States/${s}/Resource`]);

/** The errors the guide's own definitions must produce: file → [code, pointer][]. */
const GUIDE_ERRORS: Record<string, string[][]> = {
  // L29494–L29523: ListCustomers has neither Next nor End (INDEX.md: LINT).
  "0066_29494.asl.json": [["MISSING_NEXT_OR_END", "/States/ListCustomers"]],
  // L29709–L29770: the catcher's Next, HandleInvoiceFailure, is not defined (INDEX.md: LINT).
  "0067_29709.asl.json": [["UNKNOWN_STATE_REF", "/States/CreateInvoiceAPI/Catch/0/Next"]],
  // L32349–L32406: "arn:aws::lambda:…" has an extra colon (INDEX.md Notes).
  "0071_32349.asl.json": [["INVALID_RESOURCE_ARN", "/States/Get Final Job Status/Resource"]],
  // L36874–L36941: "arn:aws:arn:aws:states:::aws-sdk:glue:getCrawler" doubles the prefix (INDEX.md Notes).
  "0085_36874.asl.json": [["INVALID_RESOURCE_ARN", "/States/Get Crawler status/Resource"]],
  // CloudFormation-sample placeholders kept verbatim (INDEX.md Notes names 0078; the others use the same convention).
  "0072_32798.asl.json": partition("Create an EMR cluster", "Run first step", "Run second step", "Terminate Cluster"),
  "0077_34757.asl.json": partition("Decode base64 string", "Generate statistics", "Remove special characters", "Tokenize and count"),
  "0078_34995.asl.json": partition(
    "Approve Order Request",
    "Notify Order Success",
    "Notify Order Failure",
    "Process Payment",
    "Notify Payment Success",
    "Notify Payment Failure",
    "Workflow to Update Backend Systems",
    "Ship the Package",
  ),
  "0089_37998.asl.json": partition("Call API", "Notify Success", "Notify Failure"),
  "0090_38244.asl.json": partition("Send a custom event"),
};

const guideFiles = readdirSync(GUIDE).filter((f) => /^\d{4}_\d+\.asl\.json$/.test(f)).sort();

describe("the guide's complete definitions", () => {
  it("are all here: 97 files", () => {
    expect(guideFiles).toHaveLength(97);
  });

  it.each(guideFiles)("%s", (file) => {
    const { diagnostics } = validateText(readFileSync(join(GUIDE, file), "utf8"), "json");
    const errors = diagnostics.filter((d) => d.severity === "error").map((d) => [d.code, d.path]);
    expect(errors).toEqual(GUIDE_ERRORS[file] ?? []);
    for (const d of diagnostics) expect(d.range, `${d.code} ${d.path}`).toBeDefined();
  });

  it("as Express workflows, reject the guide's .sync and callback samples (seed L2186–L2190)", () => {
    const sync = validate(JSON.parse(readFileSync(join(GUIDE, "0005_3423.asl.json"), "utf8")), { workflowType: "EXPRESS" });
    expect(sync.map((d) => d.code)).toEqual(["EXPRESS_UNSUPPORTED_PATTERN"]);
    const activity = validate(JSON.parse(readFileSync(join(GUIDE, "0031_14948.asl.json"), "utf8")), { workflowType: "EXPRESS" });
    expect(activity.map((d) => d.code)).toEqual(["EXPRESS_UNSUPPORTED_FEATURE"]);
  });
});

interface Recorded {
  features: string[];
  definition: unknown;
}

const recorded = readdirSync(RECORDED)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((file) => ({ file, data: JSON.parse(readFileSync(join(RECORDED, file), "utf8")) as Recorded }));

describe("definitions that ran on AWS (JSONPath, JSONata, variables)", () => {
  it("are all 470 of them, JSONata and variables included", () => {
    expect(recorded).toHaveLength(470);
    expect(recorded.filter(({ data }) => data.features.includes("jsonata") || data.features.includes("variables")).length).toBe(73);
  });

  it.each(recorded.map(({ file, data }) => [file, data.definition] as const))("%s has no error", (_file, definition) => {
    const errors = validate(definition).filter((d) => d.severity === "error");
    expect(errors).toEqual([]);
  });
});
