/**
 * Reads the action's inputs, once, into the same Settings the CLI builds (so both validate alike) plus the options
 * only a workflow has. A bad value throws a SettingsError naming the input and the allowed values.
 */
import * as core from '@actions/core';
import { parseSettings, SettingsError, strictBoolean, type RawSettings, type Settings } from '../settings.js';

const INPUT_NAMES: Record<keyof RawSettings, string> = {
  mode: 'mode',
  command: 'command',
  serverUrl: 'server-url',
  serverCommand: 'server-command',
  results: 'results',
  label: 'label',
  scenarios: 'scenarios',
  specVersion: 'spec-version',
  protocolVersion: 'protocol-version',
  timeout: 'timeout',
  concurrency: 'concurrency',
  failOn: 'fail-on',
  outputDir: 'output-dir',
  workingDirectory: 'working-directory',
  expectedFailures: 'expected-failures',
  badgeLabel: 'badge-label',
  consentShim: 'consent-shim',
  isolateHome: 'isolate-home',
  scenarioNames: 'scenario-names',
};

export interface ActionSettings extends Settings {
  uploadArtifact: boolean;
  artifactName: string;
  annotations: boolean;
  /** Where PR annotations point: a file of the client under review, and a line in it. */
  annotationFile: string | undefined;
  annotationLine: number | undefined;
  /** Post (or update) one comment on the pull request with the results. */
  comment: boolean;
  githubToken: string;
}

export const inputName = (option: keyof RawSettings) => `input '${INPUT_NAMES[option]}'`;

function booleanInput(name: string, fallback: boolean): boolean {
  const value = core.getInput(name).trim();
  return strictBoolean(value === '' ? undefined : value, fallback, `input '${name}'`);
}

export function readActionSettings(): ActionSettings {
  const input = (option: keyof RawSettings) => core.getInput(INPUT_NAMES[option]);
  const settings = parseSettings(
    {
      mode: input('mode'),
      command: input('command'),
      serverUrl: input('serverUrl'),
      serverCommand: input('serverCommand'),
      results: [input('results')],
      label: input('label'),
      scenarios: [input('scenarios')],
      specVersion: input('specVersion'),
      protocolVersion: input('protocolVersion'),
      timeout: input('timeout'),
      concurrency: input('concurrency'),
      failOn: input('failOn'),
      outputDir: input('outputDir'),
      workingDirectory: input('workingDirectory'),
      expectedFailures: input('expectedFailures'),
      badgeLabel: input('badgeLabel'),
      consentShim: input('consentShim'),
      isolateHome: input('isolateHome'),
      scenarioNames: input('scenarioNames'),
    },
    inputName,
  );
  const artifactName = core.getInput('artifact-name').trim() || 'sep-2207-results';
  if (/[":<>|*?\\/\r\n]/.test(artifactName)) {
    throw new SettingsError(
      `input 'artifact-name': "${artifactName}" has a character artifacts do not allow (" : < > | * ? \\ / or a new line).`,
    );
  }
  const annotationLineText = core.getInput('annotation-line').trim();
  if (annotationLineText !== '' && !/^[1-9]\d*$/.test(annotationLineText)) {
    throw new SettingsError(
      `input 'annotation-line': "${annotationLineText}" is not allowed. Expected a line number from 1.`,
    );
  }
  return {
    ...settings,
    uploadArtifact: booleanInput('upload-artifact', true),
    artifactName,
    annotations: booleanInput('annotations', true),
    annotationFile: core.getInput('annotation-file').trim() || undefined,
    annotationLine: annotationLineText === '' ? undefined : Number(annotationLineText),
    comment: booleanInput('comment', false),
    githubToken: core.getInput('github-token').trim(),
  };
}
