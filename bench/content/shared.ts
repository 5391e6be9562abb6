// What bench/content/run.ts and breakdown.ts both need: the pages served on 127.0.0.1, made-up extensions whose
// content script stands where ours does, and the extension's outermost script events read from a trace.
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

/** Serves `pages` (path → HTML) on 127.0.0.1; `base` is the origin to put in front of a path. */
export async function servePages(pages: ReadonlyMap<string, string>): Promise<{ base: string; close(): void }> {
  const server = createServer((req, res) => {
    const body = pages.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (!body) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { base: `http://127.0.0.1:${(server.address() as { port: number }).port}`, close: () => void server.close() };
}

/**
 * A made-up extension in a temporary directory whose one content script, `body`, has the matches, frames and
 * run_at of `ours`' content script (wake.js: the key guard and stage 0 at document_start; in older builds the
 * document_idle script after the key guard's), or `runAt`.
 * `permissions` adds an empty service worker too, so the browser starts the extension as it starts ours.
 */
export function madeUpExtension(ours: string, name: string, body: string, permissions: string[] = [], runAt?: string): string {
  const dir = mkdtempSync(join(tmpdir(), `skjemahjelp-${name}-ext-`));
  const manifest = JSON.parse(readFileSync(join(ours, 'manifest.json'), 'utf8')) as { content_scripts: Record<string, unknown>[] };
  // Our content script that looks at the page: wake.js (stage 0) since the recogniser is loaded on demand, recogniser.js before.
  const cs =
    manifest.content_scripts.find((c) => ['wake.js', 'recogniser.js'].some((f) => (c.js as string[] | undefined)?.includes(f))) ?? manifest.content_scripts[0]!;
  const withWorker = permissions.length ? { permissions, background: { service_worker: 'bg.js' } } : {};
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name,
      version: '1.0',
      ...withWorker,
      content_scripts: [{ ...cs, js: [`${name}.js`], css: undefined, ...(runAt ? { run_at: runAt } : {}) }],
    }),
  );
  if (permissions.length) writeFileSync(join(dir, 'bg.js'), '');
  writeFileSync(join(dir, `${name}.js`), body);
  return dir;
}

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string } };
}

/** Complete events on the pages' main threads, in start order (the longer first when two start together). */
export function mainThreadEvents(events: TraceEvent[]): TraceEvent[] {
  const main = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  return events.filter((e) => main.has(`${e.pid}:${e.tid}`) && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
}

const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile', 'v8.run', 'V8.Execute']);

/** The extension's own script work among main-thread events: outermost events only (nested ones are inside them). */
export function extensionScripts(onMain: TraceEvent[]): TraceEvent[] {
  const out: TraceEvent[] = [];
  let end = -1;
  for (const e of onMain) {
    if (!SCRIPT_EVENTS.has(e.name) || !e.args?.data?.url?.startsWith('chrome-extension://') || e.ts < end) continue;
    end = e.ts + e.dur!;
    out.push(e);
  }
  return out;
}
