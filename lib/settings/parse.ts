/**
 * The user's own settings (browser.storage.local, key "skjemahjelp:settings"). Ids and flags only — no text
 * from any form. Parsed by hand so the content script stays small; schema.ts holds the zod reference schema
 * and a test checks that both agree.
 */
export const SETTINGS_KEY = 'skjemahjelp:settings';

export interface Settings {
  version: 1;
  /** Rules switched off with «Slå av regelen». */
  disabledRules: string[];
  /** The hint card shown on focus is folded away (the badge stays). */
  hintCollapsed: boolean;
  /** Forms where the hint card is not shown on focus. */
  guidanceOff: ('l40' | 'l1' | 'aev')[];
  /** The problems panel is folded. */
  panelCollapsed: boolean;
}

export const DEFAULT_SETTINGS: Settings = { version: 1, disabledRules: [], hintCollapsed: false, guidanceOff: [], panelCollapsed: true };

const FORMS = new Set(['l40', 'l1', 'aev']);
const CHECKS: { [K in keyof Omit<Settings, 'version'>]: (v: unknown) => boolean } = {
  disabledRules: (v) => Array.isArray(v) && v.length <= 200 && v.every((x) => typeof x === 'string' && x.length <= 80),
  hintCollapsed: (v) => typeof v === 'boolean',
  guidanceOff: (v) => Array.isArray(v) && v.every((x) => typeof x === 'string' && FORMS.has(x)),
  panelCollapsed: (v) => typeof v === 'boolean',
};

/**
 * Reads stored settings. Anything missing or corrupt falls back to the default for that part only, so one bad
 * value never throws away the rest; `problems` names what was repaired (the UI says so once, in Norwegian).
 */
export function parseSettings(raw: unknown): { settings: Settings; problems: string[] } {
  if (raw === undefined || raw === null) return { settings: { ...DEFAULT_SETTINGS }, problems: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { settings: { ...DEFAULT_SETTINGS }, problems: ['settings'] };
  const obj = raw as Record<string, unknown>;
  const out: Settings = { ...DEFAULT_SETTINGS };
  const problems: string[] = [];
  for (const key of Object.keys(CHECKS) as (keyof typeof CHECKS)[]) {
    if (!(key in obj)) continue;
    if (CHECKS[key](obj[key])) (out as unknown as Record<string, unknown>)[key] = obj[key];
    else problems.push(key);
  }
  if (obj.version !== 1) problems.push('version');
  return { settings: out, problems };
}
