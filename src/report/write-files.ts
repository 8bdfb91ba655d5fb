/**
 * Writes the report files. Every file is written to a temporary name and renamed into place, so a reader (or an
 * interrupted run) never sees half a file.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SuiteResult } from '../model.js';
import type { Badge } from './badge.js';

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

export interface ReportFiles {
  results: string;
  badge: string;
  junit: string;
  summary: string;
}

export interface RenderedReports {
  suite: SuiteResult;
  badge: Badge;
  junit: string;
  summaryMarkdown: string;
}

export async function writeReportFiles(outputDir: string, reports: RenderedReports): Promise<ReportFiles> {
  await mkdir(outputDir, { recursive: true });
  const files: ReportFiles = {
    results: join(outputDir, 'results.json'),
    badge: join(outputDir, 'badge.json'),
    junit: join(outputDir, 'junit.xml'),
    summary: join(outputDir, 'summary.md'),
  };
  // results.json first: it is the one file everything else can be rebuilt from.
  await writeFileAtomic(files.results, `${JSON.stringify(reports.suite, null, 2)}\n`);
  await Promise.all([
    writeFileAtomic(files.badge, `${JSON.stringify(reports.badge)}\n`),
    writeFileAtomic(files.junit, reports.junit),
    writeFileAtomic(files.summary, reports.summaryMarkdown),
  ]);
  return files;
}
