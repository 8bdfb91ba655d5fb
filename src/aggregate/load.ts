/**
 * Finds and reads the results.json files of a matrix (typically downloaded artifacts, one directory per job).
 * Nothing here is fatal: a pattern that matches nothing, an unreadable file, broken JSON or another schema version
 * each become a problem in words, and the runs that could be read are merged anyway.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import * as glob from '@actions/glob';
import type { SuiteResult } from '../model.js';
import { validateSuite } from './validate.js';

export interface LoadedRun {
  /** The file as the reports show it: relative to `cwd` when it is under it (with `/`), absolute otherwise. */
  file: string;
  /** The run's name in the matrix: `suite.label`, or derived from the path; unique among the runs (`#2`, `#3`…). */
  label: string;
  suite: SuiteResult;
}

export interface LoadProblem {
  /** The file, or the pattern when a pattern matched nothing. */
  file: string;
  reason: string;
}

export interface LoadedResults {
  runs: LoadedRun[];
  problems: LoadProblem[];
}

/** The file name looked for inside a directory a pattern matches (an artifact's directory). */
export const RESULTS_FILE_NAME = 'results.json';
/** A results.json with transcripts is a few MB at most; anything far larger is not one. */
export const MAX_RESULTS_FILE_BYTES = 100 * 1024 * 1024;

const GLOB_CHARACTERS = /[*?[\]\\{}]/;

/** `@actions/glob`'s own escaping of a literal path (Linux and macOS escape `\` too). */
function globEscape(path: string): string {
  return (process.platform === 'win32' ? path : path.replace(/\\/g, '\\\\'))
    .replace(/(\[)(?=[^/]+\])/g, '[[]')
    .replace(/\?/g, '[?]')
    .replace(/\*/g, '[*]');
}

/**
 * The pattern made absolute against `cwd` (`@actions/glob` would use the process's working directory). The literal
 * segments before the first wildcard are resolved, so `../artifacts/**` works although the globber rejects `..`.
 */
export function absolutePattern(pattern: string, cwd: string): string {
  if (pattern === '~' || pattern.startsWith('~/')) return pattern;
  const segments = pattern.split(/[/\\]/);
  const firstGlob = segments.findIndex((segment) => GLOB_CHARACTERS.test(segment));
  if (firstGlob === -1) return globEscape(resolve(cwd, pattern));
  const literal = segments.slice(0, firstGlob).join('/');
  const base = isAbsolute(pattern) && literal === '' ? sep : resolve(cwd, literal);
  const rest = segments.slice(firstGlob).join('/');
  return `${globEscape(base).replace(/[/\\]$/, '')}/${rest}`;
}

/** Splits multi-line inputs, drops blank lines and `#` comments, and separates `!` exclusions. */
function parsePatterns(patterns: string[]): { include: string[]; exclude: string[] } {
  const lines = patterns.flatMap((pattern) => pattern.split(/\r?\n/)).map((line) => line.trim());
  const used = lines.filter((line) => line !== '' && !line.startsWith('#'));
  return {
    include: used.filter((line) => !line.startsWith('!')),
    exclude: used
      .filter((line) => line.startsWith('!'))
      .map((line) => line.replace(/^!+/, ''))
      .filter((line) => line !== ''),
  };
}

function displayPath(path: string, cwd: string): string {
  const fromCwd = relative(cwd, path);
  if (fromCwd === '' || fromCwd.startsWith('..') || isAbsolute(fromCwd)) return path;
  return fromCwd.split(sep).join('/');
}

/** `results.json` in an artifact's directory is named by the directory; any other file by its name without `.json`. */
export function labelFromPath(path: string): string {
  const name = basename(path);
  if (name === RESULTS_FILE_NAME) return basename(dirname(path)) || name;
  return name.replace(/\.json$/i, '') || name;
}

/** The label as given, or `#2`, `#3`… appended to repeats, in the order the runs are listed. */
export function uniqueLabels(labels: string[]): string[] {
  const taken = new Set<string>();
  return labels.map((label) => {
    let unique = label;
    for (let index = 2; taken.has(unique); index++) unique = `${label}#${index}`;
    taken.add(unique);
    return unique;
  });
}

const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function globFiles(include: string, exclude: string[]): Promise<string[]> {
  const globber = await glob.create([include, ...exclude.map((item) => `!${item}`)].join('\n'), {
    implicitDescendants: false,
    matchDirectories: true,
  });
  return globber.glob();
}

/**
 * Files a pattern matches; a directory stands for the results.json files anywhere under it (exclusions still apply).
 */
async function expand(pattern: string, exclude: string[], cwd: string): Promise<string[]> {
  const excluded = exclude.map((item) => absolutePattern(item, cwd));
  const files: string[] = [];
  for (const path of await globFiles(absolutePattern(pattern, cwd), excluded)) {
    const stats = await stat(path);
    if (stats.isFile()) files.push(path);
    else if (stats.isDirectory()) {
      for (const inner of await globFiles(`${globEscape(path)}/**/${RESULTS_FILE_NAME}`, excluded)) {
        if ((await stat(inner)).isFile()) files.push(inner);
      }
    }
  }
  return files;
}

async function readRun(path: string): Promise<{ suite: SuiteResult } | { reason: string }> {
  let text: string;
  try {
    const stats = await stat(path);
    if (stats.size > MAX_RESULTS_FILE_BYTES) {
      const size = stats.size.toLocaleString('en-US');
      const limit = MAX_RESULTS_FILE_BYTES.toLocaleString('en-US');
      return { reason: `the file is ${size} bytes, over the ${limit}-byte limit for a results.json` };
    }
    text = await readFile(path, 'utf8');
  } catch (error) {
    return { reason: `cannot be read: ${errorMessage(error)}` };
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    return { reason: `not valid JSON: ${errorMessage(error)}` };
  }
  const validation = validateSuite(value);
  return validation.ok ? { suite: validation.suite } : { reason: validation.reason };
}

const byPath = new Intl.Collator('en', { numeric: true }).compare;

/**
 * Expands the glob patterns (relative to `cwd`; several per string, one a line; `!` excludes; a directory means
 * every results.json under it) and reads every file found, in path order.
 */
export async function loadResults(patterns: string[], cwd: string): Promise<LoadedResults> {
  const problems: LoadProblem[] = [];
  const { include, exclude } = parsePatterns(patterns);
  if (include.length === 0)
    problems.push({
      file: patterns.join(' ').trim() || '(no pattern)',
      reason: 'no pattern to search for results.json files',
    });
  const found = new Set<string>();
  for (const pattern of include) {
    let files: string[];
    try {
      files = await expand(pattern, exclude, cwd);
    } catch (error) {
      problems.push({ file: pattern, reason: `the pattern cannot be searched: ${errorMessage(error)}` });
      continue;
    }
    if (files.length === 0) problems.push({ file: pattern, reason: 'no file matches this pattern' });
    for (const file of files) found.add(resolve(file));
  }

  const loaded: { file: string; derived: string; suite: SuiteResult }[] = [];
  for (const path of [...found].sort(byPath)) {
    const file = displayPath(path, cwd);
    const read = await readRun(path);
    if ('reason' in read) problems.push({ file, reason: read.reason });
    else loaded.push({ file, derived: labelFromPath(path), suite: read.suite });
  }
  const labels = uniqueLabels(
    loaded.map(({ suite, derived }) =>
      suite.label !== null && suite.label.trim() !== '' ? suite.label.trim() : derived,
    ),
  );
  return { runs: loaded.map(({ file, suite }, index) => ({ file, label: labels[index] as string, suite })), problems };
}
