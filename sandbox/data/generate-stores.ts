import type { Fixture } from './fixture-schema.js';

type StoresPart = Pick<Fixture, 'websites' | 'store_groups' | 'store_views' | 'store_configs'>;

/** The French store view: its own CMS pages are assigned to this id. */
export const FR_STORE_ID = 3;

/** Category id of the store root ("Default Category"), shared by both store groups. */
export const ROOT_CATEGORY_ID = 2;

interface ViewSpec {
  id: number;
  code: string;
  name: string;
  websiteId: number;
  groupId: number;
  locale: string;
  currency: string;
  timezone: string;
  weightUnit: string;
  host: string;
}

const VIEWS: ViewSpec[] = [
  {
    id: 1,
    code: 'default',
    name: 'Default Store View',
    websiteId: 1,
    groupId: 1,
    locale: 'en_US',
    currency: 'USD',
    timezone: 'America/Chicago',
    weightUnit: 'lbs',
    host: 'shop.example.com',
  },
  {
    id: 2,
    code: 'eu_en',
    name: 'Europe (English)',
    websiteId: 2,
    groupId: 2,
    locale: 'en_GB',
    currency: 'EUR',
    // Magento sets the time zone per website (general/locale/timezone has no store-view scope).
    timezone: 'Europe/Paris',
    weightUnit: 'kgs',
    host: 'eu.shop.example.com',
  },
  {
    id: FR_STORE_ID,
    code: 'fr',
    name: 'France (Français)',
    websiteId: 2,
    groupId: 2,
    locale: 'fr_FR',
    currency: 'EUR',
    timezone: 'Europe/Paris',
    weightUnit: 'kgs',
    host: 'eu.shop.example.com',
  },
];

/** Two websites (USD and EUR) with three store views, plus Magento's admin rows (id 0). */
export function generateStores(): StoresPart {
  return {
    websites: [
      { id: 0, code: 'admin', name: 'Admin', default_group_id: 0 },
      { id: 1, code: 'base', name: 'Main Website', default_group_id: 1 },
      { id: 2, code: 'eu', name: 'Europe Website', default_group_id: 2 },
    ],
    store_groups: [
      { id: 0, website_id: 0, root_category_id: 0, default_store_id: 0, name: 'Default', code: 'default' },
      {
        id: 1,
        website_id: 1,
        root_category_id: ROOT_CATEGORY_ID,
        default_store_id: 1,
        name: 'Cedar & Pine',
        code: 'main_website_store',
      },
      {
        id: 2,
        website_id: 2,
        root_category_id: ROOT_CATEGORY_ID,
        default_store_id: 2,
        name: 'Cedar & Pine Europe',
        code: 'eu_store',
      },
    ],
    store_views: [
      { id: 0, code: 'admin', name: 'Admin', website_id: 0, store_group_id: 0, is_active: 1 },
      ...VIEWS.map((v) => ({
        id: v.id,
        code: v.code,
        name: v.name,
        website_id: v.websiteId,
        store_group_id: v.groupId,
        is_active: 1,
      })),
    ],
    store_configs: VIEWS.map((v) => {
      const base = `http://${v.host}/`;
      const secure = `https://${v.host}/`;
      return {
        id: v.id,
        code: v.code,
        website_id: v.websiteId,
        locale: v.locale,
        base_currency_code: v.currency,
        default_display_currency_code: v.currency,
        timezone: v.timezone,
        weight_unit: v.weightUnit,
        base_url: base,
        base_link_url: base,
        base_static_url: `${base}static/`,
        base_media_url: `${base}media/`,
        secure_base_url: secure,
        secure_base_link_url: secure,
        secure_base_static_url: `${secure}static/`,
        secure_base_media_url: `${secure}media/`,
      };
    }),
  };
}
