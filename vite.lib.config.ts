/**
 * The library build (`npm run build:lib`, and after every `vite build` of the app, into dist/lib):
 * - `--mode react`: dist/lib/asl-studio.js, React and ReactDOM left to the host (peer
 *   dependencies), for portals built with React (`<AslStudio>`) or a bundler (`mountAslStudio`);
 * - `--mode standalone`: dist/lib/asl-studio.standalone.js, React included, for any page
 *   (`<script type="module">` + `mountAslStudio`).
 * Both share dist/lib/asl-studio.css. The studio's global styles are scoped to `.studio` here
 * (`:root` → `.studio`, `body` → `.studio`, `*` → `.studio *`), so an embedded studio never
 * restyles the host page.
 * Both builds have the same entry, so one set of type declarations serves both: the React build
 * writes dist/lib/types/ (tsc with tsconfig.lib.json) and dist/lib/asl-studio{,.standalone}.d.ts.
 */
import react from "@vitejs/plugin-react";
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, esmExternalRequirePlugin, type Plugin } from "vite";
import { selectDeclarations } from "./scripts/libraryTypes.ts";

/** What the React build imports from the host instead of bundling. */
const REACT = [/^react($|\/)/, /^react-dom($|\/)/];

const ELK_WORKER_ID = "\0asl-studio-elk-worker-url";

/**
 * Library mode inlines `?url` imports as data, and ELK's worker script then reaches ELK as a
 * module instead of a URL. Emit it as a file beside the chunks and hand ELK its URL instead.
 */
function elkWorkerAsFile(): Plugin {
  return {
    name: "asl-studio-elk-worker-file",
    enforce: "pre",
    resolveId(source) {
      return source.endsWith("elk-worker.min.js?url") ? ELK_WORKER_ID : undefined;
    },
    load(id) {
      if (id !== ELK_WORKER_ID) return undefined;
      const file = createRequire(import.meta.url).resolve("elkjs/lib/elk-worker.min.js");
      this.emitFile({ type: "asset", fileName: "assets/elk-worker.min.js", source: readFileSync(file) });
      // Chunks live in chunks/: the worker is one folder over. (A variable, so no plugin rewrites it.)
      return `const path = "../assets/elk-worker.min.js";\nexport default new URL(path, import.meta.url).href;\n`;
    },
  };
}

/** Every file under `root`, by path relative to it with `/` separators. */
function readTree(root: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(root, path).split(sep).join("/"), readFileSync(path, "utf8"));
  }
  return files;
}

/**
 * Type declarations for the library. tsc (tsconfig.lib.json) starts with the bundling, into a
 * scratch folder (Vite empties outDir before writing); once the bundle is written, the
 * declarations the entry needs go to outDir/types (scripts/libraryTypes.ts) and one entry file per
 * build beside its JavaScript. A type error fails the build.
 */
function libraryTypes(): Plugin {
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  const project = fileURLToPath(new URL("./tsconfig.lib.json", import.meta.url));
  let outDir = "";
  let scratch = "";
  let emitted: Promise<void> | undefined;
  let stop = (): void => undefined;
  return {
    name: "asl-studio-library-types",
    apply: "build",
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    buildStart() {
      scratch = mkdtempSync(join(tmpdir(), "asl-studio-types-"));
      const child = spawn(process.execPath, [tsc, "-p", project, "--outDir", scratch, "--pretty", "false"], { stdio: ["ignore", "pipe", "pipe"] });
      stop = () => void child.kill();
      let output = "";
      child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
      emitted = new Promise((done, fail) => {
        child.on("error", fail);
        child.on("close", (code) => (code === 0 ? done() : fail(new Error(`tsc -p tsconfig.lib.json failed (exit ${code}):\n${output}`))));
      });
      // Reported in closeBundle; until then a failure must not surface as an unhandled rejection.
      emitted.catch(() => undefined);
    },
    buildEnd(error) {
      if (!error) return;
      // The bundle failed: no declarations to wait for.
      stop();
      emitted = undefined;
      rmSync(scratch, { recursive: true, force: true });
    },
    async closeBundle() {
      if (!emitted) return;
      try {
        await emitted;
        const { files } = selectDeclarations(readTree(scratch), "embed/index.d.ts");
        rmSync(join(outDir, "types"), { recursive: true, force: true });
        for (const [path, text] of files) {
          const target = join(outDir, "types", path);
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, text);
        }
        for (const build of ["asl-studio", "asl-studio.standalone"]) {
          writeFileSync(join(outDir, `${build}.d.ts`), `// Types of ${build}.js (the same for both builds).\nexport * from "./types/embed/index.js";\n`);
        }
      } finally {
        rmSync(scratch, { recursive: true, force: true });
      }
    },
  };
}

/** Rewrites page-wide selectors of the studio's CSS so they apply inside `.studio` only. */
export function scopeStudioCss(): Plugin {
  const scopeSelector = (selector: string): string | undefined => {
    const s = selector.trim();
    if (s === "html" || s === "#root") return undefined;
    if (s === "body" || s === "html, body" || s === ":root") return ".studio";
    if (s === "*") return ".studio, .studio *";
    if (s.startsWith(":root")) return s.replace(/^:root/, ".studio");
    if (s === "button" || s.startsWith(":focus-visible")) return `.studio ${s}`;
    return s;
  };
  return {
    name: "asl-studio-scope-css",
    enforce: "pre",
    transform(code, id) {
      if (!/\/src\/.*\.css(\?|$)/.test(id)) return undefined;
      // Top-level rules only (the studio's CSS has no nesting); @-rules pass through untouched.
      return code.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|\})(\s*)([^{}@]+?)\s*\{/g, (_whole, close: string, space: string, selectors: string) => {
        const scoped = selectors
          .split(",")
          .map(scopeSelector)
          .filter((s): s is string => s !== undefined);
        if (scoped.length === 0) return `${close}${space}.asl-studio-unused {`;
        return `${close}${space}${[...new Set(scoped)].join(", ")} {`;
      });
    },
  };
}

export default defineConfig(({ mode }) => {
  const standalone = mode === "standalone";
  return {
    plugins: [
      elkWorkerAsFile(),
      scopeStudioCss(),
      react(),
      // React left to the host. The plugin also turns the CommonJS `require("react")` of bundled
      // dependencies (use-sync-external-store, under React Flow) into imports: left as require(), it
      // throws in any browser ("Calling `require` for "react" in an environment that doesn't expose
      // the `require` function") the moment the canvas loads.
      ...(standalone ? [] : [esmExternalRequirePlugin({ external: REACT }), libraryTypes()]),
    ],
    worker: { format: "es" },
    publicDir: false,
    // Worker and asset URLs relative to each chunk, so dist/lib can be served from any path.
    base: "./",
    define: { "process.env.NODE_ENV": JSON.stringify("production") },
    build: {
      // The app build passes its own outDir + /lib; alone, the library goes to dist/lib.
      outDir: process.env.ASL_STUDIO_LIB_OUT_DIR ?? "dist/lib",
      emptyOutDir: !standalone,
      copyPublicDir: false,
      sourcemap: false,
      chunkSizeWarningLimit: 4096,
      lib: {
        entry: { [standalone ? "asl-studio.standalone" : "asl-studio"]: "src/embed/index.ts" },
        formats: ["es"],
        cssFileName: "asl-studio",
      },
      rolldownOptions: {
        output: { chunkFileNames: `chunks/${standalone ? "s" : "r"}-[name]-[hash].js` },
      },
    },
  };
});
