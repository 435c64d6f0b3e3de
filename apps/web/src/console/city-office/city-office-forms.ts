import { z } from 'zod';
import type { Schemas } from '../../api/api-client';

/**
 * The city office's forms: what staff type (strings, as inputs hold them), checked here with messages named by
 * catalogue key, and turned into the bodies the gateway takes. The gateway checks everything again.
 */

const required = (message: string) => z.string().trim().min(1, { error: message });

/** A whole number typed into an input, between `min` and `max`. */
const wholeNumber = (min: number, max: number, message: string) =>
  z
    .string()
    .trim()
    .refine((text) => /^\d+$/.test(text) && Number(text) >= min && Number(text) <= max, { error: message });

/** Like `wholeNumber`, or empty for "none". */
const optionalWholeNumber = (min: number, max: number, message: string) =>
  z.union([z.literal(''), wholeNumber(min, max, message)], { error: message });

const numberOrNull = (text: string): number | null => (text.trim() === '' ? null : Number(text));

/** A name in both languages, as the catalogue shows it to workers. */
const localizedName = (max: number) => ({
  nameZh: required('cityOffice.errors.nameRequired').max(max, { error: 'cityOffice.errors.tooLong' }),
  nameEn: required('cityOffice.errors.nameRequired').max(max, { error: 'cityOffice.errors.tooLong' }),
});

// Report categories: a new one, offered to reporters at once, last in the city's order.

export const CATEGORY_GROUPS = ['environment', 'obstruction', 'facilities', 'safety', 'people', 'other'] as const;

export const categoryFormSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'cityOffice.errors.categoryCode' })
    .max(50, { error: 'cityOffice.errors.categoryCode' }),
  group: z.enum(CATEGORY_GROUPS),
  ...localizedName(100),
  descriptionZh: required('cityOffice.errors.descriptionRequired').max(500, { error: 'cityOffice.errors.tooLong' }),
  descriptionEn: required('cityOffice.errors.descriptionRequired').max(500, { error: 'cityOffice.errors.tooLong' }),
  private: z.boolean(),
});
export type CategoryForm = z.infer<typeof categoryFormSchema>;

export const categoryOf = (form: CategoryForm): Schemas['CreateReportCategoryDto'] => ({
  code: form.code,
  group: form.group,
  name: { 'zh-CN': form.nameZh, en: form.nameEn },
  description: { 'zh-CN': form.descriptionZh, en: form.descriptionEn },
  private: form.private,
  active: true,
  sortOrder: 1_000,
  questions: [],
});

// Routing rules: category × district → departments.

export const routingRuleFormSchema = z.object({
  categoryCode: required('cityOffice.errors.categoryRequired'),
  /** Empty: the category's default, for districts without a rule of their own. */
  districtCode: z.string(),
  departments: z.array(z.string()).min(1, { error: 'cityOffice.errors.departmentsRequired' }),
});
export type RoutingRuleForm = z.infer<typeof routingRuleFormSchema>;

export const routingRuleOf = ({ categoryCode, districtCode, departments }: RoutingRuleForm): Schemas['SetRoutingRuleDto'] => ({
  categoryCode,
  districtCode: districtCode === '' ? null : districtCode,
  departments,
});

/** Retiring a rule, or withdrawing a reward: the one chosen from the list. */
export const chosenFormSchema = z.object({ id: required('cityOffice.errors.chooseOne') });
export type ChosenForm = z.infer<typeof chosenFormSchema>;

// Community budgets.

export const budgetFormSchema = z.object({
  communityCode: z
    .string()
    .trim()
    .regex(/^\d{12}$/, { error: 'cityOffice.errors.communityCode' }),
  month: z.string().regex(/^20\d{2}-(0[1-9]|1[0-2])$/, { error: 'cityOffice.errors.month' }),
  points: wholeNumber(0, 100_000_000, 'cityOffice.errors.budgetPoints'),
});
export type BudgetForm = z.infer<typeof budgetFormSchema>;

/** The budget route names the community and month in its path, the points in its body. */
export const budgetOf = ({ communityCode, month, points }: BudgetForm) => ({
  path: { communityCode, month },
  body: { points: Number(points) } satisfies Schemas['SetCommunityBudgetDto'],
});

// The rewards catalogue.

export const REWARD_KINDS = ['gift', 'service'] as const;

export const rewardFormSchema = z.object({
  kind: z.enum(REWARD_KINDS),
  ...localizedName(100),
  cost: wholeNumber(1, 1_000_000, 'cityOffice.errors.cost'),
});
export type RewardForm = z.infer<typeof rewardFormSchema>;

export const rewardOf = ({ kind, nameZh, nameEn, cost }: RewardForm): Schemas['CreateRewardDto'] => ({
  kind,
  name: { 'zh-CN': nameZh, en: nameEn },
  cost: Number(cost),
  description: null,
  imageUrl: null,
  sessionId: null,
  limit: null,
  validFrom: null,
  validUntil: null,
});

// Earning rules: a new version from a moment to come.

type EarningEventType = Schemas['AddEarningRuleVersionDto']['eventType'];

/** The facts an earning rule pays for, by the domain that announces them. */
const EARNING_FACTS = { report: ['confirmed', 'merged', 'closed'], station: ['checked-in'], 'station-session': ['attended'] };
export const EARNING_EVENT_TYPES = Object.entries(EARNING_FACTS).flatMap(([domain, facts]) => facts.map((fact) => `${domain}.${fact}`)) as [
  EarningEventType,
  ...EarningEventType[],
];

/** The catalogue key of an event type's name: `report.confirmed` is `cityOffice.eventType.reportConfirmed`. */
export const eventTypeKey = (eventType: string): string =>
  `cityOffice.eventType.${eventType.replace(/[.-](\w)/g, (_, letter: string) => letter.toUpperCase())}`;
/** The report events' rules pay per category group; the station events' rules have none. */
export const paysPerGroup = (eventType: string): boolean => eventType.startsWith('report.');

/** The city's clock: Asia/Shanghai, UTC+8 all year. */
const CITY_OFFSET = '+08:00';

export const earningRuleFormSchema = z
  .object({
    eventType: z.enum(EARNING_EVENT_TYPES),
    group: z.union([z.literal(''), z.enum(CATEGORY_GROUPS)]),
    points: wholeNumber(0, 1_000, 'cityOffice.errors.rulePoints'),
    dailyCap: optionalWholeNumber(1, 100_000, 'cityOffice.errors.cap'),
    monthlyCap: optionalWholeNumber(1, 100_000, 'cityOffice.errors.cap'),
    /** A `datetime-local` value, read on the city's clock. */
    effectiveFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: 'cityOffice.errors.effectiveFrom' }),
    note: z.string().trim().max(500, { error: 'cityOffice.errors.tooLong' }),
  })
  .refine(({ eventType, group }) => paysPerGroup(eventType) === (group !== ''), {
    error: 'cityOffice.errors.groupForReportsOnly',
    path: ['group'],
  });
export type EarningRuleForm = z.infer<typeof earningRuleFormSchema>;

export const earningRuleOf = ({ eventType, group, points, dailyCap, monthlyCap, effectiveFrom, note }: EarningRuleForm) =>
  ({
    eventType,
    ...(group === '' ? {} : { group }),
    points: Number(points),
    dailyCap: numberOrNull(dailyCap),
    monthlyCap: numberOrNull(monthlyCap),
    effectiveFrom: new Date(`${effectiveFrom}:00${CITY_OFFSET}`).toISOString(),
    ...(note === '' ? {} : { note }),
  }) satisfies Schemas['AddEarningRuleVersionDto'];

// Station targets per district.

export const targetFormSchema = z.object({
  districtCode: required('cityOffice.errors.districtRequired'),
  year: wholeNumber(2000, 2100, 'cityOffice.errors.year'),
  plannedCount: wholeNumber(0, 100_000, 'cityOffice.errors.plannedCount'),
});
export type TargetForm = z.infer<typeof targetFormSchema>;

export const targetOf = ({ districtCode, year, plannedCount }: TargetForm): Schemas['SetDistrictTargetDto'] => ({
  districtCode,
  year: Number(year),
  plannedCount: Number(plannedCount),
});

// Acceptance inspections (验收): one result per checklist item, and what to fix by when for a failed one.

export const INSPECTION_RESULTS = ['pass', 'fail', 'not-applicable'] as const;

export const inspectionFormSchema = z.object({
  stationId: required('cityOffice.errors.stationRequired'),
  templateId: z.string(),
  results: z.array(
    z
      .object({
        itemCode: z.string(),
        result: z.enum(INSPECTION_RESULTS),
        action: z.string().trim().max(500, { error: 'cityOffice.errors.tooLong' }),
        deadline: z.string(),
      })
      .superRefine(({ result, action, deadline }, context) => {
        if (result !== 'fail') return;
        if (action === '') context.addIssue({ code: 'custom', path: ['action'], message: 'cityOffice.errors.actionRequired' });
        if (!/^\d{4}-\d{2}-\d{2}$/.test(deadline))
          context.addIssue({ code: 'custom', path: ['deadline'], message: 'cityOffice.errors.deadlineRequired' });
      }),
  ),
  notes: z.string().trim().max(2_000, { error: 'cityOffice.errors.tooLong' }),
});
export type InspectionForm = z.infer<typeof inspectionFormSchema>;

/** A result per item, every one passing until the inspector says otherwise. */
export const blankInspection = (stationId: string, template: { id: string; items: { code: string }[] }): InspectionForm => ({
  stationId,
  templateId: template.id,
  results: template.items.map(({ code }) => ({ itemCode: code, result: 'pass', action: '', deadline: '' })),
  notes: '',
});

/** The inspection as the gateway takes it: a rectification for each failed item and for no other. */
export const inspectionOf = ({ templateId, results, notes }: InspectionForm): Schemas['RecordInspectionDto'] => ({
  templateId,
  results: results.map(({ itemCode, result, action, deadline }) =>
    result === 'fail' ? { itemCode, result, rectification: { action, deadline } } : { itemCode, result },
  ),
  ...(notes === '' ? {} : { notes }),
});
