/**
 * The organisation's managed policy (browser.storage.managed, described by public/managed-schema.json): it can
 * preset the team label and turn statistics off. A policy value wins over the user's setting and is shown as
 * locked on stats.html.
 */
import { z } from 'zod';
import { TeamLabelSchema } from './transfer.ts';
import type { Settings } from './db.ts';

export const PolicySchema = z.object({
  teamLabel: TeamLabelSchema.optional().catch(undefined),
  statisticsEnabled: z.boolean().optional().catch(undefined),
});
export type Policy = z.infer<typeof PolicySchema>;

/**
 * Reads the policy; no policy (or a browser without managed storage, e.g. Firefox without policies.json, which
 * rejects the call) is an empty policy.
 */
export async function readPolicy(get: () => Promise<Record<string, unknown>>): Promise<Policy> {
  try {
    const parsed = PolicySchema.safeParse(await get());
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

export interface Effective extends Settings {
  lockedEnabled: boolean;
  lockedTeamLabel: boolean;
}

/** The organisation can only switch statistics off, never force them on against the user's choice. */
export function effectiveSettings(s: Settings, p: Policy): Effective {
  const off = p.statisticsEnabled === false;
  return {
    ...s,
    enabled: off ? false : s.enabled,
    lockedEnabled: off,
    teamLabel: p.teamLabel ?? s.teamLabel,
    lockedTeamLabel: p.teamLabel !== undefined,
  };
}

export const POLICY_CACHE_KEY = 'skjemahjelp:policy-cache';

export interface PolicySource {
  /** browser.storage.managed.get */
  managed(): Promise<Record<string, unknown>>;
  /** The last policy that could be read (browser.storage.local), for when the managed area does not answer. */
  readCache(): Promise<unknown>;
  writeCache(p: Policy): Promise<void>;
}

/**
 * The policy to apply now, or null when it is not known: Chromium's `storage.managed.get()` can stay
 * unanswered for a long time after the service worker starts (seen on every run of an e2e test). Waits at
 * most `ms`; then falls back to the last policy read, and without one answers null so the caller keeps the
 * data and tries again — storing statistics the organisation may have switched off is not an option.
 */
export async function readPolicyWithin(src: PolicySource, ms = 2000): Promise<Policy | null> {
  const timeout = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), ms));
  const got = await Promise.race([readPolicy(() => src.managed()), timeout]);
  if (got !== 'timeout') {
    await src.writeCache(got).catch(() => undefined);
    return got;
  }
  const cached = PolicySchema.safeParse(await src.readCache().catch(() => undefined));
  return cached.success && cached.data ? cached.data : null;
}
