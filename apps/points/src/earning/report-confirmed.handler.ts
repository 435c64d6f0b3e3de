import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { reportConfirmedV1, ReportConfirmedV1 } from '@waystation/contracts';
import { BatchEventPattern } from '@waystation/messaging';
import { ReportCrediting } from './report-crediting.service';

@Controller()
export class ReportConfirmedHandler {
  constructor(private readonly crediting: ReportCrediting) {}

  @BatchEventPattern(reportConfirmedV1.type)
  handle(@Payload() events: ReportConfirmedV1[]): Promise<void> {
    return this.crediting.creditReporters(events);
  }
}
