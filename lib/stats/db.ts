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
import { type AggregateRow, AggregateRowSchema, addDays, eventToRow, isValidDay, isValidRow, localDay, mergeRows, rowKey, rowKeyProblem } from './schema.ts';
import type { StatsEvent } from './client.ts';
import { type PackedRows, filterPacked, isPacked, packRows, splitKey, unpackRows } from './packed.ts';
import { MAX_DAILY_COUNT, cleanTeamLabel } from './vocabulary.ts';

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
        const row = AggregateRowSchema.safeParse({
          day: d.day,
          metric,
          form: form ?? '',
          field: field ?? '',
          dim: dim ?? '',
          count: typeof count === 'number' ? Math.min(count, MAX_DAILY_COUNT) : count,
        });
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
/** The longest a row is kept (the longest choice): also how far back an import may reach. */
export const MAX_RETENTION_DAYS = 730;

export interface Settings {
  installationId: string;
  enabled: boolean;
  retentionDays: number;
  teamLabel: string | null;
}

/** Which stored settings were unreadable and have been replaced (and written back) on this read. */
export type RepairedSetting = 'installationId' | 'enabled' | 'retentionDays' | 'teamLabel';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
export const isInstallationId = (v: unknown): v is string => typeof v === 'string' && UUID.test(v);
export const isRetentionDays = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= MAX_RETENTION_DAYS;

/**
 * Reads the settings and repairs what is stored: a value that is missing gets its default, a value that is
 * present but unreadable (another version, a damaged profile, a hand-edited database) is replaced and the
 * replacement written back in the same transaction, so the repair happens once and never reaches an export
 * or a date computation. An unreadable «on/off» becomes off: the user may have said no.
 */
export async function readSettings(db: StatsDb): Promise<{ settings: Settings; repaired: RepairedSetting[] }> {
  return db.transaction('rw', db.meta, async () => {
    const rows = new Map(
      (await db.meta.bulkGet(['installationId', 'enabled', 'retentionDays', 'teamLabel', 'lastPrune']))
        .filter((r): r is MetaRow => !!r)
        .map((r) => [r.key, r.value]),
    );
    const repaired: RepairedSetting[] = [];
    const puts: MetaRow[] = [];
    const fix = (key: RepairedSetting, value: unknown, silent = false) => {
      puts.push({ key, value });
      if (!silent) repaired.push(key);
    };

    let installationId = rows.get('installationId');
    if (!isInstallationId(installationId)) {
      // Random, not derived from anything about the user or the machine: it only tells exports apart.
      const fresh = crypto.randomUUID();
      fix('installationId', fresh, installationId === undefined);
      installationId = fresh;
    }
    let enabled = rows.get('enabled');
    if (enabled === undefined) enabled = true;
    else if (typeof enabled !== 'boolean') fix('enabled', (enabled = false));
    let retentionDays = rows.get('retentionDays');
    if (retentionDays === undefined) retentionDays = DEFAULT_RETENTION_DAYS;
    else if (!isRetentionDays(retentionDays)) fix('retentionDays', (retentionDays = DEFAULT_RETENTION_DAYS));
    let teamLabel = rows.get('teamLabel');
    if (teamLabel === undefined) teamLabel = null;
    else if (teamLabel !== null) {
      const clean = cleanTeamLabel(teamLabel);
      if (clean !== teamLabel) fix('teamLabel', (teamLabel = clean));
    }
    const lastPrune = rows.get('lastPrune');
    if (lastPrune !== undefined && !(typeof lastPrune === 'string' && isValidDay(lastPrune))) {
      await db.meta.delete('lastPrune'); // internal: the next prune runs, nothing to tell the user
    }
    if (puts.length) await db.meta.bulkPut(puts);
    return {
      settings: {
        installationId: installationId as string,
        enabled: enabled as boolean,
        retentionDays: retentionDays as number,
        teamLabel: teamLabel as string | null,
      },
      repaired,
    };
  });
}

export async function getSettings(db: StatsDb): Promise<Settings> {
  return (await readSettings(db)).settings;
}

async function getMeta<T>(db: StatsDb, key: string): Promise<T | undefined> {
  return (await db.meta.get(key))?.value as T | undefined;
}

/** Writes settings; values that would not survive readSettings are refused, not stored. */
export async function saveSettings(db: StatsDb, patch: Partial<Omit<Settings, 'installationId'>>): Promise<void> {
  if (patch.enabled !== undefined && typeof patch.enabled !== 'boolean') throw new TypeError('enabled');
  if (patch.retentionDays !== undefined && !isRetentionDays(patch.retentionDays)) throw new RangeError('retentionDays');
  if (patch.teamLabel !== undefined && patch.teamLabel !== null && cleanTeamLabel(patch.teamLabel) !== patch.teamLabel) throw new RangeError('teamLabel');
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
    // Bounded: a page that fires the same event in a loop cannot push a count past what an import accepts.
    await db.aggregates.bulkPut(batch.map((r, i) => ({ id: ids[i]!, ...r, count: Math.min(MAX_DAILY_COUNT, r.count + (existing[i]?.count ?? 0)) })));
  });
  return batch.length;
}

/** Drops own rows and imported rows older than the retention period. */
export async function prune(db: StatsDb, retentionDays: number, today = localDay()): Promise<number> {
  if (!isRetentionDays(retentionDays)) throw new RangeError('retentionDays');
  const cutoff = addDays(today, -retentionDays + 1);
  return db.transaction('rw', db.aggregates, db.imports, db.meta, async () => {
    const n = await db.aggregates.where('day').below(cutoff).delete();
    // Only rewrite imports that hold old rows; rewriting all of them on every page load cost seconds.
    await db.imports
      .filter((rec) => isPacked(rec.rows) && Array.isArray(rec.rows.days) && rec.rows.days.some((d) => d < cutoff))
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

/** This browser's rows. Rows an older version or a damaged profile left invalid are skipped, never shown or exported. */
export async function ownRows(db: StatsDb): Promise<AggregateRow[]> {
  const rows = await db.aggregates.toArray();
  const out: AggregateRow[] = [];
  for (const { id: _id, ...r } of rows) if (isValidRow(r)) out.push(r);
  return out;
}

/**
 * A stored import as it may be used: rows with an unknown key, an invalid day or an out-of-range count are
 * dropped and a label that is not allowed any more is cleared. Returns null when nothing usable is left or the
 * record is not an import at all, and the same object when it needed no change.
 */
export function sanitizeImport(rec: unknown): ImportRecord | null {
  if (typeof rec !== 'object' || rec === null) return null;
  const r = rec as Partial<ImportRecord>;
  if (typeof r.hash !== 'string' || r.hash.length === 0 || r.hash.length > 128 || !isInstallationId(r.installationId)) return null;
  if (typeof r.exportedAt !== 'string' || !isValidDay(r.exportedAt) || typeof r.importedAt !== 'string' || !isValidDay(r.importedAt)) return null;
  if (!isPacked(r.rows) || !Array.isArray(r.rows.days) || !Array.isArray(r.rows.keys) || r.rows.cells.length % 3 !== 0) return null;
  const label = r.teamLabel === null ? null : cleanTeamLabel(r.teamLabel);
  const p = r.rows;
  const dayOk = p.days.map((d) => typeof d === 'string' && isValidDay(d));
  const keyOk = p.keys.map((k) => typeof k === 'string' && rowKeyProblem(splitKey(k)) === null);
  let bad = false;
  for (let i = 0; i < p.cells.length && !bad; i += 3) {
    const c = p.cells[i + 2]!;
    bad = !dayOk[p.cells[i]!] || !keyOk[p.cells[i + 1]!] || c < 1 || c > MAX_DAILY_COUNT;
  }
  if (!bad && label === r.teamLabel) return r as ImportRecord;
  let rows = p;
  if (bad) {
    const kept = unpackRows(p).filter((_, j) => {
      const i = j * 3;
      const c = p.cells[i + 2]!;
      return dayOk[p.cells[i]!] && keyOk[p.cells[i + 1]!] && c >= 1 && c <= MAX_DAILY_COUNT;
    });
    if (kept.length === 0) return null;
    rows = packRows(kept);
  }
  return { ...(r as ImportRecord), teamLabel: label, rows };
}

/** The team members' imports, checked on every read; what had to be repaired is written back once. */
export async function listImports(db: StatsDb): Promise<ImportRecord[]> {
  const all = await db.imports.toArray();
  const out: ImportRecord[] = [];
  const drop: string[] = [];
  const put: ImportRecord[] = [];
  for (const rec of all) {
    const clean = sanitizeImport(rec);
    if (clean === rec) out.push(rec);
    else if (clean) {
      out.push(clean);
      put.push(clean);
    } else {
      const key = (rec as { hash?: unknown }).hash;
      if (typeof key === 'string' || typeof key === 'number') drop.push(key as string);
    }
  }
  if (drop.length || put.length)
    await db.transaction('rw', db.imports, async () => {
      if (drop.length) await db.imports.bulkDelete(drop);
      if (put.length) await db.imports.bulkPut(put);
    });
  return out;
}

/** Deletes every statistic and import; keeps the settings (including "off") so deleting is not re-enabling. */
export async function deleteAll(db: StatsDb): Promise<void> {
  await db.transaction('rw', db.aggregates, db.imports, async () => {
    await db.aggregates.clear();
    await db.imports.clear();
  });
}
