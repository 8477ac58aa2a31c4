import "./canvas/preloadCanvas";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import sampleText from "./app/sampleDefinition.json?raw";
import { createStudioApi, type StudioApi } from "./embed/createStudioApi";
import { createMemoryRepository, openIndexedDbRepository } from "./persistence/documentRepository";
import { createDocumentSession } from "./persistence/documentSession";
import { sharePayloadFromHash } from "./persistence/shareLink";
import { createStudioStore, type ThemeChoice } from "./store/createStudioStore";
import { createValidationClient } from "./worker/validationClient";
import "./app/styles.css";

declare global {
  interface Window {
    aslStudio?: StudioApi;
  }
}

const THEME_KEY = "asl-studio.theme";
/** Light, dark, or (until the person chooses, and after they choose System) the system's preference. */
const themeChoice: ThemeChoice = (() => {
  try {
    const saved = localStorage.getItem(THEME_KEY);
    return saved === "light" || saved === "dark" || saved === "system" ? saved : "system";
  } catch {
    return "system";
  }
})();

// The first visit opens the Workflow Studio tutorial machine (seed L12620) with the tutorial's input (seed L12722).
const store = createStudioStore({
  documentName: "HelloWorld",
  text: sampleText,
  themeChoice,
  validateInBackground: createValidationClient().validate,
  simulation: { inputs: [{ id: "input-1", name: "Hello world", text: '{\n  "IsHelloWorldExample": true\n}' }], activeInputId: "input-1", mocks: {} },
});
window.aslStudio = createStudioApi(store);

// The standalone app owns the page: the theme applies to all of it, and the choice is remembered.
document.documentElement.dataset.theme = store.getState().theme;
store.subscribe((state, previous) => {
  if (state.theme !== previous.theme) document.documentElement.dataset.theme = state.theme;
  if (state.themeChoice === previous.themeChoice) return;
  try {
    localStorage.setItem(THEME_KEY, state.themeChoice);
  } catch {
    // Private modes may refuse storage; the choice then lasts for this visit.
  }
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
