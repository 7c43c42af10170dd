import type { Embedder } from '../embedding/embedder.js';
import type { CollectionSpec } from '../vector-store/vector-store.js';

/** Name and version of the one catalog collection; the physical name carries the version. */
export const CATALOG_COLLECTION = {
  name: 'verity_catalog',
  /** Bump when the document shape or the text that is embedded changes meaning. */
  version: 2,
} as const;

/** Physical collection name, e.g. `verity_catalog_v1`. */
export function catalogCollectionName(version: number = CATALOG_COLLECTION.version): string {
  return `${CATALOG_COLLECTION.name}_v${version}`;
}

/**
 * The spec both the indexer (which creates the collection) and the sidecar (which only opens it)
 * pass to `VectorStore.openCollection`: a collection built by another embedder is refused.
 */
export function catalogCollectionSpec(embedder: Pick<Embedder, 'id' | 'dimensions'>): CollectionSpec {
  return {
    name: catalogCollectionName(),
    contractVersion: CATALOG_COLLECTION.version,
    embedderId: embedder.id,
    dimensions: embedder.dimensions,
  };
}
