import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api-client';
import { dataOf } from '../../api/api-problem';
import { localized } from '../console-types';
import { CATEGORY_GROUPS, type CategoryForm, categoryFormSchema, categoryOf } from './city-office-forms';
import { CATEGORIES, useCategories } from './city-office-queries';
import { FiguresSection } from './figures-section';
import { ActionForm, ActionOutcome, ChooseOneForm, SelectField, TextField, useCityOfficeAction } from './form-parts';

/**
 * The report categories workers choose from, in the city's order, with their group and the questions each asks; a
 * form to add one and one to deactivate one (a category is never deleted: reports keep naming it).
 */
export function CategoriesSection() {
  const { t, i18n } = useTranslation();
  const categories = useCategories();
  return (
    <FiguresSection
      id="categories"
      title={t('cityOffice.categories')}
      columns={[
        t('cityOffice.categoryCode'),
        t('cityOffice.categoryName'),
        t('cityOffice.group'),
        t('cityOffice.description'),
        t('cityOffice.private'),
        t('cityOffice.questions'),
      ]}
      rows={categories.data?.map((category) => [
        category.code,
        localized(category.name, i18n.language),
        t(`cityOffice.categoryGroup.${category.group}`),
        localized(category.description, i18n.language),
        category.private ? t('cityOffice.yes') : t('cityOffice.no'),
        category.questions.length,
      ])}
      failed={categories.isError}
      filename="report-categories.csv"
      actions={
        <div className="console-columns">
          <AddCategoryForm />
          <ChooseOneForm
            id="deactivate-category"
            title={t('cityOffice.deactivateCategory')}
            hint={t('cityOffice.deactivateCategoryHint')}
            label={t('cityOffice.category')}
            placeholder={t('cityOffice.chooseCategory')}
            options={(categories.data ?? []).map((category) => ({ value: category.code, label: localized(category.name, i18n.language) }))}
            submit={t('cityOffice.deactivateCategorySubmit')}
            done={t('cityOffice.categoryDeactivated')}
            act={async (code) =>
              dataOf(await api.PATCH('/api/v1/report-categories/{code}', { params: { path: { code } }, body: { active: false } }))
            }
            changes={[CATEGORIES]}
          />
        </div>
      }
    />
  );
}

function AddCategoryForm() {
  const { t } = useTranslation();
  const form = useForm<CategoryForm>({
    resolver: zodResolver(categoryFormSchema),
    defaultValues: { code: '', group: 'other', nameZh: '', nameEn: '', descriptionZh: '', descriptionEn: '', private: false },
  });
  const add = useCityOfficeAction(
    async (values: CategoryForm) => dataOf(await api.POST('/api/v1/report-categories', { body: categoryOf(values) })),
    [CATEGORIES],
  );
  const { errors } = form.formState;

  return (
    <ActionForm
      id="add-category"
      title={t('cityOffice.addCategory')}
      onSubmit={form.handleSubmit((values) => add.mutate(values, { onSuccess: () => form.reset() }))}
    >
      <TextField id="category-code" label={t('cityOffice.categoryCodeHint')} error={errors.code?.message} {...form.register('code')} />
      <SelectField
        id="category-group"
        label={t('cityOffice.group')}
        options={CATEGORY_GROUPS.map((group) => ({ value: group, label: t(`cityOffice.categoryGroup.${group}`) }))}
        {...form.register('group')}
      />
      <TextField id="category-name-zh" label={t('cityOffice.nameZh')} error={errors.nameZh?.message} {...form.register('nameZh')} />
      <TextField id="category-name-en" label={t('cityOffice.nameEn')} error={errors.nameEn?.message} {...form.register('nameEn')} />
      <TextField
        id="category-description-zh"
        label={t('cityOffice.descriptionZh')}
        error={errors.descriptionZh?.message}
        {...form.register('descriptionZh')}
      />
      <TextField
        id="category-description-en"
        label={t('cityOffice.descriptionEn')}
        error={errors.descriptionEn?.message}
        {...form.register('descriptionEn')}
      />
      <div className="checkbox">
        <input id="category-private" type="checkbox" {...form.register('private')} />
        <label htmlFor="category-private">{t('cityOffice.privateHint')}</label>
      </div>
      <button type="submit" disabled={add.isPending}>
        {t('cityOffice.addCategorySubmit')}
      </button>
      <ActionOutcome action={add} done={t('cityOffice.categoryAdded')} />
    </ActionForm>
  );
}
