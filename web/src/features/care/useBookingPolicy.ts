import { useQuery } from '@tanstack/react-query';
import { appointmentsApi } from '@/api/appointments';
import { currentLocale } from '@/i18n';
import { careKeys } from './queryKeys';

/** The instance's booking policy: part of the server's configuration, so asked once. */
export function useBookingPolicy() {
  return useQuery({
    queryKey: careKeys.bookingPolicy,
    queryFn: ({ signal }) => appointmentsApi.policy(signal),
    staleTime: Infinity,
  });
}

/** A notice in words, in the app's language: "4 hours", or "90 minutes" when not whole hours. */
export function noticeText(minutes: number): string {
  const [value, unit] = minutes % 60 === 0 ? [minutes / 60, 'hour'] : [minutes, 'minute'];
  return new Intl.NumberFormat(currentLocale(), { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}
