import { Injectable } from '@nestjs/common';
import {
  departmentReportsTopic,
  isProvisionedDepartment,
  ReportDispatchedV1,
  ReportOverdueV1,
  ReportUpdatedV1,
  ReportWithdrawnV1,
} from '@waystation/contracts';
import { Outbox } from '@waystation/messaging';
import { EntityManager } from 'typeorm';

/** The events a department reads about the reports routed to it: none carries the reporter. */
export type DepartmentFacingEvent = ReportDispatchedV1 | ReportUpdatedV1 | ReportWithdrawnV1 | ReportOverdueV1;

/**
 * Records department-facing events in the caller's transaction: on `reports.events`, and once more on the topic of
 * each department the event addresses. A department created after deployment has no topic (or principal) until
 * its code is provisioned (ProvisionedDepartmentCodes), so it is skipped rather than blocking the relay.
 */
@Injectable()
export class DepartmentFeed {
  constructor(private readonly outbox: Outbox) {}

  async add(manager: EntityManager, ...events: DepartmentFacingEvent[]): Promise<void> {
    await this.outbox.add(manager, ...events);
    for (const event of events) {
      for (const code of addressedDepartments(event).filter(isProvisionedDepartment)) {
        await this.outbox.addCopies(manager, departmentReportsTopic(code), event);
      }
    }
  }
}

function addressedDepartments(event: DepartmentFacingEvent): string[] {
  switch (event.type) {
    case 'report.dispatched':
      return event.payload.departments.map(({ code }) => code);
    case 'report.updated':
      return [event.payload.departmentCode];
    case 'report.withdrawn':
      return event.payload.departments;
    case 'report.overdue':
      // The report's own deadline concerns the city's staff; a department's own, that department.
      return event.payload.departmentCode ? [event.payload.departmentCode] : [];
  }
}
