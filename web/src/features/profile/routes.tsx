import type { RouteObject } from 'react-router';
import { RequireRole } from '@/app/RequireRole';
import { PatientProfilePage } from './PatientProfilePage';
import { AccountPage } from './AccountPage';

export const profileRoutes: RouteObject[] = [
  { element: <RequireRole role="patient" />, children: [{ path: 'profile', element: <PatientProfilePage /> }] },
  { element: <RequireRole />, children: [{ path: 'account', element: <AccountPage /> }] },
];
