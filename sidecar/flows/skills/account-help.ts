import { render } from '../../replies/render.js';
import type { ChatDeps } from '../flow-deps.js';
import type { SkillOutcome, Turn } from '../turn.js';
import { outcome } from './outcome.js';
import { presentProducts, productCard, productCitation, productFact } from './product-facts.js';
import { fixedReply } from './small-talk.js';
import { targetProducts } from './target-products.js';

/**
 * Where to do it on the website. The cart and checkout are the customer's own: the assistant never fills
 * a cart or places an order, so "add it to my cart" gets the way there, with the product it points at.
 */
export async function accountHelp(turn: Turn, deps: ChatDeps): Promise<SkillOutcome> {
  if (turn.understanding.entities.accountTopic !== 'cart') return fixedReply(turn, 'account_help');
  const locale = turn.store.locale;
  const target = targetProducts(turn, 1);
  const [product] = target.length > 0 ? await presentProducts(turn, deps, [target[0]!.sku]) : [];
  if (!product) return fixedReply(turn, 'cart_help');
  const citations = [productCitation(product)];
  const result = outcome(render('cart_help_product', locale, { name: product.live.name }), {
    products: [productCard(product, turn.store)],
    citations,
  });
  result.facts.products = [productFact(product)];
  result.facts.citations = citations;
  return result;
}
