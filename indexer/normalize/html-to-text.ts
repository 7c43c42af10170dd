import { decode } from 'html-entities';

/** Elements whose end starts a new paragraph (or list item) in the plain text. */
const BLOCK_TAGS =
  /<\/?(?:p|div|li|ul|ol|h[1-6]|br|tr|table|section|article|blockquote|dd|dt|figure|figcaption)\b[^>]*>/gi;

/**
 * Magento HTML (WYSIWYG, Page Builder) → plain paragraphs: scripts, styles and `{{widget …}}`
 * directives dropped, block elements become paragraph breaks, tags stripped, entities decoded
 * (`&amp;`, `&deg;`, `&nbsp;`), whitespace collapsed, empty paragraphs removed.
 */
export function htmlToParagraphs(html: string): string[] {
  const withoutCode = html
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/\{\{[\s\S]*?\}\}/g, ' ');
  const marked = withoutCode.replace(BLOCK_TAGS, '\n').replace(/<[^>]*>/g, ' ');
  return decode(marked)
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0);
}

/** `htmlToParagraphs` joined with newlines. */
export function htmlToText(html: string): string {
  return htmlToParagraphs(html).join('\n');
}
