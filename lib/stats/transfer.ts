/**
 * Export (CSV for Excel, JSON for the team lead) and import of JSON exports. An import is checked whole before
 * anything is written: one bad row rejects the file, and the error says in Norwegian what is wrong and where.
 */
import { z } from 'zod';
import { FORM_LABELS, METRIC_LABELS, AggregateRowSchema, DaySchema, type AggregateRow, isoWeek, rowKey } from './schema.ts';
import type { ImportRecord } from './db.ts';
import { packRows } from './packed.ts';

export const EXPORT_FORMAT = 'skjemahjelp-statistikk';
export const EXPORT_VERSION = 1;

export const TeamLabelSchema = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .regex(/^[^\n\r\t<>]*$/, { message: 'ugyldige tegn' });

export const ExportEnvelopeSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  installationId: z.uuid({ message: 'ugyldig installasjons-id' }),
  teamLabel: TeamLabelSchema.nullable(),
  exportedAt: DaySchema,
  rows: z.array(AggregateRowSchema).max(2_000_000),
});
export type ExportEnvelope = z.infer<typeof ExportEnvelopeSchema>;

export function toJsonExport(opts: { installationId: string; teamLabel: string | null; rows: AggregateRow[]; today: string }): string {
  const env: ExportEnvelope = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    installationId: opts.installationId,
    teamLabel: opts.teamLabel,
    exportedAt: opts.today,
    rows: sortRows(opts.rows),
  };
  return JSON.stringify(env, null, 1);
}

function sortRows(rows: AggregateRow[]): AggregateRow[] {
  return [...rows].sort((a, b) => (rowKey(a) < rowKey(b) ? -1 : rowKey(a) > rowKey(b) ? 1 : 0));
}

// ---------------------------------------------------------------- CSV

const BOM = '\uFEFF';
export const CSV_HEADER = ['Dato', 'Uke', 'Skjema', 'Felt', 'Hendelse', 'Regel/kode/poeng', 'Antall'];

function csvCell(v: string | number): string {
  let s = String(v);
  // Excel runs cells starting with these as formulas; the values are ids, but a file may travel further.
  if (/^[=+\-@]/.test(s)) s = `'${s}`;
  return /[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV that Norwegian Excel opens as columns: UTF-8 with BOM, semicolons, CRLF. */
export function toCsv(rows: AggregateRow[]): string {
  const lines = [CSV_HEADER.map(csvCell).join(';')];
  for (const r of sortRows(rows)) {
    const [y, w] = isoWeek(r.day).split('-W');
    lines.push(
      [r.day, `${y} uke ${Number(w)}`, r.form ? FORM_LABELS[r.form] : '', r.field, METRIC_LABELS[r.metric], r.dim, r.count].map(csvCell).join(';'),
    );
  }
  return BOM + lines.join('\r\n') + '\r\n';
}

// ---------------------------------------------------------------- import

export type ImportCheck =
  | { ok: true; envelope: ExportEnvelope; hash: string }
  | { ok: false; errors: string[] };

const MAX_LISTED = 8;

function where(path: PropertyKey[]): string {
  if (path[0] === 'rows' && typeof path[1] === 'number') {
    const rest = path.slice(2).map(String).join('.');
    return `rad ${path[1] + 1}${rest ? ` («${rest}»)` : ''}`;
  }
  return path.length ? `«${path.map(String).join('.')}»` : 'filen';
}

function describe(issue: z.core.$ZodIssue): string {
  const at = where(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `${at}: mangler` : `${at}: feil type (ventet ${typeName(issue.expected)})`;
    case 'unrecognized_keys':
      return `${at}: ukjente felt ${issue.keys.map((k) => `«${k}»`).join(', ')}`;
    case 'invalid_value':
      return `${at}: ugyldig verdi`;
    case 'invalid_format':
      return `${at}: feil format`;
    case 'too_small':
      return `${at}: for liten verdi`;
    case 'too_big':
      return `${at}: for stor verdi eller for mange rader`;
    case 'not_multiple_of':
      return `${at}: ugyldig tall`;
    case 'invalid_union':
      return `${at}: ugyldig verdi`;
    case 'custom':
      return `${at}: ${/^[a-zæøå]/.test(issue.message) ? issue.message : 'ugyldig verdi'}`;
    default:
      return `${at}: ugyldig`;
  }
}

function typeName(t: string): string {
  return ({ string: 'tekst', number: 'tall', object: 'objekt', array: 'liste', boolean: 'ja/nei', null: 'null' } as Record<string, string>)[t] ?? t;
}

/** Stable content hash (the same export is recognised however it was re-saved). */
export async function contentHash(env: ExportEnvelope): Promise<string> {
  const canonical = JSON.stringify([env.installationId, env.exportedAt, sortRows(env.rows).map((r) => [rowKey(r), r.count])]);
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonical));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Parses and validates one export file. Nothing is written here. */
export async function checkImport(text: string): Promise<ImportCheck> {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, errors: ['Filen er ikke gyldig JSON – den kan være avkortet eller skadet.'] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data) || (data as { format?: unknown }).format !== EXPORT_FORMAT)
    return { ok: false, errors: ['Filen er ikke en statistikkeksport fra Skjemahjelp («Eksporter JSON»).'] };
  const version = (data as { version?: unknown }).version;
  if (version !== EXPORT_VERSION)
    return {
      ok: false,
      errors: [
        typeof version === 'number' && version > EXPORT_VERSION
          ? `Filen har formatversjon ${version}, men denne versjonen av Skjemahjelp leser bare versjon ${EXPORT_VERSION}. Oppdater Skjemahjelp og prøv igjen.`
          : `Filen har en ukjent formatversjon (${JSON.stringify(version) ?? 'mangler'}); støttet er versjon ${EXPORT_VERSION}.`,
      ],
    };
  const parsed = ExportEnvelopeSchema.safeParse(data);
  if (!parsed.success) {
    const all = parsed.error.issues.map(describe);
    const errors = all.slice(0, MAX_LISTED);
    if (all.length > MAX_LISTED) errors.push(`… og ${all.length - MAX_LISTED} feil til.`);
    return { ok: false, errors };
  }
  const seen = new Set<string>();
  const dups: string[] = [];
  parsed.data.rows.forEach((r, i) => {
    const k = rowKey(r);
    if (seen.has(k)) dups.push(`rad ${i + 1}: samme dag, hendelse, skjema, felt og detalj står to ganger`);
    seen.add(k);
  });
  if (dups.length) return { ok: false, errors: dups.slice(0, MAX_LISTED) };
  return { ok: true, envelope: parsed.data, hash: await contentHash(parsed.data) };
}

export type ImportDecision =
  | { action: 'add'; record: ImportRecord }
  | { action: 'replace'; record: ImportRecord; replaces: string }
  | { action: 'reject'; reason: string };

/**
 * What to do with a valid file given what is already there: the same export twice is recognised, a newer
 * export from the same member replaces the older one (adding both would count that member twice), and the
 * user's own export is refused because their own numbers are already in the team view.
 */
export function decideImport(
  check: Extract<ImportCheck, { ok: true }>,
  ctx: {
    ownInstallationId: string;
    /** An import with the same content hash, if any. */
    sameFile: Pick<ImportRecord, 'importedAt'> | undefined;
    /** An import from the same installation, if any. */
    sameMember: Pick<ImportRecord, 'hash' | 'exportedAt'> | undefined;
    today: string;
  },
): ImportDecision {
  const env = check.envelope;
  if (env.installationId === ctx.ownInstallationId)
    return { action: 'reject', reason: 'Dette er eksporten fra denne nettleseren; dine egne tall er allerede med.' };
  const same = ctx.sameFile;
  if (same) return { action: 'reject', reason: `Denne filen er allerede importert (${same.importedAt}). Ingenting er endret.` };
  const record: ImportRecord = {
    hash: check.hash,
    installationId: env.installationId,
    teamLabel: env.teamLabel,
    exportedAt: env.exportedAt,
    importedAt: ctx.today,
    rows: packRows(env.rows),
  };
  const older = ctx.sameMember;
  if (older) {
    if (older.exportedAt > env.exportedAt)
      return { action: 'reject', reason: `En nyere eksport fra samme medlem (${older.exportedAt}) er allerede importert. Ingenting er endret.` };
    return { action: 'replace', record, replaces: older.hash };
  }
  return { action: 'add', record };
}
