/**
 * Entry of /embed.html: the studio made to live in an iframe of a developer portal. No document
 * list or persistence (the host owns the document); the host talks to it with the versioned
 * postMessage protocol (iframeProtocol.ts). Which origins may do so is set by whoever deploys the
 * studio, in embed-config.json beside embed.html.
 */
import { StrictMode } from "react";
import { createValidationClient } from "../worker/validationClient";
import { createRoot } from "react-dom/client";
import { App } from "../app/App";
import { createStudioStore, type Theme } from "../store/createStudioStore";
import { createStudioApi } from "./createStudioApi";
import { createIframeBridge, type Bridge } from "./iframeBridge";
import { readAllowedOrigins } from "./iframeProtocol";
import "../app/styles.css";

const params = new URLSearchParams(window.location.search);
const theme: Theme = params.get("theme") === "dark" ? "dark" : "light";

const store = createStudioStore({ documentName: "MyStateMachine", text: "", theme, features: { documents: false }, validateInBackground: createValidationClient().validate });
const api = createStudioApi(store);
window.aslStudio = api;
document.documentElement.dataset.theme = theme;
store.subscribe((state, previous) => {
  if (state.theme !== previous.theme) document.documentElement.dataset.theme = state.theme;
});

// Messages that arrive while the allow-list loads are kept and handled once it is known.
let bridge: Bridge | undefined;
const early: MessageEvent[] = [];
window.addEventListener("message", (event) => {
  if (bridge) bridge.receive(event);
  else if (early.length < 50) early.push(event);
});

async function loadAllowedOrigins(): Promise<string[]> {
  try {
    const response = await fetch(new URL("embed-config.json", window.location.href), { cache: "no-store", credentials: "omit" });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return readAllowedOrigins(await response.json());
  } catch (error) {
    console.warn("ASL Studio: embed-config.json could not be read, so no host may talk to this studio.", error);
    return [];
  }
}

const root = document.getElementById("root");
if (!root) throw new Error("embed.html has no #root element");

const onSave = () => bridge?.save();
createRoot(root).render(
  <StrictMode>
    <App store={store} embedded onSave={onSave} />
  </StrictMode>,
);

const allowedOrigins = await loadAllowedOrigins();
if (window.parent !== window) {
  bridge = createIframeBridge({ api, store, parent: window.parent, allowedOrigins });
  for (const event of early.splice(0)) bridge.receive(event);
}
