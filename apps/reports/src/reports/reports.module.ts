import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DuplicateDetection } from '../duplicates/duplicate-detection.service';
import { ReportHistoryEntry } from './report-history-entry.entity';
import { ReportIntake } from './report-intake.service';
import { ReportQueries } from './report-queries.service';
import { Report } from './report.entity';
import { ReportsController } from './reports.controller';

@Module({
  imports: [TypeOrmModule.forFeature([Report, ReportHistoryEntry])],
  controllers: [ReportsController],
  providers: [ReportIntake, ReportQueries, DuplicateDetection],
  exports: [ReportQueries, DuplicateDetection],
})
export class ReportsModule {}
