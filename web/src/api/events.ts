import { api } from './client';
import type { components } from './schema';

type Schemas = components['schemas'];

/** A text frame of the event socket: what happened and the document it concerns. */
export type EventFrame = Schemas['EventFrame'];
export type EventType = EventFrame['type'];
/** The `data` of the frames of one type. */
export type EventData<T extends EventType> = Extract<EventFrame, { type: T }>['data'];
/** A text frame the app sends on the event socket: a video room's message or its call's signalling. */
export type ClientFrame = Schemas['ClientFrame'];

export const eventsApi = {
  /** A single-use ticket, valid 30 s, to open the event socket (browsers put no bearer token on a WebSocket). */
  ticket: () => api.post<Schemas['EventTicket']>('/events/ticket'),
};
