/** Scoped to the widget's shadow root; themes override the custom properties on the host element. */
export const STYLES = `
:host{all:initial;--verity-primary:#1f5fbf;--verity-on-primary:#fff;--verity-bg:#fff;--verity-fg:#1d1d1f;--verity-muted:#5f6368;--verity-border:#d9dce1;--verity-radius:12px;--verity-font:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;font-family:var(--verity-font);color:var(--verity-fg)}
*{box-sizing:border-box}
button{font:inherit;cursor:pointer}
:focus-visible{outline:3px solid var(--verity-primary);outline-offset:2px}
.launcher{position:fixed;bottom:20px;right:20px;z-index:2147483000;border:0;border-radius:999px;padding:14px 20px;background:var(--verity-primary);color:var(--verity-on-primary);box-shadow:0 4px 16px rgba(0,0,0,.2)}
:host([data-position=left]) .launcher,:host([data-position=left]) .panel{right:auto;left:20px}
.panel{position:fixed;bottom:84px;right:20px;z-index:2147483000;width:380px;max-width:calc(100vw - 24px);height:min(600px,calc(100vh - 120px));display:flex;flex-direction:column;background:var(--verity-bg);border:1px solid var(--verity-border);border-radius:var(--verity-radius);box-shadow:0 12px 40px rgba(0,0,0,.22);overflow:hidden}
.panel[hidden]{display:none}
header{display:flex;align-items:center;gap:8px;padding:10px 12px;background:var(--verity-primary);color:var(--verity-on-primary)}
header h2{flex:1;margin:0;font-size:16px}
header button{border:1px solid currentColor;background:transparent;color:inherit;border-radius:8px;padding:4px 8px}
.log{flex:1;overflow-y:auto;padding:12px;display:flex;flex-direction:column;gap:10px;margin:0;list-style:none}
.msg{max-width:88%;padding:8px 12px;border-radius:var(--verity-radius);white-space:pre-wrap;overflow-wrap:anywhere;line-height:1.4}
.msg.customer{align-self:flex-end;background:var(--verity-primary);color:var(--verity-on-primary)}
.msg.assistant,.msg.welcome{align-self:flex-start;background:#f1f3f6}
.msg.person{align-self:flex-start;background:#e6f4ea;border-left:3px solid #1e7e34}
.msg.person .who{display:block;font-size:12px;font-weight:600;color:#1e7e34}
.msg.notice{align-self:center;background:#fff4e5;font-size:13px}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.cards{list-style:none;margin:8px 0 0;padding:0;display:grid;gap:8px}
.card{display:grid;grid-template-columns:72px 1fr;gap:10px;align-items:start;padding:8px;border:1px solid var(--verity-border);border-radius:8px;background:#fff;color:var(--verity-fg)}
.card.no-image{grid-template-columns:1fr}
.card img{width:72px;height:72px;object-fit:cover;border-radius:6px;background:#f3f1ec}
.details{display:grid;gap:2px;min-width:0}
.card a,.compare a{color:var(--verity-primary);font-weight:600}
.price{font-weight:600}.regular{color:var(--verity-muted)}
.stock.in{color:#1e7e34}.stock.out{color:#b00020}
.rating,.sources{color:var(--verity-muted);font-size:12px}
.order{display:grid;gap:2px;padding:8px;border:1px solid var(--verity-border);border-radius:8px;margin-top:8px;background:#fff}
.order .items{margin:4px 0 0;padding-left:18px}
.order.earlier{opacity:.65}.order .updated{font-size:12px;font-style:italic;color:var(--verity-muted)}
.compare{overflow-x:auto;margin-top:8px}
table{border-collapse:collapse;font-size:13px;background:#fff}
th,td{border:1px solid var(--verity-border);padding:4px 6px;text-align:left;vertical-align:top}
thead td{border:0}
.msg:has(.compare){max-width:100%}
.compare th,.compare td{overflow-wrap:normal;word-break:normal;hyphens:auto}
.compare tbody th{min-width:72px}
.compare thead th{vertical-align:bottom;min-width:96px}
.compare th img{display:block;width:56px;height:56px;object-fit:cover;border-radius:6px;margin-bottom:4px}
.feedback{display:flex;gap:6px;margin-top:6px}
.feedback button{border:1px solid var(--verity-border);background:#fff;border-radius:6px;padding:2px 8px}
.quick{display:flex;flex-wrap:wrap;gap:6px;padding:0 12px 8px}
.quick button{border:1px solid var(--verity-primary);color:var(--verity-primary);background:#fff;border-radius:999px;padding:4px 10px;font-size:13px}
.typing{padding:0 12px 6px;color:var(--verity-muted);font-size:13px}
.banner{padding:6px 12px;background:#fff4e5;font-size:13px}
form{display:flex;gap:8px;padding:10px;border-top:1px solid var(--verity-border)}
textarea{flex:1;resize:none;font:inherit;padding:8px;border:1px solid var(--verity-border);border-radius:8px;min-height:40px;max-height:120px}
form button{border:0;border-radius:8px;background:var(--verity-primary);color:var(--verity-on-primary);padding:0 14px}
form button.attach{display:flex;align-items:center;padding:0 8px;background:transparent;color:var(--verity-muted);border:1px solid var(--verity-border)}
.pending{display:flex;flex-wrap:wrap;gap:6px;list-style:none;margin:0;padding:0 12px 6px}
.pending li{display:flex;align-items:center;gap:4px;padding:2px 4px 2px 10px;border:1px solid var(--verity-border);border-radius:999px;font-size:13px;max-width:100%}
.pending span{overflow:hidden;text-overflow:ellipsis;white-space:nowrap;max-width:200px}
.pending button{border:0;background:transparent;font-size:16px;line-height:1;padding:2px 6px}
.msg .files{display:block;margin-top:4px;font-size:12px;opacity:.85}
@media (max-width:480px){.panel{inset:0;width:100vw;max-width:none;height:100%;border-radius:0;bottom:0;right:0}.launcher{bottom:12px;right:12px}header h2{font-size:15px;line-height:1.25;display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;overflow:hidden}header button.human{font-size:13px;padding:6px 8px}}
@media (prefers-reduced-motion:no-preference){.panel{transition:opacity .15s}}
`;
