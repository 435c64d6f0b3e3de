import { reportStatusSchema } from '@waystation/contracts';
import { BalanceView, ReportView } from '@waystation/http-api';
import { toHomeView } from './home-view.mapper';

const points: BalanceView = {
  accountId: 'worker-1',
  balance: 30,
  pending: 10,
  expiringSoon: 0,
  expiringBy: '2027-01-01T00:00:00.000Z',
  asOf: '2026-12-03T00:00:00.000Z',
};
const reportIn = (status: ReportView['status']) => ({ id: status, status }) as ReportView;

describe(toHomeView.name, () => {
  it('lists only the reports the worker still waits on, in the order given', () => {
    const sut = toHomeView({
      stations: [],
      points,
      unreadNotifications: 2,
      recentReports: reportStatusSchema.options.map(reportIn),
    });

    expect(sut.openReports.map(({ status }) => status)).toEqual([
      'submitted',
      'confirmed',
      'dispatched',
      'acknowledged',
      'in-progress',
      'resolved',
      'reopened',
      'not-responsible',
    ]);
  });

  it('passes the balance and the unread count through as they are', () => {
    const sut = toHomeView({ stations: [], points, unreadNotifications: 2, recentReports: [] });

    expect(sut).toEqual({ stations: [], points, unreadNotifications: 2, openReports: [] });
  });
});
