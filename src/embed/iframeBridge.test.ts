import { describe, expect, it, vi } from "vitest";
import { createStudioStore } from "../store/createStudioStore";
import { createStudioApi } from "./createStudioApi";
import { createIframeBridge, type MessageTarget } from "./iframeBridge";

const ALLOWED = "https://portal.example.com";
const DEFINITION = { StartAt: "A", States: { A: { Type: "Pass", End: true } } };

function setup() {
  const store = createStudioStore({ text: "" });
  const api = createStudioApi(store);
  const sent: { message: Record<string, unknown>; origin: string }[] = [];
  const parent: MessageTarget = { postMessage: (message, origin) => sent.push({ message: message as Record<string, unknown>, origin }) };
  const bridge = createIframeBridge({ api, store, parent, allowedOrigins: [ALLOWED, "http://localhost:4173"], changeDelayMs: 0 });
  const from = (origin: string, data: unknown, source: unknown = parent) => bridge.receive({ origin, data, source });
  return { store, api, sent, bridge, from, parent };
}

const request = (type: string, fields: Record<string, unknown> = {}) => ({ protocol: "asl-studio", version: 1, type, ...fields });

describe("the iframe bridge", () => {
  it("announces itself to each allowed origin (the browser delivers to the matching parent only)", () => {
    const { sent } = setup();
    expect(sent.map((s) => [s.message.type, s.origin])).toEqual([
      ["ready", ALLOWED],
      ["ready", "http://localhost:4173"],
    ]);
  });

  it("sets and gets the definition for an allowed origin, answering only there", () => {
    const { sent, from, api } = setup();
    sent.length = 0;
    from(ALLOWED, request("setDefinition", { id: 1, definition: DEFINITION }));
    expect(api.getDefinition()).toEqual(DEFINITION);
    from(ALLOWED, request("getDefinition", { id: 2 }));
    const responses = sent.filter((s) => s.message.type === "response");
    expect(responses.map((s) => s.origin)).toEqual([ALLOWED, ALLOWED]);
    expect(responses[1]?.message).toMatchObject({ id: 2, ok: true, result: { definition: DEFINITION, format: "json", valid: true } });
    expect(sent.every((s) => s.origin === ALLOWED)).toBe(true);
  });

  it("ignores other origins, other windows, and other allowed origins once the host is known", () => {
    const { sent, from, api } = setup();
    sent.length = 0;
    from("https://evil.example.com", request("setDefinition", { id: 1, definition: DEFINITION }));
    from(ALLOWED, request("setDefinition", { id: 1, definition: DEFINITION }), { postMessage: () => undefined });
    expect(api.getDefinition()).toBeUndefined();
    expect(sent).toEqual([]);
    from(ALLOWED, request("init", { id: 1 }));
    from("http://localhost:4173", request("setDefinition", { id: 2, definition: DEFINITION }));
    expect(api.getDefinition()).toBeUndefined();
    expect(sent.every((s) => s.origin === ALLOWED)).toBe(true);
  });

  it("applies init options and reports changes, findings and saves to the host", async () => {
    vi.useFakeTimers();
    const { sent, from, store, bridge } = setup();
    from(ALLOWED, request("init", { id: "i", options: { definition: "StartAt: A\nStates:\n  A:\n    Type: Succeed\n", format: "yaml", theme: "dark", readOnly: true, name: "Orders", features: { share: false } } }));
    const state = store.getState();
    expect(state).toMatchObject({ format: "yaml", theme: "dark", readOnly: true, config: { name: "Orders" }, features: { share: false } });
    expect(state.definition).toEqual({ StartAt: "A", States: { A: { Type: "Succeed" } } });
    sent.length = 0;
    store.getState().setText("StartAt: B\nStates:\n  B:\n    Type: Succeed\n");
    await vi.advanceTimersByTimeAsync(5);
    expect(sent.map((s) => s.message.type)).toEqual(["diagnostics", "change"]);
    expect(sent[1]?.message).toMatchObject({ definition: { StartAt: "B" }, format: "yaml", valid: true });
    bridge.save();
    expect(sent.at(-1)?.message).toMatchObject({ type: "save", definition: { StartAt: "B" } });
    vi.useRealTimers();
  });

  it("answers malformed requests with an error and acts on nothing", () => {
    const { sent, from, api } = setup();
    from(ALLOWED, request("setDefinition", { id: 9, definition: 42 }));
    expect(sent.at(-1)?.message).toMatchObject({ type: "response", id: 9, ok: false });
    expect(api.getDefinition()).toBeUndefined();
  });
});
