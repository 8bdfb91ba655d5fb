/** Reads the action's inputs into the same Settings the CLI builds, so both validate alike. */
import * as core from '@actions/core';
import { parseSettings, type RawSettings, type Settings } from '../settings.js';

const INPUT_NAMES: Record<keyof RawSettings, string> = {
  command: 'command',
  scenarios: 'scenarios',
  specVersion: 'spec-version',
  protocolVersion: 'protocol-version',
  timeout: 'timeout',
  concurrency: 'concurrency',
  failOn: 'fail-on',
  outputDir: 'output-dir',
  workingDirectory: 'working-directory',
};

export function readSettings(): Settings {
  const input = (option: keyof RawSettings) => core.getInput(INPUT_NAMES[option]);
  return parseSettings(
    {
      command: input('command'),
      scenarios: [input('scenarios')],
      specVersion: input('specVersion'),
      protocolVersion: input('protocolVersion'),
      timeout: input('timeout'),
      concurrency: input('concurrency'),
      failOn: input('failOn'),
      outputDir: input('outputDir'),
      workingDirectory: input('workingDirectory'),
    },
    (option) => `input '${INPUT_NAMES[option]}'`,
  );
}
