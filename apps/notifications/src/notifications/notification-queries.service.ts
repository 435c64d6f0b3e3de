import { Injectable } from '@nestjs/common';
import { Actor, Page, PageRequest, toPage } from '@waystation/contracts';
import { DataSource, FindOptionsWhere, IsNull, LessThan, MoreThan } from 'typeorm';
import { Notification } from './notification.entity';

/** The caller's own inbox: a page of it newest first, what came after a message oldest first, how much is unread. */
@Injectable()
export class NotificationQueries {
  constructor(private readonly dataSource: DataSource) {}

  async inbox(actor: Actor, { cursor, limit }: PageRequest): Promise<Page<Notification>> {
    const where: FindOptionsWhere<Notification> = { recipientId: actor.id };
    if (cursor) where.id = LessThan(cursor);
    const rows = await this.dataSource.getRepository(Notification).find({ where, order: { id: 'DESC' }, take: limit + 1 });
    return toPage(
      rows,
      limit,
      (row) => row,
      (row) => row.id,
    );
  }

  /** The caller's messages created after `after` (ids are UUID v7, so id order is creation order), at most `limit`. */
  since(actor: Actor, after: string, limit: number): Promise<Notification[]> {
    return this.dataSource
      .getRepository(Notification)
      .find({ where: { recipientId: actor.id, id: MoreThan(after) }, order: { id: 'ASC' }, take: limit });
  }

  unreadCount(actor: Actor): Promise<number> {
    return this.dataSource.getRepository(Notification).countBy({ recipientId: actor.id, readAt: IsNull() });
  }
}
