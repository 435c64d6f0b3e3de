import { Controller, Headers, HttpCode, HttpStatus, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { Actor, mapPage, Page } from '@waystation/contracts';
import {
  IDEMPOTENCY_KEY_HEADER,
  idempotencyKeyFrom,
  MySignUpView,
  RouteBodyOf,
  RouteQueryOf,
  SessionView,
  SignUpView,
  StationVisitsRoutes,
} from '@waystation/http-api';
import { CorrelationId, CurrentActor, Public, RouteBody, RouteEndpoint, RouteQuery } from '@waystation/platform';
import type { Response } from 'express';
import { SessionPlanner } from './session-planner.service';
import { SessionSignUps } from './session-sign-ups.service';
import { toMySignUpView, toSessionView, toSignUpView } from './session-view.mapper';

@Controller()
export class SessionsController {
  constructor(
    private readonly planner: SessionPlanner,
    private readonly signUps: SessionSignUps,
  ) {}

  @RouteEndpoint(StationVisitsRoutes.schedule)
  async schedule(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @RouteBody(StationVisitsRoutes.schedule) command: RouteBodyOf<typeof StationVisitsRoutes.schedule>,
    @Headers(IDEMPOTENCY_KEY_HEADER) idempotencyKey: string | undefined,
    @CorrelationId() correlationId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionView> {
    const { session, created } = await this.planner.schedule(actor, id, command, idempotencyKeyFrom(idempotencyKey), correlationId);
    response.status(created ? HttpStatus.CREATED : HttpStatus.OK);
    return toSessionView(session);
  }

  @Public()
  @RouteEndpoint(StationVisitsRoutes.upcoming)
  async upcoming(
    @Param('id', ParseUUIDPipe) id: string,
    @RouteQuery(StationVisitsRoutes.upcoming) query: RouteQueryOf<typeof StationVisitsRoutes.upcoming>,
  ): Promise<Page<SessionView>> {
    return mapPage(await this.planner.upcoming(id, query), toSessionView);
  }

  @Public()
  @RouteEndpoint(StationVisitsRoutes.session)
  async session(@Param('id', ParseUUIDPipe) id: string): Promise<SessionView> {
    return toSessionView(await this.planner.get(id));
  }

  @RouteEndpoint(StationVisitsRoutes.signUp)
  async signUp(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @CorrelationId() correlationId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SignUpView> {
    const { signUp, created } = await this.signUps.signUp(actor, id, correlationId);
    response.status(created ? HttpStatus.CREATED : HttpStatus.OK);
    return toSignUpView(signUp);
  }

  @RouteEndpoint(StationVisitsRoutes.cancelSignUp)
  @HttpCode(HttpStatus.OK)
  async cancel(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @CorrelationId() correlationId: string,
  ): Promise<SignUpView> {
    return toSignUpView(await this.signUps.cancel(actor, id, correlationId));
  }

  @RouteEndpoint(StationVisitsRoutes.signUps)
  async list(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @RouteQuery(StationVisitsRoutes.signUps) query: RouteQueryOf<typeof StationVisitsRoutes.signUps>,
  ): Promise<Page<SignUpView>> {
    return mapPage(await this.signUps.of(actor, id, query), toSignUpView);
  }

  @RouteEndpoint(StationVisitsRoutes.markAttendance)
  @HttpCode(HttpStatus.OK)
  async markAttendance(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @RouteBody(StationVisitsRoutes.markAttendance) body: RouteBodyOf<typeof StationVisitsRoutes.markAttendance>,
    @CorrelationId() correlationId: string,
  ): Promise<SignUpView> {
    return toSignUpView(await this.signUps.markAttendance(actor, id, body.workerId, correlationId));
  }

  @RouteEndpoint(StationVisitsRoutes.mySignUps)
  async mine(
    @CurrentActor() actor: Actor,
    @RouteQuery(StationVisitsRoutes.mySignUps) query: RouteQueryOf<typeof StationVisitsRoutes.mySignUps>,
  ): Promise<Page<MySignUpView>> {
    return mapPage(await this.signUps.mine(actor, query), toMySignUpView);
  }
}
