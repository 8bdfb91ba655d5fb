/**
 * Keeping a job summary under GitHub's size limit, for every summary (a run's and the aggregate's): render, then
 * apply the cuts in order, least useful first, until the text fits; as a last resort cut at a line and say so.
 */

/** GitHub rejects a step summary over 1 MiB; summaries stay under this many bytes of UTF-8 by default. */
export const STEP_SUMMARY_MAX_BYTES = 1_000_000;

const byteLength = (text: string) => Buffer.byteLength(text, 'utf8');

/**
 * `render()` after as many `cuts` as it takes to fit in `maxBytes`. A cut changes what `render` shows and returns
 * false when it had nothing to drop. `fullRecord` names the file that has everything (for the last-resort note).
 */
export function fitToBudget(
  render: () => string,
  cuts: readonly (() => boolean)[],
  maxBytes: number,
  fullRecord: string,
): string {
  let text = render();
  for (const cut of cuts) {
    if (byteLength(text) <= maxBytes) break;
    if (cut()) text = render();
  }
  return byteLength(text) <= maxBytes ? text : hardCut(text, maxBytes, fullRecord);
}

/**
 * Last resort (a tiny budget, a huge suite): cut at a line boundary, close a `<details>` left open, and say so.
 * Cutting at a line also drops a partial multi-byte character.
 */
function hardCut(text: string, maxBytes: number, fullRecord: string): string {
  const tail =
    '\n\n**The summary was cut here to stay under the job summary size limit.** ' + `${fullRecord} has everything.\n`;
  const close = '\n\n</details>';
  const budget = Math.max(0, maxBytes - byteLength(tail) - byteLength(close));
  const kept = Buffer.from(text, 'utf8').subarray(0, budget).toString('utf8');
  let result = kept.slice(0, Math.max(0, kept.lastIndexOf('\n')));
  if (result.lastIndexOf('<details>') > result.lastIndexOf('</details>')) result += close;
  result += tail;
  return byteLength(result) <= maxBytes ? result : '';
}
