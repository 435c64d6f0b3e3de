import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { reportDispatchedV1, reportUpdatedV1, reportWithdrawnV1 } from '@waystation/contracts';
import { BatchEventPattern } from '@waystation/messaging';
import { WebhookEvent } from '../webhooks/webhook-fan-out.service';
import { DepartmentEventIntake } from './department-event-intake.service';

/** The department-facing events, taken together (a report's dispatch and updates interleave on its partition). */
@Controller()
export class DepartmentEventsHandler {
  constructor(private readonly intake: DepartmentEventIntake) {}

  @BatchEventPattern([reportDispatchedV1.type, reportUpdatedV1.type, reportWithdrawnV1.type])
  handle(@Payload() events: WebhookEvent[]): Promise<void> {
    return this.intake.take(events);
  }
}
