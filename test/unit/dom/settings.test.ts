import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings } from '../../../lib/settings/parse.ts';
import { SettingsSchema } from '../../../lib/settings/schema.ts';

describe('parseSettings', () => {
  it('returns defaults for nothing stored', () => {
    expect(parseSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });
  it('keeps valid parts of a corrupt object and reports the broken ones', () => {
    const r = parseSettings({ version: 1, disabledRules: ['vague-quantity'], hintCollapsed: 'yes', guidanceOff: ['l40', 'xx'], panelCollapsed: false });
    expect(r.settings).toEqual({ ...DEFAULT_SETTINGS, disabledRules: ['vague-quantity'], panelCollapsed: false });
    expect(r.problems.sort()).toEqual(['guidanceOff', 'hintCollapsed']);
  });
  it('survives a non-object', () => {
    expect(parseSettings('garbage').settings).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('garbage').problems).toContain('settings');
  });
  it('agrees with the zod reference schema on valid and invalid inputs', () => {
    const inputs: unknown[] = [
      DEFAULT_SETTINGS,
      { ...DEFAULT_SETTINGS, disabledRules: ['jargon', 'too-short'], guidanceOff: ['aev'] },
      { ...DEFAULT_SETTINGS, disabledRules: ['x'.repeat(81)] },
      { ...DEFAULT_SETTINGS, guidanceOff: ['l2'] },
      { ...DEFAULT_SETTINGS, version: 2 },
      { ...DEFAULT_SETTINGS, panelCollapsed: 1 },
      { ...DEFAULT_SETTINGS, disabledRules: Array.from({ length: 201 }, (_, i) => `r${i}`) },
    ];
    for (const input of inputs) {
      const zodOk = SettingsSchema.safeParse(input).success;
      expect(parseSettings(input).problems.length === 0, JSON.stringify(input).slice(0, 80)).toBe(zodOk);
      if (zodOk) expect(parseSettings(input).settings).toEqual(input);
    }
  });
});
