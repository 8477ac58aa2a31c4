import { describe, expect, it } from "vitest";
import { found, machine } from "../testing/helpers";

describe("queryLanguage (issue 9: a state may switch to JSONata inside JSONPath, not back)", () => {
  it("accepts a JSONata state in a JSONPath machine (corpus 0641, 0770, 0777)", () => {
    expect(found(machine({ A: { Type: "Pass", QueryLanguage: "JSONata", Output: "{% 1 %}", Next: "B" }, B: { Type: "Pass", QueryLanguage: "JSONPath", End: true } }))).toEqual([]);
  });

  it("refuses JSONPath under JSONata: in the machine, and in a JSONata Map's processor", () => {
    const def = machine(
      {
        A: { Type: "Pass", QueryLanguage: "JSONPath", Next: "M" },
        M: { Type: "Map", ItemProcessor: { StartAt: "I", States: { I: { Type: "Pass", QueryLanguage: "JSONPath", End: true } } }, End: true },
      },
      { QueryLanguage: "JSONata" },
    );
    expect(found(def, ["QUERY_LANGUAGE_CONFLICT"])).toEqual([
      ["QUERY_LANGUAGE_CONFLICT", "/States/A/QueryLanguage"],
      ["QUERY_LANGUAGE_CONFLICT", "/States/M/ItemProcessor/States/I/QueryLanguage"],
    ]);
    const insideJsonataState = machine({ M: { Type: "Map", QueryLanguage: "JSONata", ItemProcessor: { StartAt: "I", States: { I: { Type: "Pass", QueryLanguage: "JSONPath", End: true } } }, End: true } });
    expect(found(insideJsonataState, ["QUERY_LANGUAGE_CONFLICT"])).toEqual([["QUERY_LANGUAGE_CONFLICT", "/States/M/ItemProcessor/States/I/QueryLanguage"]]);
  });

  it("JSONPath-only fields are refused in JSONata states and JSONata-only fields in JSONPath ones", () => {
    expect(found(machine({ A: { Type: "Pass", QueryLanguage: "JSONata", Parameters: {}, ResultPath: "$.x", End: true } }), ["FIELD_NOT_ALLOWED"])).toEqual([
      ["FIELD_NOT_ALLOWED", "/States/A/Parameters"],
      ["FIELD_NOT_ALLOWED", "/States/A/ResultPath"],
    ]);
    expect(found(machine({ A: { Type: "Pass", Output: {}, End: true } }), ["FIELD_NOT_ALLOWED"])).toEqual([["FIELD_NOT_ALLOWED", "/States/A/Output"]]);
  });
});
