/**
 * Fields the extension never touches, whatever their labels say: no field id, no checks, no underline, no
 * insert, no statistics. The page (or the EPJ vendor) decides; the extension's own opt-out is
 * `data-skjemahjelp="off"` on the field or on any element around it (up to <html> for a whole page).
 *
 * - Secrets and payment: `type="password"`, `autocomplete` tokens `current-password`, `new-password`,
 *   `one-time-code`, `webauthn` and every `cc-*` (with or without a section/billing/shipping prefix), and
 *   name/id words that mean the same (password, passord, otp, engangskode, cvc/cvv, card/kort number).
 * - Hidden from the user by the field's own markup: `hidden`, `aria-hidden="true"`, `inert` on the element
 *   itself (e.g. Aksel's auto-resize copy of every Textarea, honeypots). When a page hides a whole region for a
 *   while — a dialog sets aria-hidden/inert on everything behind it — the fields there stay recognised so no
 *   work is lost; they cannot be typed in meanwhile.
 *
 * Not opt-outs for this extension (documented in README, «Felt som aldri røres»): `spellcheck="false"` (EPJs set
 * it on medical fields; the checks are the point there), other tools' switches such as Grammarly's
 * `data-gramm="false"` / `data-gramm_editor="false"` / `data-enable-grammarly="false"` and LanguageTool's
 * `data-lt-active="false"` (they turn off those tools, which change the editor's DOM; Skjemahjelp does not),
 * `autocomplete="off"` and `translate="no"`.
 */

export const OPT_OUT_ATTR = 'data-skjemahjelp';
export const OPT_OUT_VALUE = 'off';

const SECRET_TOKENS = new Set(['current-password', 'new-password', 'one-time-code', 'webauthn']);
const SECRET_NAME =
  /(^|[^a-z])(password|passwd|passord|pwd|otp|one-?time|engangskode|cvc|cvv|csc|card-?number|cardnumber|kortnummer|ccnum|cc-?number)([^a-z]|$)/i;

/** `autocomplete` asks for a secret or payment detail (tokens may carry section-/billing/shipping prefixes). */
export function isSecretAutocomplete(value: string | null): boolean {
  if (!value) return false;
  return value
    .toLowerCase()
    .split(/\s+/)
    .some((t) => SECRET_TOKENS.has(t) || t.startsWith('cc-'));
}

/** A password, payment or one-time-code field, by type, autocomplete or its name/id. */
export function isSecretField(el: Element): boolean {
  if (el.localName === 'input' && (el.getAttribute('type') ?? '').toLowerCase() === 'password') return true;
  if (isSecretAutocomplete(el.getAttribute('autocomplete'))) return true;
  return SECRET_NAME.test(`${el.getAttribute('name') ?? ''} ${el.id}`);
}

/** Hidden from the user by its own markup (not by a region the page hides for a moment). */
export function isHiddenByOwnMarkup(el: Element): boolean {
  return el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('inert');
}

/** The page opted this element out with data-skjemahjelp="off" on it or around it, also across shadow roots. */
export function isOptedOut(el: Element): boolean {
  for (let n: Element | null = el; n; ) {
    if (n.getAttribute(OPT_OUT_ATTR)?.trim().toLowerCase() === OPT_OUT_VALUE) return true;
    const up: Element | null = n.parentElement;
    if (up) n = up;
    else {
      const root = n.getRootNode() as ShadowRoot | Document;
      n = 'host' in root ? root.host : null;
    }
  }
  return false;
}

/** Never a field: a secret, opted out, or hidden by its own markup. */
export function isProtectedField(el: Element): boolean {
  return isSecretField(el) || isHiddenByOwnMarkup(el) || isOptedOut(el);
}
