import { Injectable } from '@nestjs/common';
import { Actor, departmentPrincipal, DepartmentUpdateMessage, ProvisionedDepartmentCode } from '@waystation/contracts';
import { commandFingerprint } from '@waystation/platform';
import { DataSource } from 'typeorm';
import { DepartmentUpdate, DepartmentWork } from '../dispatch/department-work.service';
import { UpdateIdReusedError } from './department-update-errors';

export type DepartmentUpdateOutcome = 'applied' | 'duplicate';

/**
 * A department's update from Kafka, applied exactly once: its (department, updateId) row and the move it makes
 * (DepartmentWork, as the department's own principal) commit together. The same update again does nothing; the
 * same updateId with a different update is refused. A refused move rolls the row back with it, so the department
 * may send a corrected update under the same updateId.
 */
@Injectable()
export class DepartmentUpdates {
  constructor(
    private readonly dataSource: DataSource,
    private readonly work: DepartmentWork,
  ) {}

  apply(department: ProvisionedDepartmentCode, message: DepartmentUpdateMessage, correlationId: string): Promise<DepartmentUpdateOutcome> {
    const fingerprint = commandFingerprint(message);
    return this.dataSource.transaction(async (manager) => {
      const claimed = await manager.query<unknown[]>(
        `INSERT INTO department_updates (department_code, update_id, fingerprint, report_id) VALUES ($1, $2, $3, $4)
         ON CONFLICT DO NOTHING RETURNING update_id`,
        [department, message.updateId, fingerprint, message.reportId],
      );
      if (claimed.length === 0) {
        const [earlier] = await manager.query<{ fingerprint: string }[]>(
          `SELECT fingerprint FROM department_updates WHERE department_code = $1 AND update_id = $2`,
          [department, message.updateId],
        );
        if (earlier.fingerprint !== fingerprint) throw new UpdateIdReusedError(department, message.updateId);
        return 'duplicate';
      }
      await this.work.actIn(manager, actorOf(department), message.reportId, message.action, updateOf(message), correlationId);
      return 'applied';
    });
  }
}

/** A department on Kafka acts as its principal, `department-<code>`, for its own department only. */
function actorOf(department: ProvisionedDepartmentCode): Actor {
  return { id: departmentPrincipal(department), role: 'department', scopes: { department, stations: [], communities: [] } };
}

/** Over Kafka a department sends no photos: its note (the evidence, or the reason it is not responsible) is all. */
function updateOf(message: DepartmentUpdateMessage): DepartmentUpdate {
  return { note: message.action === 'not-responsible' ? message.reason : message.note };
}
