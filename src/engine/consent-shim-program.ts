/**
 * The program the consent shim's stand-ins run (see consent-shim.ts), as a type-checked class.
 *
 * It runs as a file of its own, `consent-shim.mjs` in the shim's directory, under the Node.js that runs this tool.
 * That file is made at run time from this class's source text (`ConsentShimProgram.toString()`, see
 * `consentShimProgramSource`), so the class must be self-contained: no imports and no module-level names inside its
 * body; what it needs from Node.js comes in through the constructor, and its constants are its own fields. The text is
 * whatever the running code is, compiled by tsc, tsx, Vitest or ncc, so it works from the bundle in dist/ as well.
 *
 * What it does with a URL, as a browser would: GET it without following redirects, then follow the `Location`,
 * retrying while nothing listens there yet. It only ever connects to loopback. Run as the opener, it checks the URL,
 * starts itself again as the worker (`workerFlag`, the URL) that does the requests, and exits 0 at once.
 */
import type { IncomingMessage } from 'node:http';
import type { RequestOptions } from 'node:https';

/** The Node.js modules the program uses, handed in by the file it runs from. */
export interface ConsentShimNode {
  spawn: typeof import('node:child_process').spawn;
  appendFileSync: typeof import('node:fs').appendFileSync;
  existsSync: typeof import('node:fs').existsSync;
  http: typeof import('node:http');
  https: typeof import('node:https');
  basename: typeof import('node:path').basename;
}

export interface ConsentShimSettings {
  /** The program's own file, which the worker runs. */
  program: string;
  /** The shim's directory: once it is gone, the run is over and a worker stops. */
  dir: string;
  /** The log file, in the directory. */
  log: string;
  /** The first argument that makes the program the worker, with the URL to open as the second. */
  workerFlag: string;
  /** How long a worker may keep trying. */
  deadlineMs: number;
}

interface Answer {
  status: number;
  location: string | undefined;
}

export class ConsentShimProgram {
  private readonly requestTimeoutMs = 5000;
  private readonly maxRedirects = 5;
  private readonly loopbackAddresses: Record<string, string[]> = {
    '127.0.0.1': ['127.0.0.1'],
    localhost: ['127.0.0.1', '::1'],
    '[::1]': ['::1'],
  };
  private readonly notListening = new Set([
    'ECONNREFUSED',
    'ECONNRESET',
    'EADDRNOTAVAIL',
    'ENETUNREACH',
    'EAFNOSUPPORT',
    'EHOSTUNREACH',
  ]);
  private readonly secretParam = /^code$|token|secret|verifier|assertion|password/i;

  constructor(
    private readonly node: ConsentShimNode,
    private readonly settings: ConsentShimSettings,
  ) {}

  /** `argv`: the name it was called by and the opener's arguments, or the worker flag and the URL. */
  main(argv: string[]): void {
    const [first, ...rest] = argv;
    if (first !== this.settings.workerFlag) {
      this.open(first, rest);
      return;
    }
    this.deliver(rest[0]).then(
      (code) => process.exit(code),
      (error: unknown) => {
        const message = (error as { message?: unknown } | null | undefined)?.message;
        this.log(`failed: ${this.errorCode(error) || (typeof message === 'string' && message) || String(error)}`);
        process.exit(1);
      },
    );
  }

  /** The opener: checks the URL, starts the worker and exits 0, or refuses (3) or finds no URL (2). */
  private open(invokedAs: string | undefined, args: string[]): void {
    const name = this.node.basename(invokedAs || 'browser');
    const target = args.find((arg) => /^[a-z][a-z0-9+.-]*:/i.test(arg));
    if (target === undefined) {
      process.stderr.write(`sep-2207 consent shim (${name}): no URL among the arguments\n`);
      this.log(`${name}: no URL among ${args.length} arguments`);
      process.exit(2);
    }
    if (!this.loopbackUrl(target)) {
      process.stderr.write(
        `sep-2207 consent shim (${name}): refusing to open ${this.describeHost(target)}: ` +
          'only http(s) URLs on 127.0.0.1, localhost or [::1] are opened in a conformance run\n',
      );
      this.log(`${name}: refused ${this.describeHost(target)} (not loopback); no request made`);
      process.exit(3);
    }
    this.log(`${name}: opening ${this.redact(target)}`);
    const worker = this.node.spawn(process.execPath, [this.settings.program, this.settings.workerFlag, target], {
      stdio: 'ignore',
    });
    worker.once('spawn', () => {
      worker.unref();
      process.exit(0);
    });
    worker.once('error', (error) => {
      process.stderr.write(`sep-2207 consent shim (${name}): could not start: ${error.message}\n`);
      this.log(`${name}: could not start the worker: ${error.message}`);
      process.exit(1);
    });
  }

  /** The worker: does what a browser does with the consent URL, following redirects on loopback only. */
  private async deliver(start: string | undefined): Promise<number> {
    const { deadlineMs } = this.settings;
    const deadline = Date.now() + deadlineMs;
    setTimeout(() => {
      this.log(`gave up: deadline of ${deadlineMs} ms reached`);
      process.exit(1);
    }, deadlineMs + 1000).unref();
    let url = this.loopbackUrl(start);
    for (let hop = 0; url && hop <= this.maxRedirects; hop += 1) {
      const answer = await this.get(url, deadline);
      const location = answer.location ? new URL(answer.location, url).href : undefined;
      const redirect = location ? ` Location: ${this.redact(location)}` : '';
      this.log(`GET ${this.redact(url.href)} -> ${answer.status}${redirect}`);
      if (answer.status < 300 || answer.status >= 400 || !location) return hop > 0 ? 0 : 1;
      url = this.loopbackUrl(location);
      if (!url) {
        this.log(`not following a redirect off loopback, to ${this.describeHost(location)}`);
        return hop > 0 ? 0 : 1;
      }
    }
    if (url) this.log(`stopped after ${this.maxRedirects} redirects`);
    return 1;
  }

  /** GETs url, retrying while nothing listens there yet, until the deadline or the end of the run. */
  private async get(url: URL, deadline: number): Promise<Answer> {
    const addresses = this.loopbackAddresses[url.hostname] ?? [];
    for (let attempt = 1; ; attempt += 1) {
      let lastError: unknown;
      for (const address of addresses) {
        try {
          return await this.getOnce(url, address);
        } catch (error) {
          lastError = error;
          if (!this.notListening.has(this.errorCode(error) ?? '')) throw error;
        }
      }
      const pause = Math.min(50 * attempt, 250);
      if (Date.now() + pause > deadline) throw lastError;
      if (!this.node.existsSync(this.settings.dir)) throw new Error('the run is over');
      if (attempt === 1) {
        this.log(`nothing listening at ${url.host} yet (${this.errorCode(lastError)}); retrying`);
      }
      await new Promise((done) => setTimeout(done, pause));
    }
  }

  /** One GET to one address (no DNS: localhost means 127.0.0.1 then ::1), redirects not followed. */
  private getOnce(url: URL, address: string): Promise<Answer> {
    const https = url.protocol === 'https:';
    const options: RequestOptions = {
      host: address,
      port: url.port || (https ? 443 : 80),
      path: url.pathname + url.search,
      method: 'GET',
      headers: { host: url.host, accept: 'text/html,*/*', 'user-agent': 'sep-2207-consent-shim' },
      servername: url.hostname === 'localhost' ? 'localhost' : undefined,
      timeout: this.requestTimeoutMs,
    };
    return new Promise((resolve, reject) => {
      const answered = (response: IncomingMessage) => {
        const answer: Answer = { status: response.statusCode ?? 0, location: response.headers.location };
        response.resume();
        response.once('end', () => resolve(answer));
        response.once('close', () => resolve(answer));
        response.once('error', () => resolve(answer));
      };
      const request = https ? this.node.https.request(options, answered) : this.node.http.request(options, answered);
      request.once('timeout', () => request.destroy(new Error(`no answer within ${this.requestTimeoutMs} ms`)));
      request.once('error', reject);
      request.end();
    });
  }

  /** The URL when it is http(s) on a loopback host, else null. Decided on the parsed URL, before any connection. */
  private loopbackUrl(text: string | undefined): URL | null {
    if (text === undefined || !URL.canParse(text)) return null;
    const url = new URL(text);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return Object.hasOwn(this.loopbackAddresses, url.hostname) ? url : null;
  }

  private describeHost(text: string): string {
    if (!URL.canParse(text)) return JSON.stringify(text.slice(0, 80));
    const url = new URL(text);
    return `${url.protocol}//${url.host}`;
  }

  private redact(text: string): string {
    if (!URL.canParse(text)) return '(not a URL)';
    const url = new URL(text);
    for (const key of [...url.searchParams.keys()]) {
      if (this.secretParam.test(key)) url.searchParams.set(key, 'REDACTED');
    }
    return url.href;
  }

  private errorCode(error: unknown): string | undefined {
    const code = (error as { code?: unknown } | null | undefined)?.code;
    if (code) return String(code);
    const errors = (error as { errors?: unknown } | null | undefined)?.errors;
    if (!Array.isArray(errors)) return undefined;
    const inner: unknown = errors.find((item) => (item as { code?: unknown } | null | undefined)?.code);
    return inner ? String((inner as { code: unknown }).code) : undefined;
  }

  private log(line: string): void {
    try {
      this.node.appendFileSync(this.settings.log, `${new Date().toISOString()} [${process.pid}] ${line}\n`);
    } catch {
      // the run may be over and its directory gone
    }
  }
}
