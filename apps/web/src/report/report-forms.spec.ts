import { type CategoryQuestion, reportFormSchema, submittedAnswers } from './report-forms';

const label = { 'zh-CN': '问题', en: 'Question' };
const QUESTIONS: CategoryQuestion[] = [
  { code: 'bins', type: 'number', required: true, label },
  {
    code: 'smell',
    type: 'single-choice',
    required: false,
    label,
    options: [
      { code: 'strong', label },
      { code: 'faint', label },
    ],
  },
  {
    code: 'where',
    type: 'multiple-choice',
    required: true,
    label,
    options: [
      { code: 'kerb', label },
      { code: 'road', label },
    ],
  },
  { code: 'note', type: 'text', required: false, label },
];
const schema = reportFormSchema(QUESTIONS);
const filled = { category: 'overflowing-bins', description: '', answers: { bins: '3', smell: null, where: ['kerb'], note: '' } };

describe('the report form', () => {
  it("turns the fields into the category's answers, leaving out what was left blank", () => {
    const parsed = schema.parse(filled);
    expect(submittedAnswers(parsed.answers)).toEqual({ bins: 3, where: ['kerb'] });
    expect(parsed.description).toBe('');
  });

  it('asks for every required answer, naming the question', () => {
    const result = schema.safeParse({ ...filled, answers: { ...filled.answers, bins: ' ', where: false } });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map(({ path, message }) => [path.join('.'), message])).toEqual([
      ['answers.bins', 'report.errors.answerRequired'],
      ['answers.where', 'report.errors.answerRequired'],
    ]);
  });

  it('refuses a number question answered with words, and a choice not offered', () => {
    const result = schema.safeParse({ ...filled, answers: { ...filled.answers, bins: 'many', smell: 'rotten' } });
    expect(result.error?.issues.map(({ path, message }) => [path.join('.'), message])).toEqual([
      ['answers.bins', 'report.errors.answerNumber'],
      ['answers.smell', 'report.errors.answerRequired'],
    ]);
  });

  it('takes a single ticked box as a list of one', () => {
    expect(schema.parse({ ...filled, answers: { ...filled.answers, where: 'road' } }).answers.where).toEqual(['road']);
  });

  it('asks for a category, and keeps the description within 2,000 characters', () => {
    const result = schema.safeParse({ ...filled, category: '', description: '长'.repeat(2_001) });
    expect(result.error?.issues.map(({ message }) => message)).toEqual([
      'report.errors.categoryRequired',
      'report.errors.descriptionTooLong',
    ]);
  });
});
