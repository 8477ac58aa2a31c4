/**
 * `npm run bench -- languageService`: completion and hover on a 500-state definition, JSON and
 * YAML, timed on text the service has not seen (a keystroke) and on text it has (the list
 * re-filtering, the mouse moving). Goal: well under 20 ms, so typing never waits on it.
 */
import { stringify } from "yaml";
import { createAslLanguageService } from "../src/code/languageService/index";
import { largeDefinition } from "../src/code/languageService/testing";
import { median } from "./support/stats";

const definition = largeDefinition(500);
const documents = { json: JSON.stringify(definition, null, 2), yaml: stringify(definition) } as const;

for (const format of ["json", "yaml"] as const) {
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
  const worst = Math.max(median(fresh), median(cached), median(hovers));
  console.log(
    `500 states, ${format} (${(text.length / 1024).toFixed(0)} KB, ${names} state names offered): complete after an edit ${median(fresh).toFixed(2)} ms, ` +
      `complete on the same text ${median(cached).toFixed(2)} ms, hover after an edit ${median(hovers).toFixed(2)} ms (medians of 30)   goal ≤ 20 ms: ${worst <= 20 ? "meets goal" : "MISSES goal"}`,
  );
}
