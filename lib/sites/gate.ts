/**
 * The first look at the site rules for the recogniser on every page, from the raw stored values and without
 * parsing the rules: is the extension switched off here, and does any rule cover this page? Parsing the rules
 * (parse.ts) needs the form definitions, which only overlay.js carries; SiteRules (runtime.ts) does that there.
 *
 * `off` is exactly SiteRules.offHere(); `rules` counts every rule-shaped entry whose origin and path cover the
 * page, broken ones included (an upper bound of SiteRules.rulesHere(): a broken rule only costs the page its
 * cheap gates).
 */
import { isOff, originMatches, pathMatches } from './match.ts';
import { ORIGIN_RE } from './parse.ts';

export interface SitesGate {
  off: boolean;
  byPolicy: boolean;
  /** Rules (own, imported, the organisation's) that may cover this page. */
  rules: number;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function origins(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((o): o is string => typeof o === 'string' && ORIGIN_RE.test(o)) : [];
}

function covering(v: unknown, url: { origin: string; pathname: string }): number {
  if (!Array.isArray(v)) return 0;
  let n = 0;
  for (const r of v)
    if (isObj(r) && typeof r.origin === 'string' && typeof r.path === 'string' && originMatches(r.origin, url.origin) && pathMatches(r.path, url.pathname)) n++;
  return n;
}

/** `local`: storage.local under SITES_KEY; `managed`: the policy (its copy under MANAGED_MIRROR_KEY, or storage.managed). */
export function sitesGate(local: unknown, managed: unknown, url: { origin: string; pathname: string }): SitesGate {
  const own = isObj(local) ? local : {};
  const policy = isObj(managed) ? managed : {};
  const byPolicy = isOff(origins(policy.sitesOff), url.origin);
  return {
    off: byPolicy || isOff(origins(own.off), url.origin),
    byPolicy,
    rules: covering(own.rules, url) + covering(policy.siteRules, url),
  };
}
