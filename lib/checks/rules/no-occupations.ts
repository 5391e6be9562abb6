/**
 * no-occupations: the field asks which occupations or kinds of work are realistic (AEV «Aktuelle yrker og
 * arbeidsoppgaver»), and the text names none — «Lett arbeid», «Yrker som tar hensyn til helsen», «Ikke aktuell
 * for noen yrker nå» say that something fits, not what.
 */
import { APPEND, appendFix, wholeText } from './fixes.ts';
import { defineRule } from './types.ts';
import { namesOccupation } from '../predicates.ts';

export const noOccupations = defineRule(
  {
    id: 'no-occupations',
    severity: 'warning',
    scope: 'text',
    message: 'Hvilke yrker eller arbeidsoppgaver er aktuelle? Nevn dem konkret.',
    why:
      'Feltet spør hvilke yrker og arbeidsoppgaver som er realistiske. «Lett arbeid» eller «tilpasset arbeid» sier ' +
      'ikke hva slags arbeid; en vurdering uten konkrete yrker er det Nav Forvaltning finner mangelfull.',
    source: 'Kilde: SINTEF (seed 004, linje 8399–8401: «man har ikke vurdert konkret hva slags type arbeid som kunne vært aktuelt»)',
    appliesTo: ['occupations'],
    fixes: ['Legg til aktuelle yrker og oppgaver'],
  },
  (ctx) => {
    const { an, text, lang } = ctx;
    if (namesOccupation(an)) return;
    // A reference already says what is wrong with the text.
    if (ctx.found.some((d) => d.rule === 'reference')) return;
    const whole = wholeText(an);
    if (!whole) return;
    ctx.report({
      ...whole,
      fixes: [appendFix(text, noOccupations.def.fixes[0]!, APPEND['no-occupations']![lang])],
    });
  },
);
