import { GraphQLError } from 'graphql';

/** Magento's GraphQL error categories (`errors[].extensions.category`). */
export type ErrorCategory = 'graphql-authorization' | 'graphql-input' | 'graphql-no-such-entity';

export function magentoGraphQLError(message: string, category: ErrorCategory): GraphQLError {
  return new GraphQLError(message, { extensions: { category } });
}
