import { Controller } from '@nestjs/common';
import { mapPage, Page } from '@waystation/contracts';
import { parseBoundingBox, PublicReportView, ReportSlasRoutes, RouteQueryOf } from '@waystation/http-api';
import { Public, RouteEndpoint, RouteQuery } from '@waystation/platform';
import { PublicResolvedReport, PublicResolvedReports } from './public-resolved-reports.service';

@Controller()
export class PublicFeedController {
  constructor(private readonly feed: PublicResolvedReports) {}

  @Public()
  @RouteEndpoint(ReportSlasRoutes.publicResolved)
  async resolved(
    @RouteQuery(ReportSlasRoutes.publicResolved) query: RouteQueryOf<typeof ReportSlasRoutes.publicResolved>,
  ): Promise<Page<PublicReportView>> {
    const bbox = query.bbox === undefined ? undefined : (parseBoundingBox(query.bbox) ?? undefined);
    return mapPage(await this.feed.page({ ...query, bbox }), toPublicReportView);
  }
}

function toPublicReportView({ key, ...report }: PublicResolvedReport): PublicReportView {
  return { id: key, ...report };
}
