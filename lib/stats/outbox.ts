/**
 * The content script's statistics go through the extension's own storage, not a message: `storage.local.set`
 * is handled by the browser itself, so a batch written while the tab closes — even while the service worker
 * is stopped, a normal MV3 state — is kept; a runtime message in that moment was lost (issue 13, finding 5).
 * The background drains the outbox when it changes and whenever it starts (lib/stats/ingest.ts). Each batch
 * has its own key, written once and never rewritten, so tabs never race on a shared list.
 *
 * Light on purpose: the content script imports this file (no zod, no Dexie).
 */
import type { StatsEvent, StatsMessage } from './client.ts';
import { localDay } from './day.ts';

export const OUTBOX_PREFIX = 'skjemahjelp:stats-outbox:';
/**
 * Batches older than this are dropped unread. Normally a batch is stored within a second; one written just
 * before the browser closed waits until the worker next starts, which can be after a holiday.
 */
export const OUTBOX_MAX_AGE_DAYS = 30;
export const OUTBOX_MAX_AGE_MS = OUTBOX_MAX_AGE_DAYS * 24 * 3600 * 1000;

export interface OutboxBatch {
  v: 1;
  /** The local day the events happened (the background counts them on that day, not the day it drains). */
  day: string;
  events: StatsEvent[];
}

export interface StorageWriter {
  set(items: Record<string, unknown>): Promise<void>;
}

/** `send` for createStatsClient: each batch becomes one new key in storage.local. */
export function createOutboxSender(storage: StorageWriter, now: () => number = Date.now): (m: StatsMessage) => Promise<void> {
  const page = Math.random().toString(36).slice(2, 10);
  let seq = 0;
  return (m) => {
    const batch: OutboxBatch = { v: 1, day: localDay(new Date(now())), events: m.events };
    // Time first so keys sort oldest first; page and sequence keep them unique across tabs and frames.
    const key = `${OUTBOX_PREFIX}${String(now()).padStart(15, '0')}:${page}:${seq++}`;
    return storage.set({ [key]: batch });
  };
}

/** Milliseconds since the epoch a batch key was written, or NaN. */
export function outboxKeyTime(key: string): number {
  return Number(key.slice(OUTBOX_PREFIX.length).split(':')[0]);
}
