import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AreasModule } from '../areas/areas.module';
import { CategoriesModule } from '../categories/categories.module';
import { DuplicateDetection } from '../duplicates/duplicate-detection.service';
import { IntakeRuleOptions, IntakeRules } from './intake-rules';
import { ReportHistoryEntry } from './report-history-entry.entity';
import { ReportIntake } from './report-intake.service';
import { ReportQueries } from './report-queries.service';
import { Report } from './report.entity';
import { ReportsController } from './reports.controller';

@Module({})
export class ReportsModule {
  /** Global, so the modules that build on the reports (review) reach the one configured here. */
  static forRoot(rules: IntakeRuleOptions): DynamicModule {
    return {
      module: ReportsModule,
      global: true,
      imports: [TypeOrmModule.forFeature([Report, ReportHistoryEntry]), CategoriesModule, AreasModule],
      controllers: [ReportsController],
      providers: [ReportIntake, ReportQueries, DuplicateDetection, { provide: IntakeRules, useValue: new IntakeRules(rules) }],
      exports: [ReportIntake, ReportQueries, DuplicateDetection],
    };
  }
}
