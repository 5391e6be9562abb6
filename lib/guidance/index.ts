/**
 * Per-field guidance (hint on focus, «Mer», examples, sources) and the live Huskeliste for L40, L1 and AEV.
 * Pure data and functions: no DOM, no network; the UI and the CLI both read from here.
 */
import { FORMS, resolveFieldKey } from '../forms/defs/index.ts';
import type { FormId } from '../forms/schema.ts';
import type { FieldGuidance, GuidanceEntry, Source } from './schema.ts';
import { l40Guidance } from './data/l40.ts';
import { l1Guidance } from './data/l1.ts';
import { aevGuidance } from './data/aev.ts';

export type { FieldGuidance, Source } from './schema.ts';
// The zod schemas are in ./schema.ts (imported by tests and tooling only): the content script must not carry zod.
export type { ChecklistItem, ChecklistState } from './checklist/items.ts';
export { evaluateChecklist, checklistItems } from './checklist/items.ts';
export type { RecognizedYrke, YrkeRecognizer, TitledYrke } from './checklist/yrker.ts';
export { setYrkeRecognizer, recognizeYrker, distinctYrker, recognizerFromTitles } from './checklist/yrker.ts';

/** Raw authored data per form, keyed by field id. Exposed for the completeness test. */
export const GUIDANCE_DATA: Record<FormId, Record<string, GuidanceEntry>> = {
  l40: l40Guidance,
  l1: l1Guidance,
  aev: aevGuidance,
};

function build(formId: FormId, fieldId: string, label: string): FieldGuidance | undefined {
  const entry = GUIDANCE_DATA[formId]?.[fieldId];
  if (!entry) return undefined;
  const { label: override, sources, ...rest } = entry;
  return { field: `${formId}.${fieldId}`, label: override ?? label, ...rest, sources: sources.map((s: Source) => ({ ...s })) };
}

/** Guidance for one field key ("l40.5.1"), or undefined for an unknown field. */
export function guidanceFor(fieldKey: string): FieldGuidance | undefined {
  const resolved = resolveFieldKey(fieldKey);
  if (!resolved) return undefined;
  return build(resolved.form.id, resolved.field.id, resolved.field.label);
}

/** Guidance for every field of a form that has it, in form order. */
export function guidanceForForm(formId: FormId): FieldGuidance[] {
  const form = FORMS.find((f) => f.id === formId);
  if (!form) return [];
  return form.fields.flatMap((f) => build(form.id, f.id, f.label) ?? []);
}
