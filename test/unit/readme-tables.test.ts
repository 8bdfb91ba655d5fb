import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../src/checks/catalog.js';
import { renderCatalogTables, TABLES_END, TABLES_START } from '../../src/report/catalog-tables.js';
import { SCENARIOS } from '../../src/scenarios/index.js';

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
