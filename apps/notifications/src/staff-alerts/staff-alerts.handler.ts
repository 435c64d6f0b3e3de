import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import {
  accountRegisteredV1,
  AccountRegisteredV1,
  accountUpdatedV1,
  AccountUpdatedV1,
  redemptionPlacedV1,
  RedemptionPlacedV1,
  reportOverdueV1,
  ReportOverdueV1,
  reportSubmittedV1,
  ReportSubmittedV1,
  ReportSubmittedV2,
  ReportSubmittedV3,
} from '@waystation/contracts';
import { BatchEventPattern } from '@waystation/messaging';
import { HandOverAlerts } from './hand-over-alerts.service';
import { StaffAlertDelivery } from './staff-alert-delivery.service';
import { StaffDirectory } from './staff-directory.service';

@Controller()
export class StaffAlertsHandler {
  constructor(
    private readonly directory: StaffDirectory,
    private readonly alerts: StaffAlertDelivery,
    private readonly handOvers: HandOverAlerts,
  ) {}

  @BatchEventPattern(accountRegisteredV1.type)
  onAccountRegistered(@Payload() events: AccountRegisteredV1[]): Promise<void> {
    return this.directory.apply(events);
  }

  @BatchEventPattern(accountUpdatedV1.type)
  onAccountUpdated(@Payload() events: AccountUpdatedV1[]): Promise<void> {
    return this.directory.apply(events);
  }

  @BatchEventPattern(reportSubmittedV1.type)
  onReportSubmitted(@Payload() events: (ReportSubmittedV1 | ReportSubmittedV2 | ReportSubmittedV3)[]): Promise<void> {
    return this.alerts.deliver(events);
  }

  @BatchEventPattern(reportOverdueV1.type)
  onReportOverdue(@Payload() events: ReportOverdueV1[]): Promise<void> {
    return this.alerts.deliver(events);
  }

  @BatchEventPattern(redemptionPlacedV1.type)
  onRedemptionPlaced(@Payload() events: RedemptionPlacedV1[]): Promise<void> {
    return this.handOvers.deliver(events);
  }
}
