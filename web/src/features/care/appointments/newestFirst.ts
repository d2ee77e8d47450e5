import { appointmentsApi, type AppointmentPage, type AppointmentQuery } from '@/api/appointments';

/**
 * Page `page` of the appointments matching `query`, newest first. The server only sorts oldest
 * first, so this reads the total, then the one or two server pages that hold the wanted
 * stretch, and reverses it. `query` must select a fixed set (a fixed `to`) for the pages to agree.
 */
export async function newestFirst(query: AppointmentQuery, page: number, limit: number,
                                  signal?: AbortSignal): Promise<AppointmentPage> {
  const { total } = await appointmentsApi.list({ ...query, page: 1, limit: 1 }, signal);
  // The wanted stretch, as indices into the oldest-first order: [start, end).
  const end = total - (page - 1) * limit;
  const start = Math.max(0, end - limit);
  if (end <= 0) return { appointments: [], page, limit, total };
  const firstPage = Math.floor(start / limit) + 1;
  const lastPage = Math.floor((end - 1) / limit) + 1;
  const pages = await Promise.all(
    [...new Set([firstPage, lastPage])].map((serverPage) =>
      appointmentsApi.list({ ...query, page: serverPage, limit }, signal)),
  );
  const offset = (firstPage - 1) * limit;
  const appointments = pages.flatMap((serverPage) => serverPage.appointments)
    .slice(start - offset, end - offset)
    .reverse();
  return { appointments, page, limit, total };
}
