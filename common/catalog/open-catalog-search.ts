import type { Embedder } from '../embedding/embedder.js';
import { GloveSifEmbedder } from '../embedding/glove-sif-embedder.js';
import type { VectorStore } from '../vector-store/vector-store.js';
import { type OpenSearchResult, SearchService, type SearchServiceOptions } from './search-service.js';
import { SpellingSuggester } from './spelling-suggester.js';

/** The language of the spelling suggestions' word list (the GloVe vocabulary): English. */
export const SPELLING_LANGUAGE = 'en';

/**
 * The search service as the sidecar should open it: on the catalog collection built by `embedder`
 * (refused otherwise), with spelling suggestions from the GloVe vocabulary in `dataDir` (built there
 * on first use when the embedder is not GloVe itself).
 */
export async function openCatalogSearch(
  vectorStore: VectorStore,
  embedder: Embedder,
  dataDir: string,
  options: Omit<SearchServiceOptions, 'speller'> = {},
): Promise<OpenSearchResult> {
  const dictionary = embedder instanceof GloveSifEmbedder ? embedder : await GloveSifEmbedder.open(dataDir);
  return SearchService.open(vectorStore, embedder, {
    ...options,
    speller: new SpellingSuggester(dictionary.vocabulary()),
  });
}
