import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { departmentOfUpdatesTopic, DepartmentUpdateMessage } from '@waystation/contracts';
import { EventContext, PermanentEventError, PlainMessage } from '@waystation/messaging';
import { DEPARTMENT_UPDATE_PATTERN } from './department-update-topics';
import { DepartmentUpdates } from './department-updates.service';

/** A department's update, from the department whose topic it came on (never one the message names). */
@Controller()
export class DepartmentUpdateHandler {
  constructor(private readonly updates: DepartmentUpdates) {}

  @EventPattern(DEPARTMENT_UPDATE_PATTERN)
  async handle(@Payload() message: PlainMessage<DepartmentUpdateMessage>, @Ctx() context: EventContext): Promise<void> {
    const department = departmentOfUpdatesTopic(context.topic);
    if (!department) throw new PermanentEventError(`${context.topic} is no department's updates topic`);
    await this.updates.apply(department, message.body, message.correlationId);
  }
}
