import { createHash } from 'node:crypto';
import { z } from 'zod';
import { ValidationError, formatIssuePath } from '../errors.js';
import { AUDIENCES } from '../language/audience.js';
import { LANGUAGES } from '../language/language.js';

/**
 * The search collection's document contract, owned here and nowhere else: the indexer writes these
 * documents, the vector store adapters persist them, the sidecar's search service reads them back.
 * Changing a field's meaning is a new `CATALOG_COLLECTION.version` (a full reindex).
 */
export const DOC_TYPES = ['product', 'cms_paragraph', 'review_summary'] as const;
export type DocType = (typeof DOC_TYPES)[number];

const attributeCode = z.string().regex(/^[a-z0-9_]+$/, 'a Magento attribute code (lowercase, digits, _)');

export const catalogDocumentSchema = z.object({
  /**
   * Stable document id within a store view: the SKU for products, `<page identifier>#<n>` for CMS
   * paragraphs, the SKU for review summaries. Together with `store` and `type` it names the point.
   */
  id: z.string().min(1).max(256),
  type: z.enum(DOC_TYPES),
  /** Store view code (`default`, `fr`): every query is partitioned by it. */
  store: z.string().regex(/^[a-z0-9_]+$/),
  /** Product name or CMS page title: the strongest lexical field. */
  title: z.string().min(1),
  /** Clean plain text (description, paragraph, review summary); may be empty. */
  text: z.string(),
  sku: z.string().min(1).optional(),
  /** Path part of the storefront URL, without suffix (`.html`) and base URL. */
  url_key: z.string().min(1).optional(),
  /**
   * Final price in `currency`, as shown in the store view; for configurable and bundle products the lowest
   * ("from") price, which is what a budget filter compares. Absent for CMS paragraphs.
   */
  price: z.number().nonnegative().optional(),
  /** ISO 4217 code of the store view's currency. */
  currency: z.string().length(3).optional(),
  /** Magento category entity ids the product is assigned to (all ancestors included). */
  category_ids: z.array(z.number().int().nonnegative()).default([]),
  /** Category labels in the store view's locale, leaf and ancestors (`Bags`, `Travel > Bags`). */
  categories: z.array(z.string().min(1)).default([]),
  /** Attribute code → option labels in the store view's locale (`{ color: ['Red'] }`), used for filters and text. */
  attributes: z.record(attributeCode, z.array(z.string().min(1))).default({}),
  /**
   * Yes/no attributes that are "yes" for this product (sale, new, eco-friendly — whatever boolean
   * attributes the store shows shoppers): attribute code → its store-view label (`{ eco_collection:
   * 'Eco Collection' }`). Searchable by the label, filterable by the code.
   */
  flags: z.record(attributeCode, z.string().min(1)).default({}),
  /**
   * Who the product is for (women, men, kids…), read from its name, categories and gender-like
   * attributes; empty when none says. Search demotes products for another audience than the query names.
   */
  audience: z.array(z.enum(AUDIENCES)).default([]),
  /** Language of the text (the store view's locale), for stemming and stop words; absent: analysed without either. */
  language: z.enum(LANGUAGES).optional(),
  /** Salable in this store view. Volatile: the reply still reads stock live from Magento. */
  in_stock: z.boolean().default(true),
  /** Average rating 0–5 (review summaries and products that carry one). */
  rating: z.number().min(0).max(5).optional(),
  review_count: z.number().int().nonnegative().optional(),
  /** ISO timestamp of the source entity's last change in Magento. */
  updated_at: z.string().optional(),
});

/** A validated catalog document (all defaults applied). */
export type CatalogDocument = z.output<typeof catalogDocumentSchema>;
/** What a producer may write before defaults are applied. */
export type CatalogDocumentInput = z.input<typeof catalogDocumentSchema>;

/** Validates a document at the boundary; the error names the document and the bad field. */
export function parseCatalogDocument(input: unknown): CatalogDocument {
  const parsed = catalogDocumentSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const first = parsed.error.issues[0];
  const id = typeof input === 'object' && input !== null && 'id' in input ? String(input.id) : '(unknown)';
  const field = first ? formatIssuePath(first.path) : '(root)';
  throw new ValidationError(`Catalog document ${id}: ${field}: ${first?.message ?? 'invalid'}`, {
    id,
    field,
  });
}

/**
 * Content checksum (hex SHA-256) over every field that reaches the index, in a canonical key order:
 * equal checksums mean the stored point (vector and payload) is already current, so the indexer skips
 * embedding and upserting it.
 */
export function documentChecksum(doc: CatalogDocument): string {
  return createHash('sha256').update(canonicalJson(doc)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Namespace of Verity catalog point ids (a fixed random UUID; never change it). */
const POINT_ID_NAMESPACE = '4f1c2b7e-8d3a-4e59-9b6f-2a7c5d8e1f03';
const NAMESPACE_BYTES = Buffer.from(POINT_ID_NAMESPACE.replaceAll('-', ''), 'hex');

/**
 * The ids computed last: a write asks for each document's id several times (the stored checksums, the
 * comparison, the upsert), and at 20,000 products the SHA-1s were 3.6 % of a first start's CPU. Cleared
 * when full, so it never holds more than this many.
 */
const recentIds = new Map<string, string>();
const RECENT_IDS = 4096;

/**
 * Deterministic point id of a document: a UUIDv5 (RFC 9562, SHA-1 name-based) of
 * `<store>/<type>/<id>`. Qdrant accepts only UUIDs or integers as ids, and a name-based id makes
 * every upsert of the same document hit the same point.
 */
export function pointId(key: DocumentKey): string {
  const name = `${key.store}/${key.type}/${key.id}`;
  const recent = recentIds.get(name);
  if (recent !== undefined) return recent;
  const hash = createHash('sha1').update(NAMESPACE_BYTES).update(name, 'utf8').digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  if (recentIds.size >= RECENT_IDS) recentIds.clear();
  recentIds.set(name, id);
  return id;
}

/** What names one document in the collection. */
export interface DocumentKey {
  store: string;
  type: DocType;
  id: string;
}

/**
 * The text a document is embedded from and searched by: title first (it carries most meaning),
 * then categories and attribute labels (the catalog's own words for what a shopper asks), then the
 * body, cut to `maxChars` so one long description cannot drown the rest.
 */
export function documentSearchText(doc: CatalogDocument, maxChars = 2000): string {
  const fields = documentFields(doc);
  const parts = [fields.title, fields.categories, fields.attributes, fields.body].filter((p) => p.length > 0);
  return parts.join('. ').slice(0, maxChars);
}

/** The lexically searched fields of a document, each weighed on its own (`FIELD_WEIGHTS`). */
export interface DocumentFields {
  /** Product name or page title. */
  title: string;
  /** Category names and paths. */
  categories: string;
  /** Attribute option labels and the labels of the yes/no attributes that hold. */
  attributes: string;
  /** Description or paragraph text, cut at `bodyChars`. */
  body: string;
}
export type SearchField = keyof DocumentFields;

/**
 * Attributes kept on a document to quote, not to search by: the weight with its unit ("5.1 lb") is an
 * answer to "how heavy is it?", and its digits would only add noise to a search for "2 person tent".
 */
const QUOTED_ONLY = new Set(['weight']);

export function documentFields(doc: CatalogDocument, bodyChars = 2000): DocumentFields {
  const searched = Object.entries(doc.attributes).flatMap(([code, values]) =>
    QUOTED_ONLY.has(code) ? [] : values,
  );
  return {
    title: doc.title,
    categories: doc.categories.join(' ; '),
    attributes: [...searched, ...Object.values(doc.flags)].join(' ; '),
    body: doc.text.slice(0, bodyChars),
  };
}
