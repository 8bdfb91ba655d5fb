import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../src/checks/catalog.js';
import { renderCatalogTables, TABLES_END, TABLES_START } from '../../scripts/catalog-tables.js';
import { SCENARIOS } from '../../src/scenarios/index.js';
import { interopClients } from '../interop/registry.js';
import { INTEROP_TABLES, renderInteropTable } from '../interop/tables.js';

describe('README scenario and check tables', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

  it('match the scenarios and the catalog (run `npm run readme` after changing either)', () => {
    const start = readme.indexOf(TABLES_START);
    const end = readme.indexOf(TABLES_END);
    expect(start, 'README.md lacks the generated-tables markers').toBeGreaterThanOrEqual(0);
    expect(readme.slice(start, end + TABLES_END.length)).toBe(renderCatalogTables());
  });

  it('list every scenario and every check id once', () => {
    const tables = renderCatalogTables();
    for (const scenario of SCENARIOS) expect(tables).toContain(`| \`${scenario.name}\` |`);
    const checkTable = tables.slice(tables.indexOf('| check id |'));
    for (const check of CATALOG) expect(checkTable.split(`\n| \`${check.id}\` |`)).toHaveLength(2);
  });
});

describe('README tables of real clients', async () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const clients = await interopClients();

  for (const table of Object.keys(INTEROP_TABLES) as (keyof typeof INTEROP_TABLES)[]) {
    it(
      `${table}: match the interop suite's recorded statuses and ` + `notes (run \`npm run readme\` after recording)`,
      () => {
        const { start, end } = INTEROP_TABLES[table];
        const from = readme.indexOf(start);
        expect(from, `README.md lacks the ${table} markers`).toBeGreaterThanOrEqual(0);
        expect(readme.slice(from, readme.indexOf(end) + end.length)).toBe(renderInteropTable(clients, table));
      },
    );
  }

  it('name every interop client once, with every non-SUCCESS status explained', () => {
    for (const client of clients) {
      expect(readme.split(`| [${client.name}](${client.homepage}) |`), client.id).toHaveLength(2);
    }
    expect(readme).not.toContain(': no note');
  });
});
