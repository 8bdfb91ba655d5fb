/**
 * Checks that parsed JSON is a results.json this version can read. The files come from other jobs (often other
 * versions of the action, sometimes hand-edited), so everything the aggregate reporters read is checked here and a
 * mismatch becomes one reason in words, never an exception later. Transcripts and client runs are not inspected:
 * the aggregate never reads them.
 */
import { emptyCounts } from '../suite-result.js';
import { RESULTS_SCHEMA_VERSION, type CheckStatus, type StatusCounts, type SuiteResult } from '../model.js';

export const CHECK_STATUSES: readonly CheckStatus[] = ['SUCCESS', 'FAILURE', 'WARNING', 'INFO', 'SKIPPED'];

export type Validation = { ok: true; suite: SuiteResult } | { ok: false; reason: string };

class Invalid extends Error {}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string')
    return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

function expectString(object: Record<string, unknown>, path: string, name: string): string {
  const value = object[name];
  if (typeof value !== 'string') throw new Invalid(`${path}${name} is ${describe(value)}, expected a string`);
  return value;
}

function expectObject(value: unknown, where: string): Record<string, unknown> {
  if (!isObject(value)) throw new Invalid(`${where} is ${describe(value)}, expected an object`);
  return value;
}

function expectArray(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value)) throw new Invalid(`${where} is ${describe(value)}, expected an array`);
  return value;
}

function expectNumber(object: Record<string, unknown>, path: string, name: string): void {
  const value = object[name];
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new Invalid(`${path}${name} is ${describe(value)}, expected a number of 0 or more`);
  }
}

function checkCounts(value: unknown, where: string): void {
  const counts = expectObject(value, where);
  for (const status of CHECK_STATUSES) {
    const count = counts[status];
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) {
      throw new Invalid(`${where}.${status} is ${describe(count)}, expected a whole number of 0 or more`);
    }
  }
}

function checkResult(value: unknown, where: string): void {
  const result = expectObject(value, where);
  const path = `${where}.`;
  expectString(result, path, 'id');
  const status = result.status;
  if (typeof status !== 'string' || !(CHECK_STATUSES as readonly string[]).includes(status)) {
    throw new Invalid(`${path}status is ${describe(status)}, expected one of ${CHECK_STATUSES.join(', ')}`);
  }
  if (typeof result.draftOnly !== 'boolean')
    throw new Invalid(`${path}draftOnly is ${describe(result.draftOnly)}, expected true or false`);
  for (const name of ['title', 'requirement', 'level', 'message']) expectString(result, path, name);
  expectArray(result.sources, `${path}sources`).forEach((source, index) => {
    const item = expectObject(source, `${path}sources[${index}]`);
    expectString(item, `${path}sources[${index}].`, 'label');
    expectString(item, `${path}sources[${index}].`, 'url');
  });
}

function checkScenario(value: unknown, where: string): void {
  const scenario = expectObject(value, where);
  const path = `${where}.`;
  expectString(scenario, path, 'name');
  expectNumber(scenario, path, 'durationMs');
  checkResult(scenario.outcome, `${path}outcome`);
  expectArray(scenario.checks, `${path}checks`).forEach((check, index) =>
    checkResult(check, `${path}checks[${index}]`),
  );
}

/** The suite when `value` is a results.json of the supported schema version, otherwise why not. */
export function validateSuite(value: unknown): Validation {
  if (!isObject(value))
    return { ok: false, reason: `not a results.json: the JSON is ${describe(value)}, not an object` };
  const version = value.schemaVersion;
  if (version === undefined) return { ok: false, reason: 'not a results.json: it has no schemaVersion' };
  if (version !== RESULTS_SCHEMA_VERSION) {
    return {
      ok: false,
      reason:
        `schemaVersion is ${describe(version)}; ` +
        `this version of sep-2207-action reads schemaVersion ${RESULTS_SCHEMA_VERSION} ` +
        '(use the same action version in the matrix jobs and the aggregate job)',
    };
  }
  try {
    const tool = expectObject(value.tool, 'tool');
    expectString(tool, 'tool.', 'name');
    expectString(tool, 'tool.', 'version');
    if (value.mode !== 'client' && value.mode !== 'server')
      throw new Invalid(`mode is ${describe(value.mode)}, expected "client" or "server"`);
    // Older results.json files of the same schema version have no label: it is derived from the path instead.
    if (value.label !== undefined && value.label !== null && typeof value.label !== 'string') {
      throw new Invalid(`label is ${describe(value.label)}, expected a string or null`);
    }
    if (value.runUrl !== undefined && value.runUrl !== null && typeof value.runUrl !== 'string') {
      throw new Invalid(`runUrl is ${describe(value.runUrl)}, expected a string or null`);
    }
    for (const name of ['specVersion', 'protocolVersion', 'command', 'startedAt']) expectString(value, '', name);
    expectNumber(value, '', 'durationMs');
    expectArray(value.scenarios, 'scenarios').forEach((scenario, index) =>
      checkScenario(scenario, `scenarios[${index}]`),
    );
    checkCounts(value.counts, 'counts');
    checkCounts(value.enforcedCounts, 'enforcedCounts');
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, reason: `not a valid results.json: ${error.message}` };
    throw error;
  }
  const suite = { ...value, label: typeof value.label === 'string' ? value.label : null } as unknown as SuiteResult;
  return { ok: true, suite };
}

/** Counts summed over several runs. */
export function sumCounts(counts: StatusCounts[]): StatusCounts {
  const total = emptyCounts();
  for (const item of counts) for (const status of CHECK_STATUSES) total[status] += item[status];
  return total;
}
