import { describe, expect, it } from 'vitest';
import { main, type Io } from '../../../cli/main.ts';
import { FORMS } from '../../../lib/forms/defs/index.ts';

function fakeIo() {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { stdout: (s) => void out.push(s), stderr: (s) => void err.push(s), readStdin: async () => '' };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

describe('skjemahjelp guidance', () => {
  for (const form of FORMS) {
    it(`--form ${form.id} --json prints guidance for every field`, async () => {
      const t = fakeIo();
      expect(await main(['guidance', '--form', form.id, '--json'], t.io)).toBe(0);
      const list = JSON.parse(t.out()) as { field: string; label: string; hint: string; details: string; sources: unknown[] }[];
      expect(list.map((g) => g.field)).toEqual(form.fields.map((f) => `${form.id}.${f.id}`));
      for (const g of list) {
        expect(typeof g.label).toBe('string');
        expect(g.hint.length).toBeGreaterThan(0);
        expect(g.details.length).toBeGreaterThan(0);
        expect(g.sources.length).toBeGreaterThan(0);
      }
    });
  }

  it('prints readable Norwegian without --json', async () => {
    const t = fakeIo();
    expect(await main(['guidance', '--form', 'l40'], t.io)).toBe(0);
    expect(t.out()).toContain('l40.5.1');
    expect(t.out()).toContain('Kilder:');
    expect(t.out()).toContain('Huskeliste:');
    expect(() => JSON.parse(t.out())).toThrow();
  });

  it.each([[['guidance']], [['guidance', '--form', 'l99']], [['guidance', '--form']], [['guidance', '--form', 'l1', '--bogus']], [['guidance', 'l1']]])(
    'bad arguments %j → exit 2 with a Norwegian message',
    async (argv) => {
      const t = fakeIo();
      expect(await main(argv, t.io)).toBe(2);
      expect(t.err()).toMatch(/Feil: /);
      expect(t.out()).toBe('');
    },
  );
});
