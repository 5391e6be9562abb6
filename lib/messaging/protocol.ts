/**
 * The one message protocol between content script, background and extension pages: every message type, what
 * it carries and what it answers, in one typed map. Types and string constants only — the content script
 * imports this file, so it must not pull in the catalogue, the checks engine, Dexie or zod. Receivers still
 * validate what arrives (a message crosses a trust boundary); the map only keeps both ends in step.
 */
import type { YrkeHit } from '../catalogue/search.ts';
import type { FunctionArea } from '../checks/areas.ts';
import type { StatsEvent } from '../stats/client.ts';
import type { SiteStatus, TaughtRule } from '../sites/types.ts';

export const OPEN_PALETTE = 'skjemahjelp/open-palette' as const;
export const YRKE_SEARCH = 'skjemahjelp/yrke-search' as const;
export const YRKE_COMPARE = 'skjemahjelp/yrke-compare' as const;
export const YRKE_CODES = 'skjemahjelp/yrke-codes' as const;
export const NOTE_GET = 'skjemahjelp/yrke-note-get' as const;
export const NOTE_SAVE = 'skjemahjelp/yrke-note-save' as const;
/** Codes that have a note, with the note's source: marks hits in the list. */
export const NOTE_CODES = 'skjemahjelp/yrke-note-codes' as const;
export const STATS_EVENTS = 'skjemahjelp/stats-events' as const;
/** Action popup → page: what was recognised here, which rules are in force, whether the extension is off. */
export const SITE_STATUS = 'skjemahjelp/site-status' as const;
/** Action popup → page: let the user point at a field («Pek ut felt»). */
export const PICK_START = 'skjemahjelp/pick-start' as const;
/** Page → background: store a rule the user just taught (validated there; the page carries no zod). */
export const SITE_TEACH = 'skjemahjelp/site-teach' as const;
/** The manifest command that opens the palette (see components/palette/README.md). */
export const PALETTE_COMMAND = 'open-yrke-palette' as const;

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
export type NoteSaveResult = { ok: true; note: NoteView | null } | { ok: false; error: string };

/** Message type → what the sender adds to `{ type }` and what the receiver answers. */
export interface Protocol {
  [OPEN_PALETTE]: { req: Record<never, never>; res: void };
  [YRKE_SEARCH]: { req: { query: string; limit?: number }; res: YrkeHit[] };
  [YRKE_COMPARE]: { req: { code: string; personText: string }; res: CompareResponse | null };
  [YRKE_CODES]: { req: Record<never, never>; res: string[] };
  [NOTE_GET]: { req: { code: string }; res: NoteView | null };
  [NOTE_SAVE]: { req: { code: string; text: string }; res: NoteSaveResult };
  [NOTE_CODES]: { req: Record<never, never>; res: Record<string, NoteView['source']> };
  [STATS_EVENTS]: { req: { events: StatsEvent[] }; res: { ok: boolean } };
  [SITE_STATUS]: { req: Record<never, never>; res: SiteStatus | undefined };
  [PICK_START]: { req: Record<never, never>; res: void };
  [SITE_TEACH]: { req: { rule: TaughtRule }; res: { ok: true } | { ok: false; error: string } };
}
export type MessageType = keyof Protocol;
export type Message<K extends MessageType = MessageType> = K extends MessageType ? { type: K } & Protocol[K]['req'] : never;
export type Reply<K extends MessageType> = Protocol[K]['res'];

/** A typed sender over any transport (`browser.runtime.sendMessage`, a tab, or a direct call in tests). */
export type Send = <K extends MessageType>(m: Message<K>) => Promise<Reply<K>>;

export function createSender(transport: (m: unknown) => Promise<unknown> | unknown): Send {
  return <K extends MessageType>(m: Message<K>) => Promise.resolve(transport(m)) as Promise<Reply<K>>;
}

/** Narrows an unknown incoming message to one of ours (shape only; fields are validated by the handler). */
export function messageType(m: unknown): MessageType | null {
  const t = (m as { type?: unknown } | null)?.type;
  switch (t) {
    case OPEN_PALETTE:
    case YRKE_SEARCH:
    case YRKE_COMPARE:
    case YRKE_CODES:
    case NOTE_GET:
    case NOTE_SAVE:
    case NOTE_CODES:
    case STATS_EVENTS:
    case SITE_STATUS:
    case PICK_START:
    case SITE_TEACH:
      return t;
    default:
      return null;
  }
}

export type { YrkeHit, SiteStatus, TaughtRule };
