/**
 * `skjemahjelp lint --explain`: the statements the engine found, one line each, so a user and a developer can
 * see why a text passed or failed: what each statement is about, whether it says the person is limited or
 * able, the measures that belong to it, and the time perspective of the text.
 */
import { analyze, type Analysis, type Statement } from './analyze.ts';
import { AREA_LABELS } from './areas.ts';
import { fieldProfile } from './lint.ts';
import { isFunctionMeasure } from './measures.ts';

function flags(st: Statement): string {
  const out: string[] = [];
  if (st.limited) out.push(st.negated ? 'begrensning (nektet)' : 'begrensning');
  if (st.capacity) out.push('kan');
  if (st.absolute) out.push('helt (komplett)');
  if (st.vague) out.push('UTEN MÅL');
  else if (st.limited && !st.measured && !st.absolute) out.push('besvart i nærheten');
  if (!st.functional && !st.limited) out.push('ikke om funksjon');
  return out.join(', ') || '–';
}

export function explainAnalysis(an: Analysis, fieldKey?: string): string[] {
  const lines: string[] = [];
  const p = fieldKey ? fieldProfile(fieldKey) : null;
  if (p) lines.push(`Feltet spør etter: ${p.asks.join(', ') || '(ingenting spesielt)'}`);
  lines.push(`${an.words} ord, ${an.nynorsk ? 'nynorsk' : 'bokmål'}, ${an.statements.length} utsagn`);
  for (const [i, st] of an.statements.entries()) {
    const text = an.text.slice(st.start, st.end).replace(/\s+/g, ' ');
    const areas = st.areas.map((a) => AREA_LABELS[a]).join(', ') || (st.generic ? 'funksjon generelt' : '–');
    const measures = st.quantities.filter(isFunctionMeasure).map((q) => q.text);
    const other = st.quantities.filter((q) => !isFunctionMeasure(q)).map((q) => q.text);
    lines.push(`${i + 1}. «${text.length > 90 ? text.slice(0, 87) + '…' : text}»`);
    lines.push(`   område: ${areas} · ${flags(st)}`);
    if (measures.length) lines.push(`   mål: ${measures.join('; ')}`);
    if (other.length) lines.push(`   tall som ikke måler funksjon: ${other.join('; ')}`);
    if (st.cue && st.vague) lines.push(`   uklart: «${an.text.slice(st.cue.start, st.cue.end)}»`);
  }
  const times = an.durations.filter((d) => d.kind === 'time').map((d) => d.text);
  const cues = an.durations.filter((d) => d.kind === 'cue').map((d) => d.text);
  lines.push(`Tidsperspektiv: ${times.length ? times.join('; ') : 'ingen konkret tid'}${cues.length ? ` (prognoseord: ${cues.join('; ')})` : ''}`);
  return lines;
}

export function explain(text: string, fieldKey?: string): string[] {
  return explainAnalysis(analyze(text), fieldKey);
}
