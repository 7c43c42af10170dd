import { AppError } from '../../common/errors.js';
import type { RecordStore, SqlExecutor } from '../../common/record-store/record-store.js';
import { canonicalJson } from '../policy/policy-version.js';
import { auditEntrySchema, type AuditEntry, type AuditRecord } from './audit-entry.js';
import { chainHash, GENESIS_HASH } from './hash-chain.js';
import { commitment, emptied, personalFieldsOf, sealEntry, unsealed } from './personal-fields.js';

interface AuditRow {
  seq: number;
  recorded_at: Date | string;
  kind: string;
  store_code: string | null;
  order_number: string | null;
  customer_key: string | null;
  conversation_id: string | null;
  record: string;
  prev_hash: string;
  hash: string;
  /** From `audit_personal` (joined); null when erased or written before personal fields were kept apart. */
  salt: string | null;
  fields: string | null;
}

export interface AuditFilter {
  orderNumber?: string;
  customerKey?: string;
  /** Entries recorded at or after this instant (ISO 8601). */
  since?: string;
  /** Entries recorded before this instant (ISO 8601). */
  until?: string;
}

export interface ChainViolation {
  code:
    | 'broken_link'
    | 'hash_mismatch'
    | 'sequence_gap'
    | 'column_mismatch'
    | 'unreadable_record'
    /** The personal fields held beside the chain no longer match the commitment the record chained. */
    | 'personal_mismatch';
  seq: number;
  message: string;
}

export type ChainVerification =
  { ok: true; rows: number } | { ok: false; rows: number; violations: ChainViolation[] };

const COLUMNS =
  'seq, recorded_at, kind, store_code, order_number, customer_key, conversation_id, record, prev_hash, hash';
/** Every row with its personal fields, when they are held. */
const FROM = `(SELECT a.*, p.salt, p.fields, p.subject FROM audit_log a LEFT JOIN audit_personal p ON p.seq = a.seq) entries`;
const SELECT = `SELECT ${COLUMNS}, salt, fields FROM ${FROM}`;

/** Rows read per round trip when walking the whole log. @default 1000 */
const PAGE = 1000;
/** Entries committed in one transaction at most. */
const MAX_BATCH = 200;

interface PendingAppend {
  entry: AuditEntry;
  resolve: (record: AuditRecord) => void;
  reject: (error: unknown) => void;
}

/**
 * The append-only, hash-chained audit trail over the record store (`audit_log`, migration 042). Appends
 * are serialised by a table lock (across processes) and batched per instance, so the chain has no forks
 * and `seq` no gaps; readers are not blocked. Use one instance per process.
 */
export class AuditLog {
  private readonly queue: PendingAppend[] = [];
  private flushing: Promise<void> | null = null;

  constructor(
    private readonly store: RecordStore,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /**
   * Validates and appends one entry; resolves with its stored form and chain position once committed.
   * Entries that arrive while a write is in flight are committed together in the next transaction
   * (group commit): one lock and one fsync for many entries, same chain.
   */
  append(entry: AuditEntry): Promise<AuditRecord> {
    const parsed = auditEntrySchema.parse(entry);
    return new Promise<AuditRecord>((resolve, reject) => {
      this.queue.push({ entry: parsed, resolve, reject });
      this.flushing ??= this.flush();
    });
  }

  private async flush(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, MAX_BATCH);
      try {
        const records = await this.writeBatch(batch.map((b) => b.entry));
        batch.forEach((pending, i) => pending.resolve(records[i] as AuditRecord));
      } catch (error) {
        for (const pending of batch) pending.reject(error);
      }
    }
    this.flushing = null;
  }

  private writeBatch(entries: readonly AuditEntry[]): Promise<AuditRecord[]> {
    return this.store.transaction(async (tx) => {
      await tx.query('LOCK TABLE audit_log IN EXCLUSIVE MODE');
      const { rows } = await tx.query<{ seq: number; hash: string }>(
        'SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1',
      );
      let seq = rows[0]?.seq ?? 0;
      let prevHash = rows[0]?.hash ?? GENESIS_HASH;
      const records: AuditRecord[] = [];
      for (const entry of entries) {
        seq += 1;
        const recordedAt = this.clock().toISOString();
        const { chained, personal } = sealEntry(entry);
        const record = canonicalRecord(chained, seq, recordedAt);
        const hash = chainHash(prevHash, record);
        await tx.query(
          `INSERT INTO audit_log (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
          [
            seq,
            recordedAt,
            entry.kind,
            entry.storeCode,
            entry.orderNumber,
            chained.customerKey,
            entry.conversationId,
            record,
            prevHash,
            hash,
          ],
        );
        await tx.query(`INSERT INTO audit_personal (seq, subject, salt, fields) VALUES ($1, $2, $3, $4)`, [
          seq,
          personal.subject,
          personal.salt,
          personal.fields,
        ]);
        records.push({
          ...entry,
          personal: chained.personal,
          personalSalt: personal.salt,
          seq,
          recordedAt,
          prevHash,
          hash,
        });
        prevHash = hash;
      }
      return records;
    });
  }

  /** Every entry about one order, oldest first: the replay of what was decided and done. */
  async replayByOrder(orderNumber: string): Promise<AuditRecord[]> {
    const { rows } = await this.store.query<AuditRow>(`${SELECT} WHERE order_number = $1 ORDER BY seq`, [
      orderNumber,
    ]);
    return rows.map(toRecord);
  }

  /** Entries matching `filter`, oldest first, one page at a time (for exports of any size). */
  async *iterate(filter: AuditFilter = {}): AsyncGenerator<AuditRecord> {
    const conditions: string[] = ['seq > $1'];
    const params: unknown[] = [0];
    const add = (sql: string, value: unknown): void => {
      params.push(value);
      conditions.push(sql.replaceAll('?', `$${params.length}`));
    };
    if (filter.orderNumber !== undefined) add('order_number = ?', filter.orderNumber);
    if (filter.customerKey !== undefined) add('(customer_key = ? OR subject = ?)', filter.customerKey);
    if (filter.since !== undefined) add('recorded_at >= ?', filter.since);
    if (filter.until !== undefined) add('recorded_at < ?', filter.until);
    for (;;) {
      const { rows } = await this.store.query<AuditRow>(
        `${SELECT} WHERE ${conditions.join(' AND ')} ORDER BY seq LIMIT ${PAGE}`,
        params,
      );
      for (const row of rows) yield toRecord(row);
      const last = rows.at(-1);
      if (rows.length < PAGE || last === undefined) return;
      params[0] = last.seq;
    }
  }

  /**
   * Erases the personal fields of a customer's entries (by customer key) and of the entries of their
   * conversations. The chained records are untouched, so `verifyChain` still passes; the entries read back
   * with `erased: true`. Returns how many entries lost their personal fields.
   */
  async erasePersonal(
    tx: SqlExecutor,
    who: { customerKeys: readonly string[]; conversationIds: readonly string[] },
  ): Promise<number> {
    const { rowCount } = await tx.query(
      `DELETE FROM audit_personal
        WHERE subject = ANY($1::text[])
           OR seq IN (SELECT seq FROM audit_log WHERE conversation_id = ANY($2::text[]))`,
      [who.customerKeys, who.conversationIds],
    );
    return rowCount;
  }

  /** Entries written before personal fields were kept apart that still name one of these customers. */
  async legacyEntriesOf(customerKeys: readonly string[]): Promise<number> {
    const { rows } = await this.store.query<{ n: number }>(
      `SELECT count(*) AS n FROM audit_log WHERE customer_key = ANY($1::text[])`,
      [customerKeys],
    );
    return Number(rows[0]?.n ?? 0);
  }

  /**
   * Walks the whole chain and reports every row whose link, hash, sequence or lookup columns do not
   * match what was appended. Tampering shows as a value, never as an exception.
   */
  async verifyChain(): Promise<ChainVerification> {
    const violations: ChainViolation[] = [];
    let expectedPrev = GENESIS_HASH;
    let expectedSeq = 1;
    let count = 0;
    let after = 0;
    for (;;) {
      const { rows } = await this.store.query<AuditRow>(
        `${SELECT} WHERE seq > $1 ORDER BY seq LIMIT ${PAGE}`,
        [after],
      );
      for (const row of rows) {
        count += 1;
        violations.push(...checkRow(row, expectedPrev, expectedSeq));
        expectedPrev = row.hash;
        expectedSeq = row.seq + 1;
      }
      const last = rows.at(-1);
      if (rows.length < PAGE || last === undefined) break;
      after = last.seq;
    }
    return violations.length === 0 ? { ok: true, rows: count } : { ok: false, rows: count, violations };
  }
}

/** The text that is stored and hashed for an entry at `seq`. */
function canonicalRecord(entry: AuditEntry, seq: number, recordedAt: string): string {
  return canonicalJson({ ...entry, seq, recordedAt });
}

/**
 * Whether a stored record read back still hashes to its `hash` and, while its personal fields are held,
 * whether they still match the commitment it chained (a local check; `verifyChain` checks the links).
 */
export function recordIsIntact(record: AuditRecord): boolean {
  const { seq, recordedAt, prevHash, hash, personalSalt, erased, ...entry } = record;
  if (entry.personal === undefined)
    return chainHash(prevHash, canonicalRecord(entry, seq, recordedAt)) === hash;
  const chained = chainHash(prevHash, canonicalRecord(emptied(entry), seq, recordedAt)) === hash;
  if (erased) return chained;
  return (
    chained &&
    personalSalt !== undefined &&
    commitment(personalSalt, personalFieldsOf(entry)) === entry.personal
  );
}

function checkRow(row: AuditRow, expectedPrev: string, expectedSeq: number): ChainViolation[] {
  const found: ChainViolation[] = [];
  if (row.seq !== expectedSeq) {
    found.push({
      code: 'sequence_gap',
      seq: row.seq,
      message: `Expected seq ${expectedSeq}, found ${row.seq}: rows are missing.`,
    });
  }
  if (row.prev_hash !== expectedPrev) {
    found.push({
      code: 'broken_link',
      seq: row.seq,
      message: `Row ${row.seq} does not link to the row before it.`,
    });
  }
  if (chainHash(row.prev_hash, row.record) !== row.hash) {
    found.push({
      code: 'hash_mismatch',
      seq: row.seq,
      message: `Row ${row.seq}'s record does not match its hash: it was changed.`,
    });
  }
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(row.record) as Record<string, unknown>;
  } catch {
    return [
      ...found,
      { code: 'unreadable_record', seq: row.seq, message: `Row ${row.seq}'s record is not JSON.` },
    ];
  }
  const columns: Array<[string, unknown, unknown]> = [
    ['seq', row.seq, parsed.seq],
    ['kind', row.kind, parsed.kind],
    ['store_code', row.store_code, parsed.storeCode],
    ['order_number', row.order_number, parsed.orderNumber],
    ['customer_key', row.customer_key, parsed.customerKey],
    ['conversation_id', row.conversation_id, parsed.conversationId],
    ['recorded_at', new Date(row.recorded_at).getTime(), new Date(String(parsed.recordedAt)).getTime()],
  ];
  if (
    typeof parsed.personal === 'string' &&
    row.salt !== null &&
    row.fields !== null &&
    commitment(row.salt, row.fields) !== parsed.personal
  ) {
    found.push({
      code: 'personal_mismatch',
      seq: row.seq,
      message: `Row ${row.seq}'s personal fields do not match the commitment it chained: they were changed.`,
    });
  }
  const changed = columns.filter(([, column, record]) => column !== record).map(([name]) => name);
  if (changed.length > 0) {
    found.push({
      code: 'column_mismatch',
      seq: row.seq,
      message: `Row ${row.seq}'s ${changed.join(', ')} differ from its hashed record.`,
    });
  }
  return found;
}

function toRecord(row: AuditRow): AuditRecord {
  let parsed: unknown;
  try {
    parsed = JSON.parse(row.record);
  } catch (cause) {
    throw new AppError('audit_record_unreadable', `Audit row ${row.seq} is not valid JSON.`, {
      cause,
      operational: false,
    });
  }
  const chained = auditEntrySchema.parse(parsed);
  const held = chained.personal !== undefined && row.fields !== null && row.salt !== null;
  const entry = held ? unsealed(chained, row.fields!) : chained;
  return {
    ...entry,
    ...(held ? { personalSalt: row.salt! } : {}),
    ...(chained.personal !== undefined && !held ? { erased: true } : {}),
    seq: row.seq,
    recordedAt: new Date(row.recorded_at).toISOString(),
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}
