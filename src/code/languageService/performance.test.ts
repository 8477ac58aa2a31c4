/**
 * Completion and hover on a 500-state definition, JSON and YAML, timed on text the service has
 * not seen (a keystroke) and on text it has (the list re-filtering, the mouse moving). Prints
 * the medians rather than asserting them: machines differ. The goal is well under 20 ms.
 */
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { createAslLanguageService } from "./index";
import { largeDefinition } from "./testing";

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

describe("performance on 500 states", () => {
  const definition = largeDefinition(500);
  const documents = { json: JSON.stringify(definition, null, 2), yaml: stringify(definition) } as const;

  for (const format of ["json", "yaml"] as const) {
    it(`completes and hovers quickly (${format})`, () => {
      const service = createAslLanguageService();
      const text = documents[format];
      const next = text.indexOf(format === "json" ? '"Next": "Step 250"' : "Next: Step 250") + (format === "json" ? 10 : 8);
      const key = text.indexOf(format === "json" ? '"Type": "Wait"' : "Type: Wait", next) - 1;
      const fresh: number[] = [];
      const cached: number[] = [];
      const hovers: number[] = [];
      let names = 0;
      for (let round = 0; round < 30; round++) {
        const edited = text + " ".repeat(round + 1); // a new text, as after a keystroke
        let start = performance.now();
        names = service.complete(edited, format, next).items.length;
        fresh.push(performance.now() - start);
        start = performance.now();
        service.complete(edited, format, key);
        cached.push(performance.now() - start);
        start = performance.now();
        service.hover(edited + "\n", format, next);
        hovers.push(performance.now() - start);
      }
      console.log(
        `[languageService] 500 states, ${format} (${text.length} chars): complete after an edit ${median(fresh).toFixed(2)} ms, ` +
          `complete on the same text ${median(cached).toFixed(2)} ms, hover after an edit ${median(hovers).toFixed(2)} ms (medians of 30)`,
      );
      expect(names).toBeGreaterThan(350); // every state of the top-level scope
    });
  }
});
