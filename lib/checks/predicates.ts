/**
 * Questions about a text, answered from its analysis. The rules, the score's dimensions and the Huskeliste
 * all ask these same questions, so they cannot disagree about what a text says (a test checks it over the
 * whole corpus).
 */
import type { Analysis, Statement } from './analyze.ts';
import { F, G } from './lexicon.ts';
import { M_CONCLUSION, M_WORK_IN_GENERAL } from './marks.ts';
import { Kind } from './text.ts';

/** A statement about function: a limitation, a capacity or a measured activity. */
const aboutFunction = (s: Statement) => s.functional && (s.limited || s.capacity || s.measured || s.absolute);

/** Says something about function at all: a limitation, a capacity or a measured activity. */
export function hasFunctionStatement(an: Analysis): boolean {
  return an.statements.some(aboutFunction);
}

/** «Tilrettelegging etter behov», «tilpassa arbeid ved behov»: an arrangement as needed, and nothing else. */
const AS_NEEDED = /^(\p{L}+\s+)?(tilrettelegg\p{L}*|tilrettelagt|tilrettelagd|tilpass\p{L}*)(\s+\p{L}+)?\s+(etter|ved)\s+behov(et)?$/iu;

export function capacityStatements(an: Analysis): Statement[] {
  return an.statements.filter((s) => s.capacity && s.functional);
}

/** What the person can do is stated (measured or not). */
export function hasCapacity(an: Analysis): boolean {
  return capacityStatements(an).length > 0;
}

/**
 * A capacity carries its measure, or its list of tasks runs on to one in the same sentence with no limit between
 * («mestrer vedlikehold av båtene, rengjøring og utleie over disk, 5-6 timer per dag»).
 */
export function capacityMeasured(an: Analysis, s: Statement, at = an.statements.indexOf(s)): boolean {
  if (s.measured) return true;
  for (let j = at + 1; j < an.statements.length; j++) {
    const o = an.statements[j]!;
    if (o.sentence !== s.sentence || o.limited || o.negated) return false;
    if (o.measured) return true;
  }
  return false;
}

/** What the person manages is stated with its measure. */
export function hasMeasuredCapacity(an: Analysis): boolean {
  // (One pass with the index at hand: looking each capacity up again would be quadratic in a long field.)
  return an.statements.some((s, j) => s.capacity && s.functional && capacityMeasured(an, s, j));
}

/** Function is described with measures: at least one functional statement carries its measure. */
export function hasMeasuredFunction(an: Analysis): boolean {
  return an.statements.some((s) => s.functional && s.measured);
}

/** How many weekends, shifts or nights of a rota («turnus 3 av 5 helger», «2 nattevakter»): when the work is, not what it asks. */
const ROTA =
  /^(helg|helga|helgen|helger|helgar|helgene|helgane|vakt|vakta|vakten|vakter|vaktar|nattevakt|nattevakter|nattevakta|skift|skifta|skiftene|netter|natter|netta)$/;

/** A measured demand of the work, not only its rota: what makes the other demands of a job description its context. */
export function hasMeasuredDemand(an: Analysis): boolean {
  return an.statements.some(
    (s) => s.functional && s.measured && !(s.quantities.length > 0 && s.quantities.every((q) => q.unitClass === 'count' && ROTA.test(q.unit.toLowerCase()))),
  );
}

/** A limitation of something named: an area of function or a concrete activity (not «redusert funksjon»). */
export function hasNamedLimitation(an: Analysis): boolean {
  return an.statements.some((s) => s.functional && (s.limited || s.absolute) && (s.areas.length > 0 || s.concrete));
}

/** Limitations that do not say how much, how long or how often. */
export function vagueStatements(an: Analysis): Statement[] {
  return an.statements.filter((s) => s.vague);
}

/** The text says something an assessor can use: a measure, a complete limitation, or a measured capacity. */
export function hasConcreteContent(an: Analysis): boolean {
  return an.statements.some((s) => (s.functional && s.measured) || s.absolute);
}

/** A concrete task or activity of the job is named (not only "the job"). */
export function hasConcreteTask(an: Analysis): boolean {
  return an.statements.some(
    (s) => s.functional && (s.concrete || s.measured) && (s.limited || s.absolute || s.measured) && !wholeJobOnly(an, s) && !allThatAsks(an, s),
  );
}

/**
 * «ALT som krever normal håndfunksjon», «Alle oppgaver som innebærer gange og knestående»: whatever asks for a function
 * — the function again, with no task of the job named and nothing of how much.
 */
function allThatAsks(an: Analysis, s: Statement): boolean {
  return !s.measured && ALL_THAT_ASKS.test(an.text.slice(s.start, s.end));
}
const ALL_THAT_ASKS =
  /^\s*(alt|alle\s+(arbeids)?(oppgaver|oppgåver|oppgavene|oppgåvene)|alt\s+arbeid|all\s+jobb)\s+(som|der)\s+(krever|krev|krevjer|innebærer|inneber|inneberer|forutsetter|føreset)\s/iu;

/**
 * «Kan ikke fortsette i jobben som baker» (or «… fortsette som baker»), «kan ikkje utføre dei vanlege arbeidsoppgåvene sine som tømrar»,
 * «kan ikke gjøre noen av arbeidsoppgavene som sykepleier på sengepost»: the job as a whole, none of its tasks named.
 */
function wholeJobOnly(an: Analysis, s: Statement): boolean {
  return !s.measured && s.areas.length === 0 && WHOLE_JOB.test(an.text.slice(s.start, s.end));
}
const WHOLE_JOB =
  /(^|[^\p{L}])((jobben|jobb|arbeidet|yrket|stillingen|stillinga|fortsette|fortsetje|fortsetja)(\s+(sin|sitt))?\s+som|(sitt|sin|hennes|hans)\s+(vanlige|vanlege|ordinære)\s+(arbeid|jobb)|(vanlige|vanlege|ordinære|egne|eigne|sine|hennes|hans|(noen|nokon|ingen|inga)\s+av)\s+(arbeidsoppgaver|arbeidsoppgåver|arbeidsoppgavene|arbeidsoppgåvene|oppgaver|oppgåver|oppgavene|oppgåvene))(?=[^\p{L}]|$)/iu;

/**
 * Only concrete tasks, listed bare («Kjøre truck. Alenearbeid. Arbeid i høyden.», or just «Kjøre truck.»): under «Hva kan pasienten ikke
 * gjøre?» each one is a task the person cannot do. Any capacity or limitation makes it an ordinary text.
 */
export function bareTaskList(an: Analysis): boolean {
  const fn = an.statements.filter((s) => s.functional);
  // («Kjøre buss (varig kjøreforbud gruppe 2)»: a complete reason in brackets beside it is fine.)
  // («… skogsturer. (Kan gjøre påkledning av barn sittende på stol.)»: what the person can do, in brackets beside the
  // list, is a note to it.)
  return (
    an.words >= 2 &&
    // («Pasienten er 100 % sykmeldt og kan ikke …»: the sick leave is no task.)
    fn.some((s) => s.concrete && !s.limited && !s.capacity && !SICK_LEAVE.test(an.text.slice(s.start, s.end)) && !allThatAsks(an, s)) &&
    fn.every(
      (s) =>
        (!s.capacity || inBrackets(an.text, s.start) || (ALSO_CAN.test(an.text.slice(s.start, s.end)) && !s.light)) && !s.vague && (!s.limited || s.absolute),
    )
  );
}

/** What the person can do instead, named as work («Kan gjøre administrative oppgaver uten pasientkontakt»): beside a
 * list of the tasks ruled out, the other half of the answer. */
const ALSO_CAN = /^(kan|klarer|klarar|greier|greiar)\s+(gjøre|gjere|utføre|utføra|ha|ta)\s/iu;
const SICK_LEAVE = /(^|[^\p{L}])(sykmeld|sykemeld|sjukmeld|sjukemeld)\p{L}*/iu;

/** Whether position `at` of the text is inside round brackets. */
function inBrackets(text: string, at: number): boolean {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c === 40) depth++;
    else if (c === 41 && depth > 0) depth--;
  }
  return depth > 0;
}

/** A task named as an item of a list: concrete, no capacity, no vague amount, and if a limit then a complete one. */
function taskItem(s: Statement): boolean {
  return s.functional && s.concrete && !s.capacity && !s.vague && (!s.limited || s.absolute);
}

/**
 * A bulleted list whose items open with concrete tasks («- kjøre truck (…)\n- arbeid på reolstige over 1,5 m\n- bruke
 * telefon på venstre øre»): under «Hvilke arbeidsoppgaver kan pasienten ikke utføre?» the list is the answer, whatever
 * reasons stand beside its items. At least two items, and at least half of the bullets.
 */
export function bulletedTaskList(an: Analysis): boolean {
  const bullets = an.text.match(/^[ \t]*[-•*–][ \t]*\S/gmu)?.length ?? 0;
  if (bullets < 2) return false;
  let items = 0;
  for (const s of an.statements) {
    if (!taskItem(s)) continue;
    const line = an.text.lastIndexOf('\n', s.start - 1) + 1;
    if (/^[ \t]*[-•*–][ \t]*$/u.test(an.text.slice(line, s.start))) items++;
  }
  return items >= 2 && items * 2 >= bullets;
}

/** «det meste av», «mesteparten»: how much of the work, unsaid. */
const MOST = /(^|[^\p{L}])(meste|meiste|mesteparten|mestedelen|mesteparta)(?=[^\p{L}]|$)/iu;

/**
 * «Klatre i turbin. Arbeid i høyden. Kjøre bil/snøscooter inn til parken.»: one task to a sentence is a list as bullets
 * are — under «Hvilke arbeidsoppgaver kan pasienten ikke utføre?» the answer. At least two such sentences, and at least
 * half of the sentences.
 */
export function sentenceTaskList(an: Analysis): boolean {
  const perSentence = new Map<number, number>();
  for (const s of an.statements) perSentence.set(s.sentence, (perSentence.get(s.sentence) ?? 0) + 1);
  if (perSentence.size < 2) return false;
  let items = 0;
  for (const s of an.statements) {
    if (!taskItem(s)) continue;
    // («Det meste av tømrerarbeidet. Særlig … der det kreves mye krefter.»: how much of the work, or a demand, unsaid.)
    let amount = MOST.test(an.text.slice(s.start, s.end));
    for (let k = s.t0; k < s.t1 && !amount; k++) if (an.flags[k]! & F.VQ) amount = true;
    if (!amount && perSentence.get(s.sentence) === 1) items++;
  }
  return items >= 2 && items * 2 >= perSentence.size;
}

/**
 * «Ingen arbeidsdeltakelse realistisk nå (innlagt …)»: the answer to «what can the patient manage?» is none, for now —
 * complete, with the reason beside it.
 */
export function statesNoParticipation(an: Analysis): boolean {
  // The reason must be concrete too: a date, a period, a treatment's frequency («innlagt siden 3 uker»), not only
  // «alvorlig psykisk syk».
  // («innlagt … siden 02.05»: the date it began is as concrete.)
  // (So is being in hospital or in bed: «Innlagt palliativ enhet, sengeliggende hele døgnet».)
  return (
    (an.quantities.length > 0 ||
      an.durations.some((d) => d.kind === 'time') ||
      DATE.test(an.text) ||
      INPATIENT.test(an.text) ||
      // («Ingenting i nåværende stilling … – kan ikke holde verktøy, kan ikke gå uten rullator»: functions ruled out whole.)
      an.statements.filter((s) => s.functional && s.absolute && s.negated).length >= 2) &&
    (NO_PARTICIPATION.test(an.text) || NOTHING_IN_JOB.test(an.text))
  );
}
const INPATIENT = /(^|[^\p{L}])(innlagt|innlagd|sengeliggende|sengeliggjande|sengeliggande)(?=[^\p{L}]|$)/iu;
const DATE = /(^|[^\d.])\d{1,2}\.\d{1,2}(\.(\d{2}|\d{4}))?(?![\d.]*\d)/u;
// («Ingenting nå. Innlagt palliativ enhet, sengeliggende hele døgnet»: nothing, as the whole answer's first word.)
const NO_PARTICIPATION =
  /(^|[^\p{L}])(ingen|inga)\s+(arbeids)?(deltakelse|deltaking|deltagelse|aktivitet)(?=[^\p{L}]|$)|^\s*(ingenting|ingen\s+ting|inkje|ingen)(\s+(nå|no|per\s+nå|per\s+no|for\s+tida|foreløpig))?\s*[.,:–-]/iu;

/** «Ingenting i nåværende stilling som båtelektriker»: nothing of the present job, as the answer's first words. */
const NOTHING_IN_JOB =
  /^\s*(ingenting|ingen\s+ting|inkje)\s+(av\s+|i\s+)(nåværende|noverande|sin|si|sitt|hans|hennar|hennes|egen|eiga|eige|dagens)\s+(stilling|jobb|arbeid|yrke)(?=[^\p{L}]|$)/iu;

/** The job's work is described by concrete activities, loads or measures (L40 5.3). */
export function hasConcreteActivity(an: Analysis): boolean {
  // («Betjener sag og truck»: an activity on a thing of the work names a task, whatever area it belongs to.)
  return an.statements.some((s) => concreteActivity(s) || (s.functional && s.concrete && !s.negated && actOnThing(an, s)));
}
function actOnThing(an: Analysis, s: Statement): boolean {
  let act = false;
  for (let k = s.t0; k < s.t1; k++) {
    if (an.flags[k]! & F.ACT) act = true;
    else if (act && an.flags2[k]! & G.TASKN) return true;
  }
  return false;
}
const concreteActivity = (s: Statement) => s.functional && (s.concrete || s.measured) && (s.areas.length > 0 || s.measured);

/** Names an occupation («renholder», «sjåføryrket») or a concrete kind of work («kjøre truck», «lagerarbeid»). */
export function namesOccupation(an: Analysis): boolean {
  // («må prøves ut i tiltak»: a Nav measure names no occupation.)
  // («kan ikkje gå attende til tidlegare yrke som snikkar»: the job ruled out is not one named as realistic.)
  let si = 0;
  for (let i = 0; i < an.tokens.length; i++) {
    if (!(an.flags[i]! & F.WORK) || an.marks[i]! & M_WORK_IN_GENERAL || NAV_MEASURE.test(an.tokens[i]!.f)) continue;
    if (workingOnIt(an, i)) continue;
    while (si < an.statements.length && an.statements[si]!.t1 <= i) si++;
    const st = an.statements[si];
    if (!(st && st.t0 <= i && (ruledOut(an, st) || ruledOutNext(an, si) || pastWorkOnly(an, st)))) return true;
  }
  // («Noe praktisk. Ikke kundekontakt.»: what is excluded names no work to do.)
  // («Vi jobber videre med dette i neste samtale»: what Nav does next is no work for the person.)
  // («Ev. arbeidstrening i skjermet virksomhet»: a Nav measure and where it is held name no occupation either.)
  return an.statements.some((s) => concreteActivity(s) && !s.negated && !ruledOut(an, s) && !WE.test(an.tokens[s.t0]?.f ?? '') && !namesNavMeasure(an, s));
}
/**
 * «Han har jobbet som bonde i hjemlandet»: the work the person has done, history — no occupation named as realistic now
 * (unless the statement goes on to say so: «… og kan gå tilbake til det»).
 */
function pastWorkOnly(an: Analysis, s: Statement): boolean {
  if (!PAST_WORK.test(an.text.slice(s.start, s.end))) return false;
  const sent = an.sentences[s.sentence];
  return !NOW_OR_AHEAD.test(an.text.slice(s.start, sent ? Math.max(sent.end, s.end) : s.end));
}
const PAST_WORK =
  /^(\p{L}+\s+){0,3}(har|hadde)\s+((tidligere|tidlegare|lenge|mange\s+år)\s+)?(jobbet|jobba|arbeidet|arbeidd|arbeida|vært|vore)\s+(som|i|på)\s/iu;
const NOW_OR_AHEAD =
  /(^|[^\p{L}])(kan|kunne|vil|skal|aktuell|aktuelt|aktuelle|realistisk|passer|passar|tilbake|attende|igjen|fortsatt|framleis|fortsette|halde\s+fram|holde\s+fram|ønsker|ønskjer)(?=[^\p{L}]|$)/iu;
function namesNavMeasure(an: Analysis, s: Statement): boolean {
  for (let k = s.t0; k < s.t1; k++) if (NAV_MEASURE.test(an.tokens[k]!.f)) return true;
  return false;
}
/**
 * «Vi jobber videre med dette i neste samtale», «hun arbeider med saken»: working on something — Nav's own work or
 * the matter at hand — names no occupation.
 */
function workingOnIt(an: Analysis, i: number): boolean {
  const f = an.tokens[i]!.f;
  if (!WORK_VERB.test(f)) return false;
  if (WE.test(an.tokens[i - 1]?.f ?? '')) return true;
  const k = /^(videre|vidare)$/.test(an.tokens[i + 1]?.f ?? '') ? i + 2 : i + 1;
  return an.tokens[k]?.f === 'med' && IT.test(an.tokens[k + 1]?.f ?? '');
}
/** «vi», «me»: the writer's office, Nav, as the subject. */
const WE = /^(vi|me)$/;
const WORK_VERB = /^(jobber|jobbar|jobbe|jobba|jobbet|arbeider|arbeidar|arbeide|arbeida|arbeidet)$/;
const IT = /^(dette|det|denne|saken|saka|planen|malet|malene|mala|avklaringen|avklaringa|utfordringene|utfordringane)$/;
const ruledOut = (an: Analysis, s: Statement) => s.negated && RULED_OUT.test(an.text.slice(s.start, s.end));
/** «Kokk, men det er ikkje realistisk no»: the statement after it in the sentence rules the job out. */
function ruledOutNext(an: Analysis, si: number): boolean {
  const st = an.statements[si]!;
  const next = an.statements[si + 1];
  return !!next && next.sentence === st.sentence && ruledOut(an, next) && /^(men\s+)?(det|dette|den)\s/iu.test(an.text.slice(next.start, next.end));
}
/** «treng ikkje arbeidsretta tiltak», «trenger ikke mer avklaring»: Nav's help not needed is the conclusion, no reason. */
const NO_MEASURE_NEEDED =
  /(^|[^\p{L}])(trenger|treng|behøver)\s+(ikke|ikkje)\s+(\p{L}+\s+)?(arbeidsrettede?|arbeidsretta|tiltak|avklaring|oppfølging|oppfylging|bistand|kurs|AFT)(?=[^\p{L}]|$)/iu;
/** A Nav measure, not an occupation: «tiltak», «arbeidsutprøving», «arbeidstrening». */
const NAV_MEASURE =
  /^(tiltak|arbeidsutproving|arbeidsutprovinga|arbeidsutprovingen|arbeidstrening|arbeidstreninga|arbeidstreningen|utproving|utprovinga|utprovingen)/;
const RULED_OUT =
  /(^|[^\p{L}])(tilbake|attende|tilbakeføring)\s+(til|i)\s|(^|[^\p{L}])(ikke|ikkje)\s+(lenger\s+|lengre\s+)?(aktuelt|aktuell|realistisk)(?=[^\p{L}]|$)/iu;

/**
 * «Butikkmedarbeider i dagligvare (kasse, sittende)», «Lagermedarbeider (plukk/pakk, varemottak)»: an occupation with
 * its tasks or conditions listed in brackets right after it — what the AEV's «Aktuelle yrker og arbeidsoppgaver» asks.
 */
export function occupationWithTasks(an: Analysis): boolean {
  const { tokens, flags, marks } = an;
  // («Noverande: helsefagarbeidar i heimetenesta. Oppgåver: medisinhandtering, stell, …»: the tasks under a heading of their own.)
  // (The bracket may follow a title and its place: «fôringsoperatør i fôrsentral på land (styrer fôringa frå skjerm, …)».)
  if (TASKS_HEADING.test(an.text) && namesOccupation(an)) return true;
  for (let i = 0; i < tokens.length; i++) {
    // («Regnskapsmedarbeider hos nåværende arbeidsgiver: bilagsføring og avstemming»: the tasks after a title and a colon.)
    const colon = tokens[i]!.f === ':';
    if (tokens[i]!.f !== '(' && !colon) continue;
    let job = false;
    // («Nåværende jobb: IT-brukerstøtte 1. linje (telefon, chat, …)»: a heading «jobb:» before a title of a few words.)
    // (After a colon, the title right before it, with no «med» between: «butikksjef med ny arbeidsfordeling: vaktplan
    // …» lists the new division of work, not the tasks of the title.)
    for (let k = i - 1; k >= 0 && k >= i - (colon ? 4 : 9) && tokens[k]!.sent === tokens[i]!.sent && !job && !(colon && tokens[k]!.f === 'med'); k--)
      if (
        (flags[k]! & F.WORK && !(marks[k]! & M_WORK_IN_GENERAL) && !tokens[k]!.f.startsWith('tiltak') && !(colon && tokens[k]!.f.startsWith('arbeids'))) ||
        // («Heimeteneste (praktisk bistand, reinhald)»: a care service named as the place, its tasks in brackets.)
        (k === i - 1 && CARE_SERVICE.test(tokens[k]!.f)) ||
        (!colon && /^(jobb|yrke|stilling|arbeid)$/.test(tokens[k]!.f) && tokens[k + 1]?.f === ':')
      )
        job = true;
    if (!job) continue;
    // («erfaring fra lager (se CV)»: a pointer in brackets lists nothing.)
    if (/^(se|sja|jf|jfr|viser|ref|ifolge|iflg)$/.test(tokens[i + 1]?.f ?? '')) continue;
    let words = 0;
    for (let k = i + 1; k < tokens.length && tokens[k]!.f !== ')' && k < i + 20 && tokens[k]!.sent === tokens[i]!.sent; k++)
      if (tokens[k]!.k === Kind.Word) words++;
    if (words > 0) return true;
  }
  return false;
}

/** Municipal care services and homes, named as a place of work (folded). */
const CARE_SERVICE = /^(hjemmetjenest|heimetenest|hjemmesykepleie|heimesjukepleie|sykehjem|sjukeheim|omsorgsbolig|omsorgsbustad|bofellesskap|bufellesskap)/;

// («… med tilrettelagte oppgaver – varemottak, etikettering, …»: the tasks after a dash, too.)
const TASKS_HEADING = /(^|[\n.;•–-]\s*|\s)(arbeids)?(oppgaver|oppgåver|oppgavene|oppgåvene)\s*(:|\s[–—-])\s*\p{L}/iu;

/** A concrete time: a period, a date, a month or season ahead, «varig». */
export function hasTime(an: Analysis): boolean {
  return an.durations.some((d) => d.kind === 'time');
}

/** Any time perspective or prognosis word. */
export function hasPrognosis(an: Analysis): boolean {
  return an.durations.length > 0;
}

/** Function areas the text says something about. */
export function areasDescribed(an: Analysis): number {
  return an.areas.length;
}

/** States a conclusion on work capacity or the need for help. */
export function hasConclusion(an: Analysis): boolean {
  for (let i = 0; i < an.tokens.length; i++) if (an.flags[i]! & F.VERDICT || an.marks[i]! & M_CONCLUSION) return true;
  // "… at hun ikke er i stand til å jobbe nå": whether the person can work is the conclusion too.
  return an.statements.some((s) => s.functional && workVerdictOnly(an, s));
}

/** Gives reasons: what the person can or cannot do, not only a conclusion. */
/** The statement's content words are all work itself («kan jobbe igjen»). */
function onlyWork(an: Analysis, s: Statement): boolean {
  let work = false;
  for (let k = s.t0; k < s.t1; k++) {
    if (an.flags2[k]! & G.VERDICTW) work = true;
  }
  return work;
}

/** Only whether the person can be in work («vil ikke kunne komme i arbeid»): the conclusion, not its reasons. */
function workVerdictOnly(an: Analysis, s: Statement): boolean {
  if (s.areas.length > 0 || s.measured) return false;
  let work = false;
  for (let k = s.t0; k < s.t1; k++) {
    // («har ressursar til å klare anna arbeid»: a capacity in general words, for work in general, is the conclusion too.)
    if (an.flags[k]! & (F.ACT | F.LOADA | F.LOADC) || (an.flags[k]! & F.FN && !(an.flags2[k]! & G.GENERIC)) || an.flags2[k]! & G.TASKN) return false;
    if (an.flags[k]! & F.WORK || an.flags2[k]! & G.VERDICTW) work = true;
  }
  return work;
}

/** «… før hun kan starte med tiltak»: what the person is to manage once something else is done, not a capacity now. */
const BEFORE_ABLE = /(^|[^\p{L}])(før|innan|innen)\s+(\p{L}+\s+)?(kan|klarer|klarar|greier|kunne)\s/iu;
function awaited(an: Analysis, s: Statement): boolean {
  return !s.measured && s.areas.length === 0 && BEFORE_ABLE.test(an.text.slice(s.start, s.end));
}

/** «fått behandling over lang tid uten vesentlig bedring»: the course of treatment, not what the person can do. */
// («Han har vært på avrusning tre ganger», «innlagt to ganger i år»: stays in treatment, counted — no capacity.)
const TREATMENT_COURSE = /behandl|bedring|betring|effekt|avrusning|avgiftning|innlagt|innlegg|innlagd/i;

/**
 * Anything about work or how much of it: a work word, a share of a position or a sick-leave grade («øke fra 40 til
 * 60 %»), more hours («øke fra 2 til 3 t/dag» — a dose «økt til 150 mg» is not), an increase in a field about it
 * («ingen økning før operasjonen»), stepping up, returning or being
 * signed off work («opptrapping», «kan tilbake til truckkjøring», «friskmeldt»).
 */
// («… gjer at han kan auka;»: increasing, with nothing after it, is increasing the work the field asks about.)
export function mentionsParticipation(an: Analysis): boolean {
  if (an.quantities.some((q) => q.unitClass === 'percent')) return true;
  // (Where the question is said back, its work word is no answer: only the words of participation outside it count.)
  const rest = an.text.replace(ECHO, ' ');
  return (rest === an.text && an.hasWork) || PARTICIPATION.test(rest);
}

/**
 * «Behandlingen vil nok påvirke arbeidsevnen (noe framover).», «Effekt på arbeidsevnen er vanskelig å si noe om.»: the field's own
 * question said back — that work will be affected, or that nobody knows how, with neither which way, how much nor
 * when. No answer about work.
 */
const ECHO =
  /(^|[^\p{L}])((vil|kan|kjem\s+til\s+å|kommer\s+til\s+å|forventes\s+å|forventast\s+å|ventes\s+å|ventast\s+å)\s+((nok|trolig|truleg|sannsynligvis|sannsynlegvis|sikkert|helt\s+sikkert)\s+)?(påvirke|påverke|påvirka)\s+(arbeidsevnen|arbeidsevna|arbeidsdeltakelsen|arbeidsdeltakinga|arbeidsdeltakingen|arbeidsførheten)(\s+(noe|noko|litt|en\s+del|ein\s+del))?(\s+(fremover|framover|på\s+sikt|i\s+tiden\s+fremover|i\s+tida\s+framover))?|(effekt|effekten|virkning|virkninga|verknad|verknaden|betydning|betydninga)\s+(på|for)\s+(arbeidsevnen|arbeidsevna|arbeidsdeltakelsen|arbeidsdeltakinga)\s+(er|blir|vert)\s+(vanskelig|vanskeleg|usikker|uviss|uklar|ukjent)(\s+å\s+(si|seie|vurdere|anslå)(\s+noe|\s+noko)?(\s+om)?)?)(?=\s*([.;!]|$))/giu;

const PARTICIPATION =
  /(^|[^\p{L}])(\p{L}*(arbeid|arbeids|arbeidet|jobb|jobben|jobbe|jobbar|jobber|stilling|stillinga|stillingen|skift|vakt|vakter|yrke|yrket)|opptrapp\p{L}*|trapp\p{L}*\s+opp|friskmeld\p{L}*|sjukmeld\p{L}*|sykmeld\p{L}*|gradert\p{L}*|retur|heltid|fulltid|deltid|ufør\p{L}*|arbeidsfør\p{L}*|arb\.\s?\p{L}*|(kan|kunne|komme|kome|gå)\s+(\p{L}+\s+)?tilbake|økning|økningen|auken|auking|aukinga|(øke|auke)\s+(fra|frå)\s+\d|(kan|kunne|kunna|vil|skal)\s+(øke|auke|auka)(?=\s*([;.,!]|$)|\s+(gradvis|etter\s+kvart|etter\s+hvert|etterhvert|igjen|att)(?=[^\p{L}]|$)))(?=[^\p{L}]|$)/iu;

export function hasReasons(an: Analysis): boolean {
  // «Standard innsats. Hun har jobb å gå tilbake til …, ingen behov for tiltak»: the lowest need, given with its reason —
  // a job to return to, no help needed beyond the ordinary. So is a need that depends on the situation at work
  // («Situasjonsbestemt innsats – hun har jobb og arbeidsgiver som vil tilrettelegge. Ingen tiltaksplass.»).
  if (STANDARD_INNSATS.test(an.text) && NO_NEED.test(an.text)) return true;
  // «har ingen helseplager som avgrensar arbeid – fråværet kom av at han mista motivasjonen»: the chain stops at health,
  // said outright, and the need is given its other reason.
  // («Helsa er ikke hovedhinderet: astmaen … begrenser deg ikke i vanlig arbeid»: said the other way round.)
  if ((NO_HEALTH_LIMIT.test(an.text) || HEALTH_NOT_OBSTACLE.test(an.text)) && an.words >= 15) return true;
  // «Rusfri 2 år, fysisk frisk …, men har 4 års hull i CV»: healthy, said outright, with no illness named anywhere —
  // the need has its reasons outside health.
  if (HEALTHY.test(an.text) && !an.hasSymptoms && an.words >= 15) return true;
  return an.statements.some(
    // "… før hun kan jobbe igjen": being able to work is the conclusion again, not a reason for it.
    (s) =>
      (s.functional &&
        (s.limited || s.capacity || s.measured) &&
        (s.areas.length > 0 || s.concrete || s.generic) &&
        !workVerdictOnly(an, s) &&
        // («… spesielt tilpasset hvis skulderen ikke blir bedre»: whether the body part recovers is the course, no reason.)
        !(!s.measured && RECOVERS.test(an.text.slice(s.start, s.end))) &&
        !awaited(an, s)) ||
      (s.capacity &&
        (s.functional || !TREATMENT_COURSE.test(an.text.slice(s.start, s.end))) &&
        !NO_MEASURE_NEEDED.test(an.text.slice(s.start, s.end)) &&
        !RECOVERS.test(an.text.slice(s.start, s.end)) &&
        !(!s.functional && SUPPORT.test(an.text.slice(s.start, s.end))) &&
        !LABOUR_MARKET.test(an.text.slice(s.start, s.end)) &&
        !(!s.functional && COMMUTE.test(an.text.slice(s.start, s.end))) &&
        // («Helsesituasjonen er uendret»: the course of the illness, no capacity behind a verdict.)
        !(!s.functional && STATE_UNCHANGED.test(an.text.slice(s.start, s.end))) &&
        !s.schedule &&
        !awaited(an, s) &&
        !(s.areas.length === 0 && !s.measured && !s.concrete && onlyWork(an, s)) &&
        // («skulderplager som gjør at hun ikke kan fortsette som renholder i full stilling»: the job ruled out again.)
        !(s.negated && workVerdictOnly(an, s))),
  );
}

const STATE_UNCHANGED =
  /(^|[^\p{L}])(helse\p{L}*|tilstand\p{L}*|situasjon\p{L}*|sykdom\p{L}*|sjukdom\p{L}*|plage\p{L}*|plager|smerte\p{L}*)\s+(er|var|har\s+vært|har\s+vore)\s+(uendret|uendra|stabil|den\s+samme|som\s+før|som\s+tidligere|som\s+tidlegare)(?=[^\p{L}]|$)/iu;
/** «har eit godt nettverk rundt seg», «god støtte frå familien»: the person's surroundings, no reason from health to work. */
const SUPPORT = /(^|[^\p{L}])(nettverk\p{L}*|familie|familien|familia|venner|vener|støtte|støtta|støtten)(?=[^\p{L}]|$)/iu;
/** «Arbeidsmarkedet er godt i regionen»: how the labour market is, said of the market — nothing of the person's. */
const LABOUR_MARKET = /^\s*(arbeidsmarked\p{L}*|jobbmarked\p{L}*)\s/iu;
/** «Lang reiseveg (1,5 t kvar veg med ferje)»: how long the way to work takes is the surroundings, no capacity of the person. */
const COMMUTE =
  /(^|[^\p{L}])(hver\s+vei|hver\s+veg|kvar\s+veg|tur\/retur|t\/r|reisevei\p{L}*|reiseveg\p{L}*|reisetid\p{L}*|pendl\p{L}*|arbeidsvei\p{L}*|arbeidsveg\p{L}*)(?=[^\p{L}]|$)/iu;
/** «vi forventar at ho blir heilt bra», «vil bli bedre»: a recovery foreseen is the prognosis, no reason for the verdict. */
const RECOVERS = /(^|[^\p{L}])(blir|bli|vert|verte|vere|være)\s+(heilt\s+|helt\s+|noko\s+|noe\s+)?(bra|frisk|friske|betre|bedre|restituert)(?=[^\p{L}]|$)/iu;
const NO_HEALTH_LIMIT =
  /(^|[^\p{L}])(ingen|ikke|ikkje|inga)\s+(helse\p{L}*|helsemessige\s+\p{L}+|helsemessig\s+\p{L}+)\s+(som\s+)?(begrens|avgrens|påvirk|påverk|hindr|går\s+ut\s+over|gjeng\s+ut\s+over)/iu;
const HEALTH_NOT_OBSTACLE =
  /(^|[^\p{L}])((helsa|helsen|helse)\s+(er|var)\s+(ikke|ikkje)\s+(hoved)?(hinder|hinderet|hinderen|hindring|hindringa|hindringen|problemet|årsaka|årsaken|grunnen)|(begrenser|avgrensar|hindrer|hindrar)\s+(deg|han|henne|ho|hun|seg)\s+(ikke|ikkje)\s+i\s+(vanlig|vanleg|ordinært|ordinært)\s+(arbeid|jobb))(?=[^\p{L}]|$)/iu;
const HEALTHY = /(^|[^\p{L}])((fysisk|psykisk)\s+(og\s+(fysisk|psykisk)\s+)?frisk|frisk\s+og\s+rask|ingen\s+helseplager|inga\s+helseplager)(?=[^\p{L}]|$)/iu;
const STANDARD_INNSATS = /(^|[^\p{L}])(standard\s+innsats|situasjonsbestemt)(?=[^\p{L}]|$)/iu;
const NO_NEED =
  /(^|[^\p{L}])((ingen|ikke|ikkje|inga)\s+(behov|bistandsbehov)\s+(for|om)\s+((andre|anna|fleire|flere|ytterligere|ytterlegare)\s+)?(arbeidsrettede\s+|arbeidsretta\s+)?(tiltak|tiltaksplass|bistand|hjelp|oppfølging|oppfylging)|(ingen|inga)\s+tiltaksplass|arbeidsg(i|je)\p{L}*\s+som\s+(vil|skal|kan)\s+(tilrettele|leggj?e\s+til\s+rette)|har\s+(jobb|arbeid|arbeidsgiver|arb\.\s?giver|arbeidsgjevar|stilling)\s+(å\s+gå|og\s+skal|som\s+har\s+tilbudt|som\s+har\s+tilbode)|tilbake\s+(i|til)\s+(egen|eiga|eigen|sin)\s+stilling|arbeidsg(i|je)\p{L}*\s+har\s+(tilrettelagt|tilrettelagd|lagt\s+til\s+rette)|(fordi|sidan|siden|da)\s+(hun|han|ho|hen|bruker|brukeren|brukaren)\s+har\s+(jobb|arbeid|stilling|arbeidsgiver|arbeidsgjevar)|(trenger|treng)\s+(bare|berre|kun)\s+(hjelp|bistand)|(trenger|treng)\s+(ikke|ikkje)\s+(bistand|hjelp|tiltak|oppfølging|oppfylging)\s+(utover|utanom|ut\s+over))/iu;

// ---------------------------------------------------------------- shared by the score and the Huskeliste

/** «Funksjonen er beskrevet med mål»: function is measured, and no limitation is left without a measure. */
export function measuresMet(an: Analysis): boolean {
  return hasMeasuredFunction(an) && vagueStatements(an).length === 0;
}

/** «Det står hva pasienten kan». */
export function capacityMet(an: Analysis): boolean {
  return hasCapacity(an);
}

/** The text says something about function at all — more than an arrangement as needed, which says nothing of it. */
export function describesFunction(an: Analysis): boolean {
  return an.statements.some(
    (s) =>
      aboutFunction(s) &&
      !AS_NEEDED.test(an.text.slice(s.start, s.end).trim()) &&
      !(s.areas.length === 0 && !s.measured && DOUBT.test(an.text.slice(s.start, s.end))),
  );
}

/** «Usikker på om hun vil tåle gradert arbeid», «uvisst om han klarer jobben»: a doubt whether, no capacity stated. */
const DOUBT = /^\s*(\p{L}+\s+)?(usikker|usikkert|uvisst|tvilsomt|tvilsamt|uklart|vet\s+ikke|veit\s+ikkje|vet\s+ikkje)\s+(på\s+)?(om|hvorvidt|kvar|korvidt)\s/iu;

/** A concrete time perspective. */
export function timeMet(an: Analysis): boolean {
  return hasTime(an);
}

/** Tied to work. */
export function workMet(an: Analysis): boolean {
  return an.hasWork;
}
