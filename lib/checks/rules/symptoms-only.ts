/**
 * symptoms-only: diagnoses, findings, symptoms or treatment, but nothing about what the person can or cannot
 * do. Nav needs the doctor's assessment of how the illness shows in daily activities and work tasks.
 */
import { APPEND, appendFix, wholeText } from './fixes.ts';
import { defineRule } from './types.ts';
import { F } from '../lexicon.ts';
import type { Analysis, Statement } from '../analyze.ts';
import {
  bareTaskList,
  bulletedTaskList,
  describesFunction,
  namesOccupation,
  occupationWithTasks,
  sentenceTaskList,
  statesNoParticipation,
} from '../predicates.ts';

export const symptomsOnly = defineRule(
  {
    id: 'symptoms-only',
    severity: 'warning',
    scope: 'text',
    message: 'Bare diagnose/symptomer: hvordan påvirker det funksjonen?',
    why:
      'Mange erklæringer beskriver symptomer og diagnose, men ikke hvordan de påvirker hva pasienten klarer. ' +
      'Nav trenger legens vurdering av hvordan sykdommen konkret gir utslag i daglige aktiviteter og ' +
      'arbeidsoppgaver. «En tynn legeerklæring gir oss veldig lite. Lite funksjonsvurdering.»',
    source: 'Kilde: Oxford Research for Nav (seed 001, linje 1563–1567 og 3321–3325); SINTEF (seed 004, linje 4508–4511)',
    appliesTo: ['function', 'capacity', 'tasks'],
    notWhen: ['reasons'],
    fixes: ['Legg til hvordan dette påvirker funksjonen'],
  },
  (ctx) => {
    const { an, text, lang } = ctx;
    // Diagnoses and symptoms, or a text of eight words or more with nothing about function (below that, too-short
    // speaks): either way nothing Nav can assess.
    if (!(an.hasSymptoms ? an.words >= 2 : an.words >= 8) || describesFunction(an)) return;
    if (ctx.found.some((d) => d.rule === 'reference' || d.rule === 'global-verdict')) return;
    // Occupations with their tasks are what «Aktuelle yrker og arbeidsoppgaver» asks, not diagnoses.
    if (ctx.field.asks.includes('occupations') && occupationWithTasks(an)) return;
    // («Helsesekretær / resepsjon legekontor. Sit-stå-pult. Inntil 4 t/dag første 3 mnd.»: so are jobs named with the
    // hours a day they can be held.)
    if (ctx.field.asks.includes('occupations') && namesOccupation(an) && an.statements.some(timeRate)) return;
    // A bulleted list of tasks is what «Hvilke arbeidsoppgaver kan pasienten ikke utføre?» asks, and so is one task to a
    // sentence.
    // So is a short bare list of tasks with its reasons in brackets («Kjøre buss (ICD implantert, kjøreforbud)»).
    // («Kjøre buss eller annen kjøring i jobb – førerkortkravene er ikke oppfylt etter anfallet»: the reason after a dash,
    // as in brackets.)
    if (
      ctx.field.asks.includes('tasks') &&
      (bulletedTaskList(an) || sentenceTaskList(an) || (an.words < (DASH_REASON.test(text) ? 20 : 12) && bareTaskList(an) && !symptomOutsideBrackets(an)))
    )
      return;
    // «Ingen arbeidsdeltakelse nå – innlagt akuttpost …»: where the field asks what the person manages, none is an answer.
    if (ctx.field.asks.includes('capacity') && statesNoParticipation(an)) return;
    // «Ca 2 t/dag 3 dager/uke, sittende kassearbeid»: the hours of work managed are what it asks, measured.
    if (ctx.field.asks.includes('capacity') && an.statements.some((s) => s.schedule && timeRate(s) && !USES.test(text.slice(s.start, s.end)))) return;
    const whole = wholeText(an) ?? { start: 0, end: text.length };
    ctx.report({
      ...whole,
      // («Gradvis opptrapping. Tilrettelegging etter behov.», «Vanskelig å si.»: no symptoms either, so say what is missing.)
      ...(an.hasSymptoms ? {} : { message: 'Ingenting om funksjonen: hva klarer pasienten, og hva ikke?' }),
      fixes: [appendFix(text, symptomsOnly.def.fixes[0]!, APPEND['symptoms-only']![lang])],
    });
  },
);

/** «4 t/dag», «2 timar per dag»: a statement with hours per day or week. */
const timeRate = (s: Statement) => s.quantities.some((q) => q.unitClass === 'time' && q.rate);

/** «bruker høreapparatene ca 10 t/dag»: hours of using an aid or a treatment, not hours of work. */
const USES = /(^|[^\p{L}])(bruker|brukar|bruke|brukte|nytter|nyttar)(?=[^\p{L}]|$)/iu;

/** A dash with a space on either side, after some words on its line: what follows is the reason for what came before. */
const DASH_REASON = /\S[ \t]+[–—-][ \t]+\S/u;

/**
 * A symptom or diagnosis named outside brackets («Artritt i begge håndledd»), or before a spaced dash on its line: not
 * a task with its reason beside it.
 */
function symptomOutsideBrackets(an: Analysis): boolean {
  let depth = 0;
  let at = 0;
  // After a spaced dash, the rest of the line is the reason, as a bracket is.
  let dash = false;
  for (let i = 0; i < an.tokens.length; i++) {
    const t = an.tokens[i]!;
    for (; at < t.s; at++) {
      const c = an.text.charCodeAt(at);
      if (c === 40) depth++;
      else if (c === 41 && depth > 0) depth--;
      else if (c === 10) dash = false;
      else if ((c === 0x2013 || c === 0x2014 || c === 45) && /[ \t]/.test(an.text[at - 1] ?? '') && /[ \t]/.test(an.text[at + 1] ?? '')) dash = true;
    }
    if (dash) continue;
    if (depth === 0 && an.flags[i]! & F.SYMPT) return true;
  }
  return false;
}
