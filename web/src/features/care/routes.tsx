import type { RouteObject } from 'react-router';
import { RequireRole } from '@/app/RequireRole';
import { HomePage } from './directory/HomePage';
import { SearchPage } from './directory/SearchPage';
import { DoctorPage } from './doctor/DoctorPage';
import { MyAppointmentsPage } from './appointments/MyAppointmentsPage';
import { AppointmentRoute } from './appointments/AppointmentPage';
import { ReschedulePage } from './appointments/ReschedulePage';
import { NotificationsPage } from './notifications/NotificationsPage';
import type { VerificationRouteHandle } from '../accounts/EmailVerificationBanner';

// The doctor's page tells an unverified patient about their email where they book (DoctorBooking).
const ownNotice: VerificationRouteHandle = { ownVerificationNotice: true };

// The directory is public (signing in is asked for at booking time); appointments are the
// patient's; notifications go to patients and doctors alike.
export const careRoutes: RouteObject[] = [
  { index: true, element: <HomePage /> },
  { path: 'doctors', element: <SearchPage /> },
  { path: 'doctors/:doctorId', element: <DoctorPage />, handle: ownNotice },
  {
    element: <RequireRole role="patient" />,
    children: [
      { path: 'appointments', element: <MyAppointmentsPage /> },
      { path: 'appointments/:appointmentId/reschedule', element: <ReschedulePage /> },
    ],
  },
  {
    element: <RequireRole />,
    children: [
      { path: 'notifications', element: <NotificationsPage /> },
      // Patients' (see AppointmentRoute), but doctors follow such links too.
      { path: 'appointments/:appointmentId', element: <AppointmentRoute /> },
    ],
  },
];
