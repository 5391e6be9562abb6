/**
 * Team merge: importing members' exports into this browser's database. Each file is all-or-nothing: checked
 * whole first, then written in one transaction, so a bad or duplicate file leaves the data as it was.
 */
import { type StatsDb, getSettings } from './db.ts';
import { checkImport, decideImport } from './transfer.ts';
import { localDay } from './schema.ts';
import { packedRowCount } from './packed.ts';

export type ImportResult = { ok: true; message: string } | { ok: false; errors: string[] };

export async function importFile(db: StatsDb, text: string, today = localDay()): Promise<ImportResult> {
  const check = await checkImport(text);
  if (!check.ok) return check;
  const { installationId } = await getSettings(db);
  return db.transaction('rw', db.imports, async (): Promise<ImportResult> => {
    // Look up by index only: reading every stored import (hundreds of thousands of rows) per file made a
    // 50-file import quadratic.
    const decision = decideImport(check, {
      ownInstallationId: installationId,
      sameFile: await db.imports.get(check.hash),
      sameMember: await db.imports.where('installationId').equals(check.envelope.installationId).first(),
      today,
    });
    if (decision.action === 'reject') return { ok: false, errors: [decision.reason] };
    if (decision.action === 'replace') await db.imports.delete(decision.replaces);
    await db.imports.add(decision.record);
    const n = packedRowCount(decision.record.rows);
    const label = decision.record.teamLabel ? ` (${decision.record.teamLabel})` : '';
    return {
      ok: true,
      message:
        decision.action === 'replace'
          ? `Importert ${n} rader${label}; erstattet en eldre eksport fra samme medlem.`
          : `Importert ${n} rader${label}.`,
    };
  });
}

export async function removeImport(db: StatsDb, hash: string): Promise<void> {
  await db.imports.delete(hash);
}
