import { ReportQuestion } from '@waystation/contracts';
import { answerProblemsOf, emergencyIn } from './report-answers';

const label = { 'zh-CN': '问题', en: 'Question' };
const fireNow: ReportQuestion = {
  code: 'fire-now',
  type: 'single-choice',
  required: true,
  label,
  options: [
    { code: 'yes', label, emergency: { call: '119', guidance: { 'zh-CN': '请拨打119', en: 'Call 119' } } },
    { code: 'no', label },
  ],
};
const kinds: ReportQuestion = {
  code: 'kinds',
  type: 'multiple-choice',
  required: false,
  label,
  options: [
    { code: 'sand', label },
    { code: 'bricks', label },
  ],
};
const count: ReportQuestion = { code: 'count', type: 'number', required: false, label };
const note: ReportQuestion = { code: 'note', type: 'text', required: true, label };
const questions = [fireNow, kinds, count, note];

describe(answerProblemsOf.name, () => {
  const sut = answerProblemsOf;

  it('accepts answers of the right type with known options, optional ones left out', () => {
    expect(sut(questions, { 'fire-now': 'no', note: '楼道堆放纸箱' })).toEqual([]);
    expect(sut(questions, { 'fire-now': 'no', kinds: ['sand', 'bricks'], count: 3, note: 'x' })).toEqual([]);
  });

  it('names each required question left unanswered', () => {
    expect(sut(questions, {}).map((problem) => problem.field)).toEqual(['answers.fire-now', 'answers.note']);
  });

  it.each([
    ['text for a number', { count: 'three' }, 'answers.count'],
    ['a number for a text', { note: 3 }, 'answers.note'],
    ['an unknown single choice', { 'fire-now': 'maybe' }, 'answers.fire-now'],
    ['a list for a single choice', { 'fire-now': ['no'] }, 'answers.fire-now'],
    ['an unknown option among several', { kinds: ['sand', 'glass'] }, 'answers.kinds'],
    ['one option chosen twice', { kinds: ['sand', 'sand'] }, 'answers.kinds'],
    ['an answer to a question not asked', { colour: 'red' }, 'answers.colour'],
  ])('refuses %s', (_case, answers, field) => {
    const problems = sut(questions, { 'fire-now': 'no', note: 'x', ...answers });

    expect(problems).toEqual([{ field, message: expect.any(String) }]);
  });
});

describe(emergencyIn.name, () => {
  const sut = emergencyIn;

  it('finds the emergency an answer chooses, with the number to call and the guidance', () => {
    expect(sut(questions, { 'fire-now': 'yes' })).toEqual({
      question: 'fire-now',
      option: 'yes',
      call: '119',
      guidance: { 'zh-CN': '请拨打119', en: 'Call 119' },
    });
  });

  it('finds none when no emergency option is chosen', () => {
    expect(sut(questions, { 'fire-now': 'no', kinds: ['sand'] })).toBeUndefined();
    expect(sut(questions, {})).toBeUndefined();
  });
});
