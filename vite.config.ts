/// <reference types="vitest/config" />
import react from "@vitejs/plugin-react";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build, defineConfig, type Plugin } from "vite";

/**
 * After the app is built, build the embeddable library into dist/lib (vite.lib.config.ts), so
 * one `vite build` yields the app, /embed.html and the library the embedding tests load.
 * ASL_STUDIO_SKIP_LIB=1 skips it.
 */
function libraryAfterApp(): Plugin {
  let skip = false;
  let outDir = "dist";
  return {
    name: "asl-studio-library-after-app",
    apply: "build",
    configResolved(config) {
      skip = process.env.ASL_STUDIO_SKIP_LIB === "1" || config.build.lib !== false || config.build.ssr !== false;
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      if (skip) return;
      const configFile = fileURLToPath(new URL("./vite.lib.config.ts", import.meta.url));
      process.env.ASL_STUDIO_LIB_OUT_DIR = join(outDir, "lib");
      try {
        for (const mode of ["react", "standalone"]) await build({ configFile, mode, logLevel: "warn" });
      } finally {
        delete process.env.ASL_STUDIO_LIB_OUT_DIR;
      }
    },
  };
}

export default defineConfig({
  plugins: [react(), libraryAfterApp()],
  worker: { format: "es" },
  build: {
    rolldownOptions: {
      input: {
        main: fileURLToPath(new URL("./index.html", import.meta.url)),
        embed: fileURLToPath(new URL("./embed.html", import.meta.url)),
        // A React host of <AslStudio>, for the embedding tests and as an example.
        reactHost: fileURLToPath(new URL("./examples/react-host.html", import.meta.url)),
      },
    },
  },
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "cli/**/*.test.ts", "bench/**/*.test.ts", "test/**/*.test.ts"],
    environment: "node",
    testTimeout: 20_000,
  },
});
