import { describe, expect, it } from "vitest";
import { checkStateMachineName, stateMachineNameNote } from "./stateMachineName";

describe("checkStateMachineName (seed L40416–L40437)", () => {
  it("accepts ordinary names, up to 80 characters", () => {
    expect(checkStateMachineName("HelloWorld")).toBeUndefined();
    expect(checkStateMachineName("order-processing_v2.1")).toBeUndefined();
    expect(checkStateMachineName("x".repeat(80))).toBeUndefined();
  });
  it("refuses empty and too long names", () => {
    expect(checkStateMachineName("")).toBe("Enter a name.");
    expect(checkStateMachineName("x".repeat(81))).toMatch(/at most 80 characters \(this one has 81\)/);
  });
  it.each([
    ["my machine", "whitespace"],
    ["a?b", "wildcards"],
    ["a*", "wildcards"],
    ["a<b>", "brackets"],
    ["a{b}", "brackets"],
    ["a[0]", "brackets"],
    ["a:b", "special characters"],
    ["a;b", "special characters"],
    ["a,b", "special characters"],
    ["a\\b", "special characters"],
    ["a|b", "special characters"],
    ["a^b", "special characters"],
    ["a~b", "special characters"],
    ["a$b", "special characters"],
    ["a#b", "special characters"],
    ["a%b", "special characters"],
    ["a&b", "special characters"],
    ["a`b", "special characters"],
    ['a"b', "special characters"],
    ["a\u0007b", "control characters"],
    ["a\u0085b", "control characters"],
  ])("refuses %j (%s)", (name, what) => {
    expect(checkStateMachineName(name)).toContain(what);
  });
  it("notes that non-ASCII names break CloudWatch metrics", () => {
    expect(checkStateMachineName("订单")).toBeUndefined();
    expect(stateMachineNameNote("订单")).toMatch(/CloudWatch/);
    expect(stateMachineNameNote("Order")).toBeUndefined();
  });
});
