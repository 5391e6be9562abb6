import { describe, expect, it } from 'vitest';
import { sitesGate } from '../../../lib/sites/gate.ts';
import { SiteRules } from '../../../lib/sites/runtime.ts';

/**
 * The recogniser's first look (gate.ts, raw values, no parsing) against SiteRules (parsed, in overlay.js): the
 * same answer about the site being off, and never fewer rules covering a page than SiteRules has in force.
 */
const rule = (over: Record<string, unknown>) => ({
  id: 'r-0001',
  kind: 'field',
  origin: 'https://epj.example.no',
  path: '/journal/*',
  field: 'l40.5.1',
  target: { tag: 'textarea', label: ['funk'], index: 0, count: 3 },
  createdAt: '2026-11-30T10:00:00.000Z',
  ...over,
});

const local = {
  version: 1,
  rules: [
    rule({}),
    { id: 'r-0002', kind: 'page', origin: 'https://epj.example.no', path: '/vedtak', form: 'aev', createdAt: '2026-11-30T10:00:00.000Z' },
    rule({ id: 'r-0003', field: 'l40.finnes.ikke' }), // broken: an unknown field key
    rule({ id: 'r-0004', origin: 'https://*.nav.no', path: '/*' }),
  ],
  off: ['https://av.example.no', 'ikke en adresse', 'HTTPS://STOR.EXAMPLE.NO'],
};
const managed = { siteRules: [rule({ id: 'm-0001', origin: 'https://epj.example.no', path: '/*' })], sitesOff: ['https://*.stengt.no'], disabledRules: [] };

const urls = [
  'https://epj.example.no/journal/12345/l40',
  'https://epj.example.no/vedtak',
  'https://epj.example.no/annet',
  'https://app.nav.no/skjema',
  'https://av.example.no/',
  'https://stor.example.no/',
  'https://x.stengt.no/a',
  'https://ingen.no/',
].map((u) => new URL(u));

describe('sitesGate (the recogniser) agrees with SiteRules (overlay.js)', () => {
  for (const withPolicy of [false, true])
    it(`off here and rules covering the page${withPolicy ? ', with a policy' : ''}`, async () => {
      const sites = await new SiteRules({
        getLocal: async () => local,
        getMirror: async () => (withPolicy ? managed : {}),
        getManaged: async () => ({}),
        onChange() {},
      }).load();
      for (const url of urls) {
        const gate = sitesGate(local, withPolicy ? managed : {}, url);
        const off = sites.offHere(url.origin);
        expect({ url: url.href, off: gate.off, byPolicy: gate.byPolicy }).toEqual({ url: url.href, off: off.off, byPolicy: off.byPolicy });
        const inForce = sites.rulesHere(url).length;
        expect(gate.rules).toBeGreaterThanOrEqual(inForce);
        // Only the broken rule may make the gate count more.
        expect(gate.rules - inForce).toBeLessThanOrEqual(url.pathname.startsWith('/journal/') ? 1 : 0);
      }
    });

  it('nothing stored: not off, no rules', () => {
    expect(sitesGate(undefined, undefined, new URL('https://epj.example.no/'))).toEqual({ off: false, byPolicy: false, rules: 0 });
  });
});
