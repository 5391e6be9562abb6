import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { PageUi } from './ui.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURES = join(ROOT, 'test/fixtures/forms');
export const EXTENSION = join(ROOT, '.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface FixtureServer {
  url: string;
  served: string[];
  close(): Promise<void>;
}

/** Serves test/fixtures/forms at / and node_modules at /node_modules/ on 127.0.0.1 (random port). */
export async function startServer(): Promise<FixtureServer> {
  const served: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    served.push(path);
    const base = path.startsWith('/node_modules/') ? ROOT : FIXTURES;
    const file = normalize(join(base, path));
    if (!file.startsWith(base) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return { url: `http://127.0.0.1:${port}`, served, close: () => new Promise((r) => server.close(() => r())) };
}

export interface RecordedRequest {
  url: string;
  fromServiceWorker: boolean;
  frameUrl: string | null;
}

export interface Browser {
  context: BrowserContext;
  extensionId: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/** Launches the system Chromium with the built extension loaded, recording every request it sees. */
export async function launch(opts: { headless?: boolean; extensionPath?: string } = {}): Promise<Browser> {
  const ext = opts.extensionPath ?? EXTENSION;
  if (!existsSync(join(ext, 'manifest.json'))) throw new Error(`Extension not built at ${ext} – run npm run build first`);
  const dir = mkdtempSync(join(tmpdir(), 'skjemahjelp-e2e-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: opts.headless ?? true,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
    ],
  });
  const requests: RecordedRequest[] = [];
  context.on('request', (r) => {
    let frameUrl: string | null = null;
    try {
      frameUrl = r.frame().url();
    } catch {
      frameUrl = null; // service-worker requests have no frame
    }
    requests.push({ url: r.url(), fromServiceWorker: !!r.serviceWorker(), frameUrl });
  });
  let sw = context.serviceWorkers()[0];
  sw ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(sw.url()).host;
  return {
    context,
    extensionId,
    requests,
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Polls a function in the page (or frame) until it returns a truthy value. */
export async function waitFor<T>(fn: () => Promise<T>, timeoutMs = 5000, stepMs = 50): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: T = await fn();
  while (!last && Date.now() < end) {
    await new Promise((r) => setTimeout(r, stepMs));
    last = await fn();
  }
  return last;
}

export async function formOf(page: Page | import('playwright-core').Frame): Promise<string | null> {
  return page.evaluate(() => document.documentElement.getAttribute('data-skjemahjelp-form'));
}

/** Opens the problems panel unless it is already open (its folded state is remembered across pages). */
export async function openPanel(ui: PageUi, frame?: import('playwright-core').Frame): Promise<void> {
  const head = ui.locator('[data-sh-panel] .sh-panel-head', { frame });
  await head.waitFor({ state: 'visible' });
  if ((await head.getAttribute('aria-expanded')) !== 'true') await head.click();
}

export { extensionUi, type ExtensionUi, type PageUi, type UiLocator } from './ui.ts';
