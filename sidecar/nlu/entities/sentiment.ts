import { foldDiacritics } from '../text.js';
import type { SentimentEntity } from '../types.js';

const NEGATIVE =
  /\b(?:terrible|awful|horrible|worst|bad|poor|disappoint\w*|unacceptable|frustrat\w*|annoy\w*|upset|unhappy|not happy|useless|rubbish|garbage|sucks?|hate|fed up|sick of|tired of|pathetic|disgust\w*|incompetent|joke|nightmare|never again|waste|decu\w*|decevant\w*|deception|inadmissible|inacceptable|lamentable|nul(?:le|s)?|pire|marre|ras le bol|insupportable|agace\w*|mecontent\w*|pas content\w*|catastroph\w*|honte\w*|jamais plus|n'importe quoi)\b/gi;
const ANGRY =
  /\b(?:furious|livid|pissed|outraged|ridiculous|scam\w*|fraud\w*|rip[- ]?off|wtf|f+u+c+k\w*|shit\w*|damn|crap|bullshit|idiots?|morons?|stupid|pathetic|disgusting|absurd|arnaque\w*|escroc\w*|voleurs?|scandal\w*|honteu\w*|furieu\w*|putain|merde|debiles?|incompetent\w*|ridicule|foutage)\b/gi;
const POSITIVE =
  /\b(?:thanks?|thank you|great|awesome|perfect|excellent|love|amazing|helpful|appreciate\w*|brilliant|wonderful|happy|merci|super|parfait\w*|genial\w*|ravie?s?)\b/gi;

/**
 * Polarity and anger from marker words, shouting (three or more all-caps words) and "!!!". A
 * lexicon, not a model: it feeds the escalation rule, which only needs "is this customer upset".
 */
export function extractSentiment(text: string): SentimentEntity {
  // Folded so French markers match with or without accents ("déçu", "decu").
  const lower = foldDiacritics(text.toLowerCase());
  const negatives = [...lower.matchAll(NEGATIVE)].map((m) => m[0]);
  const angry = [...lower.matchAll(ANGRY)].map((m) => m[0]);
  const shouting = (text.match(/\b[A-Z]{3,}\b/g) ?? []).filter(
    (w) => !/^(?:SKU|USD|EUR|GBP|GDPR|CCPA|UK|USA|XL|XXL|LED|USB|HDMI|VAT)$/.test(w),
  );
  const markers = [...angry, ...negatives];
  if (shouting.length >= 3) markers.push('shouting');
  if (/!{3,}|\?!|!\?/.test(text)) markers.push('exclamations');
  const positives = [...lower.matchAll(POSITIVE)].map((m) => m[0]);
  // "not great", "not helpful": a negated positive is a negative.
  const negated = [
    ...lower.matchAll(
      /\bnot (?:very |so |that )?(?:great|helpful|happy|good)\b|\bpas (?:tres |si )?(?:super|genial\w*|parfait\w*)\b/g,
    ),
  ].map((m) => m[0]);
  markers.push(...negated);
  const negativeScore = markers.length;
  const positiveScore = positives.length - negated.length;
  const polarity =
    negativeScore > 0 && negativeScore >= positiveScore
      ? 'negative'
      : positiveScore > 0
        ? 'positive'
        : 'neutral';
  const isAngry =
    angry.length > 0 ||
    markers.includes('shouting') ||
    (markers.includes('exclamations') && negatives.length > 0);
  return { polarity, angry: isAngry, markers: polarity === 'negative' ? markers : positives };
}
