import { pageSchemaOf } from '../common/page';
import { checkInSchema, visitsQuerySchema } from '../check-ins/check-in-commands';
import { checkInViewSchema, stationCodesViewSchema, stationVisitsViewSchema } from '../check-ins/check-in-view';
import { markAttendanceSchema, scheduleSessionSchema, sessionsPageQuerySchema, signUpsPageQuerySchema } from '../sessions/session-commands';
import { mySignUpViewSchema, sessionViewSchema, signUpViewSchema } from '../sessions/session-view';
import { defineRoute } from './route';

/** The stations service's internal API for visits: check-ins, occupancy counts and service sessions. */
export const StationVisitsRoutes = {
  codes: defineRoute({ method: 'GET', path: '/stations/:id/check-in-codes', response: stationCodesViewSchema }),
  checkIn: defineRoute({ method: 'POST', path: '/stations/:id/check-ins', body: checkInSchema, response: checkInViewSchema }),
  currentCheckIn: defineRoute({ method: 'GET', path: '/check-ins/current', response: checkInViewSchema }),
  checkOut: defineRoute({ method: 'POST', path: '/check-ins/current/check-out', response: checkInViewSchema }),
  visits: defineRoute({ method: 'GET', path: '/stations/:id/visits', query: visitsQuerySchema, response: stationVisitsViewSchema }),
  schedule: defineRoute({ method: 'POST', path: '/stations/:id/sessions', body: scheduleSessionSchema, response: sessionViewSchema }),
  upcoming: defineRoute({
    method: 'GET',
    path: '/stations/:id/sessions',
    query: sessionsPageQuerySchema,
    response: pageSchemaOf(sessionViewSchema),
  }),
  session: defineRoute({ method: 'GET', path: '/sessions/:id', response: sessionViewSchema }),
  signUp: defineRoute({ method: 'POST', path: '/sessions/:id/sign-ups', response: signUpViewSchema }),
  cancelSignUp: defineRoute({ method: 'POST', path: '/sessions/:id/sign-ups/mine/cancel', response: signUpViewSchema }),
  signUps: defineRoute({
    method: 'GET',
    path: '/sessions/:id/sign-ups',
    query: signUpsPageQuerySchema,
    response: pageSchemaOf(signUpViewSchema),
  }),
  markAttendance: defineRoute({ method: 'POST', path: '/sessions/:id/attendance', body: markAttendanceSchema, response: signUpViewSchema }),
  mySignUps: defineRoute({
    method: 'GET',
    path: '/sign-ups/mine',
    query: signUpsPageQuerySchema,
    response: pageSchemaOf(mySignUpViewSchema),
  }),
};
