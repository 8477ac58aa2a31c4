import { EXIT_USAGE, type CommandResult } from "./io";

interface Command {
  summary: string;
  load: () => Promise<{ run: (args: string[]) => Promise<CommandResult> }>;
}

const COMMANDS: Record<string, Command> = {
  validate: { summary: "Check definitions against the Amazon States Language", load: () => import("./commands/validate") },
  run: { summary: "Run a state machine with mocked tasks (dry run)", load: () => import("./commands/run") },
  "test-state": { summary: "Run one state like the TestState API", load: () => import("./commands/testState") },
  render: { summary: "Draw a state machine as an SVG or PNG image", load: () => import("./commands/render") },
};

const USAGE = `Usage: asl-studio <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, command]) => `  ${name.padEnd(12)}${command.summary}`)
  .join("\n")}

Run "asl-studio <command> --help" for a command's options.`;

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    console.log(USAGE);
    return name === undefined ? EXIT_USAGE : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`Unknown command "${name}".\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  const { run } = await command.load();
  return run(rest);
}
