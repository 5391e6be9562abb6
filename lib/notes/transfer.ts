/**
 * Export and import of a collection of own descriptions as a JSON file, to share within an office.
 * Import is all-or-nothing: the whole file is validated first (zod), then written in one transaction.
 * zod lives here, never in the content script.
 */
import { z } from 'zod';
import { NOTE_MAX_CHARS, type NoteRow, type NotesDb } from './db.ts';

export const NOTES_FORMAT = 'skjemahjelp-yrkesbeskrivelser' as const;
export const MAX_NOTES = 5000;

/** Every message a user can see comes from here (zod's own texts are English and may quote the file). */
const MSG = {
  code: 'yrkeskoden må være fire sifre (STYRK-08)',
  empty: 'teksten er tom',
  long: `teksten er lengre enn ${NOTE_MAX_CHARS} tegn`,
  date: 'datoen er ikke gyldig',
  tooMany: `filen har flere enn ${MAX_NOTES} beskrivelser`,
} as const;
const OWN_MESSAGES = new Set<string>(Object.values(MSG));

const NoteFileEntry = z.object({
  code: z.string().regex(/^\d{4}$/, MSG.code),
  text: z.string().trim().min(1, MSG.empty).max(NOTE_MAX_CHARS, MSG.long),
  updatedAt: z.iso.datetime({ message: MSG.date }),
});

export const NotesFileSchema = z.strictObject({
  format: z.literal(NOTES_FORMAT),
  version: z.literal(1),
  exportedAt: z.iso.datetime({ message: MSG.date }),
  notes: z.array(NoteFileEntry).max(MAX_NOTES, MSG.tooMany),
});
export type NotesFile = z.infer<typeof NotesFileSchema>;

export function buildExport(rows: NoteRow[], now = new Date()): NotesFile {
  return {
    format: NOTES_FORMAT,
    version: 1,
    exportedAt: now.toISOString(),
    notes: rows.map((r) => ({ code: r.code, text: r.text, updatedAt: r.updatedAt })),
  };
}

export class NotesImportError extends Error {}

const FIELD_NAMES: Record<string, string> = {
  code: 'yrkeskoden',
  text: 'teksten',
  updatedAt: 'datoen',
  exportedAt: 'eksportdatoen',
  version: 'formatversjonen',
  format: 'formatet',
  notes: 'listen over beskrivelser',
};

/**
 * Where the problem is. A code is named only when it is a well-formed STYRK code (four digits cannot carry
 * text); anything else from the file is never repeated on the page.
 */
function where(path: PropertyKey[], file: unknown): string {
  if (path[0] === 'notes' && typeof path[1] === 'number') {
    const code = (file as { notes?: { code?: unknown }[] }).notes?.[path[1]]?.code;
    return `beskrivelse nr. ${path[1] + 1}${typeof code === 'string' && /^\d{4}$/.test(code) ? ` (kode ${code})` : ''}`;
  }
  return 'filen';
}

/** One zod issue in Norwegian, without any of the file's content. */
function describeIssue(issue: z.core.$ZodIssue, file: unknown): string {
  const at = where(issue.path, file);
  if (OWN_MESSAGES.has(issue.message)) return `${at}: ${issue.message}`;
  const last = issue.path[issue.path.length - 1];
  const name = typeof last === 'string' ? FIELD_NAMES[last] : undefined;
  if (issue.path.length === 1 && last === 'version')
    return 'filen har en formatversjon denne versjonen av Skjemahjelp ikke kan lese (støttet er versjon 1); oppdater Skjemahjelp og prøv igjen';
  switch (issue.code) {
    case 'unrecognized_keys':
      return `${at} har felt som ikke hører hjemme i en eksport av yrkesbeskrivelser`;
    case 'invalid_type':
      return issue.input === undefined ? `${at}: ${name ?? 'et felt'} mangler` : `${at}: ${name ?? 'et felt'} har feil type`;
    default:
      return `${at}: ${name ?? 'en verdi'} er ikke gyldig`;
  }
}

/** Parses and validates a file's text; throws NotesImportError with a Norwegian message naming what is wrong. */
export function parseNotesFile(text: string, knownCodes?: ReadonlySet<string>): NotesFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new NotesImportError('Filen er ikke gyldig JSON. Velg en fil som er eksportert fra Skjemahjelp (yrkesbeskrivelser).');
  }
  if ((raw as { format?: unknown } | null)?.format !== NOTES_FORMAT) {
    throw new NotesImportError('Filen er ikke en eksport av egne yrkesbeskrivelser fra Skjemahjelp.');
  }
  const r = NotesFileSchema.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new NotesImportError(`Filen kan ikke importeres: ${describeIssue(issue, raw)}. Ingenting er endret.`);
  }
  const seen = new Set<string>();
  r.data.notes.forEach((n, i) => {
    if (seen.has(n.code))
      throw new NotesImportError(`Filen kan ikke importeres: kode ${n.code} står to ganger (beskrivelse nr. ${i + 1}). Ingenting er endret.`);
    seen.add(n.code);
    if (knownCodes && !knownCodes.has(n.code)) {
      throw new NotesImportError(`Filen kan ikke importeres: kode ${n.code} (beskrivelse nr. ${i + 1}) finnes ikke i yrkeskatalogen. Ingenting er endret.`);
    }
  });
  return r.data;
}

export interface ImportResult {
  added: number;
  updated: number;
  /** Notes kept: the one here is the user's own (never overwritten by a file) or newer than the file's. */
  kept: number;
}

/**
 * Merges a validated file: a code not here is added, an older imported note is replaced; the user's own
 * notes are never overwritten by a file (delete your own first to take the office's).
 * One transaction, so a failure half-way leaves the database as it was.
 */
export async function importNotes(db: NotesDb, text: string, knownCodes?: ReadonlySet<string>): Promise<ImportResult> {
  const file = parseNotesFile(text, knownCodes);
  const res: ImportResult = { added: 0, updated: 0, kept: 0 };
  await db.transaction('rw', db.notes, async () => {
    const existing = await db.notes.bulkGet(file.notes.map((n) => n.code));
    const put: NoteRow[] = [];
    file.notes.forEach((n, i) => {
      const old = existing[i];
      if (!old) res.added++;
      else if (old.source === 'imported' && old.updatedAt < n.updatedAt) res.updated++;
      else {
        res.kept++;
        return;
      }
      put.push({ code: n.code, text: n.text.trim(), updatedAt: n.updatedAt, source: 'imported' });
    });
    await db.notes.bulkPut(put);
  });
  return res;
}
