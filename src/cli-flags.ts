/**
 * The command line's flags and help text, both read from the options table (src/options.ts), and the flags' values
 * as the raw options `parseSettings` takes.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import {
  COMMAND_LINE_ONLY,
  RUN_OPTION_KEYS,
  RUN_OPTIONS,
  isListOption,
  type OptionSpec,
  type RawSettings,
} from './options.js';

const FLAG_OPTIONS: OptionSpec[] = [...Object.values(RUN_OPTIONS), ...Object.values(COMMAND_LINE_ONLY)];

const HELP_WIDTH = 118;
const DESCRIPTION_COLUMN = 32;

const HEADER = `Usage: sep-2207-action --command "<shell command that starts your MCP client>" [options]
       sep-2207-action --mode server --server-url <url> [--server-command "<cmd>"] [options]
       sep-2207-action --mode aggregate --results "<glob of results.json files>" [options]

Client mode (the default) runs each scenario's mock OAuth authorization server and MCP server on 127.0.0.1, starts
your client with the MCP server URL as its last argument, and checks what it did on the wire (SEP-2207 and the
OAuth 2.1 refresh rules). Server mode probes your MCP server's WWW-Authenticate challenge and Protected Resource
Metadata. Aggregate mode merges results.json files from several runs into one compatibility matrix.

Options:`;

const FOOTER = 'Exit codes: 0 passed, 1 an enforced result failed, 2 bad usage, 3 harness error, 130 interrupted.';

export interface CommandLine {
  /** `--help`, `--version` or `--list-scenarios`: do that instead of a run. */
  command: 'help' | 'version' | 'listScenarios' | undefined;
  raw: RawSettings;
}

/** Throws parseArgs's own errors (code `ERR_PARSE_ARGS_…`) for an unknown flag or a missing value. */
export function parseCommandLine(argv: string[]): CommandLine {
  const options: NonNullable<ParseArgsConfig['options']> = {};
  for (const { flag, short, value, multiple } of FLAG_OPTIONS) {
    if (flag === undefined) continue;
    // parseArgs rejects a `short` or `multiple` key that is there but undefined.
    options[flag] = {
      type: value === undefined ? 'boolean' : 'string',
      ...(short === undefined ? {} : { short }),
      ...(multiple === undefined ? {} : { multiple }),
    };
  }
  const { values } = parseArgs({ args: argv, strict: true, allowPositionals: false, options });
  const commands = (['help', 'version', 'listScenarios'] as const).filter(
    (key) => values[COMMAND_LINE_ONLY[key].flag] === true,
  );
  const raw: RawSettings = {};
  for (const key of RUN_OPTION_KEYS) {
    const option: OptionSpec = RUN_OPTIONS[key];
    const given = values[RUN_OPTIONS[key].flag];
    if (isListOption(key)) {
      if (Array.isArray(given)) raw[key] = given.filter((item) => typeof item === 'string');
    } else if (option.switchGives !== undefined) {
      if (given === true) raw[key] = option.switchGives;
    } else if (typeof given === 'string') raw[key] = given;
  }
  return { command: commands[0], raw };
}

/** The help text: each flag with its value, what it does, the mode that takes it and its default. */
export function usage(): string {
  const lines = FLAG_OPTIONS.flatMap((option) => {
    if (option.flag === undefined) return [];
    const short = option.short ? `-${option.short}, ` : '    ';
    const name = `${short}--${option.flag}${option.value ? ` ${option.value}` : ''}`;
    const notes = helpNotes(option);
    const text = `${option.description}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`;
    return helpLines(`  ${name}`, text);
  });
  return [HEADER, ...lines, '', FOOTER].join('\n');
}

function helpNotes(option: OptionSpec): string[] {
  const notes: string[] = [];
  if (option.mode) notes.push(`${option.mode} mode${option.required ? ', required' : ''}`);
  if (option.multiple) notes.push('repeatable');
  if (option.switchGives !== undefined) notes.push('on by default; this flag turns it off');
  else if (option.defaultText ?? option.default) notes.push(`default: ${option.defaultText ?? option.default}`);
  return notes;
}

/** The flag, then its description from the description column, wrapped at the help's width. */
function helpLines(name: string, text: string): string[] {
  const lines: string[] = [];
  let line = name.length + 1 > DESCRIPTION_COLUMN ? `${name} ` : name.padEnd(DESCRIPTION_COLUMN);
  let empty = true;
  for (const word of text.split(' ')) {
    if (!empty && line.length + 1 + word.length > HELP_WIDTH) {
      lines.push(line);
      line = ' '.repeat(DESCRIPTION_COLUMN);
      empty = true;
    }
    line += `${empty ? '' : ' '}${word}`;
    empty = false;
  }
  return [...lines, line];
}
