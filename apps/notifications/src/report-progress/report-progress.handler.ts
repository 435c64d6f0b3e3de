import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import {
  reportDispatchedV1,
  ReportDispatchedV1,
  reportUpdatedV1,
  ReportUpdatedV1,
  reportWithdrawnV1,
  ReportWithdrawnV1,
} from '@waystation/contracts';
import { BatchEventPattern } from '@waystation/messaging';
import { ReportProgressDelivery } from './report-progress-delivery.service';

@Controller()
export class ReportProgressHandler {
  constructor(private readonly delivery: ReportProgressDelivery) {}

  @BatchEventPattern(reportDispatchedV1.type)
  onReportDispatched(@Payload() events: ReportDispatchedV1[]): Promise<void> {
    return this.delivery.deliver(events);
  }

  @BatchEventPattern(reportUpdatedV1.type)
  onReportUpdated(@Payload() events: ReportUpdatedV1[]): Promise<void> {
    return this.delivery.deliver(events);
  }

  @BatchEventPattern(reportWithdrawnV1.type)
  onReportWithdrawn(@Payload() events: ReportWithdrawnV1[]): Promise<void> {
    return this.delivery.deliver(events);
  }
}
