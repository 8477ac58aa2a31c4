import { afterEach, describe, expect, it, vi } from "vitest";
import { createStudioStore } from "../store/createStudioStore";
import { defaultSimulationData } from "../store/simulationData";
import { defaultConfig } from "../store/studioConfig";
import { readStoredDocument, snapshotDocument, type StoredDocument } from "./documentRecord";
import { createMemoryRepository } from "./documentRepository";
import { blankContent, createDocumentSession, SAVE_DELAY_MS } from "./documentSession";
import { createShareLink } from "./shareLink";

const TEXT = '{\n  "StartAt": "A",\n  "States": {\n    "A": { "Type": "Pass", "End": true }\n  }\n}\n';

afterEach(() => vi.useRealTimers());

describe("stored documents", () => {
  it("snapshot → record → read back is lossless", () => {
    const store = createStudioStore({ text: TEXT, format: "json", documentName: "Orders" });
    store.getState().setMode("code");
    store.getState().select(["/States/A"]);
    store.getState().setSimulation({ inputs: [{ id: "i1", name: "One", text: "{ broken" }], activeInputId: "i1", mocks: { A: { result: { ok: true } }, B: { sequence: [{ error: "X", cause: "y" }, { result: 1 }] } } });
    const record = snapshotDocument(store.getState(), "doc-1", 5, 10);
    const read = readStoredDocument(structuredClone(record));
    expect(read).toEqual(record);
    expect(read?.simulation.inputs[0]?.text).toBe("{ broken");
  });

  it("reads untrusted records defensively: defaults for bad fields, nothing from newer schemas", () => {
    expect(readStoredDocument(null)).toBeUndefined();
    expect(readStoredDocument({ id: 1, text: "" })).toBeUndefined();
    expect(readStoredDocument({ schema: 99, id: "x", text: "" })).toBeUndefined();
    const read = readStoredDocument({ id: "x", text: "t", format: "xml", mode: "evil", selection: ["/States/A", 3], config: { name: 5, type: "EXPRESS", logging: { level: "LOUD" }, tags: [{ key: "k" }, "junk"] }, simulation: { inputs: "no", mocks: { A: { result: 1 }, B: "junk", C: { nonsense: true } } } });
    expect(read).toMatchObject({ format: "json", mode: "design", selection: ["/States/A"] });
    expect(read?.config).toMatchObject({ name: "MyStateMachine", type: "EXPRESS", logging: { level: "OFF" }, tags: [{ key: "k", value: "" }] });
    expect(read?.simulation.inputs).toEqual(defaultSimulationData().inputs);
    expect(Object.keys(read?.simulation.mocks ?? {})).toEqual(["A"]);
  });
});

describe("document session", () => {
  it("creates a first document from what the store shows, and saves every change after a pause", async () => {
    vi.useFakeTimers();
    const repository = createMemoryRepository();
    const store = createStudioStore({ text: TEXT, documentName: "First" });
    const session = createDocumentSession(store, repository);
    await session.start();
    expect(session.getSnapshot().documents.map((d) => d.name)).toEqual(["First"]);
    store.getState().setText(TEXT.replace('"A"', '"B"'));
    expect(session.getSnapshot().saveState).toBe("pending");
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS + 10);
    await session.flush();
    expect(session.getSnapshot().saveState).toBe("saved");
    const [saved] = await repository.list();
    expect(saved?.text).toContain('"B"');
    session.dispose();
  });

  it("restores the last document exactly, even text that does not parse, with mode, selection and mocks", async () => {
    const repository = createMemoryRepository();
    const first = createStudioStore({ text: TEXT });
    const session = createDocumentSession(first, repository);
    await session.start();
    first.getState().select(["/States/A"]);
    first.getState().setMode("config");
    first.getState().setConfig({ name: "Kept", tracing: true });
    first.getState().setSimulation({ mocks: { A: { result: 7 } } });
    first.getState().setText(TEXT.slice(0, 30));
    await session.flush();
    session.dispose();

    const second = createStudioStore({ text: TEXT });
    const restored = createDocumentSession(second, repository);
    await restored.start();
    const state = second.getState();
    expect(state.text).toBe(TEXT.slice(0, 30));
    expect(state.mode).toBe("code"); // a broken document opens where its errors are
    expect(state.config).toMatchObject({ name: "Kept", tracing: true });
    expect(state.simulation.mocks).toEqual({ A: { result: 7 } });
    expect(state.diagnostics[0]?.code).toBe("SYNTAX_ERROR");
    restored.dispose();
  });

  it("does not replace a document someone already set before the session started", async () => {
    const repository = createMemoryRepository();
    const old = createStudioStore({ text: TEXT, documentName: "Old" });
    const oldSession = createDocumentSession(old, repository);
    await oldSession.start();
    oldSession.dispose();

    const store = createStudioStore({ text: TEXT });
    store.getState().setText(TEXT.replace('"A"', '"Mine"'));
    const session = createDocumentSession(store, repository);
    await session.start();
    expect(store.getState().text).toContain('"Mine"');
    expect((await repository.list()).length).toBe(2);
    session.dispose();
  });

  it("keeps several documents: create, switch, rename, delete", async () => {
    const repository = createMemoryRepository();
    const store = createStudioStore({ text: TEXT, documentName: "One" });
    const session = createDocumentSession(store, repository);
    await session.start();
    const oneId = session.getSnapshot().currentId;
    const twoId = await session.create({ ...blankContent("Two"), mode: "code" });
    expect(store.getState().config.name).toBe("Two");
    expect(store.getState().mode).toBe("code");
    expect(store.getState().history.past).toEqual([]);
    expect(session.getSnapshot().documents.map((d) => d.name).sort()).toEqual(["One", "Two"]);

    await session.open(oneId);
    expect(store.getState().config.name).toBe("One");
    expect(store.getState().text).toBe(TEXT);

    expect(await session.rename(twoId, "has space")).toContain("whitespace");
    expect(await session.rename(twoId, "Second")).toBeUndefined();
    expect(session.getSnapshot().documents.find((d) => d.id === twoId)?.name).toBe("Second");
    expect(await session.rename(oneId, "First")).toBeUndefined();
    expect(store.getState().config.name).toBe("First");

    await session.remove(oneId);
    expect(session.getSnapshot().currentId).toBe(twoId);
    expect(store.getState().config.name).toBe("Second");
    await session.remove(twoId);
    expect(session.getSnapshot().documents).toHaveLength(1);
    expect(store.getState().config.name).toBe("MyStateMachine");
    session.dispose();
  });

  it("opens a share link as a new copy, with the shared input, and reports a broken one", async () => {
    const repository = createMemoryRepository();
    const link = await createShareLink({ text: TEXT, format: "json", name: "Shared", type: "EXPRESS", input: '{"a":1}' }, "http://x/");
    if (!link.ok) throw new Error("no link");
    const store = createStudioStore({ text: "{}" });
    const session = createDocumentSession(store, repository);
    await session.start(`#${link.fragment}`);
    expect(store.getState().text).toBe(TEXT);
    expect(store.getState().config).toMatchObject({ name: "Shared", type: "EXPRESS" });
    expect(store.getState().simulation.inputs[0]?.text).toBe('{"a":1}');
    expect(session.getSnapshot().notice?.kind).toBe("info");
    session.dispose();

    const other = createDocumentSession(createStudioStore({ text: "{}" }), repository);
    await other.start("#share=1zAAAA");
    expect(other.getSnapshot().notice).toMatchObject({ kind: "error", text: expect.stringContaining("could not be opened") });
    other.dispose();
  });

  it("reports a failing save instead of losing it silently", async () => {
    const repository = { ...createMemoryRepository(), put: async (_: StoredDocument) => Promise.reject(new Error("QuotaExceededError")) };
    const session = createDocumentSession(createStudioStore({ text: TEXT, config: defaultConfig("X") }), repository);
    await session.start();
    expect(session.getSnapshot()).toMatchObject({ saveState: "error", saveError: "QuotaExceededError" });
    session.dispose();
  });
});
