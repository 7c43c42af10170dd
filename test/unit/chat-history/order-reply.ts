import type { ReplyPayload } from '../../../common/chat-api/reply-payload.js';

/** An order-status reply with every part a reply can show (a product card, sources, a comparison). */
export const ORDER_REPLY: ReplyPayload = {
  products: [
    {
      sku: 'RAPTOR-X15',
      name: 'Raptor X15 Gaming Laptop',
      url: 'https://store.example/raptor-x15.html',
      imageUrl: null,
      price: 1299,
      regularPrice: 1499,
      currency: 'USD',
      inStock: true,
      rating: 4.5,
      reviewCount: 12,
    },
  ],
  citations: [
    { source: 'order', id: '000000042' },
    { source: 'carrier', id: '1Z999AA10123456784', title: 'UPS tracking' },
  ],
  escalation: null,
  quickReplies: ['I want to return an item'],
  order: {
    number: '000000042',
    status: 'complete',
    statusLabel: 'Delivered',
    placedAt: '2026-11-02 10:15:00',
    total: 1299,
    currency: 'USD',
    carrier: 'UPS',
    trackingNumbers: ['1Z999AA10123456784'],
    items: [{ sku: 'RAPTOR-X15', name: 'Raptor X15 Gaming Laptop', qty: 1 }],
  },
  orders: [],
  comparison: {
    columns: [{ sku: 'RAPTOR-X15', name: 'Raptor X15 Gaming Laptop' }],
    rows: [{ label: 'Price', values: ['$1,299.00'] }],
  },
};
