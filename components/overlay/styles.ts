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
.sh-card .sh-close { position: absolute; top: 6px; right: 6px; border: 0; background: transparent; font-size: 16px; line-height: 1; cursor: pointer; padding: 4px; color: #444; }
.sh-card .sh-close:focus-visible { outline: 2px solid #0067c5; }
.sh-card button.sh-link { border: 0; background: none; color: #0067c5; padding: 0; cursor: pointer; font: inherit; text-decoration: underline; }
.sh-card .sh-muted { color: #595959; font-size: 12px; }
.sh-card input, .sh-card textarea { font: inherit; }
`;
