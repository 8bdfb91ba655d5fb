// Bundles the action (dist/index.js) and the CLI (dist/cli/index.js) with ncc. dist/ is committed and must be
// rebuilt from src/ in the same commit; `.ci/run` checks that it is.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';

const ncc = 'node_modules/@vercel/ncc/dist/ncc/cli.js';
const entries = [
  { source: 'src/index.ts', out: 'dist' },
  { source: 'src/cli.ts', out: 'dist/cli' },
];

rmSync('dist', { recursive: true, force: true });
for (const { source, out } of entries) {
  execFileSync(process.execPath, [ncc, 'build', source, '-o', out, '--license', 'licenses.txt', '--target', 'es2022', '-q'], {
    stdio: 'inherit',
  });
}
mkdirSync('dist', { recursive: true });
// The bundles are ES modules; without this file Node would read them as CommonJS and crash at run time.
writeFileSync('dist/package.json', `${JSON.stringify({ type: 'module' }, null, 2)}\n`);
chmodSync('dist/cli/index.js', 0o755);
