/**
 * Per-run badge files: `badges/<name>.json`, the name made from the run label. Labels come from other jobs' files,
 * so the name keeps only characters safe in a path and a URL, and never names a hidden or reserved file.
 */
import type { Badge } from '../report/badge.js';
import type { AggregateMatrix } from './matrix.js';

const MAX_NAME_LENGTH = 100;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** `typescript-sdk@1.32` → `typescript-sdk@1.32`; `a/b <c>` → `a-b-c`; nothing usable → `run`. */
export function safeFileName(label: string): string {
  let name = label
    .normalize('NFKC')
    .replace(/[^A-Za-z0-9._@+-]+/g, '-')
    .replace(/^[.-]+|[.-]+$/g, '')
    .slice(0, MAX_NAME_LENGTH)
    .replace(/[.-]+$/, '');
  if (name === '') name = 'run';
  if (WINDOWS_RESERVED.test(name)) name = `run-${name}`;
  return name;
}

export interface RunBadgeFile {
  label: string;
  /** Relative to the output directory, with `/`: `badges/<name>.json`. */
  path: string;
  badge: Badge;
}

/** One badge file per column; names that collide once made safe (or differ only in case) get `-2`, `-3`… */
export function runBadgeFiles(matrix: AggregateMatrix): RunBadgeFile[] {
  const taken = new Set<string>();
  return matrix.columns.map((column) => {
    const base = safeFileName(column.label);
    let name = base;
    for (let index = 2; taken.has(name.toLowerCase()); index++) name = `${base}-${index}`;
    taken.add(name.toLowerCase());
    return { label: column.label, path: `badges/${name}.json`, badge: column.badge };
  });
}
