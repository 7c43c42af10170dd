import type { MagentoClient } from '../../common/magento/magento-client.js';
import { normalizeCmsPage } from '../normalize/normalize-cms-page.js';
import { type DocumentWriter, keyOf, seenKey } from './document-writer.js';
import { type RunState, recordProblems } from './index-products.js';

/** Every active CMS page of the store view → paragraph documents, checksum-gated like products. */
export async function indexCmsPages(
  magento: Pick<MagentoClient, 'iterateCmsPages'>,
  writer: DocumentWriter,
  store: string,
  run: RunState,
): Promise<void> {
  for await (const page of magento.iterateCmsPages(store)) {
    recordProblems(run, page.problems);
    const documents = page.items.filter((p) => p.active !== false).flatMap((p) => normalizeCmsPage(p, store));
    for (const document of documents) run.seen.add(seenKey(keyOf(document)));
    run.report.cmsParagraphs += documents.length;
    const written = await writer.write(documents);
    run.counts.written += written.written;
    run.counts.unchanged += written.unchanged;
  }
}
