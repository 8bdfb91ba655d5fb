// Renders a Markdown file the way GitHub shows a job summary (cmark-gfm with GitHub's extensions, a small
// allow-list sanitiser, github-markdown-css) and screenshots it with headless Chromium. Needs Debian's
// `cmark-gfm` and `chromium`; ensureToolchain() installs them (and a colour emoji font) with apt-get when run as root.
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const MAX_HEIGHT = 12000;
const EMOJI_FONT = 'fonts-noto-color-emoji';

export interface RenderOptions {
  /** Viewport width in CSS pixels (default 1000). */
  width?: number;
  /** Fixed viewport height (a "first screen" shot); when omitted the whole page is captured, up to 12000 px. */
  height?: number;
}

const onPath = (command: string): boolean => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const hasEmojiFont = (): boolean => /emoji/i.test(spawnSync('fc-list', { encoding: 'utf8' }).stdout ?? '');

/** Installs cmark-gfm, chromium and a colour emoji font with apt-get when any is missing (root only). */
export function ensureToolchain(): void {
  const missing = ['cmark-gfm', 'chromium'].filter((command) => !onPath(command));
  if (!hasEmojiFont()) missing.push(EMOJI_FONT);
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`Missing ${missing.join(', ')}. Install with: sudo apt-get install -y ${missing.join(' ')}`);
  }
  console.log(`Installing ${missing.join(', ')} with apt-get (this takes a minute or two) …`);
  const install = () =>
    spawnSync('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { stdio: 'ignore' });
  if (
    install().status !== 0 &&
    (spawnSync('apt-get', ['update'], { stdio: 'ignore' }).status !== 0 || install().status !== 0)
  ) {
    throw new Error(`apt-get install -y ${missing.join(' ')} failed; install them yourself and run again.`);
  }
}

const DROP_WITH_CONTENT =
  /<(script|style|iframe|object|embed|noscript|template|textarea|title)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const ALLOWED_TAGS = new Set(
  (
    'a abbr b bdo blockquote br caption cite code dd del details dfn div dl dt em figcaption figure h1 h2 h3 h4 ' +
    'h5 h6 ' +
    'hr i img input ins kbd li mark ol p picture pre q rp rt ruby s samp small source span strike strong sub summary ' +
    'sup table tbody td tfoot th thead tr tt u ul var wbr'
  ).split(' '),
);
const UNSAFE_ATTRIBUTE = /\s(?:on[a-z]+|style|class)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi;
const SCRIPT_URL = /\s(?:href|src)\s*=\s*(["']?)\s*(?:javascript|vbscript|data):[^"'>]*\1/gi;

/**
 * A short allow-list sanitiser in the spirit of GitHub's: unknown tags go (their text stays), so do handlers and
 * styles.
 */
export function sanitize(html: string): string {
  return html
    .replace(DROP_WITH_CONTENT, '')
    .replace(/<(\/?)([a-zA-Z][\w-]*)([^>]*)>/g, (_tag, close: string, name: string, attributes: string) =>
      ALLOWED_TAGS.has(name.toLowerCase())
        ? `<${close}${name}${attributes.replace(UNSAFE_ATTRIBUTE, '').replace(SCRIPT_URL, '')}>`
        : '',
    );
}

/** Markdown to HTML with cmark-gfm and the extensions github.com enables; raw HTML passes, then is sanitised. */
export async function markdownToHtml(markdownFile: string): Promise<string> {
  const extensions = ['table', 'strikethrough', 'autolink', 'tagfilter', 'tasklist'].flatMap((name) => ['-e', name]);
  const { stdout } = await run('cmark-gfm', ['--unsafe', ...extensions, markdownFile], { maxBuffer: 64 * 1024 * 1024 });
  return sanitize(stdout);
}

function page(body: string, width: number): string {
  const css = readFileSync(
    createRequire(import.meta.url).resolve('github-markdown-css/github-markdown-light.css'),
    'utf8',
  );
  const layout =
    `body { margin: 0; background: #ffffff; }\n` +
    `.markdown-body { box-sizing: border-box; min-width: 200px; max-width: ${width}px; margin: 0 auto; ` +
    `padding: 32px 45px; }`;
  // The script only records the page height (for full-page shots); it changes no layout.
  const measure =
    `<script>document.documentElement.dataset.height = ` + `String(document.documentElement.scrollHeight);</script>`;
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="color-scheme" content="light">
<style>${css}\n${layout}</style></head>
<body><article class="markdown-body">\n${body}\n</article>${measure}</body></html>\n`;
}

async function chromium(args: string[], profile: string): Promise<string> {
  const flags = [
    '--headless',
    '--disable-gpu',
    '--hide-scrollbars',
    '--force-device-scale-factor=1',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-dev-shm-usage',
    `--user-data-dir=${profile}`,
  ];
  if (process.getuid?.() === 0) flags.push('--no-sandbox');
  try {
    const { stdout } = await run('chromium', [...flags, ...args], { timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? '';
    throw new Error(`chromium ${args.join(' ')} failed: ${(error as Error).message}\n${stderr.slice(-2000)}`);
  }
}

/** Renders `markdownFile` as GitHub would and writes a PNG of it (full page unless `height` is given). */
export async function renderMarkdownToPng(
  markdownFile: string,
  pngFile: string,
  { width = 1000, height }: RenderOptions = {},
): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'render-markdown-'));
  try {
    const htmlFile = join(dir, 'page.html');
    writeFileSync(htmlFile, page(await markdownToHtml(markdownFile), width));
    const url = pathToFileURL(htmlFile).href;
    let shotHeight = height;
    if (shotHeight === undefined) {
      const dom = await chromium([`--window-size=${width},200`, '--dump-dom', url], join(dir, 'profile-measure'));
      const measured = Number(/data-height="(\d+)"/.exec(dom)?.[1]);
      if (!Number.isFinite(measured) || measured <= 0)
        throw new Error(`could not measure the page height of ${markdownFile}`);
      if (measured > MAX_HEIGHT)
        console.warn(`  warning: ${markdownFile} is ${measured} px tall; cut at ${MAX_HEIGHT} px`);
      shotHeight = Math.min(measured, MAX_HEIGHT);
    }
    await chromium(
      [`--window-size=${width},${shotHeight}`, `--screenshot=${resolve(pngFile)}`, url],
      join(dir, 'profile-shot'),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Width and height of a PNG, read from its IHDR chunk. */
export function pngSize(pngFile: string): { width: number; height: number } {
  const header = readFileSync(pngFile).subarray(0, 24);
  return { width: header.readUInt32BE(16), height: header.readUInt32BE(20) };
}
