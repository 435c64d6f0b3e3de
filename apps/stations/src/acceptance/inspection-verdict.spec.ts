import { ChecklistItem } from './acceptance-template.entity';
import { judgeInspection, ObservedItem } from './inspection-verdict';

const item = (code: string, required: boolean): ChecklistItem => ({ code, label: { zh: code, en: code }, required });
const checklist = [item('signage', true), item('fire-extinguisher', true), item('first-aid-kit', false)];
const observed = (results: Record<string, ObservedItem['result']>): ObservedItem[] =>
  Object.entries(results).map(([itemCode, result]) => ({ itemCode, result }));

describe(judgeInspection.name, () => {
  const sut = judgeInspection;

  it('passes when every required item passes', () => {
    const verdict = sut(checklist, observed({ signage: 'pass', 'fire-extinguisher': 'pass', 'first-aid-kit': 'pass' }));

    expect(verdict).toMatchObject({ kind: 'judged', passed: true });
  });

  it('fails when any required item fails', () => {
    const verdict = sut(checklist, observed({ signage: 'pass', 'fire-extinguisher': 'fail', 'first-aid-kit': 'pass' }));

    expect(verdict).toMatchObject({ kind: 'judged', passed: false });
  });

  it('still passes when only an optional item fails or does not apply', () => {
    expect(sut(checklist, observed({ signage: 'pass', 'fire-extinguisher': 'pass', 'first-aid-kit': 'fail' }))).toMatchObject({
      passed: true,
    });
    expect(sut(checklist, observed({ signage: 'pass', 'fire-extinguisher': 'pass', 'first-aid-kit': 'not-applicable' }))).toMatchObject({
      passed: true,
    });
  });

  it("gives the results in the checklist's order with each item's required flag and photo", () => {
    const verdict = sut(checklist, [
      { itemCode: 'first-aid-kit', result: 'pass' },
      { itemCode: 'fire-extinguisher', result: 'pass', photoUrl: 'https://photos.example/fe.jpg' },
      { itemCode: 'signage', result: 'pass' },
    ]);

    expect(verdict).toEqual({
      kind: 'judged',
      passed: true,
      results: [
        { itemCode: 'signage', required: true, result: 'pass', photoUrl: null },
        { itemCode: 'fire-extinguisher', required: true, result: 'pass', photoUrl: 'https://photos.example/fe.jpg' },
        { itemCode: 'first-aid-kit', required: false, result: 'pass', photoUrl: null },
      ],
    });
  });

  it('names missing, unknown and not-applicable required items instead of judging', () => {
    const verdict = sut(checklist, observed({ signage: 'not-applicable', 'first-aid-kit': 'pass', sauna: 'pass' }));

    expect(verdict).toEqual({
      kind: 'mismatch',
      mismatch: { missing: ['fire-extinguisher'], unknown: ['sauna'], requiredNotApplicable: ['signage'] },
    });
  });
});
