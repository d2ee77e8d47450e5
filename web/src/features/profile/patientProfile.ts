import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { patientsApi, type PatientChanges } from '@/api/patients';

export const patientQueryKey = ['patients', 'me'] as const;

export function usePatientProfile() {
  return useQuery({ queryKey: patientQueryKey, queryFn: ({ signal }) => patientsApi.me(signal) });
}

/**
 * Saves part of the profile. Each form gets its own mutation, so its pending, error and success
 * states stay its own; the answer is the whole profile, which becomes the cached one.
 */
export function useSavePatient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: PatientChanges) => patientsApi.update(changes),
    onSuccess: (patient) => queryClient.setQueryData(patientQueryKey, patient),
  });
}
