import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationDelivery } from './notification-delivery.service';
import { NotificationEventsHandler } from './notification-events.handler';
import { NotificationQueries } from './notification-queries.service';
import { NotificationReadMarker } from './notification-read-marker.service';
import { Notification } from './notification.entity';
import { NotificationsController } from './notifications.controller';

@Module({
  imports: [TypeOrmModule.forFeature([Notification])],
  controllers: [NotificationsController, NotificationEventsHandler],
  providers: [NotificationDelivery, NotificationQueries, NotificationReadMarker],
})
export class NotificationsModule {}
