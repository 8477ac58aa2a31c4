import { describe, expect, it } from "vitest";
import { describeCondition } from "./describeCondition";
import { describeState, describeValue } from "./describeState";

describe("node and edge labels of JSONata states", () => {
  it("shows expressions by their body, shortened", () => {
    expect(describeState({ Type: "Wait", Seconds: "{% $states.input.delay %}" })).toBe("Wait $states.input.delay");
    expect(describeState({ Type: "Wait", Seconds: 3 })).toBe("Wait 3 s");
    expect(describeState({ Type: "Wait", Timestamp: "{% $until %}" })).toBe("Until $until");
    expect(describeState({ Type: "Fail", Error: "{% $states.input.code %}" })).toBe("$states.input.code");
    expect(describeState({ Type: "Map", Items: "{% $states.input.orders %}", ItemProcessor: {} })).toBe("Inline · $states.input.orders");
    expect(describeValue("{% $sum($states.input.items.price) * 1.2 %}")).toBe("$sum($states.input.items.pr…");
  });

  it("labels a Choice rule by its Condition", () => {
    expect(describeCondition({ Condition: "{% $total > 100 %}", Next: "Big" })).toBe("$total > 100");
    expect(describeCondition({ Condition: true, Next: "Big" })).toBe("true");
    const converted = "{% ($exists($states.input.n) ? ($type($states.input.n) = 'number' and $states.input.n > 100) : $error(\"Invalid path '$.n': The choice state's condition path references an invalid value.\")) %}";
    expect(describeCondition({ Condition: converted, Next: "Big" })).toBe("$states.input.n > 100");
  });
});
