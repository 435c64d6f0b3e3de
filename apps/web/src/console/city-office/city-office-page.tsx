import { useTranslation } from 'react-i18next';
import { useNow } from '../use-now';
import { BudgetsSection } from './budgets-section';
import { CategoriesSection } from './categories-section';
import { DepartmentFiguresSection } from './department-figures-section';
import { EarningRulesSection } from './earning-rules-section';
import { InspectionsSection } from './inspections-section';
import { cityPeriod } from './periods';
import { PointsFiguresSection } from './points-figures-section';
import { RewardsSection } from './rewards-section';
import { RoutingRulesSection } from './routing-rules-section';
import { StationProgressSection } from './station-progress-section';

/**
 * The city office's desk: the stations programme and its acceptance, the categories and routing rules, the
 * departments' and points' figures, and the points rules, budgets and rewards catalogue, each with its forms.
 */
export function CityOfficePage() {
  const { t } = useTranslation();
  const { month, year } = cityPeriod(useNow());

  return (
    <main className="console-page" aria-labelledby="city-office-title">
      <h1 id="city-office-title">{t('cityOffice.title')}</h1>
      <StationProgressSection year={year} />
      <InspectionsSection />
      <CategoriesSection />
      <RoutingRulesSection />
      <DepartmentFiguresSection />
      <PointsFiguresSection month={month} />
      <EarningRulesSection />
      <BudgetsSection month={month} />
      <RewardsSection />
    </main>
  );
}
