/**
 * Every option, written once: its command-line flag, its action input, its default and what it means. The CLI's
 * parseArgs configuration and help text, the action's input reader, action.yml's `inputs:` and the settings' defaults
 * are all read from these tables (src/action/action-yml.ts makes action.yml's inputs from them).
 */
import { DEFAULT_BADGE_LABEL, DEFAULT_SPEC_VERSION, SPEC_VERSIONS } from './model.js';

/** `client`: run a client against the mock scenarios; `server`: probe an MCP server; `aggregate`: merge results. */
export const MODES = ['client', 'server', 'aggregate'] as const;
export type Mode = (typeof MODES)[number];

export interface OptionSpec {
  /** The long flag, without `--`; none: a workflow input only. */
  flag?: string;
  short?: string;
  /** What the flag's value is called in the help, e.g. `<cmd>`; none: the flag is a switch. */
  value?: string;
  /** A switch: the value the option takes when the flag is given (`--no-consent-shim` gives `false`). */
  switchGives?: string;
  /** The flag may be repeated (and a value may hold several, separated by commas or new lines). */
  multiple?: boolean;
  /** The action input; none: a command-line flag only. */
  input?: string;
  /** The default as action.yml states it. */
  default?: string;
  /** What the default is, in words, when it depends on other options. */
  defaultText?: string;
  description: string;
  /** The only mode that takes the option; none: every mode does. */
  mode?: Mode;
  /** Required in its mode. */
  required?: boolean;
}

export const DEFAULT_OUTPUT_DIR = 'sep-2207-results';
export const DEFAULT_TIMEOUT_MS = 30_000;

/** The options of a run, as the CLI and the action both take them; `parseSettings` turns them into Settings. */
export const RUN_OPTIONS = {
  mode: {
    flag: 'mode',
    value: '<mode>',
    input: 'mode',
    default: 'client',
    description:
      'client (run your client against the mock scenarios), server (probe your MCP server), or aggregate ' +
      '(merge results.json files from a matrix).',
  },
  command: {
    flag: 'command',
    short: 'c',
    value: '<cmd>',
    input: 'command',
    mode: 'client',
    required: true,
    description: 'The shell command that starts your MCP client. The MCP server URL is appended as its last argument.',
  },
  serverUrl: {
    flag: 'server-url',
    value: '<url>',
    input: 'server-url',
    mode: 'server',
    required: true,
    description: 'The MCP endpoint to probe, e.g. http://127.0.0.1:3000/mcp.',
  },
  serverCommand: {
    flag: 'server-command',
    value: '<cmd>',
    input: 'server-command',
    mode: 'server',
    description: 'A shell command that starts the server first; it is stopped after the probe.',
  },
  results: {
    flag: 'results',
    value: '<glob>',
    multiple: true,
    input: 'results',
    mode: 'aggregate',
    required: true,
    description:
      'Glob patterns of results.json files (e.g. downloaded matrix artifacts), one per line or comma-separated.',
  },
  label: {
    flag: 'label',
    value: '<name>',
    input: 'label',
    description: 'Names this run in a matrix (e.g. typescript-sdk@1.32); the aggregate matrix uses it as the column.',
  },
  scenarios: {
    flag: 'scenario',
    short: 's',
    value: '<name>',
    multiple: true,
    input: 'scenarios',
    default: 'all',
    description: 'Scenarios to run, separated by commas, spaces or new lines, or `all`.',
  },
  specVersion: {
    flag: 'spec-version',
    value: '<v>',
    input: 'spec-version',
    default: DEFAULT_SPEC_VERSION,
    description:
      `Spec revision the client targets: ${SPEC_VERSIONS.slice(0, -1).join(', ')} or ${SPEC_VERSIONS.at(-1)}. ` +
      'Requirements introduced later are draft-only and never fail the run.',
  },
  protocolVersion: {
    flag: 'protocol-version',
    value: '<v>',
    input: 'protocol-version',
    defaultText: 'the spec version',
    description: 'MCP protocol version passed to the client as MCP_CONFORMANCE_PROTOCOL_VERSION.',
  },
  timeout: {
    flag: 'timeout',
    value: '<ms>',
    input: 'timeout',
    default: String(DEFAULT_TIMEOUT_MS),
    description:
      "Per-scenario client timeout in milliseconds. At the timeout the client's whole process group is killed.",
  },
  concurrency: {
    flag: 'concurrency',
    value: '<n>',
    input: 'concurrency',
    defaultText: 'all of them',
    description: 'Scenarios run at once (a scenario that did not finish in parallel runs again alone).',
  },
  failOn: {
    flag: 'fail-on',
    value: '<level>',
    input: 'fail-on',
    default: 'must',
    description:
      'Which enforced results fail the run: must (a FAILURE), should (a FAILURE or a WARNING) or never. ' +
      'Draft-only results never do.',
  },
  outputDir: {
    flag: 'output-dir',
    short: 'o',
    value: '<dir>',
    input: 'output-dir',
    default: DEFAULT_OUTPUT_DIR,
    description: 'Directory for results.json, badge.json, junit.xml and summary.md, relative to the working directory.',
  },
  expectedFailures: {
    flag: 'expected-failures',
    value: '<file>',
    input: 'expected-failures',
    description:
      "Path of a baseline YAML file in the MCP conformance suite's format (`client:` list of `scenario` or " +
      '`scenario:check-id`). Listed failures do not fail the run; listed entries that now pass are reported as stale.',
  },
  badgeLabel: {
    flag: 'badge-label',
    value: '<text>',
    input: 'badge-label',
    default: DEFAULT_BADGE_LABEL,
    description: 'Label of the badge in badge.json.',
  },
  workingDirectory: {
    flag: 'working-directory',
    value: '<dir>',
    input: 'working-directory',
    default: '.',
    description: 'Directory the client (or server) command runs in.',
  },
  consentShim: {
    flag: 'no-consent-shim',
    switchGives: 'false',
    input: 'consent-shim',
    default: 'true',
    description:
      "The headless consent shim, first on the client's PATH: stand-ins for xdg-open, open and $BROWSER that " +
      "follow the consent redirect to the client's loopback callback, so clients that open a browser run " +
      'unattended. Only loopback URLs are ever requested.',
  },
  isolateHome: {
    flag: 'no-isolate-home',
    switchGives: 'false',
    input: 'isolate-home',
    default: 'true',
    description:
      'A fresh temporary HOME (and XDG directories) for the client of each scenario, so tokens cached in one ' +
      'scenario never reach the next.',
  },
  scenarioNames: {
    flag: 'scenario-names',
    value: '<which>',
    input: 'scenario-names',
    default: 'upstream',
    description:
      "What MCP_CONFORMANCE_SCENARIO carries: upstream (a name the SDKs' conformance clients know) or own " +
      "(this tool's scenario name, always in SEP2207_SCENARIO).",
  },
} as const satisfies Record<string, OptionSpec & { flag: string; input: string }>;

/** The options only a workflow has. */
export const WORKFLOW_OPTIONS = {
  uploadArtifact: {
    input: 'upload-artifact',
    default: 'true',
    description: 'Upload the report files as a workflow artifact.',
  },
  artifactName: {
    input: 'artifact-name',
    default: DEFAULT_OUTPUT_DIR,
    description: 'Name of the uploaded artifact. Give each job of a matrix its own.',
  },
  annotations: {
    input: 'annotations',
    default: 'true',
    description:
      'Emit an annotation per finding, said once for all the scenarios it covers (they show on pull requests).',
  },
  annotationFile: {
    input: 'annotation-file',
    description:
      "File the annotations and the JUnit testcases point at, e.g. your client's OAuth code, so they show on the " +
      'pull request diff.',
  },
  annotationLine: {
    input: 'annotation-line',
    description: 'Line in annotation-file the annotations point at.',
  },
  comment: {
    input: 'comment',
    default: 'false',
    description:
      'Post one comment on the pull request with the results (headline and table, or the aggregate matrix), updated ' +
      'in place on later runs. Needs `pull-requests: write`; on forks or without permission it becomes a notice.',
  },
  githubToken: {
    input: 'github-token',
    default: '${{ github.token }}',
    description: 'Token for the pull request comment.',
  },
} as const satisfies Record<string, OptionSpec & { input: string }>;

/** The flags only the command line has: each one does something other than a run. */
export const COMMAND_LINE_ONLY = {
  listScenarios: { flag: 'list-scenarios', description: 'List the scenarios and exit.' },
  help: { flag: 'help', short: 'h', description: 'Show this help.' },
  version: { flag: 'version', short: 'v', description: 'Show the version.' },
} as const satisfies Record<string, OptionSpec & { flag: string }>;

type RunOptions = typeof RUN_OPTIONS;
export type RunOptionKey = keyof RunOptions;
/** The options that take a list. */
export type ListOptionKey = { [K in RunOptionKey]: RunOptions[K] extends { multiple: true } ? K : never }[RunOptionKey];
/** The options with a default in the table. */
export type DefaultedOptionKey = {
  [K in RunOptionKey]: RunOptions[K] extends { default: string } ? K : never;
}[RunOptionKey];

/** Option values as given (flags or inputs, all strings); empty strings count as "not given", as inputs arrive. */
export type RawSettings = { [K in Exclude<RunOptionKey, ListOptionKey>]?: string } & {
  /** Each value may hold several, separated by commas or new lines. */
  [K in ListOptionKey]?: readonly string[];
};

export const RUN_OPTION_KEYS = Object.keys(RUN_OPTIONS).filter((key): key is RunOptionKey => key in RUN_OPTIONS);

export function isListOption(key: RunOptionKey): key is ListOptionKey {
  const option: OptionSpec = RUN_OPTIONS[key];
  return option.multiple === true;
}

export const flagName = (key: RunOptionKey) => `--${RUN_OPTIONS[key].flag}`;
export const inputName = (key: RunOptionKey) => `input '${RUN_OPTIONS[key].input}'`;
