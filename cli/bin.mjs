#!/usr/bin/env node
// Runs the TypeScript command line straight from source, so `npx asl-studio` works right after
// `npm install` with no build step.
import { register } from "tsx/esm/api";

register();
const { main } = await import("./main.ts");
process.exitCode = await main(process.argv.slice(2));
