import { Injectable } from '@nestjs/common';
import { Actor } from '@waystation/contracts';
import { DataSource } from 'typeorm';
import { NotificationQueries } from './notification-queries.service';

/** Marks what a reader has seen as read: only ever their own messages. */
@Injectable()
export class NotificationReadMarker {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queries: NotificationQueries,
  ) {}

  /**
   * Marks the caller's unread messages up to `upTo` read, keeping when each was first read; a message created
   * after `upTo` (ids are UUID v7, so they sort by creation) stays unread. Resolves to how many are still unread.
   */
  async markReadUpTo(actor: Actor, upTo: string, now = new Date()): Promise<number> {
    await this.dataSource.query(`UPDATE notifications SET read_at = $3 WHERE recipient_id = $1 AND id <= $2 AND read_at IS NULL`, [
      actor.id,
      upTo,
      now,
    ]);
    return this.queries.unreadCount(actor);
  }
}
