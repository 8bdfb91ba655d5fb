// Rewrites the generated tables in README.md: scenarios and checks (from src/scenarios and the check catalog), and
// the real clients' statuses (from the interop suite's recorded expectations and the clients' notes).
import { readFileSync, writeFileSync } from 'node:fs';
import { withCatalogTables } from './catalog-tables.js';
import { interopClients } from '../test/interop/registry.js';
import { withInteropTables } from '../test/interop/tables.js';

const readme = readFileSync('README.md', 'utf8');
const updated = withInteropTables(withCatalogTables(readme), await interopClients());
if (updated === readme) console.log('README.md tables are up to date.');
else {
  writeFileSync('README.md', updated);
  console.log('README.md tables rewritten.');
}
