export const id = 159;
export const ids = [159];
export const modules = {

/***/ 56159:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAggregate: () => (/* binding */ runAggregate)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/report/write-files.ts
var write_files = __webpack_require__(50483);
;// CONCATENATED MODULE: ./src/aggregate/badges.ts
const MAX_NAME_LENGTH = 100;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
/** `typescript-sdk@1.32` → `typescript-sdk@1.32`; `a/b <c>` → `a-b-c`; nothing usable → `run`. */
function safeFileName(label) {
    let name = label
        .normalize('NFKC')
        .replace(/[^A-Za-z0-9._@+-]+/g, '-')
        .replace(/^[.-]+|[.-]+$/g, '')
        .slice(0, MAX_NAME_LENGTH)
        .replace(/[.-]+$/, '');
    if (name === '')
        name = 'run';
    if (WINDOWS_RESERVED.test(name))
        name = `run-${name}`;
    return name;
}
/** One badge file per column; names that collide once made safe (or differ only in case) get `-2`, `-3`… */
function runBadgeFiles(matrix) {
    const taken = new Set();
    return matrix.columns.map((column) => {
        const base = safeFileName(column.label);
        let name = base;
        for (let index = 2; taken.has(name.toLowerCase()); index++)
            name = `${base}-${index}`;
        taken.add(name.toLowerCase());
        return { label: column.label, path: `badges/${name}.json`, badge: column.badge };
    });
}

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(14031);
// EXTERNAL MODULE: ./src/report/junit.ts
var junit = __webpack_require__(42998);
// EXTERNAL MODULE: ./src/report/verdict.ts
var verdict = __webpack_require__(90687);
;// CONCATENATED MODULE: ./src/aggregate/junit.ts



function renderAggregateJunit(runs, failOn) {
    const suites = runs.flatMap((run) => {
        const judged = (0,verdict/* verdict */.WJ)(run.suite, failOn);
        return run.suite.scenarios.map((scenario) => (0,junit/* renderTestsuite */.Fr)(scenario, judged, (0,junit/* suiteName */.Qx)(run.label, scenario.name), {}, {
            label: run.label,
            'spec-version': run.suite.specVersion,
            ...(run.suite.runUrl && (0,report_escape/* safeUrl */.Pl)(run.suite.runUrl) ? { 'run-url': run.suite.runUrl } : {}),
        }));
    });
    const durationMs = runs.reduce((sum, run) => sum + run.suite.scenarios.reduce((total, scenario) => total + scenario.durationMs, 0), 0);
    return (0,junit/* renderTestsuites */.ys)(`sep-2207-action matrix (${runs.length} ${runs.length === 1 ? 'run' : 'runs'})`, suites, durationMs);
}

// EXTERNAL MODULE: ./node_modules/@actions/glob/lib/glob.js + 17 modules
var glob = __webpack_require__(43324);
// EXTERNAL MODULE: ./src/suite-result.ts
var suite_result = __webpack_require__(88169);
// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(10182);
;// CONCATENATED MODULE: ./src/aggregate/validate.ts
/**
 * Checks that parsed JSON is a results.json this version can read. The files come from other jobs (often other
 * versions of the action, sometimes hand-edited), so everything the aggregate reporters read is checked here and a
 * mismatch becomes one reason in words, never an exception later. Transcripts and client runs are not inspected:
 * the aggregate never reads them.
 */


const CHECK_STATUSES = ['SUCCESS', 'FAILURE', 'WARNING', 'INFO', 'SKIPPED'];
class Invalid extends Error {
}
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
function describe(value) {
    if (value === undefined)
        return 'missing';
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    if (typeof value === 'string')
        return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
    if (typeof value === 'object')
        return 'an object';
    return `${typeof value} ${String(value)}`;
}
function expectString(object, path, name) {
    const value = object[name];
    if (typeof value !== 'string')
        throw new Invalid(`${path}${name} is ${describe(value)}, expected a string`);
    return value;
}
function expectObject(value, where) {
    if (!isObject(value))
        throw new Invalid(`${where} is ${describe(value)}, expected an object`);
    return value;
}
function expectArray(value, where) {
    if (!Array.isArray(value))
        throw new Invalid(`${where} is ${describe(value)}, expected an array`);
    return value;
}
function expectNumber(object, path, name) {
    const value = object[name];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
        throw new Invalid(`${path}${name} is ${describe(value)}, expected a number of 0 or more`);
    }
}
function checkCounts(value, where) {
    const counts = expectObject(value, where);
    for (const status of CHECK_STATUSES) {
        const count = counts[status];
        if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) {
            throw new Invalid(`${where}.${status} is ${describe(count)}, expected a whole number of 0 or more`);
        }
    }
}
function checkResult(value, where) {
    const result = expectObject(value, where);
    const path = `${where}.`;
    expectString(result, path, 'id');
    const status = result.status;
    if (typeof status !== 'string' || !CHECK_STATUSES.includes(status)) {
        throw new Invalid(`${path}status is ${describe(status)}, expected one of ${CHECK_STATUSES.join(', ')}`);
    }
    if (typeof result.draftOnly !== 'boolean')
        throw new Invalid(`${path}draftOnly is ${describe(result.draftOnly)}, expected true or false`);
    for (const name of ['title', 'requirement', 'level', 'message'])
        expectString(result, path, name);
    expectArray(result.sources, `${path}sources`).forEach((source, index) => {
        const item = expectObject(source, `${path}sources[${index}]`);
        expectString(item, `${path}sources[${index}].`, 'label');
        expectString(item, `${path}sources[${index}].`, 'url');
    });
}
function checkScenario(value, where) {
    const scenario = expectObject(value, where);
    const path = `${where}.`;
    expectString(scenario, path, 'name');
    expectNumber(scenario, path, 'durationMs');
    checkResult(scenario.outcome, `${path}outcome`);
    expectArray(scenario.checks, `${path}checks`).forEach((check, index) => checkResult(check, `${path}checks[${index}]`));
}
/** The suite when `value` is a results.json of the supported schema version, otherwise why not. */
function validateSuite(value) {
    if (!isObject(value))
        return { ok: false, reason: `not a results.json: the JSON is ${describe(value)}, not an object` };
    const version = value.schemaVersion;
    if (version === undefined)
        return { ok: false, reason: 'not a results.json: it has no schemaVersion' };
    if (version !== model/* RESULTS_SCHEMA_VERSION */.q3) {
        return {
            ok: false,
            reason: `schemaVersion is ${describe(version)}; ` +
                `this version of sep-2207-action reads schemaVersion ${model/* RESULTS_SCHEMA_VERSION */.q3} ` +
                '(use the same action version in the matrix jobs and the aggregate job)',
        };
    }
    try {
        const tool = expectObject(value.tool, 'tool');
        expectString(tool, 'tool.', 'name');
        expectString(tool, 'tool.', 'version');
        if (value.mode !== 'client' && value.mode !== 'server')
            throw new Invalid(`mode is ${describe(value.mode)}, expected "client" or "server"`);
        // Older results.json files of the same schema version have no label: it is derived from the path instead.
        if (value.label !== undefined && value.label !== null && typeof value.label !== 'string') {
            throw new Invalid(`label is ${describe(value.label)}, expected a string or null`);
        }
        if (value.runUrl !== undefined && value.runUrl !== null && typeof value.runUrl !== 'string') {
            throw new Invalid(`runUrl is ${describe(value.runUrl)}, expected a string or null`);
        }
        for (const name of ['specVersion', 'protocolVersion', 'command', 'startedAt'])
            expectString(value, '', name);
        expectNumber(value, '', 'durationMs');
        expectArray(value.scenarios, 'scenarios').forEach((scenario, index) => checkScenario(scenario, `scenarios[${index}]`));
        checkCounts(value.counts, 'counts');
        checkCounts(value.enforcedCounts, 'enforcedCounts');
    }
    catch (error) {
        if (error instanceof Invalid)
            return { ok: false, reason: `not a valid results.json: ${error.message}` };
        throw error;
    }
    const suite = { ...value, label: typeof value.label === 'string' ? value.label : null };
    return { ok: true, suite };
}
/** Counts summed over several runs. */
function sumCounts(counts) {
    const total = (0,suite_result/* emptyCounts */.W1)();
    for (const item of counts)
        for (const status of CHECK_STATUSES)
            total[status] += item[status];
    return total;
}

;// CONCATENATED MODULE: ./src/aggregate/load.ts
/**
 * Finds and reads the results.json files of a matrix (typically downloaded artifacts, one directory per job).
 * Nothing here is fatal: a pattern that matches nothing, an unreadable file, broken JSON or another schema version
 * each become a problem in words, and the runs that could be read are merged anyway.
 */




/** The file name looked for inside a directory a pattern matches (an artifact's directory). */
const RESULTS_FILE_NAME = 'results.json';
/** A results.json with transcripts is a few MB at most; anything far larger is not one. */
const MAX_RESULTS_FILE_BYTES = 100 * 1024 * 1024;
const GLOB_CHARACTERS = /[*?[\]\\{}]/;
/** `@actions/glob`'s own escaping of a literal path (Linux and macOS escape `\` too). */
function globEscape(path) {
    return (process.platform === 'win32' ? path : path.replace(/\\/g, '\\\\'))
        .replace(/(\[)(?=[^/]+\])/g, '[[]')
        .replace(/\?/g, '[?]')
        .replace(/\*/g, '[*]');
}
/**
 * The pattern made absolute against `cwd` (`@actions/glob` would use the process's working directory). The literal
 * segments before the first wildcard are resolved, so `../artifacts/**` works although the globber rejects `..`.
 */
function absolutePattern(pattern, cwd) {
    if (pattern === '~' || pattern.startsWith('~/'))
        return pattern;
    const segments = pattern.split(/[/\\]/);
    const firstGlob = segments.findIndex((segment) => GLOB_CHARACTERS.test(segment));
    if (firstGlob === -1)
        return globEscape((0,external_node_path_.resolve)(cwd, pattern));
    const literal = segments.slice(0, firstGlob).join('/');
    const base = (0,external_node_path_.isAbsolute)(pattern) && literal === '' ? external_node_path_.sep : (0,external_node_path_.resolve)(cwd, literal);
    const rest = segments.slice(firstGlob).join('/');
    return `${globEscape(base).replace(/[/\\]$/, '')}/${rest}`;
}
/** Splits multi-line inputs, drops blank lines and `#` comments, and separates `!` exclusions. */
function parsePatterns(patterns) {
    const lines = patterns.flatMap((pattern) => pattern.split(/\r?\n/)).map((line) => line.trim());
    const used = lines.filter((line) => line !== '' && !line.startsWith('#'));
    return {
        include: used.filter((line) => !line.startsWith('!')),
        exclude: used
            .filter((line) => line.startsWith('!'))
            .map((line) => line.replace(/^!+/, ''))
            .filter((line) => line !== ''),
    };
}
function displayPath(path, cwd) {
    const fromCwd = (0,external_node_path_.relative)(cwd, path);
    if (fromCwd === '' || fromCwd.startsWith('..') || (0,external_node_path_.isAbsolute)(fromCwd))
        return path;
    return fromCwd.split(external_node_path_.sep).join('/');
}
/** `results.json` in an artifact's directory is named by the directory; any other file by its name without `.json`. */
function labelFromPath(path) {
    const name = (0,external_node_path_.basename)(path);
    if (name === RESULTS_FILE_NAME)
        return (0,external_node_path_.basename)((0,external_node_path_.dirname)(path)) || name;
    return name.replace(/\.json$/i, '') || name;
}
/** The label as given, or `#2`, `#3`… appended to repeats, in the order the runs are listed. */
function uniqueLabels(labels) {
    const taken = new Set();
    return labels.map((label) => {
        let unique = label;
        for (let index = 2; taken.has(unique); index++)
            unique = `${label}#${index}`;
        taken.add(unique);
        return unique;
    });
}
const errorMessage = (error) => (error instanceof Error ? error.message : String(error));
async function globFiles(include, exclude) {
    const globber = await glob/* create */.v([include, ...exclude.map((item) => `!${item}`)].join('\n'), {
        implicitDescendants: false,
        matchDirectories: true,
    });
    return globber.glob();
}
/**
 * Files a pattern matches; a directory stands for the results.json files anywhere under it (exclusions still apply).
 */
async function expand(pattern, exclude, cwd) {
    const excluded = exclude.map((item) => absolutePattern(item, cwd));
    const files = [];
    for (const path of await globFiles(absolutePattern(pattern, cwd), excluded)) {
        const stats = await (0,promises_.stat)(path);
        if (stats.isFile())
            files.push(path);
        else if (stats.isDirectory()) {
            for (const inner of await globFiles(`${globEscape(path)}/**/${RESULTS_FILE_NAME}`, excluded)) {
                if ((await (0,promises_.stat)(inner)).isFile())
                    files.push(inner);
            }
        }
    }
    return files;
}
async function readRun(path) {
    let text;
    try {
        const stats = await (0,promises_.stat)(path);
        if (stats.size > MAX_RESULTS_FILE_BYTES) {
            const size = stats.size.toLocaleString('en-US');
            const limit = MAX_RESULTS_FILE_BYTES.toLocaleString('en-US');
            return { reason: `the file is ${size} bytes, over the ${limit}-byte limit for a results.json` };
        }
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        return { reason: `cannot be read: ${errorMessage(error)}` };
    }
    let value;
    try {
        value = JSON.parse(text.replace(/^\ufeff/, ''));
    }
    catch (error) {
        return { reason: `not valid JSON: ${errorMessage(error)}` };
    }
    const validation = validateSuite(value);
    return validation.ok ? { suite: validation.suite } : { reason: validation.reason };
}
const byPath = new Intl.Collator('en', { numeric: true }).compare;
/**
 * Expands the glob patterns (relative to `cwd`; several per string, one a line; `!` excludes; a directory means
 * every results.json under it) and reads every file found, in path order.
 */
async function loadResults(patterns, cwd) {
    const problems = [];
    const { include, exclude } = parsePatterns(patterns);
    if (include.length === 0)
        problems.push({
            file: patterns.join(' ').trim() || '(no pattern)',
            reason: 'no pattern to search for results.json files',
        });
    const found = new Set();
    for (const pattern of include) {
        let files;
        try {
            files = await expand(pattern, exclude, cwd);
        }
        catch (error) {
            problems.push({ file: pattern, reason: `the pattern cannot be searched: ${errorMessage(error)}` });
            continue;
        }
        if (files.length === 0)
            problems.push({ file: pattern, reason: 'no file matches this pattern' });
        for (const file of files)
            found.add((0,external_node_path_.resolve)(file));
    }
    const loaded = [];
    for (const path of [...found].sort(byPath)) {
        const file = displayPath(path, cwd);
        const read = await readRun(path);
        if ('reason' in read)
            problems.push({ file, reason: read.reason });
        else
            loaded.push({ file, derived: labelFromPath(path), suite: read.suite });
    }
    const labels = uniqueLabels(loaded.map(({ suite, derived }) => suite.label !== null && suite.label.trim() !== '' ? suite.label.trim() : derived));
    return { runs: loaded.map(({ file, suite }, index) => ({ file, label: labels[index], suite })), problems };
}

// EXTERNAL MODULE: ./src/report/badge.ts
var badge = __webpack_require__(40793);
// EXTERNAL MODULE: ./src/report/findings.ts
var findings = __webpack_require__(19334);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(65655);
;// CONCATENATED MODULE: ./src/aggregate/matrix.ts





const rowKey = (scenario, id) => `${scenario}\u0000${id}`;
/** Which of two results for the same row and run to show: the one that fails the run, else the first. */
function preferred(current, next) {
    if (current === null)
        return next;
    return next.failsRun && !current.failsRun ? next : current;
}
/**
 * Rows in a stable order: scenarios as first seen across the columns, each with its outcome and then its checks
 * as first seen. A check only a later run has is added after the ones seen before it in the same scenario.
 */
function buildMatrix(runs, failOn = 'must') {
    const scenarioOrder = [];
    const rowsByScenario = new Map();
    const rowsByKey = new Map();
    const failures = [];
    const rowFor = (scenario, id, title, outcome) => {
        const key = rowKey(scenario, id);
        let row = rowsByKey.get(key);
        if (row === undefined) {
            row = { scenario, checkId: id, outcome, title, cells: runs.map(() => null) };
            rowsByKey.set(key, row);
            let list = rowsByScenario.get(scenario);
            if (list === undefined) {
                list = [];
                rowsByScenario.set(scenario, list);
                scenarioOrder.push(scenario);
            }
            // The outcome row leads its scenario even when a run listed the scenario's checks first.
            if (outcome)
                list.unshift(row);
            else
                list.push(row);
        }
        return row;
    };
    const columns = runs.map((run, column) => {
        const { suite } = run;
        const judged = (0,verdict/* verdict */.WJ)(suite, failOn);
        for (const { scenario, result, judgement } of judged.judged) {
            const row = rowFor(scenario, result.id, result.title, result.id === 'scenario-outcome');
            const cell = {
                status: result.status,
                judgement,
                draftOnly: result.draftOnly,
                failsRun: judgement === 'fails',
            };
            row.cells[column] = preferred(row.cells[column] ?? null, cell);
        }
        for (const finding of (0,findings/* collectFindings */.F3)(suite, judged)) {
            if (finding.judgement !== 'fails')
                continue;
            const { result } = finding;
            failures.push({
                column,
                checkId: result.id,
                title: result.title,
                level: result.level,
                scenarios: finding.scenarios,
                scenarioCount: suite.scenarios.length,
                message: result.message,
            });
        }
        return {
            label: run.label,
            file: run.file,
            runUrl: suite.runUrl ?? null,
            mode: suite.mode,
            specVersion: suite.specVersion,
            protocolVersion: suite.protocolVersion,
            tool: { name: suite.tool.name, version: suite.tool.version },
            command: suite.command,
            startedAt: suite.startedAt,
            scenarios: suite.scenarios.length,
            counts: { ...suite.counts },
            enforcedCounts: { ...suite.enforcedCounts },
            failing: judged.failing.length,
            badgeCounts: (0,badge/* badgeCounts */.w9)(judged),
            badge: (0,badge/* buildBadge */.qb)(judged, run.label),
        };
    });
    return {
        failOn,
        columns,
        rows: scenarioOrder.flatMap((scenario) => rowsByScenario.get(scenario) ?? []),
        failures,
        totals: sumCounts(columns.map((column) => column.counts)),
        specVersions: [...new Set(columns.map((column) => column.specVersion))],
    };
}
/**
 * Fails when any run has a result that fails it under `fail-on` (draft-only never does), or when there is no run
 * at all. Files that could not be read are mentioned but do not fail it on their own.
 */
function aggregateVerdict(matrix, problemCount = 0) {
    const unread = problemCount > 0 ? ` ${(0,report_text/* plural */.LS)(problemCount, 'problem')} finding or reading results (listed in the summary).` : '';
    if (matrix.columns.length === 0) {
        return { passed: false, reason: `No results.json could be loaded, so there is nothing to merge.${unread}` };
    }
    const failing = matrix.columns.filter((column) => column.failing > 0);
    if (failing.length > 0) {
        const names = failing.map((column) => `${column.label} (${column.failing})`).join(', ');
        const verb = failing.length === 1 ? 'has' : 'have';
        const subject = `${failing.length} of ${(0,report_text/* plural */.LS)(matrix.columns.length, 'run')} ${verb}`;
        return {
            passed: false,
            reason: `${subject} enforced results that fail under fail-on ${matrix.failOn}: ${names}.${unread}`,
        };
    }
    const head = matrix.failOn === 'never'
        ? `${(0,report_text/* plural */.LS)(matrix.columns.length, 'run')} merged; fail-on is never, so no result fails.`
        : `${(0,report_text/* plural */.LS)(matrix.columns.length, 'run')} merged; no enforced result fails under fail-on ${matrix.failOn}.`;
    return { passed: true, reason: `${head}${unread}` };
}
/** One badge for the whole matrix, by the same rule as a run's: red when any run fails, out of every result. */
function overallBadge(matrix, label = model/* DEFAULT_BADGE_LABEL */.zg) {
    const sum = (key) => matrix.columns.reduce((total, column) => total + column.badgeCounts[key], 0);
    return (0,badge/* badgeFor */.De)({ failing: sum('failing'), findings: sum('findings'), total: sum('total') }, label);
}

// EXTERNAL MODULE: ./src/report/budget.ts
var budget = __webpack_require__(32585);
// EXTERNAL MODULE: ./src/report/judgement.ts
var judgement = __webpack_require__(99401);
;// CONCATENATED MODULE: ./src/aggregate/summary.ts
/**
 * The aggregate job summary: the verdict, what fails (each failure with its message and a link to its run), the
 * rows with a FAILURE or WARNING in some run grouped by scenario, the full matrix folded, and a line per run. Cells use
 * the marks of the runs' own reports: ❌ only where a result fails its run, 🟠 for a FAILURE that cannot (draft-only,
 * advisory, below fail-on). Pure: matrix and problems in, markdown out.
 *
 * Labels, check ids, scenario names, spec versions, URLs and reasons all come from other jobs' files, so every one
 * goes through escape.ts. GitHub rejects a step summary over 1 MiB, so the least useful parts are dropped first:
 * problems past the first few, the full matrix, failures past the first few, then the per-run lines; a closing note
 * says what was left out. aggregate.json has everything.
 */






const DEFAULT_AGGREGATE_TITLE = 'SEP-2207 compatibility matrix';
const ABSENT = '—';
const PROBLEMS_KEPT = 20;
/** Failing runs named in the headline; the table below names them all. */
const HEADLINE_RUNS = 5;
const FAILURES_KEPT = 30;
/** Caps on single fields, so one hostile value never dominates the summary. */
const LIMITS = { label: 80, name: 120, file: 200, reason: 500, message: 200 };
/** Labels as code (escaped, safe from autolinking), linked to their run when the run's URL is known. */
function label(column) {
    const text = (0,report_escape/* code */.aY)((0,report_text/* cut */.Jj)(column.label, LIMITS.label));
    const href = column.runUrl === null ? null : (0,report_escape/* safeUrl */.Pl)(column.runUrl);
    return href === null ? text : `[${text}](${href})`;
}
function cellText(cell) {
    if (cell === null)
        return ABSENT;
    return `${(0,judgement/* mark */.Gy)(cell.status, cell.judgement)} ${judgement/* STATUS_DISPLAY */.ej[cell.status].word}`;
}
function headline(matrix, problems, options) {
    const verdict = aggregateVerdict(matrix, problems.length);
    const title = options.title === undefined || options.title.trim() === ''
        ? DEFAULT_AGGREGATE_TITLE
        : (0,report_escape/* escapeMarkdown */.FV)(options.title);
    const runs = matrix.columns.length;
    const failing = matrix.columns.filter((column) => column.failing > 0);
    if (runs === 0) {
        return [
            `## ❌ ${title}: no results to merge`,
            '',
            '**Failed:** no results.json could be loaded, so there is nothing to merge. The problems below say why.',
        ].join('\n');
    }
    const status = failing.length > 0
        ? `${failing.length} of ${(0,report_text/* plural */.LS)(runs, 'run')} ${failing.length === 1 ? 'fails' : 'fail'}`
        : `${(0,report_text/* plural */.LS)(runs, 'run')}, none fails`;
    const lines = [
        `## ${verdict.passed ? '✅' : '❌'} ${title}: ${status}`,
        '',
        failing.length > 0
            ? failedLine(matrix, failing)
            : `**Passed:** no enforced result fails any run under fail-on ${(0,report_escape/* code */.aY)(matrix.failOn)}.`,
        '',
        versionsLine(matrix),
    ];
    if (problems.length > 0)
        lines.push('', `**${(0,report_text/* plural */.LS)(problems.length, 'problem')}** finding or reading results, ` +
            'listed at the end (they do not fail the job on their own).');
    return lines.join('\n');
}
/** The headline's line naming the failing runs (the first few, then a count). */
function failedLine(matrix, failing) {
    const more = failing.length > HEADLINE_RUNS ? ` and ${(0,report_text/* plural */.LS)(failing.length - HEADLINE_RUNS, 'more run')}` : '';
    const names = `${failing.slice(0, HEADLINE_RUNS).map(label).join(', ')}${more}`;
    const verb = failing.length === 1 ? 'has' : 'have';
    return `**Failed:** ${names} ${verb} enforced results that fail under fail-on ${(0,report_escape/* code */.aY)(matrix.failOn)}.`;
}
function versionsLine(matrix) {
    const versions = matrix.specVersions.map((version) => (0,report_escape/* code */.aY)((0,report_text/* cut */.Jj)(version, LIMITS.name))).join(', ');
    if (matrix.specVersions.length === 1)
        return `Spec version ${versions}.`;
    return (`Spec versions ${versions} ` +
        '(they differ between runs, so the same result can be enforced in one run and draft-only in another).');
}
function failuresSection(matrix, shown) {
    if (matrix.failures.length === 0)
        return null;
    const rows = matrix.failures.slice(0, shown).map((failure) => failureRow(matrix, failure));
    const more = matrix.failures.length > shown
        ? ['', `… and ${(0,report_text/* plural */.LS)(matrix.failures.length - shown, 'more failure')} (aggregate.json lists them all).`]
        : [];
    return [
        `### ❌ What fails (${matrix.failures.length})`,
        '',
        '| Run | Scenario | Check | Level | Finding |',
        '| --- | --- | --- | --- | --- |',
        ...rows,
        ...more,
    ].join('\n');
}
function failureRow(matrix, failure) {
    const column = matrix.columns[failure.column];
    const scenarios = (0,findings/* scenariosText */.rK)(failure, failure.scenarioCount, (name) => (0,report_escape/* code */.aY)((0,report_text/* cut */.Jj)(name, LIMITS.name)));
    const check = (0,report_escape/* code */.aY)((0,report_text/* cut */.Jj)(failure.checkId, LIMITS.name));
    const finding = (0,report_escape/* richText */.YD)((0,report_text/* firstSentence */.qi)(failure.message, LIMITS.message));
    return `| ${label(column)} | ${scenarios} | ${check} | ${(0,report_escape/* escapeMarkdown */.FV)(failure.level)} | ${finding} |`;
}
/** A table of rows grouped by scenario: a heading row per scenario, then its checks. */
function table(matrix, rows) {
    const heads = matrix.columns.map((column) => `${label(column)}<br>${(0,report_escape/* plainText */.wh)((0,report_text/* cut */.Jj)(column.specVersion, LIMITS.name))}`);
    const header = `| Check | ${heads.join(' | ')} |`;
    const align = `| --- | ${matrix.columns.map(() => ':-:').join(' | ')} |`;
    const body = [];
    let scenario = null;
    for (const row of rows) {
        if (row.scenario !== scenario) {
            scenario = row.scenario;
            body.push(`| **${(0,report_escape/* escapeMarkdown */.FV)((0,report_text/* cut */.Jj)(row.scenario, LIMITS.name))}** | ${matrix.columns.map(() => '').join(' | ')} |`);
        }
        body.push(`| ${(0,report_escape/* code */.aY)((0,report_text/* cut */.Jj)(row.checkId, LIMITS.name))} | ${row.cells.map(cellText).join(' | ')} |`);
    }
    const runVerdicts = matrix.columns.map((column) => column.failing > 0 ? `❌ fails (${column.failing})` : '✅ passes');
    const verdicts = `| **Run** | ${runVerdicts.join(' | ')} |`;
    return [header, align, ...body, verdicts].join('\n');
}
const LEGEND = `${(0,report_escape/* escapeMarkdown */.FV)(judgement/* MARKS_LEGEND */.T_)} · ${ABSENT} not run`;
function runsSection(matrix) {
    const lines = ['### Runs', ''];
    for (const column of matrix.columns) {
        const parts = [
            `${column.failing > 0 ? '❌' : '✅'} ${label(column)}`,
            `${column.mode} mode, spec ${(0,report_escape/* code */.aY)((0,report_text/* cut */.Jj)(column.specVersion, LIMITS.name))}`,
            `badge ${(0,report_escape/* code */.aY)((0,report_text/* cut */.Jj)(column.badge.message, LIMITS.name))}`,
            (0,report_escape/* escapeMarkdown */.FV)(`${column.tool.name} ${column.tool.version}`),
        ];
        lines.push(`- ${parts.join(' · ')}`);
    }
    return lines.join('\n');
}
function problemsSection(problems, shown) {
    const lines = [`### Problems (${problems.length})`, ''];
    for (const problem of problems.slice(0, shown))
        lines.push(`- ${(0,report_escape/* code */.aY)((0,report_text/* cut */.Jj)(problem.file, LIMITS.file))}: ${(0,report_escape/* escapeMarkdown */.FV)((0,report_text/* cut */.Jj)(problem.reason, LIMITS.reason))}`);
    if (problems.length > shown)
        lines.push(`- … and ${(0,report_text/* plural */.LS)(problems.length - shown, 'more problem')} (aggregate.json lists them all)`);
    return lines.join('\n');
}
const passEverywhere = (row) => row.cells.every((cell) => cell === null || cell.status === 'SUCCESS');
const quiet = (row) => row.cells.every((cell) => cell === null || (cell.status !== 'FAILURE' && cell.status !== 'WARNING'));
function render(matrix, problems, options, shown, maxBytes) {
    const blocks = [headline(matrix, problems, options)];
    const dropped = [];
    if (matrix.columns.length > 0) {
        const failures = failuresSection(matrix, shown.failures);
        if (failures !== null)
            blocks.push(failures);
        if (shown.failures < matrix.failures.length)
            dropped.push((0,report_text/* plural */.LS)(matrix.failures.length - shown.failures, 'failure'));
        const withFindings = matrix.rows.filter((row) => !quiet(row));
        const rowCount = (0,report_text/* plural */.LS)(matrix.rows.length, 'row');
        blocks.push(withFindings.length > 0
            ? `### A FAILURE or WARNING in some run (${withFindings.length} of ${rowCount})\n\n` +
                table(matrix, withFindings)
            : `### No FAILURE or WARNING in any run (${rowCount})`);
        const passing = matrix.rows.filter(passEverywhere).length;
        if (shown.fullMatrix)
            blocks.push(`<details><summary>The full matrix: ${rowCount}, ${passing} a pass in every run</summary>\n\n` +
                `${table(matrix, matrix.rows)}\n\n</details>`);
        else
            dropped.push('the full matrix');
        blocks.push(LEGEND);
        if (shown.runs)
            blocks.push(runsSection(matrix));
        else
            dropped.push('the per-run lines');
    }
    if (problems.length > 0)
        blocks.push(problemsSection(problems, shown.problems));
    if (shown.problems < problems.length)
        dropped.unshift((0,report_text/* plural */.LS)(problems.length - shown.problems, 'problem'));
    if (dropped.length > 0) {
        const limit = `${maxBytes.toLocaleString('en-US')}-byte job summary limit`;
        blocks.push(`---\n\n**Not everything is shown.** Left out to stay under the ${limit}: ${dropped.join('; ')}. ` +
            'aggregate.json has everything.');
    }
    return `${blocks.join('\n\n')}\n`;
}
function renderAggregateSummary(matrix, problems, options = {}) {
    const maxBytes = options.maxBytes ?? budget/* STEP_SUMMARY_MAX_BYTES */.T;
    const shown = { problems: problems.length, fullMatrix: true, failures: matrix.failures.length, runs: true };
    const cuts = [
        () => (shown.problems = Math.min(problems.length, PROBLEMS_KEPT)) < problems.length,
        () => !(shown.fullMatrix = false),
        () => (shown.failures = Math.min(matrix.failures.length, FAILURES_KEPT)) < matrix.failures.length,
        () => !(shown.runs = false),
    ];
    return (0,budget/* fitToBudget */.c)(() => render(matrix, problems, options, shown, maxBytes), cuts, maxBytes, 'aggregate.json');
}

;// CONCATENATED MODULE: ./src/aggregate/merge.ts
/**
 * Aggregate mode: read every results.json of a matrix, merge them and write the reports. Everything is written
 * atomically into the output directory; the pipeline (src/pipeline.ts) calls this, and the CLI or the action prints,
 * uploads and sets the exit status.
 */








async function runAggregate(options) {
    const { runs, problems } = await loadResults(options.patterns, options.cwd);
    const matrix = buildMatrix(runs, options.failOn);
    const { passed, reason } = aggregateVerdict(matrix, problems.length);
    const badgeLabel = options.badgeLabel?.trim() || undefined;
    const overall = overallBadge(matrix, badgeLabel);
    const summaryMarkdown = renderAggregateSummary(matrix, problems, {
        title: badgeLabel === undefined ? undefined : `${badgeLabel} compatibility matrix`,
        maxBytes: options.maxSummaryBytes,
    });
    const badgeFiles = runBadgeFiles(matrix).map((file) => ({
        ...file,
        path: (0,external_node_path_.join)(options.outputDir, ...file.path.split('/')),
    }));
    const report = { schemaVersion: 1, ...matrix, passed, reason, problems };
    await (0,promises_.mkdir)((0,external_node_path_.join)(options.outputDir, 'badges'), { recursive: true });
    const files = {
        summary: (0,external_node_path_.join)(options.outputDir, 'summary.md'),
        badge: (0,external_node_path_.join)(options.outputDir, 'badge.json'),
        badges: badgeFiles.map((file) => ({ label: file.label, path: file.path })),
        junit: (0,external_node_path_.join)(options.outputDir, 'junit.xml'),
        aggregate: (0,external_node_path_.join)(options.outputDir, 'aggregate.json'),
    };
    // aggregate.json first: everything else can be rebuilt from it.
    await (0,write_files/* writeFileAtomic */.Z)(files.aggregate, `${JSON.stringify(report, null, 2)}\n`);
    await Promise.all([
        (0,write_files/* writeFileAtomic */.Z)(files.summary, summaryMarkdown),
        (0,write_files/* writeFileAtomic */.Z)(files.badge, `${JSON.stringify(overall)}\n`),
        (0,write_files/* writeFileAtomic */.Z)(files.junit, renderAggregateJunit(runs, options.failOn)),
        ...badgeFiles.map((file) => (0,write_files/* writeFileAtomic */.Z)(file.path, `${JSON.stringify(file.badge)}\n`)),
    ]);
    return { matrix, problems, summaryMarkdown, overallBadge: overall, files, passed, reason };
}


/***/ })

};
