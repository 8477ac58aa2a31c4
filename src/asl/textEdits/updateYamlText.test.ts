import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Document, isMap, isScalar, isSeq, visit } from "yaml";
import { GUIDE_DEFINITIONS_DIR } from "../../../test/corpus";
import { addBranch } from "../edit/addBranch";
import { insertState } from "../edit/insertState";
import { moveBranch } from "../edit/moveBranch";
import { moveState } from "../edit/moveState";
import { removeBranch } from "../edit/removeBranch";
import { removeStates } from "../edit/removeStates";
import { renameState } from "../edit/renameState";
import { setNextState } from "../edit/setNextState";
import { setStateField } from "../edit/setStateField";
import type { EditResult } from "../edit/types";
import { END } from "../edit/types";
import { updateAtPointer } from "../edit/updateAtPointer";
import type { JsonValue } from "../json";
import { parseDefinition } from "../parse/parseDefinition";
import type { State, StateMachine } from "../types";
import { updateText } from "./updateText";
import { editYamlTextInPlace } from "./updateYamlText";

/** Hand-written YAML: odd spacing, flow maps and lists, folded and literal scalars, comments above, beside and below keys. */
const ORDER = `# Order workflow: every edit keeps this header

Comment:   Orders   # shown in the console
StartAt: Charge
States:
  # Charges the card; retried twice
  Charge:
    Type: Task     # a Lambda call
    Resource: "arn:aws:states:::lambda:invoke"
    Parameters: {FunctionName: charge,   Payload.$: $}
    Retry:
      - ErrorEquals: [States.TaskFailed,   States.Timeout]
        MaxAttempts: 2
    Next: Route # decide next

  Route:
    Type: Choice
    Choices:
      - {Variable: $.ok, BooleanEquals: true, Next: Ship}
    Default: Refund   # money back

  Ship: {Type: Pass, Next: Fork}

  Fork:
    Type: Parallel
    Branches:
      - StartAt: Label
        States:
          Label: {Type: Pass, End: true}
      - StartAt: Notify   # mail
        States:
          Notify:
            Type: Pass
            End: true
    Next: Done

  Refund:
    Type: Pass
    Comment: >
      Gives the money
      back to the buyer
    Result: |
      line one
      line two
    Next: Done
  # the end
  Done:
    Type: Succeed
# trailing comment
`;

type Edit = (definition: StateMachine) => EditResult;

const read = (text: string) => parseDefinition(text, "yaml").value as unknown as StateMachine;

/**
 * Applies an edit as the app does (updateText), checks that it was made in place (no rewrite)
 * and that the text reads back as the edited document.
 */
function edit(text: string, change: Edit): string {
  const before = read(text);
  const after = change(before).definition;
  expect(after).not.toEqual(before);
  const result = updateText(text, "yaml", before as unknown as JsonValue, after as unknown as JsonValue);
  expect(editYamlTextInPlace(text, before as unknown as JsonValue, after as unknown as JsonValue)).toEqual({ ok: true, text: result });
  expect(parseDefinition(result, "yaml").value).toEqual(after);
  return result;
}

/** `text` with each `[from, to]` replaced; `from` must occur exactly once, so the expectation is exact. */
function replaced(text: string, replacements: readonly (readonly [string, string])[]): string {
  return replacements.reduce((current, [from, to]) => {
    expect(current.split(from).length - 1, `"${from}" occurs once`).toBe(1);
    return current.replace(from, () => to);
  }, text);
}

const crlf = (text: string) => text.replace(/\n/g, "\r\n");

/** Each case: an edit the app makes, and the only parts of ORDER it may change. */
const CASES: { name: string; edit: Edit; replacements: [string, string][] }[] = [
  {
    name: "set a field: a quoted value stays quoted",
    edit: (d) => setStateField(d, "/States/Charge", "Resource", "arn:aws:states:::sns:publish"),
    replacements: [['Resource: "arn:aws:states:::lambda:invoke"', 'Resource: "arn:aws:states:::sns:publish"']],
  },
  {
    name: "set a top-level field: the spaces around the value and its comment stay",
    edit: (d) => updateAtPointer(d, "/Comment", "Orders and returns"),
    replacements: [["Comment:   Orders   # shown", "Comment:   Orders and returns   # shown"]],
  },
  {
    name: "change Default beside its comment",
    edit: (d) => updateAtPointer(d, "/States/Route/Default", "Done"),
    replacements: [["Default: Refund   # money back", "Default: Done   # money back"]],
  },
  {
    name: "change Next inside a flow map",
    edit: (d) => setNextState(d, "/States/Ship", "Done"),
    replacements: [["Ship: {Type: Pass, Next: Fork}", "Ship: {Type: Pass, Next: Done}"]],
  },
  {
    name: "Next becomes End in place",
    edit: (d) => setNextState(d, "/States/Refund", END),
    replacements: [["    Next: Done\n  # the end", "    End: true\n  # the end"]],
  },
  {
    name: "a folded scalar stays folded; the literal below is untouched",
    edit: (d) => setStateField(d, "/States/Refund", "Comment", "Returns the money"),
    replacements: [["    Comment: >\n      Gives the money\n      back to the buyer\n", "    Comment: >-\n      Returns the money\n"]],
  },
  {
    name: "a literal scalar stays literal",
    edit: (d) => setStateField(d, "/States/Refund", "Result", "new one\nnew two\n"),
    replacements: [["      line one\n      line two\n", "      new one\n      new two\n"]],
  },
  {
    name: "clear a field: its lines go, nothing else",
    edit: (d) => setStateField(d, "/States/Charge", "Retry", undefined),
    replacements: [["    Retry:\n      - ErrorEquals: [States.TaskFailed,   States.Timeout]\n        MaxAttempts: 2\n", ""]],
  },
  {
    name: "add a field: last, at the fields' indentation",
    edit: (d) => setStateField(d, "/States/Charge", "TimeoutSeconds", 30),
    replacements: [["    Next: Route # decide next\n", "    Next: Route # decide next\n    TimeoutSeconds: 30\n"]],
  },
  {
    name: "add a key to a flow map: quoted where flow needs it",
    edit: (d) => updateAtPointer(d, "/States/Charge/Parameters/Extra", "x, y"),
    replacements: [["{FunctionName: charge,   Payload.$: $}", '{FunctionName: charge,   Payload.$: $, Extra: "x, y"}']],
  },
  {
    name: "remove a key from a flow map with its comma",
    edit: (d) => updateAtPointer(d, "/States/Charge/Parameters/FunctionName", undefined),
    replacements: [["{FunctionName: charge,   Payload.$: $}", "{Payload.$: $}"]],
  },
  {
    name: "insert a state on an edge: after its predecessor, block style like most states, a blank line apart",
    edit: (d) => insertState(d, { kind: "edge", fieldPointer: "/States/Ship/Next" }, "Wait", { Type: "Wait", Seconds: 5 } as State),
    replacements: [["  Ship: {Type: Pass, Next: Fork}\n", "  Ship: {Type: Pass, Next: Wait}\n\n  Wait:\n    Type: Wait\n    Seconds: 5\n    Next: Fork\n"]],
  },
  {
    name: "insert a state at StartAt: first, above the next state's comment",
    edit: (d) => insertState(d, { kind: "edge", fieldPointer: "/StartAt" }, "Wait", { Type: "Wait", Seconds: 5 } as State),
    replacements: [
      ["StartAt: Charge", "StartAt: Wait"],
      ["States:\n  # Charges", "States:\n  Wait:\n    Type: Wait\n    Seconds: 5\n    Next: Charge\n\n  # Charges"],
    ],
  },
  {
    name: "delete a state: its lines and one blank line go, its predecessor is rewired",
    edit: (d) => removeStates(d, ["/States/Ship"]),
    replacements: [
      ["BooleanEquals: true, Next: Ship}", "BooleanEquals: true, Next: Fork}"],
      ["  Ship: {Type: Pass, Next: Fork}\n\n", ""],
    ],
  },
  {
    name: "delete a state with its comment line; the comment below the next state stays",
    edit: (d) => removeStates(d, ["/States/Charge"]),
    replacements: [
      ["StartAt: Charge", "StartAt: Route"],
      [ORDER.slice(ORDER.indexOf("  # Charges"), ORDER.indexOf("  Route:")), ""],
    ],
  },
  {
    name: "delete the state above a commented one: the comment stays with its state",
    edit: (d) => removeStates(d, ["/States/Refund"]),
    replacements: [
      ["Default: Refund   # money back", "Default: Done   # money back"],
      [ORDER.slice(ORDER.indexOf("  Refund:"), ORDER.indexOf("  # the end")), ""],
    ],
  },
  {
    name: "rename a state: the key and its references change, comments stay",
    edit: (d) => renameState(d, "/States/Refund", "Give money back"),
    replacements: [
      ["Default: Refund   # money back", "Default: Give money back   # money back"],
      ["  Refund:\n", "  Give money back:\n"],
    ],
  },
  {
    name: "rename to a name that needs quotes: the comment line above stays",
    edit: (d) => renameState(d, "/States/Charge", "Bill: card"),
    replacements: [
      ["StartAt: Charge", 'StartAt: "Bill: card"'],
      ["  # Charges the card; retried twice\n  Charge:", '  # Charges the card; retried twice\n  "Bill: card":'],
    ],
  },
  {
    name: "move a state onto another edge: it keeps its own text (folded, literal)",
    edit: (d) => moveState(d, "/States/Refund", { kind: "edge", fieldPointer: "/States/Charge/Next" }),
    replacements: [
      [
        "    Next: Route # decide next\n",
        "    Next: Refund # decide next\n\n  Refund:\n    Type: Pass\n    Comment: >\n      Gives the money\n      back to the buyer\n    Result: |\n      line one\n      line two\n    Next: Route\n",
      ],
      ["Default: Refund   # money back", "Default: Done   # money back"],
      [ORDER.slice(ORDER.indexOf("  Refund:"), ORDER.indexOf("  # the end")), ""],
    ],
  },
  {
    name: "insert a state inside a branch",
    edit: (d) => insertState(d, { kind: "edge", fieldPointer: "/States/Fork/Branches/1/States/Notify/End" }, "Log", { Type: "Pass" } as State),
    replacements: [["            Type: Pass\n            End: true\n", "            Type: Pass\n            Next: Log\n          Log:\n            Type: Pass\n            End: true\n"]],
  },
  {
    name: "add a branch: a new item after the last one",
    edit: (d) => addBranch(d, "/States/Fork"),
    replacements: [["            End: true\n    Next: Done\n", "            End: true\n      - States: {}\n    Next: Done\n"]],
  },
  {
    name: "remove a branch: its lines only",
    edit: (d) => removeBranch(d, "/States/Fork", 0),
    replacements: [["      - StartAt: Label\n        States:\n          Label: {Type: Pass, End: true}\n", ""]],
  },
  {
    name: "reorder branches: their texts swap, comments included",
    edit: (d) => moveBranch(d, "/States/Fork", 0, 1),
    replacements: [
      [
        "      - StartAt: Label\n        States:\n          Label: {Type: Pass, End: true}\n      - StartAt: Notify   # mail\n        States:\n          Notify:\n            Type: Pass\n            End: true\n",
        "      - StartAt: Notify   # mail\n        States:\n          Notify:\n            Type: Pass\n            End: true\n      - StartAt: Label\n        States:\n          Label: {Type: Pass, End: true}\n",
      ],
    ],
  },
  {
    name: "add a Choice rule: written in flow style like the rule beside it",
    edit: (d) => updateAtPointer(d, "/States/Route/Choices/-", { Variable: "$.late", BooleanEquals: true, Next: "Refund" }),
    replacements: [["      - {Variable: $.ok, BooleanEquals: true, Next: Ship}\n", "      - {Variable: $.ok, BooleanEquals: true, Next: Ship}\n      - {Variable: $.late, BooleanEquals: true, Next: Refund}\n"]],
  },
  {
    name: "add an error to a flow list; its odd spacing stays",
    edit: (d) => updateAtPointer(d, "/States/Charge/Retry/0/ErrorEquals/-", "States.ALL"),
    replacements: [["[States.TaskFailed,   States.Timeout]", "[States.TaskFailed,   States.Timeout, States.ALL]"]],
  },
  {
    name: "remove an error from a flow list",
    edit: (d) => updateAtPointer(d, "/States/Charge/Retry/0/ErrorEquals/0", undefined),
    replacements: [["[States.TaskFailed,   States.Timeout]", "[States.Timeout]"]],
  },
];

describe.each([
  ["LF", (text: string) => text],
  ["CRLF", crlf],
])("updateYamlText in place (%s)", (_, eol) => {
  it.each(CASES)("$name", ({ edit: change, replacements }) => {
    expect(edit(eol(ORDER), change)).toBe(eol(replaced(ORDER, replacements)));
  });
});

describe("updateYamlText in place: other layouts", () => {
  it("JSON written as YAML: entries are added and removed the JSON way", () => {
    const text = `{
  "StartAt": "A",
  "States": {
    "A": {"Type": "Pass", "Next": "B"},
    "B": {
      "Type": "Succeed"
    }
  }
}
`;
    expect(edit(text, (d) => insertState(d, { kind: "edge", fieldPointer: "/States/A/Next" }, "Wait", { Type: "Wait", Seconds: 5 } as State))).toBe(
      text.replace('"A": {"Type": "Pass", "Next": "B"},', '"A": {"Type": "Pass", "Next": "Wait"},\n    "Wait": {"Type": "Wait", "Seconds": 5, "Next": "B"},'),
    );
    expect(edit(text, (d) => removeStates(d, ["/States/A"]))).toBe(text.replace('"StartAt": "A"', '"StartAt": "B"').replace('    "A": {"Type": "Pass", "Next": "B"},\n', ""));
    expect(edit(text, (d) => renameState(d, "/States/B", "Done"))).toBe(text.replace('"Next": "B"', '"Next": "Done"').replace('"B": {', '"Done": {'));
  });

  it("quoted strings, 4-space indents, unindented lists and no final line break: new parts follow them", () => {
    const text = `StartAt: "A"
States:
    "A":
        Type: "Pass"
        Next: "B"
    "B":
        Type: "Succeed"
        Errors:
        - "x"
        - "y"`;
    expect(edit(text, (d) => insertState(d, { kind: "edge", fieldPointer: "/States/A/Next" }, "Wait", { Type: "Wait", Seconds: 5, Comment: "a b" } as State))).toBe(
      text.replace('        Next: "B"\n', '        Next: "Wait"\n    "Wait":\n        Type: "Wait"\n        Seconds: 5\n        Comment: "a b"\n        Next: "B"\n'),
    );
    expect(edit(text, (d) => updateAtPointer(d, "/States/B/Errors/-", "z"))).toBe(`${text}\n        - "z"`);
    expect(edit(text, (d) => setStateField(d, "/States/B", "Comment", "done"))).toBe(`${text}\n        Comment: "done"`);
    expect(edit(text, (d) => removeStates(d, ["/States/B"]))).toBe(`StartAt: "A"
States:
    "A":
        Type: "Pass"
        End: true`);
  });

  it("states written in flow style: a new state is too", () => {
    const text = "StartAt: A\nStates:\n  A: {Type: Pass, Next: B}\n  B: {Type: Succeed}\n";
    expect(edit(text, (d) => insertState(d, { kind: "edge", fieldPointer: "/States/A/Next" }, "Wait", { Type: "Wait", Seconds: 5 } as State))).toBe(
      "StartAt: A\nStates:\n  A: {Type: Pass, Next: Wait}\n  Wait: {Type: Wait, Seconds: 5, Next: B}\n  B: {Type: Succeed}\n",
    );
  });

  it("an empty `States: {}` becomes a block when a state is dropped in", () => {
    const text = "StartAt: Loop\nStates:\n  Loop:\n    Type: Map\n    ItemProcessor:\n      ProcessorConfig: {Mode: INLINE}   # inline\n      States: {}\n    End: true\n";
    expect(edit(text, (d) => insertState(d, { kind: "scope", scopePointer: "/States/Loop/ItemProcessor" }, "Wait", { Type: "Wait", Seconds: 5 } as State))).toBe(
      text.replace("      States: {}\n", "      StartAt: Wait\n      States:\n        Wait:\n          Type: Wait\n          Seconds: 5\n          End: true\n"),
    );
  });

  it("a multi-line value replacing a commented one keeps the comment on the key's line", () => {
    const text = "StartAt: A\nStates:\n  A:\n    Type: Pass\n    Comment: short   # why\n    End: true\n";
    expect(edit(text, (d) => setStateField(d, "/States/A", "Comment", "one\ntwo"))).toBe(text.replace("    Comment: short   # why\n", "    Comment: |- # why\n      one\n      two\n"));
    expect(edit(text, (d) => setStateField(d, "/States/A", "Comment", { a: 1 } as never))).toBe(text.replace("    Comment: short   # why\n", "    Comment: # why\n      a: 1\n"));
  });

  it("a state moved among states separated by blank lines keeps its comment and its separation", () => {
    const text = "StartAt: A\nStates:\n  A:\n    Type: Pass\n    Next: B\n\n  # B is special\n  B:\n    Type: Pass   # bee\n    Next: C\n\n  C:\n    Type: Succeed\n";
    expect(edit(text, (d) => moveState(d, "/States/A", { kind: "edge", fieldPointer: "/States/B/Next" }))).toBe(
      "StartAt: B\nStates:\n  # B is special\n  B:\n    Type: Pass   # bee\n    Next: A\n\n  A:\n    Type: Pass\n    Next: C\n\n  C:\n    Type: Succeed\n",
    );
  });
});

describe("updateYamlText falls back to a rewrite", () => {
  const ANCHORED = "StartAt: A\nStates:\n  A:\n    Type: Pass\n    Parameters: &params {x: 1}\n    Next: B\n  B:\n    Type: Pass\n    Parameters: *params\n    End: true\n";

  const fallback = (text: string, change: Edit) => {
    const before = read(text);
    const after = change(before).definition;
    const outcome = editYamlTextInPlace(text, before as unknown as JsonValue, after as unknown as JsonValue);
    const result = updateText(text, "yaml", before as unknown as JsonValue, after as unknown as JsonValue);
    expect(parseDefinition(result, "yaml").value).toEqual(after);
    return outcome;
  };

  it("when an anchored value that an alias repeats changes", () => {
    expect(fallback(ANCHORED, (d) => setStateField(d, "/States/A", "Parameters", { x: 2 }))).toEqual({ ok: false, reason: "The edited text does not read back as the new document" });
  });

  it("when the edit goes through an alias", () => {
    expect(fallback(ANCHORED, (d) => updateAtPointer(d, "/States/B/Parameters/y", 2))).toMatchObject({ ok: false, reason: expect.stringContaining("alias") });
  });

  it("when the edited map has a duplicate key", () => {
    expect(fallback("StartAt: A\nStates:\n  A: {Type: Pass, End: true}\n  A: {Type: Succeed}\n", (d) => setStateField(d, "/States/A", "Comment", "x"))).toMatchObject({ ok: false, reason: 'Duplicate key "A"' });
  });

  it("but not for edits beside the anchor and the alias", () => {
    const result = edit(ANCHORED, (d) => renameState(d, "/States/B", "C"));
    expect(result).toBe(ANCHORED.replace("Next: B", "Next: C").replace("  B:", "  C:"));
  });
});

describe("updateYamlText on every guide definition, in several layouts", () => {
  const files = readdirSync(GUIDE_DEFINITIONS_DIR).filter((f) => f.endsWith(".asl.json"));

  /** The definition written in layouts people use: flow leaves, quoted strings, comments and blank lines, CRLF, JSON. */
  const layouts = (value: JsonValue): [string, string][] => {
    const write = (options: Record<string, unknown>, tweak?: (doc: Document) => void) => {
      const doc = new Document(value, { aliasDuplicateObjects: false });
      tweak?.(doc);
      return doc.toString({ lineWidth: 0, minContentWidth: 0, ...options });
    };
    const plain = write({ indent: 2 });
    return [
      ["4 spaces, quoted, lists unindented", write({ indent: 4, indentSeq: false, defaultStringType: "QUOTE_DOUBLE", defaultKeyType: "PLAIN" })],
      [
        "flow leaves",
        write({ indent: 3, flowCollectionPadding: false }, (doc) =>
          visit(doc, {
            Map: (_, map) => void (map.items.every((pair) => isScalar(pair.value)) && (map.flow = true)),
            Seq: (_, seq) => void (seq.items.every((item) => isScalar(item)) && (seq.flow = true)),
          }),
        ),
      ],
      [
        "comments and blank lines",
        write({ indent: 2 }, (doc) =>
          visit(doc, {
            Pair: (_, pair) => {
              if (isScalar(pair.key) && isMap(pair.value) && pair.value.has("Type")) {
                pair.key.commentBefore = ` about ${String(pair.key.value)}`;
                pair.key.spaceBefore = true;
                pair.value.comment = " end";
              }
              if (isScalar(pair.value) || isSeq(pair.value)) pair.value.comment = " beside";
            },
          }),
        ),
      ],
      ["CRLF", crlf(plain)],
      ["JSON", JSON.stringify(value, null, 2)],
    ];
  };

  const pointer = (name: string) => `/States/${name.replace(/~/g, "~0").replace(/\//g, "~1")}`;

  it.each(files)("%s: rename, delete, insert, move, set a field, all in place", (file) => {
    const definition = JSON.parse(readFileSync(`${GUIDE_DEFINITIONS_DIR}${file}`, "utf8")) as StateMachine;
    const names = Object.keys(definition.States);
    const first = pointer(definition.StartAt);
    const last = pointer(names[names.length - 1] as string);
    const edits: Edit[] = [
      (d) => renameState(d, first, "Renamed start"),
      (d) => removeStates(d, [last]),
      (d) => insertState(d, { kind: "edge", fieldPointer: "/StartAt" }, "Inserted", { Type: "Pass", Comment: "new: yes" } as State),
      (d) => moveState(d, last, { kind: "edge", fieldPointer: "/StartAt" }),
      (d) => setStateField(d, first, "Comment", "changed\nover two lines"),
    ];
    for (const [, text] of layouts(definition as unknown as JsonValue)) {
      const before = read(text);
      for (const change of edits) {
        const after = change(before).definition;
        const outcome = editYamlTextInPlace(text, before as unknown as JsonValue, after as unknown as JsonValue);
        expect(outcome.ok, outcome.ok ? "" : outcome.reason).toBe(true);
      }
    }
  });
});
