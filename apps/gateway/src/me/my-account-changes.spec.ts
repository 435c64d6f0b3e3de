import { changesOf, workerFieldsOf } from './my-account-changes';
import { WorkerFieldsOnlyError } from './me-errors';

const worker = { workerType: 'courier' as const, employer: '顺丰速运', language: 'zh-CN' as const };

describe(changesOf.name, () => {
  const sut = changesOf;

  it('keeps only the fields whose value really changes', () => {
    const changes = sut({ displayName: '王建军' }, worker, { displayName: '王建军', workerType: 'courier', language: 'en' });

    expect(changes).toEqual({ language: 'en' });
  });

  it('says nothing changes when every value is the current one', () => {
    expect(sut({ displayName: '王建军' }, worker, { displayName: '王建军', employer: '顺丰速运' })).toEqual({});
  });

  it('keeps a removed employer as null', () => {
    expect(sut({ displayName: '王建军' }, worker, { employer: null })).toEqual({ employer: null });
  });

  it("changes a staff member's display name", () => {
    expect(sut({ displayName: 'Li Na' }, null, { displayName: 'Li Na (Jiangxia)' })).toEqual({ displayName: 'Li Na (Jiangxia)' });
  });

  it('refuses fields only workers have for staff, naming them', () => {
    expect(() => sut({ displayName: 'Li Na' }, null, { language: 'en', workerType: 'other' })).toThrow(WorkerFieldsOnlyError);
    expect(() => sut({ displayName: 'Li Na' }, null, { language: 'en', workerType: 'other' })).toThrow(/workerType, language/);
  });
});

describe(workerFieldsOf.name, () => {
  it('takes the worker profile fields of the changes, not the display name', () => {
    expect(workerFieldsOf({ displayName: 'x', employer: null, language: 'en' })).toEqual({ employer: null, language: 'en' });
  });
});
