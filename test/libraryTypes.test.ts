import { describe, expect, it } from "vitest";
import { packageOf, selectDeclarations } from "../scripts/libraryTypes";

const emitted = (files: Record<string, string>) => new Map(Object.entries(files));

describe("selectDeclarations", () => {
  it("keeps what the entry reaches, through re-exports, imports and import() types, and nothing else", () => {
    const { files } = selectDeclarations(
      emitted({
        "embed/index.d.ts": 'export { a } from "./a";\nexport type { B } from "../store/b";\n',
        "embed/a.d.ts": 'export declare const a: import("../store/c").C;\n',
        "store/b.d.ts": 'import type { C } from "./c";\nexport type B = C;\n',
        "store/c.d.ts": "export type C = number;\n",
        "app/internal.d.ts": "export declare const unused: string;\n",
      }),
      "embed/index.d.ts",
    );
    expect([...files.keys()].sort()).toEqual(["embed/a.d.ts", "embed/index.d.ts", "store/b.d.ts", "store/c.d.ts"]);
  });

  it("writes relative imports the way Node resolves them: file.js, or folder/index.js", () => {
    const { files } = selectDeclarations(
      emitted({
        "index.d.ts": "export * from './a';\nexport { b } from \"./b\";\nexport type { C } from \"./c.js\";\nexport declare const d: import(\"./d/\").D;\n",
        "a.d.ts": "export declare const a = 1;\n",
        "b/index.d.ts": "export declare const b = 2;\n",
        "c.d.ts": "export type C = 3;\n",
        "d/index.d.ts": "export type D = 4;\n",
      }),
      "index.d.ts",
    );
    expect(files.get("index.d.ts")).toBe("export * from './a.js';\nexport { b } from \"./b/index.js\";\nexport type { C } from \"./c.js\";\nexport declare const d: import(\"./d/index.js\").D;\n");
  });

  it("drops a side-effect import of a file without declarations (a stylesheet), not the comment before it", () => {
    const { files } = selectDeclarations(
      emitted({ "embed/index.d.ts": '/** The library. */\nimport "../app/styles.css";\nexport { a } from "./a";\n', "embed/a.d.ts": "export declare const a = 1;\n" }),
      "embed/index.d.ts",
    );
    expect(files.get("embed/index.d.ts")).toBe('/** The library. */\nexport { a } from "./a.js";\n');
  });

  it("refuses a relative import whose declarations are missing (a host could not resolve it)", () => {
    expect(() => selectDeclarations(emitted({ "index.d.ts": 'export { a } from "./gone";\n' }), "index.d.ts")).toThrow(/index\.d\.ts imports \.\/gone/);
    expect(() => selectDeclarations(emitted({ "index.d.ts": 'import type { A } from "./gone";\nexport type B = A;\n' }), "index.d.ts")).toThrow(/\.\/gone/);
    expect(() => selectDeclarations(emitted({}), "index.d.ts")).toThrow(/entry index\.d\.ts/);
  });

  it("lists the packages the kept declarations import from, and follows import cycles once", () => {
    const { files, packages } = selectDeclarations(
      emitted({
        "index.d.ts": 'import { type StoreApi } from "zustand/vanilla";\nexport * from "./a";\nexport type S = StoreApi<number>;\n',
        "a.d.ts": 'import type { ReactNode } from "react";\nexport * from "./index";\nexport type N = ReactNode | import("@scope/pkg/sub").T;\n',
        "unreached.d.ts": 'import type { editor } from "monaco-editor";\nexport type E = editor.IEditor;\n',
      }),
      "index.d.ts",
    );
    expect(files.size).toBe(2);
    expect([...packages].sort()).toEqual(["@scope/pkg", "react", "zustand"]);
  });

  it("names a package by its first segment, or two for a scoped one", () => {
    expect(packageOf("react")).toBe("react");
    expect(packageOf("react-dom/client")).toBe("react-dom");
    expect(packageOf("@types/react/jsx-runtime")).toBe("@types/react");
  });
});
