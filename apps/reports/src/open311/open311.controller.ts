import { Controller, Param } from '@nestjs/common';
import { Actor } from '@waystation/contracts';
import { Open311Request, Open311RequestUpdate, Open311Routes, RouteBodyOf, RouteQueryOf } from '@waystation/http-api';
import { CorrelationId, CurrentActor, Public, RouteBody, RouteEndpoint, RouteQuery } from '@waystation/platform';
import { ReportIntake } from '../reports/report-intake.service';
import { ReportingNotAllowedError } from '../reports/report-errors';
import { reportStatusesOf, toOpen311Request, toOpen311RequestUpdate, windowOf } from './service-request.mapper';
import { ServiceRequests } from './service-requests.service';

/** Reports as Open311 service requests: public, as the standard has them, without the reporter or care referrals. */
@Controller()
export class Open311Controller {
  constructor(
    private readonly requests: ServiceRequests,
    private readonly intake: ReportIntake,
  ) {}

  /**
   * A city system's report, through the same intake as a worker's (duplicates, review queue, dispatch). It brings
   * no photos (media_url is not fetched) and no Idempotency-Key (GeoReport v2 has none). Only an Open311 client
   * files here: a worker's report comes with photos, through POST /reports.
   */
  @RouteEndpoint(Open311Routes.submit)
  async submit(
    @CurrentActor() actor: Actor,
    @RouteBody(Open311Routes.submit) body: RouteBodyOf<typeof Open311Routes.submit>,
    @CorrelationId() correlationId: string,
  ): Promise<Open311Request> {
    if (actor.role !== 'open311-client') throw new ReportingNotAllowedError(actor.role);
    const { report } = await this.intake.submit(actor, { ...body, photoIds: [] }, undefined, correlationId);
    return toOpen311Request(await this.requests.get(report.id));
  }

  @Public()
  @RouteEndpoint(Open311Routes.requests)
  async list(@RouteQuery(Open311Routes.requests) query: RouteQueryOf<typeof Open311Routes.requests>): Promise<Open311Request[]> {
    const rows = query.service_request_id
      ? await this.requests.find({ ids: query.service_request_id })
      : await this.requests.find({
          category: query.service_code,
          statuses: query.status && reportStatusesOf(query.status),
          submitted: windowOf(query.start_date, query.end_date, new Date()),
          offset: (query.page - 1) * query.page_size,
          limit: query.page_size,
        });
    return rows.map(toOpen311Request);
  }

  @Public()
  @RouteEndpoint(Open311Routes.request)
  async get(@Param('id') id: string): Promise<Open311Request> {
    return toOpen311Request(await this.requests.get(id));
  }

  @Public()
  @RouteEndpoint(Open311Routes.updates)
  async updates(@RouteQuery(Open311Routes.updates) query: RouteQueryOf<typeof Open311Routes.updates>): Promise<Open311RequestUpdate[]> {
    return (await this.requests.updates(windowOf(query.start_date, query.end_date, new Date()))).map(toOpen311RequestUpdate);
  }
}
