import { INestApplication } from '@nestjs/common';
import { ActorInput, GeoPoint } from '@waystation/contracts';
import { CheckInView, SessionView, SignUpView, StationCodesView, StationView } from '@waystation/http-api';
import { expectProblem, newStaff, newWorker, queryDatabase, serviceAs, startServiceUnderTest } from '@waystation/testing';
import { v7 as uuidv7 } from 'uuid';
import { AppModule } from './app.module';
import { AutoCheckOut } from './check-ins/auto-check-out.service';
import { CheckInCodes } from './check-ins/check-in-codes';
import { CheckInDesk } from './check-ins/check-in-desk.service';
import { VisitCounts } from './check-ins/visit-counts.service';
import { stationsConfigSchema } from './config/stations.config';
import { SessionSignUps } from './sessions/session-sign-ups.service';
import { EARTH_RADIUS_METERS } from './stations/geo';

/** The stations service in this process, on its own scratch database and the run's real Kafka. */
let database: string;
let sut: INestApplication;

const config = stationsConfigSchema.parse({ STATIONS_AUTO_CHECK_OUT_INTERVAL_MS: '0' });
const codes = new CheckInCodes(config.STATIONS_CHECK_IN_SECRET, config.STATIONS_CHECK_IN_CODE_WINDOW_SECONDS);
const admin: ActorInput = { id: `admin-${uuidv7()}`, role: 'admin' };
const managerOf = (stationId: string): ActorInput => ({
  id: `manager-${uuidv7()}`,
  role: 'station-manager',
  scopes: { stations: [stationId] },
});

const as = (actor?: ActorInput) => serviceAs(sut.getHttpServer(), actor);
const rows = <T>(sql: string, params: unknown[] = []) => queryDatabase<T>(database, sql, params);
const count = async (sql: string, params: unknown[] = []) => Number((await rows<{ count: string }>(sql, params))[0].count);
const eventsOf = (type: string, key: string) =>
  rows<{ payload: Record<string, unknown> }>(
    `SELECT envelope -> 'payload' AS payload FROM outbox_messages WHERE event_type = $1 AND message_key = $2 ORDER BY id`,
    [type, key],
  );

const north = (from: GeoPoint, meters: number): GeoPoint => ({
  lat: from.lat + ((meters / EARTH_RADIUS_METERS) * 180) / Math.PI,
  lng: from.lng,
});
let nextSpot = 0;
const newSpot = (): GeoPoint => ({ lat: 20 + nextSpot++ * 0.5, lng: 110.5 });

async function newStation(extra: object = {}): Promise<StationView> {
  const body = {
    names: { 'zh-CN': `驿站 ${uuidv7().slice(-6)}` },
    district: '江夏区',
    address: '江夏区文化大道 1 号',
    location: newSpot(),
    capacity: 10,
    // Only an operating station takes check-ins and sessions (and the nearby search finds it by default).
    status: 'operating',
    ...extra,
  };
  return (await as(admin).post('/stations').send(body).expect(201)).body as StationView;
}

const rotatingCode = async (stationId: string) =>
  ((await as(managerOf(stationId)).get(`/stations/${stationId}/check-in-codes`).expect(200)).body as StationCodesView).rotating.code;

const checkIn = (worker: ActorInput, stationId: string, body: object) => as(worker).post(`/stations/${stationId}/check-ins`).send(body);

async function checkInNow(worker: ActorInput, stationId: string): Promise<CheckInView> {
  return (await checkIn(worker, stationId, { method: 'rotating-code', code: await rotatingCode(stationId) }).expect(201)).body;
}

beforeAll(async () => {
  ({ app: sut, database } = await startServiceUnderTest(
    (env) => AppModule.forRoot(stationsConfigSchema.parse({ ...env, STATIONS_AUTO_CHECK_OUT_INTERVAL_MS: '0' })),
    { databaseVariable: 'STATIONS_DATABASE_URL' },
  ));
}, 60_000);

afterAll(async () => {
  await sut?.close();
});

describe(CheckInDesk.name, () => {
  it("checks a worker in with the station screen's code, announces it without a location, and counts them in the station view", async () => {
    const station = await newStation({ capacity: 3 });
    const worker = newWorker();

    const checkedIn = await checkInNow(worker, station.id);

    expect(checkedIn).toMatchObject({ stationId: station.id, workerId: worker.id, method: 'rotating-code', checkedOutAt: null });
    expect((await as(worker).get('/check-ins/current').expect(200)).body).toEqual(checkedIn);
    expect((await as().get(`/stations/${station.id}`).expect(200)).body).toMatchObject({ capacity: 3, occupancy: 1, freeSeats: 2 });
    expect((await eventsOf('station.checked-in', station.id)).map((event) => event.payload)).toEqual([
      { checkInId: checkedIn.id, stationId: station.id, workerId: worker.id, method: 'rotating-code', checkedInAt: checkedIn.checkedInAt },
    ]);
  });

  it("accepts the previous window's code, and refuses an expired (yesterday's) or forged one, writing nothing", async () => {
    const station = await newStation();
    const windowMs = config.STATIONS_CHECK_IN_CODE_WINDOW_SECONDS * 1_000;
    const previous = codes.rotatingCode(station.id, new Date(Date.now() - windowMs)).code;
    const yesterday = codes.rotatingCode(station.id, new Date(Date.now() - 86_400_000)).code;
    const forged = new CheckInCodes('a-forger-guessing-the-secret-0123456789', 60).rotatingCode(station.id, new Date()).code;
    const otherStation = codes.rotatingCode(uuidv7(), new Date()).code;

    expectProblem(await checkIn(newWorker(), station.id, { method: 'rotating-code', code: yesterday }), 422, 'check-in-code-expired');
    expectProblem(await checkIn(newWorker(), station.id, { method: 'rotating-code', code: forged }), 422, 'check-in-code-invalid');
    expectProblem(await checkIn(newWorker(), station.id, { method: 'rotating-code', code: otherStation }), 422, 'check-in-code-invalid');
    expect(await count('SELECT count(*) FROM station_check_ins WHERE station_id = $1', [station.id])).toBe(0);
    await checkIn(newWorker(), station.id, { method: 'rotating-code', code: previous }).expect(201);
  });

  it('takes the printed code just inside the geofence and refuses it just outside', async () => {
    const station = await newStation();
    const printed = (await as(managerOf(station.id)).get(`/stations/${station.id}/check-in-codes`).expect(200)).body.printed;
    const radius = config.STATIONS_CHECK_IN_RADIUS_METERS;

    const inside = await checkIn(newWorker(), station.id, {
      method: 'printed-code',
      code: printed,
      location: north(station.location, radius - 0.5),
    });
    const outside = await checkIn(newWorker(), station.id, {
      method: 'printed-code',
      code: printed,
      location: north(station.location, radius + 0.5),
    });

    expect(inside.status).toBe(201);
    expectProblem(outside, 422, 'check-in-too-far');
    expect(outside.body).toMatchObject({ distanceMeters: radius + 1, radiusMeters: radius });
    expectProblem(await checkIn(newWorker(), station.id, { method: 'printed-code', code: printed }), 400, 'validation-failed');
    expectProblem(
      await checkIn(newWorker(), station.id, { method: 'printed-code', code: 'P-guessed', location: station.location }),
      422,
      'check-in-code-invalid',
    );
  });

  it('keeps a worker checked in at one station at a time: a retry answers 200, another station 409, a race leaves one', async () => {
    const [first, second] = [await newStation(), await newStation()];
    const worker = newWorker();
    const checkedIn = await checkInNow(worker, first.id);

    const retry = await checkIn(worker, first.id, { method: 'rotating-code', code: await rotatingCode(first.id) }).expect(200);
    const elsewhere = await checkIn(worker, second.id, { method: 'rotating-code', code: await rotatingCode(second.id) });

    expect(retry.body.id).toBe(checkedIn.id);
    expectProblem(elsewhere, 409, 'already-checked-in');
    expect(elsewhere.body.stationId).toBe(first.id);

    const racer = newWorker();
    const [codeA, codeB] = [await rotatingCode(first.id), await rotatingCode(second.id)];
    const answers = await Promise.all([
      checkIn(racer, first.id, { method: 'rotating-code', code: codeA }),
      checkIn(racer, second.id, { method: 'rotating-code', code: codeB }),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409]);
    expect(await count('SELECT count(*) FROM station_check_ins WHERE worker_id = $1 AND checked_out_at IS NULL', [racer.id])).toBe(1);
    await expect(
      rows(`INSERT INTO station_check_ins (id, station_id, worker_id, method, checked_in_at) VALUES ($1, $2, $3, 'rotating-code', now())`, [
        uuidv7(),
        second.id,
        racer.id,
      ]),
    ).rejects.toThrow(/station_check_ins_one_open_per_worker/);
  });

  it('checks a worker out when they ask, once, and announces it', async () => {
    const station = await newStation();
    const worker = newWorker();
    const checkedIn = await checkInNow(worker, station.id);

    const out = await as(worker).post('/check-ins/current/check-out').expect(200);

    expect(out.body).toMatchObject({ id: checkedIn.id, checkOutReason: 'worker', checkedOutAt: expect.any(String) });
    expectProblem(await as(worker).post('/check-ins/current/check-out'), 404, 'not-checked-in');
    expectProblem(await as(worker).get('/check-ins/current'), 404, 'not-checked-in');
    expect((await eventsOf('station.checked-out', station.id)).map((event) => event.payload.reason)).toEqual(['worker']);
    expect((await as().get(`/stations/${station.id}`).expect(200)).body.occupancy).toBe(0);
  });

  it('takes check-ins only from workers, at operating stations, and shows codes only to the station’s manager', async () => {
    const station = await newStation();
    const closed = await newStation({ status: 'closed' });
    const code = await rotatingCode(station.id);

    expectProblem(await checkIn(newStaff(), station.id, { method: 'rotating-code', code }), 403, 'check-in-not-allowed');
    expectProblem(
      await checkIn(newWorker(), closed.id, { method: 'rotating-code', code: await rotatingCode(closed.id) }),
      409,
      'station-not-operating',
    );
    expectProblem(await checkIn(newWorker(), uuidv7(), { method: 'rotating-code', code }), 404, 'station-not-found');
    expectProblem(await as(managerOf(closed.id)).get(`/stations/${station.id}/check-in-codes`), 403, 'station-not-managed');
    expectProblem(await as(newWorker()).get(`/stations/${station.id}/check-in-codes`), 403, 'station-not-managed');
    await as(admin).get(`/stations/${station.id}/check-in-codes`).expect(200);
  });
});

describe(AutoCheckOut.name, () => {
  it('checks out a check-in past the time limit once, whether run twice or by two instances at once', async () => {
    const station = await newStation();
    const [stale, fresh] = [newWorker(), newWorker()];
    const old = await checkInNow(stale, station.id);
    await checkInNow(fresh, station.id);
    await rows(`UPDATE station_check_ins SET checked_in_at = now() - interval '5 hours' WHERE id = $1`, [old.id]);
    const job = sut.get(AutoCheckOut);

    const concurrent = await Promise.all([job.run(), job.run()]);
    const again = await job.run();

    expect(concurrent.reduce((sum, closed) => sum + closed, 0) + again).toBe(1);
    const [row] = await rows<{ reason: string; stayed: number }>(
      `SELECT check_out_reason AS reason, extract(epoch FROM checked_out_at - checked_in_at)::int AS stayed FROM station_check_ins WHERE id = $1`,
      [old.id],
    );
    expect(row).toEqual({ reason: 'time-limit', stayed: config.STATIONS_CHECK_IN_TIME_LIMIT_MINUTES * 60 });
    expect((await eventsOf('station.checked-out', station.id)).map((event) => [event.payload.workerId, event.payload.reason])).toEqual([
      [stale.id, 'time-limit'],
    ]);
    expect((await as(fresh).get('/check-ins/current').expect(200)).body.checkedOutAt).toBeNull();
  });
});

describe(VisitCounts.name, () => {
  it("counts visits and distinct visitors by the city's hours and days, for the station's manager and the city office", async () => {
    const station = await newStation();
    const [a, b] = ['visitor-a', 'visitor-b'];
    // 2026-11-30 in Asia/Shanghai: 08:10 and 08:50 (a, b), 09:30 (a again); 2026-12-01 00:30 local (b).
    for (const [worker, at] of [
      [a, '2026-11-30T00:10:00Z'],
      [b, '2026-11-30T00:50:00Z'],
      [a, '2026-11-30T01:30:00Z'],
      [b, '2026-11-30T16:30:00Z'],
    ]) {
      await rows(
        `INSERT INTO station_check_ins (id, station_id, worker_id, method, checked_in_at, checked_out_at, check_out_reason)
         VALUES ($1, $2, $3, 'rotating-code', $4, $4::timestamptz + interval '20 minutes', 'worker')`,
        [uuidv7(), station.id, worker, at],
      );
    }

    const hourly = await as(managerOf(station.id))
      .get(`/stations/${station.id}/visits?from=2026-11-30T00:00:00.000Z&to=2026-11-30T03:00:00.000Z&granularity=hour`)
      .expect(200);
    const daily = await as(admin)
      .get(`/stations/${station.id}/visits?from=2026-11-29T16:00:00.000Z&to=2026-12-01T16:00:00.000Z`)
      .expect(200);

    expect(hourly.body.buckets).toEqual([
      { start: '2026-11-30T00:00:00.000Z', visits: 2, visitors: 2 },
      { start: '2026-11-30T01:00:00.000Z', visits: 1, visitors: 1 },
      { start: '2026-11-30T02:00:00.000Z', visits: 0, visitors: 0 },
    ]);
    expect(daily.body).toMatchObject({ granularity: 'day', timeZone: 'Asia/Shanghai' });
    expect(daily.body.buckets).toEqual([
      { start: '2026-11-29T16:00:00.000Z', visits: 3, visitors: 2 },
      { start: '2026-11-30T16:00:00.000Z', visits: 1, visitors: 1 },
    ]);
    expectProblem(
      await as(managerOf(uuidv7())).get(`/stations/${station.id}/visits?from=2026-11-30T00:00:00.000Z&to=2026-12-01T00:00:00.000Z`),
      403,
      'station-not-managed',
    );
    expectProblem(
      await as(newWorker()).get(`/stations/${station.id}/visits?from=2026-11-30T00:00:00.000Z&to=2026-12-01T00:00:00.000Z`),
      403,
      'station-not-managed',
    );
    const backwards = await as(admin).get(`/stations/${station.id}/visits?from=2026-12-01T00:00:00.000Z&to=2026-11-30T00:00:00.000Z`);
    expectProblem(backwards, 400, 'validation-failed');
    expect(backwards.body.errors).toEqual([expect.objectContaining({ field: 'to' })]);
    const yearZero = await as(admin).get(`/stations/${station.id}/visits?from=0000-01-01T00:00:00.000Z&to=0000-01-02T00:00:00.000Z`);
    expectProblem(yearZero, 400, 'validation-failed');
    expect(yearZero.body.errors).toEqual([expect.objectContaining({ field: 'from' })]);
  });
});

describe('nearby search with occupancy', () => {
  it('shows occupancy and free seats in results and keeps only stations with a seat free when asked', async () => {
    const spot = newSpot();
    const full = await newStation({ location: north(spot, 100), capacity: 1 });
    const roomy = await newStation({ location: north(spot, 200), capacity: 2 });
    await newStation({ location: north(spot, 300), capacity: undefined });
    await checkInNow(newWorker(), full.id);
    await checkInNow(newWorker(), roomy.id);

    const all = (await as().get(`/stations/nearby?lat=${spot.lat}&lng=${spot.lng}&radius=1000`).expect(200)).body.items;
    const free = (await as().get(`/stations/nearby?lat=${spot.lat}&lng=${spot.lng}&radius=1000&hasFreeSeats=true`).expect(200)).body.items;

    expect(all.map((s: StationView) => [s.capacity, s.occupancy, s.freeSeats])).toEqual([
      [1, 1, 0],
      [2, 1, 1],
      [null, 0, null],
    ]);
    expect(free.map((s: StationView) => s.id)).toEqual([roomy.id]);
  });
});

describe(SessionSignUps.name, () => {
  const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();
  const legalAid = (places: number) => ({
    serviceCode: 'legal-aid',
    title: { zh: '法律援助咨询', en: 'Legal aid' },
    startsAt: inHours(24),
    endsAt: inHours(26),
    places,
  });

  async function newSession(places: number): Promise<{ station: StationView; session: SessionView; manager: ActorInput }> {
    const station = await newStation();
    const manager = managerOf(station.id);
    const session = (await as(manager).post(`/stations/${station.id}/sessions`).send(legalAid(places)).expect(201)).body as SessionView;
    return { station, session, manager };
  }

  const signUp = (worker: ActorInput, sessionId: string) => as(worker).post(`/sessions/${sessionId}/sign-ups`);
  const start = (sessionId: string) =>
    rows(`UPDATE station_sessions SET starts_at = now() - interval '5 minutes', ends_at = now() + interval '1 hour' WHERE id = $1`, [
      sessionId,
    ]);

  it("schedules a session for the station's manager only, announces it, and lists it publicly", async () => {
    const { station, session, manager } = await newSession(10);

    expect(session).toMatchObject({ serviceCode: 'legal-aid', places: 10, confirmed: 0, waitlisted: 0, freePlaces: 10 });
    expect((await eventsOf('station-session.scheduled', session.id)).map((event) => event.payload)).toEqual([
      expect.objectContaining({ sessionId: session.id, stationId: station.id, places: 10, scheduledBy: manager.id }),
    ]);
    expect((await as().get(`/stations/${station.id}/sessions`).expect(200)).body.items.map((s: SessionView) => s.id)).toEqual([session.id]);
    expect((await as().get(`/sessions/${session.id}`).expect(200)).body).toEqual(session);
    expectProblem(await as(managerOf(uuidv7())).post(`/stations/${station.id}/sessions`).send(legalAid(5)), 403, 'station-not-managed');
    expectProblem(await as(newWorker()).post(`/stations/${station.id}/sessions`).send(legalAid(5)), 403, 'station-not-managed');
    expectProblem(
      await as(manager)
        .post(`/stations/${station.id}/sessions`)
        .send({ ...legalAid(5), startsAt: inHours(-2), endsAt: inHours(-1) }),
      422,
      'session-times-invalid',
    );
  });

  it('gives exactly 10 places to 50 concurrent sign-ups, and waitlists the other 40 in the order they were taken', async () => {
    const { session } = await newSession(10);
    const workers = Array.from({ length: 50 }, () => newWorker());

    const answers = await Promise.all(workers.map((worker) => signUp(worker, session.id)));

    expect(answers.map((answer) => answer.status)).toEqual(workers.map(() => 201));
    const signUps = answers.map((answer) => answer.body as SignUpView);
    expect(signUps.filter((s) => s.status === 'confirmed')).toHaveLength(10);
    const stored = await rows<{ worker_id: string; status: string }>(
      `SELECT worker_id, status FROM station_session_sign_ups WHERE session_id = $1 ORDER BY seq`,
      [session.id],
    );
    expect(stored.map((row) => row.status)).toEqual([...Array(10).fill('confirmed'), ...Array(40).fill('waitlisted')]);
    const waitlist = (await as(admin).get(`/sessions/${session.id}/sign-ups?limit=100`).expect(200)).body.items.filter(
      (s: SignUpView) => s.status === 'waitlisted',
    );
    expect(waitlist.map((s: SignUpView) => s.waitlistPosition)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(waitlist.map((s: SignUpView) => s.workerId)).toEqual(stored.slice(10).map((row) => row.worker_id));
    expect((await as().get(`/sessions/${session.id}`).expect(200)).body).toMatchObject({ confirmed: 10, waitlisted: 40, freePlaces: 0 });
    expect(
      await count(`SELECT count(*) FROM outbox_messages WHERE event_type = 'station-session.signed-up' AND message_key = $1`, [session.id]),
    ).toBe(50);
  });

  it('answers a repeated sign-up with the first, and moves the first waiting worker up when a place is given back', async () => {
    const { session } = await newSession(1);
    const [holder, first, second] = [newWorker(), newWorker(), newWorker()];
    await signUp(holder, session.id).expect(201);
    await signUp(first, session.id).expect(201);
    await signUp(second, session.id).expect(201);
    expect((await signUp(first, session.id).expect(200)).body).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });

    const cancelledSignUp = await as(holder).post(`/sessions/${session.id}/sign-ups/mine/cancel`).expect(200);

    expect(cancelledSignUp.body).toMatchObject({ status: 'cancelled', cancelledAt: expect.any(String) });
    const mine = async (worker: ActorInput) => (await as(worker).get('/sign-ups/mine').expect(200)).body.items;
    expect(await mine(first)).toEqual([
      expect.objectContaining({ status: 'confirmed', session: expect.objectContaining({ id: session.id }) }),
    ]);
    expect(await mine(second)).toEqual([expect.objectContaining({ status: 'waitlisted', waitlistPosition: 1 })]);
    expect(await mine(newWorker())).toEqual([]);
    const pages = async (path: string) => {
      const seen: string[] = [];
      for (let cursor: string | null = null, first = true; first || cursor; first = false) {
        const page: { items: { id: string }[]; nextCursor: string | null } = (
          await as(admin)
            .get(`${path}${path.includes('?') ? '&' : '?'}limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)
            .expect(200)
        ).body;
        seen.push(...page.items.map((item) => item.id));
        cursor = page.nextCursor;
      }
      return seen;
    };
    expect(await pages(`/sessions/${session.id}/sign-ups`)).toHaveLength(3);
    expect(await pages(`/stations/${session.stationId}/sessions`)).toEqual([session.id]);
    for (const [path, cursor] of [
      [`/stations/${session.stationId}/sessions`, `2026-13-45T99:99:99.999Z_${session.id}`],
      [`/stations/${session.stationId}/sessions`, `2026-12-01T00:00:00.000Z_${'-'.repeat(36)}`],
      [`/sessions/${session.id}/sign-ups`, '9'.repeat(19)],
      ['/sign-ups/mine', '9'.repeat(19)],
    ]) {
      const response = await as(admin).get(`${path}?cursor=${encodeURIComponent(cursor)}`);
      expectProblem(response, 400, 'validation-failed');
      expect(response.body.errors).toEqual([expect.objectContaining({ field: 'cursor' })]);
    }
    const events = await rows<{ type: string; payload: Record<string, unknown> }>(
      `SELECT event_type AS type, envelope -> 'payload' AS payload FROM outbox_messages WHERE message_key = $1 AND event_type IN ('station-session.cancelled', 'station-session.signed-up') ORDER BY id DESC LIMIT 2`,
      [session.id],
    );
    expect(
      events.map((event) => [event.type, event.payload.workerId, event.payload.movedUp ?? event.payload.previousStatus]).sort(),
    ).toEqual([
      ['station-session.cancelled', holder.id, 'confirmed'],
      ['station-session.signed-up', first.id, true],
    ]);
    expectProblem(await as(holder).post(`/sessions/${session.id}/sign-ups/mine/cancel`), 404, 'sign-up-not-found');
  });

  it("lets only the station's manager mark attendance, of a worker with a place, once the session has started, once", async () => {
    const { session, manager } = await newSession(1);
    const [present, waiting] = [newWorker(), newWorker()];
    await signUp(present, session.id).expect(201);
    await signUp(waiting, session.id).expect(201);
    const mark = (actor: ActorInput, workerId: string) => as(actor).post(`/sessions/${session.id}/attendance`).send({ workerId });

    expectProblem(await mark(manager, present.id), 409, 'session-not-started');
    await start(session.id);
    expectProblem(await mark(present, present.id), 403, 'station-not-managed');
    expectProblem(await mark(managerOf(uuidv7()), present.id), 403, 'station-not-managed');
    expectProblem(await mark(manager, waiting.id), 409, 'sign-up-not-confirmed');
    expectProblem(await mark(manager, newWorker().id), 404, 'sign-up-not-found');
    expectProblem(await mark(manager, 'worker\u0000nul'), 400, 'validation-failed');
    const marked = await mark(manager, present.id).expect(200);
    await mark(manager, present.id).expect(200);

    expect(marked.body).toMatchObject({ workerId: present.id, status: 'confirmed', attendedAt: expect.any(String) });
    expect((await eventsOf('station-session.attended', session.id)).map((event) => event.payload)).toEqual([
      expect.objectContaining({ workerId: present.id, serviceCode: 'legal-aid', markedBy: manager.id }),
    ]);
    expectProblem(await signUp(newWorker(), session.id), 409, 'session-already-started');
    expectProblem(await as(present).get(`/sessions/${session.id}/sign-ups`), 403, 'station-not-managed');
  });
});
