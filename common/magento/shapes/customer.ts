import { z } from 'zod';

/** `Customer.AddressInterface` (the fields Verity reads). */
export const customerAddressSchema = z.object({
  id: z.number().int().optional(),
  customer_id: z.number().int().optional(),
  country_id: z.string().optional(),
  street: z.array(z.string()).optional(),
  postcode: z.string().optional(),
  city: z.string().optional(),
  firstname: z.string().optional(),
  lastname: z.string().optional(),
  telephone: z.string().optional(),
  default_shipping: z.boolean().optional(),
  default_billing: z.boolean().optional(),
});
export type MagentoCustomerAddress = z.infer<typeof customerAddressSchema>;

/** `Customer.CustomerInterface` (the fields Verity reads). */
export const customerSchema = z.object({
  id: z.number().int(),
  group_id: z.number().int().optional(),
  email: z.string().nullable(),
  firstname: z.string().nullable(),
  lastname: z.string().nullable(),
  created_at: z.string().optional(),
  store_id: z.number().int().optional(),
  website_id: z.number().int().optional(),
  addresses: z.array(customerAddressSchema).optional(),
});
export type MagentoCustomer = z.infer<typeof customerSchema>;
