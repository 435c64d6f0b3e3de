import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { reportConfirmedV1, ReportConfirmedV1 } from '@waystation/contracts';
import { ReportCrediting } from './report-crediting.service';

@Controller()
export class ReportConfirmedHandler {
  constructor(private readonly crediting: ReportCrediting) {}

  @EventPattern(reportConfirmedV1.type)
  handle(@Payload() event: ReportConfirmedV1): Promise<void> {
    return this.crediting.creditReporter(event);
  }
}
