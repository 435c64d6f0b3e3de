import { Module } from '@nestjs/common';
import { ReportsModule } from '../reports/reports.module';
import { DuplicateMerging } from './duplicate-merging.service';
import { DuplicatesController } from './duplicates.controller';

@Module({
  imports: [ReportsModule],
  controllers: [DuplicatesController],
  providers: [DuplicateMerging],
})
export class DuplicatesModule {}
