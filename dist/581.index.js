export const id = 581;
export const ids = [581];
export const modules = {

/***/ 28995:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ usage),
/* harmony export */   D: () => (/* binding */ parseCommandLine)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88381);
/**
 * The command line's flags and help text, both read from the options table (src/options.ts), and the flags' values
 * as the raw options `parseSettings` takes.
 */


const FLAG_OPTIONS = [...Object.values(_options_js__WEBPACK_IMPORTED_MODULE_1__/* .RUN_OPTIONS */ .p7), ...Object.values(_options_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMAND_LINE_ONLY */ .k1)];
const HELP_WIDTH = 118;
const DESCRIPTION_COLUMN = 32;
const HEADER = `Usage: sep-2207-action --command "<shell command that starts your MCP client>" [options]
       sep-2207-action --mode server --server-url <url> [--server-command "<cmd>"] [options]
       sep-2207-action --mode aggregate --results "<glob of results.json files>" [options]

Client mode (the default) runs each scenario's mock OAuth authorization server and MCP server on 127.0.0.1, starts
your client with the MCP server URL as its last argument, and checks what it did on the wire (SEP-2207 and the
OAuth 2.1 refresh rules). Server mode probes your MCP server's WWW-Authenticate challenge and Protected Resource
Metadata. Aggregate mode merges results.json files from several runs into one compatibility matrix.

Options:`;
const FOOTER = 'Exit codes: 0 passed, 1 an enforced result failed, 2 bad usage, 3 harness error, 130 interrupted.';
/** Throws parseArgs's own errors (code `ERR_PARSE_ARGS_…`) for an unknown flag or a missing value. */
function parseCommandLine(argv) {
    const options = {};
    for (const { flag, short, value, multiple } of FLAG_OPTIONS) {
        if (flag === undefined)
            continue;
        // parseArgs rejects a `short` or `multiple` key that is there but undefined.
        options[flag] = {
            type: value === undefined ? 'boolean' : 'string',
            ...(short === undefined ? {} : { short }),
            ...(multiple === undefined ? {} : { multiple }),
        };
    }
    const { values } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: argv, strict: true, allowPositionals: false, options });
    const commands = ['help', 'version', 'listScenarios'].filter((key) => values[_options_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMAND_LINE_ONLY */ .k1[key].flag] === true);
    const raw = {};
    for (const key of _options_js__WEBPACK_IMPORTED_MODULE_1__/* .RUN_OPTION_KEYS */ .ld) {
        const option = _options_js__WEBPACK_IMPORTED_MODULE_1__/* .RUN_OPTIONS */ .p7[key];
        const given = values[_options_js__WEBPACK_IMPORTED_MODULE_1__/* .RUN_OPTIONS */ .p7[key].flag];
        if ((0,_options_js__WEBPACK_IMPORTED_MODULE_1__/* .isListOption */ .C_)(key)) {
            if (Array.isArray(given))
                raw[key] = given.filter((item) => typeof item === 'string');
        }
        else if (option.switchGives !== undefined) {
            if (given === true)
                raw[key] = option.switchGives;
        }
        else if (typeof given === 'string')
            raw[key] = given;
    }
    return { command: commands[0], raw };
}
/** The help text: each flag with its value, what it does, the mode that takes it and its default. */
function usage() {
    const lines = FLAG_OPTIONS.flatMap((option) => {
        if (option.flag === undefined)
            return [];
        const short = option.short ? `-${option.short}, ` : '    ';
        const name = `${short}--${option.flag}${option.value ? ` ${option.value}` : ''}`;
        const notes = helpNotes(option);
        const text = `${option.description}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`;
        return helpLines(`  ${name}`, text);
    });
    return [HEADER, ...lines, '', FOOTER].join('\n');
}
function helpNotes(option) {
    const notes = [];
    if (option.mode)
        notes.push(`${option.mode} mode${option.required ? ', required' : ''}`);
    if (option.multiple)
        notes.push('repeatable');
    if (option.switchGives !== undefined)
        notes.push('on by default; this flag turns it off');
    else if (option.defaultText ?? option.default)
        notes.push(`default: ${option.defaultText ?? option.default}`);
    return notes;
}
/** The flag, then its description from the description column, wrapped at the help's width. */
function helpLines(name, text) {
    const lines = [];
    let line = name.length + 1 > DESCRIPTION_COLUMN ? `${name} ` : name.padEnd(DESCRIPTION_COLUMN);
    let empty = true;
    for (const word of text.split(' ')) {
        if (!empty && line.length + 1 + word.length > HELP_WIDTH) {
            lines.push(line);
            line = ' '.repeat(DESCRIPTION_COLUMN);
            empty = true;
        }
        line += `${empty ? '' : ' '}${word}`;
        empty = false;
    }
    return [...lines, line];
}


/***/ }),

/***/ 95581:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   main: () => (/* binding */ main)
/* harmony export */ });
/* harmony import */ var _cli_flags_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(28995);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88381);
/* harmony import */ var _pipeline_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57346);
/* harmony import */ var _report_baseline_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(67355);
/* harmony import */ var _report_terminal_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(87496);
/* harmony import */ var _scenarios_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(73054);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(58750);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(311);
/**
 * The command-line interface: the same pipeline and files as the action, with a terminal report.
 * Exit codes: 0 passed, 1 failed (an enforced result), 2 bad usage, 3 harness error, 130 interrupted.
 */








const EXIT = { passed: 0, failed: 1, usage: 2, harness: 3, interrupted: 130 };
function terminalOptions(stream) {
    return { color: Boolean(stream.isTTY) && process.env.NO_COLOR === undefined && process.env.TERM !== 'dumb' };
}
const print = (line) => process.stdout.write(`${line}\n`);
const complain = (line) => process.stderr.write(`${_version_js__WEBPACK_IMPORTED_MODULE_6__/* .TOOL */ .j.name}: ${line}\n`);
function progressLine(event, options) {
    const position = (0,_report_terminal_js__WEBPACK_IMPORTED_MODULE_3__/* .paint */ .nI)(`[${event.index + 1}/${event.total}]`, 90, options);
    if (event.type === 'scenario-started')
        return `${position} ${event.scenario} started`;
    if (event.type === 'scenario-rerun')
        return `${position} ${event.scenario} runs again, alone: ${(0,_report_terminal_js__WEBPACK_IMPORTED_MODULE_3__/* .inParallel */ .HN)(event.reason)}`;
    const result = event.result;
    const worst = [result.outcome, ...result.checks].map((check) => check.status);
    const status = ['FAILURE', 'WARNING', 'INFO', 'SKIPPED', 'SUCCESS'].find((candidate) => worst.includes(candidate)) ??
        'SUCCESS';
    const took = (0,_report_terminal_js__WEBPACK_IMPORTED_MODULE_3__/* .formatSeconds */ .Xo)(result.durationMs);
    return `${position} ${event.scenario} finished in ${took} ${(0,_report_terminal_js__WEBPACK_IMPORTED_MODULE_3__/* .statusLabel */ .Rh)(status, options)}`;
}
function reportSuite(settings, outcome) {
    process.stdout.write((0,_report_terminal_js__WEBPACK_IMPORTED_MODULE_3__/* .renderTerminalReport */ .JJ)(outcome.suite, outcome.verdict, terminalOptions(process.stdout)));
    for (const entry of outcome.verdict.stale) {
        const where = `${outcome.baseline?.path}:${entry.line}`;
        print(`Stale baseline entry (now passes, remove it): ${(0,_report_baseline_js__WEBPACK_IMPORTED_MODULE_7__/* .formatEntry */ .WL)(entry)} (${where})`);
    }
    print(`Reports: ${outcome.files.results}, badge.json, junit.xml, summary.md`);
    if (outcome.interrupted) {
        const ran = outcome.suite.scenarios.length;
        const planned = settings.mode === 'client' ? settings.scenarios.length : ran;
        complain(`interrupted: the reports hold the ${ran} of ${planned} scenarios that ran.`);
        return EXIT.interrupted;
    }
    return outcome.verdict.passed ? EXIT.passed : EXIT.failed;
}
/** Aggregate mode on a terminal: a line per merged run, the problems, the verdict. */
function reportAggregate(outcome) {
    const style = terminalOptions(process.stdout);
    for (const column of outcome.matrix.columns) {
        const mark = column.failing > 0 ? (0,_report_terminal_js__WEBPACK_IMPORTED_MODULE_3__/* .paint */ .nI)('✘', 31, style) : (0,_report_terminal_js__WEBPACK_IMPORTED_MODULE_3__/* .paint */ .nI)('✔', 32, style);
        const { label, specVersion, badge, file } = column;
        print(`${mark} ${(0,_report_terminal_js__WEBPACK_IMPORTED_MODULE_3__/* .visible */ .RK)(label)}  spec ${specVersion}  ${badge.message}  (${(0,_report_terminal_js__WEBPACK_IMPORTED_MODULE_3__/* .visible */ .RK)(file)})`);
    }
    for (const problem of outcome.problems)
        print(`${(0,_report_terminal_js__WEBPACK_IMPORTED_MODULE_3__/* .paint */ .nI)('▲', 33, style)} not merged: ${(0,_report_terminal_js__WEBPACK_IMPORTED_MODULE_3__/* .visible */ .RK)(problem.file)}: ${(0,_report_terminal_js__WEBPACK_IMPORTED_MODULE_3__/* .visible */ .RK)(problem.reason)}`);
    print(`${outcome.passed ? (0,_report_terminal_js__WEBPACK_IMPORTED_MODULE_3__/* .paint */ .nI)('PASSED', 32, style) : (0,_report_terminal_js__WEBPACK_IMPORTED_MODULE_3__/* .paint */ .nI)('FAILED', 31, style)}  ${(0,_report_terminal_js__WEBPACK_IMPORTED_MODULE_3__/* .visible */ .RK)(outcome.reason)}`);
    print(`Reports: ${outcome.files.summary}, badge.json, badges/, junit.xml, aggregate.json`);
    return outcome.passed ? EXIT.passed : EXIT.failed;
}
/**
 * The glob library under aggregate mode reports its progress as `::debug::` workflow commands on stdout; a terminal
 * has no use for them, so they are held back while the pipeline runs.
 */
async function withoutDebugCommands(run) {
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk, ...rest) => String(chunk).startsWith('::debug::')
        ? true
        : write(chunk, ...rest));
    try {
        return await run();
    }
    finally {
        process.stdout.write = write;
    }
}
function isUsageError(error) {
    return (error instanceof _settings_js__WEBPACK_IMPORTED_MODULE_5__/* .SettingsError */ .GN ||
        (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')));
}
function failed(error) {
    if (isUsageError(error)) {
        complain(`${error.message}\nRun with --help for usage.`);
        return EXIT.usage;
    }
    complain(`harness error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return EXIT.harness;
}
async function run(settings) {
    const stderrStyle = terminalOptions(process.stderr);
    const outcome = await withoutDebugCommands(() => (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_2__/* .runPipeline */ .aI)(settings, {
        nameOf: _options_js__WEBPACK_IMPORTED_MODULE_1__/* .flagName */ .GI,
        onStart: (line) => process.stderr.write(`${_version_js__WEBPACK_IMPORTED_MODULE_6__/* .TOOL */ .j.name} ${_version_js__WEBPACK_IMPORTED_MODULE_6__/* .TOOL */ .j.version}: ${line}\n`),
        onProgress: (event) => process.stderr.write(`${progressLine(event, stderrStyle)}\n`),
        onInterrupt: (again) => complain(again
            ? 'still stopping clients and writing the reports.'
            : 'interrupted; stopping clients and writing what has run.'),
    }));
    return outcome.mode === 'aggregate' ? reportAggregate(outcome) : reportSuite(settings, outcome);
}
async function main(argv) {
    let settings;
    try {
        const { command, raw } = (0,_cli_flags_js__WEBPACK_IMPORTED_MODULE_0__/* .parseCommandLine */ .D)(argv);
        if (command === 'help')
            print((0,_cli_flags_js__WEBPACK_IMPORTED_MODULE_0__/* .usage */ .C)());
        else if (command === 'version')
            print(_version_js__WEBPACK_IMPORTED_MODULE_6__/* .TOOL */ .j.version);
        else if (command === 'listScenarios') {
            for (const scenario of _scenarios_index_js__WEBPACK_IMPORTED_MODULE_4__/* .SCENARIOS */ .U9)
                print(`${scenario.name}\n  ${scenario.description}`);
        }
        if (command !== undefined)
            return EXIT.passed;
        settings = (0,_settings_js__WEBPACK_IMPORTED_MODULE_5__/* .parseSettings */ .P$)(raw, _options_js__WEBPACK_IMPORTED_MODULE_1__/* .flagName */ .GI);
    }
    catch (error) {
        if (isUsageError(error))
            return failed(error);
        throw error;
    }
    // A bad baseline or output directory is still bad usage (2); anything else that goes wrong is the harness's (3).
    return run(settings).catch(failed);
}
// A reader that stops early (`… --list-scenarios | head -1`) closes the pipe: that is the end, not a crash.
process.stdout.on('error', (error) => {
    if (error.code === 'EPIPE')
        process.exit(process.exitCode ?? 0);
    throw error;
});
process.exitCode = await main(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ })

};
