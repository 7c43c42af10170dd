import type { CatalogDocumentInput } from '../../common/catalog/catalog-document.js';
import type { MagentoCmsPage } from '../../common/magento/shapes/cms.js';
import { htmlToParagraphs } from './html-to-text.js';

/** Paragraphs shorter than this are headings or crumbs; they are folded into the next paragraph. @default 40 */
const MIN_PARAGRAPH_CHARS = 40;

/** The citation id of a CMS paragraph document: `cms:{identifier}#{n}`. */
export function cmsCitationId(documentId: string): string {
  return `cms:${documentId}`;
}

/**
 * A CMS page (returns policy, FAQ, shipping) → one document per paragraph, with stable ids
 * `{identifier}#{n}` (n from 1, in page order) so a reply can cite exactly the paragraph it used. Short
 * lines (headings) are prefixed to the paragraph that follows them so each document stands on its own.
 * The document checksum is the paragraph's content hash: an edited paragraph is re-embedded, an unchanged
 * one is not.
 */
export function normalizeCmsPage(page: MagentoCmsPage, store: string): CatalogDocumentInput[] {
  const title = (page.title ?? page.content_heading ?? page.identifier).trim() || page.identifier;
  const paragraphs: string[] = [];
  let pending = '';
  for (const paragraph of htmlToParagraphs(page.content ?? '')) {
    const text = pending ? `${pending} ${paragraph}` : paragraph;
    if (text.length < MIN_PARAGRAPH_CHARS) {
      pending = text;
      continue;
    }
    paragraphs.push(text);
    pending = '';
  }
  if (pending) paragraphs.push(pending);
  return paragraphs.map((text, index) => ({
    id: `${page.identifier}#${index + 1}`,
    type: 'cms_paragraph',
    store,
    title,
    text,
    url_key: page.identifier,
    ...(page.update_time
      ? { updated_at: new Date(`${page.update_time.replace(' ', 'T')}Z`).toISOString() }
      : {}),
  }));
}
