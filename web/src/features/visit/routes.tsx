import type { RouteObject } from 'react-router';
import { RequireRole } from '@/app/RequireRole';
import { VerifyPrescriptionPage } from './VerifyPrescriptionPage';
import { VisitPage } from './VisitPage';

// A teleconsultation's videoLink (`<public-url>/visit/<_id>`): its patient and its doctor sign in
// first if they must and come back to it; anyone else is told it was not found. The address
// printed on a prescription (`<public-url>/verify-prescription/<code>`) is for anyone.
export const visitRoutes: RouteObject[] = [
  {
    element: <RequireRole />,
    children: [{ path: 'visit/:teleconsultationId', element: <VisitPage /> }],
  },
  { path: 'verify-prescription/:code', element: <VerifyPrescriptionPage /> },
];
