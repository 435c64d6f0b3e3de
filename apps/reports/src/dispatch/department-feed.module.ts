import { Module } from '@nestjs/common';
import { DepartmentFeed } from './department-feed.service';

/** The department feed alone: dispatch writes to it, and so does the overdue job for departments' own breaches. */
@Module({ providers: [DepartmentFeed], exports: [DepartmentFeed] })
export class DepartmentFeedModule {}
