// The doctor search lives in the URL (/doctors?specialty=…&page=2) so a search can be shared,
// bookmarked and walked back with the browser's history.
import { queryString } from '@/api/client';
import type { DoctorSearch } from '@/api/doctors';

// By name first, the server's default and a neutral order; best rated is offered only where the
// instance has reviews (DoctorSearchForm).
export const sorts = ['name', 'rating', 'experience'] as const;
export type Sort = (typeof sorts)[number];

export interface SearchFilters {
  specialty: string;
  q: string;
  location: string;
  /** A calendar day `YYYY-MM-DD`, or empty. */
  availableOn: string;
  /** Only doctors who consult by video (`mode=video`). */
  video: boolean;
  sort: Sort;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The filters in a URL; values the server would refuse are dropped rather than sent. */
export function filtersFrom(params: URLSearchParams): SearchFilters {
  const sort = params.get('sort');
  const availableOn = params.get('availableOn') ?? '';
  return {
    specialty: params.get('specialty') ?? '',
    q: params.get('q') ?? '',
    location: params.get('location') ?? '',
    availableOn: DAY.test(availableOn) ? availableOn : '',
    video: params.get('mode') === 'video',
    sort: sorts.find((known) => known === sort) ?? 'name',
  };
}

export function pageFrom(params: URLSearchParams): number {
  const page = Number(params.get('page'));
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

function trimmed(filters: Partial<SearchFilters>): DoctorSearch {
  return {
    specialty: filters.specialty?.trim(),
    q: filters.q?.trim(),
    location: filters.location?.trim(),
    availableOn: filters.availableOn,
    mode: filters.video ? 'video' : undefined,
    // Name is the default order: leaving it out keeps the URLs short.
    sort: filters.sort === 'name' ? undefined : filters.sort,
  };
}

/** The search page's path for these filters (empty ones left out). */
export function searchPath(filters: Partial<SearchFilters>, page = 1): string {
  return `/doctors${queryString({ ...trimmed(filters), page: page > 1 ? page : undefined })}`;
}

export function doctorSearch(filters: SearchFilters, page: number, limit: number): DoctorSearch {
  return { ...trimmed(filters), sort: filters.sort, page, limit };
}
