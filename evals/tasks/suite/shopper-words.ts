import type { TaskInput } from '../task-schema.js';

/**
 * Searches and product questions in shoppers' own words (the QA's findings): everyday words for a kind
 * the store names otherwise ("coat", « manteau »), chat shorthand and filler ("sz", "anythin",
 * « jcherche »), budgets as typed (« 40e »). English and French.
 */
export const SHOPPER_WORD_TASKS: TaskInput[] = [
  {
    id: 'find-warm-coat-finds-jackets',
    flow: 'find_products',
    goal: 'A guest asks for a warm coat for their girlfriend, 150 max: the store calls them jackets and parkas, and shows those.',
    store: 'default',
    customer: 'guest',
    turns: [
      {
        say: "hey, looking for a warm coat for my girlfriend, she's always cold, maybe 150 max",
        products: { names: 'Jacket|Parka', maxPrice: 150 },
        never: ['described as coat', 'Toaster', 'Sleeping Bag'],
      },
    ],
    expect: { handoff: 'none' },
  },
  {
    id: 'fr-manteau-chaud-trouve-des-vestes',
    flow: 'find_products',
    goal: 'Un invité cherche un manteau chaud, 200 € max : le magasin les appelle vestes, doudounes et parkas, et les montre.',
    store: 'fr',
    customer: 'guest',
    turns: [
      {
        say: "salut, je cherche un manteau chaud pour l'hiver, max 200 balles",
        products: { names: 'Veste|Doudoune|Parka', maxPrice: 200 },
        never: ['décrit comme « manteau »', 'Clavier', 'Tapis de souris'],
      },
    ],
    expect: { handoff: 'none' },
  },
  {
    id: 'find-boots-shorthand-not-quoted-back',
    flow: 'find_products',
    goal: 'A guest types "hikng boots sz 10": hiking boots are shown, and "sz" is not quoted back as a word no product has.',
    store: 'default',
    customer: 'guest',
    turns: [
      {
        say: 'hikng boots sz 10',
        products: { names: 'Boot' },
        never: ['described as sz'],
      },
      {
        say: 'yo do u have anythin for a guy who likes coffee, like under 50',
        products: { maxPrice: 50 },
        never: ['described as anythin', 'described as guy'],
      },
    ],
    expect: { handoff: 'none' },
  },
  {
    id: 'policy-question-in-a-long-story-not-quoted-back',
    flow: 'policy',
    goal: 'A guest tells a long story and asks for the return policy for tents: the policy is answered, and none of their words ("hoping", "help", "bought") is quoted back as a missing property.',
    store: 'default',
    customer: 'guest',
    turns: [
      {
        say: "Hi there! I'm hoping you can help. I bought a tent from you a few weeks ago as a guest, order 000000086 I think, no wait that's my husbands, mine was a different number, I'll have to find it. Anyway, can you tell me your return policy for tents?",
        facts: [{ text: 'returns are accepted within 30 days', label: 'the camping return window' }],
        never: ['described as'],
      },
    ],
    expect: { handoff: 'none' },
  },
  {
    id: 'fr-cadeau-yoga-budget-40e',
    flow: 'find_products',
    goal: 'Un invité écrit comme dans un chat « slt jcherche un cadeau pr ma copine elle fait du yoga, genre 40e max » : rien au-dessus de 40 €, et « jcherche » n’est pas cité comme mot manquant.',
    store: 'fr',
    customer: 'guest',
    turns: [
      {
        say: 'slt jcherche un cadeau pr ma copine elle fait du yoga, genre 40e max',
        products: { maxPrice: 40 },
        never: ['jcherche'],
      },
    ],
    expect: { handoff: 'none' },
  },
];

/** Price, stock and "which one" questions about a kind of product or a whole list (the QA's T27, T3, T18). */
export const KIND_QUESTION_TASKS: TaskInput[] = [
  {
    id: 'price-of-a-kind-shows-them',
    flow: 'product_question',
    goal: 'A guest asks "how much is a rain jacket": the jackets are shown with their prices, not "which product?".',
    store: 'eu_en',
    customer: 'guest',
    turns: [
      {
        say: 'how much is a rain jacket',
        products: { names: 'Jacket' },
        never: ['Which product do you mean', 'described as much'],
      },
    ],
    expect: { handoff: 'none' },
  },
  {
    id: 'fr-tente-encore-disponible',
    flow: 'product_question',
    goal: 'Un invité demande si la tente 4 places est encore disponible : les tentes sont montrées avec leur stock, sans « de quel produit parlez-vous ? ».',
    store: 'fr',
    customer: 'guest',
    turns: [
      {
        say: 'bonjour, savez-vous me dire si la tente 4 places est encore disponible ? merci une fois',
        products: { names: 'Tente' },
        never: ['De quel produit parlez-vous', 'décrit comme'],
      },
    ],
    expect: { handoff: 'none' },
  },
  {
    id: 'longest-battery-across-the-list',
    flow: 'compare',
    goal: 'After four earbuds, "which one has the longest battery" names the one with the most hours, weighed against all four.',
    store: 'default',
    customer: 'guest',
    turns: [
      { say: 'cheap earbuds', products: { min: 4, names: 'Earbuds' } },
      {
        say: 'which one has the longest battery',
        products: { min: 4 },
        facts: [{ text: 'lasts longest', label: 'which one lasts longest' }],
      },
    ],
    expect: { handoff: 'none' },
  },
  {
    id: 'fr-la-moins-chere-sans-mots-de-reference',
    flow: 'product_question',
    goal: 'Après des gourdes, « la moins chère elle garde le froid combien de temps » répond sur la moins chère sans citer « moins chere » comme sujet, et son poids s’écrit avec une virgule.',
    store: 'fr',
    customer: 'guest',
    turns: [
      { say: 'bonsoir, vous avez des gourdes isothermes ?', products: { names: 'Gourde' } },
      {
        say: 'la moins chère elle garde le froid combien de temps',
        never: ['moins chere', 'moins chère »'],
      },
      { say: 'elle pese combien', never: [String.raw`\d\.\d+ kg`] },
    ],
    expect: { handoff: 'none' },
  },
  {
    id: 'fr-meilleure-autonomie-sur-la-liste',
    flow: 'compare',
    goal: 'Après quatre écouteurs, « lequel a la meilleure autonomie » désigne celui qui tient le plus longtemps, parmi les quatre.',
    store: 'fr',
    customer: 'guest',
    turns: [
      { say: 'des écouteurs sans fil pas trop chers', products: { min: 4 } },
      {
        say: 'lequel a la meilleure autonomie',
        products: { min: 4 },
        facts: [{ text: 'le plus longtemps', label: 'lequel tient le plus longtemps' }],
      },
    ],
    expect: { handoff: 'none' },
  },
];
