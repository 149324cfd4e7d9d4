// `odh`: the only place that prints. Commands live one per file in ./commands and are found there.
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { type Command, type Io, UsageError } from "./command.ts";

// beside this module, with its extension: commands/*.ts from the sources, commands/*.js from the build in dist/
const SELF = fileURLToPath(import.meta.url);
const COMMANDS_DIR = path.join(path.dirname(SELF), "commands");
const EXT = path.extname(SELF);

export async function loadCommands(): Promise<Command[]> {
  const files = readdirSync(COMMANDS_DIR).filter((f) => f.endsWith(EXT)).sort();
  const commands = await Promise.all(files.map(async (f) => (await import(pathToFileURL(path.join(COMMANDS_DIR, f)).href)).default as Command));
  return commands.sort((a, b) => a.order - b.order);
}

function overview(commands: Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    "odh — tokyo-opendata-hub（東京都62区市町村のオープンデータハブ）",
    "",
    "使い方 / Usage: odh COMMAND [options]   (odh COMMAND --help)",
    "",
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary_ja} / ${c.summary_en}`),
    "",
  ].join("\n");
}

function commandHelp(c: Command): string {
  return [`${c.summary_ja} / ${c.summary_en}`, "", `使い方 / Usage: ${c.usage}`, ...(c.optionHelp?.length ? ["", ...c.optionHelp.map((l) => `  ${l}`)] : []), ""].join("\n");
}

/** Only the asked command's module: `odh validate` need not load the API server, the database and the scheduler. */
async function loadCommand(name: string | undefined): Promise<Command | undefined> {
  if (!name || !/^[a-z][a-z-]*$/.test(name) || !existsSync(path.join(COMMANDS_DIR, `${name}${EXT}`))) return undefined;
  const command = (await import(pathToFileURL(path.join(COMMANDS_DIR, `${name}${EXT}`)).href)).default as Command;
  return command.name === name ? command : undefined;
}

export async function main(argv: string[], io: Io = { stdout: process.stdout, stderr: process.stderr, env: process.env }): Promise<number> {
  const [name, ...rest] = argv;
  const only = await loadCommand(name);
  const commands = only ? [only] : await loadCommands();
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.stdout.write(overview(commands));
    return name ? 0 : 2;
  }
  if (name === "--version") {
    io.stdout.write("0.1.0\n");
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`odh: 不明なコマンド「${name}」です / unknown command "${name}"\n\n${overview(commands)}`);
    return 2;
  }
  let args;
  try {
    args = parseArgs({ args: rest, options: { ...command.options, help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true });
  } catch (err) {
    io.stderr.write(`odh ${name}: ${(err as Error).message}\n\n${commandHelp(command)}`);
    return 2;
  }
  if (args.values.help) {
    io.stdout.write(commandHelp(command));
    return 0;
  }
  const [min, max] = command.positionals;
  if (args.positionals.length < min || args.positionals.length > max) {
    io.stderr.write(`odh ${name}: 引数の数が違います / expected ${min === max ? min : `${min}–${max}`} argument(s), got ${args.positionals.length}\n\n${commandHelp(command)}`);
    return 2;
  }
  try {
    return await command.run(args as never, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`odh ${name}: ${err.message}\n\n${commandHelp(command)}`);
      return 2;
    }
    // 1 says "the rows have errors" (validate, normalize) or "a source failed" (harvest): a command that could not
    // finish is 2, as linters do, so a script never takes a crash for a verdict on the data
    io.stderr.write(`odh ${name}: 処理を最後まで実行できませんでした / could not finish: ${(err as Error).message}\n`);
    return 2;
  }
}
