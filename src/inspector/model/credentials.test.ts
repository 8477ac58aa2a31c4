import { describe, expect, it } from "vitest";
import { DEFAULT_ROLE_ARN, readCredentials, setCredentialsSource, setCredentialsValue } from "./credentials";

describe("Credentials", () => {
  const task = { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", End: true };
  it("sets a role ARN, switches to a path from the input, and clears", () => {
    const withArn = setCredentialsSource(task, "arn");
    expect(withArn.Credentials).toEqual({ RoleArn: DEFAULT_ROLE_ARN });
    expect(readCredentials(withArn)).toEqual({ source: "arn", value: DEFAULT_ROLE_ARN });
    expect(setCredentialsValue(withArn, "arn", "arn:aws:iam::111122223333:role/R").Credentials).toEqual({ RoleArn: "arn:aws:iam::111122223333:role/R" });
    const fromInput = setCredentialsSource(withArn, "input");
    expect(fromInput.Credentials).toEqual({ "RoleArn.$": "$.roleArn" });
    expect(setCredentialsValue(fromInput, "input", "States.Format('arn:aws:iam::{}:role/R', $.account)").Credentials).toEqual({ "RoleArn.$": "States.Format('arn:aws:iam::{}:role/R', $.account)" });
    expect(readCredentials(fromInput)).toEqual({ source: "input", value: "$.roleArn" });
    expect(setCredentialsSource(fromInput, "none")).toEqual(task);
    expect(readCredentials(task)).toEqual({ source: "none", value: "" });
  });
});
