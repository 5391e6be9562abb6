import { FORM_IDS } from '../../lib/forms/schema.ts';
import { FORM_LABELS } from '../../lib/stats/schema.ts';
import type { DashboardModel } from '../../lib/stats/dashboard.ts';
import { RULES } from '../../lib/checks/rules/index.ts';
import { BarChart, DataTable, Figure, LineChart, RateChart } from './charts.tsx';

const RULE_TEXT = new Map(RULES.map((r) => [r.id, r.message]));
const pct = (r: number | null) => (r === null ? '–' : `${Math.round(r * 100)} %`);
const num = (n: number | null) => (n === null ? '–' : n.toLocaleString('nb-NO', { maximumFractionDigits: 1 }));

function Tile({ label, value }: { label: string; value: string }) {
  return (
    <div class="tile">
      <div class="tile-value">{value}</div>
      <div class="tile-label">{label}</div>
    </div>
  );
}

/** The dashboard itself: pure rendering of a model (lib/stats/dashboard.ts), so the bench can time it. */
export function Dashboard({ model }: { model: DashboardModel }) {
  const { weeks, totals, rules } = model;
  // Week numbers under the axis; the year under the first week and where a new year starts.
  const labels = weeks.map((w, i) => ({
    text: String(Number(w.week.slice(6))),
    sub: i === 0 || w.week.slice(0, 4) !== weeks[i - 1]!.week.slice(0, 4) ? w.week.slice(0, 4) : undefined,
  }));
  const resolvedRate = totals.problemsShown > 0 ? Math.min(1, totals.problemsResolved / totals.problemsShown) : null;
  if (model.rowCount === 0)
    return (
      <p class="empty" role="status">
        Ingen statistikk i denne perioden ennå.
      </p>
    );
  return (
    <div class="dashboard">
      <div class="tiles" role="list" aria-label="Sammendrag for perioden">
        <div role="listitem">
          <Tile label="skjemaer med hjelp" value={num(totals.forms)} />
        </div>
        <div role="listitem">
          <Tile label="felt med hjelp" value={num(totals.fieldsAssisted)} />
        </div>
        <div role="listitem">
          <Tile label="problemer vist" value={num(totals.problemsShown)} />
        </div>
        <div role="listitem">
          <Tile label="rettet etter endring" value={pct(resolvedRate)} />
        </div>
        <div role="listitem">
          <Tile label="snittpoeng når feltet forlates" value={num(totals.meanScore)} />
        </div>
        <div role="listitem">
          <Tile label="yrker satt inn" value={num(totals.yrkeInserted)} />
        </div>
      </div>

      <Figure
        id="forms"
        title="Skjemaer med hjelp per uke"
        summary={`${totals.forms} skjemaer gjenkjent i perioden, fordelt på ${weeks.length} uker.`}
        table={
          <DataTable
            caption="Skjemaer med hjelp per uke"
            head={['Uke', ...FORM_IDS.map((f) => FORM_LABELS[f]), 'Sum']}
            rows={weeks.map((w) => [w.label, ...FORM_IDS.map((f) => w.forms[f]), FORM_IDS.reduce((s, f) => s + w.forms[f], 0)])}
          />
        }
      >
        <BarChart labels={labels} stacked series={FORM_IDS.map((f) => ({ name: FORM_LABELS[f], values: weeks.map((w) => w.forms[f]) }))} />
      </Figure>

      <Figure
        id="problems"
        title="Problemer vist og rettet per uke"
        summary={`${totals.problemsShown} problemer vist, ${totals.problemsResolved} rettet etter en endring, ${totals.fixesApplied} med hurtigretting.`}
        table={
          <DataTable
            caption="Problemer vist og rettet per uke"
            head={['Uke', 'Vist', 'Rettet', 'Hurtigretting brukt']}
            rows={weeks.map((w) => [w.label, w.problemsShown, w.problemsResolved, w.fixesApplied])}
          />
        }
      >
        <BarChart
          labels={labels}
          series={[
            { name: 'Vist', values: weeks.map((w) => w.problemsShown) },
            { name: 'Rettet', values: weeks.map((w) => w.problemsResolved) },
            { name: 'Hurtigretting brukt', values: weeks.map((w) => w.fixesApplied) },
          ]}
        />
      </Figure>

      <Figure
        id="rules"
        title="Andel rettet per regel"
        summary={rules.length ? rules.map((r) => `${r.rule}: ${pct(r.rate)}`).join(', ') : 'Ingen problemer vist i perioden.'}
        table={
          <DataTable
            caption="Andel rettet per regel"
            head={['Regel', 'Hva regelen ser etter', 'Vist', 'Rettet', 'Hurtigretting', 'Andel rettet']}
            rows={rules.map((r) => [r.rule, RULE_TEXT.get(r.rule) ?? '', r.shown, r.resolved, r.fixes, pct(r.rate)])}
          />
        }
      >
        <RateChart rows={rules.map((r) => ({ label: r.rule, rate: r.rate, note: `(${r.resolved} av ${r.shown})` }))} />
      </Figure>

      <Figure
        id="score"
        title="Snittpoeng når feltet forlates, per skjema"
        summary={`Snitt for perioden: ${num(totals.meanScore)} av 100. Poengsummen lagres bare i intervaller på ti.`}
        table={
          <DataTable
            caption="Snittpoeng når feltet forlates (0–100)"
            head={['Uke', ...FORM_IDS.map((f) => FORM_LABELS[f])]}
            rows={weeks.map((w) => [w.label, ...FORM_IDS.map((f) => num(w.score[f]))])}
          />
        }
      >
        <LineChart labels={labels} series={FORM_IDS.map((f) => ({ name: FORM_LABELS[f], values: weeks.map((w) => w.score[f]) }))} />
      </Figure>

      <Figure
        id="yrke"
        title="Yrkesoppslag og innsettinger per uke"
        summary={`${totals.yrkeSearched} søk og ${totals.yrkeInserted} yrker satt inn i perioden.`}
        table={
          <DataTable
            caption="Yrkesoppslag og innsettinger per uke"
            head={['Uke', 'Søk', 'Satt inn']}
            rows={weeks.map((w) => [w.label, w.yrkeSearched, w.yrkeInserted])}
          />
        }
      >
        <BarChart
          labels={labels}
          series={[
            { name: 'Søk', values: weeks.map((w) => w.yrkeSearched) },
            { name: 'Satt inn', values: weeks.map((w) => w.yrkeInserted) },
          ]}
        />
      </Figure>
    </div>
  );
}
