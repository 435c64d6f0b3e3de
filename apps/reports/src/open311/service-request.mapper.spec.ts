import { reportStatusSchema } from '@waystation/contracts';
import { OPEN311_FIELDS } from '@waystation/testing';
import { open311StatusOf, reportStatusesOf, toOpen311Request, toOpen311RequestUpdate, windowOf } from './service-request.mapper';
import { publicCellCentre } from '../public-feed/public-location-grid';
import { ServiceRequestRow } from './service-requests.service';

const row: ServiceRequestRow = {
  id: '019ae0c4-0000-7000-8000-000000000001',
  status: 'dispatched',
  category: 'exposed-garbage',
  category_name: '暴露垃圾',
  lat: 30.3512,
  lng: 114.3234,
  submitted_at: new Date('2026-12-01T08:00:00.000Z'),
  updated_at: new Date('2026-12-01T09:30:00.000Z'),
  agencies: '环卫,城管',
};

describe(toOpen311Request.name, () => {
  it("maps a report to a service request with the spec's field names, its ~100 m cell and times, none of the reporter's words", () => {
    expect(toOpen311Request(row)).toEqual({
      service_request_id: row.id,
      status: 'open',
      status_notes: 'Sent to the responsible department',
      service_name: '暴露垃圾',
      service_code: 'exposed-garbage',
      description: '暴露垃圾',
      agency_responsible: '环卫,城管',
      requested_datetime: '2026-12-01T08:00:00.000Z',
      updated_datetime: '2026-12-01T09:30:00.000Z',
      ...(({ lat, lng }) => ({ lat, long: lng }))(publicCellCentre({ lat: 30.3512, lng: 114.3234 })),
    });
    expect(toOpen311Request(row)).not.toHaveProperty('address');
  });

  it('uses no field the spec lacks, and leaves out the ones the report has no value for', () => {
    const sut = toOpen311Request({ ...row, agencies: null });

    expect(OPEN311_FIELDS.request).toEqual(expect.arrayContaining(Object.keys(sut)));
    expect(sut).not.toHaveProperty('address');
    expect(sut).not.toHaveProperty('agency_responsible');
  });
});

describe(open311StatusOf.name, () => {
  it.each([
    ['submitted', 'open'],
    ['confirmed', 'open'],
    ['in-progress', 'open'],
    ['reopened', 'open'],
    ['resolved', 'closed'],
    ['closed', 'closed'],
    ['closed-not-fixed', 'closed'],
    ['rejected', 'closed'],
    ['merged', 'closed'],
  ] as const)('reads %s as %s', (status, expected) => {
    expect(open311StatusOf(status)).toBe(expected);
  });

  it('filters by open and closed together cover every report status once', () => {
    const open = reportStatusesOf('open');
    const closed = reportStatusesOf('closed');

    expect([...open, ...closed].sort()).toEqual([...reportStatusSchema.options].sort());
    expect(open).not.toEqual(expect.arrayContaining(closed));
  });
});

describe(toOpen311RequestUpdate.name, () => {
  it("describes a history step by its status, never by the mover's note", () => {
    expect(toOpen311RequestUpdate({ id: '42', report_id: row.id, status: 'resolved', at: new Date('2026-12-02T01:00:00.000Z') })).toEqual({
      update_id: '42',
      service_request_id: row.id,
      status: 'closed',
      updated_datetime: '2026-12-02T01:00:00.000Z',
      description: 'Resolved by the department',
    });
  });
});

describe(windowOf.name, () => {
  const now = new Date('2026-12-03T00:00:00.000Z');

  it('defaults to the 90 days up to now', () => {
    expect(windowOf(undefined, undefined, now)).toEqual({ start: new Date('2026-09-04T00:00:00.000Z'), end: now });
  });

  it('reaches back 90 days from an end date given alone, and takes both dates as given', () => {
    expect(windowOf(undefined, '2026-10-01T08:00:00+08:00', now).start).toEqual(new Date('2026-07-03T00:00:00.000Z'));
    expect(windowOf('2026-11-01T00:00:00Z', '2026-11-02T00:00:00Z', now)).toEqual({
      start: new Date('2026-11-01T00:00:00Z'),
      end: new Date('2026-11-02T00:00:00Z'),
    });
  });
});
