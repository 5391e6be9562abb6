import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const run = (args: string[], input = '') =>
  spawnSync(process.execPath, [join(root, 'bin/skjemahjelp.mjs'), 'lint', ...args], { input, encoding: 'utf8', cwd: root, timeout: 60_000 });

describe('skjemahjelp lint', () => {
  it('prints score and diagnostics as JSON', () => {
    const text = 'Pas. kan ikke løfte tungt. Kan ikke jobbe.';
    const r = run(['--field', 'l40.5.1', '--json'], text);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.score).toBeGreaterThanOrEqual(0);
    expect(out.score).toBeLessThanOrEqual(100);
    const rules = out.diagnostics.map((d: { rule: string }) => d.rule);
    expect(rules).toContain('vague-quantity');
    expect(rules).toContain('global-verdict');
    for (const d of out.diagnostics) {
      expect(['error', 'warning', 'info', 'hint']).toContain(d.severity);
      expect(typeof d.message).toBe('string');
      expect(Number.isInteger(d.start) && Number.isInteger(d.end)).toBe(true);
    }
    const v = out.diagnostics.find((d: { rule: string }) => d.rule === 'vague-quantity');
    expect(text.slice(v.start, v.end)).toBe('kan ikke løfte tungt');
    expect(v.fixes[0].replacement).toContain('__ kg');
  });
  it('prints Norwegian text without --json', () => {
    const r = run(['--field', 'l40.5.1'], 'Kan ikke løfte tungt.');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Poeng:');
    expect(r.stdout).toContain('«Kan ikke løfte tungt» – hvor mange kg, hvor ofte?');
  });
  it('--explain prints the statements the engine found', () => {
    const r = run(['--field', 'l40.5.1', '--explain'], 'Sykmeldt 50 %. Redusert utholdenhet. Kan gå 2 km.');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('«Redusert utholdenhet»');
    expect(r.stdout).toContain('UTEN MÅL');
    expect(r.stdout).toContain('tall som ikke måler funksjon: 50 %');
    expect(r.stdout).toContain('mål: 2 km');
  });
  it('handles empty input', () => {
    const r = run(['--field', 'l40.5.1', '--json'], '');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ score: 0, diagnostics: [] });
  });
  it('exits 2 with a Norwegian message for a missing or unknown field', () => {
    const a = run([], 'x');
    expect(a.status).toBe(2);
    expect(a.stderr).toContain('--field mangler');
    const b = run(['--field', 'l40.99'], 'x');
    expect(b.status).toBe(2);
    expect(b.stderr).toContain('Ukjent felt');
    const c = run(['--field', 'l40.1.2'], 'x');
    expect(c.status).toBe(2);
    const d = run(['--field', 'l40.5.1', '--bogus'], 'x');
    expect(d.status).toBe(2);
  });
});

describe('skjemahjelp and a reader that stops early', () => {
  it('ends quietly when the pipe closes (`… | head -1`)', () => {
    // Far more output than a pipe holds (the statements of 3,000 sentences), so the CLI is still writing when `head`
    // has its line and closes the pipe.
    const text = 'Kan ikke løfte tungt. '.repeat(3000);
    const r = spawnSync('sh', ['-c', `"${process.execPath}" bin/skjemahjelp.mjs lint --explain --field l40.5.1 | head -1`], {
      input: text,
      encoding: 'utf8',
      cwd: root,
      timeout: 120_000,
    });
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stderr).not.toMatch(/EPIPE|Unhandled/);
  });
});
