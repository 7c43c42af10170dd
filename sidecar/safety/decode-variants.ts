const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'l',
};

/** A decoded reading of a text and how it was encoded. */
export interface DecodedVariant {
  encoding: 'base64' | 'rot13' | 'leetspeak' | 'spaced';
  text: string;
}

function rot13(text: string): string {
  return text.replace(/[a-z]/gi, (c) => {
    const base = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
  });
}

function printable(text: string): boolean {
  return text.length > 0 && /^[\x20-\x7E\n\r\t]+$/.test(text);
}

/**
 * Other readings of a message that an attacker may use to slip instructions past pattern checks:
 * base64 runs decoded, the whole text rot13-decoded, leetspeak folded, and s-p-a-c-e-d letters joined.
 */
export function decodeVariants(text: string): DecodedVariant[] {
  const variants: DecodedVariant[] = [];
  for (const run of text.match(/[A-Za-z0-9+/]{16,}={0,2}/g) ?? []) {
    const decoded = Buffer.from(run, 'base64').toString('utf8');
    if (printable(decoded) && /[a-z]{3,}\s+[a-z]{2,}/i.test(decoded))
      variants.push({ encoding: 'base64', text: decoded });
  }
  variants.push({ encoding: 'rot13', text: rot13(text) });
  if (/[013457@$!|]/.test(text) && /[a-z]/i.test(text)) {
    variants.push({ encoding: 'leetspeak', text: text.replace(/[013457@$!|]/g, (c) => LEET[c] ?? c) });
  }
  const spaced = text.replace(/\b(?:[a-z][\s._-]){3,}[a-z]\b/gi, (run) => run.replace(/[\s._-]/g, ''));
  if (spaced !== text) variants.push({ encoding: 'spaced', text: spaced });
  return variants;
}
