import { Injectable } from '@nestjs/common';
import { Actor, Page, PageRequest, toPage } from '@waystation/contracts';
import { DataSource, FindOptionsWhere, IsNull, LessThan } from 'typeorm';
import { Notification } from './notification.entity';

/** The caller's own inbox, newest first, and how much of it is unread. */
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

  unreadCount(actor: Actor): Promise<number> {
    return this.dataSource.getRepository(Notification).countBy({ recipientId: actor.id, readAt: IsNull() });
  }
}
