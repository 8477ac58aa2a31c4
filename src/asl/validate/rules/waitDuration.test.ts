import { describe, expect, it } from "vitest";
import { found, one, single } from "../testing/helpers";

describe("waitDuration", () => {
  it("accepts each of the four forms on its own (seed L4380–L4414)", () => {
    for (const field of [{ Seconds: 10 }, { Timestamp: "2016-03-14T01:59:00Z" }, { SecondsPath: "$.wait" }, { TimestampPath: "$.expirydate" }]) {
      expect(found(single({ Type: "Wait", ...field }))).toEqual([]);
    }
  });

  it("needs one of them (seed L4412)", () => {
    expect(one(single({ Type: "Wait" }), "WAIT_DURATION_REQUIRED").path).toBe("/States/S");
  });

  it("refuses two of them (seed L4412–L4414)", () => {
    expect(found(single({ Type: "Wait", Seconds: 5, TimestampPath: "$.t" }), ["MUTUALLY_EXCLUSIVE_FIELDS"])).toEqual([["MUTUALLY_EXCLUSIVE_FIELDS", "/States/S/TimestampPath"]]);
  });

  it("refuses a Timestamp with a lowercase t or z, or without a zone (seed L4388–L4398)", () => {
    for (const bad of ["2016-03-14t01:59:00Z", "2016-03-14T01:59:00z", "2016-03-14 01:59:00Z", "2016-03-14T01:59:00", "2016-02-30T00:00:00Z"]) {
      expect(found(single({ Type: "Wait", Timestamp: bad }), ["INVALID_TIMESTAMP"])).toEqual([["INVALID_TIMESTAMP", "/States/S/Timestamp"]]);
    }
    expect(found(single({ Type: "Wait", Timestamp: "2016-03-14T01:59:00.123+01:00" }))).toEqual([]);
  });

  it("keeps Seconds within 0–99999999 (seed L4383–L4386)", () => {
    expect(found(single({ Type: "Wait", Seconds: 100000000 }), ["SCHEMA_RANGE"])).toEqual([["SCHEMA_RANGE", "/States/S/Seconds"]]);
    expect(found(single({ Type: "Wait", Seconds: -1 }), ["SCHEMA_RANGE"])).toEqual([["SCHEMA_RANGE", "/States/S/Seconds"]]);
  });
});
