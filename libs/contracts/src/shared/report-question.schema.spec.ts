import { reportAnswersSchema, reportQuestionsSchema } from './report-question.schema';

const label = { 'zh-CN': '问题', en: 'Question' };
const option = (code: string) => ({ code, label });
const fields = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((issue) => issue.path.join('.')) ?? [];

describe('reportQuestionsSchema', () => {
  const sut = reportQuestionsSchema;

  it('accepts questions of every type, options for the choice types only', () => {
    const questions = [
      { code: 'note', type: 'text', required: false, label },
      { code: 'count', type: 'number', required: false, label },
      { code: 'fire', type: 'single-choice', required: true, label, options: [option('yes'), option('no')] },
      { code: 'kinds', type: 'multiple-choice', required: false, label, options: [option('sand')] },
    ];

    expect(sut.safeParse(questions).success).toBe(true);
  });

  it('names a repeated question code, a repeated option code, options on a text and a choice without any', () => {
    const result = sut.safeParse([
      { code: 'q', type: 'text', required: false, label, options: [option('a')] },
      { code: 'q', type: 'single-choice', required: true, label, options: [option('a'), option('a')] },
      { code: 'r', type: 'multiple-choice', required: false, label },
    ]);

    expect(fields(result).sort()).toEqual(['0.options', '1.code', '1.options.1.code', '2.options'].sort());
  });

  it('refuses an emergency number other than 110, 119 and 120', () => {
    const emergency = { call: '911', guidance: label };
    const result = sut.safeParse([{ code: 'q', type: 'single-choice', required: true, label, options: [{ ...option('a'), emergency }] }]);

    expect(fields(result)).toEqual(['0.options.0.emergency.call']);
  });
});

describe('reportAnswersSchema', () => {
  it('takes text, numbers and lists of option codes, keyed by question code', () => {
    expect(reportAnswersSchema.safeParse({ note: '三天没见到', count: 2, kinds: ['sand', 'bricks'] }).success).toBe(true);
  });

  it('refuses a key that is no question code and a control character in a text', () => {
    expect(reportAnswersSchema.safeParse({ 'Not A Code': 'x' }).success).toBe(false);
    expect(reportAnswersSchema.safeParse({ note: 'a\u0000b' }).success).toBe(false);
  });
});
