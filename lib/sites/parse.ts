/**
 * Reads stored site rules and the managed policy by hand, so the content script (which runs on every page) never
 * carries zod. schema.ts holds the zod reference; a test checks that both accept and refuse the same rules.
 * A broken rule is dropped on its own; the rest keep working.
 */
import { FORMS, resolveFieldKey } from '../forms/defs/index.ts';
import type { FormId } from '../forms/schema.ts';
import {
  EMPTY_MANAGED,
  EMPTY_STATE,
  MAX_LABEL_WORDS,
  MAX_RULES,
  type FieldDescriptor,
  type ManagedSites,
  type RuleSource,
  type SiteRule,
  type SitesState,
} from './types.ts';

export const ORIGIN_RE = /^https?:\/\/(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*(?::\d{1,5})?$/i;
export const PATH_RE = /^\/[^\s]{0,299}$/;
export const RULE_ID_RE = /^[a-z0-9-]{4,40}$/;
const WORD_RE = /^[a-z0-9.]{1,40}$/;
const ATTR_RE = /^[^\s"'<>]{1,80}$/;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown, max = 300): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;
const isIso = (v: unknown): v is string => isStr(v, 40) && !Number.isNaN(Date.parse(v)) && /^\d{4}-\d{2}-\d{2}T/.test(v);
const isInt = (v: unknown, min: number, max: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

export function parseDescriptor(v: unknown): FieldDescriptor | null {
  if (!isObj(v)) return null;
  const { tag, label, name, id, index, count } = v;
  if (tag !== 'textarea' && tag !== 'input' && tag !== 'editable') return null;
  if (!Array.isArray(label) || label.length > MAX_LABEL_WORDS || !label.every((w) => typeof w === 'string' && WORD_RE.test(w))) return null;
  if (name !== undefined && !(typeof name === 'string' && ATTR_RE.test(name))) return null;
  if (id !== undefined && !(typeof id === 'string' && ATTR_RE.test(id))) return null;
  if (!isInt(index, 0, 999) || !isInt(count, 1, 1000) || index >= count) return null;
  const out: FieldDescriptor = { tag, label: [...label] as string[], index, count };
  if (name !== undefined) out.name = name as string;
  if (id !== undefined) out.id = id as string;
  return out;
}

/** One rule, or null when anything about it is wrong. Unknown keys are refused (a rule is small and exact). */
export function parseRule(v: unknown): SiteRule | null {
  if (!isObj(v)) return null;
  const { id, kind, origin, path, createdAt } = v;
  if (!isStr(id, 40) || !RULE_ID_RE.test(id) || !isStr(origin, 200) || !ORIGIN_RE.test(origin) || !isStr(path) || !PATH_RE.test(path)) return null;
  if (!isIso(createdAt)) return null;
  const base = { id, origin: origin.toLowerCase(), path, createdAt };
  if (kind === 'page') {
    if (Object.keys(v).some((k) => !['id', 'kind', 'origin', 'path', 'createdAt', 'form', 'source'].includes(k))) return null;
    // (FORM_IDS lives beside zod in forms/schema.ts; the content script must not pull that in.)
    if (!FORMS.some((f) => f.id === v.form)) return null;
    return { ...base, kind, form: v.form as FormId };
  }
  if (kind === 'field') {
    if (Object.keys(v).some((k) => !['id', 'kind', 'origin', 'path', 'createdAt', 'field', 'target', 'source'].includes(k))) return null;
    const field = v.field;
    if (field !== null && !(typeof field === 'string' && resolveFieldKey(field))) return null;
    const target = parseDescriptor(v.target);
    if (!target) return null;
    return { ...base, kind, field: field as string | null, target };
  }
  return null;
}

function parseSource(v: unknown): 'own' | 'imported' {
  return v === 'imported' ? 'imported' : 'own';
}

/** What storage.local holds; anything broken is dropped and counted, the rest kept. */
export function parseSitesState(raw: unknown): { state: SitesState; dropped: number } {
  if (!isObj(raw)) return { state: { ...EMPTY_STATE, rules: [], off: [] }, dropped: raw === undefined || raw === null ? 0 : 1 };
  let dropped = 0;
  const rules: SitesState['rules'] = [];
  for (const r of Array.isArray(raw.rules) ? raw.rules.slice(0, MAX_RULES) : []) {
    const rule = parseRule(isObj(r) ? r : null);
    if (rule) rules.push({ ...rule, source: parseSource((r as Record<string, unknown>).source) });
    else dropped++;
  }
  const off = Array.isArray(raw.off) ? raw.off.filter((o): o is string => typeof o === 'string' && ORIGIN_RE.test(o)).map((o) => o.toLowerCase()) : [];
  return { state: { version: 1, rules, off }, dropped };
}

/** The managed policy's siteRules / sitesOff / disabledRules; everything else in the policy is not ours here. */
export function parseManaged(raw: unknown): ManagedSites {
  if (!isObj(raw)) return { ...EMPTY_MANAGED };
  // A policy cannot hold null (Chrome's policy schema has no null type): there "" means «ikke et skjemafelt».
  const rules = (Array.isArray(raw.siteRules) ? raw.siteRules : [])
    .slice(0, MAX_RULES)
    .map((r) => parseRule(isObj(r) && r.field === '' ? { ...r, field: null } : r))
    .filter((r): r is SiteRule => !!r);
  const off = (Array.isArray(raw.sitesOff) ? raw.sitesOff : [])
    .filter((o): o is string => typeof o === 'string' && ORIGIN_RE.test(o))
    .map((o) => o.toLowerCase());
  const disabledRules = (Array.isArray(raw.disabledRules) ? raw.disabledRules : []).filter((r): r is string => isStr(r, 80));
  return { rules, off, disabledRules };
}

/** Own and imported rules with the organisation's, each marked with where it came from. */
export function liveRules(state: SitesState, managed: ManagedSites): (SiteRule & { source: RuleSource })[] {
  return [...managed.rules.map((r) => ({ ...r, source: 'managed' as const })), ...state.rules];
}
