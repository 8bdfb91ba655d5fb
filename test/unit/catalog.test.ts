import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CATALOG, checkDefinition, isDraftOnly, isKnownCheckId, type CheckId } from '../../src/checks/catalog.js';
import { evaluateScenario } from '../../src/checks/evaluate.js';
import { CHECKS } from '../../src/checks/registry.js';
import { BASIC_AUTHORIZATION_INTRODUCED_IN, SCENARIO_OUTCOME } from '../../src/checks/scenario-outcome.js';
import { SPEC_VERSIONS, type IntroducedIn, type RequirementLevel, type SpecVersion } from '../../src/model.js';
import { offlineAccessScope } from '../../src/scenarios/offline-access-scope.js';
import type { ScenarioDefinition } from '../../src/scenarios/types.js';
import { clientRun } from './transcript-builder.js';

interface SpecRow {
  id: string;
  level: RequirementLevel;
  introducedIn: IntroducedIn;
}

const SPEC_FILE = fileURLToPath(new URL('../../../shared/spec/sep-2207.md', import.meta.url));

/** The catalog as the requirement document lists it, used only when the document is not beside the repository. */
const FALLBACK_ROWS: SpecRow[] = [
  { id: 'sep-2207-client-metadata-grant-types', level: 'SHOULD', introducedIn: '2026-07-28' },
  { id: 'sep-2207-offline-access-requested', level: 'MAY', introducedIn: '2026-07-28' },
  { id: 'sep-2207-offline-access-not-requested', level: 'MUST NOT', introducedIn: '2026-07-28' },
  { id: 'sep-2207-offline-access-needs-refresh-grant', level: 'SHOULD', introducedIn: '2026-07-28' },
  { id: 'sep-2207-refresh-token-not-assumed', level: 'MUST NOT', introducedIn: '2026-07-28' },
  { id: 'sep-2207-refresh-token-confidential', level: 'MUST', introducedIn: '2026-07-28' },
  { id: 'sep-2207-server-no-offline-access', level: 'SHOULD NOT', introducedIn: '2026-07-28' },
  { id: 'oauth-refresh-resource-parameter', level: 'MUST', introducedIn: '2025-06-18' },
  { id: 'oauth-token-request-post', level: 'MUST', introducedIn: '2025-03-26' },
  { id: 'oauth-refresh-scope-within-grant', level: 'MUST', introducedIn: '2025-03-26' },
  { id: 'oauth-refresh-uses-latest-token', level: 'MUST', introducedIn: '2025-03-26' },
  { id: 'oauth-refresh-token-used', level: 'ADVISORY', introducedIn: 'advisory' },
  { id: 'oauth-refresh-invalid-grant-recovery', level: 'ADVISORY', introducedIn: 'advisory' },
  { id: 'oidc-offline-access-prompt-consent', level: 'ADVISORY', introducedIn: 'advisory' },
  { id: 'scenario-outcome', level: 'MUST', introducedIn: '2025-03-26' },
];

const LEVELS: readonly RequirementLevel[] = ['MUST', 'MUST NOT', 'SHOULD', 'SHOULD NOT', 'MAY', 'ADVISORY'];
const INTRODUCED: readonly IntroducedIn[] = ['2025-03-26', '2025-06-18', '2026-07-28', 'advisory'];

/**
 * `MUST NOT (the MAY's condition)` → `MUST NOT`, `advisory` → `ADVISORY`; `MUST, or the level of …` (the scenario
 * outcome, whose level after a scenario's event is the covering check's) → `MUST`.
 */
function specLevel(text: string): RequirementLevel {
  const level = text
    .replace(/\(.*\)/, '')
    .split(',')[0]!
    .trim()
    .toUpperCase();
  if (!(LEVELS as readonly string[]).includes(level)) throw new Error(`unknown level in the spec table: ${text}`);
  return level as RequirementLevel;
}

function specIntroducedIn(text: string): IntroducedIn {
  const value = text.trim();
  if (!(INTRODUCED as readonly string[]).includes(value))
    throw new Error(`unknown revision in the spec table: ${text}`);
  return value as IntroducedIn;
}

/** The rows of the "## Catalog" table: `| \`id\` | requirement | level | introduced | where observed |`. */
function parseCatalogTable(markdown: string): SpecRow[] {
  const section = markdown.split(/^## Catalog\s*$/m)[1]?.split(/^## /m)[0];
  if (section === undefined) throw new Error('no "## Catalog" section in the spec');
  return section
    .split('\n')
    .filter((line) => /^\|\s*`[^`]+`\s*\|/.test(line))
    .map((line) => {
      const cells = line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim());
      if (cells.length !== 5) throw new Error(`unexpected catalog row: ${line}`);
      const [id, , level, introduced] = cells as [string, string, string, string, string];
      return { id: id.replace(/`/g, ''), level: specLevel(level), introducedIn: specIntroducedIn(introduced) };
    });
}

const fromSpecFile = existsSync(SPEC_FILE);
const SPEC_ROWS = fromSpecFile ? parseCatalogTable(readFileSync(SPEC_FILE, 'utf8')) : FALLBACK_ROWS;

describe('the check catalog', () => {
  it(
    `holds exactly the 14 check ids of the requirement catalog, beside scenario-outcome (` +
      `${fromSpecFile ? 'read from the spec' : 'fallback list'})`,
    () => {
      expect(SPEC_ROWS).toHaveLength(15);
      expect([...CATALOG.map((definition) => definition.id), SCENARIO_OUTCOME.id].sort()).toEqual(
        SPEC_ROWS.map((row) => row.id).sort(),
      );
    },
  );

  it('scenario-outcome: MUST, introduced with basic authorization', () => {
    const row = SPEC_ROWS.find((entry) => entry.id === SCENARIO_OUTCOME.id);
    expect(row).toEqual({
      id: SCENARIO_OUTCOME.id,
      level: SCENARIO_OUTCOME.level,
      introducedIn: BASIC_AUTHORIZATION_INTRODUCED_IN,
    });
  });

  it('agrees with the fallback list, so the fallback stays current', () => {
    expect(FALLBACK_ROWS).toEqual(SPEC_ROWS);
  });

  it('has unique ids', () => {
    const ids = CATALOG.map((definition) => definition.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  for (const row of SPEC_ROWS.filter((entry) => entry.id !== SCENARIO_OUTCOME.id)) {
    it(`${row.id}: level ${row.level}, introduced ${row.introducedIn}`, () => {
      expect(isKnownCheckId(row.id)).toBe(true);
      const definition = checkDefinition(row.id as CheckId);
      expect(definition.level).toBe(row.level);
      expect(definition.introducedIn).toBe(row.introducedIn);
    });
  }

  it('marks advisory checks, and only those, with the ADVISORY level', () => {
    for (const definition of CATALOG) {
      expect(definition.level === 'ADVISORY', definition.id).toBe(definition.introducedIn === 'advisory');
    }
  });

  it('gives every check a title, the requirement in words and at least one https source', () => {
    for (const definition of CATALOG) {
      expect(definition.title.trim(), definition.id).not.toBe('');
      expect(definition.requirement.length, definition.id).toBeGreaterThan(40);
      expect(definition.sources.length, definition.id).toBeGreaterThan(0);
      for (const source of definition.sources) {
        expect(source.label.trim(), definition.id).not.toBe('');
        expect(new URL(source.url).protocol, `${definition.id} ${source.url}`).toBe('https:');
      }
    }
  });

  it('names the normative keyword of its level in the requirement of every SHOULD/MUST/MAY check', () => {
    for (const definition of CATALOG) {
      if (definition.level === 'ADVISORY') continue;
      const keyword = definition.level === 'SHOULD NOT' ? 'SHOULD NOT' : definition.level.split(' ')[0];
      // `sep-2207-offline-access-not-requested` is the condition of a MAY, worded without the keyword.
      if (definition.id === 'sep-2207-offline-access-not-requested') continue;
      expect(definition.requirement, definition.id).toContain(keyword);
    }
  });

  it('rejects unknown ids', () => {
    expect(isKnownCheckId('sep-2207-no-such-check')).toBe(false);
    expect(isKnownCheckId('scenario-outcome')).toBe(false);
    expect(() => checkDefinition('sep-2207-no-such-check' as CheckId)).toThrow(/unknown check id/);
  });
});

describe('isDraftOnly', () => {
  // Rows: introducedIn; columns: the spec version a client targets. true = draft-only (reported, never fails).
  const TABLE: Record<IntroducedIn, Record<SpecVersion, boolean>> = {
    '2025-03-26': { '2025-03-26': false, '2025-06-18': false, '2025-11-25': false, '2026-07-28': false, draft: false },
    '2025-06-18': { '2025-03-26': true, '2025-06-18': false, '2025-11-25': false, '2026-07-28': false, draft: false },
    '2026-07-28': { '2025-03-26': true, '2025-06-18': true, '2025-11-25': true, '2026-07-28': false, draft: false },
    advisory: { '2025-03-26': true, '2025-06-18': true, '2025-11-25': true, '2026-07-28': true, draft: true },
  };

  it('covers every spec version', () => {
    for (const row of Object.values(TABLE)) expect(Object.keys(row).sort()).toEqual([...SPEC_VERSIONS].sort());
  });

  for (const introducedIn of INTRODUCED) {
    for (const specVersion of SPEC_VERSIONS) {
      const expected = TABLE[introducedIn][specVersion];
      it(`introduced ${introducedIn}, spec ${specVersion}: ${expected ? 'draft-only' : 'enforced'}`, () => {
        expect(isDraftOnly(introducedIn, specVersion)).toBe(expected);
      });
    }
  }

  it('under the default spec version, no SEP-2207 check is enforced and every dated OAuth/MCP MUST is', () => {
    for (const definition of CATALOG) {
      const draftOnly = isDraftOnly(definition.introducedIn, '2025-11-25');
      expect(draftOnly, definition.id).toBe(
        definition.id.startsWith('sep-2207-') || definition.introducedIn === 'advisory',
      );
    }
  });
});

describe('the check registry', () => {
  it('registers one check under each catalog id, and each check under its own id', () => {
    expect(Object.keys(CHECKS).sort()).toEqual(CATALOG.map((definition) => definition.id).sort());
    for (const [id, check] of Object.entries(CHECKS)) expect(check.id).toBe(id);
    expect(CHECKS['sep-2207-server-no-offline-access'].reads).toBe('server-probe');
  });

  // The `@ts-expect-error` lines are the test: `npm run build` (tsc) fails if either one compiles.
  it('lets a scenario list only the checks registered for a client run', () => {
    const unregistered: ScenarioDefinition = {
      ...offlineAccessScope,
      // @ts-expect-error -- not a catalog id, so no check is registered under it
      checks: ['sep-2207-no-such-check'],
    };
    const serverCheck: ScenarioDefinition = {
      ...offlineAccessScope,
      // @ts-expect-error -- registered for server mode's probe, not for a client's run
      checks: ['sep-2207-server-no-offline-access'],
    };
    // What the types keep out would fail the scenario's evaluation, never be silently skipped.
    const evaluate = (scenario: ScenarioDefinition) => () =>
      evaluateScenario(
        {
          scenario,
          transcript: [],
          clientMetadataDocuments: [],
          client: clientRun(),
          timeoutMs: 1000,
          harnessError: null,
        },
        '2025-11-25',
      );
    expect(evaluate(unregistered)).toThrow('unknown check id: sep-2207-no-such-check');
    expect(evaluate(serverCheck)).toThrow(
      'check sep-2207-server-no-offline-access reads a server-probe, not a client-run',
    );
  });
});
