/** An outbox row as the relay reads it. */
export interface OutboxRow {
  id: string;
  seq: string;
  topic: string;
  message_key: string;
  event_type: string;
  event_version: number;
  envelope: { correlationId: string };
  created_at: Date;
}
