/**
 * React as ES modules, for a page that loads the library's React build (dist/lib/asl-studio.js)
 * without a bundler. React ships CommonJS only, so this bundles it with Vite, offline, into one
 * module per specifier the React build imports, sharing one copy of React:
 * react.js, react-jsx-runtime.js, react-dom.js, react-dom-client.js (map them with an import map).
 */
import { createRequire } from "node:module";
import { build, type Plugin } from "vite";

/** The specifiers the React build imports, by output file name. */
export const REACT_MODULES = { react: "react", "react-jsx-runtime": "react/jsx-runtime", "react-dom": "react-dom", "react-dom-client": "react-dom/client" } as const;

const PREFIX = "\0esm-react:";
const identifier = /^[A-Za-z_$][\w$]*$/;

/** Each entry re-exports a CommonJS module's properties by name (an ES module needs them listed). */
function reExports(): Plugin {
  const require = createRequire(import.meta.url);
  return {
    name: "esm-react-entries",
    // Vite hands library entries over as paths under the project root: /…/esm-react:react.
    resolveId(id) {
      const at = id.indexOf("esm-react:");
      return at >= 0 ? `\0${id.slice(at)}` : undefined;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return undefined;
      const specifier = id.slice(PREFIX.length);
      const names = Object.keys(require(specifier) as object).filter((name) => name !== "default" && identifier.test(name));
      return `import * as cjs from ${JSON.stringify(specifier)};\nconst m = cjs.default ?? cjs;\nexport default m;\nexport const { ${names.join(", ")} } = m;\n`;
    },
  };
}

export async function buildEsmReact(outDir: string): Promise<void> {
  await build({
    configFile: false,
    logLevel: "warn",
    mode: "production",
    plugins: [reExports()],
    define: { "process.env.NODE_ENV": JSON.stringify("production") },
    build: {
      outDir,
      emptyOutDir: true,
      minify: false,
      lib: { entry: Object.fromEntries(Object.entries(REACT_MODULES).map(([file, specifier]) => [file, `esm-react:${specifier}`])), formats: ["es"] },
    },
  });
}
