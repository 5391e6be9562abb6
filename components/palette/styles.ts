/** Palette styles for its own shadow root. px only: rem would follow the host page's root font size. */
export const PALETTE_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.pl-backdrop { position: fixed; inset: 0; z-index: 2147483647; background: rgba(20,24,30,.35); display: flex; justify-content: center; align-items: flex-start; padding-top: 8vh;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #23262a; }
.pl-dialog { width: min(880px, 94vw); max-height: 82vh; display: flex; flex-direction: column; background: #fff; border-radius: 10px; border: 1px solid #c6c2bf;
  box-shadow: 0 12px 40px rgba(0,0,0,.3); overflow: hidden; }
.pl-head { display: flex; align-items: baseline; gap: 12px; padding: 10px 14px 4px; }
.pl-head h2 { font: 600 15px/1.3 system-ui, sans-serif; margin: 0; }
.pl-keys { color: #595959; font-size: 11px; }
.pl-search { margin: 4px 14px 8px; padding: 8px 10px; font: 15px/1.3 system-ui, sans-serif; border: 2px solid #0067c5; border-radius: 6px; outline: none; color: #23262a; background: #fff; }
.pl-body { display: flex; min-height: 300px; flex: 1; overflow: hidden; border-top: 1px solid #e0e0e0; }
.pl-list { width: 300px; flex: none; overflow: auto; margin: 0; padding: 4px 0; list-style: none; border-right: 1px solid #e0e0e0; outline: none; }
.pl-list:focus-visible { box-shadow: inset 0 0 0 2px #0067c5; }
.pl-opt { padding: 6px 12px; cursor: pointer; border-left: 3px solid transparent; }
.pl-opt[aria-selected="true"] { background: #e6f0ff; border-left-color: #0067c5; }
.pl-opt .pl-t { font-weight: 600; }
.pl-opt .pl-c { color: #595959; font: 11px/1.3 ui-monospace, monospace; margin-left: 6px; }
.pl-opt .pl-m { display: block; color: #595959; font-size: 11px; }
.pl-opt .pl-own { color: #5a3d99; font-size: 11px; margin-left: 6px; }
.pl-empty { padding: 12px; color: #595959; }
.pl-preview { flex: 1; overflow: auto; padding: 10px 14px; outline: none; }
.pl-preview:focus-visible { box-shadow: inset 0 0 0 2px #0067c5; }
.pl-preview h3 { font: 600 15px/1.3 system-ui, sans-serif; margin: 0 0 2px; }
.pl-preview h4 { font: 600 12px/1.3 system-ui, sans-serif; margin: 12px 0 4px; text-transform: uppercase; letter-spacing: .03em; color: #3e3832; }
.pl-preview p { margin: 4px 0; }
.pl-preview ul { margin: 2px 0; padding-left: 18px; }
.pl-sub { color: #595959; font-size: 12px; }
.pl-note-missing { color: #a05a00; font-size: 12px; }
.pl-areas { list-style: none; padding: 0 !important; margin: 0; display: grid; gap: 2px; }
.pl-area { position: relative; display: grid; grid-template-columns: 150px 66px 70px 1fr; align-items: center; gap: 8px; padding: 3px 4px; border-radius: 4px; outline: none; }
.pl-area:hover, .pl-area:focus { background: #f4f4f4; }
.pl-area:focus-visible { box-shadow: 0 0 0 2px #0067c5; }
.pl-bar { display: flex; gap: 2px; }
.pl-bar i { width: 20px; height: 10px; border-radius: 2px; background: #e4e4e4; border: 1px solid #cfcfcf; }
.pl-area[data-verdict="compatible"] .pl-bar i.on { background: #067a34; border-color: #067a34; }
.pl-area[data-verdict="uncertain"] .pl-bar i.on { background: #c77300; border-color: #c77300; }
.pl-area[data-verdict="conflict"] .pl-bar i.on { background: #c30000; border-color: #c30000; }
.pl-verdict { font-size: 11px; font-weight: 600; }
.pl-area[data-verdict="compatible"] .pl-verdict { color: #067a34; }
.pl-area[data-verdict="uncertain"] .pl-verdict { color: #a05a00; }
.pl-area[data-verdict="conflict"] .pl-verdict { color: #c30000; }
.pl-why { color: #595959; font-size: 11px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.pl-tip { display: none; position: absolute; left: 150px; right: 0; top: 100%; z-index: 2; background: #fff; border: 1px solid #c6c2bf; border-radius: 4px;
  box-shadow: 0 3px 10px rgba(0,0,0,.15); padding: 4px 6px; font-size: 12px; pointer-events: none; }
.pl-area:hover .pl-tip, .pl-area:focus .pl-tip { display: block; }
.pl-lim { font-size: 10px; color: #5a3d99; }
.pl-summary { display: flex; gap: 10px; font-size: 12px; margin: 2px 0 4px; }
.pl-note { margin-top: 4px; padding: 8px; border: 1px solid #d9cdf0; background: #f7f3ff; border-radius: 6px; }
.pl-note-label { font-weight: 600; color: #5a3d99; font-size: 12px; }
.pl-note textarea { width: 100%; min-height: 60px; font: 13px/1.4 system-ui, sans-serif; margin-top: 4px; border: 1px solid #c6c2bf; border-radius: 4px; padding: 4px 6px; resize: vertical; }
.pl-foot { display: flex; align-items: center; gap: 8px; padding: 8px 14px; border-top: 1px solid #e0e0e0; background: #fafafa; }
.pl-target { flex: 1; color: #595959; font-size: 12px; }
.pl-btn { border: 1px solid #0067c5; background: #0067c5; color: #fff; border-radius: 4px; padding: 5px 12px; cursor: pointer; font: 600 13px/1.3 system-ui, sans-serif; }
.pl-btn.pl-sec { background: #fff; color: #00347d; }
.pl-btn[disabled] { opacity: .5; cursor: default; }
.pl-btn:focus-visible { outline: 2px solid #00347d; outline-offset: 2px; }
.pl-status { padding: 0 14px 6px; min-height: 18px; font-size: 12px; color: #067a34; background: #fafafa; }
.pl-status[data-kind="error"] { color: #c30000; }
.pl-sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }
`;
