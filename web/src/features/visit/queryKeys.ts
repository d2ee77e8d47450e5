// The react-query keys of video consultations, and of the prescriptions checked by their code.
export const visitKeys = {
  all: ['teleconsultations'] as const,
  teleconsultation: (id: string) => ['teleconsultations', id] as const,
  iceServers: (id: string) => ['teleconsultations', id, 'ice-servers'] as const,
  ofAppointment: (appointmentId: string) => ['teleconsultations', 'of-appointment', appointmentId] as const,
  verifiedPrescription: (code: string) => ['prescriptions', 'verify', code] as const,
};
