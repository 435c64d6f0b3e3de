import { confirmFormSchema, dispatchFormSchema, noteOrNothing, rejectFormSchema, rerouteFormSchema, rerouteOf } from './review-forms';

describe('the review forms', () => {
  it('confirm with a severity and a trimmed note', () => {
    expect(confirmFormSchema.parse({ severity: 'high', note: ' 已核实 ' })).toEqual({ severity: 'high', note: '已核实' });
  });

  it('refuse a rejection without a reason, naming its message key', () => {
    const result = rejectFormSchema.safeParse({ reasonCode: '', note: '' });

    expect(result.error?.issues.map(({ message }) => message)).toEqual(['review.errors.reasonRequired']);
  });

  it('refuse a re-routing without a department or a reason', () => {
    const result = dispatchFormSchema.safeParse({ department: '', reason: ' ' });

    expect(result.error?.issues.map(({ message }) => message)).toEqual([
      'review.errors.departmentRequired',
      'review.errors.reasonTextRequired',
    ]);
  });

  it('refuse a re-route that changes nothing, on the department to add', () => {
    const result = rerouteFormSchema.safeParse({ category: '', add: '', remove: [], reason: '分类错误' });

    expect(result.error?.issues.map(({ message, path }) => [path.join('.'), message])).toEqual([['add', 'review.errors.nothingToChange']]);
  });

  it('send a re-route with only what changes', () => {
    const form = rerouteFormSchema.parse({
      category: '',
      add: 'city-management',
      remove: ['sanitation'],
      reason: ' 占道经营，非环卫职责 ',
    });

    expect(rerouteOf(form)).toEqual({ add: ['city-management'], remove: ['sanitation'], reason: '占道经营，非环卫职责' });
    expect(rerouteOf({ ...form, category: 'illegal-parking', add: '', remove: [] })).toEqual({
      category: 'illegal-parking',
      add: [],
      remove: [],
      reason: '占道经营，非环卫职责',
    });
  });

  it('send no note when staff wrote none', () => {
    expect(noteOrNothing('')).toBeUndefined();
    expect(noteOrNothing('有照片')).toBe('有照片');
  });
});
