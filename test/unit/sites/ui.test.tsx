// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { SitesOptions } from '../../../components/sites/SitesOptions.tsx';
import { Popup } from '../../../components/sites/Popup.tsx';
import { importRules, readState, removeRule, saveTaught, setSiteOff, updateRule, type SitesIo } from '../../../lib/sites/store.ts';
import { buildExport } from '../../../lib/sites/schema.ts';
import type { ManagedSites, SiteRule, SiteStatus, SitesState } from '../../../lib/sites/types.ts';

// (Another file in the same worker may have left its page in the shared document: start from an empty body.)
beforeEach(() => {
  document.body.innerHTML = '';
});
afterEach(() => render(null, document.body));

async function until<T>(fn: () => T, ms = 3000): Promise<NonNullable<T>> {
  const end = Date.now() + ms;
  let v = fn();
  while (!v && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 15));
    v = fn();
  }
  if (!v) throw new Error('timed out');
  return v as NonNullable<T>;
}

function memoryIo(): SitesIo & { value: unknown } {
  const io = { value: undefined as unknown, get: async () => io.value, set: async (s: SitesState) => void (io.value = JSON.parse(JSON.stringify(s))) };
  return io;
}

const managedRule: SiteRule = {
  id: 'r-org1',
  kind: 'page',
  origin: 'https://epj.example.no',
  path: '/*',
  form: 'l40',
  createdAt: '2026-11-30T10:00:00.000Z',
};

describe('options: site rules', () => {
  it('lists own and managed rules, edits and removes own ones, never managed ones, and refuses a bad file', async () => {
    const io = memoryIo();
    await saveTaught(io, {
      kind: 'field',
      origin: 'https://epj.example.no',
      path: '/notat',
      field: 'l40.5.1',
      target: { tag: 'textarea', label: ['f51'], index: 0, count: 2 },
    });
    const managed: ManagedSites = { rules: [managedRule], off: ['https://av.example.no'], disabledRules: ['jargon'] };
    let exported: SiteRule[] = [];
    render(
      <SitesOptions
        load={async () => ({ state: await readState(io), managed })}
        onChange={() => undefined}
        remove={(id) => removeRule(io, id)}
        update={(id, p) => updateRule(io, id, p)}
        importText={(t) => importRules(io, t)}
        exportRules={(r) => (exported = r)}
        setOff={(o, off) => setSiteOff(io, o, off)}
      />,
      document.body,
    );
    await until(() => document.querySelector('[data-sites-table]'));
    const rows = () => [...document.querySelectorAll<HTMLTableRowElement>('[data-sites-table] tbody tr')];
    expect(rows().map((r) => r.getAttribute('data-source'))).toEqual(['managed', 'own']);
    expect(rows()[0]!.querySelectorAll('button')).toHaveLength(0);
    expect(rows()[0]!.textContent).toMatch(/Hele siden er Legeerklæring ved arbeidsuførhet \(L40\).*Virksomheten \(kan ikke endres\)/);
    expect(rows()[1]!.textContent).toMatch(/Feltet er L40 5\.1.*«f51».*felt 1 av 2/);
    expect(document.querySelector('[data-sites-locked-checks]')!.textContent).toMatch(/jargon/);

    // Edit: a new path and «ikke et skjemafelt».
    rows()[1]!.querySelector<HTMLButtonElement>('button')!.click();
    const path = await until(() => document.querySelector<HTMLInputElement>('[data-editing] input'));
    path.value = '/notat/*';
    path.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 20)); // Preact renders the new state before the next event
    const select = document.querySelector<HTMLSelectElement>('[data-editing] select')!;
    select.value = '';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 20));
    [...document.querySelectorAll<HTMLButtonElement>('[data-editing] button')].find((b) => b.textContent === 'Lagre')!.click();
    await until(() => !document.querySelector('[data-editing]') && rows()[1]?.textContent?.includes('Ikke et skjemafelt'));
    expect((await readState(io)).rules[0]).toMatchObject({ path: '/notat/*', field: null });

    // Export hands over own rules only.
    document.querySelector<HTMLButtonElement>('[data-sites-export]')!.click();
    expect(exported.map((r) => r.id)).toEqual([(await readState(io)).rules[0]!.id]);

    // A bad file: error with a line, nothing changed.
    const bad = JSON.stringify(buildExport([{ ...managedRule, id: 'r-x001', form: 'l9' as 'l40' }]), null, 2);
    const input = document.querySelector<HTMLInputElement>('[data-sites-file]')!;
    Object.defineProperty(input, 'files', { configurable: true, value: [new File([bad], 'r.json', { type: 'application/json' })] });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    const status = await until(() => document.querySelector('[data-sites-status="error"]'));
    expect(status.textContent).toMatch(/linje \d+, regel nr\. 1 \(«form»\).*Ingenting er endret/);
    expect((await readState(io)).rules).toHaveLength(1);

    rows()[1]!.querySelector<HTMLButtonElement>('[data-sites-remove]')!.click();
    await until(() => rows().length === 1);
    expect((await readState(io)).rules).toHaveLength(0);
  });
});

describe('action popup', () => {
  const base: SiteStatus = {
    origin: 'https://epj.example.no',
    path: '/pasient/12345/notat',
    form: 'aev',
    single: true,
    fields: 1,
    rulesInForce: 2,
    managedRules: 1,
    off: false,
    offByPolicy: false,
    candidates: 3,
  };
  it('has its heading while the tab is still being asked (the e2e axe run met the popup before the answer)', async () => {
    let answer: ((s: SiteStatus | null) => void) | null = null;
    render(
      <Popup
        status={() => new Promise((r) => (answer = r))}
        setOff={async () => undefined}
        markPage={async () => undefined}
        startPick={async () => undefined}
        openOptions={() => undefined}
      />,
      document.body,
    );
    await until(() => answer);
    expect(document.querySelector('h1')?.textContent).toBe('Skjemahjelp');
    expect(document.querySelector('[role="status"]')?.textContent).toMatch(/Leser siden/);
    answer!(base);
    await until(() => document.querySelector('[data-popup-status]'));
    expect(document.querySelectorAll('h1')).toHaveLength(1);
  });
  it('shows what was recognised and the rules in force; switches the site off; marks the page', async () => {
    const calls: string[] = [];
    render(
      <Popup
        status={async () => base}
        setOff={async (o, off) => void calls.push(`off ${o} ${off}`)}
        markPage={async (r) => void calls.push(`mark ${r.form} ${r.path}`)}
        startPick={async () => void calls.push('pick')}
        openOptions={() => calls.push('options')}
      />,
      document.body,
    );
    const status = await until(() => document.querySelector('[data-popup-status]'));
    expect(status.textContent).toMatch(/Gjenkjent: Arbeidsevnevurdering \(AEV\) · 1 felt \(hele vurderingen i ett felt\)/);
    expect(status.textContent).toMatch(/Sideregler i kraft: 2 \(1 fra virksomheten\)/);
    document.querySelector<HTMLInputElement>('[data-popup-switch]')!.click();
    await until(() => calls.includes('off https://epj.example.no true'));
    const sel = document.querySelector<HTMLSelectElement>('[data-popup-mark-form]')!;
    sel.value = 'l40';
    sel.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => !document.querySelector<HTMLButtonElement>('[data-popup-mark]')!.disabled);
    document.querySelector<HTMLButtonElement>('[data-popup-mark]')!.click();
    await until(() => calls.includes('mark l40 /pasient/*/notat'));
    document.querySelector<HTMLButtonElement>('[data-popup-pick]')!.click();
    await until(() => calls.includes('pick'));
  });
  it('a site the organisation switched off: the switch is locked', async () => {
    render(
      <Popup
        status={async () => ({ ...base, off: true, offByPolicy: true, form: null })}
        setOff={async () => undefined}
        markPage={async () => undefined}
        startPick={async () => undefined}
        openOptions={() => undefined}
      />,
      document.body,
    );
    const sw = await until(() => document.querySelector<HTMLInputElement>('[data-popup-switch]'));
    expect(sw.disabled).toBe(true);
    expect(sw.checked).toBe(false);
    expect(document.querySelector('[data-popup-locked]')).not.toBeNull();
    expect(document.querySelector<HTMLButtonElement>('[data-popup-pick]')!.disabled).toBe(true);
  });
});
