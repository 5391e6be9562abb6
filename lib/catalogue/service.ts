/**
 * The catalogue as a background service: the content script never bundles the 700 KB catalogue, the
 * checks-engine comparison's zod-backed modules or Dexie — it asks here. The searcher is created on the
 * first message (when a palette is first opened), not when the service worker starts.
 */
import { createSearcher, loadCatalogue, type Catalogue, type Searcher, type YrkeHit } from './search.ts';
import { compareWithLimitations, describeForInsert } from './compare.ts';
import { limitationsByArea } from '../checks/analyze.ts';
import { FUNCTION_AREAS } from '../checks/areas.ts';
import { NotesDb, getNote, saveNote, type NoteRow } from '../notes/db.ts';
import { NOTE_CODES, NOTE_GET, NOTE_SAVE, YRKE_CODES, YRKE_COMPARE, YRKE_SEARCH, type CompareResponse, type NoteView } from '../messaging/protocol.ts';

export interface CatalogueService {
  /** Handles a message it knows, or returns undefined so other listeners can answer. */
  handle(message: unknown): Promise<unknown> | undefined;
}

const MAX_LIMIT = 100;
const MAX_QUERY = 200;
const MAX_PERSON_TEXT = 20_000;

function str(v: unknown, max: number): string | null {
  return typeof v === 'string' ? v.slice(0, max) : null;
}

function view(r: NoteRow | null): NoteView | null {
  return r && { code: r.code, text: r.text, updatedAt: r.updatedAt, source: r.source };
}

export function createCatalogueService(opts: { load?: () => Catalogue; notes?: () => NotesDb } = {}): CatalogueService {
  let catalogue: Catalogue | undefined;
  let searcher: Searcher | undefined;
  let db: NotesDb | undefined;
  const cat = () => (catalogue ??= (opts.load ?? loadCatalogue)());
  const search = () => (searcher ??= createSearcher(cat()));
  const notes = () => (db ??= (opts.notes ?? (() => new NotesDb()))());
  const byCode = (code: string) => cat().entries.find((e) => e.code === code);

  return {
    handle(message) {
      const m = message as Record<string, unknown> | null;
      switch (m?.type) {
        case YRKE_SEARCH: {
          const q = str(m.query, MAX_QUERY) ?? '';
          const limit = Math.max(1, Math.min(MAX_LIMIT, typeof m.limit === 'number' ? Math.floor(m.limit) : 20));
          return Promise.resolve().then((): YrkeHit[] => (q.trim() ? search().search(q, limit) : []));
        }
        case YRKE_COMPARE: {
          const code = str(m.code, 8);
          const text = str(m.personText, MAX_PERSON_TEXT) ?? '';
          return Promise.resolve().then((): CompareResponse | null => {
            const entry = code ? byCode(code) : undefined;
            if (!entry) return null;
            const lim = text.trim() ? limitationsByArea(text) : {};
            const c = compareWithLimitations(entry, lim);
            return {
              code: entry.code,
              documented: Object.keys(lim).length > 0,
              areas: FUNCTION_AREAS.map((a) => c[a]),
              insertText: describeForInsert(entry, c),
            };
          });
        }
        case YRKE_CODES:
          return Promise.resolve().then(() => cat().entries.map((e) => e.code));
        case NOTE_GET: {
          const code = str(m.code, 8) ?? '';
          return getNote(notes(), code).then(view);
        }
        case NOTE_CODES:
          // A native promise around Dexie's own: the messaging polyfill answered undefined to Dexie's thenable.
          return (async () => Object.fromEntries((await notes().notes.toArray()).map((r) => [r.code, r.source])))();
        case NOTE_SAVE: {
          const code = str(m.code, 8) ?? '';
          const text = str(m.text, 10_000) ?? '';
          return saveNote(notes(), code, text).then(
            (r) => ({ ok: true as const, note: view(r) }),
            (e: unknown) => ({ ok: false as const, error: e instanceof Error ? e.message : 'Kunne ikke lagre.' }),
          );
        }
        default:
          return undefined;
      }
    },
  };
}
