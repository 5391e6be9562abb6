/**
 * no-participation: the field asks whether treatment or the course of the illness is expected to change how much the
 * person can work («… og om dette forventes å påvirke muligheten for økt arbeidsdeltakelse fremover»), and the text
 * says nothing about work at all — only the treatment, or a hope of improvement.
 */
import { mentionsParticipation } from '../predicates.ts';
import { APPEND, appendFix } from './fixes.ts';
import { defineRule } from './types.ts';

export const noParticipation = defineRule(
  {
    id: 'no-participation',
    severity: 'warning',
    scope: 'text',
    message: 'Feltet spør om arbeidsdeltakelsen: ventes behandlingen å gi mer arbeid, og fra når?',
    why:
      'Spørsmålet i uke 17 gjelder både behandlingen og hva den betyr for arbeid: om pasienten ventes å kunne øke ' +
      'arbeidsdeltakelsen, hvor mye og når. «Håper på bedring» sier ikke Nav hva de skal planlegge for; «ventes å kunne ' +
      'øke fra 40 til 60 % innen 8 uker» eller «ingen økning før etter operasjonen» gjør det.',
    source: 'Kilde: L1 utdypende spørsmål uke 17 (lib/forms/defs/l1.ts, felt u17.3); Oxford Research for Nav (seed 001, linje 1534–1538)',
    appliesTo: ['participation'],
    fixes: ['Legg til hva det betyr for arbeid'],
  },
  (ctx) => {
    const { an, text, lang } = ctx;
    if (mentionsParticipation(an)) return;
    const last = an.sentences[an.sentences.length - 1];
    if (!last || an.words < 2) return;
    ctx.report({ start: last.start, end: last.end, fixes: [appendFix(text, noParticipation.def.fixes[0]!, APPEND['no-participation']![lang])] });
  },
);
