import type { RouteObject } from 'react-router';
import { RequireRole } from '@/app/RequireRole';

type PageName = keyof typeof import('./pages');

function page(name: PageName): RouteObject['lazy'] {
  return async () => ({ Component: (await import('./pages'))[name] });
}

// The doctor's workspace: every page needs a signed-in doctor.
export const practiceRoutes: RouteObject[] = [
  {
    path: 'practice',
    element: <RequireRole role="doctor" />,
    children: [
      { index: true, lazy: page('AgendaPage') },
      { path: 'profile', lazy: page('ProfilePage') },
      { path: 'hours', lazy: page('WeeklyHoursPage') },
      { path: 'time-off', lazy: page('TimeOffPage') },
      { path: 'visit-reasons', lazy: page('VisitReasonsPage') },
      { path: 'patients', lazy: page('PatientsPage') },
      { path: 'patients/:patientId', lazy: page('PatientPage') },
      { path: 'stats', lazy: page('StatsPage') },
    ],
  },
];
