/**
 * `asl-studio render FILE --format svg|png [--theme light|dark] [--direction down|right] -o OUT`
 *
 * Draws the diagram of a definition (JSON or YAML, or a CloudFormation/SAM template holding one)
 * with the studio's own SVG renderer: the same layout and look as the canvas, for docs pipelines.
 * PNG is the SVG rasterised in headless Chromium through Playwright.
 * Exit codes: 0 written, 1 the file is not a definition that can be drawn, 2 usage or I/O error.
 */
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { isJsonObject } from "../../src/asl/json";
import { parseDefinition } from "../../src/asl/parse/parseDefinition";
import type { LayoutDirection } from "../../src/graph/layout/toElkGraph";
import { importText } from "../../src/export/importText";
import { renderDiagram } from "../../src/export/renderDiagram";
import type { SvgTheme } from "../../src/export/svg/svgTheme";
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, readTextFile, UsageError } from "../io";

export const HELP = `Usage: asl-studio render FILE [options]

Draws the state machine in FILE as an SVG or PNG image, exactly as the studio's diagram export
does. FILE is a definition (JSON, or YAML for .yaml/.yml) or a CloudFormation/SAM template that
holds one.

Options:
  --format svg|png         Image format (default: from the -o extension, else svg).
  -o, --output FILE        Where to write. Without it, SVG goes to standard output; PNG needs
                           a file (or "-" for standard output).
  --theme light|dark       Colour theme (default light).
  --direction down|right   Layout direction (default down).
  --scale N                PNG pixel ratio, 1 to 4 (default 1; 2 for high-DPI screens).
  --machine NAME           In a template with several state machines, the logical id to draw.
  -h, --help               Show this help.

PNG needs Chromium: it is rasterised headless through Playwright (playwright-core, installed with
@playwright/test). Set ASL_STUDIO_CHROMIUM to the browser's path; otherwise /usr/bin/chromium,
chromium-browser or google-chrome is used when present, else Playwright's own download
("npx playwright install chromium"). SVG needs nothing.

Exit status: 0 when the image was written, 1 when FILE is not a state machine that can be drawn,
2 on a usage or I/O error.`;

export interface Output {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Binary output (PNG to standard output). */
  bytes: (data: Uint8Array) => void;
}

const CONSOLE: Output = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text + "\n"),
  bytes: (data) => process.stdout.write(data),
};

interface Options {
  file?: string;
  format?: "svg" | "png";
  output?: string;
  theme: SvgTheme;
  direction: LayoutDirection;
  scale: number;
  machine?: string;
  help: boolean;
}

function parseArgs(args: readonly string[]): Options {
  const options: Options = { theme: "light", direction: "DOWN", scale: 1, help: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === "-h" || arg === "--help") {
      options.help = true;
      continue;
    }
    if (!arg.startsWith("-") || arg === "-") {
      if (options.file !== undefined) throw new UsageError(`Only one FILE can be drawn at a time (got "${options.file}" and "${arg}").`);
      options.file = arg;
      continue;
    }
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const flag = eq >= 0 ? arg.slice(0, eq) : arg;
    const take = (): string => {
      const value = eq >= 0 ? arg.slice(eq + 1) : args[++i];
      if (value === undefined || value === "") throw new UsageError(`${flag} needs a value.`);
      return value;
    };
    switch (flag) {
      case "--format": {
        const value = take().toLowerCase();
        if (value !== "svg" && value !== "png") throw new UsageError(`--format must be svg or png, not "${value}".`);
        options.format = value;
        break;
      }
      case "-o":
      case "--output":
        options.output = take();
        break;
      case "--theme": {
        const value = take().toLowerCase();
        if (value !== "light" && value !== "dark") throw new UsageError(`--theme must be light or dark, not "${value}".`);
        options.theme = value;
        break;
      }
      case "--direction": {
        const value = take().toLowerCase();
        if (value !== "down" && value !== "right") throw new UsageError(`--direction must be down or right, not "${value}".`);
        options.direction = value === "down" ? "DOWN" : "RIGHT";
        break;
      }
      case "--scale": {
        const value = Number(take());
        if (!Number.isFinite(value) || value < 1 || value > 4) throw new UsageError("--scale must be a number from 1 to 4.");
        options.scale = value;
        break;
      }
      case "--machine":
        options.machine = take();
        break;
      default:
        throw new UsageError(`Unknown option ${flag}.`);
    }
  }
  return options;
}

/** The definition to draw, or a message saying why the file has none. */
function definitionIn(text: string, file: string, machine: string | undefined): { definition: unknown; title: string } | { problem: string } {
  const outcome = importText(text, file);
  const base = file.split(/[\\/]/).pop() ?? file;
  if (outcome.kind === "error") return { problem: outcome.message };
  let source = { text: outcome.kind === "definition" ? outcome.text : "", format: outcome.kind === "definition" ? outcome.format : ("json" as const), title: base };
  if (outcome.kind === "template") {
    const chosen = machine ? outcome.machines.find((m) => m.logicalId === machine) : outcome.machines.length === 1 ? outcome.machines[0] : undefined;
    if (!chosen) {
      const ids = outcome.machines.map((m) => m.logicalId).join(", ");
      return { problem: machine ? `The template has no state machine "${machine}" with an inline definition (it has: ${ids}).` : `The template holds several state machines (${ids}); choose one with --machine.` };
    }
    source = { text: chosen.text, format: chosen.format, title: chosen.config.name };
  }
  const parse = parseDefinition(source.text, source.format);
  const fatal = parse.problems.find((p) => p.fatal);
  if (parse.value === undefined || fatal) return { problem: `${file}:${fatal?.line ?? 1}:${fatal?.column ?? 1}  ${fatal?.message ?? "The file is not a definition."}` };
  if (!isJsonObject(parse.value) || !isJsonObject(parse.value.States)) return { problem: `${file} is not a state machine: it has no "States" object.` };
  return { definition: parse.value, title: source.title };
}

function chromiumPath(): string | undefined {
  const fromEnv = process.env.ASL_STUDIO_CHROMIUM;
  if (fromEnv) return fromEnv;
  return ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].find((path) => existsSync(path));
}

/** SVG → PNG in headless Chromium (JavaScript off, the SVG loaded as an image). */
export async function rasterizeInChromium(svg: string, width: number, height: number, scale: number): Promise<Uint8Array> {
  let playwright: typeof import("playwright-core");
  try {
    playwright = await import("playwright-core");
  } catch {
    throw new UsageError("PNG needs Playwright (playwright-core, installed with @playwright/test): npm install --save-dev @playwright/test.");
  }
  const executablePath = chromiumPath();
  let browser;
  try {
    browser = await playwright.chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ["--no-sandbox", "--disable-gpu"] });
  } catch (error) {
    throw new UsageError(`Chromium could not be started for PNG output (${(error as Error).message.split("\n")[0]}). Set ASL_STUDIO_CHROMIUM to a Chromium or Chrome binary, or run "npx playwright install chromium".`);
  }
  try {
    const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: scale, javaScriptEnabled: false });
    await context.route(/^(?!data:)/, (route) => route.abort());
    const page = await context.newPage();
    const src = `data:image/svg+xml;base64,${Buffer.from(svg, "utf8").toString("base64")}`;
    await page.setContent(`<!doctype html><html><body style="margin:0"><img src="${src}" width="${width}" height="${height}" style="display:block"></body></html>`, { waitUntil: "load" });
    return await page.screenshot({ type: "png", clip: { x: 0, y: 0, width, height } });
  } finally {
    await browser.close();
  }
}

export async function run(args: string[], output: Output = CONSOLE): Promise<number> {
  let options: Options;
  try {
    options = parseArgs(args);
  } catch (error) {
    output.err(`${(error as Error).message}\n\n${HELP}`);
    return EXIT_USAGE;
  }
  if (options.help) {
    output.out(HELP + "\n");
    return EXIT_OK;
  }
  if (options.file === undefined) {
    output.err(`No file to render.\n\n${HELP}`);
    return EXIT_USAGE;
  }
  const format = options.format ?? (options.output && /\.png$/i.test(options.output) ? "png" : "svg");
  if (format === "png" && options.output === undefined) {
    output.err('PNG output needs -o FILE (or "-o -" to write it to standard output).');
    return EXIT_USAGE;
  }

  let text: string;
  try {
    text = options.file === "-" ? await readStdin() : await readTextFile(options.file);
  } catch (error) {
    output.err(error instanceof UsageError ? error.message : String(error));
    return EXIT_USAGE;
  }
  const found = definitionIn(text, options.file, options.machine);
  if ("problem" in found) {
    output.err(found.problem);
    return EXIT_FAILED;
  }

  const ELK = (await import("elkjs/lib/elk.bundled.js")).default;
  const diagram = await renderDiagram(found.definition, new ELK(), { theme: options.theme, direction: options.direction, title: found.title });
  try {
    if (format === "svg") {
      if (options.output === undefined || options.output === "-") output.out(diagram.svg);
      else await writeFile(options.output, diagram.svg, "utf8");
    } else {
      const png = await rasterizeInChromium(diagram.svg, diagram.width, diagram.height, options.scale);
      if (options.output === "-") output.bytes(png);
      else await writeFile(options.output as string, png);
    }
  } catch (error) {
    output.err(error instanceof UsageError ? error.message : `Cannot write ${options.output}: ${(error as Error).message}`);
    return EXIT_USAGE;
  }
  if (options.output !== undefined && options.output !== "-") output.err(`Wrote ${options.output} (${format.toUpperCase()}, ${Math.round(diagram.width * (format === "png" ? options.scale : 1))}×${Math.round(diagram.height * (format === "png" ? options.scale : 1))}, ${diagram.stateCount} states).`);
  return EXIT_OK;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
