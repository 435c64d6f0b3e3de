import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api-client';
import { dataOf } from '../../api/api-problem';
import { localized } from '../console-types';
import { FiguresSection } from './figures-section';
import { jsonAnswer } from './json-answer';
import { useNow } from '../use-now';
import { cityPeriod } from './periods';
import { StationProgressSection } from './station-progress-section';

/** The city office: the stations programme, the departments' and points' figures, and the rules and catalogue. */
export function CityOfficePage() {
  const { t } = useTranslation();
  const { month, year } = cityPeriod(useNow());

  return (
    <main className="console-page" aria-labelledby="city-office-title">
      <h1 id="city-office-title">{t('cityOffice.title')}</h1>
      <StationProgressSection year={year} />
      <DepartmentFiguresSection />
      <PointsFiguresSection month={month} />
      <RoutingRulesSection />
      <EarningRulesSection />
      <BudgetsSection month={month} />
      <RewardsSection />
    </main>
  );
}

function DepartmentFiguresSection() {
  const { t, i18n } = useTranslation();
  const figures = useQuery({
    queryKey: ['department-figures'],
    queryFn: async () => jsonAnswer(dataOf(await api.GET('/api/v1/department-figures'))),
  });
  return (
    <FiguresSection
      id="department-figures"
      title={t('cityOffice.departmentFigures')}
      columns={[
        t('cityOffice.department'),
        t('cityOffice.dispatched'),
        t('cityOffice.open'),
        t('cityOffice.overdue'),
        t('cityOffice.acknowledged'),
        t('cityOffice.medianToAcknowledge'),
        t('cityOffice.resolved'),
        t('cityOffice.medianToResolve'),
      ]}
      rows={figures.data?.departments.map((row) => [
        localized(row.name, i18n.language),
        row.dispatched,
        row.open,
        row.overdue,
        row.acknowledged,
        row.medianMinutesToAcknowledge,
        row.resolved,
        row.medianMinutesToResolve,
      ])}
      failed={figures.isError}
      filename="department-figures.csv"
      csv={async () => dataOf(await api.GET('/api/v1/department-figures', { params: { query: { format: 'csv' } }, parseAs: 'text' }))}
    />
  );
}

function PointsFiguresSection({ month }: { month: string }) {
  const { t } = useTranslation();
  const figures = useQuery({
    queryKey: ['points-figures', month],
    queryFn: async () => jsonAnswer(dataOf(await api.GET('/api/v1/points-figures', { params: { query: { month } } }))),
  });
  return (
    <FiguresSection
      id="points-figures"
      title={t('cityOffice.pointsFigures', { month })}
      columns={[
        t('cityOffice.community'),
        t('cityOffice.creditedReports'),
        t('cityOffice.earned'),
        t('cityOffice.redeemed'),
        t('cityOffice.voided'),
        t('cityOffice.budget'),
        t('cityOffice.budgetUsed'),
      ]}
      rows={figures.data?.communities.map((row) => [
        row.communityCode,
        row.creditedReports,
        row.earned,
        row.redeemed,
        row.voided,
        row.budget,
        row.budgetUsedPercent,
      ])}
      failed={figures.isError}
      filename={`points-figures-${month}.csv`}
      csv={async () => dataOf(await api.GET('/api/v1/points-figures', { params: { query: { month, format: 'csv' } }, parseAs: 'text' }))}
    />
  );
}

function RoutingRulesSection() {
  const { t } = useTranslation();
  const rules = useQuery({ queryKey: ['routing-rules'], queryFn: async () => dataOf(await api.GET('/api/v1/routing-rules')) });
  return (
    <FiguresSection
      id="routing-rules"
      title={t('cityOffice.routingRules')}
      columns={[t('cityOffice.category'), t('cityOffice.district'), t('cityOffice.departments')]}
      rows={rules.data?.items.map((rule) => [
        rule.categoryCode,
        rule.districtCode ?? t('cityOffice.everyDistrict'),
        rule.departments.join(' '),
      ])}
      failed={rules.isError}
      filename="routing-rules.csv"
    />
  );
}

function EarningRulesSection() {
  const { t } = useTranslation();
  const rules = useQuery({ queryKey: ['earning-rules'], queryFn: async () => dataOf(await api.GET('/api/v1/earning-rules')) });
  return (
    <FiguresSection
      id="earning-rules"
      title={t('cityOffice.earningRules')}
      columns={[
        t('cityOffice.event'),
        t('cityOffice.group'),
        t('cityOffice.points'),
        t('cityOffice.dailyCap'),
        t('cityOffice.monthlyCap'),
        t('cityOffice.effectiveFrom'),
      ]}
      rows={rules.data?.items
        .filter((rule) => rule.current)
        .map((rule) => [
          rule.eventType,
          rule.group ?? t('cityOffice.everyGroup'),
          rule.points,
          rule.dailyCap,
          rule.monthlyCap,
          rule.effectiveFrom.slice(0, 10),
        ])}
      failed={rules.isError}
      filename="earning-rules.csv"
    />
  );
}

function BudgetsSection({ month }: { month: string }) {
  const { t } = useTranslation();
  const budgets = useQuery({
    queryKey: ['community-budgets', month],
    queryFn: async () => dataOf(await api.GET('/api/v1/community-budgets', { params: { query: { month } } })),
  });
  return (
    <FiguresSection
      id="budgets"
      title={t('cityOffice.budgets', { month })}
      columns={[t('cityOffice.community'), t('cityOffice.budget'), t('cityOffice.earned')]}
      rows={budgets.data?.items.map((budget) => [budget.communityCode, budget.points, budget.earned])}
      failed={budgets.isError}
      filename={`community-budgets-${month}.csv`}
    />
  );
}

function RewardsSection() {
  const { t, i18n } = useTranslation();
  const rewards = useQuery({
    queryKey: ['rewards', 'catalogue'],
    queryFn: async () => dataOf(await api.GET('/api/v1/rewards', { params: { query: { limit: 100 } } })),
  });
  return (
    <FiguresSection
      id="rewards"
      title={t('cityOffice.rewards')}
      columns={[t('cityOffice.reward'), t('cityOffice.kind'), t('cityOffice.cost'), t('cityOffice.stock')]}
      rows={rewards.data?.items.map((reward) => [
        localized(reward.name, i18n.language),
        t(`cityOffice.rewardKind.${reward.kind}`),
        reward.cost,
        reward.stocks.reduce((sum, { remaining }) => (remaining === null || sum === null ? null : sum + remaining), 0 as number | null),
      ])}
      failed={rewards.isError}
      filename="rewards.csv"
    />
  );
}
