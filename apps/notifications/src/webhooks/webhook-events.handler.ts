import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { DepartmentFacingEvent, reportDispatchedV1, reportUpdatedV1, reportWithdrawnV1 } from '@waystation/contracts';
import { BatchEventPattern } from '@waystation/messaging';
import { WebhookFanOut } from './webhook-fan-out.service';

/** The department-facing events, taken together (a report's dispatch and updates interleave on its partition). */
@Controller()
export class WebhookEventsHandler {
  constructor(private readonly fanOut: WebhookFanOut) {}

  @BatchEventPattern([reportDispatchedV1.type, reportUpdatedV1.type, reportWithdrawnV1.type])
  handle(@Payload() events: DepartmentFacingEvent[]): Promise<void> {
    return this.fanOut.queue(events);
  }
}
