import { readFileSync } from 'node:fs';
import express, { Router, type Request, type Response } from 'express';
import { buildSchema, graphql, type GraphQLSchema } from 'graphql';
import { bearer, type TokenStore } from '../auth.js';
import type { SandboxData } from '../data/sandbox-data.js';
import { rootValue, type GraphQLContext } from './resolvers.js';

let schema: GraphQLSchema | undefined;

/** The sandbox's SDL, a checked subset of Magento 2.4.8's storefront schema. */
export function sandboxSchema(): GraphQLSchema {
  schema ??= buildSchema(readFileSync(new URL('./schema.graphqls', import.meta.url), 'utf8'));
  return schema;
}

/** `POST /graphql` (JSON body) and `GET /graphql?query=…&variables=…`; the `Store` header picks the store view. */
export function graphqlRoute(deps: { data: SandboxData; tokens: TokenStore }): Router {
  const router = Router();
  const handle = async (
    req: Request,
    res: Response,
    input: { query?: unknown; variables?: unknown; operationName?: unknown },
  ) => {
    if (typeof input.query !== 'string' || input.query.trim() === '') {
      res.status(200).json({
        errors: [{ message: 'Syntax Error: Unexpected <EOF>.', extensions: { category: 'graphql' } }],
      });
      return;
    }
    const storeCode = req.get('store') ?? 'default';
    const store = deps.data.storeView(storeCode);
    const config = store ? deps.data.storeConfig(store.id) : undefined;
    if (!store || !config) {
      res.status(200).json({
        errors: [
          { message: 'Requested store is not found', extensions: { category: 'graphql-no-such-entity' } },
        ],
      });
      return;
    }
    const contextValue: GraphQLContext = {
      data: deps.data,
      tokens: deps.tokens,
      storeCode: store.code,
      storeId: store.id,
      websiteId: store.website_id,
      currency: config.base_currency_code,
      timeZone: config.timezone,
      customerId: deps.tokens.customerId(bearer(req)),
    };
    let variables: Record<string, unknown> | undefined;
    try {
      variables =
        typeof input.variables === 'string'
          ? (JSON.parse(input.variables) as Record<string, unknown>)
          : (input.variables as Record<string, unknown> | undefined);
    } catch {
      res.status(200).json({
        errors: [{ message: 'Variables are invalid JSON.', extensions: { category: 'graphql-input' } }],
      });
      return;
    }
    const result = await graphql({
      schema: sandboxSchema(),
      source: input.query,
      rootValue,
      contextValue,
      variableValues: variables ?? undefined,
      operationName: typeof input.operationName === 'string' ? input.operationName : undefined,
    });
    res.status(200).json(result);
  };
  router.get('/', (req, res) => handle(req, res, req.query as Record<string, unknown>));
  router.post('/', express.json({ limit: '1mb' }), (req, res) =>
    handle(req, res, (req.body ?? {}) as Record<string, unknown>),
  );
  return router;
}
