/**
 * too-short: so little that there is nothing to assess («Dårlig.», «Vondt.»). Length alone is not the test: a
 * short text that says something concrete («Løft maks 5 kg i 6 uker.») is a complete answer, and a short
 * text that another rule already points at gets that rule's message instead.
 */
import { APPEND, appendFix, wholeText } from './fixes.ts';
import { defineRule } from './types.ts';
import { bareTaskList, hasConcreteContent, occupationWithTasks } from '../predicates.ts';

const NOTHING_NEEDED =
  /^(ingen|inga|ingi)\s+((særlige|særskilte|spesielle|særlege|særskilde|andre)\s+)?(hensyn|omsyn|begrensninger|begrensningar|avgrensingar|avgrensinger|restriksjoner|restriksjonar)\b/u;
const VALID_SHORT = /^(nei|ja|ingen|ingenting|ukjent|ikke aktuelt|ikkje aktuelt|ikke relevant|ikkje relevant|nei\.?|-)$/;

/** «Ikke aktuelt (nå) (pga …)»: not applicable, with at most a short cause. */
const NOT_APPLICABLE =
  /^(ikke|ikkje)\s+(aktuelt|aktuell|relevant)(\s+(nå|no|per\s+no|per\s+nå))?(\s+(pga\.?|på\s+grunn\s+av|grunna|grunnet)\s+\p{L}+(\s+\p{L}+)?|[.,]\s*((pas\.?|pasienten|han|hun|ho)\s+)?(er\s+)?(for|altfor)\s+(syk|sjuk|dårlig|dårleg))?$/u;

export const tooShort = defineRule(
  {
    id: 'too-short',
    severity: 'warning',
    scope: 'text',
    message: 'For kort til å gi Nav et grunnlag.',
    why:
      'Et par ord gir ikke Nav noe å vurdere: «En tynn legeerklæring gir oss veldig lite.» Beskriv konkret hva ' +
      'pasienten kan og ikke kan, hvor mye og hvor lenge.',
    source: 'Kilde: SINTEF (seed 004, linje 4504–4511); Oxford Research for Nav (seed 001, linje 1569–1575)',
    appliesTo: 'long',
    fixes: ['Sett inn en mal'],
  },
  (ctx) => {
    const { an, text, lang, field } = ctx;
    const functional = field.asks.includes('function');
    if (an.words >= (functional ? 8 : 3)) return;
    if (ctx.found.some((d) => d.severity === 'warning' || d.severity === 'error')) return;
    const folded = text
      .trim()
      .toLowerCase()
      .replace(/[.!]+$/, '');
    // («Ikke aktuelt.», «Ikkje aktuelt no», «Ikke aktuelt pga helsetilstand» as the whole answer to a field that asks for
    // function: not applicable, said of the question — the negation rules out no task, so it is no concrete content.)
    if (hasConcreteContent(an) && !(functional && NOT_APPLICABLE.test(folded))) return;
    // «Kjøre truck. Alenearbeid. Arbeid i høyden.» under «Hva kan pasienten ikke gjøre?»: the tasks, complete.
    if (field.asks.includes('tasks') && bareTaskList(an)) return;
    // «Renholder (kontorbygg, kveld), oppvasker på hotell» under «Aktuelle yrker»: occupations with their conditions.
    if (field.asks.includes('occupations') && occupationWithTasks(an)) return;
    if (!functional && VALID_SHORT.test(folded)) return;
    // «Ingen særlige hensyn, skulderen forventes fullt restituert»: nothing needed, and why — a complete answer.
    if (NOTHING_NEEDED.test(folded) && an.statements.length >= 2) return;
    const whole = wholeText(an) ?? { start: 0, end: text.length };
    const body = APPEND[functional ? 'too-short' : 'too-short-other']![lang];
    ctx.report({ ...whole, fixes: [appendFix(text, tooShort.def.fixes[0]!, body)] });
  },
);
