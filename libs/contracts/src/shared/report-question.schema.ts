import { z } from 'zod';
import { boundedTextSchema } from './bounded-text.schema';
import { localizedTextSchema } from './localized-text.schema';
import { emergencyNumberSchema } from './report-category.schema';

/** A question's or an option's code: kebab-case, stable (an Open311 attribute code, a value key). */
export const questionCodeSchema = z
  .string()
  .min(1)
  .max(50)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a code is kebab-case: lower-case letters and digits joined by single hyphens');

export const QuestionTypes = ['text', 'number', 'single-choice', 'multiple-choice'] as const;
export const questionTypeSchema = z.enum(QuestionTypes);
export type QuestionType = z.infer<typeof questionTypeSchema>;

/** What an option marks when chosen: an emergency the platform must not handle; the reporter is told whom to call. */
export const emergencySchema = z.object({
  call: emergencyNumberSchema,
  guidance: localizedTextSchema(500),
});
export type Emergency = z.infer<typeof emergencySchema>;

export const questionOptionSchema = z.object({
  code: questionCodeSchema,
  label: localizedTextSchema(200),
  emergency: emergencySchema.optional(),
});
export type QuestionOption = z.infer<typeof questionOptionSchema>;

export const reportQuestionSchema = z.object({
  code: questionCodeSchema,
  type: questionTypeSchema,
  required: z.boolean(),
  label: localizedTextSchema(200),
  options: z.array(questionOptionSchema).max(30).optional().describe('The choices of a single- or multiple-choice question only'),
});
export type ReportQuestion = z.infer<typeof reportQuestionSchema>;

const isChoice = (type: QuestionType) => type === 'single-choice' || type === 'multiple-choice';

/** Whether the code at `index` appeared earlier in `codes`: each repeat is named, the first use is not. */
function repeatsEarlier(codes: string[], index: number): boolean {
  return codes.indexOf(codes[index]) !== index;
}

/**
 * A category's questions (Open311 attributes): unique codes, options (unique, at least one) for the choice types
 * and for them alone.
 */
export const reportQuestionsSchema = z
  .array(reportQuestionSchema)
  .max(20)
  .superRefine((questions, context) => {
    const codes = questions.map((question) => question.code);
    questions.forEach((question, index) => {
      if (repeatsEarlier(codes, index))
        context.addIssue({ code: 'custom', path: [index, 'code'], message: `Question code "${question.code}" is used twice` });
      const options = question.options ?? [];
      if (isChoice(question.type) && options.length === 0) {
        context.addIssue({ code: 'custom', path: [index, 'options'], message: `A ${question.type} question needs at least one option` });
      }
      if (!isChoice(question.type) && question.options !== undefined) {
        context.addIssue({ code: 'custom', path: [index, 'options'], message: `A ${question.type} question has no options` });
      }
      const optionCodes = options.map((option) => option.code);
      options.forEach((option, optionIndex) => {
        if (repeatsEarlier(optionCodes, optionIndex)) {
          context.addIssue({
            code: 'custom',
            path: [index, 'options', optionIndex, 'code'],
            message: `Option code "${option.code}" is used twice`,
          });
        }
      });
    });
  });

/** An answer: text, a number, the chosen option's code, or the chosen options' codes. */
export const reportAnswerSchema = z.union([boundedTextSchema(500, { multiline: true }), z.number(), z.array(questionCodeSchema).max(30)]);
export type ReportAnswer = z.infer<typeof reportAnswerSchema>;

/** The answers to a category's questions, by question code. */
export const reportAnswersSchema = z.record(questionCodeSchema, reportAnswerSchema);
export type ReportAnswers = z.infer<typeof reportAnswersSchema>;
