import { confirmFormSchema, dispatchFormSchema, noteOrNothing, rejectFormSchema } from './review-forms';

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

  it('send no note when staff wrote none', () => {
    expect(noteOrNothing('')).toBeUndefined();
    expect(noteOrNothing('有照片')).toBe('有照片');
  });
});
