/** One formatter per time zone: building one costs far more than formatting (every product's price reads a date). */
const formats = new Map<string, Intl.DateTimeFormat>();

/** The calendar date of an instant in a time zone (IANA name), `YYYY-MM-DD`, whatever the server's own zone. */
export function localDate(instant: string | Date, timeZone: string): string {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formats.set(timeZone, format);
  }
  const parts = format.formatToParts(typeof instant === 'string' ? new Date(instant) : instant);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** Whether the runtime knows this IANA time zone (`Europe/Paris`, `UTC`); Intl throws on any other name. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}
