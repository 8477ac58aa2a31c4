import { describe, expect, it } from "vitest";
import { parseHostMessage, readAllowedOrigins } from "./iframeProtocol";

const msg = (fields: Record<string, unknown>) => ({ protocol: "asl-studio", version: 1, ...fields });

describe("iframe protocol v1: reading host messages", () => {
  it("ignores data that is not ours, silently", () => {
    for (const data of [null, 42, "hello", [], { type: "setDefinition" }, { protocol: "other", version: 1 }]) expect(parseHostMessage(data)).toBeUndefined();
  });

  it("reads every request type", () => {
    expect(parseHostMessage(msg({ type: "getDefinition", id: 1 }))).toEqual({ ok: true, message: msg({ type: "getDefinition", id: 1 }) });
    expect(parseHostMessage(msg({ type: "validate", id: "a" }))).toMatchObject({ ok: true, message: { type: "validate", id: "a" } });
    expect(parseHostMessage(msg({ type: "setDefinition", definition: { StartAt: "A", States: {} }, format: "yaml" }))).toMatchObject({ ok: true, message: { definition: { StartAt: "A", States: {} }, format: "yaml" } });
    expect(parseHostMessage(msg({ type: "setDefinition", definition: "StartAt: A" }))).toMatchObject({ ok: true, message: { definition: "StartAt: A" } });
    expect(parseHostMessage(msg({ type: "init", options: { theme: "dark", readOnly: true, mode: "code", features: { simulator: false }, name: "X", format: "json" } }))).toMatchObject({
      ok: true,
      message: { type: "init", options: { theme: "dark", readOnly: true, mode: "code", features: { simulator: false }, name: "X", format: "json" } },
    });
    expect(parseHostMessage(msg({ type: "init" }))).toMatchObject({ ok: true, message: { type: "init", options: {} } });
  });

  it("answers bad requests with a reason, keeping the id", () => {
    expect(parseHostMessage(msg({ version: 2, type: "validate", id: 7 }))).toEqual({ ok: false, id: 7, error: expect.stringContaining("version 2") });
    expect(parseHostMessage(msg({ type: "evil", id: 1 }))).toMatchObject({ ok: false, id: 1, error: expect.stringContaining("Unknown message type") });
    expect(parseHostMessage(msg({ type: "setDefinition", id: 2, definition: 42 }))).toMatchObject({ ok: false, error: expect.stringContaining("definition must be") });
    expect(parseHostMessage(msg({ type: "setDefinition", definition: "x".repeat(3 * 1024 * 1024) }))).toMatchObject({ ok: false });
    expect(parseHostMessage(msg({ type: "init", options: { theme: "neon" } }))).toMatchObject({ ok: false, error: expect.stringContaining("theme") });
    expect(parseHostMessage(msg({ type: "init", options: { features: { eval: true } } }))).toMatchObject({ ok: false, error: expect.stringContaining("not a feature") });
    expect(parseHostMessage(msg({ type: "init", options: { readOnly: "yes" } }))).toMatchObject({ ok: false });
    expect(parseHostMessage(msg({ type: "validate", id: { toString: 1 } }))).toMatchObject({ ok: false, error: expect.stringContaining("id must be") });
  });

  it("keeps only JSON from definitions (no prototypes, functions or dates survive)", () => {
    const parsed = parseHostMessage(msg({ type: "setDefinition", definition: JSON.parse('{"__proto__": {"polluted": true}, "StartAt": "A", "States": {}}') }));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(parsed).toMatchObject({ ok: true });
  });
});

describe("the origin allow-list", () => {
  it("keeps exact http(s) origins only, refusing * and anything else", () => {
    expect(readAllowedOrigins({ allowedOrigins: ["https://portal.example.com", "http://localhost:4173", "https://x.example.com/", "*", "null", "https://a.example.com/path", "javascript:alert(1)", 5, "file:///tmp"] })).toEqual([
      "https://portal.example.com",
      "http://localhost:4173",
      "https://x.example.com",
    ]);
    expect(readAllowedOrigins(null)).toEqual([]);
    expect(readAllowedOrigins({ allowedOrigins: "https://a.example.com" })).toEqual([]);
  });
});
