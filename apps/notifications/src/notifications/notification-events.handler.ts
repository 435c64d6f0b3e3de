import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import {
  pointsCreditedV1,
  PointsCreditedV1,
  pointsExpiringV1,
  PointsExpiringV1,
  redemptionExpiredV1,
  RedemptionExpiredV1,
  reportConfirmedV1,
  ReportConfirmedV1,
  ReportConfirmedV2,
  ReportConfirmedV3,
  reportMergedV1,
  ReportMergedV1,
  reportResolvedV1,
  ReportResolvedV1,
  reportRejectedV1,
  ReportRejectedV1,
} from '@waystation/contracts';
import { BatchEventPattern } from '@waystation/messaging';
import { NotificationDelivery } from './notification-delivery.service';

@Controller()
export class NotificationEventsHandler {
  constructor(private readonly delivery: NotificationDelivery) {}

  // Every version of the type: v1, v2 and v3 all arrive here.
  @BatchEventPattern(reportConfirmedV1.type)
  onReportConfirmed(@Payload() events: (ReportConfirmedV1 | ReportConfirmedV2 | ReportConfirmedV3)[]): Promise<void> {
    return this.delivery.deliver(events);
  }

  @BatchEventPattern(reportRejectedV1.type)
  onReportRejected(@Payload() events: ReportRejectedV1[]): Promise<void> {
    return this.delivery.deliver(events);
  }

  @BatchEventPattern(reportMergedV1.type)
  onReportMerged(@Payload() events: ReportMergedV1[]): Promise<void> {
    return this.delivery.deliver(events);
  }

  @BatchEventPattern(reportResolvedV1.type)
  onReportResolved(@Payload() events: ReportResolvedV1[]): Promise<void> {
    return this.delivery.deliver(events);
  }

  @BatchEventPattern(pointsCreditedV1.type)
  onPointsCredited(@Payload() events: PointsCreditedV1[]): Promise<void> {
    return this.delivery.deliver(events);
  }

  @BatchEventPattern(pointsExpiringV1.type)
  onPointsExpiring(@Payload() events: PointsExpiringV1[]): Promise<void> {
    return this.delivery.deliver(events);
  }

  @BatchEventPattern(redemptionExpiredV1.type)
  onRedemptionExpired(@Payload() events: RedemptionExpiredV1[]): Promise<void> {
    return this.delivery.deliver(events);
  }
}
