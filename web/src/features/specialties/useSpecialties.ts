import { useQuery } from '@tanstack/react-query';
import { directoryApi } from '@/api/doctors';
import { careKeys } from '../queryKeys';

/** The specialties of the listed doctors, most common first; they change rarely. */
export function useSpecialties() {
  return useQuery({
    queryKey: careKeys.specialties,
    queryFn: ({ signal }) => directoryApi.specialties(signal),
    select: (data) => data.specialties,
    staleTime: 5 * 60_000,
  });
}
