// The shape of one CLI command. Commands never print directly: they write through the Io that cli.ts gives them.
import type { ParseArgsConfig } from "node:util";

export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

export interface ParsedArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

export interface Command {
  name: string;
  /** position in `odh --help` */
  order: number;
  summary_ja: string;
  summary_en: string;
  /** e.g. "odh validate FILE [--dataset ID|auto]" */
  usage: string;
  /** one line per option, for --help */
  optionHelp?: readonly string[];
  options: NonNullable<ParseArgsConfig["options"]>;
  /** how many positionals it takes: [min, max] */
  positionals: readonly [number, number];
  /** exit code: 0 ok, 1 data problems, 2 bad usage, unreadable input, or a run that could not finish (what run throws) */
  run(args: ParsedArgs, io: Io): Promise<number>;
}

/** A usage error: cli.ts prints it with the command's help and exits 2. */
export class UsageError extends Error {}
