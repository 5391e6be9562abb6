import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The linter (npm run lint: Biome with biome.jsonc, warnings fail too) fails on a violation: the project's
 * configuration run on a file with a stray debugger statement or an unused import exits non-zero and names the
 * rule; a clean file passes.
 */
const ROOT = resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'skjemahjelp-lint-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function lint(name: string, text: string) {
  mkdirSync(join(dir, 'lib'), { recursive: true });
  const file = join(dir, 'lib', name);
  writeFileSync(file, text);
  const bin = join(ROOT, 'node_modules/.bin/biome');
  const r = spawnSync(bin, ['lint', '--error-on-warnings', `--config-path=${join(ROOT, 'biome.jsonc')}`, '--vcs-enabled=false', '--colors=off', file], {
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout + r.stderr };
}

describe('linter configuration (Biome)', () => {
  it('fails on a violation and names the rule', () => {
    const r = lint('bad.ts', 'export function f(n: number) {\n  debugger;\n  return n;\n}\n');
    expect(r.code).not.toBe(0);
    expect(r.out).toContain('lint/suspicious/noDebugger');
  });

  it('fails on an unused import (a warning in Biome, an error here)', () => {
    const r = lint('unused.ts', "import { join } from 'node:path';\nexport const a = 1;\n");
    expect(r.code).not.toBe(0);
    expect(r.out).toContain('lint/correctness/noUnusedImports');
  });

  it('passes clean code', () => {
    const r = lint('good.ts', 'export function f(n: number) {\n  return n + 1;\n}\n');
    expect(r.out).not.toContain('lint/');
    expect(r.code).toBe(0);
  });
});
