/**
 * no-capacity: only limitations, nothing the person can do. Information in a functional description; a
 * warning where the field asks what the person can manage («Oppgi også kort hva pasienten likevel kan
 * mestre», «Hva kan pasienten realistisk sett mestre …») — there an unmeasured «mestrer noe» is not an answer.
 */
import { APPEND, appendFix } from './fixes.ts';
import { defineRule } from './types.ts';
import { capacityMeasured, capacityStatements, hasFunctionStatement, statesNoParticipation } from '../predicates.ts';

export const noCapacity = defineRule(
  {
    id: 'no-capacity',
    severity: 'info',
    scope: 'text',
    message: 'Bare begrensninger: skriv også hva pasienten kan.',
    why:
      'Syfo-veiledere etterlyser mer detaljerte beskrivelser av hva pasienten kan gjøre til tross for helseplagene. ' +
      'Det er restfunksjonen som avgjør hvilke oppgaver, tilrettelegging og yrker som er mulige.',
    source: 'Kilde: Oxford Research for Nav (seed 001, linje 1516–1520)',
    appliesTo: ['function', 'capacity'],
    notWhen: ['reasons', 'tasks'],
    escalateOn: ['capacity'],
    fixes: ['Legg til hva pasienten kan'],
  },
  (ctx) => {
    const { an, text, lang, field } = ctx;
    const asked = field.asks.includes('capacity');
    // Where the field asks what the person manages, a measured work arrangement ("3 t x 4 dager") answers it.
    const caps = asked ? [...capacityStatements(an), ...an.statements.filter((s) => s.schedule)] : capacityStatements(an);
    if (
      asked
        ? an.statements.some(
            // («Realistisk: 50 % …, dvs 4 t x 5 dager»: hours of work the person manages answer it too.)
            // («Mestrer dagvakter 100 % når annen sykepleier er til stede»: full-time work managed, whatever it is called.)
            (s, j) =>
              (((s.capacity && (s.functional || s.areas.includes('endurance') || (!s.limited && DAYS_OF_HOURS.test(text.slice(s.start, s.end))))) ||
                s.schedule) &&
                (s.absolute || capacityMeasured(an, s, j) || (s.capacity && !s.limited && FULL_TIME.test(text.slice(s.start, s.end))))) ||
              // («Mestrer: … Jobber 100 % med slike oppgaver»: full-time work done now, which the person manages — not the
              // job held, «jobber 100 % som hjelpepleier», which may be the one the person is sick-listed from.)
              (!s.limited &&
                !s.negated &&
                WORKS_NOW.test(text.slice(s.start, s.end)) &&
                FULL_TIME.test(text.slice(s.start, s.end)) &&
                !/(^|[^\p{L}])som(?=[^\p{L}])/iu.test(text.slice(s.start, s.end))) ||
              // («Meistrar 50 % som sakshandsamar, fordelt på 5 korte dagar»: a share of the week spread over so many days
              // is the working time the person manages, day by day.)
              (s.capacity && !s.limited && !s.negated && SPREAD_OVER_DAYS.test(restOfSentence(text, s.start))) ||
              // («Mestrar oppgåver med venstre hand: resepsjon, telefon og booking»: concrete tasks the person manages, named.)
              (s.capacity && s.concrete && !s.limited && !s.negated && !s.vague && /:\s*\p{L}/u.test(restOfSentence(text, s.start))) ||
              (s.capacity &&
                !s.limited &&
                // («Ingen begrensning på PC-arbeid»: the limit denied is the negation.)
                (FULL_FUNCTION.test(text.slice(s.start, s.end)) || (!s.negated && wholeManaged(restOfSentence(text, s.start))))),
          ) || statesNoParticipation(an)
        : caps.length > 0
    )
      return;
    if (!asked && !hasFunctionStatement(an)) return;
    const lim = an.statements.find((s) => s.limited) ?? an.statements[0];
    if (!lim) return;
    ctx.report({
      start: lim.start,
      end: lim.end,
      ...(asked && caps.length ? { message: 'Hva pasienten mestrer, står uten mål: hvor mye, hvor lenge?' } : {}),
      fixes: [appendFix(text, noCapacity.def.fixes[0]!, APPEND['no-capacity']![lang])],
    });
  },
);

/** «4 dager à 3 t», «3 dagar á 4 timar», «4 t x 5 dager»: days of hours, the working time the person manages. */
const DAYS_OF_HOURS =
  /\d\s*(dager|dagar|d)\s*(à|á|a|x|×)\s*\d+([,.]\d+)?\s*(t|timer|timar|h)(?=[^\p{L}]|$)|\d\s*(t|timer|timar|h)\s*(x|×)\s*\d+\s*(dager|dagar|d)(?=[^\p{L}]|$)/iu;

/** «50 % fordelt på 4 dager», «40 % stilling, fordelt på 3 formiddagar»: a share of the week over a number of days. */
const SPREAD_OVER_DAYS =
  /\d\s*(%|prosent)[^.;\n]{0,60}?fordel\p{L}*\s+(på|over)\s+(\d+|to|tre|fire|fem)\s+(\p{L}+\s+)?(dager|dagar|formiddager|formiddagar|dagvakter|vakter|arbeidsdager|arbeidsdagar)(?=[^\p{L}]|$)/iu;

/** From `at` to the end of its sentence (a statement may end at a comma before «fullt»). */
function restOfSentence(text: string, at: number): string {
  const m = /[.!?\n]/.exec(text.slice(at));
  return text.slice(at, m ? at + m.index : text.length);
}

/** «Kan gjøre alt annet snekkerarbeid fullt», «alle andre oppgåver som før»: all the rest of the work, without limit. */
const ALL_ELSE =
  /(^|[^\p{L}])(alt|all|alle)\s+(annet|anna|andre)\s[^.;]*?(fullt|fullverdig|uten\s+begrensning\w*|utan\s+avgrensing\w*|som\s+før|som\s+normalt)(?=[^\p{L}]|$)/iu;

/** «Jobber 100 % …», «arbeider full stilling …»: work done now, in the present tense. */
const WORKS_NOW = /^(jobber|jobbar|arbeider|arbeidar)(?=[^\p{L}])/iu;

/**
 * «Fulltid kontor går fint», «klarer full stilling», «kan arbeide fullt innandørs»: all of the working time, managed —
 * complete in itself.
 */
const FULL_TIME =
  /(^|[^\p{L}\d])(fulltid|heiltid|fulltidsjobb|heiltidsjobb|fulltidsstilling|heiltidsstilling|(full|fullt|hel|heil|hele|heile)\s+(stilling|jobb|tid|arbeidstid|arbeid|arbeidsdag|arbeidsdager|arbeidsdagar|dag|dager|dagar|arbeidsuke|arbeidsveke)|(arbeide|arbeida|arbeider|arbeidar|jobbe|jobber|jobbar)\s+fullt|100\s?(%|prosent))(?=[^\p{L}]|$)/iu;

/** «full funksjon på kontoret», «ingen begrensning på PC-arbeid»: a function or task managed without limit — complete in
 * itself, as full-time work is. */
const FULL_FUNCTION =
  /(^|[^\p{L}])((full|fullt|heil|hel)\s+(funksjon|arbeidsfunksjon|funksjonsevne)|(ingen|inga)\s+(begrensning|begrensninger|avgrensing|avgrensingar|restriksjoner|restriksjonar)\s+(på|i|for|ved|med)\s+\p{L}{2,})/iu;

/**
 * The rest of a sentence of managing names full time, not denied on the way («Mestrar lagerarbeid … fulltid på dagtid»;
 * not «Mestrer 50 %, ikke fulltid»), or all the rest of the work («Kan gjøre alt annet snekkerarbeid fullt»).
 */
function wholeManaged(rest: string): boolean {
  const m = FULL_TIME.exec(rest);
  return (!!m && !/(^|[^\p{L}])(ikke|ikkje|aldri|ingen|inga|ikkj|ikk)(?=[^\p{L}])/iu.test(rest.slice(0, m.index))) || ALL_ELSE.test(rest);
}
