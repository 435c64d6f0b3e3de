import {
  blankInspection,
  budgetFormSchema,
  budgetOf,
  categoryFormSchema,
  categoryOf,
  chosenFormSchema,
  earningRuleFormSchema,
  earningRuleOf,
  eventTypeKey,
  inspectionFormSchema,
  inspectionOf,
  rewardFormSchema,
  rewardOf,
  routingRuleFormSchema,
  routingRuleOf,
  targetFormSchema,
  targetOf,
} from './city-office-forms';

const messagesOf = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map(({ path, message }) => [path.join('.'), message]);

describe('the city office forms', () => {
  it('send a new category, active, last in the order, asking no questions', () => {
    const form = categoryFormSchema.parse({
      code: 'shared-bike-pile',
      group: 'obstruction',
      nameZh: '共享单车乱停',
      nameEn: 'Shared bikes piled up',
      descriptionZh: '共享单车堆放占道',
      descriptionEn: 'Shared bikes blocking the way',
      private: false,
    });

    expect(categoryOf(form)).toEqual({
      code: 'shared-bike-pile',
      group: 'obstruction',
      name: { 'zh-CN': '共享单车乱停', en: 'Shared bikes piled up' },
      description: { 'zh-CN': '共享单车堆放占道', en: 'Shared bikes blocking the way' },
      private: false,
      active: true,
      sortOrder: 1_000,
      questions: [],
    });
  });

  it('refuse a category code that is not kebab-case, and a category without a description', () => {
    const result = categoryFormSchema.safeParse({
      code: 'Shared Bikes',
      group: 'other',
      nameZh: '单车',
      nameEn: 'Bikes',
      descriptionZh: '',
      descriptionEn: 'Bikes',
      private: false,
    });

    expect(messagesOf(result)).toEqual([
      ['code', 'cityOffice.errors.categoryCode'],
      ['descriptionZh', 'cityOffice.errors.descriptionRequired'],
    ]);
  });

  it('send a routing rule for a district, or the default when no district is chosen', () => {
    const form = routingRuleFormSchema.parse({ categoryCode: 'street-light', districtCode: '420115', departments: ['city-management'] });

    expect(routingRuleOf(form)).toEqual({ categoryCode: 'street-light', districtCode: '420115', departments: ['city-management'] });
    expect(routingRuleOf({ ...form, districtCode: '' }).districtCode).toBeNull();
  });

  it('refuse a routing rule without a category or a department, naming the message keys', () => {
    const result = routingRuleFormSchema.safeParse({ categoryCode: '', districtCode: '', departments: [] });

    expect(messagesOf(result)).toEqual([
      ['categoryCode', 'cityOffice.errors.categoryRequired'],
      ['departments', 'cityOffice.errors.departmentsRequired'],
    ]);
  });

  it('refuse to retire or withdraw when nothing is chosen', () => {
    expect(messagesOf(chosenFormSchema.safeParse({ id: '' }))).toEqual([['id', 'cityOffice.errors.chooseOne']]);
  });

  it("put a budget's community and month in the path and its points in the body", () => {
    const form = budgetFormSchema.parse({ communityCode: ' 420115001001 ', month: '2026-12', points: '5000' });

    expect(budgetOf(form)).toEqual({ path: { communityCode: '420115001001', month: '2026-12' }, body: { points: 5000 } });
  });

  it('refuse a budget for a code that is no community, a month that is none, or points that are not a whole number', () => {
    const result = budgetFormSchema.safeParse({ communityCode: '420115', month: '2026-13', points: '12.5' });

    expect(messagesOf(result)).toEqual([
      ['communityCode', 'cityOffice.errors.communityCode'],
      ['month', 'cityOffice.errors.month'],
      ['points', 'cityOffice.errors.budgetPoints'],
    ]);
  });

  it('send a reward with its names in both languages and nothing else set', () => {
    const form = rewardFormSchema.parse({ kind: 'gift', nameZh: ' 矿泉水 ', nameEn: 'Water', cost: '20' });

    expect(rewardOf(form)).toEqual({
      kind: 'gift',
      name: { 'zh-CN': '矿泉水', en: 'Water' },
      cost: 20,
      description: null,
      imageUrl: null,
      sessionId: null,
      limit: null,
      validFrom: null,
      validUntil: null,
    });
  });

  it('refuse a reward without names or costing nothing', () => {
    const result = rewardFormSchema.safeParse({ kind: 'gift', nameZh: '', nameEn: ' ', cost: '0' });

    expect(messagesOf(result)).toEqual([
      ['nameZh', 'cityOffice.errors.nameRequired'],
      ['nameEn', 'cityOffice.errors.nameRequired'],
      ['cost', 'cityOffice.errors.cost'],
    ]);
  });

  it("send an earning rule from a moment on the city's clock, in UTC, with empty caps as none", () => {
    const form = earningRuleFormSchema.parse({
      eventType: 'report.confirmed',
      group: 'safety',
      points: '8',
      dailyCap: '',
      monthlyCap: '200',
      effectiveFrom: '2027-01-01T00:00',
      note: '',
    });

    expect(earningRuleOf(form)).toEqual({
      eventType: 'report.confirmed',
      group: 'safety',
      points: 8,
      dailyCap: null,
      monthlyCap: 200,
      effectiveFrom: '2026-12-31T16:00:00.000Z',
    });
  });

  it("refuse a category group on a station event's rule, and a report event's rule without one", () => {
    const base = { points: '1', dailyCap: '', monthlyCap: '', effectiveFrom: '2027-01-01T08:00', note: '' };

    expect(messagesOf(earningRuleFormSchema.safeParse({ ...base, eventType: 'station.checked-in', group: 'safety' }))).toEqual([
      ['group', 'cityOffice.errors.groupForReportsOnly'],
    ]);
    expect(messagesOf(earningRuleFormSchema.safeParse({ ...base, eventType: 'report.confirmed', group: '' }))).toEqual([
      ['group', 'cityOffice.errors.groupForReportsOnly'],
    ]);
    expect(earningRuleOf(earningRuleFormSchema.parse({ ...base, eventType: 'station.checked-in', group: '', note: ' 春节 ' }))).toEqual({
      eventType: 'station.checked-in',
      points: 1,
      dailyCap: null,
      monthlyCap: null,
      effectiveFrom: '2027-01-01T00:00:00.000Z',
      note: '春节',
    });
  });

  it("send a district's target for the year as numbers", () => {
    expect(targetOf(targetFormSchema.parse({ districtCode: '420115', year: '2026', plannedCount: '120' }))).toEqual({
      districtCode: '420115',
      year: 2026,
      plannedCount: 120,
    });
    expect(messagesOf(targetFormSchema.safeParse({ districtCode: '', year: '2026', plannedCount: '-1' }))).toEqual([
      ['districtCode', 'cityOffice.errors.districtRequired'],
      ['plannedCount', 'cityOffice.errors.plannedCount'],
    ]);
  });

  it('start an inspection with every checklist item passing', () => {
    const template = { id: 'template-1', items: [{ code: 'signage' }, { code: 'first-aid-kit' }] };

    expect(inspectionOf(inspectionFormSchema.parse(blankInspection('station-1', template)))).toEqual({
      templateId: 'template-1',
      results: [
        { itemCode: 'signage', result: 'pass' },
        { itemCode: 'first-aid-kit', result: 'pass' },
      ],
    });
  });

  it('send what to fix by when for a failed item only, and the notes when there are some', () => {
    const form = inspectionFormSchema.parse({
      stationId: 'station-1',
      templateId: 'template-1',
      results: [
        { itemCode: 'signage', result: 'fail', action: ' 更换统一标识 ', deadline: '2026-12-31' },
        { itemCode: 'first-aid-kit', result: 'not-applicable', action: 'left over', deadline: '' },
      ],
      notes: '复验时带照片',
    });

    expect(inspectionOf(form)).toEqual({
      templateId: 'template-1',
      results: [
        { itemCode: 'signage', result: 'fail', rectification: { action: '更换统一标识', deadline: '2026-12-31' } },
        { itemCode: 'first-aid-kit', result: 'not-applicable' },
      ],
      notes: '复验时带照片',
    });
  });

  it('refuse a failed item without what to fix or by when, and an inspection without a station', () => {
    const result = inspectionFormSchema.safeParse({
      stationId: '',
      templateId: 'template-1',
      results: [{ itemCode: 'signage', result: 'fail', action: ' ', deadline: '' }],
      notes: '',
    });

    expect(messagesOf(result)).toEqual([
      ['stationId', 'cityOffice.errors.stationRequired'],
      ['results.0.action', 'cityOffice.errors.actionRequired'],
      ['results.0.deadline', 'cityOffice.errors.deadlineRequired'],
    ]);
  });
});

describe(eventTypeKey.name, () => {
  it("names an event type's message by its words, without the dot and hyphen", () => {
    expect(eventTypeKey('report.confirmed')).toBe('cityOffice.eventType.reportConfirmed');
    expect(eventTypeKey('station-session.attended')).toBe('cityOffice.eventType.stationSessionAttended');
  });
});
