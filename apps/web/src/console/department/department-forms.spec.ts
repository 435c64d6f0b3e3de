import { notResponsibleFormSchema, progressFormSchema } from './department-forms';

describe('the department forms', () => {
  it('take a trimmed note as the evidence of what was done', () => {
    expect(progressFormSchema.parse({ note: ' 已清运完毕 ' })).toEqual({ note: '已清运完毕' });
  });

  it('refuse an empty note or reason, naming its message key', () => {
    expect(progressFormSchema.safeParse({ note: ' ' }).error?.issues[0].message).toBe('department.errors.noteRequired');
    expect(notResponsibleFormSchema.safeParse({ reason: '' }).error?.issues[0].message).toBe('department.errors.reasonRequired');
  });
});
