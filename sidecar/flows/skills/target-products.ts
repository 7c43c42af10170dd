import type { ShownProductState } from '../dialogue-state.js';
import type { Turn } from '../turn.js';

/**
 * The products a turn is about, in order of evidence: named in the message, pointed at ("the second
 * one", "both"), the product in focus, or the only product shown.
 */
export function targetProducts(turn: Turn, max: number): ShownProductState[] {
  const named = namedProducts(turn, max);
  if (named.length > 0) return named;
  if (turn.state.focusProduct) return [turn.state.focusProduct];
  return turn.state.shownProducts.length === 1 ? [turn.state.shownProducts[0]!] : [];
}

/** Products the message itself names or points at ("the Raptor X15", "the second one", "both"). */
export function namedProducts(turn: Turn, max: number): ShownProductState[] {
  const { entities } = turn.understanding;
  const found: ShownProductState[] = [];
  const add = (p: ShownProductState) => {
    if (found.length < max && !found.some((f) => f.sku === p.sku)) found.push(p);
  };
  for (const match of entities.products) add({ sku: match.sku, name: match.name });
  for (const reference of entities.references) for (const p of reference.resolved) add(p);
  return found;
}

/**
 * Like {@link targetProducts}, but a follow-up with nothing to point at ("how's the battery life?"
 * right after a list) is about the products just shown.
 */
export function contextProducts(turn: Turn, max: number): ShownProductState[] {
  const targets = targetProducts(turn, max);
  return targets.length > 0 ? targets : turn.state.shownProducts.slice(0, max);
}
