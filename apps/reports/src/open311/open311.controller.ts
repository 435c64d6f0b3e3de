import { Controller, Param } from '@nestjs/common';
import { Open311Request, Open311RequestUpdate, Open311Routes, RouteQueryOf } from '@waystation/http-api';
import { Public, RouteEndpoint, RouteQuery } from '@waystation/platform';
import { reportStatusesOf, toOpen311Request, toOpen311RequestUpdate, windowOf } from './service-request.mapper';
import { ServiceRequests } from './service-requests.service';

/** Reports as Open311 service requests: public, as the standard has them, without the reporter or care referrals. */
@Controller()
export class Open311Controller {
  constructor(private readonly requests: ServiceRequests) {}

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
