import type {
  CopyWording,
  TemplateAdjective,
  TemplateBundleName,
  TemplateFeature,
  TemplateNoun,
} from './catalog-templates.js';

/** A French noun phrase with what its adjectives and participles agree with. */
interface FrenchNoun {
  text: string;
  gender: 'm' | 'f';
  plural?: true;
}

type Forms = Readonly<Record<'ms' | 'fs' | 'mp' | 'fp', string>>;

/**
 * A template adjective in French: a qualifier that agrees with the noun and follows it ("Tente
 * ultralégère"), or a range name that stays as it is after the brand ("Casque … Sonique Bass").
 */
type FrenchAdjective = { qualifier: Forms } | { range: true };

const RANGE: FrenchAdjective = { range: true };

function agree(ms: string, fs: string, mp = `${ms}s`, fp = `${fs}s`): FrenchAdjective {
  return { qualifier: { ms, fs, mp, fp } };
}

/** A qualifier that never changes: "sans fil", "de voyage", "2 places". */
function fixed(text: string): FrenchAdjective {
  return agree(text, text, text, text);
}

function form(forms: Forms, noun: FrenchNoun): string {
  return forms[`${noun.gender}${noun.plural ? 'p' : 's'}`];
}

const m = (text: string): FrenchNoun => ({ text, gender: 'm' });
const f = (text: string): FrenchNoun => ({ text, gender: 'f' });
const mp = (text: string): FrenchNoun => ({ text, gender: 'm', plural: true });
const fp = (text: string): FrenchNoun => ({ text, gender: 'f', plural: true });

const FRENCH_NOUNS: Readonly<Record<TemplateNoun, FrenchNoun>> = {
  Laptop: m('Ordinateur portable'),
  Ultrabook: m('Ultrabook'),
  Notebook: m('PC portable'),
  '2-in-1 Laptop': m('Ordinateur portable 2 en 1'),
  Chromebook: m('Chromebook'),
  'Wireless Headphones': m('Casque sans fil'),
  Earbuds: mp('Écouteurs'),
  'Over-Ear Headphones': m('Casque circum-auriculaire'),
  'Sport Earphones': mp('Écouteurs de sport'),
  'Studio Monitors': fp('Enceintes de studio'),
  'Smart Plug': f('Prise connectée'),
  'Video Doorbell': f('Sonnette vidéo'),
  'Smart Bulb': f('Ampoule connectée'),
  Thermostat: m('Thermostat'),
  'Security Camera': f('Caméra de surveillance'),
  'Smart Speaker': f('Enceinte connectée'),
  Hub: m('Hub domotique'),
  'Gaming Mouse': f('Souris gamer'),
  'Mechanical Keyboard': m('Clavier mécanique'),
  Controller: f('Manette'),
  'Gaming Headset': m('Casque gamer'),
  'Gaming Monitor': m('Écran gamer'),
  'Mouse Pad': m('Tapis de souris'),
  Tent: f('Tente'),
  'Sleeping Bag': m('Sac de couchage'),
  'Camp Stove': m('Réchaud de camping'),
  Lantern: f('Lanterne'),
  'Camp Chair': f('Chaise de camping'),
  Cooler: f('Glacière'),
  'Sleeping Pad': m('Matelas de sol'),
  'Water Filter': m('Filtre à eau'),
  'Bike Light': m('Éclairage vélo'),
  Helmet: m('Casque vélo'),
  'Bike Lock': m('Antivol vélo'),
  Pannier: f('Sacoche de porte-bagages'),
  'Rear Rack': m('Porte-bagages arrière'),
  'Bike Pump': f('Pompe à vélo'),
  Saddle: f('Selle'),
  'Cycling Gloves': mp('Gants de cyclisme'),
  Daypack: m('Sac à dos journée'),
  'Trekking Poles': mp('Bâtons de randonnée'),
  'Hydration Bladder': f('Poche à eau'),
  Headlamp: f('Lampe frontale'),
  'Trail Map Case': m('Porte-carte de randonnée'),
  'First Aid Kit': f('Trousse de premiers secours'),
  'Chef Knife': m('Couteau de chef'),
  'Dutch Oven': f('Cocotte'),
  'Coffee Grinder': m('Moulin à café'),
  Blender: m('Blender'),
  'Cutting Board': f('Planche à découper'),
  Kettle: f('Bouilloire'),
  Toaster: m('Grille-pain'),
  'Mug Set': m('Set de mugs'),
  'Board Game': m('Jeu de société'),
  'Building Set': m('Jeu de construction'),
  Puzzle: m('Puzzle'),
  'RC Car': f('Voiture télécommandée'),
  'Science Kit': m('Kit scientifique'),
  'Card Game': m('Jeu de cartes'),
  Drone: m('Drone'),
  'Yoga Mat': m('Tapis de yoga'),
  'Dumbbell Set': m('Set d’haltères'),
  'Jump Rope': f('Corde à sauter'),
  'Resistance Bands': fp('Bandes élastiques'),
  'Soccer Ball': m('Ballon de football'),
  'Tennis Racket': f('Raquette de tennis'),
  'Water Bottle': f('Gourde'),
  'Rain Jacket': f('Veste de pluie'),
  'Down Jacket': f('Doudoune'),
  'Softshell Jacket': f('Veste softshell'),
  'Fleece Jacket': f('Veste polaire'),
  'Insulated Parka': f('Parka isolante'),
  'Trail Runner': f('Chaussure de trail'),
  'Hiking Boot': f('Chaussure de randonnée'),
  'Road Running Shoe': f('Chaussure de running sur route'),
  Sneaker: f('Basket'),
  'Approach Shoe': f('Chaussure d’approche'),
  Tee: m('T-shirt'),
  'Performance Tee': m('T-shirt technique'),
  'Long Sleeve Tee': m('T-shirt manches longues'),
  'Graphic Tee': m('T-shirt imprimé'),
  'Merino Tee': m('T-shirt en mérinos'),
};

const FRENCH_ADJECTIVES: Readonly<Record<TemplateAdjective, FrenchAdjective>> = {
  Slim: agree('fin', 'fine'),
  Pro: RANGE,
  Air: RANGE,
  Creator: fixed('pour créateurs'),
  Business: agree('professionnel', 'professionnelle'),
  Student: fixed('pour étudiants'),
  'Noise-Cancelling': fixed('à réduction de bruit'),
  'True Wireless': fixed('entièrement sans fil'),
  Bass: RANGE,
  Travel: fixed('de voyage'),
  'Open-Back': agree('ouvert', 'ouverte'),
  Mini: RANGE,
  Indoor: fixed('d’intérieur'),
  Outdoor: fixed('d’extérieur'),
  Color: fixed('couleur'),
  Plus: RANGE,
  RGB: fixed('RGB'),
  Wireless: fixed('sans fil'),
  Tournament: fixed('de tournoi'),
  Ergo: agree('ergonomique', 'ergonomique'),
  Ultralight: agree('ultraléger', 'ultralégère'),
  '2-Person': fixed('2 places'),
  '4-Person': fixed('4 places'),
  Backpacking: fixed('de randonnée'),
  Family: agree('familial', 'familiale', 'familiaux'),
  'All-Season': fixed('toutes saisons'),
  Commuter: fixed('pour trajets quotidiens'),
  Road: fixed('route'),
  Gravel: fixed('gravel'),
  Mountain: fixed('VTT'),
  Urban: agree('urbain', 'urbaine'),
  Alpine: agree('alpin', 'alpine'),
  Trail: RANGE,
  Summit: RANGE,
  Light: agree('léger', 'légère'),
  Rugged: agree('robuste', 'robuste'),
  Classic: agree('classique', 'classique'),
  'Cast-Iron': fixed('en fonte'),
  Stainless: fixed('en inox'),
  Compact: agree('compact', 'compacte'),
  Professional: agree('professionnel', 'professionnelle'),
  Strategy: fixed('de stratégie'),
  Junior: fixed('junior'),
  Deluxe: fixed('de luxe'),
  Training: fixed('d’entraînement'),
  Eco: agree('écologique', 'écologique'),
  Competition: fixed('de compétition'),
  'Home Gym': fixed('pour la maison'),
  Storm: RANGE,
  Ridge: RANGE,
  Grip: RANGE,
  Cloud: RANGE,
  Tempo: RANGE,
  Flow: RANGE,
  Organic: fixed('bio'),
  Everyday: fixed('du quotidien'),
  Active: fixed('de sport'),
};

/** Features as noun phrases: they follow "Livré avec" in a list and "avec" in the short description. */
const FRENCH_FEATURES: Readonly<Record<TemplateFeature, string>> = {
  'backlit keyboard': 'un clavier rétroéclairé',
  'fingerprint reader': 'un lecteur d’empreintes digitales',
  'Wi-Fi 6E': 'le Wi-Fi 6E',
  'two USB-C ports': 'deux ports USB-C',
  'a 1080p webcam': 'une webcam 1080p',
  'active noise cancelling': 'la réduction de bruit active',
  'a transparency mode': 'un mode transparence',
  'multipoint pairing': 'l’appairage multipoint',
  'a carrying case': 'un étui de transport',
  'fast charging': 'la charge rapide',
  'works with Matter': 'la compatibilité Matter',
  'local control': 'le contrôle en local',
  'energy monitoring': 'le suivi de la consommation d’énergie',
  'two-way audio': 'l’audio bidirectionnel',
  'night vision': 'la vision nocturne',
  'programmable buttons': 'des boutons programmables',
  'hot-swappable switches': 'des switchs remplaçables à chaud',
  'a 1 ms response time': 'un temps de réponse de 1 ms',
  'onboard memory': 'une mémoire intégrée',
  'a waterproof rainfly': 'un double toit imperméable',
  'a compression sack': 'un sac de compression',
  'a rating of 20°F': 'une température limite de 20°F',
  'a carry bag': 'un sac de transport',
  'a lifetime seam guarantee': 'une garantie à vie sur les coutures',
  'tool-free mounting': 'un montage sans outil',
  'USB-C charging': 'la recharge USB-C',
  'reflective details': 'des détails réfléchissants',
  'a quick-release clamp': 'un collier à serrage rapide',
  'a ventilated back panel': 'un dos ventilé',
  'flick-lock adjusters': 'des serrages rapides à levier',
  'a rain cover': 'une housse de pluie',
  'reflective trim': 'des liserés réfléchissants',
  'dishwasher-safe parts': 'des pièces lavables au lave-vaisselle',
  'a non-slip base': 'une base antidérapante',
  'a 5-year motor guarantee': 'une garantie moteur de 5 ans',
  'a glass jug': 'un bol en verre',
  '2–6 players': 'des règles pour 2–6 joueurs',
  'rechargeable batteries': 'des batteries rechargeables',
  'an illustrated guide': 'un guide illustré',
  '500 pieces': '500 pièces',
  'a carry strap': 'une sangle de transport',
  'non-slip texture': 'une texture antidérapante',
  'a training guide': 'un guide d’entraînement',
  'BPA-free materials': 'des matériaux sans BPA',
  'a relaxed fit': 'une coupe ample',
  'taped seams': 'des coutures étanchées',
  'recycled fabric': 'un tissu recyclé',
};

const FRENCH_BUNDLE_NAMES: Readonly<Record<TemplateBundleName, string>> = {
  'Weekend Camping Bundle': 'Lot camping du week-end',
  'Bike Commuter Starter Kit': 'Kit de démarrage du cycliste urbain',
  'Trail Day Essentials Bundle': 'Lot essentiels pour une journée de randonnée',
};

/** The `fr` text of a template term, or a RangeError naming the term the French tables lack. */
function lookup<T>(table: Readonly<Record<string, T>>, term: string, kind: string): T {
  const value = table[term];
  if (value === undefined) throw new RangeError(`no French ${kind} for "${term}"`);
  return value;
}

/**
 * A generated product in French, from the parts of its English name: the name puts the noun first,
 * then the qualifier in agreement, then brand, range name and model code unchanged ("Sonique Bass
 * Over-Ear Headphones X80" → "Casque circum-auriculaire Sonique Bass X80"); the wording of its
 * copy agrees with the noun.
 */
export function frenchProduct(parts: { brand: string; adjective: string; noun: string; model?: string }): {
  name: string;
  wording: CopyWording;
} {
  const noun = lookup(FRENCH_NOUNS, parts.noun, 'noun');
  const adjective = lookup(FRENCH_ADJECTIVES, parts.adjective, 'adjective');
  const words =
    'range' in adjective
      ? [noun.text, parts.brand, parts.adjective]
      : [noun.text, form(adjective.qualifier, noun), parts.brand];
  const name = [...words, ...(parts.model === undefined ? [] : [parts.model])].join(' ');
  return { name, wording: frenchWording(name, noun) };
}

/** "Le", "La", "L’" or "Les" before a noun phrase. */
function article(noun: FrenchNoun): string {
  if (noun.plural) return 'Les ';
  if (/^[aeiouyàâäéèêëîïôöûü]/i.test(noun.text)) return 'L’';
  return noun.gender === 'm' ? 'Le ' : 'La ';
}

const BUILT: Forms = { ms: 'conçu', fs: 'conçue', mp: 'conçus', fp: 'conçues' };
const SUPPLIED: Forms = { ms: 'Livré', fs: 'Livrée', mp: 'Livrés', fp: 'Livrées' };

function frenchWording(name: string, noun: FrenchNoun): CopyWording {
  const feature = (english: string) => lookup(FRENCH_FEATURES, english, 'feature');
  return {
    intro: `${article(noun)}<strong>${name.charAt(0).toLowerCase()}${name.slice(1)}</strong> ${noun.plural ? 'sont' : 'est'} ${form(BUILT, noun)} pour un usage quotidien.`,
    bullet: (english) => `${form(SUPPLIED, noun)} avec ${feature(english)}`,
    care: 'Entretien : essuyer avec un chiffon &amp; ranger au sec.',
    short: (english) => `${name} avec ${english === undefined ? 'tout le nécessaire' : feature(english)}.`,
    supplierText:
      '<p>Fabriqué selon les normes de qualité les plus strictes par notre fournisseur partenaire de confiance. Toutes les caractéristiques peuvent être modifiées sans préavis. Veuillez consulter le manuel fourni pour les consignes d’entretien et de sécurité. Les couleurs peuvent légèrement différer des images.</p>',
  };
}

export const frenchBundleName = (name: string): string => lookup(FRENCH_BUNDLE_NAMES, name, 'bundle name');

/** A bundle's French description lists its items by their French names. */
export const frenchBundleDescription = (itemNames: readonly string[]): string =>
  `<p>Tout dans un seul colis : ${itemNames.join(', ')}.</p>`;
