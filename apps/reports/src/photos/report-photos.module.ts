import { Module } from '@nestjs/common';
import { ReportsModule } from '../reports/reports.module';
import { ReportPhotos } from './report-photos.service';
import { ReportPhotosController } from './report-photos.controller';

/** The photos of a report: added by its reporter before review, served to whoever may read the report. */
@Module({
  imports: [ReportsModule],
  controllers: [ReportPhotosController],
  providers: [ReportPhotos],
})
export class ReportPhotosModule {}
