/**
 * Compact form of a member's rows for storage: the distinct days and distinct "metric|form|field|dim" keys as
 * string lists, and one Uint32Array of (day index, key index, count) triples. IndexedDB clones a typed array
 * in one piece, where 8 000 small objects per member cost ~400 ms to read back for a team of 50.
 */
import type { AggregateRow, Metric } from './schema.ts';

export interface PackedRows {
  days: string[];
  keys: string[];
  cells: Uint32Array;
}

export function packRows(rows: readonly AggregateRow[]): PackedRows {
  const dayIx = new Map<string, number>();
  const keyIx = new Map<string, number>();
  const cells = new Uint32Array(rows.length * 3);
  rows.forEach((r, i) => {
    let d = dayIx.get(r.day);
    if (d === undefined) dayIx.set(r.day, (d = dayIx.size));
    const k = `${r.metric}|${r.form}|${r.field}|${r.dim}`;
    let j = keyIx.get(k);
    if (j === undefined) keyIx.set(k, (j = keyIx.size));
    cells[i * 3] = d;
    cells[i * 3 + 1] = j;
    cells[i * 3 + 2] = r.count;
  });
  return { days: [...dayIx.keys()], keys: [...keyIx.keys()], cells };
}

export function splitKey(k: string): Pick<AggregateRow, 'metric' | 'form' | 'field' | 'dim'> {
  const [metric, form, field, dim] = k.split('|');
  return { metric: metric as Metric, form: (form ?? '') as AggregateRow['form'], field: field ?? '', dim: dim ?? '' };
}

export function unpackRows(p: PackedRows): AggregateRow[] {
  const keys = p.keys.map(splitKey);
  const out: AggregateRow[] = [];
  for (let i = 0; i < p.cells.length; i += 3) out.push({ day: p.days[p.cells[i]!]!, ...keys[p.cells[i + 1]!]!, count: p.cells[i + 2]! });
  return out;
}

export function packedRowCount(p: PackedRows): number {
  return p.cells.length / 3;
}

/** Keeps rows whose day passes `keep`; returns the same object when nothing is dropped. */
export function filterPacked(p: PackedRows, keep: (day: string) => boolean): PackedRows {
  const ok = p.days.map(keep);
  if (ok.every(Boolean)) return p;
  return packRows(unpackRows(p).filter((_, i) => ok[p.cells[i * 3]!]));
}

export function isPacked(x: unknown): x is PackedRows {
  return typeof x === 'object' && x !== null && (x as PackedRows).cells instanceof Uint32Array;
}
