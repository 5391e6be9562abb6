import { z } from 'zod';

/**
 * zod schema of the user's settings — the reference the hand-written parser in parse.ts is tested against
 * (the content script does not carry zod; it runs on every page).
 */
export const SettingsSchema = z.object({
  version: z.literal(1),
  disabledRules: z.array(z.string().max(80)).max(200),
  hintCollapsed: z.boolean(),
  guidanceOff: z.array(z.enum(['l40', 'l1', 'aev'])),
  panelCollapsed: z.boolean(),
});
