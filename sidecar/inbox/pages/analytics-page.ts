import type { OutcomeCounts, OutcomeReport } from '../../analytics/outcome-analytics.js';
import { OUTCOMES, type Outcome } from '../../analytics/classify-outcome.js';
import type { Operator } from '../operators.js';
import { html, type SafeHtml } from './html.js';
import { page } from './inbox-pages.js';
import { INBOX_STRINGS as S } from './strings.js';

const COLORS: Record<Outcome, string> = {
  resolved: '#008a20',
  repeat_contact: '#dba617',
  reversed: '#b32d2e',
  escalated: '#2271b1',
  abandoned: '#8c8f94',
};

/** Dates as MM-DD, other labels cut to fit under a bar. */
const shortLabel = (label: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(label) ? label.slice(5) : label.slice(0, 8);

const percent = (rate: number | null) => (rate === null ? '–' : `${Math.round(rate * 100)} %`);

/** One stacked bar per label (outcomes of its conversations), as inline SVG: no script, no chart library. */
function stackedBars(rows: { label: string; counts: OutcomeCounts }[], title: string): SafeHtml {
  const barWidth = 28;
  const gap = 10;
  const height = 160;
  const max = Math.max(1, ...rows.map((r) => r.counts.conversations));
  const width = Math.max(200, rows.length * (barWidth + gap) + gap);
  const bars = rows.map((row, i) => {
    let y = height;
    const x = gap + i * (barWidth + gap);
    const segments = OUTCOMES.filter((o) => row.counts.outcomes[o] > 0).map((o) => {
      const h = (row.counts.outcomes[o] / max) * height;
      y -= h;
      return html`<rect
        x="${x}"
        y="${y.toFixed(1)}"
        width="${barWidth}"
        height="${h.toFixed(1)}"
        fill="${COLORS[o]}"
        ><title>${row.label}: ${row.counts.outcomes[o]} ${S.outcomes[o]}</title></rect
      >`;
    });
    return html`${segments}<text
        x="${x + barWidth / 2}"
        y="${height + 14}"
        font-size="10"
        text-anchor="middle"
        >${shortLabel(row.label)}</text
      >`;
  });
  return html`<figure class="card">
    <figcaption><strong>${title}</strong></figcaption>
    <svg
      role="img"
      aria-label="${title}"
      width="${width}"
      height="${height + 20}"
      viewBox="0 0 ${width} ${height + 20}"
    >
      ${bars}
    </svg>
  </figure>`;
}

function legend(): SafeHtml {
  return html`<p>
    ${OUTCOMES.map((o) => html`<span style="display:inline-block;margin-right:1rem"><span style="display:inline-block;width:.8rem;height:.8rem;background:${COLORS[o]}"></span> ${S.outcomes[o]}</span>`)}
  </p>`;
}

function table(label: string, rows: { key: string; counts: OutcomeCounts }[]): SafeHtml {
  return html`<table class="analytics">
    <thead>
      <tr>
        <th>${label}</th>
        <th>${S.conversations}</th>
        ${OUTCOMES.map((o) => html`<th>${S.outcomes[o]}</th>`)}
        <th>${S.resolutionRate}</th>
        <th>${S.deflectionRate}</th>
        <th>${S.escalationRate}</th>
        <th>${S.abandonmentRate}</th>
        <th>CSAT</th>
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (r) =>
          html`<tr>
            <td>${r.key}</td>
            <td>${r.counts.conversations}</td>
            ${OUTCOMES.map((o) => html`<td>${r.counts.outcomes[o]}</td>`)}
            <td>${percent(r.counts.resolutionRate)}</td>
            <td>${percent(r.counts.deflectionRate)}</td>
            <td>${percent(r.counts.escalationRate)}</td>
            <td>${percent(r.counts.abandonmentRate)}</td>
            <td>${percent(r.counts.csat)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

export function analyticsPage(report: OutcomeReport, operator: Operator, csrf: string | null): string {
  const query = new URLSearchParams({
    from: report.from,
    to: report.to,
    windowDays: String(report.windowDays),
    ...(report.store ? { store: report.store } : {}),
  });
  return page(
    S.analytics,
    html`<h1>${S.analytics}</h1>
      <form method="get" action="/inbox/analytics">
        <label>${S.from} <input type="text" name="from" value="${report.from}" /></label>
        <label>${S.to} <input type="text" name="to" value="${report.to}" /></label>
        <label>${S.storeView} <input type="text" name="store" value="${report.store ?? ''}" /></label>
        <label
          >${S.windowDays} <input type="text" name="windowDays" value="${report.windowDays}" size="3"
        /></label>
        <button>${S.refresh}</button>
        <a class="csv" href="/api/inbox/analytics.csv?${query.toString()}">${S.csv}</a>
      </form>
      <p class="muted">${S.outcomeExplained}</p>
      <div class="card">
        <strong data-metric="resolution">${S.resolutionRate}: ${percent(report.resolutionRate)}</strong> ·
        ${S.deflectionRate}: ${percent(report.deflectionRate)} · ${S.escalationRate}:
        ${percent(report.escalationRate)} · ${S.abandonmentRate}: ${percent(report.abandonmentRate)}
        (${report.outcomes.abandoned}) · CSAT: ${percent(report.csat)} (${report.ratings}) ·
        ${S.conversations}: ${report.conversations}
      </div>
      ${legend()}
      ${stackedBars(
        report.perDay.map((d) => ({ label: d.day, counts: d })),
        S.perDay,
      )}
      ${stackedBars(
        report.perIntent.map((d) => ({ label: d.intent, counts: d })),
        S.perIntent,
      )}
      ${table(
        S.perDay,
        report.perDay.map((d) => ({ key: d.day, counts: d })),
      )}
      ${table(
        S.storeView,
        report.perStore.map((d) => ({ key: d.store, counts: d })),
      )}
      ${table(
        S.perIntent,
        report.perIntent.map((d) => ({ key: d.intent, counts: d })),
      )}
      <h2>${S.escalationsByReason}</h2>
      <table>
        <tbody>
          ${report.escalationsByReason.map(
            (r) =>
              html`<tr>
                <td>${r.reason}</td>
                <td>${r.conversations}</td>
              </tr>`,
          )}
        </tbody>
      </table>`,
    { operator, csrf },
  );
}
