/**
 * What the rest of the product does with a field, derived from the form definitions (FieldDef.roles, .asks,
 * FormDef.shortName, .audience) instead of lists of keys: which fields document the person's limitations, where a
 * yrke description goes, where looking up a yrke helps, what a form and a field are called in the UI. No zod, no
 * DOM: the content script and the CLI use it.
 */
import { FORMS, resolveFieldKey } from './defs/index.ts';
import type { FieldDef, FormDef, FormId, Role } from './schema.ts';
import { fold } from './text.ts';

/** Form id of a field key ("l40.5.3" → "l40"), or null when it names no supported form. */
export function formOfKey(key: string | null | undefined): FormId | null {
  if (!key) return null;
  const id = key.slice(0, key.indexOf('.') >>> 0);
  return FORMS.some((f) => f.id === id) ? (id as FormId) : null;
}

export function formById(id: FormId | string | null | undefined): FormDef | undefined {
  return FORMS.find((f) => f.id === id);
}

/** «L40», «sykmelding», «AEV». */
export function formShortName(id: FormId | string | null | undefined): string {
  return formById(id)?.shortName ?? '';
}

/** «Legeerklæring ved arbeidsuførhet (L40)», «Sykmelding», «Arbeidsevnevurdering»: the title, with the short
 *  name in brackets when it adds something. */
export function formDisplayName(id: FormId | string | null | undefined): string {
  const f = formById(id);
  if (!f) return '';
  return fold(f.title).includes(fold(f.shortName)) ? f.title : `${f.title} (${f.shortName})`;
}

/** The field a key names, or undefined. */
export function fieldOfKey(key: string | null | undefined): FieldDef | undefined {
  return key ? resolveFieldKey(key)?.field : undefined;
}

export function hasRole(key: string | null | undefined, role: Role): boolean {
  return !!fieldOfKey(key)?.roles.includes(role);
}

/** The field documents the person's function: the yrke palette compares a job's demands with its text. */
export function documentsLimitations(key: string | null | undefined): boolean {
  return hasRole(key, 'limitations');
}

/**
 * The palette's yrke description is written for this field: where it goes by default (role 'yrke-insert'), a
 * field asking for the job and its demands or tasks, or — on the veileder's AEV — any field about work or
 * function, or a whole assessment in one field.
 */
export function isYrkeInsertTarget(key: string | null | undefined): boolean {
  const r = key ? resolveFieldKey(key) : undefined;
  if (!r) return false;
  const { form, field } = r;
  if (field.roles.includes('yrke-insert')) return true;
  if (field.asks.includes('job') || field.asks.includes('tasks')) return true;
  return form.audience === 'veileder' && field.asks.some((a) => a === 'work' || a === 'function' || a === 'aev');
}

/** Looking up a yrke helps here: the occupation field itself, or a field the description is written for. */
export function offersYrkeLookup(key: string | null | undefined): boolean {
  return hasRole(key, 'yrke') || isYrkeInsertTarget(key);
}

/** How the UI names a field: «L40 5.3», «sykmelding 6.2.2» or, without a number, the short form name and label. */
export function fieldDisplayName(key: string): string {
  const r = resolveFieldKey(key);
  if (!r) return key;
  const short = r.form.shortName;
  return r.field.number ? `${short} ${r.field.number}` : `${short}: ${r.field.label}`;
}
