import { describe, expect, it } from 'vitest';
import { extractAccountTopic } from '../../../sidecar/nlu/entities/account-topic.js';
import { normalize } from '../../../sidecar/nlu/text.js';

const topic = (text: string) => extractAccountTopic(normalize(text));

describe('account topic: the cart and the checkout', () => {
  it.each([
    'ok add it to cart',
    'can you add this to my basket',
    'put the first one in my cart pls',
    'yes add the first one to my cart please',
    'how do i checkout?',
    'where is my cart',
    'buy it for me',
    'i want to buy the first one',
    'can you order it for me',
    'place an order for me',
    'ajoute le au panier',
    'tu peux le mettre dans mon panier ?',
    'comment je valide mon panier',
    'je peux passer commande par téléphone ?',
    'vous pouvez me le commander pour moi ?',
  ])('%j is about the cart', (text) => {
    expect(topic(text)).toBe('cart');
  });

  it.each([
    'I want to buy a tent',
    'i placed an order last week',
    'where is my order',
    'do you have shopping bags',
    'check the price of the tent',
    "j'ai passé commande hier",
    'je veux acheter une tente',
    'buy one get one free?',
  ])('%j is not', (text) => {
    expect(topic(text)).toBeUndefined();
  });
});
