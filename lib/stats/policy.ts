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
