import { Module } from '@nestjs/common';
import { DispatchModule } from '../dispatch/dispatch.module';
import { DepartmentUpdateHandler } from './department-update.handler';
import { DepartmentUpdates } from './department-updates.service';

/** Departments answering over Kafka: their updates topics, applied as their own moves. */
@Module({
  imports: [DispatchModule],
  controllers: [DepartmentUpdateHandler],
  providers: [DepartmentUpdates],
})
export class DepartmentUpdatesModule {}
