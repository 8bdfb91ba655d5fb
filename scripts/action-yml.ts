// Rewrites the `inputs:` of action.yml from the options table (src/options.ts), keeping the rest of the file.
// test/unit/action-yml.test.ts fails while the two differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { isScalar, parseDocument, visit } from 'yaml';
import { actionYmlInputs } from '../src/action/action-yml.js';

const text = readFileSync('action.yml', 'utf8');
const document = parseDocument(text);
const inputs = document.createNode(actionYmlInputs());
// A default YAML would read as a number or a boolean (a runner reads them all as strings) is quoted, as before.
visit(inputs, {
  Pair(_, pair) {
    if (isScalar(pair.key) && pair.key.value === 'default' && isScalar(pair.value)) {
      if (/^(\d[\d.-]*|true|false)$/.test(String(pair.value.value))) pair.value.type = 'QUOTE_SINGLE';
    }
  },
});
document.set('inputs', inputs);
const updated = document.toString({ lineWidth: 0, singleQuote: true });
if (updated === text) console.log('action.yml inputs are up to date.');
else {
  writeFileSync('action.yml', updated);
  console.log('action.yml inputs rewritten.');
}
