import { describe, expect, it } from "vitest";
import { found, machine } from "../testing/helpers";

describe("stateNameLength (80 characters: ASL spec; the guide's 80 at seed L40416–L40430 is for machine names)", () => {
  it("accepts 80 characters and refuses 81", () => {
    const ok = "a".repeat(80);
    const long = "b".repeat(81);
    expect(found(machine({ [ok]: { Type: "Succeed" } }), ["STATE_NAME_TOO_LONG"])).toEqual([]);
    expect(found(machine({ [long]: { Type: "Succeed" } }), ["STATE_NAME_TOO_LONG"])).toEqual([["STATE_NAME_TOO_LONG", `/States/${long}`]]);
  });

  it("counts characters, not UTF-16 units: 80 emoji are fine", () => {
    expect(found(machine({ ["😀".repeat(80)]: { Type: "Succeed" } }), ["STATE_NAME_TOO_LONG"])).toEqual([]);
  });
});
