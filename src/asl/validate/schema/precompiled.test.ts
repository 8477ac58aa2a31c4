import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateValidatorsCode, PRECOMPILED_DTS, PRECOMPILED_JS } from "./generateValidators";

describe("precompiled validators", () => {
  it("match the schema built from fields.ts (run `npx tsx src/asl/validate/schema/generateValidators.ts` after editing the table)", () => {
    const { js, dts } = generateValidatorsCode();
    expect(readFileSync(PRECOMPILED_JS, "utf8")).toBe(js);
    expect(readFileSync(PRECOMPILED_DTS, "utf8")).toBe(dts);
  });
});
