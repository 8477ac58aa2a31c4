import { describe, expect, it } from "vitest";
import { isTimestamp } from "./timestamp";

describe("isTimestamp (seed L4284–L4289, L4388–L4398)", () => {
  it("accepts the guide's timestamps, fractions and offsets", () => {
    for (const ok of ["2016-08-18T17:33:00Z", "2016-03-14T01:59:00Z", "2019-03-26T20:14:13.192Z", "2024-02-29T23:59:59+05:30", "2016-12-31T23:59:60Z"]) expect(isTimestamp(ok), ok).toBe(true);
  });
  it("refuses lowercase t/z, missing zone, impossible dates", () => {
    for (const bad of ["2016-08-18t17:33:00Z", "2016-08-18T17:33:00z", "2016-08-18T17:33:00", "2016-08-18", "2023-02-29T00:00:00Z", "2016-13-01T00:00:00Z", "2016-01-01T24:00:00Z", "2016-01-01T00:00:00+25:00"]) {
      expect(isTimestamp(bad), bad).toBe(false);
    }
  });
});
