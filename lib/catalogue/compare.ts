/**
 * Compares a yrke's indicative demands with the person's documented limitations per function area, and
 * writes the short Norwegian text a veileder can insert and edit. Pure; the limitation shape is what
 * lib/checks' `limitationsByArea(text)` returns.
 */
import { AREA_LABELS, FUNCTION_AREAS, type FunctionArea } from '../checks/areas.ts';
import { CONDITION_LABELS, WORK_CONDITIONS } from './source-schema.ts';
import type { CatalogueEntry } from './schema.ts';

export interface AreaLimitation {
  limited: boolean;
  measured: boolean;
  quantities: string[];
  evidence: string[];
}
export type Limitations = Partial<Record<FunctionArea, AreaLimitation>>;

export type Verdict = 'compatible' | 'uncertain' | 'conflict';
export interface AreaComparison {
  area: FunctionArea;
  label: string;
  demand: number | null;
  verdict: Verdict;
  reason: string;
  /** Whether the documentation describes a limitation in this area. */
  limited: boolean;
}
export type Comparison = Record<FunctionArea, AreaComparison>;

const DEMAND_WORD = ['små', 'noe', 'middels', 'høye'];

/** Reasons are written as sentences; inside another sentence they start lower-case (not acronyms: IKT, PC). */
function inline(reason: string): string {
  const r = reason.trim().replace(/\.$/, '');
  return /^[A-ZÆØÅ][a-zæøå]/.test(r) ? r[0]!.toLowerCase() + r.slice(1) : r;
}

function documented(l: AreaLimitation): string {
  const what = l.quantities.length
    ? l.quantities.join(', ')
    : l.evidence
        .slice(0, 1)
        .map((e) => `«${e}»`)
        .join('');
  return what ? ` (${what})` : '';
}

export function compareWithLimitations(entry: Pick<CatalogueEntry, 'demands'>, limitations: Limitations): Comparison {
  const out = {} as Comparison;
  for (const area of FUNCTION_AREAS) {
    const label = AREA_LABELS[area];
    const d = entry.demands?.[area];
    const lim = limitations[area];
    const base = { area, label, demand: d?.level ?? null, limited: !!lim?.limited };
    if (!d) {
      out[area] = { ...base, verdict: 'uncertain', reason: `Yrkets krav til ${label.toLowerCase()} er ikke beskrevet i katalogen.` };
      continue;
    }
    const demandText = `Yrket stiller ${DEMAND_WORD[d.level]} krav (${inline(d.reason)})`;
    if (!lim) {
      out[area] =
        d.level >= 2
          ? { ...base, verdict: 'uncertain', reason: `${demandText}, men funksjonen er ikke beskrevet i dokumentasjonen.` }
          : { ...base, verdict: 'compatible', reason: `${demandText}; ingen dokumentert begrensning.` };
    } else if (!lim.limited && lim.measured && d.level >= 2) {
      // "Kan gå 200 meter" is a capacity with a ceiling: against a considerable demand it needs a closer look.
      out[area] = {
        ...base,
        verdict: 'uncertain',
        reason: `${demandText}; dokumentasjonen oppgir hva personen klarer${documented(lim)}. Vurder om det dekker kravet.`,
      };
    } else if (!lim.limited) {
      out[area] = { ...base, verdict: 'compatible', reason: `${demandText}; dokumentasjonen beskriver ingen begrensning her${documented(lim)}.` };
    } else if (d.level === 0) {
      out[area] = { ...base, verdict: 'compatible', reason: `Begrensning er dokumentert${documented(lim)}, men yrket stiller små krav her.` };
    } else if (d.level === 3 || (d.level === 2 && lim.measured)) {
      out[area] = {
        ...base,
        verdict: 'conflict',
        reason: `${demandText}, og begrensningen er dokumentert${lim.measured ? ' og målt' : ''}${documented(lim)}.`,
      };
    } else {
      // A moderate demand against an unquantified limitation, or a small demand against any limitation,
      // can go either way: the text should say how much the person manages.
      out[area] = {
        ...base,
        verdict: 'uncertain',
        reason: `${demandText}; begrensningen er dokumentert${documented(lim)}${lim.measured ? '' : ', men ikke tallfestet'}. Bør avklares.`,
      };
    }
  }
  return out;
}

/** Short, editable Norwegian text: the yrke with code, typical tasks, and how its demands meet the limitations. */
export function describeForInsert(entry: CatalogueEntry, comparison: Comparison): string {
  const by = (v: Verdict) => FUNCTION_AREAS.filter((a) => comparison[a].verdict === v);
  const lines = [`Aktuelt yrke: ${entry.navTitle || entry.title} (STYRK-08 ${entry.code}).`];
  if (entry.tasks?.length) lines.push(`Typiske oppgaver: ${entry.tasks.slice(0, 4).map(inline).join('; ')}.`);
  const conflict = by('conflict');
  const unsure = by('uncertain');
  const ok = by('compatible');
  const item = (a: FunctionArea) => {
    const d = entry.demands?.[a];
    return `${AREA_LABELS[a]}${d ? ` (krav ${d.level}/3: ${inline(d.reason)})` : ''}`;
  };
  if (conflict.length) lines.push(`Krav som er i konflikt med dokumenterte begrensninger: ${conflict.map(item).join('; ')}.`);
  else lines.push('Ingen av yrkets krav er i klar konflikt med de dokumenterte begrensningene.');
  if (unsure.length) lines.push(`Må avklares: ${unsure.map((a) => AREA_LABELS[a]).join(', ')}.`);
  // A documented limitation the yrke hardly asks for is worth saying: it argues for this yrke.
  const limitedButFine = ok.filter((a) => comparison[a].limited);
  if (limitedButFine.length) lines.push(`Dokumenterte begrensninger som yrket stiller små krav til: ${limitedButFine.map((a) => AREA_LABELS[a]).join(', ')}.`);
  const rest = ok.filter((a) => !comparison[a].limited);
  if (rest.length) lines.push(`Forenlig med dokumentasjonen: ${rest.map((a) => AREA_LABELS[a]).join(', ')}.`);
  const cond = entry.conditions ? WORK_CONDITIONS.filter((c) => entry.conditions![c].level >= 2).map((c) => CONDITION_LABELS[c].toLowerCase()) : [];
  if (cond.length) lines.push(`Arbeidsforhold å vurdere: ${cond.join(', ')}.`);
  lines.push('Kravene er veiledende for yrkesgruppen og må sjekkes mot den konkrete arbeidsplassen.');
  return lines.join('\n');
}
