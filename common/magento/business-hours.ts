/**
 * A store view's business hours as the merchant writes them in Stores › Configuration › Verity ›
 * Handoff › Business hours (`verity/handoff/business_hours`): comma- or semicolon-separated entries,
 * each days then one or more time ranges, in the store view's own time zone (`general/locale/timezone`):
 *
 *   Mon-Fri 09:00-12:30 13:30-18:00, Sat 10:00-14:00
 *
 * Days are English three-letter names (Mon … Sun, any case); a day range may wrap (Fri-Mon). Times are
 * 24-hour HH:MM, 24:00 allowed as a closing time; a range must close after it opens. Empty means not
 * set: Verity then never tells a customer the team is away. The module, the sandbox and the sidecar
 * read this one syntax.
 */

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** One opening: `day` 0 = Monday … 6 = Sunday; `open` and `close` in minutes after midnight. */
export interface OpeningRange {
  day: number;
  open: number;
  close: number;
}

const TIME = /^([01]\d|2[0-4]):([0-5]\d)$/;

function minutes(text: string): number | null {
  const match = TIME.exec(text);
  if (!match) return null;
  const value = Number(match[1]) * 60 + Number(match[2]);
  return value > 24 * 60 ? null : value;
}

function weekday(text: string): number | null {
  const index = (WEEKDAYS as readonly string[]).indexOf(text.toLowerCase());
  return index < 0 ? null : index;
}

/** The openings a value describes ([] when empty), or null when it does not follow the syntax. */
export function parseBusinessHours(text: string): OpeningRange[] | null {
  const ranges: OpeningRange[] = [];
  for (const entry of text.split(/[,;]/)) {
    const words = entry.trim().split(/\s+/).filter(Boolean);
    if (words.length === 0) continue;
    const [days, ...times] = words as [string, ...string[]];
    const [from = '', to = from, ...rest] = days.split('-');
    const first = weekday(from);
    const last = weekday(to);
    if (first === null || last === null || rest.length > 0 || times.length === 0) return null;
    const span = (last - first + 7) % 7;
    for (const time of times) {
      const [openText, closeText, ...extra] = time.split('-');
      const open = minutes(openText ?? '');
      const close = minutes(closeText ?? '');
      if (open === null || close === null || extra.length > 0 || close <= open) return null;
      for (let d = 0; d <= span; d += 1) ranges.push({ day: (first + d) % 7, open, close });
    }
  }
  return ranges.sort((a, b) => a.day - b.day || a.open - b.open);
}

/** Whether a value follows the syntax (empty does). */
export function isBusinessHours(text: string): boolean {
  return parseBusinessHours(text) !== null;
}
