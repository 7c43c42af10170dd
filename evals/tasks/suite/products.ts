import type { TaskInput } from '../task-schema.js';

/** Finding products (budgets, refinements), product questions and comparisons, English. */
export const PRODUCT_TASKS: TaskInput[] = [
  {
    id: 'find-kind-not-sold',
    flow: 'find_products',
    goal: 'A guest asks for beanies, which the store does not sell: the assistant says so, with what the store carries, and presents nothing as a match.',
    store: 'default',
    customer: 'guest',
    turns: [
      {
        say: 'do you have beanies?',
        facts: [{ text: String.raw`couldn.t find "beanies"`, label: 'that the store has no beanies' }],
        never: ['matching your search', 'closest I found'],
      },
    ],
    expect: { handoff: 'none' },
  },
  {
    id: 'find-rain-jacket-for-hiking-budget',
    flow: 'find_products',
    goal: 'A guest wants a rain jacket for hiking under $150: only jackets are shown, and none is said to be for rain.',
    store: 'default',
    customer: 'guest',
    turns: [
      {
        say: "I'm looking for a rain jacket for hiking, under 150 dollars",
        products: { names: 'Jacket', maxPrice: 150 },
        facts: [
          {
            text: 'None of these is described as rain',
            label: 'that no jacket shown is said to be for rain',
          },
        ],
      },
    ],
    expect: { handoff: 'none' },
  },
  {
    id: 'compare-two-tents-sharing-a-model-code',
    flow: 'compare',
    goal: 'A guest compares two named tents; another product with the same model code is not added to the comparison.',
    store: 'default',
    customer: 'guest',
    turns: [
      {
        say: "what's the difference between the Acme Family Tent S10 and the Trailwise Backpacking Tent G40?",
        compares: 2,
        never: ['Camp Chair'],
      },
    ],
    expect: { handoff: 'none' },
  },
  {
    id: 'find-tents-then-cheaper-ones',
    flow: 'find_products',
    goal: 'A guest looks at tents and asks for cheaper ones: cheaper tents, not the same list again.',
    store: 'default',
    customer: 'guest',
    turns: [
      { say: 'show me tents', products: { names: 'Tent' } },
      { say: 'cheaper ones?', products: { names: 'Tent', cheaperThanBefore: true } },
    ],
    expect: { handoff: 'none' },
  },
  {
    id: 'find-gift-then-lantern-within-budget',
    flow: 'find_products',
    goal: 'A guest looks for a camping gift around $50, then asks about a lantern: lanterns around the same budget.',
    store: 'default',
    customer: 'guest',
    turns: [
      { say: 'I need a gift for my dad who likes camping, around $50', products: { maxPrice: 57.5 } },
      { say: 'what about a lantern?', products: { names: 'Lantern', maxPrice: 57.5 } },
    ],
    expect: { handoff: 'none' },
  },
  {
    id: 'find-gift-then-something-cheaper',
    flow: 'find_products',
    goal: 'A guest looks for a camping gift around $50, then asks for something cheaper.',
    store: 'default',
    customer: 'guest',
    turns: [
      { say: 'I need a gift for my dad who likes camping, around $50', products: { maxPrice: 57.5 } },
      { say: 'something cheaper?', products: { cheaperThanBefore: true }, never: ['nothing cheaper'] },
    ],
    expect: { handoff: 'none' },
  },
  {
    id: 'find-gaming-laptop-budget-then-cheaper',
    flow: 'find_products',
    goal: 'A guest looks for a gaming laptop under $1500, then asks for something cheaper.',
    store: 'default',
    customer: 'guest',
    turns: [
      { say: "I'm looking for a gaming laptop under $1500", products: { maxPrice: 1500, names: 'laptop' } },
      { say: 'anything cheaper?', products: { cheaperThanBefore: true, names: 'laptop' } },
    ],
    expect: { handoff: 'none' },
  },
  {
    id: 'find-headphones-then-add-to-cart',
    flow: 'find_products',
    goal: 'A guest finds headphones and asks to add the first one to the cart: the assistant cannot, and shows the way with that product.',
    store: 'default',
    customer: 'guest',
    turns: [
      { say: 'do u have headphones', products: { names: 'headphones' } },
      {
        say: 'ok add the first one to my cart',
        products: { min: 1, names: 'headphones' },
        facts: [{ text: 'Add to Cart', label: 'how to add it to the cart' }],
        never: ['password', 'added to your cart'],
      },
    ],
    expect: { handoff: 'none' },
  },
  {
    id: 'find-fleece-then-size-in-stock',
    flow: 'product_question',
    goal: 'A guest finds fleece jackets and asks whether the first one is available in XL: the answer is about XL, from the variants’ live stock.',
    store: 'default',
    customer: 'guest',
    turns: [
      { say: 'fleece jacket', products: { names: 'Fleece' } },
      {
        say: 'is the first one available in XL',
        facts: [
          {
            text: String.raw`\bXL\b.*(?:in stock|sold out)|(?:in stock|sold out).*\bXL\b`,
            label: 'whether XL is in stock',
          },
        ],
      },
    ],
    expect: { handoff: 'none' },
  },
  {
    id: 'fleece-in-large-said-in-words',
    flow: 'product_question',
    goal: 'A guest finds fleece jackets and asks whether the first one comes in large: the answer is about size L, from the variants’ live stock.',
    store: 'default',
    customer: 'guest',
    turns: [
      { say: 'fleece jacket', products: { names: 'Fleece' } },
      {
        say: 'is the first one available in large?',
        facts: [
          {
            text: String.raw`\bL\b.*(?:in stock|sold out|isn.t offered|comes in)|(?:in stock|sold out).*\bL\b`,
            label: 'whether size L is in stock',
          },
        ],
      },
    ],
    expect: { handoff: 'none' },
  },
  {
    id: 'first-one-reviews',
    flow: 'product_question',
    goal: 'A guest finds headphones and asks whether the first one has good reviews: the live rating answers, not "the details don’t mention it".',
    store: 'default',
    customer: 'guest',
    turns: [
      { say: 'headphones', products: { names: 'headphones' } },
      {
        say: 'does the first one have good reviews?',
        facts: [{ text: String.raw`out of 5|no customer reviews`, label: 'its rating, or that it has none' }],
        never: [String.raw`don.t mention`],
      },
    ],
    expect: { handoff: 'none' },
  },
  {
    id: 'battery-then-what-about-the-first',
    flow: 'product_question',
    goal: 'A guest asks the battery life of the second pair of headphones shown, then "what about the first one?": the same question, of the first.',
    store: 'default',
    customer: 'guest',
    turns: [
      { say: 'wireless headphones under 100', products: { names: 'Headphones' } },
      {
        say: 'how long does the battery last on the second one?',
        facts: [{ text: String.raw`Battery life: \d+ hours`, label: 'its battery life' }],
      },
      {
        say: 'what about the first one?',
        facts: [{ text: String.raw`Battery life: \d+ hours`, label: 'the battery life of the first' }],
      },
    ],
    expect: { handoff: 'none' },
  },
  {
    id: 'tent-how-heavy',
    flow: 'product_question',
    goal: 'A guest looks at 2-person tents and asks how heavy the first one is: the product’s weight, with the store’s unit.',
    store: 'default',
    customer: 'guest',
    turns: [
      { say: '2 person tent', products: { names: 'Tent' } },
      {
        say: 'how heavy is the first one',
        facts: [{ text: String.raw`\d+(?:\.\d+)? lb`, label: 'its weight in pounds' }],
        never: [String.raw`don.t mention`],
      },
    ],
    expect: { handoff: 'none' },
  },
  {
    id: 'tent-waterproof-from-description',
    flow: 'product_question',
    goal: 'A guest looks at 2-person tents and asks whether the first one is waterproof: no attribute says so, the store’s description does.',
    store: 'default',
    customer: 'guest',
    turns: [
      { say: '2 person tent', products: { names: 'Tent' } },
      {
        say: 'is the first one waterproof?',
        facts: [{ text: 'waterproof', label: 'what the description says about it' }],
        never: [String.raw`don.t mention`],
      },
    ],
    expect: { handoff: 'none' },
  },
  {
    id: 'find-jacket-in-blue',
    flow: 'find_products',
    goal: 'A guest looks for a jacket and then wants it in blue.',
    store: 'default',
    customer: 'guest',
    turns: [
      { say: 'show me some jackets', products: { categories: [14] } },
      { say: 'in blue?', products: { categories: [14], color: 'Blue' } },
    ],
    expect: { handoff: 'none' },
  },
  {
    id: 'find-gift-teen-budget',
    flow: 'find_products',
    goal: 'A guest wants a tech gift for a 14-year-old, max $50.',
    store: 'default',
    customer: 'guest',
    turns: [
      { say: 'gift ideas for a 14 yo who loves gadgets? max 50 bucks', products: { maxPrice: 50, min: 2 } },
    ],
    expect: { handoff: 'none' },
  },
  {
    id: 'find-misspelt-earbuds',
    flow: 'find_products',
    goal: 'A guest types a misspelt search for wireless earbuds.',
    store: 'default',
    customer: 'guest',
    turns: [{ say: 'wireles earbuds for runing', products: { categories: [5] } }],
    expect: { handoff: 'none' },
  },
  {
    id: 'product-question-battery-life',
    flow: 'product_question',
    goal: 'A guest asks how long the Nova G16 battery lasts.',
    store: 'default',
    customer: 'guest',
    turns: ['how long does the battery last on the nova g16?'],
    expect: { facts: [{ attribute: { sku: 'NOVA-G16', code: 'battery_life_hours' } }], handoff: 'none' },
  },
  {
    id: 'product-question-out-of-stock',
    flow: 'product_question',
    goal: 'A guest asks if the Titan 17 is in stock (it is not).',
    store: 'default',
    customer: 'guest',
    turns: ['is the titan 17 in stock?'],
    expect: {
      facts: [
        {
          text: String.raw`out of stock|not (?:currently )?(?:in stock|available)|unavailable|sold out`,
          label: 'that it is out of stock',
        },
      ],
      handoff: 'none',
    },
  },
  {
    id: 'product-question-price',
    flow: 'product_question',
    goal: 'A guest asks what the Raptor X15 costs.',
    store: 'default',
    customer: 'guest',
    turns: ['how much is the raptor x15'],
    expect: { facts: [{ price: 'RAPTOR-X15' }], handoff: 'none' },
  },
  {
    id: 'compare-two-named-laptops',
    flow: 'compare',
    goal: 'A guest compares the Raptor X15 and the Nova G16.',
    store: 'default',
    customer: 'guest',
    turns: [{ say: 'compare the raptor x15 and the nova g16', compares: 2 }],
    expect: {
      facts: [
        { product: 'RAPTOR-X15' },
        { product: 'NOVA-G16' },
        { attribute: { sku: 'RAPTOR-X15', code: 'battery_life_hours' } },
        { attribute: { sku: 'NOVA-G16', code: 'battery_life_hours' } },
      ],
      handoff: 'none',
    },
  },
  {
    id: 'compare-first-two-after-search',
    flow: 'compare',
    goal: 'A guest searches for gaming laptops, then compares the first two shown.',
    store: 'default',
    customer: 'guest',
    turns: [
      { say: 'gaming laptops under 1500?', products: { maxPrice: 1500, names: 'laptop' } },
      { say: 'compare the first two', compares: 2 },
    ],
    expect: { handoff: 'none' },
  },
  {
    id: 'compare-then-better-reviews',
    flow: 'compare',
    goal: 'A guest compares two gaming laptops, then asks which one has better reviews: the live ratings answer.',
    store: 'default',
    customer: 'guest',
    turns: [
      { say: 'compare the raptor x15 and the nova g16', compares: 2 },
      {
        say: 'which one has better reviews?',
        facts: [
          {
            text: String.raw`rated (?:higher|lower)|no customer reviews|same rating`,
            label: 'which is rated higher',
          },
        ],
      },
    ],
    expect: { handoff: 'none' },
  },
  {
    id: 'fleece-what-is-it-made-of',
    flow: 'product_question',
    goal: 'A guest looks at fleece jackets and asks "what\'s it made of?", then the colours of the first: the material and the colours from the products\' own attributes, not "the details don\'t mention made".',
    store: 'default',
    customer: 'guest',
    turns: [
      { say: 'fleece jacket', products: { names: 'Fleece Jacket' } },
      {
        say: "what's it made of?",
        facts: [{ text: String.raw`Material: \w+`, label: 'their material' }],
        never: [String.raw`don.t mention`],
      },
      {
        say: 'and what colours does the first one come in',
        facts: [{ text: String.raw`Color: \w+`, label: 'the colours of the first' }],
      },
    ],
    expect: { handoff: 'none' },
  },
];
