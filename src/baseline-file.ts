/**
 * Reads the expected-failures baseline, in the upstream MCP conformance suite's YAML format:
 *
 *     client:
 *       - auth/offline-access-scope                                          # the whole scenario may fail
 *       - auth/offline-access-not-supported:sep-2207-offline-access-not-requested   # only this check may
 *
 * An input like the options: read and validated before anything runs, so a typo is a SettingsError naming the line.
 * What the reports do with it (baselined results, stale entries) is src/report/baseline.ts.
 */
import { readFile } from 'node:fs/promises';
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { CATALOG } from './checks/catalog.js';
import { SCENARIO_OUTCOME } from './checks/scenario-outcome.js';
import { formatEntry, type Baseline, type BaselineEntry } from './report/baseline.js';
import { SCENARIO_NAMES } from './scenarios/index.js';
import { SERVER_SCENARIO } from './engine/server-suite.js';
import { SettingsError } from './settings.js';

const SECTIONS = ['client', 'server'] as const;
const KNOWN_CHECK_IDS = new Set<string>([...CATALOG.map((check) => check.id), SCENARIO_OUTCOME.id]);

export async function loadBaseline(path: string, option: string): Promise<Baseline> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error);
    throw new SettingsError(`${option}: cannot read ${path}: ${reason}.`);
  }
  return parseBaseline(text, path);
}

export function parseBaseline(text: string, path: string): Baseline {
  const lineOf = lineCounter(text);
  const fail = (node: YamlNode | null | undefined, message: string): never => {
    const line = node?.range ? lineOf(node.range[0]) : 1;
    throw new SettingsError(`${path}:${line}: ${message}`);
  };
  const document = parseDocument(text);
  const syntaxError = document.errors[0];
  if (syntaxError)
    throw new SettingsError(
      `${path}:${syntaxError.linePos?.[0]?.line ?? 1}: invalid YAML: ${syntaxError.message.split('\n')[0]}`,
    );
  const root = document.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return { path, entries: [] };
  if (!isMap(root)) return fail(root, 'expected a mapping with a `client:` list (and optionally `server:`).');

  const entries: BaselineEntry[] = [];
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!(SECTIONS as readonly string[]).includes(key)) {
      fail(pair.key as YamlNode, `unknown section "${key}": expected ${SECTIONS.join(' or ')}.`);
    }
    const list = pair.value as YamlNode | null;
    if (list === null || (isScalar(list) && list.value === null)) continue;
    if (!isSeq(list))
      return fail(list, `\`${key}:\` must be a list of "<scenario>" or "<scenario>:<check-id>" entries.`);
    for (const item of list.items as YamlNode[]) {
      if (!isScalar(item) || typeof item.value !== 'string') {
        const hint = isMap(item) ? ' A per-check entry takes no space after the colon: "- scenario:check-id".' : '';
        fail(item, `expected "<scenario>" or "<scenario>:<check-id>".${hint}`);
      }
      const line = lineOf((item.range as [number, number, number])[0]);
      const scenarios = key === 'client' ? SCENARIO_NAMES : [SERVER_SCENARIO];
      entries.push(parseEntry(String((item as { value: unknown }).value), line, scenarios, fail.bind(null, item)));
    }
  }

  const wholeScenarios = new Set(entries.filter((entry) => !entry.checkId).map((entry) => entry.scenario));
  for (const entry of entries) {
    if (entry.checkId && wholeScenarios.has(entry.scenario)) {
      throw new SettingsError(
        `${path}:${entry.line}: "${formatEntry(entry)}" is redundant: ` +
          `the whole scenario "${entry.scenario}" is already listed.`,
      );
    }
  }
  return { path, entries };
}

function parseEntry(
  text: string,
  line: number,
  scenarios: readonly string[],
  fail: (message: string) => never,
): BaselineEntry {
  const separator = text.indexOf(':');
  const scenario = (separator === -1 ? text : text.slice(0, separator)).trim();
  const checkId = separator === -1 ? undefined : text.slice(separator + 1).trim();
  if (!scenarios.includes(scenario)) fail(`unknown scenario "${scenario}". Known: ${scenarios.join(', ')}.`);
  if (checkId !== undefined && !KNOWN_CHECK_IDS.has(checkId)) {
    fail(`unknown check id "${checkId}". Known: ${[...KNOWN_CHECK_IDS].join(', ')}.`);
  }
  return checkId === undefined ? { scenario, line } : { scenario, checkId, line };
}

function lineCounter(text: string): (offset: number) => number {
  const starts = [0];
  for (let index = 0; index < text.length; index++) if (text[index] === '\n') starts.push(index + 1);
  return (offset) => {
    let line = 0;
    while (line + 1 < starts.length && (starts[line + 1] as number) <= offset) line++;
    return line + 1;
  };
}
