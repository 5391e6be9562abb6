/**
 * Team merge: importing members' exports into this browser's database. Each file is all-or-nothing: checked
 * whole first, then written in one transaction, so a bad or duplicate file leaves the data as it was.
 */
import { type StatsDb, getSettings } from './db.ts';
import { type ImportCandidate, checkImport, decideImport } from './transfer.ts';
import { localDay } from './schema.ts';
import { packedRowCount } from './packed.ts';

export type ImportResult = { ok: true; message: string } | { ok: false; errors: string[] };

/** Checks a file's text here (tests, the CLI-side bench) and stores it; stats.html checks in a worker first. */
export async function importFile(db: StatsDb, text: string, today = localDay()): Promise<ImportResult> {
  const { retentionDays } = await getSettings(db);
  const check = await checkImport(text, { today, retentionDays });
  if (!check.ok) return check;
  return storeImport(db, check.file, today);
}

/** Stores a checked file: all or nothing, in one transaction. */
export async function storeImport(db: StatsDb, file: ImportCandidate, today = localDay()): Promise<ImportResult> {
  const { installationId } = await getSettings(db);
  const check = { file };
  return db.transaction('rw', db.imports, async (): Promise<ImportResult> => {
    // Look up by index only: reading every stored import (hundreds of thousands of rows) per file made a
    // 50-file import quadratic.
    const decision = decideImport(check.file, {
      ownInstallationId: installationId,
      sameFile: await db.imports.get(check.file.hash),
      sameMember: await db.imports.where('installationId').equals(check.file.installationId).first(),
      today,
    });
    if (decision.action === 'reject') return { ok: false, errors: [decision.reason] };
    if (decision.action === 'replace') await db.imports.delete(decision.replaces);
    await db.imports.add(decision.record);
    const n = packedRowCount(decision.record.rows);
    // The label is shown in the members table; the message does not repeat what the file said.
    const old = file.expired ? ` ${file.expired} rader eldre enn oppbevaringstiden ble ikke tatt med.` : '';
    return {
      ok: true,
      message: decision.action === 'replace' ? `Importert ${n} rader; erstattet en eldre eksport fra samme medlem.${old}` : `Importert ${n} rader.${old}`,
    };
  });
}

export async function removeImport(db: StatsDb, hash: string): Promise<void> {
  await db.imports.delete(hash);
}
