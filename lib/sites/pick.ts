/**
 * «Pek ut felt»: the user points at a text field on the page (mouse, or Tab/arrows and Enter), then says which
 * form field it is from a searchable list, or «ikke et skjemafelt». The result is a site rule describing the field
 * by what the page shows (never its text). No JSX, no zod: components/sites renders it, the background stores it.
 */
import { FORMS } from '../forms/defs/index.ts';
import type { FormId } from '../forms/schema.ts';
import { fold } from '../forms/text.ts';
import { describeField, suggestPath } from './match.ts';
import type { TaughtRule } from './types.ts';

export interface FieldOption {
  /** Field key, or null for «ikke et skjemafelt». */
  key: string | null;
  form: FormId | null;
  /** «L40 5.1», «AEV», … */
  tag: string;
  label: string;
  /** Folded words searched by the list's filter. */
  haystack: string;
}

export const NOT_A_FIELD: FieldOption = { key: null, form: null, tag: '–', label: 'Ikke et skjemafelt', haystack: 'ikke et skjemafelt ingen annet notat sok' };

/** Every field of every form, the page's recognised form first, free-text fields before identity fields. */
export function fieldOptions(first: FormId | null): FieldOption[] {
  const forms = [...FORMS].sort((a, b) => (a.id === first ? -1 : b.id === first ? 1 : 0));
  const out: FieldOption[] = [NOT_A_FIELD];
  for (const form of forms)
    for (const f of [...form.fields].sort((a, b) => Number(b.freeText) - Number(a.freeText))) {
      const tag = f.number ? `${form.shortName} ${f.number}` : form.shortName;
      out.push({
        key: `${form.id}.${f.id}`,
        form: form.id,
        tag,
        label: f.label,
        haystack: fold([form.shortName, form.title, f.number ?? '', f.id, f.label, ...f.phrases].join(' ')),
      });
    }
  return out;
}

/** Options whose words contain every word of the query (as prefixes), in the list's order. */
export function filterOptions(options: readonly FieldOption[], query: string): FieldOption[] {
  const words = fold(query).split(' ').filter(Boolean);
  if (!words.length) return [...options];
  return options.filter((o) => {
    const hay = o.haystack.split(' ');
    return words.every((w) => hay.some((h) => h.startsWith(w)));
  });
}

export type PickState =
  | { step: 'pointing'; index: number }
  | { step: 'choosing'; el: HTMLElement; index: number }
  | { step: 'saving'; el: HTMLElement }
  | { step: 'done'; message: string }
  | { step: 'error'; message: string }
  | { step: 'closed' };

export interface PickHost {
  doc: Document;
  /** The page's text fields in document order (fresh each time: the page may re-render). */
  candidates(): HTMLElement[];
  /** The field key recognised for an element now, if any. */
  current(el: HTMLElement): string | null;
  /** The form recognised on the page now, if any. */
  form(): FormId | null;
  /** Stores the rule (the background validates it); resolves with an error message on failure. */
  save(rule: TaughtRule): Promise<{ ok: true } | { ok: false; error: string }>;
}

export class PickSession {
  state: PickState = { step: 'pointing', index: -1 };
  private listeners = new Set<(s: PickState) => void>();

  constructor(readonly host: PickHost) {}

  subscribe(fn: (s: PickState) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private set(s: PickState): void {
    this.state = s;
    for (const l of this.listeners) l(s);
  }

  /** The element the pointer is over, or a field moved to by keyboard. */
  point(el: HTMLElement | null): void {
    if (this.state.step !== 'pointing') return;
    const index = el ? this.host.candidates().indexOf(el) : -1;
    if (index !== this.state.index) this.set({ step: 'pointing', index });
  }

  /** Next (1) or previous (-1) text field, wrapping around. */
  move(dir: 1 | -1): HTMLElement | null {
    if (this.state.step !== 'pointing') return null;
    const list = this.host.candidates();
    if (!list.length) return null;
    const i = this.state.index < 0 ? (dir === 1 ? 0 : list.length - 1) : (this.state.index + dir + list.length) % list.length;
    this.set({ step: 'pointing', index: i });
    return list[i]!;
  }

  highlighted(): HTMLElement | null {
    const s = this.state;
    if (s.step === 'pointing') return s.index >= 0 ? (this.host.candidates()[s.index] ?? null) : null;
    if (s.step === 'choosing' || s.step === 'saving') return s.el;
    return null;
  }

  /** Takes the highlighted (or given) field and opens the list of form fields. */
  select(el?: HTMLElement | null): boolean {
    const target = el ?? this.highlighted();
    if (!target || this.state.step !== 'pointing') return false;
    const index = this.host.candidates().indexOf(target);
    if (index < 0) return false;
    this.set({ step: 'choosing', el: target, index });
    return true;
  }

  /** Back from the list to pointing. */
  back(): void {
    if (this.state.step === 'choosing') this.set({ step: 'pointing', index: this.state.index });
  }

  async choose(option: FieldOption): Promise<void> {
    if (this.state.step !== 'choosing') return;
    const el = this.state.el;
    const loc = this.host.doc.location;
    const rule: TaughtRule = {
      kind: 'field',
      origin: loc.origin,
      path: suggestPath(loc.pathname),
      field: option.key,
      target: describeField(el, this.host.candidates()),
    };
    this.set({ step: 'saving', el });
    const r = await this.host.save(rule).catch(() => ({ ok: false as const, error: 'Regelen kunne ikke lagres.' }));
    if (r.ok)
      this.set({
        step: 'done',
        message: option.key
          ? `Lært: feltet er ${option.tag} («${option.label}»). Gjelder ${rule.origin}${rule.path}.`
          : `Lært: feltet er ikke et skjemafelt. Gjelder ${rule.origin}${rule.path}.`,
      });
    else this.set({ step: 'error', message: r.error });
  }

  close(): void {
    this.set({ step: 'closed' });
  }
}
