import { readFile } from "node:fs/promises";

/** Exit codes shared by every command: 0 success, 1 the definition or run failed, 2 usage or I/O error. */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

export type CommandResult = number;

export class UsageError extends Error {}

export async function readTextFile(path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === "ENOENT" ? `No such file: ${path}` : `Cannot read ${path}: ${(error as Error).message}`);
  }
}
