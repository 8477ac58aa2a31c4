import { describe, expect, it } from "vitest";
import { createShareLink, decodeSharedDocument, encodeSharedDocument, SHARE_LINK_MAX_CHARS, sharePayloadFromHash, type SharedDocument } from "./shareLink";
import sample from "../app/sampleDefinition.json";

const DOC: SharedDocument = { text: JSON.stringify(sample, null, 2), format: "json", name: "HelloWorld", type: "STANDARD", input: '{ "IsHelloWorldExample": true }' };

/** Deterministic incompressible text (a linear congruential generator over printable characters). */
function noise(length: number): string {
  let seed = 42;
  let out = "";
  for (let i = 0; i < length; i++) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    out += String.fromCharCode(33 + ((seed >>> 16) % 90));
  }
  return out;
}

describe("share links", () => {
  it("round-trips the document, its format, name, type and sample input through the fragment", async () => {
    const link = await createShareLink(DOC, "http://127.0.0.1:4173/?x=1#old");
    if (!link.ok) throw new Error(link.message);
    expect(link.url.startsWith("http://127.0.0.1:4173/?x=1#share=1z")).toBe(true);
    expect(link.url).not.toContain("#old");
    expect(link.url).toMatch(/^[\x21-\x7e]+$/);
    const payload = sharePayloadFromHash(new URL(link.url).hash);
    expect(await decodeSharedDocument(payload ?? "")).toEqual(DOC);
  });

  it("compresses: the sample definition takes far fewer characters than its text", async () => {
    const payload = await encodeSharedDocument(DOC);
    expect(payload.length).toBeLessThan(DOC.text.length * 0.6);
  });

  it("keeps Unicode and YAML exactly", async () => {
    const doc: SharedDocument = { text: "StartAt: 開始\nStates:\n  開始: { Type: Succeed }  # 😀\n", format: "yaml", name: "ユニコード", type: "EXPRESS" };
    expect(await decodeSharedDocument(await encodeSharedDocument(doc))).toEqual(doc);
  });

  it(`refuses documents whose link would exceed ${SHARE_LINK_MAX_CHARS} characters, saying so`, async () => {
    const big = await createShareLink({ ...DOC, text: noise(20_000) }, "http://x/");
    expect(big.ok).toBe(false);
    if (big.ok) return;
    expect(big.length).toBeGreaterThan(SHARE_LINK_MAX_CHARS);
    expect(big.message).toContain("too large for a share link");
    // Repetitive text of the same size compresses well and fits.
    expect((await createShareLink({ ...DOC, text: "ab".repeat(10_000) }, "http://x/")).ok).toBe(true);
  });

  it("rejects damaged, truncated, foreign and hostile payloads with a message", async () => {
    const payload = await encodeSharedDocument(DOC);
    await expect(decodeSharedDocument(payload.slice(0, payload.length / 2))).rejects.toThrow(/damaged/);
    await expect(decodeSharedDocument("9zabc")).rejects.toThrow(/newer version/);
    await expect(decodeSharedDocument("hello")).rejects.toThrow(/not an ASL Studio share link/);
    await expect(decodeSharedDocument("1z<script>")).rejects.toThrow(/characters/);
    const notJson = Buffer.from("not json").toString("base64url");
    await expect(decodeSharedDocument(`1j${notJson}`)).rejects.toThrow(/damaged/);
    const wrongShape = Buffer.from(JSON.stringify({ v: 1, text: 42 })).toString("base64url");
    await expect(decodeSharedDocument(`1j${wrongShape}`)).rejects.toThrow(/damaged/);
  });

  it("stops inflating a zip bomb", async () => {
    const zeros = new Uint8Array(8 * 1024 * 1024);
    const stream = new Blob([zeros]).stream().pipeThrough(new CompressionStream("deflate"));
    const compressed = new Uint8Array(await new Response(stream).arrayBuffer());
    const payload = `1z${Buffer.from(compressed).toString("base64url")}`;
    expect(payload.length).toBeLessThan(SHARE_LINK_MAX_CHARS * 2);
    await expect(decodeSharedDocument(payload)).rejects.toThrow(/larger than/);
  });

  it("finds the payload among other fragment parameters, and only there", () => {
    expect(sharePayloadFromHash("#a=1&share=1zabc&b=2")).toBe("1zabc");
    expect(sharePayloadFromHash("#shared=1")).toBeUndefined();
    expect(sharePayloadFromHash("")).toBeUndefined();
  });
});
