import { FORMS } from '../forms/defs/index.ts';
import type { FormDef } from '../forms/schema.ts';

/**
 * The pattern stage 0 (lib/wake/stage0.ts) tests the page title with: every title phrase, title and form number
 * of the supported forms, case-insensitive, short ones (L40, L1, AEV) as whole words only. Built into wake.js
 * when the extension is built (wxt.config.ts defines __SKJEMAHJELP_WAKE_TITLE__), so the page compiles one
 * small regular expression and no form definitions. A phrase holding another one is left out (the shorter one
 * matches wherever it does).
 */
export function wakeTitleSource(forms: readonly FormDef[] = FORMS): string {
  const all = new Set<string>();
  for (const f of forms) for (const p of [f.title, ...f.titlePhrases, ...f.formNumbers]) all.add(p.trim().toLowerCase().normalize('NFC'));
  const kept = [...all].filter((p) => p && ![...all].some((q) => q !== p && q.length > 3 && p.includes(q)));
  kept.sort();
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ +/g, '\\s+');
  return kept.map((p) => (p.length <= 3 ? `\\b${esc(p)}\\b` : esc(p))).join('|');
}
