/**
 * Pure palette logic (no DOM, no Preact), unit-tested in test/unit/palette: which key does what, moving the
 * active row, verdict words, and where the insert goes.
 */
import type { AreaResult, PaletteVerdict } from '../messaging/protocol.ts';

export type PaletteAction = 'up' | 'down' | 'first' | 'last' | 'insert' | 'copy' | 'close' | null;

export interface KeyLike {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  shiftKey?: boolean;
}

/**
 * Keys handled wherever focus is inside the palette. `inText` is true in the search box or the note field,
 * where Home/End move the caret and Enter in the note field writes a line break.
 */
export function keyAction(e: KeyLike, where: 'search' | 'list' | 'note' | 'other'): PaletteAction {
  const mod = !!(e.ctrlKey || e.metaKey);
  if (e.key === 'Escape') return 'close';
  if (e.key === 'Enter' && mod) return where === 'note' ? null : 'copy';
  if (where === 'note' || where === 'other') return null;
  if (e.key === 'Enter' && !e.shiftKey && !e.altKey) return 'insert';
  if (e.key === 'ArrowDown') return 'down';
  if (e.key === 'ArrowUp') return 'up';
  if (where === 'list' && e.key === 'Home') return 'first';
  if (where === 'list' && e.key === 'End') return 'last';
  if (e.key === 'PageDown') return 'last';
  if (e.key === 'PageUp') return 'first';
  return null;
}

export function move(active: number, count: number, action: PaletteAction): number {
  if (count === 0) return -1;
  switch (action) {
    case 'down':
      return active < 0 ? 0 : Math.min(count - 1, active + 1);
    case 'up':
      return active <= 0 ? 0 : active - 1;
    case 'first':
      return 0;
    case 'last':
      return count - 1;
    default:
      return Math.min(Math.max(active, 0), count - 1);
  }
}

export const VERDICT_LABEL: Record<PaletteVerdict, string> = {
  compatible: 'Forenlig',
  uncertain: 'Usikker',
  conflict: 'Konflikt',
};

export const DEMAND_LABEL = ['Små krav', 'Noe krav', 'Middels krav', 'Høye krav'];

/** One line a screen reader reads for an area row: label, demand, verdict and why. */
export function areaSummary(a: AreaResult): string {
  const demand = a.demand == null ? 'krav ikke beskrevet' : `${DEMAND_LABEL[a.demand]!.toLowerCase()} (${a.demand} av 3)`;
  return `${a.label}: ${demand}. ${VERDICT_LABEL[a.verdict]}. ${a.reason}`;
}

export function countVerdicts(areas: AreaResult[]): Record<PaletteVerdict, number> {
  const out: Record<PaletteVerdict, number> = { compatible: 0, uncertain: 0, conflict: 0 };
  for (const a of areas) out[a.verdict]++;
  return out;
}

/**
 * Text to insert at the caret: separated from what is already there by a blank line before (unless at the
 * start or after one) and a line break after when text follows.
 */
export function framedInsert(existing: string, start: number, end: number, text: string): string {
  const before = existing.slice(0, start);
  const after = existing.slice(end);
  const lead = before.trim() === '' ? '' : before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
  const trail = after.trim() === '' ? '' : after.startsWith('\n') ? '\n' : '\n\n';
  return lead + text + trail;
}

/** Form id of a field key (`l40.5.3` → `l40`), for the statistics events. */
export { formOfKey } from '../forms/roles.ts';

/** Fields the insert text is written for (derived from the form definitions); others still get it, with a hint. */
export { isYrkeInsertTarget as isIntendedTarget } from '../forms/roles.ts';
