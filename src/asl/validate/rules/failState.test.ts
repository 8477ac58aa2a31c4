import { describe, expect, it } from "vitest";
import { found, one, single } from "../testing/helpers";

describe("failState", () => {
  it("accepts the guide's static, path and intrinsic forms (seed L4507–L4532)", () => {
    expect(found(single({ Type: "Fail", Error: "ErrorA", Cause: "Kaiju attack" }))).toEqual([]);
    expect(found(single({ Type: "Fail", ErrorPath: "$.Error", CausePath: "$.Cause" }))).toEqual([]);
    expect(found(single({ Type: "Fail", CausePath: "States.Format('This is a custom error message for {}, caused by {}.', $.Error, $.Cause)", ErrorPath: "$.Error" }))).toEqual([]);
    expect(found(single({ Type: "Fail" }))).toEqual([]);
  });

  it("allows only the seven string intrinsics in ErrorPath/CausePath (seed L4474–L4476, L4494–L4496)", () => {
    const d = one(single({ Type: "Fail", ErrorPath: "States.ArrayLength($.a)" }), "INTRINSIC_NOT_ALLOWED");
    expect(d.path).toBe("/States/S/ErrorPath");
    expect(d.message).toContain("only States.Format, States.JsonToString, States.ArrayGetItem, States.Base64Encode, States.Base64Decode, States.Hash, States.UUID can");
    for (const ok of ["States.UUID()", "States.Hash($.a, 'MD5')", "States.Base64Encode($.a)", "States.JsonToString($.a)", "States.ArrayGetItem($.a, 0)"]) {
      expect(found(single({ Type: "Fail", CausePath: ok }))).toEqual([]);
    }
  });

  it("needs ErrorPath/CausePath to be reference paths (seed L4469–L4472, L4489–L4492)", () => {
    expect(found(single({ Type: "Fail", CausePath: "$.causes[*]" }), ["INVALID_REFERENCE_PATH"])).toEqual([["INVALID_REFERENCE_PATH", "/States/S/CausePath"]]);
  });

  it("warns when Error uses the reserved States. prefix (seed L10779)", () => {
    expect(one(single({ Type: "Fail", Error: "States.MyError" }), "RESERVED_ERROR_NAME")).toMatchObject({ severity: "warning", path: "/States/S/Error" });
  });
});
