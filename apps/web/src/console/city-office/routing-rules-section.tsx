import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../../api/api-client';
import { dataOf } from '../../api/api-problem';
import { FieldError } from '../../layout/field-error';
import { localized } from '../console-types';
import { type RoutingRuleForm, routingRuleFormSchema, routingRuleOf } from './city-office-forms';
import { useCategories, useDepartments, useDistricts } from './city-office-queries';
import { FiguresSection } from './figures-section';
import { ActionForm, ActionOutcome, ChooseOneForm, SelectField, useCityOfficeAction } from './form-parts';

type RoutingRule = Schemas['RoutingRuleViewDto_Output'];

const RULES = ['routing-rules'];

/** Category × district → departments: the rules in force, a form to set one (a new version) and one to retire one. */
export function RoutingRulesSection() {
  const { t } = useTranslation();
  const rules = useQuery({ queryKey: RULES, queryFn: async () => dataOf(await api.GET('/api/v1/routing-rules')) });
  const districts = useDistricts();
  const departments = useDepartments();
  const describe = useRuleDescription();
  return (
    <FiguresSection
      id="routing-rules"
      title={t('cityOffice.routingRules')}
      columns={[t('cityOffice.category'), t('cityOffice.district'), t('cityOffice.departments'), t('cityOffice.since')]}
      rows={rules.data?.items.map((rule) => [
        describe.category(rule.categoryCode),
        rule.districtCode === null ? t('cityOffice.everyDistrict') : districts.nameOf(rule.districtCode),
        rule.departments.map(departments.nameOf).join(' '),
        rule.createdAt.slice(0, 10),
      ])}
      failed={rules.isError}
      filename="routing-rules.csv"
      actions={
        <div className="console-columns">
          <SetRoutingRuleForm />
          <RetireRoutingRuleForm rules={rules.data?.items ?? []} />
        </div>
      }
    />
  );
}

/** How a rule reads in a table cell or a choice: its category's name, its district's, its departments'. */
function useRuleDescription() {
  const { t, i18n } = useTranslation();
  const categories = useCategories();
  const districts = useDistricts();
  const departments = useDepartments();
  const category = (code: string) => {
    const found = categories.data?.find((item) => item.code === code);
    return found ? localized(found.name, i18n.language) : code;
  };
  return {
    category,
    rule: (rule: RoutingRule) =>
      t('cityOffice.ruleChoice', {
        category: category(rule.categoryCode),
        district: rule.districtCode === null ? t('cityOffice.everyDistrict') : districts.nameOf(rule.districtCode),
        departments: rule.departments.map(departments.nameOf).join(' '),
      }),
  };
}

function SetRoutingRuleForm() {
  const { t, i18n } = useTranslation();
  const categories = useCategories();
  const districts = useDistricts();
  const departments = useDepartments();
  const form = useForm<RoutingRuleForm>({
    resolver: zodResolver(routingRuleFormSchema),
    defaultValues: { categoryCode: '', districtCode: '', departments: [] },
  });
  const setRule = useCityOfficeAction(
    async (values: RoutingRuleForm) => dataOf(await api.PUT('/api/v1/routing-rules', { body: routingRuleOf(values) })),
    [RULES],
  );
  const { errors } = form.formState;

  return (
    <ActionForm id="set-rule" title={t('cityOffice.setRule')} onSubmit={form.handleSubmit((values) => setRule.mutate(values))}>
      <SelectField
        id="rule-category"
        label={t('cityOffice.category')}
        error={errors.categoryCode?.message}
        options={[
          { value: '', label: t('cityOffice.chooseCategory') },
          ...(categories.data ?? []).map((category) => ({ value: category.code, label: localized(category.name, i18n.language) })),
        ]}
        {...form.register('categoryCode')}
      />
      <SelectField
        id="rule-district"
        label={t('cityOffice.district')}
        options={[
          { value: '', label: t('cityOffice.everyDistrictDefault') },
          ...districts.items.map((district) => ({ value: district.code, label: districts.nameOf(district.code) })),
        ]}
        {...form.register('districtCode')}
      />
      <fieldset aria-describedby="rule-departments-error">
        <legend>{t('cityOffice.departments')}</legend>
        {departments.items.map((department) => (
          <div className="checkbox" key={department.code}>
            <input id={`rule-department-${department.code}`} type="checkbox" value={department.code} {...form.register('departments')} />
            <label htmlFor={`rule-department-${department.code}`}>{localized(department.name, i18n.language)}</label>
          </div>
        ))}
      </fieldset>
      <FieldError id="rule-departments-error" message={errors.departments?.message} />
      <button type="submit" disabled={setRule.isPending}>
        {t('cityOffice.setRuleSubmit')}
      </button>
      <ActionOutcome action={setRule} done={t('cityOffice.ruleSet')} />
    </ActionForm>
  );
}

function RetireRoutingRuleForm({ rules }: { rules: RoutingRule[] }) {
  const { t } = useTranslation();
  const describe = useRuleDescription();
  return (
    <ChooseOneForm
      id="retire-rule"
      title={t('cityOffice.retireRule')}
      hint={t('cityOffice.retireRuleHint')}
      label={t('cityOffice.rule')}
      placeholder={t('cityOffice.chooseRule')}
      options={rules.map((rule) => ({ value: rule.id, label: describe.rule(rule) }))}
      submit={t('cityOffice.retireRuleSubmit')}
      done={t('cityOffice.ruleRetired')}
      act={async (id) => dataOf(await api.POST('/api/v1/routing-rules/{id}/retire', { params: { path: { id } } }))}
      changes={[RULES]}
    />
  );
}
