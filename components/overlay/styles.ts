/** Styles for the shadow root. px only: rem would follow the host page's root font size. */
export const OVERLAY_CSS = `
:host { all: initial; }
.sh-root { position: fixed; inset: 0 auto auto 0; width: 0; height: 0; z-index: 2147483646; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #23262a; }
.sh-badge { position: fixed; display: inline-flex; align-items: center; gap: 6px; height: 22px; padding: 0 8px; border-radius: 11px;
  border: 1px solid #0067c5; background: #fff; color: #00347d; font: 600 12px/20px system-ui, sans-serif; cursor: pointer;
  box-shadow: 0 1px 3px rgba(0,0,0,.18); white-space: nowrap; pointer-events: auto; }
.sh-badge:hover { background: #e6f0ff; }
.sh-badge:focus-visible { outline: 2px solid #0067c5; outline-offset: 2px; }
.sh-badge .sh-dot { width: 8px; height: 8px; border-radius: 50%; background: #0067c5; }
.sh-badge[data-issues]:not([data-issues="0"]) .sh-dot { background: #c77300; }
.sh-card { position: fixed; width: 320px; max-height: 60vh; overflow: auto; background: #fff; border: 1px solid #c6c2bf; border-radius: 8px;
  box-shadow: 0 6px 20px rgba(0,0,0,.18); padding: 10px 12px; pointer-events: auto; box-sizing: border-box; }
.sh-card h2 { font: 600 13px/1.3 system-ui, sans-serif; margin: 0 24px 4px 0; }
.sh-card .sh-key { font: 500 11px/1.2 ui-monospace, monospace; color: #595959; margin-bottom: 8px; }
.sh-card p { margin: 6px 0; }
.sh-card button.sh-link, .sh-hover button.sh-link { border: 0; background: none; color: #0067c5; padding: 0; cursor: pointer; font: inherit; text-decoration: underline; }
.sh-card .sh-muted { color: #595959; font-size: 12px; }
.sh-card input, .sh-card textarea { font: inherit; }
`;

export const CHECKS_CSS = `
.sh-badge .sh-count { background: #c77300; color: #fff; border-radius: 8px; padding: 0 5px; font-size: 11px; line-height: 16px; }
.sh-badge .sh-badge-score { color: #595959; font-weight: 500; font-size: 11px; }
.sh-card-tools { position: absolute; top: 4px; right: 4px; display: flex; gap: 2px; }
.sh-icon { border: 0; background: transparent; font: 16px/1 system-ui, sans-serif; cursor: pointer; padding: 4px 6px; color: #444; border-radius: 4px; }
.sh-icon:hover { background: #f1f1f1; }
.sh-icon:focus-visible, .sh-fix:focus-visible, .sh-secondary:focus-visible, .sh-link:focus-visible, .sh-problem:focus-visible, .sh-check:focus-visible, .sh-panel-head:focus-visible { outline: 2px solid #0067c5; outline-offset: 1px; }
.sh-card h2 { margin-right: 56px; }
.sh-hint-text { margin: 4px 0 6px; }
.sh-score { margin: 6px 0; padding: 6px 8px; background: #f7f7f7; border-radius: 6px; }
.sh-score-row { display: flex; align-items: center; gap: 8px; font-size: 12px; }
.sh-meter { flex: 1; height: 6px; background: #e0e0e0; border-radius: 3px; overflow: hidden; }
.sh-meter span { display: block; height: 100%; background: #0067c5; }
.sh-dims { list-style: none; margin: 6px 0 0; padding: 0; font-size: 12px; }
.sh-dims li { margin: 2px 0; }
.sh-dims li.sh-met { color: #067a34; }
.sh-more p { margin: 6px 0; font-size: 12px; }
.sh-small { font-size: 11px; margin-top: 6px; display: inline-block; }
.sh-underlines { position: fixed; inset: 0 auto auto 0; width: 0; height: 0; pointer-events: none; }
.sh-squiggle { position: fixed; height: 3px; pointer-events: none;
  background-repeat: repeat-x; background-size: 6px 3px; background-position: 0 0; }
.sh-squiggle.sh-error { background-image: linear-gradient(135deg, transparent 45%, #c30000 45%, #c30000 60%, transparent 60%), linear-gradient(45deg, transparent 45%, #c30000 45%, #c30000 60%, transparent 60%); }
.sh-squiggle.sh-warning { background-image: linear-gradient(135deg, transparent 45%, #c77300 45%, #c77300 60%, transparent 60%), linear-gradient(45deg, transparent 45%, #c77300 45%, #c77300 60%, transparent 60%); }
.sh-squiggle.sh-info { border-bottom: 2px dotted #0067c5; height: 0; }
.sh-squiggle.sh-hint { border-bottom: 2px dotted #8a8a8a; height: 0; }
.sh-hover { position: fixed; width: 340px; background: #fff; border: 1px solid #c6c2bf; border-radius: 8px; box-shadow: 0 6px 20px rgba(0,0,0,.2);
  padding: 8px 10px; pointer-events: auto; box-sizing: border-box; z-index: 2; }
.sh-hover .sh-sev { font-size: 11px; font-weight: 600; text-transform: uppercase; letter-spacing: .04em; }
.sh-sev.sh-error { color: #c30000; } .sh-sev.sh-warning { color: #a05a00; } .sh-sev.sh-info { color: #0067c5; } .sh-sev.sh-hint { color: #595959; }
.sh-msg { margin: 4px 0 8px; font-weight: 500; }
.sh-fixes { display: flex; flex-direction: column; gap: 4px; margin-bottom: 6px; }
.sh-fix { text-align: left; border: 1px solid #0067c5; background: #e6f0ff; color: #00347d; border-radius: 4px; padding: 4px 8px; cursor: pointer; font: inherit; }
.sh-fix:hover { background: #cce1ff; }
.sh-why p { margin: 6px 0; font-size: 12px; }
.sh-actions { display: flex; gap: 6px; margin-top: 8px; }
.sh-secondary { border: 1px solid #c6c2bf; background: #fff; border-radius: 4px; padding: 3px 8px; cursor: pointer; font: 12px/1.4 system-ui, sans-serif; color: #23262a; }
.sh-secondary:hover { background: #f1f1f1; }
.sh-panel { position: fixed; right: 12px; bottom: 12px; pointer-events: auto; background: #fff; border: 1px solid #c6c2bf; border-radius: 8px;
  box-shadow: 0 4px 14px rgba(0,0,0,.16); max-width: calc(100vw - 24px); box-sizing: border-box; }
.sh-panel-head { display: flex; align-items: center; gap: 6px; border: 0; background: transparent; padding: 6px 10px; cursor: pointer; font: 600 12px/1.4 system-ui, sans-serif; color: #23262a; width: 100%; }
.sh-panel.sh-open { width: 640px; }
.sh-panel { display: flex; flex-direction: column; }
.sh-panel.sh-dock-top { top: 12px; bottom: auto; }
.sh-panel-body { min-height: 0; display: grid; grid-template-columns: 3fr 2fr; gap: 12px; padding: 0 10px 10px; max-height: 45vh; overflow: auto; }
.sh-panel h3 { font: 600 12px/1.3 system-ui, sans-serif; margin: 6px 0; }
.sh-group { margin-bottom: 8px; }
.sh-group-title { font-size: 12px; font-weight: 600; color: #23262a; margin: 4px 0; }
.sh-panel ul { list-style: none; margin: 0; padding: 0; }
.sh-problem, .sh-check { display: block; width: 100%; text-align: left; border: 0; background: transparent; padding: 3px 4px; cursor: pointer; font: 12px/1.35 system-ui, sans-serif; color: #23262a; border-radius: 4px; }
.sh-problem:hover, .sh-check:hover { background: #f1f1f1; }
.sh-problem.sh-error span:first-child { color: #c30000; } .sh-problem.sh-warning span:first-child { color: #c77300; }
.sh-checklist li[data-done="true"] .sh-check { color: #067a34; }
.sh-notice { position: fixed; left: 50%; transform: translateX(-50%); bottom: 60px; background: #23262a; color: #fff; padding: 8px 12px; border-radius: 6px; pointer-events: auto; display: flex; gap: 8px; align-items: center; }
.sh-notice .sh-icon { color: #fff; }
.sh-sr { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0; }
.sh-sep { height: 1px; border: 0; background: #c6c2bf; margin: 2px 0; }
.sh-hover .sh-fixes .sh-secondary { text-align: left; }
.sh-problems, .sh-problems ul { list-style: none; margin: 0; padding: 0; }
.sh-group-title { display: block; }
.sh-keys { margin-top: 8px; }
.sh-card:focus { outline: none; }
.sh-card:focus-visible, .sh-hover:focus-visible { outline: 2px solid #0067c5; outline-offset: 2px; }
.sh-fix[role="menuitem"]:focus-visible, .sh-secondary[role="menuitem"]:focus-visible { outline: 2px solid #0067c5; outline-offset: 1px; background: #cce1ff; }
/* Motion only for those who have not asked for less: the cards fade in, nothing else moves. */
@media (prefers-reduced-motion: no-preference) {
  .sh-card, .sh-hover { animation: sh-fade 120ms ease-out; }
  @keyframes sh-fade { from { opacity: 0; } to { opacity: 1; } }
}
/* More contrast on request: solid black text and borders, no faint greys, thicker focus rings. */
@media (prefers-contrast: more) {
  .sh-root, .sh-card, .sh-hover, .sh-panel, .sh-panel-head, .sh-problem, .sh-check, .sh-secondary { color: #000; }
  .sh-card .sh-muted, .sh-muted, .sh-badge .sh-badge-score, .sh-sev.sh-hint { color: #222; }
  .sh-badge, .sh-card, .sh-hover, .sh-panel, .sh-secondary, .sh-fix { border-color: #000; border-width: 2px; }
  .sh-badge { color: #000; }
  .sh-dims li.sh-met, .sh-checklist li[data-done="true"] .sh-check { color: #004d1f; }
  .sh-squiggle.sh-warning, .sh-squiggle.sh-error { height: 4px; }
  .sh-icon:focus-visible, .sh-fix:focus-visible, .sh-secondary:focus-visible, .sh-link:focus-visible, .sh-problem:focus-visible, .sh-check:focus-visible,
  .sh-panel-head:focus-visible, .sh-badge:focus-visible, .sh-card:focus-visible { outline: 3px solid #000; outline-offset: 2px; }
}
/* Windows high contrast (forced colours): the browser repaints colours with the user's system colours; what
   carries meaning without colour is kept — borders around every card, and underlines that stay visible
   (gradient images are dropped in forced colours, so the squiggle becomes a dotted border in Highlight). */
@media (forced-colors: active) {
  .sh-badge, .sh-card, .sh-hover, .sh-panel, .sh-notice, .sh-fix, .sh-secondary { border: 1px solid CanvasText; }
  .sh-badge .sh-dot, .sh-panel .sh-dot { forced-color-adjust: none; background: CanvasText; }
  .sh-squiggle, .sh-squiggle.sh-error, .sh-squiggle.sh-warning, .sh-squiggle.sh-info, .sh-squiggle.sh-hint {
    forced-color-adjust: none; background: none; height: 0; border-bottom: 3px dotted Highlight; }
  .sh-squiggle.sh-info, .sh-squiggle.sh-hint { border-bottom-style: dashed; border-bottom-width: 2px; }
  .sh-meter { border: 1px solid CanvasText; }
  .sh-meter span { forced-color-adjust: none; background: CanvasText; }
  .sh-sep { background: CanvasText; }
  .sh-icon:focus-visible, .sh-fix:focus-visible, .sh-secondary:focus-visible, .sh-link:focus-visible, .sh-problem:focus-visible, .sh-check:focus-visible,
  .sh-panel-head:focus-visible, .sh-badge:focus-visible, .sh-card:focus-visible { outline: 2px solid Highlight; }
}
`;
