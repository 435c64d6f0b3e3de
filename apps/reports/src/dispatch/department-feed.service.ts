import { Injectable } from '@nestjs/common';
import { DepartmentFacingEvent, departmentReportsTopic, departmentsAddressedBy, isProvisionedDepartment } from '@waystation/contracts';
import { Outbox } from '@waystation/messaging';
import { EntityManager } from 'typeorm';

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
      for (const code of departmentsAddressedBy(event).filter(isProvisionedDepartment)) {
        await this.outbox.addCopies(manager, departmentReportsTopic(code), event);
      }
    }
  }
}
