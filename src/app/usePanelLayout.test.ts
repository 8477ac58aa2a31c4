import { describe, expect, it } from "vitest";
import { parsePanelLayout } from "./usePanelLayout";

describe("the remembered panel layout", () => {
  it("keeps sizes, collapsed panels and the code split", () => {
    expect(parsePanelLayout({ left: 300, right: 400, bottom: 250, leftCollapsed: true, rightCollapsed: false, bottomCollapsed: true, codeSplit: 0.35 })).toEqual({
      left: 300,
      right: 400,
      bottom: 250,
      leftCollapsed: true,
      rightCollapsed: false,
      bottomCollapsed: true,
      codeSplit: 0.35,
    });
  });

  it("clamps sizes to their limits and falls back for anything it cannot read", () => {
    const layout = parsePanelLayout({ left: 5000, right: "wide", bottom: Number.NaN, bottomCollapsed: "yes", codeSplit: 0.95 });
    expect(layout).toMatchObject({ left: 480, right: 340, bottom: 200, bottomCollapsed: false, codeSplit: 0.8 });
    // A layout saved before the bottom panel could collapse and Code mode's split was kept.
    expect(parsePanelLayout({ left: 200, right: 300, bottom: 180, leftCollapsed: false, rightCollapsed: true })).toMatchObject({ bottomCollapsed: false, codeSplit: 0.5, rightCollapsed: true });
    expect(parsePanelLayout(null)).toMatchObject({ left: 260, codeSplit: 0.5 });
  });
});
