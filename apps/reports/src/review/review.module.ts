import { Module } from '@nestjs/common';
import { DispatchModule } from '../dispatch/dispatch.module';
import { ReportsModule } from '../reports/reports.module';
import { ReportReview } from './report-review.service';
import { ReviewQueue } from './review-queue.service';
import { ReviewController } from './review.controller';

@Module({
  imports: [ReportsModule, DispatchModule],
  controllers: [ReviewController],
  providers: [ReportReview, ReviewQueue],
})
export class ReviewModule {}
