import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TOOL } from '../../src/version.js';

describe('TOOL', () => {
  it('has the version and name of package.json', () => {
    const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      name: string;
      version: string;
    };
    expect(packageJson.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(TOOL.version).toBe(packageJson.version);
    expect(TOOL.name).toBe(packageJson.name);
  });
});
