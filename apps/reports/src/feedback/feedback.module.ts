import { Module } from '@nestjs/common';
import { ReportsModule } from '../reports/reports.module';
import { FeedbackController } from './feedback.controller';
import { ReportFeedback } from './report-feedback.service';

@Module({
  imports: [ReportsModule],
  controllers: [FeedbackController],
  providers: [ReportFeedback],
})
export class FeedbackModule {}
