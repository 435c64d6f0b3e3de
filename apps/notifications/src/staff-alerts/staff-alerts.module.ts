import { Module } from '@nestjs/common';
import { StaffAlertDelivery } from './staff-alert-delivery.service';
import { StaffAlertsHandler } from './staff-alerts.handler';
import { StaffDirectory } from './staff-directory.service';

/** Community staff hear of new and overdue reports in their communities. */
@Module({
  controllers: [StaffAlertsHandler],
  providers: [StaffDirectory, StaffAlertDelivery],
})
export class StaffAlertsModule {}
