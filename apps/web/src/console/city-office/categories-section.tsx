import { useTranslation } from 'react-i18next';
import { localized } from '../console-types';
import { useCategories } from './city-office-queries';
import { FiguresSection } from './figures-section';

/** The report categories workers choose from, in the city's order, with their group and the questions each asks. */
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
    />
  );
}
