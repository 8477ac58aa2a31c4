// Monaco ships types for its root entry only; the full-featured entry exports the same API.
declare module "monaco-editor/editor/editor.main" {
  export * from "monaco-editor";
}
