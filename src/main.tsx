import "./canvas/preloadCanvas";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import sampleText from "./app/sampleDefinition.json?raw";
import { createStudioApi, type StudioApi } from "./embed/createStudioApi";
import { createMemoryRepository, openIndexedDbRepository } from "./persistence/documentRepository";
import { createDocumentSession } from "./persistence/documentSession";
import { sharePayloadFromHash } from "./persistence/shareLink";
import { createStudioStore, type Theme } from "./store/createStudioStore";
import { createValidationClient } from "./worker/validationClient";
import "./app/styles.css";

declare global {
  interface Window {
    aslStudio?: StudioApi;
  }
}

const THEME_KEY = "asl-studio.theme";
const savedTheme = (() => {
  try {
    return localStorage.getItem(THEME_KEY);
  } catch {
    return null;
  }
})();
const systemDark = typeof matchMedia === "function" ? matchMedia("(prefers-color-scheme: dark)") : undefined;
/** An explicit choice wins; otherwise the studio follows the system's light or dark preference. */
const theme: Theme = savedTheme === "dark" || savedTheme === "light" ? savedTheme : systemDark?.matches ? "dark" : "light";
let themeChosen = savedTheme === "dark" || savedTheme === "light";

// The first visit opens the Workflow Studio tutorial machine (seed L12620) with the tutorial's input (seed L12722).
const store = createStudioStore({
  documentName: "HelloWorld",
  text: sampleText,
  theme,
  validateInBackground: createValidationClient().validate,
  simulation: { inputs: [{ id: "input-1", name: "Hello world", text: '{\n  "IsHelloWorldExample": true\n}' }], activeInputId: "input-1", mocks: {} },
});
window.aslStudio = createStudioApi(store);

// The standalone app owns the page: the theme applies to all of it, and is remembered.
const applyTheme = (value: Theme) => {
  document.documentElement.dataset.theme = value;
  try {
    localStorage.setItem(THEME_KEY, value);
  } catch {
    // Private modes may refuse storage; the theme then lasts for this visit.
  }
};
document.documentElement.dataset.theme = theme;
let followingSystem = false;
store.subscribe((state, previous) => {
  if (state.theme === previous.theme) return;
  document.documentElement.dataset.theme = state.theme;
  if (followingSystem) return;
  themeChosen = true;
  applyTheme(state.theme);
});
systemDark?.addEventListener("change", (event) => {
  if (themeChosen) return;
  followingSystem = true;
  store.getState().setTheme(event.matches ? "dark" : "light");
  followingSystem = false;
});

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

// Restore the last document (or open a share link) before the first paint, so the sample never
// flashes in place of the user's work. IndexedDB answers in milliseconds; a browser without it
// keeps documents in memory for the visit.
const repository = (await openIndexedDbRepository()) ?? createMemoryRepository();
const session = createDocumentSession(store, repository);
await session.start(window.location.hash).catch((error: unknown) => console.error("Could not restore the last document", error));
const forgetShareLink = () => history.replaceState(null, "", window.location.pathname + window.location.search);
if (sharePayloadFromHash(window.location.hash) !== undefined) forgetShareLink();
// A share link pasted into the address bar of the open studio only changes the hash.
window.addEventListener("hashchange", () => {
  if (sharePayloadFromHash(window.location.hash) === undefined) return;
  void session.openShareLink(window.location.hash).finally(forgetShareLink);
});

createRoot(root).render(
  <StrictMode>
    <App store={store} session={session} />
  </StrictMode>,
);
