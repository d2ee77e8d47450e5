// The fixed catalogue of specialties (GET /api/v1/doctors/specialties): doctors store a code, and
// everyone reads its name in the app's language. Patients search with it, doctors pick from it.
import { useCallback } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { directoryApi, type Specialty } from '@/api/doctors';
import type { Language } from '@/i18n';

/** Under the doctors' key: a change to doctors refreshes the counts too. */
export const specialtiesKey = ['doctors', 'specialties'] as const;

export interface NamedSpecialty extends Specialty {
  /** The name in the app's language. */
  name: string;
}

/** Each specialty with its name in `language`, sorted by that name as the language sorts. */
export function namedAndSorted(specialties: Specialty[], language: Language): NamedSpecialty[] {
  const collator = new Intl.Collator(language);
  return specialties
    .map((specialty) => ({ ...specialty, name: specialty.names[language] }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** The whole catalogue (counts of 0 included) by name in the app's language; it changes rarely. */
export function useSpecialties() {
  const { i18n } = useTranslation();
  const language: Language = i18n.resolvedLanguage === 'fr' ? 'fr' : 'en';
  const select = useCallback(
    (data: { specialties: Specialty[] }) => namedAndSorted(data.specialties, language),
    [language],
  );
  return useQuery({
    queryKey: specialtiesKey,
    queryFn: ({ signal }) => directoryApi.specialties(signal),
    select,
    staleTime: 60 * 60_000,
  });
}

/**
 * A doctor's specialty as people read it: its name in the app's language, or the text as written
 * for one outside the catalogue (written before it existed); null while the catalogue loads.
 */
export function useSpecialtyName(): (specialty: string) => string | null {
  const specialties = useSpecialties();
  return (specialty) => {
    if (specialties.isPending) return null;
    return specialties.data?.find((entry) => entry.specialty === specialty)?.name ?? specialty;
  };
}
