import type { MagentoCustomerReader } from './magento-client.js';
import { parseEntity } from './parse-response.js';
import type { MagentoRestTransport } from './rest-transport.js';
import { customerSchema } from './shapes/customer.js';

/** Customer reads: `/me` with the customer's own token (ACL `self`), by id with `Magento_Customer::customer`. */
export function createRestCustomerReader(rest: MagentoRestTransport): MagentoCustomerReader {
  return {
    async getCurrentCustomer(store, customerToken) {
      const raw = await rest.get(store, '/customers/me', { token: customerToken });
      return parseEntity(customerSchema, raw, 'customer', 'me');
    },
    async getCustomer(store, customerId) {
      const raw = await rest.get(store, `/customers/${customerId}`);
      return parseEntity(customerSchema, raw, 'customer', `#${customerId}`);
    },
  };
}
