import { describe, expect, it } from "vitest";
import { found, machine, one } from "../testing/helpers";

const processor = (name: string) => ({ ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "STANDARD" }, StartAt: name, States: { [name]: { Type: "Succeed" } } });
const mapWith = (Label: string, name = "I") => ({ Type: "Map", Label, ItemProcessor: processor(name), End: true });

describe("mapLabel (seed L5393–L5412)", () => {
  it("accepts the guide's labels", () => {
    expect(found(machine({ M: mapWith("demoLabel") }))).toEqual([]);
  });

  it("refuses more than 40 characters", () => {
    expect(one(machine({ M: mapWith("x".repeat(41)) }), "INVALID_MAP_LABEL").message).toContain("at most 40");
  });

  it("refuses whitespace, wildcards, brackets and special characters", () => {
    for (const bad of ["my label", "a?b", "a*", "<x>", "a{b}", "a[0]", "a:b", "a;b", "a,b", "a\\b", "a|b", "a^b", "a~b", "a$b", "a#b", "a%b", "a&b", "a`b", 'a"b', "a\u0007b", "a\u0085b"]) {
      expect(found(machine({ M: mapWith(bad) }), ["INVALID_MAP_LABEL"]), JSON.stringify(bad)).toEqual([["INVALID_MAP_LABEL", "/States/M/Label"]]);
    }
  });

  it("refuses a label used twice in the definition", () => {
    const def = machine({ M1: { ...mapWith("same", "I1"), End: undefined, Next: "M2" }, M2: mapWith("same", "I2") });
    expect(found(def, ["INVALID_MAP_LABEL"])).toEqual([["INVALID_MAP_LABEL", "/States/M2/Label"]]);
  });
});
