import { Injectable } from '@nestjs/common';
import { Actor, NotificationView, Page, PageQuery, toPage } from '@waystation/http-api';
import { DataSource, FindOptionsWhere, LessThan } from 'typeorm';
import { Notification } from './notification.entity';

/** The caller's own inbox, newest first. */
@Injectable()
export class NotificationQueries {
  constructor(private readonly dataSource: DataSource) {}

  async inbox(actor: Actor, { cursor, limit }: PageQuery): Promise<Page<NotificationView>> {
    const where: FindOptionsWhere<Notification> = { recipientId: actor.id };
    if (cursor) where.id = LessThan(cursor);
    const rows = await this.dataSource.getRepository(Notification).find({ where, order: { id: 'DESC' }, take: limit + 1 });
    return toPage(rows, limit, toView, (row) => row.id);
  }
}

function toView(row: Notification): NotificationView {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    data: row.data as Record<string, unknown>,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
  };
}
