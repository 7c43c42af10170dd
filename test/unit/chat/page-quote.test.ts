import { describe, expect, it } from 'vitest';
import { answersDetail, clipQuote, quotable } from '../../../sidecar/flows/skills/page-quote.js';
import { readPolicyQuestion } from '../../../sidecar/nlu/policy-questions.js';
import { foldDiacritics, normalize } from '../../../sidecar/nlu/text.js';

/** The question's detail terms, as the NLU reads them. */
const details = (question: string) => readPolicyQuestion(foldDiacritics(normalize(question))).details;

const EN = { locale: 'en-US', currency: 'USD' };
const NOT_COVERED =
  'To make a claim, contact support with your order number and a photo of the defect. Damage caused by accidents or misuse is not covered.';
const WARRANTY_TERMS =
  'Every product comes with at least a 12-month limited warranty against manufacturing defects. Laptops are covered for 24 months.';

describe('page quotes in policy answers', () => {
  it('finds a detail the configured values do not answer, beyond the topic and the names asked about', () => {
    expect(answersDetail(details('what does the warranty not cover?'), NOT_COVERED, [], 'en')).toBe(true);
    expect(
      answersDetail(
        details('do you ship internationally?'),
        'Do you ship internationally? We ship to the EU.',
        [],
        'en',
      ),
    ).toBe(true);
    // A value question has no detail of its own: the engine's values answer it.
    expect(
      answersDetail(
        details('How long is the warranty on the Raptor X15?'),
        WARRANTY_TERMS,
        ['Raptor X15'],
        'en',
      ),
    ).toBe(false);
    expect(
      answersDetail(
        details('What warranty comes with the Sonique Pulse Earbuds?'),
        WARRANTY_TERMS,
        ['Sonique Pulse Earbuds'],
        'en',
      ),
    ).toBe(false);
  });

  it('reads a French question against a French page', () => {
    expect(
      answersDetail(
        details('la garantie couvre les chutes ?'),
        'Les chutes et la casse accidentelle ne sont pas prises en charge.',
        [],
        'fr',
      ),
    ).toBe(true);
    expect(
      answersDetail(
        details('Combien de temps dure la garantie du Raptor X15 ?'),
        'La garantie couvre les défauts.',
        ['Raptor X15'],
        'fr',
      ),
    ).toBe(false);
  });

  it('quotes only prose that states no figure: figures come from the policy engine', () => {
    expect(quotable(NOT_COVERED, EN)).toBe(true);
    expect(quotable(WARRANTY_TERMS, EN)).toBe(false);
    expect(quotable('Orders can be changed until they are invoiced, usually within an hour.', EN)).toBe(
      false,
    );
  });

  it('cuts a long paragraph at a sentence end', () => {
    const long = `${'Returns are easy. '.repeat(10)}${'x'.repeat(200)}`;
    const quote = clipQuote(long);
    expect(quote.length).toBeLessThanOrEqual(280);
    expect(quote.endsWith('easy.')).toBe(true);
    expect(clipQuote(NOT_COVERED)).toBe(NOT_COVERED);
  });
});
