/**
 * Export (CSV for Excel, JSON for the team lead) and import of JSON exports. An import is checked whole before
 * anything is written: one bad row rejects the file, and the error says in Norwegian what is wrong and where.
 */
import { z } from 'zod';
import { FORM_LABELS, METRIC_LABELS, AggregateRowSchema, DaySchema, type AggregateRow, addDays, isoWeek, isValidRow, localDay, rowKey } from './schema.ts';
import type { ImportRecord } from './db.ts';
import { type PackedRows, packRows, packedRowCount } from './packed.ts';
import { cleanTeamLabel, normalizeTeamLabel, teamLabelProblem } from './vocabulary.ts';

export const EXPORT_FORMAT = 'skjemahjelp-statistikk';
export const EXPORT_VERSION = 1;

/**
 * Largest file «Importer» reads. One member's export for a year of daily use is about 1 MB (bench/stats); the
 * limit leaves room for two years of very heavy use and keeps a mistaken or hostile file from tying up the
 * page. Documented in components/stats/README.md.
 */
export const MAX_IMPORT_BYTES = 25 * 1024 * 1024;
/** Most rows one file may hold (two years × a very busy day's distinct keys). */
export const MAX_IMPORT_ROWS = 400_000;

/** A short plain label (lib/stats/vocabulary.ts): normalised, then checked; the message never echoes it. */
export const TeamLabelSchema = z
  .string()
  .max(1000)
  .transform(normalizeTeamLabel)
  .superRefine((v, ctx) => {
    const problem = teamLabelProblem(v);
    if (problem)
      ctx.addIssue({ code: 'custom', message: 'teametiketten er ikke tillatt (bare en kort, vanlig etikett uten lange tallrekker eller skjulte tegn)' });
  });

export const ExportEnvelopeSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  installationId: z.uuid({ message: 'ugyldig installasjons-id' }),
  teamLabel: TeamLabelSchema.nullable(),
  exportedAt: DaySchema,
  rows: z.array(AggregateRowSchema).max(MAX_IMPORT_ROWS),
});
export type ExportEnvelope = z.infer<typeof ExportEnvelopeSchema>;
/** The envelope without its rows: checked first, the rows after in slices (progress, and one error list). */
const EnvelopeHeadSchema = ExportEnvelopeSchema.extend({ rows: z.array(z.unknown()).max(MAX_IMPORT_ROWS) });

/**
 * The JSON export. Whatever is stored, only valid values leave: rows that fail the row rules and a team label
 * that is not allowed (e.g. written by an older version) are left out, so a colleague can always import it.
 */
export function toJsonExport(opts: { installationId: string; teamLabel: string | null; rows: AggregateRow[]; today: string }): string {
  const env: ExportEnvelope = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    installationId: opts.installationId,
    teamLabel: cleanTeamLabel(opts.teamLabel),
    exportedAt: opts.today,
    rows: sortRows(opts.rows.filter(isValidRow)),
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
  for (const r of sortRows(rows.filter(isValidRow))) {
    const [y, w] = isoWeek(r.day).split('-W');
    lines.push([r.day, `${y} uke ${Number(w)}`, r.form ? FORM_LABELS[r.form] : '', r.field, METRIC_LABELS[r.metric], r.dim, r.count].map(csvCell).join(';'));
  }
  return BOM + lines.join('\r\n') + '\r\n';
}

// ---------------------------------------------------------------- import

/** A file that passed every check, ready to be stored: rows already packed (lib/stats/packed.ts). */
export interface ImportCandidate {
  installationId: string;
  teamLabel: string | null;
  exportedAt: string;
  rows: PackedRows;
  /** Rows older than the retention period, left out (they would be deleted at the next clean-up anyway). */
  expired: number;
  /** Content hash over all rows of the file as it was (the same file is recognised however it was re-saved). */
  hash: string;
}

export type ImportCheck = { ok: true; file: ImportCandidate } | { ok: false; errors: string[] };

export interface CheckOptions {
  /** The importer's today (local calendar day). */
  today?: string;
  /** The importer's retention: older rows are left out. */
  retentionDays?: number;
  /** Share of the rows checked so far, 0..1, a few times per file. */
  onProgress?: (fraction: number) => void;
}

const MAX_LISTED = 8;

function where(path: PropertyKey[], rowOffset = 0): string {
  if (path[0] === 'rows' && typeof path[1] === 'number') {
    const rest = path.slice(2).map(String).join('.');
    return `rad ${path[1] + rowOffset + 1}${rest ? ` («${rest}»)` : ''}`;
  }
  return path.length ? `«${path.map(String).join('.')}»` : 'filen';
}

function describe(issue: z.core.$ZodIssue, rowIndex?: number): string {
  const at = rowIndex === undefined ? where(issue.path) : where(['rows', rowIndex, ...issue.path]);
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `${at}: mangler` : `${at}: feil type (ventet ${typeName(issue.expected)})`;
    case 'unrecognized_keys':
      // The key names come from the file: say how many, never which (error texts do not repeat file content).
      return `${at}: ${issue.keys.length === 1 ? 'ett felt' : `${issue.keys.length} felt`} som ikke hører hjemme i en eksport`;
    case 'invalid_value':
      return `${at}: ugyldig verdi`;
    case 'invalid_format':
      return `${at}: feil format`;
    case 'too_small':
      return `${at}: for liten verdi`;
    case 'too_big':
      return issue.origin === 'array' ? `${at}: for mange rader (høyst ${MAX_IMPORT_ROWS})` : `${at}: for stor verdi`;
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
  return ({ string: 'tekst', number: 'tall', object: 'objekt', array: 'liste', boolean: 'ja/nei', null: 'null' } as Record<string, string>)[t] ?? 'annen type';
}

/** Stable content hash (the same export is recognised however it was re-saved). */
export async function contentHash(env: Pick<ExportEnvelope, 'installationId' | 'exportedAt' | 'rows'>): Promise<string> {
  const canonical = JSON.stringify([env.installationId, env.exportedAt, sortRows(env.rows).map((r) => [rowKey(r), r.count])]);
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonical));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function tooLargeMessage(bytes: number): string {
  const mb = (n: number) => (n / (1024 * 1024)).toLocaleString('nb-NO', { maximumFractionDigits: 1 });
  return `Filen er for stor (${mb(bytes)} MB). Skjemahjelp importerer filer på inntil ${mb(MAX_IMPORT_BYTES)} MB; en eksport for ett år er vanligvis rundt 1 MB. Sjekk at det er en statistikkeksport fra Skjemahjelp.`;
}

/**
 * Parses and validates one export file. Nothing is written here. Checks the envelope, then every row against
 * the closed vocabularies, then the dates: none after the export date (nor in the future), and rows older than
 * the importer's retention are left out. Runs in a worker on stats.html (entrypoints/stats/import-worker.ts).
 */
export async function checkImport(text: string, opts: CheckOptions = {}): Promise<ImportCheck> {
  const today = opts.today ?? localDay();
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, errors: [tooLargeMessage(text.length)] };
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
        typeof version === 'number' && Number.isInteger(version) && version > EXPORT_VERSION && version < 1000
          ? `Filen har formatversjon ${version}, men denne versjonen av Skjemahjelp leser bare versjon ${EXPORT_VERSION}. Oppdater Skjemahjelp og prøv igjen.`
          : `Filen har en ukjent formatversjon; støttet er versjon ${EXPORT_VERSION}.`,
      ],
    };
  const head = EnvelopeHeadSchema.safeParse(data);
  const all: string[] = head.success ? [] : head.error.issues.map((i) => describe(i));
  if (!head.success && head.error.issues.some((i) => i.path[0] === 'rows' && i.path.length === 1)) return { ok: false, errors: all.slice(0, MAX_LISTED) };
  const raw = ((data as { rows?: unknown }).rows ?? []) as unknown[];
  const rows: AggregateRow[] = [];
  const step = Math.max(5000, Math.ceil(raw.length / 20));
  for (let i = 0; i < raw.length; i++) {
    const r = AggregateRowSchema.safeParse(raw[i]);
    if (r.success) rows.push(r.data);
    else if (all.length <= MAX_LISTED) for (const issue of r.error.issues) all.push(describe(issue, i));
    else all.push('');
    if (i % step === step - 1) {
      opts.onProgress?.((i + 1) / raw.length);
      // Let a progress message (and anything else) through between slices.
      await new Promise((r) => setTimeout(r, 0));
    }
  }
  if (all.length || !head.success) {
    const listed = all.filter(Boolean);
    const errors = listed.slice(0, MAX_LISTED);
    if (all.length > MAX_LISTED) errors.push(`… og ${all.length - MAX_LISTED} feil til.`);
    return { ok: false, errors };
  }
  const env = head.data;
  const latest = addDays(today, 1); // a colleague a time zone ahead may already be on tomorrow
  if (env.exportedAt > latest) return { ok: false, errors: ['«exportedAt»: eksportdatoen er fram i tid'] };
  const errors: string[] = [];
  const seen = new Set<string>();
  rows.forEach((r, i) => {
    if (errors.length > MAX_LISTED) return;
    if (r.day > env.exportedAt) errors.push(`rad ${i + 1} («day»): datoen er etter eksportdatoen`);
    const k = rowKey(r);
    if (seen.has(k)) errors.push(`rad ${i + 1}: samme dag, hendelse, skjema, felt og detalj står to ganger`);
    seen.add(k);
  });
  if (errors.length) return { ok: false, errors: errors.slice(0, MAX_LISTED) };
  const hash = await contentHash({ installationId: env.installationId, exportedAt: env.exportedAt, rows });
  const cutoff = opts.retentionDays ? addDays(today, -opts.retentionDays + 1) : null;
  const kept = cutoff ? rows.filter((r) => r.day >= cutoff) : rows;
  opts.onProgress?.(1);
  return {
    ok: true,
    file: {
      installationId: env.installationId,
      teamLabel: env.teamLabel,
      exportedAt: env.exportedAt,
      rows: packRows(kept),
      expired: rows.length - kept.length,
      hash,
    },
  };
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
  file: ImportCandidate,
  ctx: {
    ownInstallationId: string;
    /** An import with the same content hash, if any. */
    sameFile: Pick<ImportRecord, 'importedAt'> | undefined;
    /** An import from the same installation, if any. */
    sameMember: Pick<ImportRecord, 'hash' | 'exportedAt'> | undefined;
    today: string;
  },
): ImportDecision {
  const env = file;
  if (env.installationId === ctx.ownInstallationId)
    return { action: 'reject', reason: 'Dette er eksporten fra denne nettleseren; dine egne tall er allerede med.' };
  const same = ctx.sameFile;
  if (same) return { action: 'reject', reason: `Denne filen er allerede importert (${same.importedAt}). Ingenting er endret.` };
  if (packedRowCount(file.rows) === 0) return { action: 'reject', reason: 'Alle radene i filen er eldre enn oppbevaringstiden. Ingenting er endret.' };
  const record: ImportRecord = {
    hash: file.hash,
    installationId: env.installationId,
    teamLabel: env.teamLabel,
    exportedAt: env.exportedAt,
    importedAt: ctx.today,
    rows: file.rows,
  };
  const older = ctx.sameMember;
  if (older) {
    if (older.exportedAt > env.exportedAt)
      return { action: 'reject', reason: `En nyere eksport fra samme medlem (${older.exportedAt}) er allerede importert. Ingenting er endret.` };
    return { action: 'replace', record, replaces: older.hash };
  }
  return { action: 'add', record };
}
