// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { StatsApp } from '../../../components/stats/StatsApp.tsx';
import { StatsDb, recordEvents } from '../../../lib/stats/db.ts';

const dbs: StatsDb[] = [];
let n = 0;
afterEach(async () => {
  render(null, document.body);
  for (const db of dbs.splice(0)) await db.delete();
});

async function mount(policy: Record<string, unknown>) {
  const db = new StatsDb(`app-${n++}`);
  dbs.push(db);
  await recordEvents(
    db,
    [
      { kind: 'form_recognised', form: 'l40' },
      { kind: 'problem_shown', form: 'l40', field: 'l40.5.1', rule: 'jargon' },
    ],
    '2026-11-24',
  );
  render(<StatsApp db={db} getPolicy={async () => policy} today={() => '2026-11-24'} />, document.body);
  const end = Date.now() + 3000;
  while (!document.querySelector('.dashboard') && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
  return db;
}

const buttonNames = () => [...document.querySelectorAll('button')].map((b) => b.getAttribute('aria-label') ?? b.textContent?.trim());

describe('stats.html', () => {
  it('has the three buttons by name and shows the counts', async () => {
    await mount({});
    expect(buttonNames()).toEqual(expect.arrayContaining(['Eksporter CSV', 'Eksporter JSON', 'Importer']));
    expect(document.querySelector('.tiles')!.textContent).toMatch(/1skjemaer med hjelp/);
    expect(document.querySelectorAll('svg[focusable="false"]').length).toBe(5);
    const box = document.querySelector<HTMLInputElement>('input[type=checkbox]')!;
    expect(box.checked && !box.disabled).toBe(true);
  });

  it("shows the organisation's policy as locked", async () => {
    await mount({ statisticsEnabled: false, teamLabel: 'Nav Grünerløkka' });
    const box = document.querySelector<HTMLInputElement>('input[type=checkbox]')!;
    expect(box.checked).toBe(false);
    expect(box.disabled).toBe(true);
    expect(document.body.textContent).toMatch(/Statistikk er slått av av virksomheten din/);
    const label = document.querySelector<HTMLInputElement>('input[type=text]')!;
    expect(label.value).toBe('Nav Grünerløkka');
    expect(label.disabled).toBe(true);
    expect(buttonNames()).not.toContain('Lagre teametikett');
  });
});
