/**
 * Control characters that have no place in text a person typed: C0 controls except tab and line feed
 * (NUL among them, which PostgreSQL refuses in `text`), DEL and the C1 controls.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
/** A high surrogate without its low half, or a low one without its high half. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text from outside as the rest of the system may rely on it, applied once at the boundary: line ends
 * unified, control characters removed, unpaired UTF-16 surrogates (which no database or JSON encoder
 * round-trips) replaced by U+FFFD. Invisible formatting characters stay: the injection detector counts them.
 */
export function cleanInputText(input: string): string {
  return input.replace(/\r\n?/g, '\n').replace(CONTROLS, '').replace(LONE_SURROGATE, '\uFFFD');
}
