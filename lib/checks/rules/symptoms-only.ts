/**
 * symptoms-only: diagnoses, findings, symptoms or treatment, but nothing about what the person can or cannot
 * do. Nav needs the doctor's assessment of how the illness shows in daily activities and work tasks.
 */
import { APPEND, appendFix, wholeText } from './fixes.ts';
import { defineRule } from './types.ts';
import { bulletedTaskList, hasFunctionStatement, occupationWithTasks, statesNoParticipation } from '../predicates.ts';

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
    // Diagnoses and symptoms, or a longer text of findings and history: either way nothing about function.
    if (!(an.hasSymptoms ? an.words >= 2 : an.words >= 12) || hasFunctionStatement(an)) return;
    if (ctx.found.some((d) => d.rule === 'reference' || d.rule === 'global-verdict')) return;
    // Occupations with their tasks are what «Aktuelle yrker og arbeidsoppgaver» asks, not diagnoses.
    if (ctx.field.asks.includes('occupations') && occupationWithTasks(an)) return;
    // A bulleted list of tasks is what «Hvilke arbeidsoppgaver kan pasienten ikke utføre?» asks.
    if (ctx.field.asks.includes('tasks') && bulletedTaskList(an)) return;
    // «Ingen arbeidsdeltakelse nå – innlagt akuttpost …»: where the field asks what the person manages, none is an answer.
    if (ctx.field.asks.includes('capacity') && statesNoParticipation(an)) return;
    const whole = wholeText(an) ?? { start: 0, end: text.length };
    ctx.report({
      ...whole,
      fixes: [appendFix(text, symptomsOnly.def.fixes[0]!, APPEND['symptoms-only']![lang])],
    });
  },
);
