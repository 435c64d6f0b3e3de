import { Module } from '@nestjs/common';
import { ReportProgressDelivery } from './report-progress-delivery.service';
import { ReportProgressHandler } from './report-progress.handler';

/** Workers hear of the departments' work on their reports. */
@Module({
  controllers: [ReportProgressHandler],
  providers: [ReportProgressDelivery],
})
export class ReportProgressModule {}
