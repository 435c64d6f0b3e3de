import { ReportCategoryView } from '@waystation/http-api';
import { OPEN311_FIELDS } from '@waystation/testing';
import { offeredOverOpen311, toOpen311Service, toOpen311ServiceDefinition } from './open311-services.mapper';

const { service: SERVICE_FIELDS, attribute: ATTRIBUTE_FIELDS } = OPEN311_FIELDS;

const category: ReportCategoryView = {
  code: 'exposed-garbage',
  group: 'environment',
  name: { 'zh-CN': '暴露垃圾', en: 'Exposed garbage' },
  description: { 'zh-CN': '垃圾堆放', en: 'Piled garbage' },
  private: false,
  active: true,
  sortOrder: 10,
  questions: [
    {
      code: 'amount',
      type: 'single-choice',
      required: true,
      label: { 'zh-CN': '多少', en: 'How much' },
      options: [
        { code: 'bag', label: { 'zh-CN': '一袋', en: 'A bag' } },
        { code: 'pile', label: { 'zh-CN': '一堆', en: 'A pile' } },
      ],
    },
    {
      code: 'kinds',
      type: 'multiple-choice',
      required: false,
      label: { 'zh-CN': '种类', en: 'Kinds' },
      options: [{ code: 'food', label: { 'zh-CN': '厨余', en: 'Food' } }],
    },
    { code: 'bags', type: 'number', required: false, label: { 'zh-CN': '袋数', en: 'Bags' } },
    { code: 'note', type: 'text', required: false, label: { 'zh-CN': '备注', en: 'Note' } },
  ],
  updatedAt: '2026-12-01T00:00:00.000Z',
};

describe(toOpen311Service.name, () => {
  it("names the service by the category's code and Chinese name, with metadata when it asks questions", () => {
    const sut = toOpen311Service(category);

    expect(sut).toEqual({
      service_code: 'exposed-garbage',
      service_name: '暴露垃圾',
      description: '垃圾堆放',
      metadata: true,
      type: 'realtime',
      keywords: 'Exposed garbage',
      group: 'environment',
    });
    expect(Object.keys(sut).sort()).toEqual([...SERVICE_FIELDS].sort());
  });

  it('says there is no metadata for a category without questions', () => {
    expect(toOpen311Service({ ...category, questions: [] }).metadata).toBe(false);
  });
});

describe(toOpen311ServiceDefinition.name, () => {
  it('makes each question an attribute in order, with its datatype and, for choices, its values by key', () => {
    const sut = toOpen311ServiceDefinition(category);

    expect(sut.service_code).toBe('exposed-garbage');
    expect(sut.attributes.map(({ code, datatype, required, order }) => ({ code, datatype, required, order }))).toEqual([
      { code: 'amount', datatype: 'singlevaluelist', required: true, order: 1 },
      { code: 'kinds', datatype: 'multivaluelist', required: false, order: 2 },
      { code: 'bags', datatype: 'number', required: false, order: 3 },
      { code: 'note', datatype: 'text', required: false, order: 4 },
    ]);
    expect(sut.attributes[0]).toMatchObject({
      variable: true,
      description: '多少',
      values: [
        { key: 'bag', name: '一袋' },
        { key: 'pile', name: '一堆' },
      ],
    });
    expect(sut.attributes[3]).not.toHaveProperty('values');
    for (const attribute of sut.attributes) expect(ATTRIBUTE_FIELDS).toEqual(expect.arrayContaining(Object.keys(attribute)));
  });
});

describe(offeredOverOpen311.name, () => {
  it('offers an active public category', () => {
    expect(offeredOverOpen311(category)).toBe(true);
  });

  it('keeps care referrals and deactivated categories out', () => {
    expect(offeredOverOpen311({ ...category, private: true })).toBe(false);
    expect(offeredOverOpen311({ ...category, active: false })).toBe(false);
  });
});
