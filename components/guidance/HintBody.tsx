import { useState } from 'preact/hooks';
import type { FieldGuidance } from '../../lib/guidance/index.ts';
import type { FieldCheck } from '../../lib/dom/checker.ts';

/** The hint card's content: the short hint, «Mer» with what Nav needs, examples and sources, and the score. */
export function HintBody({ guidance, check }: { guidance: FieldGuidance | undefined; check: FieldCheck | undefined }) {
  const [more, setMore] = useState(false);
  const score = check?.text.trim() ? check.result : null;
  return (
    <div class="sh-hint">
      {guidance ? (
        <p class="sh-hint-text" id="sh-card-hint">
          {guidance.hint}
        </p>
      ) : (
        <p class="sh-muted" id="sh-card-hint">
          Ingen veiledning for dette feltet.
        </p>
      )}
      {score && (
        <div class="sh-score" data-sh-score={score.score}>
          <div class="sh-score-row">
            <span>Kvalitet</span>
            <span class="sh-meter" aria-hidden="true">
              <span style={{ width: `${score.score}%` }} />
            </span>
            <strong>{score.score}/100</strong>
          </div>
          <ul class="sh-dims">
            {score.dimensions.map((d) => (
              <li key={d.label} class={d.met ? 'sh-met' : ''} title={d.advice}>
                <span aria-hidden="true">{d.met ? '✓' : '○'}</span> {d.label}
                <span class="sh-sr">{d.met ? ': oppfylt' : ': mangler'}</span>
                {!d.met && <span class="sh-muted"> – {d.advice}</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
      {guidance && (
        <>
          <button type="button" class="sh-link" aria-expanded={more} aria-controls="sh-card-more" onClick={() => setMore(!more)}>
            {more ? 'Mindre' : 'Mer'}
          </button>
          {more && (
            <div class="sh-more" id="sh-card-more">
              <p>{guidance.details}</p>
              {guidance.good && (
                <p>
                  <strong>Godt eksempel:</strong> {guidance.good}
                </p>
              )}
              {guidance.poor && (
                <p>
                  <strong>Svakt eksempel:</strong> {guidance.poor}
                </p>
              )}
              <p class="sh-muted">Kilder: {guidance.sources.map((s) => `${s.label} (${s.ref})`).join('; ')}</p>
            </div>
          )}
        </>
      )}
    </div>
  );
}
