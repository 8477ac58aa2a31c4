import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import sampleText from "./app/sampleDefinition.json?raw";
import { createStudioApi, type StudioApi } from "./embed/createStudioApi";
import { createStudioStore } from "./store/createStudioStore";
import "./app/styles.css";

declare global {
  interface Window {
    aslStudio?: StudioApi;
  }
}

const store = createStudioStore({ documentName: "HelloWorld", text: sampleText });
window.aslStudio = createStudioApi(store);

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <App store={store} />
  </StrictMode>,
);
