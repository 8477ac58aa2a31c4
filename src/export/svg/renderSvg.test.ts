import { renderToStaticMarkup } from "react-dom/server";
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { StateIcon } from "../../canvas/nodes/StateIcon";
import { STATE_TYPES } from "../../asl/types";
import { layoutGraph } from "../../graph/layout/layoutGraph";
import { toFlowGraph } from "../../graph/toFlowGraph";
import sample from "../../app/sampleDefinition.json";
import { findAll, parseXml } from "../testing/xml";
import { escapeXml, truncate } from "./escapeXml";
import { ICON_MARKUP } from "./svgIcons";
import { PALETTES } from "./svgTheme";
import { renderSvg } from "./renderSvg";

const ELK = (await import("elkjs/lib/elk.bundled.js")).default;
const elk = new ELK();

async function render(definition: unknown, options: Parameters<typeof renderSvg>[2] = {}) {
  const graph = toFlowGraph(definition);
  const layout = await layoutGraph(graph, elk, "DOWN");
  return { svg: renderSvg(graph, layout, options), graph };
}

const XSS = "<img src=x onerror=alert(1)>";
const HOSTILE = {
  StartAt: XSS,
  States: {
    [XSS]: { Type: "Pass", Next: 'Say "hi" & <bye>' },
    'Say "hi" & <bye>': { Type: "Choice", Choices: [{ Variable: "$.a", StringEquals: "</text><script>alert(1)</script>", Next: "]]><x/>\u0001\uD800" }], Default: "]]><x/>\u0001\uD800" },
    "]]><x/>\u0001\uD800": { Type: "Succeed" },
  },
};

describe("escapeXml", () => {
  it("escapes markup characters and replaces characters XML forbids", () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    expect(escapeXml("a\u0000b\u001Fc\uFFFEd\uD800e")).toBe("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe");
    expect(escapeXml("tab\tnew\nline 😀 中文")).toBe("tab\tnew\nline 😀 中文");
  });

  it("truncates by code point with an ellipsis", () => {
    expect(truncate("short", 10)).toBe("short");
    expect(truncate("a long state name", 8)).toBe("a long…");
    expect(truncate("😀😀😀😀", 3)).toBe("😀😀…");
  });
});

describe("renderSvg", () => {
  it("draws every state of the sample, with its name as real text, and nothing but SVG", async () => {
    const { svg, graph } = await render(sample);
    const root = parseXml(svg);
    expect(root.name).toBe("svg");
    expect(root.attributes.xmlns).toBe("http://www.w3.org/2000/svg");
    const states = findAll(root, (e) => e.attributes.class === "asl-state");
    const names = graph.nodes.filter((n) => n.kind === "state").map((n) => n.name);
    expect(states.map((e) => e.attributes["data-state-name"]).sort()).toEqual([...names].sort());
    expect(root.attributes["data-state-count"]).toBe(String(names.length));
    const texts = findAll(root, (e) => e.name === "text").map((e) => e.text);
    for (const name of names) expect(texts).toContain(name);
    expect(texts).toContain("$.IsHelloWorldExample == false");
    expect(texts).toContain("Branch 1");
    expect(svg).not.toContain("foreignObject");
    expect(svg).not.toMatch(/<(script|style|image|a|use)\b/);
    expect(svg).not.toMatch(/\b(href|on\w+)=/);
    expect(findAll(root, (e) => e.name === "path" && (e.attributes.class ?? "").startsWith("asl-edge ")).length).toBe(graph.edges.length);
  });

  it("carries a long name whole in the state's title when the drawn text is shortened", async () => {
    const long = "Validate the incoming customer order against the catalogue rules"; // 66 characters
    const { svg } = await render({ StartAt: long, States: { [long]: { Type: "Map", ItemProcessor: { StartAt: long + " 2", States: { [long + " 2"]: { Type: "Pass", End: true } } }, End: true } } });
    const root = parseXml(svg);
    const titles = findAll(root, (e) => e.name === "title").map((e) => e.text);
    expect(titles).toEqual(expect.arrayContaining([long, long + " 2"]));
    const drawn = findAll(root, (e) => e.name === "text" && e.attributes.class === "asl-state-name").map((e) => e.text);
    expect(drawn.some((t) => t.endsWith("…"))).toBe(true);
  });

  it("escapes hostile state names and labels so the document still parses and carries them as text", async () => {
    const { svg } = await render(HOSTILE);
    expect(svg).not.toContain("<img");
    expect(svg).not.toContain("<script");
    const root = parseXml(svg);
    const names = findAll(root, (e) => e.attributes.class === "asl-state").map((e) => e.attributes["data-state-name"]);
    expect(names).toContain(XSS);
    expect(names).toContain('Say "hi" & <bye>');
    expect(names).toContain("]]><x/>\uFFFD\uFFFD");
    const texts = findAll(root, (e) => e.name === "text").map((e) => e.text);
    expect(texts.some((t) => t.startsWith("<img src=x"))).toBe(true);
    expect(texts.some((t) => t.includes("</text><script>"))).toBe(true);
  });

  it("writes colours and fonts on the elements, per theme", async () => {
    const light = (await render(sample, { theme: "light" })).svg;
    const dark = (await render(sample, { theme: "dark" })).svg;
    expect(light).toContain(`fill="${PALETTES.light.background}"`);
    expect(dark).toContain(`fill="${PALETTES.dark.background}"`);
    expect(dark).not.toContain(`fill="${PALETTES.light.background}"`);
    expect(light).toContain('data-theme="light"');
    expect(dark).toContain('data-theme="dark"');
    expect(light).toMatch(/font-family="system-ui/);
    for (const svg of [light, dark]) {
      const root = parseXml(svg);
      for (const text of findAll(root, (e) => e.name === "text")) {
        expect(text.attributes["font-family"]).toBeTruthy();
        expect(text.attributes.fill).toMatch(/^#[0-9a-f]{6}$/);
      }
    }
  });

  it("colours states by the last run's status and adds a legend", async () => {
    const { svg } = await render(sample, { runStatus: { "/States/Pass": "succeeded", "/States/Yes": "caught", "/States/No": "failed", "/States/Parallel": "running" } });
    const root = parseXml(svg);
    const status = Object.fromEntries(findAll(root, (e) => e.attributes.class === "asl-state").map((e) => [e.attributes["data-state-name"], e.attributes["data-run-status"]]));
    expect(status).toMatchObject({ Pass: "succeeded", Yes: "caught", No: "failed", Parallel: "running", PassState: "not-run", Hello: "not-run" });
    expect(svg).toContain(`stroke="${PALETTES.light.status.succeeded}"`);
    const legend = findAll(root, (e) => e.attributes.class === "asl-legend")[0];
    expect(legend && findAll(legend, (e) => e.name === "text").map((e) => e.text)).toEqual(["Succeeded", "Caught error", "Failed", "In progress", "Not run"]);
    expect((await render(sample)).svg).not.toContain("asl-legend");
  });

  it("sizes the document to the drawing, and draws an empty machine", async () => {
    const { svg } = await render(sample, { padding: 10 });
    const root = parseXml(svg);
    expect(Number(root.attributes.width)).toBeGreaterThan(300);
    expect(root.attributes.viewBox).toBe(`0 0 ${root.attributes.width} ${root.attributes.height}`);
    const empty = parseXml((await render({ StartAt: "", States: {} })).svg);
    expect(findAll(empty, (e) => e.name === "text").map((e) => e.text)).toContain("No states yet");
  });

  it("keeps its id prefix safe and the glyphs identical to the canvas's", () => {
    const graph = toFlowGraph({ StartAt: "A", States: { A: { Type: "Succeed" } } });
    const layout = { nodes: new Map(), edges: new Map(), width: 0, height: 0 };
    expect(renderSvg(graph, layout, { idPrefix: '"><x' })).toContain('id="x-arrow"');
    for (const type of STATE_TYPES) {
      const markup = renderToStaticMarkup(createElement(StateIcon, { type }));
      const inner = markup.replace(/^<svg[^>]*>/, "").replace(/<\/svg>$/, "").replace(/><\/(path|rect|circle)>/g, "/>");
      expect(inner, type).toBe(ICON_MARKUP[type]);
    }
  });
});
