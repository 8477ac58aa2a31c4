/**
 * The studio side of the iframe protocol (iframeProtocol.ts): answers the host's requests through
 * the studio API and tells the host about changes, findings and saves. Only the parent window,
 * only allowed origins, and only the embedding origin once it is known.
 */
import type { JsonValue } from "../asl/json";
import { validateText } from "../asl/validate/validateText";
import type { StudioStore } from "../store/createStudioStore";
import type { StudioApi } from "./createStudioApi";
import { parseHostMessage, PROTOCOL, PROTOCOL_VERSION, type DocumentSnapshot, type EmbedOptions, type HostMessage, type StudioMessage } from "./iframeProtocol";

export interface MessageTarget {
  postMessage(message: unknown, targetOrigin: string): void;
}

export interface BridgeOptions {
  api: StudioApi;
  store: StudioStore;
  /** The window that frames the studio (window.parent). */
  parent: MessageTarget;
  allowedOrigins: readonly string[];
  /** Pause before a burst of edits is reported as one `change` (ms). */
  changeDelayMs?: number;
}

export interface Bridge {
  /** Handles one message event (the caller listens on window and passes every event here). */
  receive(event: { data: unknown; origin: string; source: unknown }): void;
  /** Tells the host the user asked to save. */
  save(): void;
  dispose(): void;
  /** The origin messages go to, once the host has spoken. */
  embeddingOrigin(): string | undefined;
}

type Outgoing = StudioMessage extends infer M ? (M extends unknown ? Omit<M, "protocol" | "version"> : never) : never;

export function createIframeBridge(options: BridgeOptions): Bridge {
  const { api, store, parent, allowedOrigins } = options;
  let origin: string | undefined;
  let changeTimer: ReturnType<typeof setTimeout> | undefined;

  const send = (message: Outgoing, to = origin) => {
    if (to === undefined) return;
    parent.postMessage({ protocol: PROTOCOL, version: PROTOCOL_VERSION, ...message }, to);
  };
  const snapshot = (): DocumentSnapshot => ({ definition: (api.getDefinition() ?? null) as JsonValue | null, text: api.getText(), format: api.getFormat(), valid: api.isValid() });

  // The host cannot know when the studio has loaded: announce it to every allowed origin; the
  // browser only delivers it where the parent's origin matches.
  for (const allowed of allowedOrigins) send({ type: "ready" }, allowed);

  const unsubscribe = store.subscribe((state, previous) => {
    if (origin === undefined) return;
    if (state.definition !== previous.definition) {
      if (changeTimer !== undefined) clearTimeout(changeTimer);
      changeTimer = setTimeout(() => {
        changeTimer = undefined;
        send({ type: "change", ...snapshot() });
      }, options.changeDelayMs ?? 100);
    }
    if (state.diagnostics !== previous.diagnostics) send({ type: "diagnostics", diagnostics: state.diagnostics, valid: api.isValid() });
  });

  const applyOptions = (embed: EmbedOptions) => {
    if (embed.features) api.setFeatures(embed.features);
    if (embed.name !== undefined) api.setConfig({ name: embed.name });
    if (embed.definition !== undefined) setDefinition(embed.definition, embed.format);
    else if (embed.format) api.setFormat(embed.format);
    if (embed.theme) api.setTheme(embed.theme);
    if (embed.readOnly !== undefined) api.setReadOnly(embed.readOnly);
    if (embed.mode) api.setMode(embed.mode);
  };

  const setDefinition = (definition: JsonValue | string, format?: "json" | "yaml") => {
    const state = store.getState();
    if (typeof definition !== "string") {
      if (format && format !== state.format) api.setFormat(format);
      api.setDefinition(definition);
    } else if (format && format !== state.format) {
      // Text in another format: read it as that format (the editor follows).
      const result = validateText(definition, format, { workflowType: state.config.type });
      store.setState({ format, text: definition, parse: result.parse, diagnostics: result.diagnostics, definition: result.parse.value ?? state.definition });
    } else {
      api.setText(definition);
    }
  };

  const handle = (message: HostMessage): unknown => {
    switch (message.type) {
      case "init":
        applyOptions(message.options);
        send({ type: "ready" });
        return { ...snapshot(), diagnostics: api.validate() };
      case "setOptions":
        applyOptions({ ...message.options, definition: undefined });
        return null;
      case "setDefinition":
        setDefinition(message.definition, message.format);
        return snapshot();
      case "getDefinition":
        return snapshot();
      case "validate":
        return { diagnostics: api.validate(), valid: api.isValid() };
    }
  };

  return {
    receive: (event) => {
      if (event.source !== parent) return;
      if (!allowedOrigins.includes(event.origin)) return;
      if (origin !== undefined && event.origin !== origin) return;
      const parsed = parseHostMessage(event.data);
      if (!parsed) return;
      origin ??= event.origin;
      if (!parsed.ok) {
        if (parsed.id !== undefined) send({ type: "response", id: parsed.id, ok: false, error: parsed.error });
        return;
      }
      const { message } = parsed;
      try {
        const result = handle(message);
        if (message.id !== undefined) send({ type: "response", id: message.id, ok: true, result });
      } catch (error) {
        if (message.id !== undefined) send({ type: "response", id: message.id, ok: false, error: error instanceof Error ? error.message : String(error) });
      }
    },
    save: () => send({ type: "save", ...snapshot() }),
    dispose: () => {
      unsubscribe();
      if (changeTimer !== undefined) clearTimeout(changeTimer);
    },
    embeddingOrigin: () => origin,
  };
}
