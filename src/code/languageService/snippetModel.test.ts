import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { arr, choice, emptyObj, escapeSnippet, lit, num, obj, renderEntry, renderItem, renderValue, str, yamlString } from "./snippetModel";
import { expandSnippet } from "./testing";

const sample = obj(["Type", lit("Task")], ["Resource", str(1, "arn:aws:states:::lambda:invoke")], ["Retry", arr(obj(["ErrorEquals", arr(str(2, "States.ALL"))], ["MaxAttempts", num(3, 2)]))], ["Parameters", obj(["Payload.$", lit("$")])], ["End", lit(true)]);

describe("snippet rendering", () => {
  it("renders the same tree as JSON and as YAML", () => {
    const json = expandSnippet(renderEntry(str(4, "My state"), sample, "json")).replace(/\t/g, "  ");
    const yaml = expandSnippet(renderEntry(str(4, "My state"), sample, "yaml"));
    expect(JSON.parse(`{${json}}`)).toEqual(parse(yaml));
    expect(yaml).toBe("My state:\n  Type: Task\n  Resource: arn:aws:states:::lambda:invoke\n  Retry:\n    - ErrorEquals: [States.ALL]\n      MaxAttempts: 2\n  Parameters:\n    Payload.$: $\n  End: true");
  });

  it("escapes literal text for snippet syntax, and uses choices", () => {
    expect(renderValue(lit("$.x}"), "json")).toBe('"\\$.x\\}"');
    expect(renderValue(choice(1, ["FULL", "NONE"]), "json")).toBe('"${1|FULL,NONE|}"');
    expect(renderValue(choice(1, ["true", "false"], false), "yaml")).toBe("${1|true,false|}");
    expect(escapeSnippet("a$b}c\\")).toBe("a\\$b\\}c\\\\");
  });

  it("quotes YAML strings only when YAML would read them otherwise", () => {
    expect(yamlString("Wait 3 seconds")).toBe("Wait 3 seconds");
    expect(yamlString("arn:aws:states:::lambda:invoke")).toBe("arn:aws:states:::lambda:invoke");
    expect(yamlString("Yes")).toBe('"Yes"');
    expect(yamlString("123")).toBe('"123"');
    expect(yamlString("a: b")).not.toBe("a: b");
    expect(yamlString("arn:aws:states:::")).not.toBe("arn:aws:states:::");
    expect(yamlString("# not a comment")).not.toBe("# not a comment");
    for (const value of ["Yes", "123", "a: b", "arn:aws:states:::", "# x", "[x]", "x, y", "true", " lead", "trail "]) expect(parse(`k: ${yamlString(value)}`)).toEqual({ k: value });
  });

  it("renders an object to fill in, YAML block values on a new line, and items with or without their dash", () => {
    expect(renderEntry("Parameters", emptyObj(1), "json")).toBe('"Parameters": {$1}');
    expect(renderEntry("Parameters", emptyObj(1), "yaml")).toBe("Parameters:\n  $1");
    expect(renderValue(arr(obj(["ErrorEquals", arr(lit("States.ALL"))])), "yaml")).toBe("\n  - ErrorEquals: [States.ALL]");
    const item = obj(["ErrorEquals", arr(lit("X"))], ["MaxAttempts", lit(1)]);
    expect(renderItem(item, "yaml", true)).toBe("- ErrorEquals: [X]\n  MaxAttempts: 1");
    expect(renderItem(item, "yaml", false, { extraIndent: 2 })).toBe("ErrorEquals: [X]\n  MaxAttempts: 1");
    expect(renderItem(item, "json", false)).toBe('{\n\t"ErrorEquals": ["X"],\n\t"MaxAttempts": 1\n}');
  });
});
