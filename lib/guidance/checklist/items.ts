/**
 * The Huskeliste: per form, the elements the reader (Nav) needs, each with the fields where it belongs and a
 * detector over those fields' text. Detectors are pure and cheap so the list can be re-evaluated on every
 * keystroke. Sources for each element are in the seed notes (001 §1.2, §6, §7; 002-004 §3, §7).
 */
import type { FormId } from '../../forms/schema.ts';
import { analyze, type Analysis } from '../../checks/analyze.ts';
import { capacityMet, describesFunction, hasNamedLimitation, measuresMet, timeMet, workMet } from '../../checks/predicates.ts';
import {
  hasAccommodation,
  hasCausal,
  hasGoal,
  hasGradingReason,
  hasHealthWord,
  hasHindrance,
  hasInnsats,
  hasLeaveGrade,
  hasLocalMarket,
  hasOtherWork,
  hasPlan,
  hasResult,
  hasTiltak,
  hasTreatment,
  isPlaceholder,
  mentionsPrognosis,
  normalize,
  statesConclusion,
  wordCount,
} from '../../checks/topics.ts';
import { distinctYrker, recognizeYrker } from './yrker.ts';

export interface ChecklistItem {
  id: string;
  form: FormId;
  label: string;
  help: string;
  /** Field keys where the element belongs; the first is where «Gå til» jumps. */
  fields: string[];
}

export interface ChecklistState {
  item: ChecklistItem;
  done: boolean;
  /** The field whose text satisfied the item (for highlighting), when done. */
  evidenceField?: string;
  /** Short Norwegian note about what was found, e.g. which yrker were recognised. */
  note?: string;
}

type Get = (fieldKey: string) => string;
interface Detection {
  field: string;
  note?: string;
}
export interface ChecklistRule extends ChecklistItem {
  detect: (get: Get) => Detection | undefined;
}

// The questions the score also asks are answered by the checks engine's analysis (one engine, one answer).
// One analysis per text and evaluation (items ask about the same fields in turn); the checks engine keeps the
// analysis of the last long text, so a long field just checked is not analysed again either.
let memo: Map<string, Analysis> | null = null;
function an(t: string): Analysis {
  if (!memo) return analyze(t);
  let a = memo.get(t);
  if (!a) memo.set(t, (a = analyze(t)));
  return a;
}
const hasMeasuredFunction = (t: string) => measuresMet(an(t));
const hasCapacity = (t: string) => capacityMet(an(t));
const hasFunctionWord = (t: string) => describesFunction(an(t));
const hasWorkWord = (t: string) => workMet(an(t));
const hasDuration = (t: string) => timeMet(an(t));
const hasPrognosis = mentionsPrognosis;
const hasConclusion = statesConclusion;

/** Present and more than a placeholder ("ingen", "se journal"). */
const substantive = (t: string, minWords: number): boolean => !isPlaceholder(t) && wordCount(t) >= minWords;

/** First of `fields` whose text passes `pred`. */
function firstWhere(get: Get, fields: string[], pred: (t: string, field: string) => boolean): Detection | undefined {
  for (const f of fields) {
    const t = get(f);
    if (t.trim() && pred(t, f)) return { field: f };
  }
  return undefined;
}

/**
 * The whole AEV in one field (the § 14 a «Begrunnelse»): every AEV item also reads its part from this text, so
 * the list works the same when the assessment is split into fields or written as one. (Small, separate change;
 * the lead moves it onto the new engine's analysis.)
 */
const WHOLE_AEV = 'aev.begrunnelse';

const COMBINE_RE = /(?<![a-zæøå])(?:kombiner|delvis|gradert|\d{1,3}\s*(?:%|prosent)|ved siden av|ved sida av|samtidig med)/u;

const L40: ChecklistRule[] = [
  {
    id: 'l40.funksjon-mal',
    form: 'l40',
    label: 'Funksjonen er beskrevet med mål',
    help: 'Hvor mye, hvor lenge, hvor ofte – f.eks. «løfter inntil 5 kg», «sitter 30 min før pause», «går 1 km».',
    fields: ['l40.5.1', 'l40.5.6.1', 'l40.5.6.2', 'l40.4.3'],
    detect(get) {
      return firstWhere(get, this.fields, (t) => hasMeasuredFunction(t));
    },
  },
  {
    id: 'l40.kan',
    form: 'l40',
    label: 'Det står hva pasienten kan',
    help: 'Ikke bare begrensninger: skriv hva pasienten klarer eller tåler, f.eks. «kan sitte 30 min», «klarer lett husarbeid».',
    fields: ['l40.5.1', 'l40.5.6.1', 'l40.5.6.2'],
    detect(get) {
      return firstWhere(get, this.fields, (t) => hasCapacity(t));
    },
  },
  {
    id: 'l40.naavaerende-arbeid',
    form: 'l40',
    label: 'Funksjonen er sett opp mot nåværende arbeid',
    help: 'Beskriv arbeidet og kravene (5.3), og hva pasienten ikke kan gjøre i det (5.6.1).',
    fields: ['l40.5.3', 'l40.5.6.1'],
    detect(get) {
      return firstWhere(get, this.fields, (t) => substantive(t, 4) && (hasWorkWord(t) || hasFunctionWord(t)));
    },
  },
  {
    id: 'l40.annet-arbeid',
    form: 'l40',
    label: 'Annet arbeid er vurdert',
    help: 'Nav vurderer mot ethvert yrke, ikke bare dagens jobb: hvilke typer arbeid kan passe, og hva må unngås (5.6.2)?',
    fields: ['l40.5.6.2', 'l40.5.1', 'l40.8.1'],
    detect(get) {
      return firstWhere(get, this.fields, (t, f) =>
        f === 'l40.5.6.2' ? substantive(t, 5) && (hasOtherWork(t) || hasWorkWord(t) || hasCapacity(t) || hasFunctionWord(t)) : hasOtherWork(t),
      );
    },
  },
  {
    id: 'l40.behandlingsplan',
    form: 'l40',
    label: 'Behandlingsplan med tidspunkt',
    help: 'Hvilken behandling er planlagt, hvor ofte og når (3.4)? Er videre behandling ikke aktuelt, begrunn det (3.7).',
    fields: ['l40.3.4', 'l40.3.3', 'l40.3.5', 'l40.3.7'],
    detect(get) {
      return firstWhere(get, this.fields, (t, f) =>
        f === 'l40.3.7' ? substantive(t, 6) && (hasCausal(t) || hasTreatment(t)) : hasTreatment(t) && (hasPlan(t) || hasDuration(t)),
      );
    },
  },
  {
    id: 'l40.prognose',
    form: 'l40',
    label: 'Prognose og varighet er anslått',
    help: 'Anslå varigheten (6.2–6.4) i uker, måneder eller «varig», gjerne med hva det avhenger av.',
    fields: ['l40.6.4', 'l40.6.3', 'l40.6.2', 'l40.3.4', 'l40.8.1'],
    detect(get) {
      return firstWhere(get, this.fields, (t, f) => (f.startsWith('l40.6.') ? hasDuration(t) : hasPrognosis(t) && hasDuration(t)));
    },
  },
  {
    id: 'l40.arsak',
    form: 'l40',
    label: 'Sykdommens betydning for funksjonen er vurdert',
    help: 'Gi din vurdering av om og hvordan sykdommen forklarer den nedsatte funksjonen (7.1).',
    fields: ['l40.7.1', 'l40.5.1'],
    detect(get) {
      return firstWhere(get, this.fields, (t, f) =>
        f === 'l40.7.1' ? substantive(t, 4) && (hasCausal(t) || hasHealthWord(t)) : hasCausal(t) && hasHealthWord(t),
      );
    },
  },
];

const L1: ChecklistRule[] = [
  {
    id: 'l1.grad',
    form: 'l1',
    label: 'Sykmeldingsgraden er begrunnet',
    help: 'Særlig ved 100 %: hvorfor er full sykmelding nødvendig, hvorfor går ikke gradering, og hvordan er tilrettelegging vurdert?',
    fields: ['l1.4.3.1', 'l1.4.3.2', 'l1.6.2.2', 'l1.6.1.1', 'l1.u7.2', 'l1.u17.2', 'l1.u39.2', 'l1.8.1'],
    detect(get) {
      return firstWhere(
        get,
        this.fields,
        (t) =>
          substantive(t, 6) &&
          // Weighing gradering/tilrettelegging with a reason, or a stated grade tied to concrete function.
          ((hasGradingReason(t) && (hasCausal(t) || hasHindrance(t) || hasFunctionWord(t) || hasCapacity(t))) ||
            (hasLeaveGrade(t) && (hasHindrance(t) || hasFunctionWord(t) || hasCapacity(t)))),
      );
    },
  },
  {
    id: 'l1.aktivitetskrav',
    form: 'l1',
    label: 'Medisinske grunner ved 8 uker (aktivitetskravet)',
    help: 'Hvilke medisinske grunner hindrer arbeidsrelatert aktivitet nå – og kan behandlingen kombineres med delvis arbeid?',
    fields: ['l1.4.3.1', 'l1.6.3.1', 'l1.6.3.2', 'l1.6.1.1', 'l1.u7.2', 'l1.u7.1'],
    detect(get) {
      return firstWhere(get, this.fields, (t, f) => {
        if (!substantive(t, 5)) return false;
        if (f === 'l1.6.3.2') return hasTreatment(t) && COMBINE_RE.test(normalize(t));
        // A medical reason names an illness, a treatment or what the person cannot do; «redusert funksjon» does not.
        return (hasHealthWord(t) || hasNamedLimitation(an(t)) || hasTreatment(t)) && (hasHindrance(t) || hasCausal(t));
      });
    },
  },
  {
    id: 'l1.behandling',
    form: 'l1',
    label: 'Plan for behandling',
    help: 'Hva er videre plan for behandling, hvor ofte og når? Kan den kombineres med arbeid?',
    fields: ['l1.6.1.3', 'l1.6.2.4', 'l1.6.3.2', 'l1.6.4.2', 'l1.6.5.3', 'l1.u17.3', 'l1.u7.1'],
    detect(get) {
      return firstWhere(get, this.fields, (t) => hasTreatment(t) && (hasPlan(t) || hasDuration(t)));
    },
  },
  {
    id: 'l1.arbeidsgiver',
    form: 'l1',
    label: 'Arbeidsgiver får vite hva som trengs',
    help: 'Funksjonsnivå, hensyn og tilrettelegging arbeidsgiver kan gjøre – uten diagnose eller medisinske detaljer.',
    fields: ['l1.9.1', 'l1.5.1', 'l1.7.1', 'l1.4.1', 'l1.u7.3'],
    detect(get) {
      return firstWhere(get, this.fields, (t) => substantive(t, 4) && (hasAccommodation(t) || hasCapacity(t) || (hasFunctionWord(t) && hasHindrance(t))));
    },
  },
  {
    id: 'l1.prognose',
    form: 'l1',
    label: 'Prognose og forventet varighet',
    help: 'Når forventer du at pasienten kan øke aktiviteten eller være tilbake? Et anslag med forbehold er nyttig.',
    fields: ['l1.6.5.4', 'l1.6.4.3', 'l1.u39.3', 'l1.u17.3', 'l1.9.1', 'l1.5.1', 'l1.6.1.3'],
    detect(get) {
      return firstWhere(get, this.fields, (t) => hasDuration(t) && (hasPrognosis(t) || hasWorkWord(t) || hasGradingReason(t) || hasLeaveGrade(t)));
    },
  },
];

const AEV: ChecklistRule[] = [
  {
    id: 'aev.yrker',
    form: 'aev',
    label: 'Minst 2–3 konkrete yrker er vurdert',
    help: 'Nevn konkrete yrker (gjerne med STYRK-kode) og vurder hvert opp mot brukerens begrensninger.',
    fields: ['aev.yrker', 'aev.vurdering', 'aev.arbeidsmarked', WHOLE_AEV],
    detect(get) {
      const texts = this.fields.map((f) => get(f));
      const { count, keys } = distinctYrker(texts);
      if (count < 2) return undefined;
      const field = this.fields.find((f) => recognizeYrker(get(f)).length > 0) ?? this.fields[0]!;
      return { field, note: `${count} yrker gjenkjent: ${keys.slice(0, 6).join(', ')}` };
    },
  },
  {
    id: 'aev.kobling',
    form: 'aev',
    label: 'Helse → funksjon → arbeidsevne henger sammen',
    help: 'Vis hvordan helseplagene gir konkrete begrensninger, og hva det betyr for arbeid – med en begrunnelse («fordi», «på grunn av»).',
    fields: ['aev.vurdering', 'aev.helse', WHOLE_AEV],
    detect(get) {
      return firstWhere(
        get,
        this.fields,
        (t) => hasHealthWord(t) && (hasFunctionWord(t) || hasCapacity(t) || hasHindrance(t)) && hasWorkWord(t) && hasCausal(t),
      );
    },
  },
  {
    id: 'aev.tiltak',
    form: 'aev',
    label: 'Prøvde tiltak og behandling med resultat',
    help: 'Hvilke tiltak og hvilken behandling er prøvd, når, og hva ble resultatet?',
    fields: ['aev.tiltak', 'aev.helse', 'aev.vurdering', WHOLE_AEV],
    detect(get) {
      const whole = get(WHOLE_AEV);
      if (hasTiltak(whole) && hasResult(whole) && hasTreatment(whole)) return { field: WHOLE_AEV };
      const tiltak = get('aev.tiltak');
      if (!hasTiltak(tiltak) || !hasResult(tiltak)) return undefined;
      if (hasTreatment(tiltak)) return { field: 'aev.tiltak' };
      return hasTreatment(get('aev.helse')) ? { field: 'aev.tiltak' } : undefined;
    },
  },
  {
    id: 'aev.arbeidsmarked',
    form: 'aev',
    label: 'Det lokale arbeidsmarkedet er beskrevet',
    help: 'Etterspørsel i de aktuelle yrkene der brukeren bor, reisevei, og om pendling eller flytting er realistisk.',
    fields: ['aev.arbeidsmarked', 'aev.yrker', 'aev.vurdering', WHOLE_AEV],
    detect(get) {
      return firstWhere(get, this.fields, (t) => substantive(t, 6) && hasLocalMarket(t));
    },
  },
  {
    id: 'aev.begrunnelse',
    form: 'aev',
    label: 'Konklusjonen er begrunnet',
    help: 'Si hva du konkluderer med om arbeidsevnen, og hvorfor – med henvisning til opplysningene.',
    fields: ['aev.vurdering', 'aev.innsatsbehov', WHOLE_AEV],
    detect(get) {
      return firstWhere(get, this.fields, (t) => substantive(t, 10) && hasConclusion(t) && hasCausal(t));
    },
  },
  {
    id: 'aev.innsatsbehov',
    form: 'aev',
    label: 'Innsatsbehovet er angitt',
    help: 'Standard, situasjonsbestemt, spesielt tilpasset eller varig tilpasset innsats (Nav-loven § 14 a).',
    fields: ['aev.innsatsbehov', 'aev.vurdering', WHOLE_AEV],
    detect(get) {
      return firstWhere(get, this.fields, (t) => hasInnsats(t));
    },
  },
  {
    id: 'aev.mal',
    form: 'aev',
    label: 'Brukerens egne mål og vurdering',
    help: 'Hva ønsker brukeren, og hvordan vurderer brukeren selv sin arbeidsevne?',
    fields: ['aev.mal', WHOLE_AEV],
    detect(get) {
      return firstWhere(get, this.fields, (t) => substantive(t, 5) && hasGoal(t));
    },
  },
];

export const CHECKLIST_RULES: Record<FormId, readonly ChecklistRule[]> = { l40: L40, l1: L1, aev: AEV };

const toItem = ({ detect: _detect, ...item }: ChecklistRule): ChecklistItem => item;

export function checklistItems(formId: FormId): ChecklistItem[] {
  return (CHECKLIST_RULES[formId] ?? []).map(toItem);
}

/** Evaluate the Huskeliste for a form from the current field texts (keys "l40.5.1" etc.; missing = empty). */
export function evaluateChecklist(formId: FormId, texts: Record<string, string>): ChecklistState[] {
  const get: Get = (k) => texts[k] ?? '';
  memo = new Map();
  try {
    return evaluate(formId, get);
  } finally {
    memo = null;
  }
}

function evaluate(formId: FormId, get: Get): ChecklistState[] {
  return (CHECKLIST_RULES[formId] ?? []).map((rule) => {
    const hit = rule.detect(get);
    const state: ChecklistState = { item: toItem(rule), done: Boolean(hit) };
    if (hit) {
      state.evidenceField = hit.field;
      if (hit.note) state.note = hit.note;
    }
    return state;
  });
}
