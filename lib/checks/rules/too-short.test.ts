import { describe, expect, it } from 'vitest';
import { has, rules } from './_test-utils.ts';

describe('too-short: nothing to assess', () => {
  it('flags a word or two with nothing concrete', () => {
    expect(rules('Dårlig.')).toEqual(['too-short']);
    expect(rules('Vondt.')).toEqual(['too-short']);
    expect(rules('x', 'l40.2.5')).toEqual(['too-short']);
  });
  it('lets a short, concrete answer stand', () => {
    expect(rules('Løft maks 5 kg i 6 uker.')).toEqual([]);
    expect(rules('Kan ikke kjøre bil.', 'l40.5.6.2')).toEqual([]);
  });
  it('gives way to a span warning (one clear problem)', () => {
    expect(rules('Kan ikke løfte tungt.')).toEqual(['vague-quantity']);
    expect(rules('Nedsatt funksjon.')).toEqual(['vague-quantity']);
  });
  it('"Nei" is a valid answer in a field that is not about function', () => {
    expect(rules('Nei.', 'l40.10.1')).toEqual([]);
  });
  it('set 91: occupations with their conditions in brackets answer «Aktuelle yrker» however short', () => {
    expect(rules('Renholder (kontorbygg, kveld), oppvasker på hotell.', 'aev.yrker')).not.toContain('too-short');
    expect(rules('Renholder, kokk.', 'aev.yrker')).toContain('too-short');
  });
  it('set 176: nothing needed, with the reason, is a complete short answer; nothing needed alone is not', () => {
    expect(rules('Ingen spesielle hensyn, kneet ventes helt bra.', 'l40.5.6.2')).not.toContain('too-short');
    expect(rules('Ingen spesielle hensyn.', 'l40.5.6.2')).toContain('too-short');
  });

  it('set 237: «Ikke aktuelt» as the whole answer to a field that asks for function is too short, not a task ruled out', () => {
    expect(rules('Ikke aktuelt nå.', 'l1.u7.2')).toContain('too-short');
    expect(rules('Ikkje aktuelt grunna sjukdommen.', 'l1.u7.2')).toContain('too-short');
    // A task ruled out stays a complete short answer; so does «ikke aktuelt» where the field asks no function.
    expect(rules('Kan ikke kjøre truck.', 'l1.u7.2')).not.toContain('too-short');
    expect(rules('Ikke aktuelt.', 'aev.innsatsbehov')).not.toContain('too-short');
  });

  it('set 278: «Ikke aktuelt nå. Pas for syk.» is not applicable with a verdict for its cause — too short', () => {
    expect(has('Ikke aktuelt nå. Pas for syk.', 'too-short', 'l1.u7.2')).toBe(true);
    expect(has('Ikke aktuelt nå. Løfter maks 5 kg, går 200 m.', 'too-short', 'l1.u7.2')).toBe(false);
  });
});
