/**
 * The one fixed set of function areas the whole product shares: the checks engine tags statements with
 * them, the yrke catalogue states its demands in them, and the palette compares the two.
 */
export const FUNCTION_AREAS = ['lift', 'mobility', 'sit', 'hands', 'senses', 'cognitive', 'stress', 'social', 'endurance'] as const;

export type FunctionArea = (typeof FUNCTION_AREAS)[number];

export const AREA_LABELS: Record<FunctionArea, string> = {
  lift: 'Løfte/bære',
  mobility: 'Stå/gå/bevege seg',
  sit: 'Sitte',
  hands: 'Arm/hånd/finmotorikk',
  senses: 'Syn/hørsel/tale',
  cognitive: 'Kognitivt (konsentrasjon, hukommelse, tempo)',
  stress: 'Psykisk belastning/stress',
  social: 'Sosialt samspill/kundekontakt',
  endurance: 'Utholdenhet/arbeidstid',
};
