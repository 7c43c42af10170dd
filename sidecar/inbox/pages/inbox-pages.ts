import type { TicketStatus } from '../../escalation/handoff-tickets.js';
import type { QueueEntry, TicketView } from '../inbox-service.js';
import type { Operator } from '../operators.js';
import { html, type SafeHtml } from './html.js';
import { formatWaiting, INBOX_STRINGS as S } from './strings.js';

const STYLES = `
body{font:14px/1.45 system-ui,sans-serif;margin:0;color:#1d2327;background:#f6f7f7}
header.top{display:flex;gap:1rem;align-items:center;padding:.6rem 1rem;background:#1d2327;color:#fff}
header.top a{color:#fff}header.top form{margin-left:auto}
main{padding:1rem;max-width:1200px;margin:auto}
table{border-collapse:collapse;width:100%;background:#fff}th,td{padding:.4rem .6rem;border-bottom:1px solid #dcdcde;text-align:left;vertical-align:top}
nav.tabs a{margin-right:.8rem}nav.tabs a[aria-current]{font-weight:700}
.cols{display:grid;grid-template-columns:3fr 2fr;gap:1rem}
.card{background:#fff;border:1px solid #dcdcde;border-radius:6px;padding:.8rem;margin-bottom:1rem}
ol.transcript{list-style:none;padding:0;margin:0}ol.transcript li{margin:.4rem 0;padding:.5rem;border-radius:6px}.text{white-space:pre-wrap}
li.customer{background:#e7f0fa}li.assistant{background:#f0f0f1}li.agent{background:#e6f4ea}li.system{color:#646970;font-style:italic}
.who{display:block;font-size:12px;color:#50575e}
textarea{width:100%;min-height:7rem;font:inherit}input[type=text],input[type=password]{font:inherit;padding:.3rem}
.ok{color:#008a20}.warn{color:#b32d2e}.muted{color:#646970}
button{font:inherit;padding:.35rem .8rem;cursor:pointer}
.bar{display:flex;gap:.4rem;align-items:flex-end}.bar div{background:#2271b1;width:1.4rem}
`;

export function page(
  title: string,
  body: SafeHtml,
  options: { operator?: Operator; csrf?: string | null; refreshSeconds?: number } = {},
): string {
  const { operator, csrf } = options;
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        ${options.refreshSeconds ? html`<meta http-equiv="refresh" content="${options.refreshSeconds}" />` : ''}
        <title>${title} · ${S.title}</title>
        <style>
          ${STYLES}
        </style>
      </head>
      <body>
        <header class="top">
          <strong>${S.title}</strong> ${
            operator
              ? html`<a href="/inbox">${S.queue}</a><a href="/inbox/analytics">${S.analytics}</a>
                  <span class="muted" data-operator="${operator.login}"
                    >${operator.displayName} (${operator.role})</span
                  >
                  <form method="post" action="/inbox/sign-out">
                    <input type="hidden" name="_csrf" value="${csrf ?? ''}" /><button>${S.signOut}</button>
                  </form>`
              : ''
          }
        </header>
        <main>${body}</main>
      </body>
    </html>`.value;
}

export function signInPage(error: string | null): string {
  return page(
    S.signIn,
    html`<div class="card" style="max-width:22rem;margin:3rem auto">
      <h1>${S.signIn}</h1>
      ${error ? html`<p class="warn" role="alert">${error}</p>` : ''}
      <form method="post" action="/inbox/sign-in">
        <p>
          <label>${S.login}<br /><input type="text" name="login" autocomplete="username" required /></label>
        </p>
        <p>
          <label
            >${S.password}<br /><input
              type="password"
              name="password"
              autocomplete="current-password"
              required
          /></label>
        </p>
        <button type="submit">${S.signIn}</button>
      </form>
    </div>`,
  );
}

const TABS: TicketStatus[] = ['open', 'claimed', 'resolved', 'handed_back'];

export function queuePage(
  tickets: QueueEntry[],
  status: TicketStatus,
  operator: Operator,
  csrf: string | null,
): string {
  const rows = tickets.map(
    (t) =>
      html`<tr data-ticket="${t.id}">
        <td><a href="/inbox/tickets/${t.id}">${t.reference}</a></td>
        <td>${t.reason}</td>
        <td>${S.statuses[t.status]}</td>
        <td>${t.storeCode}</td>
        <td>${t.customer.email ?? t.customer.id ?? S.guest}</td>
        <td>${formatWaiting(t.waitingSeconds)}</td>
        <td>${t.claimedBy ?? ''}</td>
      </tr>`,
  );
  return page(
    S.queue,
    html`<h1>${S.queue}</h1>
      <nav class="tabs">
        ${TABS.map((s) => html`<a href="/inbox?status=${s}" ${s === status ? html`aria-current="page"` : ''}>${S.statuses[s]}</a>`)}
      </nav>
      ${
        tickets.length === 0
          ? html`<p class="muted">${S.noTickets}</p>`
          : html`<table>
              <thead>
                <tr>
                  <th>${S.ticket}</th>
                  <th>${S.reason}</th>
                  <th>${S.status}</th>
                  <th>${S.storeView}</th>
                  <th>${S.customer}</th>
                  <th>${S.waiting}</th>
                  <th>${S.claimedBy}</th>
                </tr>
              </thead>
              <tbody>
                ${rows}
              </tbody>
            </table>`
      }`,
    // The queue refreshes itself so a new handoff shows up without a click; the ticket page does not (an
    // answer being typed must not be lost).
    { operator, csrf, refreshSeconds: status === 'open' ? 5 : 0 },
  );
}

export function ticketPage(view: TicketView, operator: Operator, csrf: string | null): string {
  const { ticket, draft } = view;
  const mine = ticket.status === 'claimed' && ticket.claimedBy === operator.login;
  const live = ticket.status === 'open' || ticket.status === 'claimed';
  const hidden = html`<input type="hidden" name="_csrf" value="${csrf ?? ''}" />`;
  const action = (path: string) => `/inbox/tickets/${ticket.id}/${path}`;
  const transcript = view.messages.map((m) => {
    const when = `${new Date(m.createdAt).toLocaleString('en-GB', { timeZone: 'UTC' })} UTC`;
    return html`<li class="${m.role}" data-message="${m.id}">
      <span class="who">${m.author ?? S.roles[m.role]} · ${when}</span><span class="text">${m.text}</span>
    </li>`;
  });
  const list = <T>(items: T[], item: (value: T) => SafeHtml) =>
    items.length === 0
      ? html`<p class="muted">${S.none}</p>`
      : html`<ul>
          ${items.map((i) => html`<li>${item(i)}</li>`)}
        </ul>`;
  return page(
    `${S.ticket} ${ticket.reference}`,
    html`<p><a href="/inbox">← ${S.queue}</a></p>
      <h1>${S.ticket} ${ticket.reference}</h1>
      <p>
        <span data-status="${ticket.status}">${S.statuses[ticket.status]}</span> · ${S.reason}:
        ${ticket.reason} · ${S.storeView}: ${ticket.storeCode} · ${S.customer}:
        ${ticket.customer.email ?? ticket.customer.id ?? S.guest} · ${S.waiting}:
        ${formatWaiting(ticket.waitingSeconds)}
        ${ticket.claimedBy ? html` · ${S.heldBy}: ${ticket.claimedBy}` : ''}
        ${ticket.afterHoursNoticeAt ? html` · <span class="after-hours">${S.afterHoursNotice}</span>` : ''}
        ${ticket.resolution ? html` · ${S.resolution}: ${ticket.resolution}` : ''} ·
        <a href="/inbox/tickets/${ticket.id}">${S.refresh}</a>
      </p>
      <div class="cols">
        <section>
          <div class="card">
            <h2>${S.transcript}</h2>
            <ol class="transcript">
              ${transcript}
            </ol>
          </div>
          <div class="card draft">
            <h2>${S.draft}</h2>
            <p class="${draft.verified ? 'ok' : 'warn'}">
              ${draft.verified ? S.draftVerified : S.draftUnverified} (${draft.source})
            </p>
            <p class="muted">
              ${S.draftBasis}:
              ${
                [
                  draft.basis.order ? `order ${draft.basis.order.number} (${draft.basis.order.status})` : '',
                  draft.basis.decision
                    ? `${draft.basis.decision.action} ${draft.basis.decision.verdict} [${draft.basis.decision.codes.join(', ')}]`
                    : '',
                  draft.basis.policy
                    ? `policy ${draft.basis.policy.ruleId} @ ${draft.basis.policy.version.slice(0, 12)}`
                    : '',
                ]
                  .filter(Boolean)
                  .join(' · ') || S.none
              }
            </p>
            ${
              mine
                ? html`<form method="post" action="${action('reply')}">
                    ${hidden}<textarea name="text" aria-label="${S.draft}" required>${draft.text}</textarea>
                    <button type="submit" class="send">${S.send}</button>
                  </form>`
                : html`<textarea readonly aria-label="${S.draft}">${draft.text}</textarea>
                    <p class="muted">${live ? S.claimFirst : S.closed}</p>`
            }
            ${ticket.status === 'open' ? html`<form method="post" action="${action('claim')}">${hidden}<button type="submit" class="claim">${S.claim}</button></form>` : ''}
          </div>
          ${
            live
              ? html`<div class="card">
                  ${
                    mine
                      ? html`<form method="post" action="${action('resolve')}">
                          ${hidden}<label>${S.resolution} <input type="text" name="reason" required /></label>
                          <button type="submit" class="resolve">${S.resolve}</button>
                        </form>`
                      : ''
                  }
                  <form method="post" action="${action('hand-back')}">
                    ${hidden}<label>${S.handBackNote} <input type="text" name="reason" required /></label>
                    <button type="submit" class="hand-back">${S.handBack}</button>
                  </form>
                </div>`
              : ''
          }
        </section>
        <aside>
          <div class="card">
            <h2>${S.orders}</h2>
            ${list(view.orders, (o) =>
              o.adminUrl
                ? html`<a class="order-link" href="${o.adminUrl}" target="_blank" rel="noopener"
                      >${o.number}</a
                    >
                    ${o.status ?? ''}`
                : html`${o.number} ${o.status ?? ''} <span class="muted">(${S.noAdminLink})</span>`,
            )}
          </div>
          <div class="card">
            <h2>${S.products}</h2>
            ${list(view.products, (p) => html`<a href="${p.url}" target="_blank" rel="noopener">${p.name}</a> <span class="muted">${p.sku}</span>`)}
          </div>
          <div class="card">
            <h2>${S.policies}</h2>
            ${list(view.policies, (p) => html`${p.ruleId} <span class="muted">@ ${p.version.slice(0, 12)}</span> ${p.appliesTo}`)}
          </div>
          <div class="card">
            <h2>${S.actions}</h2>
            ${list(view.actions, (a) => html`<strong>${a.action}</strong> ${a.orderNumber}: ${a.verdict} (${a.state}) <span class="muted">${a.codes.join(', ')}</span><br />${a.reasons.join(' ')}`)}
          </div>
          <div class="card">
            <h2>${S.audit}</h2>
            ${list(view.audit, (e) => html`#${e.seq} ${e.kind} ${e.decision?.verdict ?? ''} <span class="${e.intact ? 'ok' : 'warn'}">${e.intact ? S.intact : S.tampered}</span> <span class="muted">${e.hash.slice(0, 12)}</span>`)}
          </div>
        </aside>
      </div>`,
    { operator, csrf },
  );
}

export function errorPage(message: string, operator: Operator | undefined, csrf: string | null): string {
  return page(
    S.error,
    html`<h1>${S.error}</h1>
      <p class="warn" role="alert">${message}</p>
      <p><a href="/inbox">${S.back}</a></p>`,
    {
      ...(operator ? { operator } : {}),
      csrf,
    },
  );
}
