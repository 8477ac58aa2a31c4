/**
 * `asl-studio validate FILE… [--format human|json] [--express | --workflow-type TYPE]`
 *
 * Checks each file (JSON, or YAML for .yaml/.yml) with the same validator as the studio and
 * prints one line per finding, `file:line:col  severity  CODE  message`, then a summary; or,
 * with --format json, exactly `{"files":[{"file","valid","diagnostics":[…]}]}`.
 * Exit codes: 0 no file has an error, 1 some file has an error, 2 usage or I/O error (nothing
 * is validated then).
 */
import type { Diagnostic } from "../../src/asl/diagnostics";
import { countBySeverity } from "../../src/asl/diagnostics";
import { formatFromFileName } from "../../src/asl/parse/parseDefinition";
import type { WorkflowType } from "../../src/asl/types";
import { validateText } from "../../src/asl/validate/validateText";
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, readTextFile, UsageError } from "../io";

export const HELP = `Usage: asl-studio validate FILE… [options]

Checks Amazon States Language definitions. Files ending in .yaml or .yml are read as YAML,
all others as JSON.

Options:
  --format human|json      Output format (default human). json prints
                           {"files":[{"file","valid","diagnostics":[…]}]}
  --express                Validate as an Express workflow: no .sync, .waitForTaskToken,
                           activities, distributed Map or waits over 5 minutes.
                           Same as --workflow-type EXPRESS.
  --workflow-type TYPE     STANDARD (the default: no Express-only checks) or EXPRESS.
  -h, --help               Show this help.

Exit status: 0 when no file has an error (warnings allowed), 1 when any file has an error,
2 on a usage or I/O error (unknown option, no files, unreadable file).`;

export interface Output {
  out: (text: string) => void;
  err: (text: string) => void;
}

const CONSOLE: Output = {
  out: (text) => process.stdout.write(text + "\n"),
  err: (text) => process.stderr.write(text + "\n"),
};

interface Options {
  files: string[];
  format: "human" | "json";
  workflowType?: WorkflowType;
  help: boolean;
}

function parseArgs(args: string[]): Options {
  const options: Options = { files: [], format: "human", help: false };
  const value = (flag: string, inline: string | undefined, i: number): string => {
    const v = inline ?? args[i + 1];
    if (v === undefined || v === "") throw new UsageError(`${flag} needs a value.`);
    return v;
  };
  let onlyFiles = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (onlyFiles || !arg.startsWith("-") || arg === "-") {
      options.files.push(arg);
      continue;
    }
    const [flag = arg, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    switch (flag) {
      case "--":
        onlyFiles = true;
        break;
      case "-h":
      case "--help":
        options.help = true;
        break;
      case "--format": {
        const format = value(flag, inline, i);
        if (inline === undefined) i++;
        if (format !== "human" && format !== "json") throw new UsageError(`--format must be human or json, not "${format}".`);
        options.format = format;
        break;
      }
      case "--express":
        options.workflowType = "EXPRESS";
        break;
      case "--workflow-type": {
        const type = value(flag, inline, i).toUpperCase();
        if (inline === undefined) i++;
        if (type !== "STANDARD" && type !== "EXPRESS") throw new UsageError(`--workflow-type must be STANDARD or EXPRESS, not "${type}".`);
        options.workflowType = type;
        break;
      }
      default:
        throw new UsageError(`Unknown option ${flag}.`);
    }
  }
  return options;
}

function location(diagnostic: Diagnostic): string {
  return diagnostic.range ? `${diagnostic.range.start.line}:${diagnostic.range.start.column}` : "1:1";
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
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
    output.out(HELP);
    return EXIT_OK;
  }
  if (options.files.length === 0) {
    output.err(`No files to validate.\n\n${HELP}`);
    return EXIT_USAGE;
  }

  const texts: string[] = [];
  try {
    for (const file of options.files) texts.push(await readTextFile(file));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    output.err(error.message);
    return EXIT_USAGE;
  }

  const results = options.files.map((file, i) => {
    const validateOptions = options.workflowType ? { workflowType: options.workflowType } : {};
    const { diagnostics } = validateText(texts[i] as string, formatFromFileName(file), validateOptions);
    return { file, valid: !diagnostics.some((d) => d.severity === "error"), diagnostics };
  });

  if (options.format === "json") {
    output.out(JSON.stringify({ files: results }));
  } else {
    let totals = { error: 0, warning: 0, info: 0 };
    for (const { file, diagnostics } of results) {
      for (const d of diagnostics) output.out(`${file}:${location(d)}  ${d.severity}  ${d.code}  ${d.message}`);
      const counts = countBySeverity(diagnostics);
      totals = { error: totals.error + counts.error, warning: totals.warning + counts.warning, info: totals.info + counts.info };
    }
    const invalid = results.filter((r) => !r.valid).length;
    output.out(
      `${plural(results.length, "file")} checked: ${results.length - invalid} valid, ${invalid} invalid; ${plural(totals.error, "error")}, ${plural(totals.warning, "warning")}, ${totals.info} info.`,
    );
  }
  return results.every((r) => r.valid) ? EXIT_OK : EXIT_FAILED;
}
