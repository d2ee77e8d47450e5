// The doctor's workspace pages, loaded as one chunk the first time a doctor opens one: patients
// never download them.
export { AgendaPage } from './agenda/AgendaPage';
export { ProfilePage } from './profile/ProfilePage';
export { WeeklyHoursPage } from './hours/WeeklyHoursPage';
export { TimeOffPage } from './time-off/TimeOffPage';
export { VisitReasonsPage } from './visit-reasons/VisitReasonsPage';
export { PatientsPage } from './patients/PatientsPage';
export { PatientPage } from './patients/PatientPage';
export { StatsPage } from './stats/StatsPage';
