/**
 * The statistics database. It is opened only in the extension's own origin (the service worker and
 * stats.html): opened from a content script it would live in the web page's origin, next to the EPJ's data.
 *
 * Schema history — every version stays declared so any older database upgrades step by step, and
 * test/unit/stats/migrations.test.ts seeds each earlier layout and opens it with the current code:
 *  1. `days` (one row per day holding a map "metric|form|field|dim" → count) and `meta`.
 *  2. one row per aggregate in `aggregates` (so a period or a retention cut is an index range, not a scan of
 *     maps), `imports` for team members' exports; `days` is converted and dropped.
 *  3. imported rows packed (lib/stats/packed.ts): reading 50 members × a year went from ~400 ms to a few.
 */
import Dexie, { type Table, type Transaction } from 'dexie';
import { type AggregateRow, AggregateRowSchema, addDays, eventToRow, localDay, mergeRows, rowKey } from './schema.ts';
import type { StatsEvent } from './client.ts';
import { type PackedRows, filterPacked, packRows } from './packed.ts';

export const DB_NAME = 'skjemahjelp-stats';
export const DB_VERSION = 3;

export interface StoredRow extends AggregateRow {
  id: string;
}
export interface MetaRow {
  key: string;
  value: unknown;
}
/** One team member's export as imported: only what the file held, never the file's name. */
export interface ImportRecord {
  hash: string;
  installationId: string;
  teamLabel: string | null;
  exportedAt: string;
  importedAt: string;
  rows: PackedRows;
}
/** Layout of an import in version 2. */
export interface V2ImportRecord extends Omit<ImportRecord, 'rows'> {
  rows: AggregateRow[];
}
/** Layout of version 1, kept for the upgrade and its test. */
export interface V1DayRow {
  day: string;
  counts: Record<string, number>;
}

/** Store declarations per version; index.ts-free so the migration test can build each old layout. */
export const SCHEMA_HISTORY: Record<number, Record<string, string | null>> = {
  1: { days: 'day', meta: 'key' },
  2: { aggregates: 'id, day', imports: 'hash, installationId', meta: 'key', days: null },
  3: { aggregates: 'id, day', imports: 'hash, installationId', meta: 'key' },
};

async function upgradeTo2(tx: Transaction): Promise<void> {
  const out: StoredRow[] = [];
  await tx
    .table<V1DayRow>('days')
    .toCollection()
    .each((d) => {
      for (const [k, count] of Object.entries(d.counts)) {
        const [metric, form, field, dim] = k.split('|');
        // A damaged entry is dropped rather than carried into a table whose rows are validated everywhere else.
        const row = AggregateRowSchema.safeParse({ day: d.day, metric, form: form ?? '', field: field ?? '', dim: dim ?? '', count });
        if (row.success) out.push({ id: rowKey(row.data), ...row.data });
      }
    });
  await tx.table<StoredRow, string>('aggregates').bulkPut(out);
}

async function upgradeTo3(tx: Transaction): Promise<void> {
  await tx
    .table('imports')
    .toCollection()
    .modify((rec: { rows: unknown }) => {
      if (Array.isArray(rec.rows)) rec.rows = packRows(rec.rows as AggregateRow[]);
    });
}

export class StatsDb extends Dexie {
  aggregates!: Table<StoredRow, string>;
  imports!: Table<ImportRecord, string>;
  meta!: Table<MetaRow, string>;

  constructor(name = DB_NAME, upTo = DB_VERSION) {
    super(name);
    this.version(1).stores(SCHEMA_HISTORY[1]!);
    if (upTo >= 2) this.version(2).stores(SCHEMA_HISTORY[2]!).upgrade(upgradeTo2);
    if (upTo >= 3) this.version(3).stores(SCHEMA_HISTORY[3]!).upgrade(upgradeTo3);
    // A stats tab left open must not block the service worker's upgrade: Dexie's default versionchange
    // handler closes this connection and reopens it on the next query, which is what we want.
  }
}

// ---------------------------------------------------------------- settings

export const DEFAULT_RETENTION_DAYS = 365;
export const RETENTION_CHOICES = [90, 180, 365, 730] as const;

export interface Settings {
  installationId: string;
  enabled: boolean;
  retentionDays: number;
  teamLabel: string | null;
}

async function getMeta<T>(db: StatsDb, key: string): Promise<T | undefined> {
  return (await db.meta.get(key))?.value as T | undefined;
}

export async function getSettings(db: StatsDb): Promise<Settings> {
  return db.transaction('rw', db.meta, async () => {
    let installationId = await getMeta<string>(db, 'installationId');
    if (!installationId) {
      // Random, not derived from anything about the user or the machine: it only tells exports apart.
      installationId = crypto.randomUUID();
      await db.meta.put({ key: 'installationId', value: installationId });
    }
    const retention = await getMeta<number>(db, 'retentionDays');
    return {
      installationId,
      enabled: (await getMeta<boolean>(db, 'enabled')) ?? true,
      retentionDays: typeof retention === 'number' && retention > 0 ? retention : DEFAULT_RETENTION_DAYS,
      teamLabel: (await getMeta<string | null>(db, 'teamLabel')) ?? null,
    };
  });
}

export async function saveSettings(db: StatsDb, patch: Partial<Omit<Settings, 'installationId'>>): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    for (const [key, value] of Object.entries(patch)) if (value !== undefined) await db.meta.put({ key, value });
  });
}

// ---------------------------------------------------------------- writing

/** Adds a batch of validated events to today's aggregates in one transaction. */
export async function recordEvents(db: StatsDb, events: readonly StatsEvent[], day = localDay()): Promise<number> {
  if (events.length === 0) return 0;
  const batch = mergeRows(events.map((e) => ({ ...eventToRow(e, day), count: 1 })));
  await db.transaction('rw', db.aggregates, async () => {
    const ids = batch.map(rowKey);
    const existing = await db.aggregates.bulkGet(ids);
    await db.aggregates.bulkPut(batch.map((r, i) => ({ id: ids[i]!, ...r, count: r.count + (existing[i]?.count ?? 0) })));
  });
  return batch.length;
}

/** Drops own rows and imported rows older than the retention period. */
export async function prune(db: StatsDb, retentionDays: number, today = localDay()): Promise<number> {
  const cutoff = addDays(today, -retentionDays + 1);
  return db.transaction('rw', db.aggregates, db.imports, db.meta, async () => {
    const n = await db.aggregates.where('day').below(cutoff).delete();
    // Only rewrite imports that hold old rows; rewriting all of them on every page load cost seconds.
    await db.imports
      .filter((rec) => rec.rows.days.some((d) => d < cutoff))
      .modify((rec) => {
        rec.rows = filterPacked(rec.rows, (d) => d >= cutoff);
      });
    await db.meta.put({ key: 'lastPrune', value: today });
    return n;
  });
}

/** Prunes at most once a day, so the service worker does not scan on every batch. */
export async function pruneDaily(db: StatsDb, today = localDay()): Promise<void> {
  if ((await getMeta<string>(db, 'lastPrune')) === today) return;
  const { retentionDays } = await getSettings(db);
  await prune(db, retentionDays, today);
}

// ---------------------------------------------------------------- reading

export async function ownRows(db: StatsDb): Promise<AggregateRow[]> {
  const rows = await db.aggregates.toArray();
  return rows.map(({ id: _id, ...r }) => r);
}

export async function listImports(db: StatsDb): Promise<ImportRecord[]> {
  return db.imports.toArray();
}

/** Deletes every statistic and import; keeps the settings (including "off") so deleting is not re-enabling. */
export async function deleteAll(db: StatsDb): Promise<void> {
  await db.transaction('rw', db.aggregates, db.imports, async () => {
    await db.aggregates.clear();
    await db.imports.clear();
  });
}
