import { readFileSync } from "node:fs";
import jsonataAsync from "jsonata";
import { describe, expect, it } from "vitest";
import { generateJsonataSyncCode, JSONATA_SYNC_JS } from "./generateJsonataSync";
import jsonataSync from "./jsonataSync";

describe("the synchronous jsonata build", () => {
  it("is generated from the installed jsonata 2.0.6 (run `npx tsx src/asl/jsonata/vendor/generateJsonataSync.ts` after an upgrade)", () => {
    expect(readFileSync(JSONATA_SYNC_JS, "utf8")).toBe(generateJsonataSyncCode());
  });

  // Expressions from the JSONata 2.0 documentation (docs.jsonata.org: path operators,
  // functions, higher-order functions, sorting, grouping, transforms, regex) and the recordings.
  const input = {
    Account: {
      Name: "Firefly",
      Order: [
        { OrderID: "order103", Product: [{ Name: "Bowler Hat", Price: 34.45, Quantity: 2 }, { Name: "Trilby hat", Price: 21.67, Quantity: 1 }] },
        { OrderID: "order104", Product: [{ Name: "Bowler Hat", Price: 34.45, Quantity: 4 }, { Name: "Cloak", Price: 107.99, Quantity: 1 }] },
      ],
    },
    items: [3, 1, 2],
    text: "hello$world",
  };
  const expressions = [
    "Account.Name",
    "Account.Order[0].OrderID",
    "Account.Order.Product.Name",
    "$sum(Account.Order.Product.(Price * Quantity))",
    "Account.Order.Product{Name: $sum(Quantity)}",
    "Account.Order.Product^(>Price).Name",
    "Account.Order.Product[Price > 30].Name",
    "$map(items, function($v, $i) { $v * $i })",
    "$reduce(items, function($a, $b) { $a + $b })",
    "$sort(items, function($a, $b) { $a > $b })",
    "$filter(items, function($v) { $v > 1 })",
    "[1..5].($ * $)",
    "$string({'a': [1, 2, {'b': null}]})",
    "$contains(text, /^hello\\$/)",
    "$replace(text, /o/, 'O')",
    "$split('a,b,,c', ',')",
    "$match('ababbabbcc', /a(b+)/)",
    "$merge([{'a': 1}, {'b': 2}])",
    "Account ~> |Order|{'checked': true}|",
    "($f := function($n) { $n <= 1 ? 1 : $n * $f($n - 1) }; $f(10))",
    "$each({'a': 1, 'b': 2}, function($v, $k) { $k & '=' & $v })",
    "$keys(Account)",
    "items[$ > 1]",
    "$count(Account.Order)",
    "$formatNumber(1234.5678, '#,##0.00')",
    "$uppercase('abc') & $substring('hello', 1, 3)",
    "$exists(nothing)",
    "$type(items)",
    "$zip([1, 2], [3, 4])",
    "$distinct([1, 1, 2])",
    "$number('42') + 1",
    "Account.Order.Product.Price ~> $max()",
  ];

  it.each(expressions)("%s gives what jsonata 2.0.6 gives", async (text) => {
    const expected: unknown = await jsonataAsync(text).evaluate(input);
    expect(JSON.stringify(jsonataSync(text).evaluate(input))).toBe(JSON.stringify(expected));
  });

  it.each(["$undefinedFunction(1)", "'a' + 1", "$sum('a')"])("fails like jsonata 2.0.6: %s", async (text) => {
    let expected: { code?: string } = {};
    try {
      await jsonataAsync(text).evaluate(input);
    } catch (error) {
      expected = error as { code?: string };
    }
    let actual: { code?: string } = {};
    try {
      jsonataSync(text).evaluate(input);
    } catch (error) {
      actual = error as { code?: string };
    }
    expect(actual.code).toBeDefined();
    expect(actual.code).toBe(expected.code);
  });

  it("reads own properties only: no way to the prototype or a constructor", () => {
    const data = { a: 1 };
    expect(jsonataSync("__proto__").evaluate(data)).toBeUndefined();
    expect(jsonataSync("constructor").evaluate(data)).toBeUndefined();
    expect(jsonataSync("a").evaluate(data)).toBe(1);
  });
});
