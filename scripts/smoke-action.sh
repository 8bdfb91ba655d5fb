#!/usr/bin/env bash
# Runs dist/index.js on Node 24 the way a GitHub runner does (INPUT_* variables, GITHUB_OUTPUT and
# GITHUB_STEP_SUMMARY files) against the reference client, then the bundled CLI, and checks what they wrote.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The runner passes inputs as INPUT_<NAME> variables, dashes kept (INPUT_OUTPUT-DIR); shells and npx drop such
# names, so Node 24 is called by path with `env`.
node24=$(npx -y node@24 -p process.execPath)
"$node24" --version | grep -q '^v24\.' || { echo "expected Node 24, got $("$node24" --version)" >&2; exit 1; }

touch "$work/output" "$work/summary"
env INPUT_COMMAND="node --import tsx examples/clients/reference-client.ts" \
  INPUT_OUTPUT-DIR="$work/results" \
  GITHUB_OUTPUT="$work/output" GITHUB_STEP_SUMMARY="$work/summary" \
  "$node24" dist/index.js > "$work/action.log" 2>&1 || { cat "$work/action.log"; echo "the action exited non-zero" >&2; exit 1; }
grep -q '^conclusion<<' "$work/output" || { cat "$work/output"; echo "no conclusion output" >&2; exit 1; }
grep -A1 '^conclusion<<' "$work/output" | grep -qx 'success' || { cat "$work/output"; echo "conclusion is not success" >&2; exit 1; }
test -s "$work/results/results.json" || { echo "no results.json" >&2; exit 1; }
for output in failed warnings; do
  grep -A1 "^$output<<" "$work/output" | grep -qx '0' || { cat "$work/action.log" "$work/output"; echo "the reference client has $output" >&2; exit 1; }
done
echo "action: exit 0, conclusion success, no failures or warnings, results.json written"

"$node24" dist/cli/index.js --command "node --import tsx examples/clients/reference-client.ts" --output-dir "$work/cli" > "$work/cli.log" 2>&1 \
  || { cat "$work/cli.log"; echo "the CLI exited non-zero" >&2; exit 1; }
test -s "$work/cli/results.json" || { echo "the CLI wrote no results.json" >&2; exit 1; }
echo "cli: exit 0, results.json written"
