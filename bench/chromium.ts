/**
 * The system Chromium as the browser benchmarks launch it: a throwaway profile per context, headless, nothing
 * running in the background that could land in the figures. Shared by bench/content and bench/typing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM } from '../test/e2e/harness.ts';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];
const profiles: string[] = [];

/** A persistent context in a new temporary profile, with the unpacked extension at `ext` loaded if given. */
export function launchChromium(prefix: string, ext: string | null): Promise<BrowserContext> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  profiles.push(dir);
  const args = ext ? [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, ...ARGS] : ARGS;
  return chromium.launchPersistentContext(dir, { executablePath: CHROMIUM, headless: true, viewport: { width: 1280, height: 900 }, args });
}

/** Removes every profile launchChromium made. */
export function removeProfiles(): void {
  for (const d of profiles.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** The machine and its load before and after the run, for the figures' header. */
export function machineLine(loadBefore: number[], loadAfter: number[], shared: string): string {
  const load = (l: number[]) => l.map((x) => x.toFixed(1)).join('/');
  return `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, system Chromium (headless). Load average (1/5/15 min) before ${load(loadBefore)}, after ${load(loadAfter)} — ${shared}.`;
}
