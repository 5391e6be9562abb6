import { describe, expect, it } from 'vitest';
import { createSearcher, loadCatalogue } from '../../../lib/catalogue/search.ts';
import { entry, miniCatalogue } from './fixture.ts';

const s = createSearcher(miniCatalogue());
const top = (q: string) => s.search(q, 5).map((h) => h.code);

describe('search on a small catalogue', () => {
  it('a 4-digit code returns that entry first', () => {
    expect(top('7411')[0]).toBe('7411');
    expect(s.search('7411')[0]!.matched).toBe('7411');
    expect(top('9999')).toEqual([]);
  });
  it('finds compounds by their last part and ranks exact synonym hits first', () => {
    const hits = top('lærer');
    expect(hits[0]).toBe('2341'); // has the synonym «lærer» exactly
    expect(hits).toContain('2342'); // barnehagelærer, førskolelærer
  });
  it('folds æøå on both sides and tolerates missing diacritics', () => {
    expect(top('forskolelaerer')[0]).toBe('2342');
    expect(top('drosjesjafor')[0]).toBe('8322');
    expect(top('TAXISJÅFØR')[0]).toBe('8322');
  });
  it('tolerates a typo and a swapped pair of letters', () => {
    expect(top('hjelpepleir')[0]).toBe('5321');
    expect(top('elektirker')[0]).toBe('7411');
  });
  it('understands nynorsk forms', () => {
    expect(top('sjukepleiar')[0]).toBe('2223');
    expect(top('helsefagarbeidar')[0]).toBe('5321');
  });
  it('ranks entries matching every word of a multi-word query first, ignoring little words', () => {
    expect(top('pedagogisk leder')[0]).toBe('2342');
    expect(top('lærer på barneskolen')[0]).toBe('2341');
    expect(top('jobber som taxisjåfør')[0]).toBe('8322');
  });
  it('lets words spread over a synonym and the task list count, below a single-string match', () => {
    const spread = s.search('hjelpepleier oppgave')[0]!;
    expect(spread.code).toBe('5321');
    expect(spread.score).toBeLessThan(s.search('hjelpepleier')[0]!.score);
  });
  it('keeps partial matches, ranked well below a match of every word', () => {
    const [h] = s.search('pedagogisk kokk');
    expect(h?.code).toBe('2342');
    expect(h!.score).toBeLessThan(s.search('pedagogisk leder')[0]!.score - 20);
  });
  it('credits a known part of a compound the catalogue lacks', () => {
    expect(top('nattaxisjåfør')[0]).toBe('8322');
    expect(top('skoleelektriker')[0]).toBe('7411');
  });
  it('understands common English job titles', () => {
    expect(top('electrician')[0]).toBe('7411');
    expect(top('nurse')[0]).toBe('2223');
  });
  it('does not rewrite the end of a word that is still being typed (-ar is also bokmål)', () => {
    const c = createSearcher({ ...miniCatalogue(), entries: [...miniCatalogue().entries, entry('2522', 'Systemadministratorer', ['systemansvarlig', 'driftsansvarlig', 'IT-ansvarlig'])] });
    expect(c.search('systemansvar')[0]?.code).toBe('2522');
  });
  it('shows the spelling that was typed when bokmål and nynorsk forms merge', () => {
    const c = createSearcher({ ...miniCatalogue(), entries: [entry('5321', 'Helsefagarbeidere', ['hjelpepleier', 'hjelpepleiar', 'omsorgsarbeider'])] });
    expect(c.search('hjelpepleiar')[0]!.matched).toBe('hjelpepleiar');
    expect(c.search('hjelpepleier')[0]!.matched).toBe('hjelpepleier');
  });
  it('finds words typed in the definite form', () => {
    expect(top('taxisjåføren')[0]).toBe('8322');
    expect(top('elektrikeren')[0]).toBe('7411');
    expect(top('hjelpepleieren')[0]).toBe('5321');
  });
  it('treats a plural title as the same word as the singular query', () => {
    const h = s.search('elektriker')[0]!;
    expect(h.code).toBe('7411');
    expect(h.score).toBeGreaterThan(95);
  });
  it('reports what matched and ranks exact above fuzzy', () => {
    const [a, b] = [s.search('hjelpepleier')[0]!, s.search('hjelpepleir')[0]!];
    expect(a.matched).toBe('hjelpepleier');
    expect(a.score).toBeGreaterThan(b.score);
  });
  it('returns full hits with parents and content', () => {
    const h = s.search('hjelpepleier')[0]!;
    expect(h.parents).toEqual(['Salgs- og serviceyrker', 'Pleie', 'Pleiemedarbeidere']);
    expect(h.demands?.lift.level).toBe(3);
    expect(h.tasks.length).toBeGreaterThanOrEqual(4);
  });
  it('handles empty queries and limits', () => {
    expect(s.search('  ')).toEqual([]);
    expect(s.search('er', 2).length).toBeLessThanOrEqual(2);
  });
});

describe('search on the committed catalogue', () => {
  const real = createSearcher(loadCatalogue());
  it('finds every unit group by its own code and SSB title', () => {
    for (const e of loadCatalogue().entries) {
      expect(real.search(e.code, 1)[0]?.code).toBe(e.code);
      expect(real.search(e.title, 3).map((h) => h.code)).toContain(e.code);
    }
  });
});

describe('typing cache', () => {
  it('gives the same hits when a query is typed letter by letter as when it is searched cold', () => {
    const cat = loadCatalogue();
    const warm = createSearcher(cat);
    for (const q of ['hjelpepleir', 'sykepleir', 'elektirker', 'barnehagelerer', 'lastebilsjafor', 'rørleggar', 'omsorgsmedarbeider', 'kokken på sykehuset', 'sjåføren']) {
      for (let i = 1; i <= q.length; i++) warm.search(q.slice(0, i), 10);
      const cold = createSearcher(cat).search(q, 10);
      expect(warm.search(q, 10).map((h) => [h.code, h.score])).toEqual(cold.map((h) => [h.code, h.score]));
    }
  });
});
