import { describe, expect, it } from "vitest";
import { roundedPath, roundedPathPieces } from "./roundedPath";

const elbow = [
  { x: 0, y: 0 },
  { x: 0, y: 50 },
  { x: 80, y: 50 },
  { x: 80, y: 200 },
];

describe("roundedPath", () => {
  it("rounds each corner by the radius, or by half the shorter side", () => {
    expect(roundedPath(elbow)).toBe("M0,0 L0,42 Q0,50 8,50 L72,50 Q80,50 80,58 L80,200");
    expect(roundedPath([{ x: 0, y: 0 }, { x: 0, y: 4 }, { x: 3, y: 4 }])).toBe("M0,0 L0,2.5 Q0,4 1.5,4 L3,4");
  });

  it("draws a single point and nothing for no points", () => {
    expect(roundedPath([{ x: 5, y: 6 }])).toBe("M5,6");
    expect(roundedPath([])).toBe("");
  });
});

describe("roundedPathPieces", () => {
  it("gives every straight run as a separate line and every corner as a separate curve", () => {
    expect(roundedPathPieces(elbow)).toEqual(["M0,0 L0,42", "M0,42 Q0,50 8,50", "M8,50 L72,50", "M72,50 Q80,50 80,58", "M80,58 L80,200"]);
  });

  it("has one line for a straight edge and none for fewer than two points", () => {
    expect(roundedPathPieces([{ x: 0, y: 0 }, { x: 0, y: 100 }])).toEqual(["M0,0 L0,100"]);
    expect(roundedPathPieces([{ x: 0, y: 0 }])).toEqual([]);
  });
});
