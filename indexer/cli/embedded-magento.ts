/**
 * A Magento the CLI may start for itself when MAGENTO_URL is unset (the all-in-one binary passes a
 * function that starts the sandbox store; the indexer cannot import the sandbox itself).
 */
export interface EmbeddedMagento {
  url: string;
  token: string;
  close(): Promise<void>;
}

export type StartEmbeddedMagento = () => Promise<EmbeddedMagento>;
