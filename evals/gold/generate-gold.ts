/**
 * Writes the gold sets from the demo store's own `core_config_data` rows (sandbox/data/generate-config.ts):
 * every expected policy value is read from the rule those rows define, never typed by hand.
 * Run: `npx tsx evals/gold/generate-gold.ts` (deterministic; commit the output).
 */
import { writeFileSync } from 'node:fs';
import type { Channel } from '../../common/magento/verity-config.js';
import { CATEGORY } from '../../sandbox/data/generate-categories.js';
import { DEMO_STORES } from './demo-policies.js';
import { adversarialCases } from './adversarial-cases.js';
import { escalationCases } from './escalation-cases.js';
import { openParaphraseCases, paraphraseCases } from './paraphrase-cases.js';
import { TOPICS, policyCase, type Topic } from './policy-case.js';

interface Subject {
  en: string;
  fr: string;
  categoryIds: number[];
}

/** Seeded demo products (sandbox/data/seed-products.ts) and categories, each with its category ids. */
const SUBJECTS: Subject[] = [
  {
    en: 'the Raptor X15 Gaming Laptop',
    fr: 'le Raptor X15 Gaming Laptop',
    categoryIds: [CATEGORY.electronics, CATEGORY.laptops, CATEGORY.gaming],
  },
  {
    en: 'the Kestrel Nova G16 Gaming Laptop',
    fr: 'le Kestrel Nova G16 Gaming Laptop',
    categoryIds: [CATEGORY.electronics, CATEGORY.laptops, CATEGORY.gaming],
  },
  {
    en: 'the Sonique Pulse True Wireless Earbuds',
    fr: 'les écouteurs Sonique Pulse True Wireless Earbuds',
    categoryIds: [CATEGORY.electronics, CATEGORY.headphones, CATEGORY.techGifts],
  },
  {
    en: 'the Sonique Studio Pro Headphones',
    fr: 'le casque Sonique Studio Pro Headphones',
    categoryIds: [CATEGORY.electronics, CATEGORY.headphones, CATEGORY.techGifts],
  },
  {
    en: 'the Lumio Glow LED Strip Lights 16 ft',
    fr: 'les Lumio Glow LED Strip Lights 16 ft',
    categoryIds: [CATEGORY.electronics, CATEGORY.smartHome, CATEGORY.techGifts],
  },
  {
    en: 'the Cyclon Stretch Cargo Net for Bike Racks',
    fr: 'le Cyclon Stretch Cargo Net for Bike Racks',
    categoryIds: [CATEGORY.outdoor, CATEGORY.cycling, CATEGORY.camping],
  },
  { en: 'laptops', fr: 'les ordinateurs portables', categoryIds: [CATEGORY.laptops] },
  { en: 'clearance items', fr: 'les articles en déstockage', categoryIds: [CATEGORY.clearance] },
  { en: 'shoes', fr: 'les chaussures', categoryIds: [CATEGORY.shoes] },
  { en: 'camping gear', fr: 'le matériel de camping', categoryIds: [CATEGORY.camping] },
];

const QUESTIONS: Record<Topic, { en: string[]; fr: string[] }> = {
  returns: {
    en: [
      'What is the return policy for {s}?',
      'How long do I have to return {s}?',
      'Can I return {s} if I change my mind?',
    ],
    fr: ['Quelle est la politique de retour pour {s} ?', 'Combien de temps ai-je pour retourner {s} ?'],
  },
  fees: {
    en: [
      'Do I have to pay for return shipping on {s}?',
      'Are there any fees if I return {s}?',
      'Is there a restocking fee for {s}?',
    ],
    fr: ['Y a-t-il des frais de retour pour {s} ?', 'Le retour est-il gratuit pour {s} ?'],
  },
  warranty: {
    en: ['What warranty comes with {s}?', 'How long is the warranty on {s}?'],
    fr: ['Quelle est la garantie pour {s} ?', 'Combien de temps dure la garantie de {s} ?'],
  },
  price_match: {
    en: ['Do you price match on {s}?', 'If I find {s} cheaper elsewhere, will you match the price?'],
    fr: ["Proposez-vous l'alignement de prix pour {s} ?"],
  },
  shipping: {
    en: [
      'How long does delivery take for {s}, and is shipping free?',
      'What are the shipping times and free shipping threshold for {s}?',
    ],
    fr: ['Quels sont les délais de livraison pour {s} ?', 'Combien de temps prend la livraison pour {s} ?'],
  },
  exchange: {
    en: ['Can I exchange {s} for a different one?', 'Are exchanges allowed for {s}?'],
    fr: ['Puis-je faire un échange pour {s} ?'],
  },
};

function policyCases(): unknown[] {
  const cases: unknown[] = [];
  const channels: Channel[] = ['web', 'marketplace', 'retail'];
  let n = 0;
  for (const store of DEMO_STORES) {
    for (const channel of channels) {
      SUBJECTS.forEach((subject, si) => {
        for (let k = 0; k < 3; k++) {
          const topic = TOPICS[(si + k * 2 + channels.indexOf(channel)) % TOPICS.length] as Topic;
          const templates = QUESTIONS[topic][store.lang];
          const question = (templates[(si + k) % templates.length] as string)
            .replace('{s}', subject[store.lang])
            // French contractions: de + les → des, de + le → du.
            .replace(/\bde les\b/g, 'des')
            .replace(/\bde le\b/g, 'du');
          n++;
          cases.push(
            policyCase({
              id: `policy-${String(n).padStart(3, '0')}`,
              store,
              channel,
              subject: subject.en,
              categoryIds: subject.categoryIds,
              topic,
              message: question,
            }),
          );
        }
      });
    }
  }
  return cases;
}

const toJsonl = (cases: unknown[]): string => `${cases.map((c) => JSON.stringify(c)).join('\n')}\n`;
const out = new URL('./', import.meta.url);
writeFileSync(new URL('policy.jsonl', out), toJsonl(policyCases()));
writeFileSync(new URL('adversarial.jsonl', out), toJsonl(adversarialCases()));
writeFileSync(new URL('escalation.jsonl', out), toJsonl(escalationCases()));
writeFileSync(new URL('policy-paraphrases.jsonl', out), toJsonl(paraphraseCases()));
writeFileSync(new URL('policy-paraphrases-open.jsonl', out), toJsonl(openParaphraseCases()));
