/** Styles of the «Pek ut felt» UI inside its shadow root. px only (rem would follow the page). */
export const TEACH_CSS = `
:host { all: initial; }
.tp-root { position: fixed; inset: 0; pointer-events: none; z-index: 2147483647; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #23262a; }
.tp-box { position: fixed; border: 3px solid #0067c5; border-radius: 4px; background: rgba(0,103,197,.08); box-shadow: 0 0 0 9999px rgba(0,0,0,.12); pointer-events: none; transition: all 60ms linear; }
.tp-bar, .tp-dialog { position: fixed; left: 50%; transform: translateX(-50%); bottom: 12px; width: min(560px, calc(100vw - 24px)); box-sizing: border-box; background: #fff; border: 1px solid #a0a0a0; border-radius: 8px; box-shadow: 0 8px 24px rgba(0,0,0,.25); padding: 12px 16px; pointer-events: auto; }
.tp-root[data-pos="top"] .tp-bar, .tp-root[data-pos="top"] .tp-dialog { top: 12px; bottom: auto; }
.tp-bar:focus { outline: 3px solid #0067c5; outline-offset: 2px; }
.tp-dialog { max-height: calc(100vh - 24px); display: flex; flex-direction: column; }
.tp-title, .tp-dialog h2 { font-weight: 600; font-size: 15px; margin: 0 0 6px; }
.tp-bar p, .tp-dialog p { margin: 4px 0; }
.tp-muted { color: #595959; font-size: 13px; }
.tp-live { min-height: 18px; font-weight: 600; }
.tp-label { font-weight: 600; margin-top: 6px; }
.tp-dialog input { font: inherit; padding: 6px 8px; border: 1px solid #6a6a6a; border-radius: 4px; margin: 4px 0 6px; }
.tp-dialog input:focus-visible, .tp-buttons button:focus-visible { outline: 3px solid #0067c5; outline-offset: 1px; }
.tp-list { list-style: none; margin: 0; padding: 0; overflow: auto; max-height: 46vh; border: 1px solid #ddd; border-radius: 4px; }
.tp-opt { padding: 5px 8px; cursor: pointer; border-bottom: 1px solid #f0f0f0; }
.tp-opt:hover { background: #f2f7fd; }
.tp-active { background: #e6f0ff; outline: 2px solid #0067c5; outline-offset: -2px; }
.tp-tag { display: inline-block; min-width: 78px; font-weight: 600; color: #00347d; }
.tp-buttons { display: flex; gap: 8px; flex-wrap: wrap; margin-top: 8px; }
.tp-buttons button { font: inherit; padding: 5px 12px; border-radius: 4px; border: 1px solid #0067c5; background: #fff; color: #0067c5; cursor: pointer; }
.tp-buttons button.tp-primary { background: #0067c5; color: #fff; }
.tp-buttons button:disabled { opacity: .5; cursor: default; }
.tp-error { border-color: #c30000; }
`;
