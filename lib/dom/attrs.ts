/** The observable contract: attribute names tests and outside checks rely on. */
export const ATTR_FORM = 'data-skjemahjelp-form';
export const ATTR_FIELD = 'data-skjemahjelp-field';
export const ATTR_ISSUES = 'data-skjemahjelp-issues';
