import { Module } from '@nestjs/common';
import { ReportProgressDelivery } from './report-progress-delivery.service';

/** Workers hear of the departments' work on their reports. */
@Module({
  providers: [ReportProgressDelivery],
  exports: [ReportProgressDelivery],
})
export class ReportProgressModule {}
