/**
 * no-tasks: the field asks for the tasks of the current job the person cannot do (L40 5.6.1), or for the job
 * and its demands (L40 5.3), and the text names none — «kan ikke gjøre jobben sin som hjelpepleier» or
 * «Renholder, 100 % stilling» says which job, not which tasks.
 */
import { APPEND, appendFix, wholeText } from './fixes.ts';
import { defineRule } from './types.ts';
import type { Analysis } from '../analyze.ts';
import { bareTaskList, bulletedTaskList, hasConcreteActivity, hasConcreteTask } from '../predicates.ts';

/** Tasks of the job named as nouns («Stell, pasientforflytning, medisinhandtering»): concrete, not limited or denied. */
function namedTasks(an: Analysis): number {
  return an.statements.filter((s) => s.functional && s.concrete && !s.negated && !s.limited && !s.capacity).length;
}

/** A statement of some function's area with a measure («flytter vektskiver opptil 25 kg»), whoever's it is. */
function measuredDemand(an: Analysis): boolean {
  return an.statements.some((s) => s.measured && s.areas.length > 0 && !s.negated);
}

export const noTasks = defineRule(
  {
    id: 'no-tasks',
    severity: 'warning',
    scope: 'text',
    message: 'Hvilke oppgaver i jobben kan pasienten ikke gjøre? Nevn dem, med mål.',
    why:
      'Feltet spør hva pasienten ikke kan gjøre i det nåværende arbeidet. Nav og arbeidsgiver trenger oppgavene ' +
      '(«kan ikke løfte pasienter», «kan ikke stå ved samlebåndet mer enn 30 min»), ikke en konklusjon om hele jobben.',
    source: 'Kilde: Oxford Research for Nav (seed 001, linje 306–310 og 1512–1522); Nicolaisen (seed 003, linje 26–33)',
    appliesTo: ['tasks', 'job'],
    fixes: ['Legg til oppgavene pasienten ikke kan gjøre'],
  },
  (ctx) => {
    const { an, text, lang, field } = ctx;
    const job = !field.asks.includes('tasks');
    // (A bulleted list of tasks with their reasons is the answer too: «- køyre bil mellom brukarane (køyreforbod …)».)
    // (For the job, a demand measured in a function's terms is its answer as well, though it is the job's and no function
    // of the person: «vedlikehold av apparater (flytter vektskiver opptil 25 kg)».)
    if (job ? hasConcreteActivity(an) || namedTasks(an) >= 2 || measuredDemand(an) : hasConcreteTask(an) || bareTaskList(an) || bulletedTaskList(an)) return;
    if (ctx.found.some((d) => d.rule === 'reference')) return;
    const whole = wholeText(an);
    if (!whole) return;
    ctx.report({
      ...whole,
      ...(job ? { message: 'Hvilke oppgaver har jobben, og hvilke krav stiller de (kg, timer, tempo)?' } : {}),
      fixes: [appendFix(text, noTasks.def.fixes[0]!, APPEND[job ? 'no-demands' : 'no-tasks']![lang])],
    });
  },
);
