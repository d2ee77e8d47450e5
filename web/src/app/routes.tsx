import type { RouteObject } from 'react-router';
import { Loading } from '../ui/Loading';
import { Layout } from './Layout';
import { NotFoundPage, RouteErrorPage } from './NotFoundPage';
import { accountRoutes } from '../features/accounts/routes';
import { careRoutes } from '../features/care/routes';
import { profileRoutes } from '../features/profile/routes';
import { practiceRoutes } from '../features/practice/routes';
import { messageRoutes } from '../features/messages/routes';
import { recordRoutes } from '../features/records/routes';
import { visitRoutes } from '../features/visit/routes';
import { paymentRoutes } from '../features/payments/routes';

// Each area of the app declares its own routes; this is where they meet under the layout.
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteErrorPage />,
    // What shows while a lazy page (the practice's) loads on a first visit.
    hydrateFallbackElement: <Loading />,
    children: [
      ...careRoutes,
      ...accountRoutes,
      ...profileRoutes,
      ...practiceRoutes,
      ...messageRoutes,
      ...recordRoutes,
      ...visitRoutes,
      ...paymentRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
