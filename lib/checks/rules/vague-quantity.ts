/**
 * vague-quantity: a statement says the person is limited in a function but not how much, how long or how
 * often — whatever words say it («kan ikke løfte tungt», «redusert utholdenhet», «begrenset belastbarhet»,
 * «vansker med å konsentrere seg», «blir fort sliten», «tåler dårlig langvarig sitting»). The analysis finds
 * such statements by structure (analyze.ts); this rule reports each one on its own words, with a question
 * and fixes that fit what it is about.
 */
import { type Analysis, BEND_WORD, type Statement } from '../analyze.ts';
import { F, G } from '../lexicon.ts';
import type { Token } from '../text.ts';
import { BEND_MEASURE, BEND_QUESTION, MEASURE, POSITIVE, QUESTION, matchCase, withCursor } from './fixes.ts';
import { defineRule, type Fix } from './types.ts';
import { hasMeasuredCapacity, hasMeasuredDemand } from '../predicates.ts';

const KIND_AREA = {
  lift: 'lift',
  stand: 'mobility',
  walk: 'mobility',
  sit: 'sit',
  hands: 'hands',
  senses: 'senses',
  cognitive: 'cognitive',
  stress: 'stress',
  social: 'social',
  endurance: 'endurance',
  generic: undefined,
} as const;

function quote(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 48 ? one.slice(0, 45).trimEnd() + '…' : one;
}

export const vagueQuantity = defineRule(
  {
    id: 'vague-quantity',
    severity: 'warning',
    scope: 'span',
    message: 'Uklar begrensning: hvor mye, hvor lenge, hvor ofte?',
    why:
      'En begrensning uten mål («kan ikke løfte tungt», «redusert utholdenhet», «vansker med konsentrasjonen») sier ' +
      'ikke hvor grensen går. Nav-veilederen skal vurdere om personen kan stå i konkrete yrker og trenger mål: kilo, ' +
      'minutter, meter, antall ganger, hvor mange personer – eller hva personen kan, målt. «Kan ikke løfte tungt» er ' +
      'den vanligste formuleringen i funksjonsfeltet, og den er ofte utilstrekkelig som grunnlag. Et mål rett etter ' +
      '(«dvs. over 5 kg») er nok.',
    source:
      'Kilde: Nicolaisen, «A’en i arbeidsevnevurderingen», Arbeid og velferd 3/2015 (seed 003, linje 421–428); Oxford Research for Nav (seed 001, linje 1516–1520)',
    appliesTo: ['function', 'capacity', 'tasks', 'job', 'time', 'reasons', 'aev'],
    fixes: ['Skriv hva pasienten kan, med mål', 'Legg til et mål'],
  },
  (ctx) => {
    const { an, text, lang, field } = ctx;
    // A job description (L40 5.3) names the demands of the work; one measured demand makes the rest its context
    // (not a rota alone: «turnus 3 av 5 helgar» says when the work is, «stressande og tungt» is still unmeasured).
    const jobField = field.asks.includes('job') && !field.asks.includes('function');
    if (jobField && hasMeasuredDemand(an)) return;
    // So does a list of suitable occupations (AEV «aktuelle yrker»): «stort sett sittende» there describes the job.
    const jobsField = jobField || field.asks.includes('occupations');
    // The course ahead or a time: what prognosis and time fields ask for alike.
    const asksAhead = field.asks.includes('prognosis') || field.asks.includes('time');
    let plainTasks: number | undefined;
    let measuredCapacity: boolean | undefined;
    let saysHowLight: boolean | undefined;
    for (const st of an.statements) {
      if (!st.vague || !st.cue) continue;
      // In an assessment or a list of occupations, «lettere lagerjobb», «enkel matlaging» name work to try; the
      // measures belong in the health part.
      // (Not light work as such where nothing in the text says how light: «Lettare gardsarbeid.», «Aktuelt med lettere
      // arbeid.» alone — «enkel servering i kafé» names a task.)
      if (
        st.light &&
        (field.asks.includes('reasons') ||
          // («… kan øke til 80 % i lett lagerarbeid»: in the prognosis, the kind of work a measured step-up is in.)
          // («Realistisk 50 % i lett lagerarbeid ved årsskiftet» where the field asks when: the same, with its time.)
          (asksAhead && an.quantities.some((q) => q.unitClass === 'percent')) ||
          (field.asks.includes('occupations') &&
            kindOnly(an, st) &&
            (!LIGHT_WORK.test(text.slice(st.cue.start, st.cue.end)) || (saysHowLight ??= anyMeasure(an)))))
      )
        continue;
      // «Selger m/ mye kjøring» where the field asks what the person can do: the job described, no limit of the person.
      if (st.holds && !jobField) continue;
      // In a description of the job, «høyt tidspress», «mye gåing» beside named tasks are the work's demands, its
      // context; a job described by nothing but degrees («Tungt og krevende arbeid, mye sitting, høyt tempo») is not.
      if (st.amountOnly && jobsField && (plainTasks ??= countPlainTasks(an)) >= 2) continue;
      // Where the field asks what the person manages and what limits it (week 39), the limiting factors named as such
      // («Begrenses av …: hodepine, rask utmattelse …», «Begrensende faktor er angst ved uforutsigbarhet») are the
      // health side of the answer; the measure belongs to what is managed, and it is there.
      // («Begrenses av smerter i knær og rygg, tåler lite løfting»: a capacity verb after the factors is a limit of its own.)
      if (
        field.asks.includes('capacity') &&
        !st.negated &&
        limitingFactorLead(text, an, st) &&
        !hasCapacityVerb(an, st) &&
        !hasLoweredCapacity(an, st) &&
        (measuredCapacity ??= hasMeasuredCapacity(an))
      )
        continue;
      // Where the field asks for the course ahead (week 39, «de neste 3–6 månedene»): a decline foretold («snarere gradvis
      // tap av funksjon i armer/hender») or the work to go back to, named by its kind («tilbake til tungt arbeid som
      // anleggsarbeidar er lite sannsynleg»), is the prognosis the field asks for — no limit of today left unmeasured.
      // (Where it asks when, too: «Ved progredierande kognitiv svikt er økt arbeidsdeltakelse lite sannsynlig».)
      if (asksAhead && (TRAJECTORY.test(text.slice(st.start, st.end)) || RETURN_TO.test(text.slice(st.start, st.cue.start)))) continue;
      const kind = st.kind ?? 'generic';
      const { start, end } = st.cue;
      const fixes: Fix[] = [];
      const modal = negatedModal(an.tokens, an.flags, st);
      if (modal >= 0) {
        const s = an.tokens[modal]!.s;
        fixes.push(withCursor(vagueQuantity.def.fixes[0]!, s, Math.max(end, s), matchCase(text, s, POSITIVE[kind][lang])));
      }
      // («vondt når hun skal bøye seg», «klarer dårlig å knele»: a movement counted in times and minutes, not metres.)
      const bends = kind === 'walk' && BEND_WORD.test(text.slice(st.start, st.end));
      fixes.push(withCursor(vagueQuantity.def.fixes[1]!, end, end, bends ? BEND_MEASURE[lang] : MEASURE[kind][lang]));
      const area = KIND_AREA[kind];
      ctx.report({
        start,
        end,
        message: `«${quote(text.slice(start, end))}» – ${bends ? BEND_QUESTION : QUESTION[kind]}`,
        fixes,
        ...(area ? { area } : {}),
      });
    }
  },
);

/** A capacity verb in the statement («tåler», «klarer», «orker»). */
function hasCapacityVerb(an: Analysis, st: Statement): boolean {
  for (let i = st.t0; i < st.t1; i++) if (an.flags[i]! & F.CAPV) return true;
  return false;
}

/**
 * A capacity lowered by a degree word among the factors («redusert stresstoleranse», «nedsett uthald»): a limit of the
 * person said without its measure, not a named cause such as pain or an illness.
 */
function hasLoweredCapacity(an: Analysis, st: Statement): boolean {
  for (let i = st.t0; i + 1 < st.t1; i++) if (an.flags[i]! & F.LIMADJ && an.flags[i + 1]! & F.FN) return true;
  return false;
}

/** The statement's sentence opens by naming what limits the person («Begrenses av», «Begrensende faktor er», «Avgrensa av»). */
function limitingFactorLead(text: string, an: Analysis, st: Analysis['statements'][number]): boolean {
  const sent = an.sentences[st.sentence];
  if (!sent) return false;
  return /^[\s•*-]*(begrenses|begrenset|begrensa|avgrensa|avgrenses|begrensende|avgrensande|begrensninger|avgrensingar)(\s+(av|faktor|faktorer|faktorar|forhold|er)\b|\s*:)/iu.test(
    text.slice(sent.start, sent.end),
  );
}

/**
 * A decline foretold: «gradvis tap av funksjon», «ytterlegare forverring», «progredierende kraftsvikt»; or a limit said
 * to remain ahead: «knestående arbeid vil framleis vere avgrensa».
 */
const TRAJECTORY =
  /(^|[^\p{L}])((gradvis|ytterligere|ytterlegare|videre|vidare|tiltakende|tiltakande)\s+(tap|forverring|svekkelse|svekking|nedgang|reduksjon)|(progredierende|progredierande|progressiv|progressive)\s+\p{L}+|(vil|kjem\s+til\s+å|kommer\s+til\s+å)\s+(framleis|fortsatt|fremdeles|frametter)\s+(vere|være|bli|verte)\s+(avgrensa|begrenset|redusert|nedsatt|nedsett))(?=[^\p{L}]|$)/iu;
/** Going back to a work named by its kind: «tilbake til tungt arbeid som …», «retur til fysisk krevende jobb». */
const RETURN_TO = /(^|[^\p{L}])(tilbake|attende|retur)\s+(til|i)\s+(\p{L}+\s+){0,2}$/iu;
const LIGHT_WORK = /^(lett|lette|lettere|lettare|lettar)\s+(arbeid|jobb|jobbar|jobber|oppgaver|oppgåver|arbeidsoppgaver|arbeidsoppgåver|\p{L}+arbeid)$/iu;

/** Something in the text is measured or ruled out whole: a measure the light work can be read against. */
function anyMeasure(an: Analysis): boolean {
  return an.statements.some((s) => s.measured || (s.absolute && s.functional));
}

/** The cue is a kind of work only («enkel matlaging», «lettere lagerarbeid»), no vague amount («lite stress»). */
function kindOnly(an: Analysis, st: Statement): boolean {
  let light = false;
  for (let i = st.t0; i < st.t1; i++) {
    const t = an.tokens[i]!;
    if (!st.cue || t.s < st.cue.start || t.s >= st.cue.end) continue;
    if (an.flags[i]! & F.VQ) return false;
    if (an.flags2[i]! & G.LIGHT) light = true;
  }
  return light;
}

/**
 * Statements that name a task or demand of the job without a degree («stell og forflytning», «kjører truck»); a job
 * ruled out in a word or two («Reinhald er ikkje aktuelt lenger») names none.
 */
function countPlainTasks(an: Analysis): number {
  let n = 0;
  for (const st of an.statements)
    if (
      st.functional &&
      st.concrete &&
      !st.limited &&
      !st.amountOnly &&
      !(st.negated && st.t1 - st.t0 <= 6 && BARE_RULED_OUT.test(an.text.slice(st.start, st.end)))
    )
      n++;
  return n;
}

/** «Reinhald er ikkje aktuelt lenger», «kokk ikke realistisk»: a verdict on a job named before it (not a heading «Ikkje aktuelt:»). */
const BARE_RULED_OUT = /\p{L}\s+(er\s+)?(ikke|ikkje)\s+(lenger\s+)?(aktuelt|aktuell|realistisk)(\s+(lenger|no|nå))?$/iu;

/** The capacity verb of a negated statement ("kan ikke …", "klarer ikkje …") when it starts the underline. */
function negatedModal(tokens: Token[], flags: Uint32Array, st: Statement): number {
  if (!st.negated || !st.cue) return -1;
  for (let i = st.t0; i < st.t1; i++) {
    if (tokens[i]!.s < st.cue.start) continue;
    if (tokens[i]!.s >= st.cue.end) break;
    if (flags[i]! & F.CAPV && i + 1 < st.t1 && flags[i + 1]! & F.NEG) return i;
    if (flags[i]! & F.NEG) return -1;
  }
  return -1;
}
