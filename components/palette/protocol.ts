/**
 * Messages between the palette (content script) and the background. Types and string constants only:
 * this file is imported by the content script, so it must not pull in the catalogue, the checks engine or zod.
 */
import type { YrkeHit } from '../../lib/catalogue/search.ts';
import type { FunctionArea } from '../../lib/checks/areas.ts';

export const OPEN_PALETTE = 'skjemahjelp/open-palette' as const;
export const YRKE_SEARCH = 'skjemahjelp/yrke-search' as const;
export const YRKE_COMPARE = 'skjemahjelp/yrke-compare' as const;
export const YRKE_CODES = 'skjemahjelp/yrke-codes' as const;
export const NOTE_GET = 'skjemahjelp/yrke-note-get' as const;
export const NOTE_SAVE = 'skjemahjelp/yrke-note-save' as const;
/** Codes that have a note, with the note's source: marks hits in the list. */
export const NOTE_CODES = 'skjemahjelp/yrke-note-codes' as const;
/** The manifest command that opens the palette (see components/palette/README.md). */
export const PALETTE_COMMAND = 'open-yrke-palette' as const;

export interface SearchRequest { type: typeof YRKE_SEARCH; query: string; limit?: number }
export interface CompareRequest { type: typeof YRKE_COMPARE; code: string; personText: string }
export interface NoteGetRequest { type: typeof NOTE_GET; code: string }
export interface NoteSaveRequest { type: typeof NOTE_SAVE; code: string; text: string }

export type PaletteVerdict = 'compatible' | 'uncertain' | 'conflict';
export interface AreaResult {
  area: FunctionArea;
  label: string;
  demand: number | null;
  verdict: PaletteVerdict;
  reason: string;
  limited: boolean;
}
export interface CompareResponse {
  code: string;
  /** Whether the page text documented anything the checks engine could place in a function area. */
  documented: boolean;
  areas: AreaResult[];
  insertText: string;
}

/** An own description as the palette sees it. `source` tells an own note from one imported from the office. */
export interface NoteView {
  code: string;
  text: string;
  updatedAt: string;
  source: 'own' | 'imported';
}

export type { YrkeHit };
