/**
 * action.yml's inputs are the options table's (src/options.ts): the same names, defaults and descriptions, so the
 * action reads, defaults and documents each option as the CLI does. `node --import tsx scripts/action-yml.ts`
 * rewrites action.yml's inputs from the table.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { actionYmlInputs } from '../../src/action/action-yml.js';
import { RUN_OPTIONS, WORKFLOW_OPTIONS } from '../../src/options.js';
import { DEFAULT_BADGE_LABEL } from '../../src/report/badge.js';

interface ActionYml {
  inputs: Record<string, { description?: unknown; required?: unknown; default?: unknown }>;
}

const actionYml: ActionYml = parse(readFileSync('action.yml', 'utf8'));
const table = actionYmlInputs();

describe('action.yml and the options table', () => {
  it('name the same inputs', () => {
    const inTable = [...Object.values(RUN_OPTIONS), ...Object.values(WORKFLOW_OPTIONS)].map((option) => option.input);
    expect(Object.keys(actionYml.inputs).sort()).toEqual([...inTable].sort());
    expect(Object.keys(table).sort()).toEqual([...inTable].sort());
  });

  it('give every input the same default, or none on both sides', () => {
    for (const [name, input] of Object.entries(actionYml.inputs))
      expect(input.default, name).toBe(table[name]?.default);
    for (const [name, input] of Object.entries(table))
      expect(actionYml.inputs[name]?.default, name).toBe(input.default);
  });

  it('state every default as a string, as a runner passes it', () => {
    for (const [name, input] of Object.entries(actionYml.inputs)) {
      if ('default' in input) expect(typeof input.default, name).toBe('string');
    }
  });

  it('describe every input as the table does, none required (a mode checks what it needs)', () => {
    expect(actionYml.inputs).toEqual(table);
  });

  it('default the badge label to the reports’ own default', () => {
    expect(RUN_OPTIONS.badgeLabel.default).toBe(DEFAULT_BADGE_LABEL);
  });
});
