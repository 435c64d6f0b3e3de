import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CategoriesModule } from '../categories/categories.module';
import { DepartmentsModule } from '../departments/departments.module';
import { RoutingModule } from '../routing/routing.module';
import { DepartmentFeedModule } from './department-feed.module';
import { DepartmentFiguresController } from './department-figures.controller';
import { DepartmentFigures } from './department-figures.service';
import { DepartmentQueueController } from './department-queue.controller';
import { DepartmentQueue } from './department-queue.service';
import { DepartmentWork } from './department-work.service';
import { DispatchQueue } from './dispatch-queue.service';
import { DispatchController } from './dispatch.controller';
import { ReportAssignmentStep } from './report-assignment-step.entity';
import { ReportAssignment } from './report-assignment.entity';
import { ReportAssignments } from './report-assignments.service';
import { ReportDispatch } from './report-dispatch.service';

/** Sending confirmed reports to departments, re-routing them, and the departments' own work on them. */
@Module({
  imports: [
    TypeOrmModule.forFeature([ReportAssignment, ReportAssignmentStep]),
    CategoriesModule,
    DepartmentsModule,
    RoutingModule,
    DepartmentFeedModule,
  ],
  controllers: [DispatchController, DepartmentQueueController, DepartmentFiguresController],
  providers: [DepartmentFigures, ReportAssignments, ReportDispatch, DispatchQueue, DepartmentQueue, DepartmentWork],
  exports: [ReportDispatch, DepartmentWork],
})
export class DispatchModule {}
