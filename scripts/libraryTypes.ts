/**
 * The library's type declarations, from what `tsc -p tsconfig.lib.json` emits for the whole graph
 * under src/embed/index.ts (hundreds of files, most of them the app's internals):
 * - keeps only the declarations the entry reaches through its imports (the public API's types);
 * - writes every relative import with its `.js` extension, so hosts that resolve like Node
 *   (`moduleResolution: node16/nodenext`) find them as well as bundler-style hosts do;
 * - drops side-effect imports of files that have no declarations (the entry's stylesheet), which
 *   mean nothing to a type checker and fail under `noUncheckedSideEffectImports`.
 * Used by vite.lib.config.ts; pure (paths in, texts out) so it can be tested without a build.
 */
import { posix } from "node:path";
import ts from "typescript";

export interface LibraryDeclarations {
  /** Declaration files to ship, by path relative to the emitted root (posix separators). */
  files: Map<string, string>;
  /** Packages the kept declarations import from (a host must be able to resolve them). */
  packages: Set<string>;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** The package a bare specifier names: `zustand/vanilla` → `zustand`, `@types/x/y` → `@types/x`. */
export function packageOf(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] ?? specifier);
}

/** The string literals that name modules in a declaration file: imports, re-exports, `import("…")` types. */
function moduleSpecifiers(source: ts.SourceFile): { literal: ts.StringLiteral; statement: ts.Statement | undefined }[] {
  const found: { literal: ts.StringLiteral; statement: ts.Statement | undefined }[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push({ literal: node.moduleSpecifier, statement: ts.isImportDeclaration(node) && !node.importClause ? node : undefined });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.push({ literal: node.argument.literal, statement: undefined });
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteral(node.moduleReference.expression)) {
      found.push({ literal: node.moduleReference.expression, statement: undefined });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * The declarations reachable from `entry` (e.g. `embed/index.d.ts`) in `emitted` (every emitted
 * file by relative path), rewritten as described above. Throws when a kept file imports a relative
 * module that has no declaration (the host would fail on it).
 */
export function selectDeclarations(emitted: ReadonlyMap<string, string>, entry: string): LibraryDeclarations {
  if (!emitted.has(entry)) throw new Error(`No declarations for the library entry ${entry}`);
  const files = new Map<string, string>();
  const packages = new Set<string>();
  const queue = [entry];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (files.has(file)) continue;
    const text = emitted.get(file) ?? "";
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const edits: Edit[] = [];
    for (const { literal, statement } of moduleSpecifiers(source)) {
      const specifier = literal.text;
      if (!specifier.startsWith(".")) {
        packages.add(packageOf(specifier));
        continue;
      }
      const target = posix.normalize(posix.join(posix.dirname(file), specifier)).replace(/\/$/, "");
      const withoutJs = target.replace(/\.js$/, "");
      const asFile = `${withoutJs}.d.ts`;
      const asFolder = `${target}/index.d.ts`;
      // The literal's text without its quotes, so the edit keeps the file's quote style.
      const at = { start: literal.getStart(source) + 1, end: literal.getEnd() - 1 };
      if (emitted.has(asFile)) {
        queue.push(asFile);
        if (withoutJs === target) edits.push({ ...at, text: `${specifier}.js` });
      } else if (emitted.has(asFolder)) {
        queue.push(asFolder);
        edits.push({ ...at, text: `${specifier.replace(/\/$/, "")}/index.js` });
      } else if (statement) {
        // `import "../app/styles.css";`: no declarations, nothing for a type checker. (From the
        // statement's own start: the comments before it may be the file's.)
        const end = statement.getEnd();
        edits.push({ start: statement.getStart(source), end: text.startsWith("\n", end) ? end + 1 : end, text: "" });
      } else {
        throw new Error(`${file} imports ${specifier}, which has no declaration file`);
      }
    }
    let rewritten = text;
    for (const edit of edits.sort((a, b) => b.start - a.start)) rewritten = rewritten.slice(0, edit.start) + edit.text + rewritten.slice(edit.end);
    files.set(file, rewritten);
  }
  return { files, packages };
}
