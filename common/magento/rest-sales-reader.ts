import { MagentoNotFoundError, MagentoResponseError } from '../errors.js';
import type { MagentoSalesReader, SearchFilter } from './magento-client.js';
import { keyField, parseEntity } from './parse-response.js';
import { readSearchResults } from './read-search-results.js';
import type { MagentoRestTransport } from './rest-transport.js';
import { creditMemoSchema, invoiceSchema, orderSchema, shipmentSchema } from './shapes/order.js';

const byOrder = (orderId: number): SearchFilter[][] => [[{ field: 'order_id', value: String(orderId) }]];

/** Sales reads over REST (ACL `Magento_Sales::actions_view`, `::sales_invoice`, `::shipment`, `::sales_creditmemo`). */
export function createRestSalesReader(rest: MagentoRestTransport): MagentoSalesReader {
  return {
    async getOrder(store, orderId) {
      const raw = await rest.get(store, `/orders/${orderId}`);
      return parseEntity(orderSchema, raw, 'order', `#${orderId}`);
    },

    async getOrderByIncrementId(store, incrementId) {
      const page = await readSearchResults(
        rest,
        store,
        '/orders',
        { filterGroups: [[{ field: 'increment_id', value: incrementId }]], pageSize: 1 },
        orderSchema,
        'order',
        keyField('increment_id'),
      );
      const order = page.items[0];
      if (order) return order;
      const problem = page.problems[0];
      if (problem)
        throw new MagentoResponseError(problem.message, {
          entity: 'order',
          key: incrementId,
          field: problem.field,
        });
      throw new MagentoNotFoundError(`Magento has no order ${incrementId}`, { incrementId });
    },

    searchOrders(store, search) {
      const filterGroups: SearchFilter[][] = [];
      if (search.customerId !== undefined)
        filterGroups.push([{ field: 'customer_id', value: String(search.customerId) }]);
      if (search.customerEmail !== undefined)
        filterGroups.push([{ field: 'customer_email', value: search.customerEmail }]);
      return readSearchResults(
        rest,
        store,
        '/orders',
        {
          filterGroups,
          sortOrders: [{ field: 'created_at', direction: 'DESC' }],
          pageSize: search.pageSize ?? 20,
          currentPage: search.currentPage ?? 1,
        },
        orderSchema,
        'order',
        keyField('increment_id'),
      );
    },

    listInvoices(store, orderId) {
      return readSearchResults(
        rest,
        store,
        '/invoices',
        { filterGroups: byOrder(orderId) },
        invoiceSchema,
        'invoice',
        keyField('increment_id'),
      );
    },

    listShipments(store, orderId) {
      return readSearchResults(
        rest,
        store,
        '/shipments',
        { filterGroups: byOrder(orderId) },
        shipmentSchema,
        'shipment',
        keyField('increment_id'),
      );
    },

    listCreditMemos(store, orderId) {
      return readSearchResults(
        rest,
        store,
        '/creditmemos',
        { filterGroups: byOrder(orderId) },
        creditMemoSchema,
        'credit memo',
        keyField('increment_id'),
      );
    },
  };
}
