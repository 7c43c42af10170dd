import type { CollectionInfo, CollectionSpec, OpenCollectionResult } from './vector-store.js';

/**
 * Compares an existing collection's recorded metadata with what the caller would build or query
 * it with. Any difference is a refusal: vectors of another embedder are meaningless to this query.
 */
export function collectionMismatches(
  existing: CollectionInfo,
  spec: CollectionSpec,
): Extract<OpenCollectionResult, { ok: false }>['violations'] {
  const violations: Extract<OpenCollectionResult, { ok: false }>['violations'] = [];
  if (existing.contractVersion !== spec.contractVersion) {
    violations.push({
      code: 'contract_mismatch',
      message: `Collection ${spec.name} holds contract version ${existing.contractVersion}, expected ${spec.contractVersion}: reindex.`,
    });
  }
  if (existing.embedderId !== spec.embedderId) {
    violations.push({
      code: 'embedder_mismatch',
      message: `Collection ${spec.name} was built by embedder ${existing.embedderId}, not ${spec.embedderId}: reindex with this embedder or configure the one it was built with.`,
    });
  }
  if (existing.dimensions !== spec.dimensions) {
    violations.push({
      code: 'dimensions_mismatch',
      message: `Collection ${spec.name} holds ${existing.dimensions}-d vectors, the embedder makes ${spec.dimensions}-d.`,
    });
  }
  return violations;
}

export function missingCollection(name: string): Extract<OpenCollectionResult, { ok: false }> {
  return {
    ok: false,
    violations: [
      { code: 'collection_missing', message: `Collection ${name} does not exist: run a full reindex.` },
    ],
  };
}

/** Throws the programmer error of querying without what the mode needs. */
export function assertQueryInputs(
  query: { mode: string; text?: string; vector?: Float32Array },
  dimensions: number,
): void {
  if (query.mode !== 'semantic' && query.text === undefined)
    throw new TypeError(`A ${query.mode} search needs the query text.`);
  if (query.mode !== 'lexical') {
    if (query.vector === undefined) throw new TypeError(`A ${query.mode} search needs the query vector.`);
    if (query.vector.length !== dimensions)
      throw new TypeError(
        `Query vector has ${query.vector.length} dimensions, the collection ${dimensions}.`,
      );
  }
}
