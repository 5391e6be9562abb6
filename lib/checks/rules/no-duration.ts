/**
 * no-duration: no time perspective. Information where a prognosis is expected; a warning where the field
 * asks for a time («Angi tidsperspektiv», «de neste 3–6 månedene») — there «bedring forventes» or «på sikt»
 * is not an answer, «innen 3 måneder» or «usikkert, ny vurdering om 8 uker» is.
 */
import { APPEND, appendFix } from './fixes.ts';
import { defineRule } from './types.ts';
import { hasPrognosis, hasTime } from '../predicates.ts';

export const noDuration = defineRule(
  {
    id: 'no-duration',
    severity: 'info',
    scope: 'text',
    message: 'Mangler varighet eller prognose.',
    why:
      'Nav etterspør prognose og forventet varighet: hvor lenge begrensningene ventes å vare, og hva som skal til ' +
      'for å komme tilbake i arbeid. Også et anslag eller «usikker, ny vurdering om 8 uker» hjelper.',
    source: 'Kilde: Oxford Research for Nav (seed 001, linje 1534–1538); NTNU (seed 002, linje 2751–2761)',
    appliesTo: ['prognosis', 'time'],
    escalateOn: ['time'],
    fixes: ['Legg til varighet og prognose'],
  },
  (ctx) => {
    const { an, text, lang, field } = ctx;
    const asked = field.asks.includes('time');
    if (asked ? hasTime(an) : hasPrognosis(an)) return;
    // «Nei. Progredierande ALS, forventa gradvis forverring.»: no to «can treatment improve it?», because the illness
    // progresses — worse for good, which is its time perspective.
    if (field.asks.includes('treatment') && NO_BECAUSE_PROGRESSIVE.test(text)) return;
    const last = an.sentences[an.sentences.length - 1];
    if (!last) return;
    ctx.report({
      start: last.start,
      end: last.end,
      ...(asked ? { message: 'Feltet spør etter et tidsperspektiv: når, eller innen hvor lang tid?' } : {}),
      fixes: [appendFix(text, noDuration.def.fixes[0]!, APPEND['no-duration']![lang])],
    });
  },
);

const NO_BECAUSE_PROGRESSIVE = /^\s*(nei|neppe)\b[\s\S]*(progredier|progressiv|progresjon|forverring|forverres|forverrast|funksjonstap)/iu;
