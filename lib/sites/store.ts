/**
 * Changing the user's site rules and switched-off sites in browser.storage.local: save a taught rule, edit, remove,
 * import a file (all or nothing), switch a site on or off. Every write is validated with zod first, so a bad rule
 * never reaches storage. Used by the background (rules taught in a page), the options page and the popup.
 */
import { z } from 'zod';
import { parseSitesState } from './parse.ts';
import { SiteRuleSchema, StoredRuleSchema, parseSitesFile } from './schema.ts';
import { originMatches } from './match.ts';
import { MAX_RULES, SITES_KEY, type FieldDescriptor, type SiteRule, type SitesState, type TaughtRule } from './types.ts';
export type { TaughtRule };
import type { FormId } from '../forms/schema.ts';

export interface SitesIo {
  get(): Promise<unknown>;
  set(state: SitesState): Promise<void>;
}

/** A SitesIo over a browser.storage area (storage.local). */
export function storageIo(area: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> }): SitesIo {
  return { get: async () => (await area.get(SITES_KEY))[SITES_KEY], set: (s) => area.set({ [SITES_KEY]: s }) };
}

export async function readState(io: SitesIo): Promise<SitesState> {
  return parseSitesState(await io.get()).state;
}

const StateSchema = z.strictObject({ version: z.literal(1), rules: z.array(StoredRuleSchema).max(MAX_RULES), off: z.array(z.string()) });

async function write(io: SitesIo, state: SitesState): Promise<void> {
  StateSchema.parse(state); // never store what the parser would drop
  await io.set(state);
}

export function newRuleId(): string {
  const a = new Uint8Array(8);
  crypto.getRandomValues(a);
  return `r-${Array.from(a, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

function sameTarget(a: FieldDescriptor, b: FieldDescriptor): boolean {
  if (a.tag !== b.tag) return false;
  if (a.name && a.name === b.name) return true;
  if (a.id && a.id === b.id) return true;
  return a.label.length > 0 && a.label.join(' ') === b.label.join(' ') && a.index === b.index;
}

/**
 * Stores a taught rule (validated). Teaching the same field again on the same pages replaces the old rule; marking
 * the page again replaces the old page rule. Returns the stored rule.
 */
export async function saveTaught(io: SitesIo, taught: TaughtRule, now = new Date()): Promise<SiteRule> {
  const rule = SiteRuleSchema.parse({ ...taught, id: newRuleId(), createdAt: now.toISOString() }) as SiteRule;
  const state = await readState(io);
  const rest = state.rules.filter((r) => {
    if (r.origin !== rule.origin || r.path !== rule.path || r.kind !== rule.kind) return true;
    if (r.kind === 'page') return false;
    return !sameTarget(r.target, (rule as Extract<SiteRule, { kind: 'field' }>).target);
  });
  await write(io, { ...state, rules: [...rest, { ...rule, source: 'own' }] });
  return rule;
}

export class SiteRuleError extends Error {}

/** Changes the pages a rule covers, or what it says (field or form). Managed rules are not in storage: not found. */
export async function updateRule(io: SitesIo, id: string, patch: { path?: string; field?: string | null; form?: FormId }): Promise<void> {
  const state = await readState(io);
  const i = state.rules.findIndex((r) => r.id === id);
  if (i < 0) throw new SiteRuleError('Regelen finnes ikke lenger.');
  const old = state.rules[i]!;
  const next = { ...old, ...(patch.path !== undefined ? { path: patch.path } : {}) } as SitesState['rules'][number];
  if (next.kind === 'field' && patch.field !== undefined) next.field = patch.field;
  if (next.kind === 'page' && patch.form !== undefined) next.form = patch.form;
  const r = StoredRuleSchema.safeParse(next);
  if (!r.success) throw new SiteRuleError(`Endringen kan ikke lagres: ${r.error.issues[0]!.message}.`);
  const rules = [...state.rules];
  rules[i] = r.data as SitesState['rules'][number];
  await write(io, { ...state, rules });
}

export async function removeRule(io: SitesIo, id: string): Promise<void> {
  const state = await readState(io);
  await write(io, { ...state, rules: state.rules.filter((r) => r.id !== id) });
}

/**
 * Imports an exported file: validated whole first (Norwegian error naming the line, nothing changed on error), then
 * written in one go. A rule with an id already here replaces it; the rest are added.
 */
export async function importRules(io: SitesIo, text: string): Promise<{ added: number; replaced: number }> {
  const file = parseSitesFile(text);
  const state = await readState(io);
  const byId = new Map(state.rules.map((r) => [r.id, r]));
  let added = 0;
  let replaced = 0;
  for (const r of file.rules) {
    if (byId.has(r.id)) replaced++;
    else added++;
    byId.set(r.id, { ...r, source: 'imported' });
  }
  if (byId.size > MAX_RULES) throw new SiteRuleError(`Filen kan ikke importeres: det blir flere enn ${MAX_RULES} regler. Ingenting er endret.`);
  await write(io, { ...state, rules: [...byId.values()] });
  return { added, replaced };
}

/** Switches the extension on or off for an origin (remembered). */
export async function setSiteOff(io: SitesIo, origin: string, off: boolean): Promise<void> {
  const state = await readState(io);
  const o = origin.toLowerCase();
  const rest = state.off.filter((x) => !originMatches(x, o));
  await write(io, { ...state, off: off ? [...rest, o] : rest });
}
