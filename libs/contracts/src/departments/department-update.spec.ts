import { departmentUpdateMessageSchema } from './department-update';

const reportId = '0195f2c4-8a5e-7b1c-9d2e-3f4a5b6c7d8e';

describe('departmentUpdateMessageSchema', () => {
  const sut = departmentUpdateMessageSchema;

  it('takes each action with the text it needs, trimmed', () => {
    expect(sut.parse({ updateId: 'SAN-2026-0001', reportId, action: 'acknowledge' })).toEqual({
      updateId: 'SAN-2026-0001',
      reportId,
      action: 'acknowledge',
    });
    expect(sut.parse({ updateId: 'u:2', reportId, action: 'resolve', note: ' 已清运 ' })).toMatchObject({ note: '已清运' });
    expect(sut.parse({ updateId: 'u.3', reportId, action: 'not-responsible', reason: '属物业管理' })).toMatchObject({
      reason: '属物业管理',
    });
  });

  it.each([
    ['progress without a note', { action: 'progress' }],
    ['resolve without its evidence', { action: 'resolve' }],
    ['not-responsible without a reason', { action: 'not-responsible' }],
    ['an unknown action', { action: 'close' }],
    ['photos, which only the API takes', { action: 'resolve', note: 'done', photoIds: [reportId] }],
    ['a department code in the body', { action: 'acknowledge', departmentCode: 'fire' }],
  ])('refuses %s', (_case, fields) => {
    expect(sut.safeParse({ updateId: 'u-1', reportId, ...fields }).success).toBe(false);
  });

  it('refuses an updateId that is blank, too long or not an id', () => {
    for (const updateId of ['', 'x'.repeat(101), 'two words', '-leading']) {
      expect(sut.safeParse({ updateId, reportId, action: 'acknowledge' }).success).toBe(false);
    }
  });
});
