// The event socket's text frames, `{"type": …, "data": {…}}` (docs/api/openapi.yaml, EventFrame),
// checked before the app acts on them: a frame of a type this app does not know (a newer server)
// or of the wrong shape is dropped, never half-applied to the cache.
import type { EventFrame, EventType } from '@/api/events';

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const strings = (data: Fields, ...names: string[]) => names.every((name) => typeof data[name] === 'string');

/** Per type, what its `data` must have for the app to use it. */
const dataChecks: Record<EventType, (data: Fields) => boolean> = {
  'message.created': (data) =>
    strings(data, '_id', 'senderId', 'receiverId', 'content', 'timestamp') && typeof data.read === 'boolean',
  'message.read': (data) =>
    strings(data, 'readerId', 'senderId', 'readAt') &&
    Array.isArray(data.messageIds) && data.messageIds.every((id) => typeof id === 'string'),
  'notification.created': (data) => strings(data, '_id', 'userId', 'type'),
  'appointment.updated': (data) => strings(data, '_id', 'patientId', 'doctorId', 'status', 'appointmentDate'),
};

const isEventType = (type: unknown): type is EventType => typeof type === 'string' && Object.hasOwn(dataChecks, type);

/** The frame a socket message carries, or null when it is not one this app can use. */
export function parseEventFrame(text: string): EventFrame | null {
  let frame: unknown;
  try {
    frame = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(frame) || !isEventType(frame.type) || !isObject(frame.data)) return null;
  return dataChecks[frame.type](frame.data) ? (frame as unknown as EventFrame) : null;
}
