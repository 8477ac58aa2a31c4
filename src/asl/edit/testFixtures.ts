/** Shared test documents. Every edge kind appears in `flow`; `nested` has a Map inside a Parallel. */
import { frozen } from "./testSupport";

export const flow = () =>
  frozen({
    Comment: "every edge kind",
    StartAt: "A",
    States: {
      A: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Next: "B", Catch: [{ ErrorEquals: ["States.ALL"], Next: "F" }] },
      B: { Type: "Choice", Choices: [{ Variable: "$.x", NumericGreaterThan: 1, Next: "C" }], Default: "D" },
      C: { Type: "Pass", End: true },
      D: { Type: "Wait", Seconds: 5, Next: "C" },
      F: { Type: "Fail" },
    },
  });

export const nested = () =>
  frozen({
    StartAt: "P",
    States: {
      P: {
        Type: "Parallel",
        Branches: [
          {
            StartAt: "M",
            States: {
              M: { Type: "Map", ItemsPath: "$.items", ItemProcessor: { ProcessorConfig: { Mode: "INLINE" }, StartAt: "Inner", States: { Inner: { Type: "Pass", End: true } } }, Next: "After map" },
              "After map": { Type: "Pass", End: true },
            },
          },
          { States: {} },
        ],
        Next: "Done",
      },
      Done: { Type: "Succeed" },
    },
  });

export const hostile = () =>
  frozen({
    StartAt: "__proto__",
    States: {
      ["__proto__"]: { Type: "Pass", Next: "constructor" },
      constructor: { Type: "Pass", Next: "a/b~c" },
      "a/b~c": { Type: "Pass", Next: '"quoted"' },
      '"quoted"': { Type: "Pass", Next: "<img src=x onerror=alert(1)>" },
      "<img src=x onerror=alert(1)>": { Type: "Pass", End: true },
    },
  });

/** A one-state fragment (what a Flow item inserts). */
export const passFragment = (name = "Pass") => ({ states: { [name]: { Type: "Pass" as const } }, startAt: name, exits: [name] });

/** A Parallel `P` with three one-state branches A, B, C. */
export const parallel = () =>
  frozen({
    StartAt: "P",
    States: {
      P: {
        Type: "Parallel",
        Branches: [
          { StartAt: "A", States: { A: { Type: "Pass", End: true } } },
          { StartAt: "B", States: { B: { Type: "Pass", End: true } } },
          { StartAt: "C", States: { C: { Type: "Pass", End: true } } },
        ],
        End: true,
      },
    },
  });
export const branchStarts = (definition: { States: Record<string, unknown> }, name = "P") =>
  (definition.States[name] as { Branches: { StartAt?: string }[] }).Branches.map((b) => b.StartAt ?? "(empty)");
