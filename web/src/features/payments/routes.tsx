import type { RouteObject } from 'react-router';
import { RequireRole } from '@/app/RequireRole';
import { PaymentPage } from './PaymentPage';
import { PaymentsPage } from './PaymentsPage';

// The list is the patient's and the doctor's alike; a payment's page, where the provider sends
// the browser back, is its patient's (signed out, they sign in first and come back to it).
export const paymentRoutes: RouteObject[] = [
  { element: <RequireRole />, children: [{ path: 'payments', element: <PaymentsPage /> }] },
  { element: <RequireRole role="patient" />, children: [{ path: 'payments/:paymentId', element: <PaymentPage /> }] },
];
