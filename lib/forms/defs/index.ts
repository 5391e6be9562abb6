import { FormDefSchema, type FormDef, type FormId } from '../schema.ts';
import { l40 } from './l40.ts';
import { l1 } from './l1.ts';
import { aev } from './aev.ts';

/** All form definitions, validated once at load so a broken definition fails loudly in tests and the CLI. */
export const FORMS: readonly FormDef[] = [l40, l1, aev].map((f) => FormDefSchema.parse(f));

export function getForm(id: FormId): FormDef {
  const f = FORMS.find((x) => x.id === id);
  if (!f) throw new Error(`unknown form ${id}`);
  return f;
}

/** "l40.5.1" → its form and field definition, or undefined. */
export function resolveFieldKey(key: string): { form: FormDef; field: FormDef['fields'][number] } | undefined {
  const dot = key.indexOf('.');
  if (dot < 0) return undefined;
  const form = FORMS.find((f) => f.id === key.slice(0, dot));
  const field = form?.fields.find((x) => x.id === key.slice(dot + 1));
  return form && field ? { form, field } : undefined;
}
