import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import './i18n';
import './styles/global.css';
import { isRetryable } from './api/client';
import { SessionProvider } from './auth/session';
import { LiveEventsProvider } from './realtime/LiveEvents';
import { routes } from './app/routes';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      retry: (failures, error) => failures < 2 && isRetryable(error),
      refetchOnWindowFocus: true,
    },
  },
});

const router = createBrowserRouter(routes);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <SessionProvider>
        <LiveEventsProvider>
          <RouterProvider router={router} />
        </LiveEventsProvider>
      </SessionProvider>
    </QueryClientProvider>
  </StrictMode>,
);
