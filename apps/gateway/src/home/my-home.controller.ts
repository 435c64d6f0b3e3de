import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@waystation/contracts';
import {
  HOME_RECENT_REPORTS,
  HomeQueryDto,
  HomeView,
  HomeViewDto,
  NotificationsRoutes,
  PointsRoutes,
  ReportsRoutes,
  StationsRoutes,
} from '@waystation/http-api';
import { CorrelationId } from '@waystation/platform';
import { Caller } from '../identity/caller.decorator';
import { CallerToken } from '../identity/caller-token.decorator';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { Upstreams } from '../upstream/upstreams';
import { HomeWorkersOnlyError } from './home-errors';
import { toHomeView } from './home-view.mapper';

/** The worker app's first screen in one call: stations near the worker, their points, unread notifications, open reports. */
@ApiTags('me')
@Controller('api/v1/me/home')
export class MyHomeController {
  constructor(private readonly upstreams: Upstreams) {}

  @Get()
  @ApiOperation({ summary: "The worker app's first screen: nearby operating stations, balance, unread notifications, open reports" })
  @ApiOkResponse({ type: HomeViewDto.Output })
  @ApiProblems(400, 401, 403)
  async get(
    @Caller() actor: Actor,
    @CallerToken() callerToken: string,
    @Query() { limit, ...filters }: HomeQueryDto,
    @CorrelationId() correlationId: string,
  ): Promise<HomeView> {
    if (actor.role !== 'worker') throw new HomeWorkersOnlyError();
    const [stations, points, unread, reports] = await Promise.all([
      this.upstreams.stations.call(StationsRoutes.nearby, { query: { ...filters, status: 'operating', limit }, correlationId }),
      this.upstreams.points.call(PointsRoutes.balance, { params: { workerId: actor.id }, callerToken, correlationId }),
      this.upstreams.notifications.call(NotificationsRoutes.unreadCount, { callerToken, correlationId }),
      this.upstreams.reports.call(ReportsRoutes.list, { query: { limit: HOME_RECENT_REPORTS }, callerToken, correlationId }),
    ]);
    return toHomeView({
      stations: stations.body.items,
      points: points.body,
      unreadNotifications: unread.body.count,
      recentReports: reports.body.items,
    });
  }
}
