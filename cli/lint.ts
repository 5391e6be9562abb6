/** `skjemahjelp lint --field <formId.fieldId> [--json]`: lints the text on stdin. */
import { parseArgs, UsageError, type Io } from './main.ts';
import { resolveFieldKey } from '../lib/forms/defs/index.ts';
import { AREA_LABELS, explain, isLintable, lint, type Diagnostic } from '../lib/checks/index.ts';

const SEVERITY_NO: Record<Diagnostic['severity'], string> = {
  error: 'feil',
  warning: 'advarsel',
  info: 'info',
  hint: 'tips',
};

/** 1-based line and column of a UTF-16 offset, for the human-readable output. */
function lineCol(text: string, offset: number): string {
  let line = 1;
  let col = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      col = 1;
    } else col++;
  }
  return `${line}:${col}`;
}

export async function run(args: string[], io: Io): Promise<number> {
  const { values, flags, positionals } = parseArgs(args, { values: ['field'], flags: ['json', 'explain'] });
  if (positionals.length) throw new UsageError(`Uventet argument «${positionals[0]}». Teksten leses fra stdin.`);
  const field = values.field;
  if (!field) throw new UsageError('--field mangler, f.eks. --field l40.5.1.');
  const resolved = resolveFieldKey(field);
  if (!resolved) throw new UsageError(`Ukjent felt «${field}». Bruk <skjema>.<felt>, f.eks. l40.5.1, l1.6.2.2 eller aev.helse.`);
  if (!isLintable(field)) throw new UsageError(`Feltet «${field}» (${resolved.field.label}) er ikke et langt fritekstfelt og blir ikke kontrollert.`);

  const text = await io.readStdin();
  const result = lint(text, field);

  if (flags.has('explain') && !flags.has('json')) {
    io.stdout(explain(text, field).join('\n') + '\n');
    if (!text.trim()) return 0;
  }

  if (flags.has('json')) {
    const diagnostics = result.diagnostics.map((d) => ({
      rule: d.rule,
      severity: d.severity,
      message: d.message,
      start: d.start,
      end: d.end,
      ...(d.area ? { area: d.area } : {}),
      why: d.why,
      source: d.source,
      ...(d.fixes?.length ? { fixes: d.fixes } : {}),
    }));
    const extra = flags.has('explain') ? { explain: explain(text, field) } : {};
    io.stdout(JSON.stringify({ field, score: result.score, dimensions: result.dimensions, diagnostics, ...extra }, null, 2) + '\n');
    return 0;
  }

  const out: string[] = [];
  out.push(`${resolved.form.title} – ${resolved.field.number ?? resolved.field.id} ${resolved.field.label}`);
  out.push(`Poeng: ${result.score}/100`);
  for (const d of result.dimensions) out.push(`  ${d.met ? '✓' : '·'} ${d.label}: ${d.points}/${d.max} – ${d.advice}`);
  if (!result.diagnostics.length) out.push(text.trim() ? 'Ingen problemer funnet.' : 'Tomt felt.');
  else out.push(`${result.diagnostics.length} ${result.diagnostics.length === 1 ? 'merknad' : 'merknader'}:`);
  for (const d of result.diagnostics) {
    const quote = text.slice(d.start, d.end).replace(/\s+/g, ' ');
    const short = quote.length > 60 ? quote.slice(0, 57) + '…' : quote;
    out.push(`  ${lineCol(text, d.start)} ${SEVERITY_NO[d.severity]} [${d.rule}] ${d.message}`);
    out.push(`      «${short}»${d.area ? ` (${AREA_LABELS[d.area]})` : ''}`);
    for (const f of d.fixes ?? []) out.push(`      forslag: ${f.title}: «${f.replacement.replace(/\n/g, ' ')}»`);
  }
  io.stdout(out.join('\n') + '\n');
  return 0;
}
