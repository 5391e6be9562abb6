/**
 * Own yrke descriptions. Opened only in the extension's origin (background and options.html): a database
 * opened from the content script would live in the EPJ's origin. Notes describe yrker, not persons —
 * the options page says so next to the field.
 */
import Dexie, { type Table } from 'dexie';

export const NOTES_DB_NAME = 'skjemahjelp-notes';
export const NOTE_MAX_CHARS = 4000;

export interface NoteRow {
  code: string;
  text: string;
  updatedAt: string;
  /** 'own' when written here, 'imported' when it came from a colleague's file. */
  source: 'own' | 'imported';
}

export class NotesDb extends Dexie {
  notes!: Table<NoteRow, string>;
  constructor(name = NOTES_DB_NAME) {
    super(name);
    this.version(1).stores({ notes: 'code, updatedAt' });
  }
}

export async function getNote(db: NotesDb, code: string): Promise<NoteRow | null> {
  return (await db.notes.get(code)) ?? null;
}

/** Saving an empty text removes the note: there is no other way to delete one from the palette. */
export async function saveNote(db: NotesDb, code: string, text: string, now = new Date()): Promise<NoteRow | null> {
  if (!/^\d{4}$/.test(code)) throw new Error('Ugyldig yrkeskode.');
  const t = text.trim();
  if (!t) {
    await db.notes.delete(code);
    return null;
  }
  if (t.length > NOTE_MAX_CHARS) throw new Error(`Beskrivelsen er for lang (over ${NOTE_MAX_CHARS} tegn).`);
  const row: NoteRow = { code, text: t, updatedAt: now.toISOString(), source: 'own' };
  await db.notes.put(row);
  return row;
}

export async function listNotes(db: NotesDb): Promise<NoteRow[]> {
  return db.notes.orderBy('code').toArray();
}
