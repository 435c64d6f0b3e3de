import { Controller, HttpCode, HttpStatus, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { Actor } from '@waystation/contracts';
import { CheckInView, RouteBodyOf, RouteQueryOf, StationCodesView, StationVisitsRoutes, StationVisitsView } from '@waystation/http-api';
import { CorrelationId, CurrentActor, RouteBody, RouteEndpoint, RouteQuery } from '@waystation/platform';
import type { Response } from 'express';
import { CheckInDesk } from './check-in-desk.service';
import { toCheckInView, toStationCodesView, toStationVisitsView } from './check-in-view.mapper';
import { VisitCounts } from './visit-counts.service';

@Controller()
export class CheckInsController {
  constructor(
    private readonly desk: CheckInDesk,
    private readonly visitCounts: VisitCounts,
  ) {}

  @RouteEndpoint(StationVisitsRoutes.codes)
  async codes(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<StationCodesView> {
    return toStationCodesView(await this.desk.codesOf(actor, id));
  }

  @RouteEndpoint(StationVisitsRoutes.checkIn)
  async checkIn(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @RouteBody(StationVisitsRoutes.checkIn) proof: RouteBodyOf<typeof StationVisitsRoutes.checkIn>,
    @CorrelationId() correlationId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CheckInView> {
    const { checkIn, created } = await this.desk.checkIn(actor, id, proof, correlationId);
    response.status(created ? HttpStatus.CREATED : HttpStatus.OK);
    return toCheckInView(checkIn);
  }

  @RouteEndpoint(StationVisitsRoutes.currentCheckIn)
  async current(@CurrentActor() actor: Actor): Promise<CheckInView> {
    return toCheckInView(await this.desk.current(actor));
  }

  @RouteEndpoint(StationVisitsRoutes.checkOut)
  @HttpCode(HttpStatus.OK)
  async checkOut(@CurrentActor() actor: Actor, @CorrelationId() correlationId: string): Promise<CheckInView> {
    return toCheckInView(await this.desk.checkOut(actor, correlationId));
  }

  @RouteEndpoint(StationVisitsRoutes.visits)
  async visits(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @RouteQuery(StationVisitsRoutes.visits) query: RouteQueryOf<typeof StationVisitsRoutes.visits>,
  ): Promise<StationVisitsView> {
    const { from, to, granularity } = query;
    return toStationVisitsView(await this.visitCounts.of(actor, id, { from: new Date(from), to: new Date(to), granularity }));
  }
}
