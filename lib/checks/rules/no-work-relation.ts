/**
 * no-work-relation: nothing ties the text to work tasks or occupations, in a field about work.
 */
import { APPEND, appendFix } from './fixes.ts';
import { defineRule } from './types.ts';

export const noWorkRelation = defineRule(
  {
    id: 'no-work-relation',
    severity: 'info',
    scope: 'text',
    message: 'Ikke knyttet til arbeidsoppgaver: hva betyr dette i jobben?',
    why:
      'Funksjon skal vurderes opp mot arbeidsoppgavene og mulighetene for tilrettelegging. Beskriv konkrete ' +
      'oppgaver eller yrker (f.eks. «kan ikke stå i kasse mer enn 1 time»), ikke bare funksjon i dagliglivet.',
    source: 'Kilde: Oxford Research for Nav (seed 001, linje 306–310 og 1971–1975); SINTEF (seed 004, linje 8399–8401)',
    appliesTo: ['work', 'job'],
    escalateOn: ['job'],
    fixes: ['Legg til konsekvens for arbeidsoppgaver'],
  },
  (ctx) => {
    const { an, text, lang, field } = ctx;
    if (an.hasWork) return;
    // A field that asks what the job is, answered with what is done in it («Konduktør på Flåmsbana … hjelper passasjerar
    // med bagasje», «Bagasjehåndtering … løfter kofferter 15–32 kg»): the tasks are the work, named or not — when there
    // are several («Matproduksjon, står ved linja» or «Tunge tak med sekker, ca 25 kg» still says too little of the job).
    if (field.asks.includes('job') && an.statements.filter((st) => st.concrete && st.functional).length >= 2) return;
    const first = an.sentences[0];
    if (!first) return;
    ctx.report({ start: first.start, end: first.end, fixes: [appendFix(text, noWorkRelation.def.fixes[0]!, APPEND['no-work-relation']![lang])] });
  },
);
