import { Module } from '@nestjs/common';
import { HandOverAlerts } from './hand-over-alerts.service';
import { StaffAlertDelivery } from './staff-alert-delivery.service';
import { StaffAlertsHandler } from './staff-alerts.handler';
import { StaffDirectory } from './staff-directory.service';

/** Community staff hear of new and overdue reports in their communities; station managers of rewards to hand over. */
@Module({
  controllers: [StaffAlertsHandler],
  providers: [StaffDirectory, StaffAlertDelivery, HandOverAlerts],
})
export class StaffAlertsModule {}
