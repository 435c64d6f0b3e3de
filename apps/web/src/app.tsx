import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { HomePage } from './home/home-page';
import { AppLayout } from './layout/app-layout';
import { MyReportPage } from './my-reports/my-report-page';
import { MyReportsPage } from './my-reports/my-reports-page';
import { ReportPage } from './report/report-page';
import { NotificationsPage } from './notifications/notifications-page';
import { PointsPage } from './points/points-page';
import { RedemptionsPage } from './rewards/redemptions-page';
import { RewardsPage } from './rewards/rewards-page';
import { RequireSession } from './session/require-session';
import { SignInPage } from './sign-in/sign-in-page';
import { StationPage } from './stations/station-page';

const ConsoleApp = lazy(() => import('./console/console-app'));

const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, refetchOnWindowFocus: true } } });

/** Every screen of the worker app; a new screen is one route here (CONTRIBUTING.md, "Add a screen"). */
const router = createBrowserRouter([
  {
    element: <AppLayout />,
    children: [
      { path: '/sign-in', element: <SignInPage /> },
      { path: '/stations/:id', element: <StationPage /> },
      {
        path: '/console/*',
        element: (
          <Suspense>
            <ConsoleApp />
          </Suspense>
        ),
      },
      {
        element: <RequireSession />,
        children: [
          { path: '/', element: <HomePage /> },
          { path: '/report', element: <ReportPage /> },
          { path: '/reports', element: <MyReportsPage /> },
          { path: '/reports/:id', element: <MyReportPage /> },
          { path: '/points', element: <PointsPage /> },
          { path: '/rewards', element: <RewardsPage /> },
          { path: '/redemptions', element: <RedemptionsPage /> },
          { path: '/notifications', element: <NotificationsPage /> },
        ],
      },
    ],
  },
]);

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
