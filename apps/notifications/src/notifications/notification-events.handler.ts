import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import {
  pointsCreditedV1,
  PointsCreditedV1,
  reportConfirmedV1,
  ReportConfirmedV1,
  reportRejectedV1,
  ReportRejectedV1,
} from '@waystation/contracts';
import { NotificationDelivery } from './notification-delivery.service';

@Controller()
export class NotificationEventsHandler {
  constructor(private readonly delivery: NotificationDelivery) {}

  @EventPattern(reportConfirmedV1.type)
  onReportConfirmed(@Payload() event: ReportConfirmedV1): Promise<void> {
    return this.delivery.deliver(event);
  }

  @EventPattern(reportRejectedV1.type)
  onReportRejected(@Payload() event: ReportRejectedV1): Promise<void> {
    return this.delivery.deliver(event);
  }

  @EventPattern(pointsCreditedV1.type)
  onPointsCredited(@Payload() event: PointsCreditedV1): Promise<void> {
    return this.delivery.deliver(event);
  }
}
