/**
 * Derives `sidecar/nlu/training/public-corpus-oos.jsonl`, the out-of-scope training lines learnt from
 * a public corpus: the HWU64 set ("NLU-Evaluation-Data", Liu, Eshghi, Swietojanski and Rieser, IWSDS
 * 2019, https://github.com/xliuhw/NLU-Evaluation-Data, CC BY 4.0) — what people ask a home assistant
 * (alarms, weather, music, trivia, sums, recipes, news, travel, stocks, other companies' takeaways…),
 * which a shop's chat cannot answer. Only intents no shop handles are taken (no lists, e-mail or
 * dialogue acts), lines with a placeholder, a wake word or a shop's word (order, refund, delivery,
 * price, complaint…) are left out, and a fixed number of lines per intent is kept, chosen by a hash of
 * the text so that the sample is the same on every run.
 *
 *   git clone https://github.com/xliuhw/NLU-Evaluation-Data /tmp/hwu   (commit f6071b4)
 *   npx tsx scripts/derive-public-oos-sample.ts /tmp/hwu > sidecar/nlu/training/public-corpus-oos.jsonl
 *
 * The files read are one cross-validation fold's train and test halves, which together hold every
 * annotated line of the corpus's 64 intents.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const FOLD = 'CrossValidation/autoGeneFromRealAnno/autoGene_2018_03_22-13_01_25_169/CrossValidation/KFold_1';
const PER_INTENT = 6;

/** HWU64 intents that ask for something no shop does; merged groups share one quota. */
const GROUPS: Record<string, readonly string[]> = {
  alarm: ['alarm_query', 'alarm_remove', 'alarm_set'],
  volume: ['audio_volume_down', 'audio_volume_mute', 'audio_volume_up'],
  calendar_query: ['calendar_query'],
  calendar_set: ['calendar_set', 'calendar_remove'],
  cooking_recipe: ['cooking_recipe'],
  datetime: ['datetime_query', 'datetime_convert'],
  general_joke: ['general_joke'],
  iot_cleaning: ['iot_cleaning'],
  iot_coffee: ['iot_coffee'],
  lights: [
    'iot_hue_lightchange',
    'iot_hue_lightdim',
    'iot_hue_lightoff',
    'iot_hue_lighton',
    'iot_hue_lightup',
  ],
  plugs: ['iot_wemo_on', 'iot_wemo_off'],
  music_query: ['music_query', 'music_likeness', 'music_settings'],
  news_query: ['news_query'],
  play_audiobook: ['play_audiobook'],
  play_game: ['play_game'],
  play_music: ['play_music'],
  play_podcasts: ['play_podcasts'],
  play_radio: ['play_radio'],
  qa_currency: ['qa_currency'],
  qa_definition: ['qa_definition'],
  qa_factoid: ['qa_factoid'],
  qa_maths: ['qa_maths'],
  qa_stock: ['qa_stock'],
  recommendation_events: ['recommendation_events'],
  recommendation_locations: ['recommendation_locations'],
  recommendation_movies: ['recommendation_movies'],
  social: ['social_query', 'social_post'],
  takeaway: ['takeaway_order', 'takeaway_query'],
  transport_query: ['transport_query', 'transport_traffic'],
  transport_taxi: ['transport_taxi'],
  transport_ticket: ['transport_ticket'],
  weather_query: ['weather_query'],
};
/** The stock questions are the trap this sample is for: "stock" and "price" stay in them. */
const SHOP_WORDS =
  /\b(orders?|ordering|refunds?|returns?|deliver\w*|ship\w*|prices?|discounts?|buy|bought|purchase\w*|shop\w*|stores?|cart|accounts?|passwords?|complain\w*|complaints?|dissatisfied|disatisfied|customer|service|agent|human|person|manager|products?|laptops?|stock)\b/i;
const STOCK_ALLOWED =
  /\b(orders?|ordering|refunds?|returns?|deliver\w*|ship\w*|buy|bought|purchase\w*|shop\w*|cart|accounts?|passwords?|complain\w*|customer|agent|human|person|manager)\b/i;
const NOISE =
  /[()_*[\]]|\.\.\.|\bxxx\b|\blocation [a-z]\b|such and such|\b(name|percent)\b|[a-z]\d\b|\b(podcast|playlist) \d\b|\b(olly|alexa|siri|pda|google|cortana|hey)\b/i;

function fnv(text: string): number {
  let h = 0x811c9dc5;
  for (const c of text) h = Math.imul(h ^ c.codePointAt(0)!, 0x01000193) >>> 0;
  return h;
}

/** The original answer (the corpus's last column) of every line of an intent's CSV files. */
function answers(root: string, intent: string): string[] {
  const files = [
    join(root, FOLD, 'trainset', `${intent}.csv`),
    join(root, FOLD, 'testset', 'csv', `${intent}.csv`),
  ];
  return files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => /;"((?:[^"]|"")*)"\s*$/.exec(line)?.[1]?.replace(/""/g, '"').trim() ?? '')
      .filter((text) => text !== ''),
  );
}

const root = process.argv[2];
if (!root) throw new Error('usage: derive-public-oos-sample.ts <checkout of xliuhw/NLU-Evaluation-Data>');
const known = new Set(readdirSync(join(root, FOLD, 'trainset')).map((f) => f.replace(/\.csv$/, '')));
const seen = new Set<string>();
const lines: string[] = [];
for (const [group, intents] of Object.entries(GROUPS)) {
  for (const intent of intents) if (!known.has(intent)) throw new Error(`no intent ${intent} in the corpus`);
  const banned = group === 'qa_stock' ? STOCK_ALLOWED : SHOP_WORDS;
  const candidates = intents
    .flatMap((intent) => answers(root, intent))
    .map((text) => text.replace(/\s+/g, ' ').replace(/^[.,!?\s]+/, ''))
    .filter((text) => text.split(' ').length >= 3 && !NOISE.test(text) && !banned.test(text))
    .sort((a, b) => fnv(a) - fnv(b) || a.localeCompare(b));
  let taken = 0;
  for (const text of candidates) {
    const key = text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    if (seen.has(key)) continue;
    seen.add(key);
    lines.push(JSON.stringify({ text, intent: 'out_of_scope' }));
    if (++taken === PER_INTENT) break;
  }
}
process.stdout.write(`${lines.join('\n')}\n`);
