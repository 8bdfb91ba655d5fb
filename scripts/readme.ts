// Rewrites the generated scenario and check tables in README.md from src/scenarios and the check catalog.
import { readFileSync, writeFileSync } from 'node:fs';
import { withCatalogTables } from '../src/report/catalog-tables.js';

const readme = readFileSync('README.md', 'utf8');
const updated = withCatalogTables(readme);
if (updated === readme) console.log('README.md tables are up to date.');
else {
  writeFileSync('README.md', updated);
  console.log('README.md tables rewritten.');
}
