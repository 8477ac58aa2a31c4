import { describe, expect, it } from "vitest";
import { createAslLanguageService, ParseCache } from "./index";
import { corpusText } from "./testing";

describe("the facade", () => {
  const service = createAslLanguageService();

  it("answers every capability for JSON and YAML", () => {
    const text = corpusText("0025_12620.asl.json");
    const offset = text.indexOf('"Next": "Parallel"') + 10;
    expect(service.complete(text, "json", offset).items.length).toBeGreaterThan(0);
    expect(service.hover(text, "json", offset)?.contents).toMatch(/Parallel/);
    expect(service.validate(text, "json")).toEqual([]);
    expect(service.format(text, "json")).toEqual([]);
    expect(service.foldingRanges(text, "json").length).toBeGreaterThan(5);
  });

  it("never throws: empty text, offsets out of range, hostile nesting, binary noise", () => {
    const inputs = ["", "   ", "[".repeat(100_000), "{".repeat(600) + '"a"', "\u0000\u0001{]}:", "- - - -\n  : :\n", '{"States": {"A": {"Type": "Task", "Resource": "', "States:\n  A:\n    Type: |\n"];
    for (const text of inputs) {
      for (const format of ["json", "yaml"] as const) {
        for (const offset of [-5, 0, Math.floor(text.length / 2), text.length, text.length + 10]) {
          expect(() => service.complete(text, format, offset)).not.toThrow();
          expect(() => service.hover(text, format, offset)).not.toThrow();
        }
        expect(() => service.validate(text, format)).not.toThrow();
        expect(() => service.format(text, format)).not.toThrow();
        expect(() => service.foldingRanges(text, format)).not.toThrow();
      }
    }
  });

  it("parses a text once for repeated requests, and keeps a few texts", () => {
    const cache = new ParseCache();
    const a = cache.get("{}", "json");
    expect(cache.get("{}", "json")).toBe(a);
    expect(cache.get("{}", "yaml")).not.toBe(a);
    for (const text of ["1", "2", "3", "4"]) cache.get(text, "json");
    expect(cache.get("{}", "json")).not.toBe(a);
  });
});
