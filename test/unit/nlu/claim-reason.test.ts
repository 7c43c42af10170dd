import { describe, expect, it } from 'vitest';
import { extractClaimReason } from '../../../sidecar/nlu/entities/claim-reason.js';

describe('extractClaimReason', () => {
  it.each([
    ['i changed my mind', 'changed_mind'],
    ["i don't want it anymore", 'changed_mind'],
    ['ordered by mistake', 'changed_mind'],
    ['no longer need them', 'changed_mind'],
    ["they're too small", 'wrong_size'],
    ["it doesn't fit", 'wrong_size'],
    ['can i get a bigger size', 'wrong_size'],
    ['you sent me the wrong item', 'wrong_item'],
    ['not what i ordered', 'wrong_item'],
    ['the jacket arrived damaged', 'damaged'],
    ['the screen is cracked', 'damaged'],
    ['box was crushed', 'damaged'],
    ['the blender is faulty', 'defective'],
    ['it stopped working after 2 days', 'defective'],
    ["won't turn on", 'defective'],
    ['the package never arrived', 'not_received'],
    ["i didn't receive anything", 'not_received'],
    ['parcel lost in the post', 'not_received'],
    ['my delivery is late', 'late'],
    ["it's taking too long", 'late'],
    ['the shipment was delayed again', 'late'],
    ['refund me for the late delivery', 'late'],
    ["j'ai changé d'avis", 'changed_mind'],
    ['commandé par erreur', 'changed_mind'],
    ['je ne le veux plus', 'changed_mind'],
    ['elles sont trop petites', 'wrong_size'],
    ['la veste ne me va pas', 'wrong_size'],
    ["j'ai reçu le mauvais article", 'wrong_item'],
    ["ce n'est pas la bonne couleur", 'wrong_item'],
    ['le colis est arrivé abîmé', 'damaged'],
    ["l'ecran est fissure", 'damaged'],
    ['le mixeur est défectueux', 'defective'],
    ['il ne marche plus', 'defective'],
    ["il ne s'allume pas", 'defective'],
    ["je n'ai jamais reçu mon colis", 'not_received'],
    ['colis perdu', 'not_received'],
    ['ma livraison est en retard', 'late'],
    ['ma commande est arrivée avec une semaine de retard', 'late'],
    ['my order arrived a week late', 'late'],
    ['it took over a week longer than promised to show up', 'late'],
    ['le colis est arrivé bien plus tard que prévu', 'late'],
    ["mon colis n'est toujours pas arrivé", 'late'],
    ["c'est trop long", 'late'],
  ])('reads %j', (text, reason) => {
    expect(extractClaimReason(text)).toBe(reason);
  });

  it.each([
    'how do i return a gift',
    'what is your return policy',
    'is it too late to cancel',
    'start a return',
    'i love it',
    'comment retourner un cadeau ?',
    'quelle est votre politique de retour ?',
    'est-il trop tard pour annuler ?',
  ])('finds no reason in %j', (text) => {
    expect(extractClaimReason(text)).toBeUndefined();
  });
});
