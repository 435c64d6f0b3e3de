import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import {
  reportClosedV1,
  reportConfirmedV1,
  reportMergedV1,
  reportRejectedV1,
  reportResolvedV1,
  reportSubmittedV1,
} from '@waystation/contracts';
import { BatchEventPattern } from '@waystation/messaging';
import { actionsOfReportEvent, ReportEarningEvent } from './earning-actions';
import { Crediting } from './crediting.service';

/**
 * A report's points through its life: reserved at submission, earned or released by what staff and departments
 * decide. The types are taken together (every version of each), so a partition's interleaved submissions and
 * confirmations are applied in one transaction.
 */
@Controller()
export class ReportEventsHandler {
  constructor(private readonly crediting: Crediting) {}

  @BatchEventPattern([
    reportSubmittedV1.type,
    reportConfirmedV1.type,
    reportResolvedV1.type,
    reportRejectedV1.type,
    reportMergedV1.type,
    reportClosedV1.type,
  ])
  handle(@Payload() events: ReportEarningEvent[]): Promise<void> {
    return this.crediting.apply(events, actionsOfReportEvent);
  }
}
