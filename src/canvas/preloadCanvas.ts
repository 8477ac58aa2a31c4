// Imported first by the standalone app: starts fetching the canvas and the layout engine's
// worker before the rest of the app's modules are even evaluated.
void import("./FlowCanvas");
void import("./elkInstance").then(({ getElk }) => getElk());
