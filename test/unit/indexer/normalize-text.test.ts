import { describe, expect, it } from 'vitest';
import { htmlToParagraphs, htmlToText } from '../../../indexer/normalize/html-to-text.js';
import { findJargon } from '../../../indexer/normalize/jargon.js';
import { findSharedPassages, passageFingerprint } from '../../../indexer/normalize/shared-passages.js';

describe('htmlToParagraphs', () => {
  it('turns block elements into paragraphs, decodes entities and collapses whitespace', () => {
    const html =
      '<p>Soft <strong>organic   cotton</strong> tee.</p><ul><li>100% cotton</li><li>Wash 30&deg;C</li></ul>' +
      '<p>&nbsp;</p><div class="pagebuilder-row"><p>Care: wipe clean &amp; store dry.</p></div>';
    expect(htmlToParagraphs(html)).toEqual([
      'Soft organic cotton tee.',
      '100% cotton',
      'Wash 30°C',
      'Care: wipe clean & store dry.',
    ]);
  });

  it('drops scripts, styles, comments and widget directives', () => {
    const html =
      '<style>p{color:red}</style><p>Hello {{widget type="x"}}world</p><script>alert(1)</script><!-- x -->';
    expect(htmlToText(html)).toBe('Hello world');
  });

  it('keeps text with line breaks as separate lines', () => {
    expect(htmlToParagraphs('Line one<br/>Line two')).toEqual(['Line one', 'Line two']);
  });
});

describe('findJargon', () => {
  it('finds internal codes, revisions, assembly, sync and publishing notes', () => {
    expect(findJargon('SKU-INT-ASSY-04 rev B')).toEqual(
      expect.arrayContaining(['SKU-INT-ASSY-04', 'rev B', 'ASSY']),
    );
    expect(findJargon('PIM-SYNC: ok / batch 2291')).toEqual(
      expect.arrayContaining(['PIM-SYNC', 'batch 2291']),
    );
    expect(findJargon('Supplier ref HZ-88120-B (do not publish)')).toEqual(
      expect.arrayContaining(['HZ-88120-B', 'do not publish']),
    );
    expect(findJargon('QA hold lifted 2024-09 — see ticket OPS-4412')).toEqual(
      expect.arrayContaining(['QA hold', 'OPS-4412', 'see ticket']),
    );
  });

  it('leaves ordinary copy and the product’s own model code alone', () => {
    expect(findJargon('Runs on USB-C and Wi-Fi, with a Gore-Tex shell. Reviewed by experts.')).toEqual([]);
    expect(findJargon('The RAPTOR-X15 has a fast screen.', ['RAPTOR-X15'])).toEqual([]);
  });
});

describe('findSharedPassages', () => {
  const boilerplate =
    'Manufactured to the highest standards of quality by our trusted supplier partner. All specifications are subject to change.';

  it('finds long passages pasted into several products, ignoring case and punctuation', () => {
    const shared = findSharedPassages([
      {
        key: 'A',
        paragraphs: [
          boilerplate,
          'A unique line about product A that is long enough to count as a passage here.',
        ],
      },
      { key: 'B', paragraphs: [boilerplate.toUpperCase()] },
      { key: 'C', paragraphs: [`${boilerplate}!!`] },
    ]);
    expect([...shared.values()].map((p) => p.keys)).toEqual([['A', 'B', 'C']]);
    expect(shared.has(passageFingerprint(boilerplate))).toBe(true);
  });

  it('ignores short phrases and passages shared by fewer products than the threshold', () => {
    const shared = findSharedPassages([
      { key: 'A', paragraphs: ['Machine washable.', boilerplate] },
      { key: 'B', paragraphs: ['Machine washable.', boilerplate] },
      { key: 'C', paragraphs: ['Machine washable.'] },
    ]);
    expect(shared.size).toBe(0);
  });
});
