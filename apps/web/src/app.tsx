import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { HomePage } from './home/home-page';
import { AppLayout } from './layout/app-layout';
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
        children: [{ path: '/', element: <HomePage /> }],
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
