import { describe, expect, it } from "vitest";
import { moveForKey, navigate, type NavigationMove } from "./keyboardNavigation";

const FAN = "/States/Each/ItemProcessor/States/Fan";
const P = {
  charge: "/States/Charge",
  check: "/States/Check",
  small: "/States/Small",
  medium: "/States/Medium",
  large: "/States/Large",
  manual: "/States/Manual",
  each: "/States/Each",
  fan: FAN,
  left1: `${FAN}/Branches/0/States/Left 1`,
  left2: `${FAN}/Branches/0/States/Left 2`,
  right: `${FAN}/Branches/1/States/Right`,
  collect: "/States/Each/ItemProcessor/States/Collect",
  refund: "/States/Refund",
  alert: "/States/Alert",
  done: "/States/Done",
};

const rule = (value: string, next: string) => ({ Variable: "$.size", StringEquals: value, Next: next });

/** A Task with two catchers, a Choice with three rules and Default, a Parallel nested in a Map. */
const DEFINITION = {
  StartAt: "Charge",
  States: {
    Charge: {
      Type: "Task",
      Resource: "arn:aws:states:::lambda:invoke",
      Next: "Check",
      Catch: [
        { ErrorEquals: ["Declined"], Next: "Refund" },
        { ErrorEquals: ["States.ALL"], Next: "Alert" },
      ],
    },
    Check: { Type: "Choice", Choices: [rule("S", "Small"), rule("M", "Medium"), rule("L", "Large")], Default: "Manual" },
    Small: { Type: "Pass", Next: "Each" },
    Medium: { Type: "Pass", Next: "Each" },
    Large: { Type: "Pass", Next: "Each" },
    Manual: { Type: "Pass", Next: "Each" },
    Each: {
      Type: "Map",
      ItemProcessor: {
        StartAt: "Fan",
        States: {
          Fan: {
            Type: "Parallel",
            Branches: [
              { StartAt: "Left 1", States: { "Left 1": { Type: "Pass", Next: "Left 2" }, "Left 2": { Type: "Pass", End: true } } },
              { StartAt: "Right", States: { Right: { Type: "Pass", End: true } } },
            ],
            Next: "Collect",
          },
          Collect: { Type: "Pass", End: true },
        },
      },
      Next: "Done",
    },
    Refund: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Next: "Done", Catch: [{ ErrorEquals: ["States.ALL"], Next: "Alert" }] },
    Alert: { Type: "Fail", Error: "Unexpected" },
    Done: { Type: "Succeed" },
  },
};

/** Follows a list of moves as the canvas does, handing each step's source to the next move. */
function walk(start: string, moves: NavigationMove[], definition: unknown = DEFINITION): (string | undefined)[] {
  const visited: (string | undefined)[] = [];
  let at = start;
  let source: string | undefined;
  for (const move of moves) {
    const step = navigate(definition, at, move, source);
    visited.push(step?.target);
    if (!step) break;
    at = step.target;
    source = step.source;
  }
  return visited;
}

describe("keyboard navigation along the flow", () => {
  it("goes down the main flow and back up", () => {
    expect(walk(P.charge, ["next", "next"])).toEqual([P.check, P.small]);
    expect(walk(P.small, ["previous", "previous"])).toEqual([P.check, P.charge]);
  });

  it("enters a Map's item processor, then a nested Parallel's first branch, and leaves both at their ends", () => {
    expect(walk(P.each, ["next", "next", "next", "next", "next", "next", "next"])).toEqual([P.fan, P.left1, P.left2, P.collect, P.done, undefined]);
  });

  it("leaves every container that ends with the branch", () => {
    const nested = {
      StartAt: "M",
      States: {
        M: { Type: "Map", ItemProcessor: { StartAt: "P", States: { P: { Type: "Parallel", Branches: [{ StartAt: "X", States: { X: { Type: "Pass", End: true } } }], End: true } } }, Next: "After" },
        After: { Type: "Succeed" },
      },
    };
    expect(walk("/States/M/ItemProcessor/States/P/Branches/0/States/X", ["next"], nested)).toEqual(["/States/After"]);
  });

  it("goes back from a branch's start state to its container, and from the container to what reaches it", () => {
    expect(walk(P.right, ["previous", "previous", "previous"])).toEqual([P.fan, P.each, P.small]);
    expect(walk(P.left2, ["previous", "previous"])).toEqual([P.left1, P.fan]);
  });

  it("stops at the start and at the end of the workflow", () => {
    expect(navigate(DEFINITION, P.charge, "previous")).toBeUndefined();
    expect(navigate(DEFINITION, P.done, "next")).toBeUndefined();
    expect(navigate(DEFINITION, P.alert, "next")).toBeUndefined();
  });
});

describe("keyboard navigation among siblings", () => {
  it("reaches every Choice target, Default included, and cycles round", () => {
    expect(walk(P.check, ["next", "nextSibling", "nextSibling", "nextSibling", "nextSibling"])).toEqual([P.small, P.medium, P.large, P.manual, P.small]);
    expect(walk(P.small, ["previousSibling"])).toEqual([P.manual]);
  });

  it("reaches a Task's Catch targets beside its Next", () => {
    expect(walk(P.charge, ["next", "nextSibling", "nextSibling", "nextSibling"])).toEqual([P.check, P.refund, P.alert, P.check]);
    expect(walk(P.alert, ["previous"])).toEqual([P.charge]);
  });

  it("moves between the branches of a Parallel", () => {
    expect(walk(P.fan, ["next", "nextSibling", "nextSibling"])).toEqual([P.left1, P.right, P.left1]);
    expect(walk(P.right, ["previousSibling"])).toEqual([P.left1]);
  });

  it("after leaving a container, the siblings are the container's targets", () => {
    const withCatch = {
      StartAt: "P",
      States: {
        P: { Type: "Parallel", Branches: [{ StartAt: "B", States: { B: { Type: "Pass", End: true } } }], Next: "Ok", Catch: [{ ErrorEquals: ["States.ALL"], Next: "Oops" }] },
        Ok: { Type: "Succeed" },
        Oops: { Type: "Fail" },
      },
    };
    expect(walk("/States/P/Branches/0/States/B", ["next", "nextSibling", "previous"], withCatch)).toEqual(["/States/Ok", "/States/Oops", "/States/P"]);
  });

  it("has no siblings where one state is reached alone", () => {
    expect(navigate(DEFINITION, P.left2, "nextSibling")).toBeUndefined();
    expect(navigate(DEFINITION, P.charge, "nextSibling")).toBeUndefined();
  });
});

describe("the state the person came from", () => {
  it("decides where previous goes when several states lead to one", () => {
    expect(navigate(DEFINITION, P.each, "previous", P.large)?.target).toBe(P.large);
    expect(navigate(DEFINITION, P.each, "previous")?.target).toBe(P.small);
  });

  it("decides whose siblings a shared target cycles through", () => {
    // Both Charge and Refund catch into Alert.
    expect(walk(P.refund, ["next", "nextSibling", "nextSibling"])).toEqual([P.done, P.alert, P.done]);
    expect(navigate(DEFINITION, P.alert, "nextSibling", P.refund)?.target).toBe(P.done);
    expect(navigate(DEFINITION, P.alert, "nextSibling")?.target).toBe(P.check);
  });

  it("is ignored when it no longer leads to the state (the document changed)", () => {
    expect(navigate(DEFINITION, P.medium, "previous", P.charge)?.target).toBe(P.check);
  });
});

describe("arrow keys", () => {
  it("follow the drawing: along the flow is down (or right), siblings are across it", () => {
    expect(["ArrowDown", "ArrowUp", "ArrowRight", "ArrowLeft"].map((k) => moveForKey(k, "DOWN"))).toEqual(["next", "previous", "nextSibling", "previousSibling"]);
    expect(["ArrowRight", "ArrowLeft", "ArrowDown", "ArrowUp"].map((k) => moveForKey(k, "RIGHT"))).toEqual(["next", "previous", "nextSibling", "previousSibling"]);
    expect(moveForKey("Enter", "DOWN")).toBeUndefined();
  });
});
