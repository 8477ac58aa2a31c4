import { describe, expect, it } from "vitest";
import { addTag, checkTag, removeTag, updateTag } from "./tags";

describe("tags", () => {
  it("adds, updates and removes tags", () => {
    const one = addTag([]);
    expect(one).toEqual([{ key: "", value: "" }]);
    const set = updateTag(one, 0, { key: "team", value: "payments" });
    expect(set).toEqual([{ key: "team", value: "payments" }]);
    expect(removeTag(addTag(set), 1)).toEqual(set);
  });
  it("checks keys and values", () => {
    expect(checkTag([{ key: "", value: "" }], 0)).toEqual({ key: "Enter a key." });
    expect(checkTag([{ key: "aws:x", value: "" }], 0).key).toMatch(/reserved/);
    expect(checkTag([{ key: "k".repeat(129), value: "" }], 0).key).toMatch(/128/);
    expect(checkTag([{ key: "a", value: "v".repeat(257) }], 0).value).toMatch(/256/);
    const dup = [{ key: "a", value: "1" }, { key: "a", value: "2" }];
    expect(checkTag(dup, 0)).toEqual({});
    expect(checkTag(dup, 1).key).toMatch(/already used/);
  });
});
