import type { z } from 'zod';
import { gql } from 'graphql-request';
import type { MagentoPage, MagentoStorefront, ProductReviewSummary } from './magento-client.js';
import { keyField, parseEntity, parseItems } from './parse-response.js';
import type { MagentoGraphqlTransport } from './graphql-transport.js';
import {
  customerOrderSchema,
  customerOrdersResponseSchema,
  liveProductSchema,
  liveProductsResponseSchema,
  productReviewsItemSchema,
  productVariantsSchema,
  productReviewsResponseSchema,
} from './shapes/graphql.js';

/** Magento caps `pageSize` of `products`; ask in chunks no bigger than this many SKUs. */
const SKU_CHUNK = 50;

const LIVE_PRODUCTS = gql`
  fragment VerityPrice on ProductPrice {
    regular_price {
      value
      currency
    }
    final_price {
      value
      currency
    }
    discount {
      percent_off
      amount_off
    }
  }

  query VerityLiveProducts($skus: [String!]!, $pageSize: Int!) {
    products(filter: { sku: { in: $skus } }, pageSize: $pageSize) {
      items {
        __typename
        sku
        name
        stock_status
        rating_summary
        review_count
        small_image {
          url
        }
        price_range {
          minimum_price {
            ...VerityPrice
          }
          maximum_price {
            ...VerityPrice
          }
        }
      }
    }
  }
`;

const PRODUCT_VARIANTS = gql`
  query VerityProductVariants($skus: [String!]!, $pageSize: Int!) {
    products(filter: { sku: { in: $skus } }, pageSize: $pageSize) {
      items {
        __typename
        sku
        ... on ConfigurableProduct {
          variants {
            attributes {
              code
              label
            }
            product {
              sku
              stock_status
            }
          }
        }
      }
    }
  }
`;

const PRODUCT_REVIEWS = gql`
  query VerityProductReviews($skus: [String!]!, $pageSize: Int!, $reviewPageSize: Int!) {
    products(filter: { sku: { in: $skus } }, pageSize: $pageSize) {
      items {
        sku
        rating_summary
        review_count
        reviews(pageSize: $reviewPageSize, currentPage: 1) {
          items {
            nickname
            summary
            text
            created_at
            average_rating
            ratings_breakdown {
              name
              value
            }
          }
          page_info {
            total_pages
          }
        }
      }
    }
  }
`;

const CUSTOMER_ORDERS = gql`
  query VerityCustomerOrders($filter: CustomerOrdersFilterInput, $page: Int!, $pageSize: Int!) {
    customer {
      orders(
        filter: $filter
        sort: { sort_field: CREATED_AT, sort_direction: DESC }
        currentPage: $page
        pageSize: $pageSize
      ) {
        total_count
        page_info {
          current_page
          total_pages
        }
        items {
          id
          number
          status
          order_date
          carrier
          shipping_method
          total {
            grand_total {
              value
              currency
            }
            total_shipping {
              value
              currency
            }
          }
          items {
            product_sku
            product_name
            quantity_ordered
            quantity_shipped
            quantity_refunded
            status
          }
          shipments {
            number
            tracking {
              carrier
              number
              title
            }
          }
        }
      }
    }
  }
`;

function chunks<T>(values: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += size) out.push(values.slice(i, i + size));
  return out;
}

/** Reads products in SKU chunks and merges the pages into one. */
async function bySkuChunks<T>(
  skus: readonly string[],
  readChunk: (chunk: string[]) => Promise<MagentoPage<T>>,
): Promise<MagentoPage<T>> {
  const merged: MagentoPage<T> = {
    items: [],
    problems: [],
    totalCount: 0,
    currentPage: 1,
    pageSize: skus.length,
  };
  for (const chunk of chunks([...new Set(skus)], SKU_CHUNK)) {
    const page = await readChunk(chunk);
    merged.items.push(...page.items);
    merged.problems.push(...page.problems);
    merged.totalCount += page.totalCount;
  }
  return merged;
}

/** One `products(filter: {sku: {in}})` read, in chunks, each item checked against its schema. */
function productsBySku<T extends { sku: string }>(
  graphql: MagentoGraphqlTransport,
  store: string,
  skus: readonly string[],
  read: { operation: string; query: string; item: z.ZodType<T>; what: string },
): Promise<MagentoPage<T>> {
  return bySkuChunks(skus, async (chunk) => {
    const data = await graphql.query(store, read.operation, read.query, {
      skus: chunk,
      pageSize: chunk.length,
    });
    const response = parseEntity(liveProductsResponseSchema, data, read.what, store);
    const raws = response.products?.items ?? [];
    const { items, problems } = parseItems(read.item, raws, 'product', keyField('sku'));
    return { items, problems, totalCount: raws.length, currentPage: 1, pageSize: chunk.length };
  });
}

/** Storefront reads over GraphQL (no admin token; customer queries use the customer's own token). */
export function createGraphqlStorefront(graphql: MagentoGraphqlTransport): MagentoStorefront {
  return {
    getLiveProducts(store, skus) {
      return productsBySku(graphql, store, skus, {
        operation: 'VerityLiveProducts',
        query: LIVE_PRODUCTS,
        item: liveProductSchema,
        what: 'live products of store',
      });
    },

    getProductVariants(store, skus) {
      return productsBySku(graphql, store, skus, {
        operation: 'VerityProductVariants',
        query: PRODUCT_VARIANTS,
        item: productVariantsSchema,
        what: 'product variants of store',
      });
    },

    getReviewSummaries(store, skus, pageSize = 5) {
      return bySkuChunks(skus, async (chunk) => {
        const data = await graphql.query(store, 'VerityProductReviews', PRODUCT_REVIEWS, {
          skus: chunk,
          pageSize: chunk.length,
          reviewPageSize: pageSize,
        });
        const response = parseEntity(productReviewsResponseSchema, data, 'reviews of store', store);
        const raws = response.products?.items ?? [];
        const parsed = parseItems(productReviewsItemSchema, raws, 'product reviews', keyField('sku'));
        const items: ProductReviewSummary[] = parsed.items.map((item) => ({
          sku: item.sku,
          ratingSummary: item.rating_summary,
          reviewCount: item.review_count,
          reviews: item.reviews.items.filter((review) => review !== null),
        }));
        return {
          items,
          problems: parsed.problems,
          totalCount: raws.length,
          currentPage: 1,
          pageSize: chunk.length,
        };
      });
    },

    async getCustomerOrders(store, customerToken, options = {}) {
      const data = await graphql.query(
        store,
        'VerityCustomerOrders',
        CUSTOMER_ORDERS,
        {
          filter: options.number === undefined ? null : { number: { eq: options.number } },
          page: options.page ?? 1,
          pageSize: options.pageSize ?? 10,
        },
        { customerToken },
      );
      const response = parseEntity(customerOrdersResponseSchema, data, 'customer orders of store', store);
      const orders = response.customer?.orders;
      const { items, problems } = parseItems(
        customerOrderSchema,
        orders?.items ?? [],
        'order',
        keyField('number'),
      );
      return {
        orders: items,
        problems,
        totalCount: orders?.total_count ?? items.length,
        totalPages: orders?.page_info?.total_pages ?? 1,
      };
    },
  };
}
