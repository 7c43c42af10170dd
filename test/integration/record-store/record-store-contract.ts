import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackendUnavailableError } from '../../../common/errors.js';
import { loadMigrations, migrate, type MigrationTarget } from '../../../common/record-store/migrations.js';
import type { RecordStore } from '../../../common/record-store/record-store.js';

export interface OpenedStore {
  store: RecordStore & MigrationTarget;
  cleanup(): Promise<void>;
}

/** Behaviour both adapters must share; `open` returns a freshly migrated, empty store. */
export function describeRecordStoreContract(label: string, open: () => Promise<OpenedStore>): void {
  describe(`RecordStore contract: ${label}`, () => {
    let opened: OpenedStore;
    let store: RecordStore & MigrationTarget;

    // Starting PGlite compiles PostgreSQL's WebAssembly: seconds, more on a busy machine.
    beforeAll(async () => {
      opened = await open();
      store = opened.store;
    }, 120_000);
    afterAll(async () => {
      await opened?.cleanup();
    });

    async function newConversation(storeCode = 'default'): Promise<string> {
      const { rows } = await store.query<{ id: string }>(
        'INSERT INTO conversations (session_id, store_code, customer_id) VALUES ($1, $2, $3) RETURNING id',
        [`s-${Math.random()}`, storeCode, null],
      );
      return rows[0]!.id;
    }

    it('records migrations 001 and 002 with checksums', async () => {
      const { rows } = await store.query<{ version: number; name: string; checksum: string }>(
        'SELECT version, name, checksum FROM schema_migrations ORDER BY version',
      );
      const expected = await loadMigrations();
      expect(rows.map((r) => r.name)).toEqual(expected.map((m) => m.name));
      expect(rows.map((r) => r.checksum)).toEqual(expected.map((m) => m.checksum));
      expect(rows.slice(0, 2).map((r) => r.name)).toEqual(['001-conversations.sql', '002-messages.sql']);
    });

    it('does not apply migrations twice', async () => {
      const report = await migrate(store, await loadMigrations());
      expect(report.applied).toEqual([]);
      expect(report.alreadyApplied).toBeGreaterThanOrEqual(2);
    });

    it('stores a conversation with messages and reads JSON, dates and counts back the same way', async () => {
      const conversationId = await newConversation('fr');
      const citations = [{ source: 'cms_page', id: 'returns#p2', version: '3' }];
      await store.query(
        `INSERT INTO messages (conversation_id, role, text, intent, confidence, entities, citations, products, trace_id)
         VALUES ($1, 'assistant', $2, 'policy_question', $3, $4, $5, $6, $7)`,
        [
          conversationId,
          'You can return it within 30 days.',
          0.8,
          JSON.stringify([{ type: 'order_number', value: '000000042' }]),
          JSON.stringify(citations),
          JSON.stringify([]),
          'trace-1',
        ],
      );
      const { rows } = await store.query<{
        role: string;
        confidence: number;
        citations: unknown;
        entities: unknown;
        created_at: Date;
        metadata: unknown;
        store_code: string;
      }>(
        `SELECT m.role, m.confidence, m.citations, m.entities, m.created_at, c.metadata, c.store_code
         FROM messages m JOIN conversations c ON c.id = m.conversation_id WHERE c.id = $1`,
        [conversationId],
      );
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        role: 'assistant',
        confidence: 0.8,
        citations,
        entities: [{ type: 'order_number', value: '000000042' }],
        metadata: {},
        store_code: 'fr',
      });
      expect(rows[0]!.created_at).toBeInstanceOf(Date);

      const count = await store.query<{ n: number }>(
        'SELECT count(*) AS n FROM messages WHERE conversation_id = $1',
        [conversationId],
      );
      expect(count.rows[0]!.n).toBe(1);
      expect(count.rowCount).toBe(1);
    });

    it('reports affected rows for writes', async () => {
      const conversationId = await newConversation();
      const update = await store.query(`UPDATE conversations SET status = 'resolved' WHERE id = $1`, [
        conversationId,
      ]);
      expect(update.rowCount).toBe(1);
      expect(update.rows).toEqual([]);
      const none = await store.query(
        `UPDATE conversations SET status = 'resolved' WHERE session_id = 'nobody'`,
      );
      expect(none.rowCount).toBe(0);
    });

    it('rejects rows that break the schema', async () => {
      const conversationId = await newConversation();
      await expect(
        store.query(`INSERT INTO messages (conversation_id, role, text) VALUES ($1, 'robot', 'hi')`, [
          conversationId,
        ]),
      ).rejects.toMatchObject({ code: '23514' });
      await expect(
        store.query(
          `INSERT INTO messages (conversation_id, role, text) VALUES (gen_random_uuid(), 'customer', 'hi')`,
        ),
      ).rejects.toMatchObject({ code: '23503' });
    });

    it('never swallows a failed query', async () => {
      const failure = store.query('SELECT * FROM no_such_table');
      await expect(failure).rejects.toMatchObject({ code: '42P01' });
      await expect(failure).rejects.not.toBeInstanceOf(BackendUnavailableError);
    });

    it('commits a transaction that resolves', async () => {
      const id = await store.transaction(async (tx) => {
        const { rows } = await tx.query<{ id: string }>(
          `INSERT INTO conversations (session_id, store_code) VALUES ('tx-commit', 'default') RETURNING id`,
        );
        await tx.query(
          `INSERT INTO messages (conversation_id, role, text) VALUES ($1, 'customer', 'hello')`,
          [rows[0]!.id],
        );
        return rows[0]!.id;
      });
      const { rows } = await store.query('SELECT 1 FROM messages WHERE conversation_id = $1', [id]);
      expect(rows).toHaveLength(1);
    });

    it('rolls a transaction back when it throws, and rethrows the same error', async () => {
      const boom = new Error('handler failed');
      await expect(
        store.transaction(async (tx) => {
          await tx.query(
            `INSERT INTO conversations (session_id, store_code) VALUES ('tx-rollback', 'default')`,
          );
          throw boom;
        }),
      ).rejects.toBe(boom);
      const { rows } = await store.query(`SELECT 1 FROM conversations WHERE session_id = 'tx-rollback'`);
      expect(rows).toEqual([]);
    });

    it('rolls back when a statement inside the transaction fails', async () => {
      await expect(
        store.transaction(async (tx) => {
          await tx.query(
            `INSERT INTO conversations (session_id, store_code) VALUES ('tx-sql-error', 'default')`,
          );
          await tx.query('SELECT * FROM no_such_table');
        }),
      ).rejects.toMatchObject({ code: '42P01' });
      const { rows } = await store.query(`SELECT 1 FROM conversations WHERE session_id = 'tx-sql-error'`);
      expect(rows).toEqual([]);
      // The store is still usable afterwards.
      await expect(store.ping()).resolves.toBeUndefined();
    });

    it('deletes a conversation with its messages', async () => {
      const conversationId = await newConversation();
      await store.query(`INSERT INTO messages (conversation_id, role, text) VALUES ($1, 'customer', 'hi')`, [
        conversationId,
      ]);
      await store.query('DELETE FROM conversations WHERE id = $1', [conversationId]);
      const { rows } = await store.query('SELECT 1 FROM messages WHERE conversation_id = $1', [
        conversationId,
      ]);
      expect(rows).toEqual([]);
    });
  });
}
