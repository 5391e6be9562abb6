import { describe, expect, it } from 'vitest';
import { EMPLOYERS, employerObject, joinEmployerNames } from '../../../lib/catalogue/employers.ts';
import { buildActivityIndex } from '../../../lib/catalogue/activity.ts';
import { normalize } from '../../../lib/catalogue/fold.ts';
import { loadCatalogue } from '../../../lib/catalogue/search.ts';

describe('employer and brand names', () => {
  it('point only at workplaces and objects that some activity rule has', () => {
    const idx = buildActivityIndex(loadCatalogue().entries.map((e) => e.activities));
    const objects = new Set(idx.objIdx.objects);
    const dead = [...EMPLOYERS].filter(([, target]) => !objects.has(target)).map(([name, target]) => `${name} → ${target}`);
    expect(dead).toEqual([]);
  });
  it('are folded like the query', () => {
    expect(employerObject(normalize('Elkjøp'))).toBe('butikk');
    expect(employerObject(normalize('widerøe'))).toBe('flyselskap');
    expect(employerObject(normalize('Celsa'))).toBe(normalize('stålverk'));
    expect(employerObject(normalize('Inovyn'))).toBe('kjemifabrikk');
    expect(employerObject(normalize('Benteler'))).toBe('fabrikk');
    // «ka» is also dialect for «kva» (what): never an employer.
    expect(employerObject(normalize('ka'))).toBeUndefined();
    expect(employerObject(normalize('Bymiljøetaten'))).toBe(normalize('bymiljø'));
    expect(employerObject(normalize('PBE'))).toBe('byggesak');
  });
  it('close up names of several words, keeping where each word came from', () => {
    expect(joinEmployerNames(normalize('jobber på burger king i helgene').split(' '))).toEqual({
      tokens: ['jobber', 'pa', 'burgerking', 'i', 'helgene'],
      from: [0, 1, 2, 4, 5],
    });
    expect(joinEmployerNames(normalize('selger på h&m').split(' ')).tokens).toEqual(['selger', 'pa', 'hm']);
    expect(joinEmployerNames(['burger', 'kokk']).tokens).toEqual(['burger', 'kokk']);
    // Fixed phrases too, so a particle is one word: «gjer i stand», «tar i mot».
    expect(joinEmployerNames(normalize('gjer i stand romma').split(' '))).toEqual({ tokens: ['gjer', 'istand', 'romma'], from: [0, 1, 3] });
    expect(employerObject('istand')).toBeUndefined();
  });
});
