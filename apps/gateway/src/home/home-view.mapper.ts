import { isOpenReportStatus } from '@waystation/contracts';
import { BalanceView, HomeView, NearbyStationView, ReportView } from '@waystation/http-api';

export interface HomeParts {
  stations: NearbyStationView[];
  points: BalanceView;
  unreadNotifications: number;
  recentReports: ReportView[];
}

/** The first screen from its parts: the recent reports narrow to those the worker still waits on. */
export function toHomeView({ stations, points, unreadNotifications, recentReports }: HomeParts): HomeView {
  return { stations, points, unreadNotifications, openReports: recentReports.filter((report) => isOpenReportStatus(report.status)) };
}
