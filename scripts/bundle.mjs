// Bundles the action (dist/index.js), the CLI (dist/cli/index.js) and the reference client
// (dist/reference-client/index.js) with ncc as ONE bundle: scripts/dist-entries.ts becomes dist/main.js and its
// chunks, and each program is a two-line stub that calls into it, so every module is in dist/ once. dist/ is
// committed and must be rebuilt from src/ in the same commit; `.ci/run` checks that it is.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const ncc = 'node_modules/@vercel/ncc/dist/ncc/cli.js';
/** The programs: where each stub goes and which export of dist/main.js it calls. */
const programs = [
  { stub: 'dist/index.js', main: './main.js', run: 'runAction' },
  { stub: 'dist/cli/index.js', main: '../main.js', run: 'runCli', shebang: true },
  // `npm start` runs this client in every scenario, seven at once: one bundled file starts far faster than tsx.
  { stub: 'dist/reference-client/index.js', main: '../main.js', run: 'runReferenceClient' },
];

/**
 * ncc writes the licence file once per chunk, and a module loaded with a dynamic `import()` is a chunk of its own;
 * with one file name the last chunk written would win. So each chunk gets its own file, merged here into one
 * licenses.txt: the blocks (`name`, licence id, text) of every chunk, each once, sorted by package name.
 */
function mergeLicenses(out) {
  const parts = readdirSync(out).filter((file) => /^licenses-.+\.txt$/.test(file));
  const blocks = new Map();
  for (const part of parts) {
    const lines = readFileSync(join(out, part), 'utf8').split('\n');
    let current = [];
    const flush = () => {
      const text = current.join('\n').trim();
      if (text) blocks.set(text, current[0]);
      current = [];
    };
    lines.forEach((line, index) => {
      const startsBlock =
        (index === 0 || lines[index - 1] === '') &&
        /^(@[\w.-]+\/)?[\w.-]+$/.test(line) &&
        /^\(?[\w.+-]+( (OR|AND|WITH) [\w.+-]+\)?)*\)?$/.test(lines[index + 1] ?? '');
      if (startsBlock) flush();
      current.push(line);
    });
    flush();
  }
  for (const part of parts) rmSync(join(out, part));
  const sorted = [...blocks].sort(([, a], [, b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([text]) => text);
  writeFileSync(join(out, 'licenses.txt'), `${sorted.join('\n\n')}\n`);
}

const nccOptions = ['--license', 'licenses-[name].txt', '--target', 'es2022', '-q'];
rmSync('dist', { recursive: true, force: true });
execFileSync(process.execPath, [ncc, 'build', 'scripts/dist-entries.ts', '-o', 'dist', ...nccOptions], {
  stdio: 'inherit',
});
mergeLicenses('dist');
renameSync('dist/index.js', 'dist/main.js');
for (const { stub, main, run, shebang } of programs) {
  mkdirSync(dirname(stub), { recursive: true });
  const lines = [`import { ${run} } from '${main}';`, `await ${run}();`, ''];
  writeFileSync(stub, `${shebang ? '#!/usr/bin/env node\n' : ''}${lines.join('\n')}`);
}
// The bundles are ES modules; without this file Node would read them as CommonJS and crash at run time.
writeFileSync('dist/package.json', `${JSON.stringify({ type: 'module' }, null, 2)}\n`);
chmodSync('dist/cli/index.js', 0o755);
