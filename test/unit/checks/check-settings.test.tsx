// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { CheckSettings } from '../../../components/checks/CheckSettings.tsx';
import { RULES } from '../../../lib/checks/rules/index.ts';
import { parseSettings, type Settings } from '../../../lib/settings/parse.ts';

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

/** A storage.local stand-in with change listeners, like the browser's. */
function store(initial: unknown) {
  let raw = initial;
  const listeners = new Set<() => void>();
  const writes: Settings[] = [];
  return {
    writes,
    get: () => raw,
    /** Another page writes (e.g. «Slå av regelen» in a form). */
    external(next: unknown) {
      raw = next;
      for (const l of listeners) l();
    },
    props: {
      rules: RULES,
      load: async () => raw,
      save: async (s: Settings) => {
        writes.push(s);
        raw = s;
      },
      onChange: (fn: () => void) => {
        listeners.add(fn);
        return () => listeners.delete(fn);
      },
      locked: async () => ['jargon'],
    },
  };
}

const message = (id: string) => RULES.find((r) => r.id === id)!.message;

describe('options.html: checks and hint cards', () => {
  it('lists the rules switched off in a page with their message, switches one back on, then all', async () => {
    const s = store({ version: 1, disabledRules: ['vague-quantity', 'no-duration', 'too-short'], hintCollapsed: false, guidanceOff: [], panelCollapsed: true });
    render(<CheckSettings {...s.props} />, document.body);
    await until(() => document.querySelector('[data-checks-off]'));
    const items = [...document.querySelectorAll('[data-checks-off] li')];
    expect(items.map((li) => li.getAttribute('data-rule'))).toEqual(['vague-quantity', 'no-duration', 'too-short']);
    expect(items[1]!.textContent).toContain(message('no-duration'));
    // The organisation's rules are named, not switchable.
    expect(document.querySelector('[data-checks-locked]')!.textContent).toContain(message('jargon'));
    expect(document.querySelector('[data-checks-off] [data-rule="jargon"]')).toBeNull();

    (items[1]!.querySelector('button') as HTMLButtonElement).click();
    await until(() => s.writes.length === 1);
    expect((s.get() as Settings).disabledRules).toEqual(['vague-quantity', 'too-short']);
    await until(() => !document.querySelector('[data-rule="no-duration"]'));
    expect(document.querySelector('[data-checks-status]')!.textContent).toMatch(/slått på igjen/);

    document.querySelector<HTMLButtonElement>('[data-checks-all-on]')!.click();
    await until(() => document.querySelector('[data-checks-none]'));
    expect((s.get() as Settings).disabledRules).toEqual([]);
    // Nothing else in the settings changed.
    expect(parseSettings(s.get()).settings.panelCollapsed).toBe(true);
  });

  it('follows a rule switched off in another tab while the page is open', async () => {
    const s = store(undefined);
    render(<CheckSettings {...s.props} />, document.body);
    await until(() => document.querySelector('[data-checks-none]'));
    s.external({ version: 1, disabledRules: ['reference'], hintCollapsed: false, guidanceOff: [], panelCollapsed: true });
    await until(() => document.querySelector('[data-rule="reference"]'));
    expect(s.writes).toHaveLength(0);
  });

  it('hint card per form: unticking a form stores it in guidanceOff, ticking removes it', async () => {
    const s = store({ version: 1, disabledRules: [], hintCollapsed: false, guidanceOff: ['aev'], panelCollapsed: false });
    render(<CheckSettings {...s.props} />, document.body);
    const box = (f: string) => document.querySelector<HTMLInputElement>(`[data-guidance-form="${f}"]`)!;
    await until(() => box('l40'));
    expect([box('l40').checked, box('l1').checked, box('aev').checked]).toEqual([true, true, false]);
    box('l1').click();
    await until(() => s.writes.length === 1);
    expect((s.get() as Settings).guidanceOff.sort()).toEqual(['aev', 'l1']);
    box('aev').click();
    await until(() => s.writes.length === 2);
    expect((s.get() as Settings).guidanceOff).toEqual(['l1']);
  });

  it('corrupt stored settings: says so in Norwegian, repairs them once, keeps what was valid', async () => {
    const s = store({ version: 1, disabledRules: 'alle', hintCollapsed: 7, guidanceOff: ['l40'], panelCollapsed: true });
    render(<CheckSettings {...s.props} />, document.body);
    await until(() => document.querySelector('[data-checks-status="error"]'));
    expect(document.querySelector('[data-checks-status]')!.textContent).toMatch(/ugyldige.*satt tilbake/);
    expect(s.writes).toHaveLength(1);
    expect(parseSettings(s.get()).problems).toEqual([]);
    expect((s.get() as Settings).guidanceOff).toEqual(['l40']);
  });

  it('a failed save says so and shows what is really stored', async () => {
    const s = store({ version: 1, disabledRules: ['reference'], hintCollapsed: false, guidanceOff: [], panelCollapsed: true });
    render(
      <CheckSettings
        {...s.props}
        save={async () => {
          throw new Error('quota');
        }}
      />,
      document.body,
    );
    await until(() => document.querySelector('[data-rule="reference"] button'));
    document.querySelector<HTMLButtonElement>('[data-rule="reference"] button')!.click();
    await until(() => document.querySelector('[data-checks-status="error"]'));
    expect(document.querySelector('[data-checks-status]')!.textContent).toMatch(/kunne ikke lagres/);
    await until(() => document.querySelector('[data-rule="reference"]'));
  });
});
