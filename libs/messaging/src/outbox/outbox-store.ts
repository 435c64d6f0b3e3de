import { ClientBase } from 'pg';
import { OutboxRow } from './outbox-row';

/**
 * The only code that reads or changes the outbox table and its quarantine, always on the relay leader's own
 * connection and in the transaction the leader opened.
 */
export const outboxStore = {
  /**
   * Marks the oldest pending rows published and returns them, oldest first, in one statement. The caller's
   * transaction commits once Kafka has them, or rolls back and they are pending again: at low load a whole
   * round is one transaction.
   */
  async claimOldest(db: ClientBase, limit: number): Promise<OutboxRow[]> {
    const { rows } = await db.query<OutboxRow>(
      `UPDATE outbox_messages SET published_at = now()
        WHERE id IN (SELECT id FROM outbox_messages WHERE published_at IS NULL ORDER BY seq LIMIT $1 FOR UPDATE)
        RETURNING id, seq, topic, message_key, event_type, event_version, envelope, created_at`,
      [limit],
    );
    return rows.sort((a, b) => Number(BigInt(a.seq) - BigInt(b.seq)));
  },

  /** Moves rows that can never be published out of the outbox, keeping them and the reason beside it. */
  async quarantine(db: ClientBase, rows: { row: OutboxRow; reason: string }[]): Promise<void> {
    if (rows.length === 0) return;
    await db.query(
      `WITH moved AS (DELETE FROM outbox_messages WHERE id = ANY($1::uuid[])
                      RETURNING id, seq, topic, message_key, event_type, event_version, envelope, created_at)
       INSERT INTO outbox_quarantine (id, seq, topic, message_key, event_type, event_version, envelope, created_at, reason)
       SELECT moved.*, reason.text FROM moved JOIN unnest($1::uuid[], $2::text[]) AS reason(id, text) ON reason.id = moved.id`,
      [rows.map(({ row }) => row.id), rows.map(({ reason }) => reason.slice(0, 4_000))],
    );
  },

  async quarantined(db: ClientBase): Promise<number> {
    const { rows } = await db.query<{ count: string }>('SELECT count(*) FROM outbox_quarantine');
    return Number(rows[0].count);
  },
};
