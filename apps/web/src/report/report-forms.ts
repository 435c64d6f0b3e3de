import { z } from 'zod';
import type { components } from '../api/gateway-api.generated';

export type ReportCategory = components['schemas']['ReportCategoryViewDto_Output'];
export type CategoryQuestion = ReportCategory['questions'][number];
type Answer = string | number | string[];

/** At most this many photos go with a report (the gateway's SubmitReportDto). */
export const MAX_PHOTOS = 4;

const optionCodes = (question: CategoryQuestion) => (question.options ?? []).map(({ code }) => code);

/** One question's field as the form holds it (text inputs give strings, checkboxes a list), checked and made an answer. */
function answerSchema(question: CategoryQuestion): z.ZodType<Answer | undefined, unknown> {
  const required = { error: 'report.errors.answerRequired' };
  const present = (value: string) => !question.required || value.length > 0;
  const orUndefined = <T>(value: T) => (value === '' || (Array.isArray(value) && value.length === 0) ? undefined : value);
  switch (question.type) {
    case 'text':
      return z.string().trim().max(500, { error: 'report.errors.answerTooLong' }).refine(present, required).transform(orUndefined);
    case 'number':
      return z
        .string()
        .trim()
        .refine(present, required)
        .refine((value) => value === '' || Number.isFinite(Number(value)), { error: 'report.errors.answerNumber' })
        .transform((value) => (value === '' ? undefined : Number(value)));
    case 'single-choice':
      return z.preprocess(
        (value) => value ?? '',
        z
          .string()
          .refine((value) => value === '' || optionCodes(question).includes(value), required)
          .refine(present, required)
          .transform(orUndefined),
      );
    case 'multiple-choice':
      return z.preprocess(
        (value) => (Array.isArray(value) ? value : typeof value === 'string' ? [value] : []),
        z
          .array(z.string())
          .refine((values) => values.every((value) => optionCodes(question).includes(value)), required)
          .refine((values) => !question.required || values.length > 0, required)
          .transform(orUndefined),
      );
  }
}

/** The report form for a category: its questions' answers; the description is optional (the category names it otherwise). */
export function reportFormSchema(questions: readonly CategoryQuestion[]) {
  return z.object({
    category: z.string().min(1, { error: 'report.errors.categoryRequired' }),
    description: z.string().trim().max(2_000, { error: 'report.errors.descriptionTooLong' }),
    answers: z.object(Object.fromEntries(questions.map((question) => [question.code, answerSchema(question)]))),
  });
}
/** The fields as the form holds them. */
export type ReportForm = { category: string; description: string; answers: Record<string, string | string[]> };
/** The fields once checked: the answers made numbers and lists, the blank ones undefined. */
export type CheckedReportForm = z.output<ReturnType<typeof reportFormSchema>>;

/** The answers to send: the questions left blank are left out. */
export function submittedAnswers(answers: Record<string, Answer | undefined>): Record<string, Answer> {
  return Object.fromEntries(Object.entries(answers).filter((entry): entry is [string, Answer] => entry[1] !== undefined));
}
