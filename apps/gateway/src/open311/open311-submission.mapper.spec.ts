import { open311NewRequestSchema, Open311Request, ReportCategoryView } from '@waystation/http-api';
import { toOpen311CreatedRequest, toOpen311Submission } from './open311-submission.mapper';

const category: ReportCategoryView = {
  code: 'piled-materials',
  group: 'obstruction',
  name: { 'zh-CN': '乱堆物料', en: 'Piled materials' },
  description: { 'zh-CN': '', en: '' },
  private: false,
  active: true,
  sortOrder: 10,
  questions: [
    { code: 'kinds', type: 'multiple-choice', required: true, label: { 'zh-CN': '种类', en: 'Kinds' }, options: [] },
    { code: 'bags', type: 'number', required: false, label: { 'zh-CN': '袋数', en: 'Bags' } },
    { code: 'note', type: 'text', required: false, label: { 'zh-CN': '备注', en: 'Note' } },
  ],
  updatedAt: '2026-12-01T00:00:00.000Z',
};

const form = (fields: Record<string, unknown>) =>
  open311NewRequestSchema.parse({
    api_key: 'key',
    service_code: 'piled-materials',
    lat: '30.37',
    long: '114.32',
    description: '路边堆放的砖块',
    ...fields,
  });

describe(toOpen311Submission.name, () => {
  it('files the service as the category at the given point, typing each attribute by its question', () => {
    const sut = toOpen311Submission(
      form({ address_string: '江夏区文化大道 1 号', attribute: { kinds: 'bricks', bags: '3', note: '很多' } }),
      category,
    );

    expect(sut).toEqual({
      category: 'piled-materials',
      description: '路边堆放的砖块',
      location: { lat: 30.37, lng: 114.32, accuracyMeters: 0 },
      address: '江夏区文化大道 1 号',
      answers: { kinds: ['bricks'], bags: 3, note: '很多' },
    });
  });

  it('keeps an answer that does not fit as it came, for the intake to refuse by name', () => {
    expect(toOpen311Submission(form({ attribute: { bags: 'many', other: 'x' } }), category).answers).toEqual({ bags: 'many', other: 'x' });
  });

  it("passes on none of the submitter's personal fields nor the media_url", () => {
    const sut = toOpen311Submission(
      form({
        email: 'a@example.org',
        phone: '13800000000',
        first_name: '张',
        last_name: '三',
        device_id: 'd',
        media_url: 'https://example.org/a.jpg',
      }),
      category,
    );

    expect(JSON.stringify(sut)).not.toMatch(/example\.org|13800000000|张/);
  });
});

describe('open311NewRequestSchema', () => {
  it('refuses a request without lat and long, naming them: there is no geocoding', () => {
    const result = open311NewRequestSchema.safeParse({ api_key: 'k', service_code: 's', description: 'd', address_string: '文化大道' });

    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ['lat'], message: expect.stringContaining('lat and long are required') }),
    ]);
  });
});

describe(toOpen311CreatedRequest.name, () => {
  const created: Open311Request = {
    service_request_id: 'r-1',
    status: 'open',
    status_notes: 'Received; waiting for review by community staff',
    service_name: '乱堆物料',
    service_code: 'piled-materials',
    description: '路边堆放的砖块',
    requested_datetime: '2026-12-03T06:00:00.000Z',
    updated_datetime: '2026-12-03T06:00:00.000Z',
    lat: 30.37,
    long: 114.32,
  };

  it("answers the id and what happens next, and the client's account_id only when it sent one", () => {
    expect(toOpen311CreatedRequest(created, form({}))).toEqual({
      service_request_id: 'r-1',
      service_notice: created.status_notes,
    });
    expect(toOpen311CreatedRequest(created, form({ account_id: 'citizen-9' }))).toMatchObject({ account_id: 'citizen-9' });
  });
});
