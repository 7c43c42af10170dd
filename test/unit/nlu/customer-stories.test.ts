import { describe, expect, it } from 'vitest';
import { analyse } from '../../../sidecar/nlu/understand.js';
import type { Intent } from '../../../sidecar/nlu/types.js';
import { buildFixtureModel } from './support.js';

const model = buildFixtureModel();
const reads = (cases: Array<[string, Intent]>) =>
  it.each(cases)('%j → %s', (text, intent) => {
    expect(analyse(model, text).intent).toBe(intent);
  });

describe('a story of repeated failures is a complaint, with no complaint word', () => {
  reads([
    ['that is the fourth time a delivery from you turns up late', 'complaint'],
    ['two of my last three orders came damaged', 'complaint'],
    ['every single parcel shows up a week late', 'complaint'],
    ['deuxième fois ce mois-ci que le colis arrive abîmé', 'complaint'],
    ['encore une livraison en retard, à chaque fois la même chose', 'complaint'],
  ]);
});

describe('swearing is tone: the request beneath it is the message', () => {
  reads([
    ['wtf where is my parcel', 'order_status'],
    ['bordel il est où mon colis ?', 'order_status'],
    ['this is shit, total rubbish', 'complaint'],
  ]);
});

describe('carrier words and waiting for one’s goods are the order’s status', () => {
  reads([
    ['tracking has said label created since monday', 'order_status'],
    ['still waiting on my sleeping bag', 'order_status'],
    ['has my order left yet?', 'order_status'],
    ["mon colis est en cours d'acheminement depuis une semaine", 'order_status'],
    ['still waiting for my refund', 'refund_request'],
  ]);
});

describe('one’s own refund is a refund request; how refunds work is the terms', () => {
  reads([
    ['when do i get refunded for the boots i sent back?', 'refund_request'],
    ['refund me the delivery charge please', 'refund_request'],
    ['quand est-ce que je vais être remboursée ?', 'refund_request'],
  ]);
});

describe('services of the terms are policy questions', () => {
  reads([
    ['can you gift wrap it?', 'policy_question'],
    ['is click and collect available?', 'policy_question'],
    ['can i pay cash on delivery', 'policy_question'],
    ['do you deliver to a PO box', 'policy_question'],
    ['on peut payer à la livraison ?', 'policy_question'],
    ['possible de retirer le colis en magasin ?', 'policy_question'],
  ]);
});

describe('changes of mind and preferences', () => {
  reads([
    ['i was going to cancel it but never mind', 'deny'],
    ["j'allais l'annuler mais laissez tomber", 'deny'],
    ["i'd rather swap it than get my money back", 'exchange'],
  ]);
});

describe('a polite closing does not make a request thanks', () => {
  reads([
    ["pouvez-vous m'indiquer où en est ma commande merci d'avance", 'order_status'],
    ['i would like to return the lantern thanks in advance', 'return_request'],
    ["merci d'avance", 'thanks'],
  ]);
});

describe('a negation inside a product phrase is no "no"', () => {
  it.each(['non-stick pan', 'non slip socks'])('%j is no deny', (text) => {
    expect(analyse(model, text).intent).not.toBe('deny');
  });
});

describe('the avocado is no lawyer', () => {
  it('reads "l’avocat est-il un fruit ?" out of scope', () => {
    expect(analyse(model, "l'avocat est-il un fruit ?").intent).toBe('out_of_scope');
  });
  it('keeps "je vais voir mon avocat" legal', () => {
    expect(analyse(model, 'je vais voir mon avocat').intent).toBe('legal_privacy');
  });
});

describe('food and drink, and no word of the catalog, are off topic', () => {
  reads([
    ['a dozen bagels for tomorrow morning', 'out_of_scope'],
    ['vous avez des fraises ?', 'out_of_scope'],
    ['recipe for lemon cake', 'out_of_scope'],
  ]);
  it('keeps a catalog product named with food a search', () => {
    expect(analyse(model, 'kettle for tea').intent).not.toBe('out_of_scope');
  });
});

describe('taking leave is a goodbye', () => {
  reads([
    ['see you later', 'goodbye'],
    ['à la prochaine', 'goodbye'],
  ]);
});
