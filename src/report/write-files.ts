/**
 * Writes report files. Every file is written to a temporary name and renamed into place, so a reader (or an
 * interrupted run) never sees half a file.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SuiteResult } from '../model.js';

export async function writeFileAtomic(path: string, content: string): Promise<void> {
  const temporary = `${path}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(temporary, content, 'utf8');
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

export interface WrittenFiles {
  results: string;
}

export async function writeReportFiles(outputDir: string, suite: SuiteResult): Promise<WrittenFiles> {
  await mkdir(outputDir, { recursive: true });
  const results = join(outputDir, 'results.json');
  await writeFileAtomic(results, `${JSON.stringify(suite, null, 2)}\n`);
  return { results };
}
