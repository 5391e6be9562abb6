/**
 * Site rules: what a user (or the organisation) taught the extension about a page it did not know, or got wrong,
 * and where the extension is switched off. Types and constants only: the content script imports this file.
 *
 * A rule never holds text typed into a field: only what the page itself shows about the field (its label words,
 * name/id/aria attributes, position among the page's text fields).
 */
import type { FormId } from '../forms/schema.ts';

/** browser.storage.local key of the user's own site rules and switched-off sites. */
export const SITES_KEY = 'skjemahjelp:sites';
/**
 * browser.storage.local key of a copy of the managed policy's site presets, kept by the background: one quick read
 * for the content script on every page (Chromium answers storage.managed itself only once policies are loaded).
 */
export const MANAGED_MIRROR_KEY = 'skjemahjelp:managed-sites';
/** The exported file's format name. */
export const SITES_FORMAT = 'skjemahjelp-sideregler';

export const MAX_RULES = 2000;
export const MAX_LABEL_WORDS = 16;

/** How a taught field is found again after reload or re-render: what the page shows about it. */
export interface FieldDescriptor {
  /** 'textarea', 'input' or 'editable' (contenteditable / role=textbox). */
  tag: 'textarea' | 'input' | 'editable';
  /** Folded words of its label, accessible name, placeholder or caption (never its value). */
  label: string[];
  /** name attribute, when the page sets one. */
  name?: string;
  /** id attribute, when it does not look generated. */
  id?: string;
  /** Position among the page's text fields (0-based), and how many there were. */
  index: number;
  count: number;
}

export type SiteRule =
  | {
      id: string;
      kind: 'field';
      /** "https://epj.example.no"; "https://*.example.no" for every subdomain. */
      origin: string;
      /** Path pattern: "/" and "*" (any characters), e.g. "/journal/*". */
      path: string;
      /** The form field ("l40.5.1"), or null: the element is not a form field. */
      field: string | null;
      target: FieldDescriptor;
      createdAt: string;
    }
  | {
      id: string;
      kind: 'page';
      origin: string;
      path: string;
      /** The whole page is this form. */
      form: FormId;
      createdAt: string;
    };

export type RuleSource = 'own' | 'imported' | 'managed';

/** A rule as the product uses it: where it came from decides whether the user may change it. */
export type LiveRule = SiteRule & { source: RuleSource };

/** What browser.storage.local holds under SITES_KEY. */
export interface SitesState {
  version: 1;
  rules: (SiteRule & { source: 'own' | 'imported' })[];
  /** Origins where the user switched the extension off. */
  off: string[];
}

/** The organisation's presets from the managed policy (public/managed-schema.json). */
export interface ManagedSites {
  rules: SiteRule[];
  /** Origins (or patterns like "https://*.example.no") where the extension is off and cannot be switched on. */
  off: string[];
  /** Check rules switched off for everyone. */
  disabledRules: string[];
}

export const EMPTY_STATE: SitesState = { version: 1, rules: [], off: [] };
export const EMPTY_MANAGED: ManagedSites = { rules: [], off: [], disabledRules: [] };

/** The exported file (version 1). */
export interface SitesFile {
  format: typeof SITES_FORMAT;
  version: 1;
  exportedAt: string;
  rules: SiteRule[];
}

/** What a page asks the background to store after the user pointed at a field or marked the page. */
export type TaughtRule =
  | { kind: 'field'; origin: string; path: string; field: string | null; target: FieldDescriptor }
  | { kind: 'page'; origin: string; path: string; form: FormId };

/** What a page reports to the action popup. */
export interface SiteStatus {
  origin: string;
  path: string;
  /** The recognised form, or null. */
  form: FormId | null;
  /** The whole form is written in one field (an AEV in a § 14 a «Begrunnelse»). */
  single: boolean;
  /** Recognised fields. */
  fields: number;
  /** Site rules that apply to this page (own, imported and the organisation's). */
  rulesInForce: number;
  /** Of those, rules from the organisation's policy. */
  managedRules: number;
  /** The extension is switched off here; `offByPolicy`: by the organisation, so the user cannot switch it on. */
  off: boolean;
  offByPolicy: boolean;
  /** Text fields on the page (what «Pek ut felt» can point at). */
  candidates: number;
}
