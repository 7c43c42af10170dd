import { MagentoNotFoundError, MagentoResponseError } from '../../common/errors.js';
import type { MagentoClient } from '../../common/magento/magento-client.js';
import type { MagentoProduct } from '../../common/magento/shapes/product.js';
import type { Channel } from '../../common/magento/verity-config.js';
import type { StorePolicies } from '../tools/store-policies.js';
import type { ActionKind, ClaimReason, CouponRule, ItemPolicy } from './authorization/authorization-facts.js';
import { orderFactsFromMagento } from './order-facts.js';
import type { ActionRequest } from './request-action.js';

export interface ActionFactsDeps {
  magento: Pick<
    MagentoClient,
    | 'getOrderByIncrementId'
    | 'listInvoices'
    | 'listShipments'
    | 'getProduct'
    | 'listStoreConfigs'
    | 'searchOrders'
  >;
  policies: Pick<StorePolicies, 'lookup' | 'snapshot'>;
  /** @default () => new Date() */
  clock?: () => Date;
}

/** What the conversation engine understood: who asks for what on which order. */
export interface ActionAsk {
  storeCode: string;
  channel: Channel;
  orderNumber: string;
  action: ActionKind;
  /** Order line ids and quantities; empty for cancel and coupon. */
  items: Array<{ item_id: number; qty: number }>;
  reason: ClaimReason;
  /** Ids of the evidence files the customer sent (attachments); empty when none. */
  evidence: string[];
  /** The signed-in customer (from the verified customer token), or the guest's verified e-mail. */
  customer: { id: number | null; email: string | null };
  message: string;
  conversationId: string | null;
}

function categoryIdsOf(product: MagentoProduct): number[] {
  const links = product.extension_attributes?.category_links ?? [];
  return links
    .flatMap((l) => (l.category_id === null ? [] : [Number(l.category_id)]))
    .filter((id) => Number.isInteger(id) && id > 0);
}

/**
 * Reads, live from Magento, every fact a bounded action is decided on: the order with its invoices and
 * shipments, each line's categories and policy (through the policy engine), the store's time zone and
 * bounds, and the customer's order count in the bounds period. A product Magento no longer knows gets
 * no policy (→ a person decides), never a store-wide one by accident.
 */
export async function loadActionFacts(deps: ActionFactsDeps, ask: ActionAsk): Promise<ActionRequest> {
  const { magento, policies } = deps;
  const store = ask.storeCode;
  const order = await magento.getOrderByIncrementId(store, ask.orderNumber);
  const [invoices, shipments, storeConfigs, snapshot] = await Promise.all([
    magento.listInvoices(store, order.entity_id),
    magento.listShipments(store, order.entity_id),
    magento.listStoreConfigs([store]),
    policies.snapshot(store),
  ]);
  const timeZone = storeConfigs.find((c) => c.code === store)?.timezone;
  if (timeZone === undefined || timeZone === null) {
    throw new MagentoResponseError(`store ${store}: store config has no timezone`, {
      entity: 'store config',
      key: store,
      field: 'timezone',
    });
  }

  const skus = [
    ...new Set(
      (order.items ?? [])
        .filter((i) => i.parent_item_id === undefined && i.sku !== null)
        .map((i) => i.sku as string),
    ),
  ];
  const products = new Map<string, MagentoProduct | null>(
    await Promise.all(
      skus.map(async (sku): Promise<[string, MagentoProduct | null]> => {
        try {
          return [sku, await magento.getProduct(store, sku)];
        } catch (error) {
          if (error instanceof MagentoNotFoundError) return [sku, null];
          throw error;
        }
      }),
    ),
  );
  const categories = new Map(
    [...products].flatMap(([sku, p]) => (p === null ? [] : [[sku, categoryIdsOf(p)] as const])),
  );
  const facts = orderFactsFromMagento(order, invoices.items, shipments.items, categories);

  const policyEntries = await Promise.all(
    facts.items.map(async (item): Promise<[string, ItemPolicy]> => {
      if (products.get(item.sku) === null) {
        return [
          String(item.item_id),
          {
            ok: false,
            violations: [{ code: 'product_unknown', message: `Magento no longer knows ${item.sku}.` }],
          },
        ];
      }
      const lookup = await policies.lookup({
        store,
        channel: ask.channel,
        categoryIds: item.category_ids,
        productName: item.name,
      });
      return [String(item.item_id), lookup];
    }),
  );

  const now = (deps.clock ?? (() => new Date()))();
  const bounds = snapshot.config.refund_bounds;
  let ordersInPeriod: number | null = null;
  if (ask.customer.id !== null) {
    const since = now.getTime() - bounds.period_days * 86_400_000;
    const recent = await magento.searchOrders(store, { customerId: ask.customer.id, pageSize: 100 });
    ordersInPeriod = recent.items.filter(
      (o) => o.created_at !== undefined && Date.parse(`${o.created_at.replace(' ', 'T')}Z`) >= since,
    ).length;
  }

  return {
    facts: {
      action: ask.action,
      order: facts,
      requested_items: ask.items,
      claim: {
        reason: ask.reason,
        evidence_provided: ask.evidence.length > 0,
        evidence_ids: ask.evidence,
      },
      customer: ask.customer,
      store: { code: store, time_zone: timeZone, base_currency_code: snapshot.config.base_currency_code },
      channel: ask.channel,
      policies: Object.fromEntries(policyEntries),
      bounds,
      // The merchant's courtesy coupons (Stores › Configuration): none configured, none ever given.
      coupon_rules: snapshot.config.coupon_rules.map((rule): CouponRule => ({
        rule_id: rule.rule_id,
        coupon_code: rule.coupon_code,
        reasons: rule.reasons,
        max_per_customer_per_period: rule.max_per_customer,
        allow_with_order_coupon: false,
      })),
      message: ask.message,
    },
    ordersInPeriod,
    conversationId: ask.conversationId,
  };
}
