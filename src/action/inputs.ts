/**
 * Reads the action's inputs, once, into the same Settings the CLI builds (so both validate alike) plus the options
 * only a workflow has. Input names and defaults come from the options table (src/options.ts), as action.yml's do.
 * A bad value throws a SettingsError naming the input and the allowed values.
 */
import * as core from '@actions/core';
import {
  inputName,
  isListOption,
  RUN_OPTION_KEYS,
  RUN_OPTIONS,
  WORKFLOW_OPTIONS,
  type RawSettings,
} from '../options.js';
import { parseSettings, SettingsError, strictBoolean, type Settings } from '../settings.js';

/** What only a workflow asks for: where the reports go besides the files, and where annotations point. */
export interface WorkflowSettings {
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

export interface ActionInputs {
  settings: Settings;
  workflow: WorkflowSettings;
}

type WorkflowKey = Exclude<keyof typeof WORKFLOW_OPTIONS, 'githubToken'>;

/** An input's value, trimmed; the table's default when it is empty (a runner passes action.yml's, the same). */
function workflowInput(key: WorkflowKey): string {
  const option: { input: string; default?: string } = WORKFLOW_OPTIONS[key];
  return core.getInput(option.input).trim() || (option.default ?? '');
}

function booleanInput(key: WorkflowKey): boolean {
  const value = workflowInput(key);
  return strictBoolean(value, false, `input '${WORKFLOW_OPTIONS[key].input}'`);
}

function readRawSettings(): RawSettings {
  const raw: RawSettings = {};
  for (const key of RUN_OPTION_KEYS) {
    const value = core.getInput(RUN_OPTIONS[key].input);
    if (isListOption(key)) raw[key] = [value];
    else raw[key] = value;
  }
  return raw;
}

function readWorkflowSettings(): WorkflowSettings {
  const artifactName = workflowInput('artifactName');
  if (/[":<>|*?\\/\r\n]/.test(artifactName)) {
    throw new SettingsError(
      `input 'artifact-name': "${artifactName}" has a character artifacts do not allow ` +
        '(" : < > | * ? \\ / or a new line).',
    );
  }
  const annotationLine = workflowInput('annotationLine');
  if (annotationLine !== '' && !/^[1-9]\d*$/.test(annotationLine)) {
    throw new SettingsError(
      `input 'annotation-line': "${annotationLine}" is not allowed. Expected a line number from 1.`,
    );
  }
  return {
    uploadArtifact: booleanInput('uploadArtifact'),
    artifactName,
    annotations: booleanInput('annotations'),
    annotationFile: workflowInput('annotationFile') || undefined,
    annotationLine: annotationLine === '' ? undefined : Number(annotationLine),
    comment: booleanInput('comment'),
    // Not workflowInput: this default is an expression that only the runner evaluates.
    githubToken: core.getInput(WORKFLOW_OPTIONS.githubToken.input).trim(),
  };
}

export function readActionInputs(): ActionInputs {
  const settings = parseSettings(readRawSettings(), inputName);
  return { settings, workflow: readWorkflowSettings() };
}
