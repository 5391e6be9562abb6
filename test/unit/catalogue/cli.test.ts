import { describe, expect, it } from 'vitest';
import { main, type Io } from '../../../cli/main.ts';

function io() {
  const out = { stdout: '', stderr: '' };
  const x: Io = { stdout: (s) => void (out.stdout += s), stderr: (s) => void (out.stderr += s), readStdin: async () => '' };
  return { out, x };
}

describe('skjemahjelp yrke', () => {
  it('prints JSON hits with the code query first', async () => {
    const { out, x } = io();
    expect(await main(['yrke', '5321', '--json'], x)).toBe(0);
    const hits = JSON.parse(out.stdout);
    expect(hits[0].code).toBe('5321');
    for (const k of ['code', 'title', 'score', 'synonyms', 'description', 'tasks', 'demands']) expect(hits[0]).toHaveProperty(k);
  });
  it('respects --limit and prints Norwegian text without --json', async () => {
    const { out, x } = io();
    expect(await main(['yrke', 'lærer', '--limit', '2', '--json'], x)).toBe(0);
    expect(JSON.parse(out.stdout).length).toBeLessThanOrEqual(2);
    const h = io();
    await main(['yrke', 'elektriker'], h.x);
    expect(h.out.stdout).toMatch(/7411/);
  });
  it('says why each hit matched, in JSON and in text', async () => {
    const { out, x } = io();
    expect(await main(['yrke', 'vaskar på sjukehuset', '--json', '--limit', '3'], x)).toBe(0);
    const [h] = JSON.parse(out.stdout);
    expect(h.code).toBe('9112');
    expect(h.matchKind).toBe('activity');
    expect(h.matched).toMatch(/^vaske .*sykehus/);
    expect(h.why).toBe(`aktivitet: ${h.matched}`);
    const t = io();
    await main(['yrke', 'hjelpepleiar', '--limit', '1'], t.x);
    expect(t.out.stdout).toMatch(/^5321 .*\[synonym: hjelpepleiar, poeng /);
  });
  it('exits 2 on a missing query or a bad limit', async () => {
    for (const args of [
      ['yrke'],
      ['yrke', 'kokk', '--limit', '0'],
      ['yrke', 'kokk', '--limit', 'ti'],
      ['yrke', 'kokk', '--limit'],
      ['yrke', 'kokk', '--bogus'],
    ]) {
      const { out, x } = io();
      expect(await main(args, x), args.join(' ')).toBe(2);
      expect(out.stderr).toMatch(/Feil:/);
    }
  });
});
