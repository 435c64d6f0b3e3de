import { QuestionType, ReportQuestion } from '@waystation/contracts';
import { Open311Attribute, Open311Service, Open311ServiceDefinition, ReportCategoryView } from '@waystation/http-api';

/** Open311 has no locale parameter: services are named in the city's language. */
const LANGUAGE = 'zh-CN';

const DATATYPES: Record<QuestionType, { datatype: Open311Attribute['datatype']; description: string }> = {
  text: { datatype: 'text', description: 'Free text' },
  number: { datatype: 'number', description: 'A number' },
  'single-choice': { datatype: 'singlevaluelist', description: 'One of the values, by key' },
  'multiple-choice': { datatype: 'multivaluelist', description: 'Any of the values, by key' },
};

/** Whether Open311 offers the category: active and not a care referral (those are kept to the city's own staff). */
export function offeredOverOpen311(category: ReportCategoryView): boolean {
  return category.active && !category.private;
}

export function toOpen311Service(category: ReportCategoryView): Open311Service {
  return {
    service_code: category.code,
    service_name: category.name[LANGUAGE],
    description: category.description[LANGUAGE],
    metadata: category.questions.length > 0,
    type: 'realtime',
    keywords: category.name.en,
    group: category.group,
  };
}

export function toOpen311ServiceDefinition(category: ReportCategoryView): Open311ServiceDefinition {
  return { service_code: category.code, attributes: category.questions.map(toOpen311Attribute) };
}

function toOpen311Attribute(question: ReportQuestion, index: number): Open311Attribute {
  const { datatype, description } = DATATYPES[question.type];
  return {
    variable: true,
    code: question.code,
    datatype,
    required: question.required,
    datatype_description: description,
    order: index + 1,
    description: question.label[LANGUAGE],
    ...(question.options ? { values: question.options.map((option) => ({ key: option.code, name: option.label[LANGUAGE] })) } : {}),
  };
}
