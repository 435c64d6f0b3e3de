import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { reportConfirmedV1 } from '@waystation/contracts';
import { BatchEventPattern } from '@waystation/messaging';
import { ReportConfirmed } from './credit-amounts';
import { ReportCrediting } from './report-crediting.service';

@Controller()
export class ReportConfirmedHandler {
  constructor(private readonly crediting: ReportCrediting) {}

  // Every version of the type: v1 and v2 both arrive here.
  @BatchEventPattern(reportConfirmedV1.type)
  handle(@Payload() events: ReportConfirmed[]): Promise<void> {
    return this.crediting.creditReporters(events);
  }
}
