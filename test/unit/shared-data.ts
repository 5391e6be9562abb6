/**
 * The project's shared research folder (../shared beside the repository, or SKJEMAHJELP_SHARED) is not part of
 * the product: users and contributors do not have it. Tests that compare with its data ask here and skip with
 * this message when it is absent; nothing else in the tests reads it.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const SHARED_DIR = resolve(process.env.SKJEMAHJELP_SHARED ?? join(import.meta.dirname, '../../../shared'));

/** Absolute path of a file or folder in the shared folder, or null when it is not there. */
export function sharedPath(rel: string): string | null {
  const p = join(SHARED_DIR, rel);
  return existsSync(p) ? p : null;
}

/** Why a test was skipped: printed (so it shows in the default report) and returned as the skip note. */
export function sharedMissing(rel: string): string {
  const why = `skipped: ${join(SHARED_DIR, rel)} is not here (the shared research folder is not part of the product; set SKJEMAHJELP_SHARED to run this check)`;
  console.info(why);
  return why;
}
