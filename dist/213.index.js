export const id = 213;
export const ids = [213];
export const modules = {

/***/ 68213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// UNUSED EXPORTS: logFenced

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(91659);
// EXTERNAL MODULE: ./src/options.ts
var options = __webpack_require__(88381);
// EXTERNAL MODULE: ./src/pipeline.ts + 7 modules
var pipeline = __webpack_require__(57346);
// EXTERNAL MODULE: ./src/report/findings.ts
var report_findings = __webpack_require__(19334);
// EXTERNAL MODULE: ./src/report/judgement.ts
var judgement = __webpack_require__(99401);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(65655);
;// CONCATENATED MODULE: ./src/report/annotations.ts



const DEFAULT_PER_LEVEL_LIMIT = 10;
const LEVELS = ['error', 'warning', 'notice'];
/** How many of the annotations left out are named in the summarising annotation. */
const NAMED_IN_OVERFLOW = 20;
const STDERR_LINES = 3;
function entry(level, finding, suite, verdict) {
    const { result } = finding;
    const tag = (0,judgement/* whyShort */.z3)(finding.judgement);
    const parts = [`${(0,report_findings/* scenariosText */.rK)(finding, suite.scenarios.length)}: ${(0,report_text/* plainMessage */.C5)(result.message)}`];
    const stderr = result.id === 'scenario-outcome' && (result.status === 'FAILURE' || result.status === 'WARNING')
        ? (0,report_text/* lastLines */.w$)(finding.first.client.stderrTail, STDERR_LINES)
        : [];
    if (stderr.length > 0)
        parts.push(`Last stderr: ${stderr.map((line) => line.trim()).join(' | ')}`);
    if (result.fix)
        parts.push(`Fix: ${(0,report_text/* plainMessage */.C5)(result.fix)}`);
    const why = finding.judgement === 'clean' ? '' : `; ${(0,judgement/* whyLong */.j6)(finding.judgement, result, verdict.specVersion, verdict.failOn)}`;
    parts.push(`(${result.id}, ${result.level}${why}.) Evidence in the job summary.`);
    return {
        level,
        id: `${result.id} (${(0,report_findings/* scenariosText */.rK)(finding, suite.scenarios.length)})`,
        annotation: { level, title: `${result.title}: ${result.status}${tag ? `, ${tag}` : ''}`, message: parts.join(' ') },
    };
}
/** INFO results worth a notice (a scenario outcome, or a check that is not a MAY), the same message once. */
function notices(suite, verdict) {
    return (0,report_findings/* groupResults */.Wr)(suite, verdict, ({ result }) => result.status === 'INFO' && (result.id === 'scenario-outcome' || result.level !== 'MAY'));
}
function buildAnnotations(suite, verdict, options = {}) {
    const limit = Math.max(1, Math.floor(options.perLevelLimit ?? DEFAULT_PER_LEVEL_LIMIT));
    const location = options.file === undefined || options.file === '' ? {} : { file: options.file, startLine: options.line ?? 1 };
    const entries = [
        ...(0,report_findings/* collectFindings */.F3)(suite, verdict).map((finding) => entry(finding.judgement === 'fails' ? 'error' : 'warning', finding, suite, verdict)),
        ...notices(suite, verdict).map((finding) => entry('notice', finding, suite, verdict)),
    ];
    return LEVELS.flatMap((level) => {
        const ofLevel = entries
            .filter((item) => item.level === level)
            .map((item) => ({ ...item, annotation: { ...item.annotation, ...location } }));
        if (ofLevel.length <= limit)
            return ofLevel.map((item) => item.annotation);
        const rest = ofLevel.slice(limit - 1);
        const named = rest.slice(0, NAMED_IN_OVERFLOW).map((item) => item.id);
        const more = rest.length > named.length ? `, and ${rest.length - named.length} more` : '';
        const count = (0,report_text/* plural */.LS)(rest.length, `more ${level}`, `more ${level}s`);
        const overflow = {
            level,
            title: `SEP-2207: ${count}`,
            message: `${count} than GitHub shows as annotations: ${named.join(', ')}${more}. The job summary lists them all.`,
            ...location,
        };
        return [...ofLevel.slice(0, limit - 1).map((item) => item.annotation), overflow];
    });
}
/** The run's closing line: titled, naming the scenario and check that fail it. Null when the run passed. */
function verdictAnnotation(suite, verdict, options = {}) {
    if (verdict.passed)
        return null;
    const location = options.file === undefined || options.file === '' ? {} : { file: options.file, startLine: options.line ?? 1 };
    const failing = (0,report_findings/* collectFindings */.F3)(suite, verdict).filter((finding) => finding.judgement === 'fails');
    const first = failing[0];
    if (!first)
        return { level: 'error', title: 'SEP-2207: failed', message: (0,report_text/* plainMessage */.C5)(verdict.reason), ...location };
    const others = failing.length - 1;
    const more = others > 0
        ? ` ${others === 1 ? 'One more finding fails' : `${others} more findings fail`} it: ${failing
            .slice(1, 6)
            .map((finding) => finding.result.id)
            .join(', ')}.`
        : '';
    return {
        level: 'error',
        title: `SEP-2207 failed: ${first.result.id} in ${(0,report_findings/* scenariosText */.rK)(first, suite.scenarios.length)}`,
        message: `${first.result.title} (${first.result.level}): ` +
            `${(0,report_text/* plainMessage */.C5)((0,report_text/* firstSentence */.qi)(first.result.message, 400))}${more} ` +
            `Spec ${verdict.specVersion}, fail-on ${verdict.failOn}.`,
        ...location,
    };
}

// EXTERNAL MODULE: ./src/report/baseline.ts
var baseline = __webpack_require__(67355);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(14031);
;// CONCATENATED MODULE: ./src/report/comment.ts




const MAX_ROWS = 20;
function renderComment(suite, verdict, runUrl) {
    const subject = suite.label ? ` for ${(0,report_escape/* code */.aY)(suite.label)}` : '';
    const findings = (0,report_findings/* collectFindings */.F3)(suite, verdict);
    const total = suite.scenarios.length;
    const first = findings[0];
    const head = !verdict.passed && first
        ? `### ❌ SEP-2207${subject} fails: ${(0,report_escape/* code */.aY)(first.result.id)} in ${(0,report_findings/* scenariosText */.rK)(first, total, report_escape/* code */.aY)}`
        : `### ${verdict.passed ? '✅' : '❌'} SEP-2207${subject} ${verdict.passed ? 'passes' : 'fails'}`;
    const rows = findings.slice(0, MAX_ROWS).map((finding) => {
        const why = (0,judgement/* whyShort */.z3)(finding.judgement);
        const status = `${(0,judgement/* mark */.Gy)(finding.result.status, finding.judgement)} ${finding.result.status}` + (why ? ` (${why})` : '');
        const message = (0,report_escape/* richText */.YD)((0,report_text/* firstSentence */.qi)(finding.result.message, 200));
        return `| ${status} | ${(0,report_findings/* scenariosText */.rK)(finding, total, report_escape/* code */.aY)} | ${(0,report_escape/* code */.aY)(finding.result.id)} | ${message} |`;
    });
    const table = rows.length === 0
        ? [`No findings in ${(0,report_text/* plural */.LS)(total, 'scenario')}.`]
        : [
            '| Status | Scenario | Check | Finding |',
            '| --- | --- | --- | --- |',
            ...rows,
            ...(findings.length > MAX_ROWS
                ? ['', `… and ${(0,report_text/* plural */.LS)(findings.length - MAX_ROWS, 'more finding')} in the job summary.`]
                : []),
        ];
    return [
        head,
        '',
        `Spec ${(0,report_escape/* code */.aY)(suite.specVersion)}, fail-on ${(0,report_escape/* code */.aY)(verdict.failOn)}, ${suite.mode} mode. ` +
            (0,report_escape/* escapeMarkdown */.FV)(verdict.reason),
        '',
        ...table,
        '',
        runUrl
            ? `Evidence and fixes for every finding: [the job summary](${runUrl}).`
            : 'Evidence and fixes for every finding are in the job summary.',
        '',
    ].join('\n');
}

// EXTERNAL MODULE: ./src/report/terminal.ts
var terminal = __webpack_require__(87496);
// EXTERNAL MODULE: ./src/settings.ts
var src_settings = __webpack_require__(58750);
;// CONCATENATED MODULE: ./src/action/artifact.ts
/**
 * Uploads the report files as a workflow artifact. Outside a runner (no runtime token) it is skipped with a notice,
 * and an upload error is a warning: the reports are already written, so the step never crashes over it.
 */

async function uploadReportArtifact(name, files, rootDirectory) {
    if (!process.env.ACTIONS_RUNTIME_TOKEN) {
        core/* notice */.lm('Artifact upload skipped: not running on a GitHub Actions runner (no ACTIONS_RUNTIME_TOKEN). ' +
            'The reports are in the output directory.');
        return;
    }
    try {
        // Loaded only when needed: the artifact client is the largest part of the bundle.
        const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(784), __webpack_require__.e(645)]).then(__webpack_require__.bind(__webpack_require__, 9645));
        const client = new DefaultArtifactClient();
        const { id, size } = await client.uploadArtifact(name, files, rootDirectory);
        core/* info */.pq(`Uploaded artifact "${name}" (id ${id}, ${size} bytes).`);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        core/* warning */.$e(`Artifact upload failed: ${reason}. The reports are in the output directory.`);
    }
}

;// CONCATENATED MODULE: ./src/action/inputs.ts
/**
 * Reads the action's inputs, once, into the same Settings the CLI builds (so both validate alike) plus the options
 * only a workflow has. Input names and defaults come from the options table (src/options.ts), as action.yml's do.
 * A bad value throws a SettingsError naming the input and the allowed values.
 */



/** An input's value, trimmed; the table's default when it is empty (a runner passes action.yml's, the same). */
function workflowInput(key) {
    const option = options/* WORKFLOW_OPTIONS */.d6[key];
    return core/* getInput */.V4(option.input).trim() || (option.default ?? '');
}
function booleanInput(key) {
    const value = workflowInput(key);
    return (0,src_settings/* strictBoolean */.c9)(value, false, `input '${options/* WORKFLOW_OPTIONS */.d6[key].input}'`);
}
function readRawSettings() {
    const raw = {};
    for (const key of options/* RUN_OPTION_KEYS */.ld) {
        const value = core/* getInput */.V4(options/* RUN_OPTIONS */.p7[key].input);
        if ((0,options/* isListOption */.C_)(key))
            raw[key] = [value];
        else
            raw[key] = value;
    }
    return raw;
}
function readWorkflowSettings() {
    const artifactName = workflowInput('artifactName');
    if (/[":<>|*?\\/\r\n]/.test(artifactName)) {
        throw new src_settings/* SettingsError */.GN(`input 'artifact-name': "${artifactName}" has a character artifacts do not allow ` +
            '(" : < > | * ? \\ / or a new line).');
    }
    const annotationLine = workflowInput('annotationLine');
    if (annotationLine !== '' && !/^[1-9]\d*$/.test(annotationLine)) {
        throw new src_settings/* SettingsError */.GN(`input 'annotation-line': "${annotationLine}" is not allowed. Expected a line number from 1.`);
    }
    return {
        uploadArtifact: booleanInput('uploadArtifact'),
        artifactName,
        annotations: booleanInput('annotations'),
        annotationFile: workflowInput('annotationFile') || undefined,
        annotationLine: annotationLine === '' ? undefined : Number(annotationLine),
        comment: booleanInput('comment'),
        // Not workflowInput: this default is an expression that only the runner evaluates.
        githubToken: core/* getInput */.V4(options/* WORKFLOW_OPTIONS */.d6.githubToken.input).trim(),
    };
}
function readActionInputs() {
    const settings = (0,src_settings/* parseSettings */.P$)(readRawSettings(), options/* inputName */.yu);
    return { settings, workflow: readWorkflowSettings() };
}

;// CONCATENATED MODULE: ./src/action/main.ts
/**
 * The action: inputs → settings (validated before anything starts) → the pipeline for the chosen mode → job
 * summary, annotations, artifact, outputs, pull-request comment → the verdict. The step fails only for bad input, a
 * harness error, or an enforced result.
 */











/**
 * Prints text a client controls (its output, its scope strings quoted in a report) with workflow commands turned
 * off around it, under a token the client cannot guess, so nothing it wrote can become `::error::` or `::set-output`.
 */
function logFenced(text) {
    const token = (0,external_node_crypto_.randomUUID)();
    core/* info */.pq(`::stop-commands::${token}`);
    core/* info */.pq(text.replace(/\r/g, ''));
    core/* info */.pq(`::${token}::`);
}
function logProgress(event) {
    if (event.type === 'scenario-started')
        core/* info */.pq(`▶ ${event.scenario} started`);
    else if (event.type === 'scenario-rerun')
        core/* info */.pq(`↻ ${event.scenario} runs again, alone: ${(0,terminal/* inParallel */.HN)(event.reason)}`);
    else
        core/* info */.pq(`■ ${event.scenario} finished in ${event.result.durationMs} ms: ${event.result.outcome.status}`);
}
function emit(annotation) {
    const properties = { title: annotation.title };
    if (annotation.file)
        properties.file = annotation.file;
    if (annotation.startLine)
        properties.startLine = annotation.startLine;
    const write = annotation.level === 'error' ? core/* error */.z3 : annotation.level === 'warning' ? core/* warning */.$e : core/* notice */.lm;
    write(annotation.message, properties);
}
function emitAnnotations(outcome, workflow) {
    const place = { file: workflow.annotationFile, line: workflow.annotationLine };
    for (const annotation of buildAnnotations(outcome.suite, outcome.verdict, place))
        emit(annotation);
    for (const entry of outcome.verdict.stale) {
        core/* warning */.$e(`"${(0,baseline/* formatEntry */.WL)(entry)}" now passes: remove it from the baseline so it shrinks over time.`, {
            title: 'sep-2207: stale baseline entry',
            file: outcome.baseline?.path,
            startLine: entry.line,
        });
    }
}
/** One comment per pull request, updated in place; outside a PR or without permission, a notice instead. */
async function commentOnPullRequest(workflow, body) {
    // Loaded only when commenting: the GitHub client (Octokit) is a large part of the bundle.
    const { pullRequestFromContext, upsertPullRequestComment } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(794)]).then(__webpack_require__.bind(__webpack_require__, 21794));
    const pullRequest = pullRequestFromContext();
    if (!pullRequest) {
        core/* notice */.lm('No pull request comment: this run is not for a pull request.');
        return;
    }
    const result = await upsertPullRequestComment({ token: workflow.githubToken, ...pullRequest, body });
    if (result.action === 'skipped')
        core/* notice */.lm(`No pull request comment: ${result.reason ?? 'skipped'}.`);
    else
        core/* info */.pq(`Pull request comment ${result.action}${result.url ? `: ${result.url}` : ''}.`);
}
/** What both kinds of run hand on: the job summary, the artifact, the pull-request comment. */
async function publish({ settings, workflow }, report) {
    if (process.env.GITHUB_STEP_SUMMARY)
        await core/* summary */.z.addRaw(report.summaryMarkdown).write();
    if (workflow.uploadArtifact)
        await uploadReportArtifact(workflow.artifactName, report.files, settings.outputDir);
    if (workflow.comment)
        await commentOnPullRequest(workflow, report.comment());
}
function setOutputs({ counts, passed, files, badge }) {
    core/* setOutput */.uH('conclusion', passed ? 'success' : 'failure');
    core/* setOutput */.uH('passed', counts.SUCCESS);
    core/* setOutput */.uH('failed', counts.FAILURE);
    core/* setOutput */.uH('warnings', counts.WARNING);
    core/* setOutput */.uH('total', Object.values(counts).reduce((sum, count) => sum + count, 0));
    core/* setOutput */.uH('results-path', files.results);
    core/* setOutput */.uH('badge-path', files.badge);
    core/* setOutput */.uH('junit-path', files.junit);
    core/* setOutput */.uH('summary-path', files.summary);
    core/* setOutput */.uH('badge-json', JSON.stringify(badge));
}
async function reportSuite(inputs, outcome) {
    const { suite, verdict, files } = outcome;
    const { workflow } = inputs;
    logFenced((0,terminal/* renderTerminalReport */.JJ)(suite, verdict, { color: false }));
    for (const scenario of suite.scenarios) {
        if (scenario.outcome.status === 'SUCCESS' || scenario.client.stderrTail.trim() === '')
            continue;
        core/* startGroup */.Oh(`${outcome.mode === 'server' ? 'Server' : 'Client'} stderr: ${scenario.name}`);
        logFenced(scenario.client.stderrTail);
        core/* endGroup */.N4();
    }
    if (workflow.annotations)
        emitAnnotations(outcome, workflow);
    await publish(inputs, {
        summaryMarkdown: outcome.summaryMarkdown,
        files: Object.values(files),
        comment: () => renderComment(suite, verdict, (0,pipeline/* githubRunUrl */.Gk)()),
    });
    setOutputs({ counts: suite.counts, passed: verdict.passed, files, badge: outcome.badge });
    core/* setOutput */.uH('stale-baseline-entries', verdict.stale.map(baseline/* formatEntry */.WL).join('\n'));
    if (outcome.interrupted) {
        const ran = suite.scenarios.length;
        core/* setFailed */.C1(`Interrupted: the reports hold the ${ran} ${ran === 1 ? 'scenario' : 'scenarios'} that ran before it.`);
        return;
    }
    const place = { file: workflow.annotationFile, line: workflow.annotationLine };
    const closing = verdictAnnotation(suite, verdict, place);
    if (closing === null) {
        core/* info */.pq(`Passed: ${verdict.reason}`);
    }
    else {
        // setFailed would add a second, untitled error: the titled one names the scenario and check.
        emit(closing);
        process.exitCode = core/* ExitCode */.yU.Failure;
    }
}
async function reportAggregate(inputs, outcome) {
    const { files } = outcome;
    for (const problem of outcome.problems)
        core/* warning */.$e(`${problem.file}: ${problem.reason}`, { title: 'sep-2207: results file not merged' });
    await publish(inputs, {
        summaryMarkdown: outcome.summaryMarkdown,
        files: [files.summary, files.badge, files.junit, files.aggregate, ...files.badges.map((badge) => badge.path)],
        comment: () => outcome.summaryMarkdown,
    });
    setOutputs({
        counts: outcome.matrix.totals,
        passed: outcome.passed,
        files: { ...files, results: files.aggregate },
        badge: outcome.overallBadge,
    });
    if (outcome.passed) {
        core/* info */.pq(`Passed: ${outcome.reason}`);
    }
    else {
        core/* error */.z3(outcome.reason, { title: 'SEP-2207 matrix failed' });
        process.exitCode = core/* ExitCode */.yU.Failure;
    }
}
async function run() {
    try {
        const inputs = readActionInputs();
        const outcome = await (0,pipeline/* runPipeline */.aI)(inputs.settings, {
            nameOf: options/* inputName */.yu,
            file: inputs.workflow.annotationFile,
            onStart: (line) => core/* info */.pq(`sep-2207-action: ${line}`),
            onProgress: logProgress,
            // A cancelled job sends SIGINT (then SIGTERM): the clients are stopped and what has run is still reported.
            onInterrupt: (again) => {
                if (!again)
                    core/* warning */.$e('The run was interrupted: stopping the clients and writing what has run.');
            },
        });
        if (outcome.mode === 'aggregate')
            await reportAggregate(inputs, outcome);
        else
            await reportSuite(inputs, outcome);
    }
    catch (error) {
        if (error instanceof src_settings/* SettingsError */.GN)
            core/* setFailed */.C1(error.message);
        else
            core/* setFailed */.C1(`Harness error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
}


/***/ })

};
