import { DEMO_STORES, expectedRule, ruleValues, type DemoStore } from './demo-policies.js';

const WANTS_A_PERSON = [
  'I want to talk to a human.',
  'Can I speak to a real person please?',
  'Connect me with customer service.',
  'agent',
  'Please transfer me to a human agent.',
  'I need to speak with someone from your support team.',
  'Is there a person I can talk to about my order?',
  'Get me a live agent now.',
  "This is the third time I'm asking. I want a human, not a bot!",
  'Let me talk to your staff.',
  'Je veux parler à un conseiller.',
  'Puis-je parler à une vraie personne ?',
  'Can you escalate this to a supervisor?',
  'I would like to talk to a representative.',
  'Human please.',
];

const SELF_SERVE = [
  'What is your return policy?',
  'How long is the warranty?',
  'Do you offer free shipping?',
  'Do you have gaming laptops under $1,500?',
  'Which earbuds do you sell?',
  'Thanks, that is all I needed!',
  'Hello!',
  'Can I exchange an item?',
  'How long does delivery take?',
  'Do you price match?',
  'Quelle est votre politique de retour ?',
  'Bonjour !',
  'Is the Lumio Glow LED Strip in stock?',
  'What headphones would you recommend?',
  'Goodbye, have a nice day.',
];

/** Escalation precision/recall: requests for a person must hand off; self-serve questions must not. */
export function escalationCases(): unknown[] {
  const store = (i: number): DemoStore => DEMO_STORES[i % DEMO_STORES.length] as DemoStore;
  const facts = (s: DemoStore) => {
    const ruleId = expectedRule(s, [], 'web');
    return { policies: [{ ruleId, values: ruleValues(s, ruleId), appliesTo: 'all products' }] };
  };
  const cases: unknown[] = [];
  // French messages go to the French store view, as its customers would write them.
  const storeFor = (message: string, i: number): DemoStore =>
    /[àâçéèêîôù]|Bonjour|Quelle|Puis-je|Je veux/.test(message) ? (DEMO_STORES[2] as DemoStore) : store(i);
  WANTS_A_PERSON.forEach((message, i) => {
    const s = storeFor(message, i);
    cases.push({
      id: `esc-${String(cases.length + 1).padStart(3, '0')}`,
      kind: 'escalation',
      store: s.store_code,
      channel: 'web',
      subject: 'asks for a person',
      facts: facts(s),
      turns: [{ message, expect: { intent: 'human_agent', escalation: true } }],
    });
  });
  SELF_SERVE.forEach((message, i) => {
    const s = storeFor(message, i);
    cases.push({
      id: `esc-${String(cases.length + 1).padStart(3, '0')}`,
      kind: 'escalation',
      store: s.store_code,
      channel: 'web',
      subject: 'self-serve question',
      facts: facts(s),
      turns: [{ message, expect: { escalation: false } }],
    });
  });
  return cases;
}
