import type { RouteObject } from 'react-router';
import { RequireRole } from '@/app/RequireRole';
import { MyRecordsPage } from './MyRecordsPage';

// The patient's records; doctors read and write theirs on each patient's page in the practice.
export const recordRoutes: RouteObject[] = [
  { element: <RequireRole role="patient" />, children: [{ path: 'records', element: <MyRecordsPage /> }] },
];
