import { describe, expect, it } from 'vitest';
import { asksContents } from '../../../sidecar/nlu/entities/contents-question.js';

describe('asksContents: a question of what something holds', () => {
  it.each([
    "what's in it?",
    'whats in it',
    'what was in it',
    'what does it contain?',
    "what's inside?",
    'what items are in it?',
    "what's in order 000000001",
    'what was in that order?',
    "qu'est-ce qu'il y a dedans ?",
    'elle contient quoi ?',
    'que contient la commande 3 ?',
  ])('%j asks what it holds', (text) => {
    expect(asksContents(text.toLowerCase())).toBe(true);
  });

  it.each([
    "what's in stock?",
    "what's in the sale?",
    'is it waterproof?',
    "what's in the first aid kit?",
    'where is my order?',
    "qu'est-ce que vous avez en stock ?",
  ])('%j does not', (text) => {
    expect(asksContents(text.toLowerCase())).toBe(false);
  });
});
