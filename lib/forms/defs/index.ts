import type { FieldDef, FormDef, FormDefInput, FormId } from '../schema.ts';
import { l40 } from './l40.ts';
import { l1 } from './l1.ts';
import { aev } from './aev.ts';

/** Raw definitions as authored; `test/unit/forms/defs.test.ts` validates them with the zod schema. */
export const FORM_INPUTS: readonly FormDefInput[] = [l40, l1, aev];

// Defaults applied by hand: the content script must not pay for zod at start-up on every page.
function withDefaults(f: FormDefInput): FormDef {
  return {
    ...f,
    sections: f.sections.map((s) => ({ ...s, phrases: s.phrases ?? [] })),
    fields: f.fields.map((x): FieldDef => {
      const asks = x.asks ?? [];
      return { ...x, names: x.names ?? [], asks, roles: x.roles ?? [], functional: asks.includes('function') };
    }),
  };
}

export const FORMS: readonly FormDef[] = FORM_INPUTS.map(withDefaults);

export function getForm(id: FormId): FormDef {
  const f = FORMS.find((x) => x.id === id);
  if (!f) throw new Error(`unknown form ${id}`);
  return f;
}

/** "l40.5.1" → its form and field definition, or undefined. */
export function resolveFieldKey(key: string): { form: FormDef; field: FieldDef } | undefined {
  const dot = key.indexOf('.');
  if (dot < 0) return undefined;
  const form = FORMS.find((f) => f.id === key.slice(0, dot));
  const field = form?.fields.find((x) => x.id === key.slice(dot + 1));
  return form && field ? { form, field } : undefined;
}
