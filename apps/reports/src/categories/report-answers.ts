import { Emergency, ReportAnswer, ReportAnswers, ReportQuestion } from '@waystation/contracts';
import { assertUnreachable } from '@waystation/platform';

export interface AnswerProblem {
  /** `answers.<question code>`, as a validation error names a field. */
  field: string;
  message: string;
}

export interface ChosenEmergency extends Emergency {
  question: string;
  option: string;
}

function chosenOptions(answer: ReportAnswer | undefined): string[] {
  if (typeof answer === 'string') return [answer];
  return Array.isArray(answer) ? answer : [];
}

/** The first emergency the answers choose, in the order of the questions; undefined when none does. */
export function emergencyIn(questions: readonly ReportQuestion[], answers: ReportAnswers): ChosenEmergency | undefined {
  for (const question of questions) {
    if (question.type !== 'single-choice' && question.type !== 'multiple-choice') continue;
    const chosen = new Set(chosenOptions(answers[question.code]));
    const option = question.options?.find((candidate) => candidate.emergency && chosen.has(candidate.code));
    if (option?.emergency) return { ...option.emergency, question: question.code, option: option.code };
  }
  return undefined;
}

/** What is wrong with the answers to a category's questions: missing, of the wrong type, unknown options or questions. */
export function answerProblemsOf(questions: readonly ReportQuestion[], answers: ReportAnswers): AnswerProblem[] {
  const asked = new Set(questions.map((question) => question.code));
  const unasked = Object.keys(answers)
    .filter((code) => !asked.has(code))
    .map((code) => ({ field: `answers.${code}`, message: `This category asks no question "${code}"` }));
  const wrong = questions.flatMap((question) => {
    const answer = answers[question.code];
    if (answer === undefined) return question.required ? [{ field: `answers.${question.code}`, message: 'Required' }] : [];
    const message = problemOf(question, answer);
    return message ? [{ field: `answers.${question.code}`, message }] : [];
  });
  return [...wrong, ...unasked];
}

function problemOf(question: ReportQuestion, answer: ReportAnswer): string | undefined {
  const options = new Set((question.options ?? []).map((option) => option.code));
  switch (question.type) {
    case 'text':
      return typeof answer === 'string' ? undefined : 'Expected a text';
    case 'number':
      return typeof answer === 'number' && Number.isFinite(answer) ? undefined : 'Expected a number';
    case 'single-choice':
      if (typeof answer !== 'string') return "Expected one option's code";
      return options.has(answer) ? undefined : `"${answer}" is not one of ${[...options].join(', ')}`;
    case 'multiple-choice': {
      if (!Array.isArray(answer)) return "Expected a list of options' codes";
      if (question.required && answer.length === 0) return 'Choose at least one option';
      const unknown = answer.filter((code) => !options.has(code));
      if (unknown.length > 0) return `${unknown.map((code) => `"${code}"`).join(', ')} not among ${[...options].join(', ')}`;
      return new Set(answer).size === answer.length ? undefined : 'An option is chosen twice';
    }
    default:
      return assertUnreachable(question.type);
  }
}
