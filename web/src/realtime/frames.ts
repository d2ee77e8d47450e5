// The event socket's text frames, `{"type": …, "data": {…}}` (docs/api/openapi.yaml, EventFrame),
// checked before the app acts on them: a frame of a type this app does not know (a newer server)
// or of the wrong shape is dropped, never half-applied to the cache.
import type { EventFrame, EventType } from '@/api/events';

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const strings = (data: Fields, ...names: string[]) => names.every((name) => typeof data[name] === 'string');
const booleans = (data: Fields, ...names: string[]) => names.every((name) => typeof data[name] === 'boolean');
const roles = new Set(['patient', 'doctor']);
const isRole = (value: unknown) => typeof value === 'string' && roles.has(value);

/** Per type, what its `data` must have for the app to use it. */
const dataChecks: Record<EventType, (data: Fields) => boolean> = {
  'message.created': (data) =>
    strings(data, '_id', 'senderId', 'receiverId', 'content', 'timestamp') && typeof data.read === 'boolean',
  'message.read': (data) =>
    strings(data, 'readerId', 'senderId', 'readAt') &&
    Array.isArray(data.messageIds) && data.messageIds.every((id) => typeof id === 'string'),
  'notification.created': (data) => strings(data, '_id', 'userId', 'type'),
  'appointment.updated': (data) => strings(data, '_id', 'patientId', 'doctorId', 'status', 'appointmentDate'),
  'teleconsultation.updated': (data) => strings(data, 'teleconsultationId'),
  // A video room's frames (features/visit), each naming its room.
  'room.joined': (data) =>
    strings(data, 'teleconsultationId', 'socketId') && isRole(data.role) &&
    booleans(data, 'admitted', 'peerPresent', 'patientWaiting'),
  'room.refused': (data) =>
    strings(data, 'teleconsultationId', 'reason') && (data.opensAt === undefined || typeof data.opensAt === 'string'),
  'room.waiting': (data) =>
    strings(data, 'teleconsultationId') && isObject(data.patient) && strings(data.patient, '_id', 'name'),
  'room.admit': (data) => strings(data, 'teleconsultationId'),
  'room.join': (data) => strings(data, 'teleconsultationId', 'userId') && isRole(data.role),
  'room.leave': (data) => strings(data, 'teleconsultationId', 'userId') && isRole(data.role),
  'room.replaced': (data) => strings(data, 'teleconsultationId', 'socketId'),
  // Relayed signalling names the tab it is for (`to`, its room.joined's socketId).
  'rtc.offer': (data) => strings(data, 'teleconsultationId', 'from', 'to', 'sdp'),
  'rtc.answer': (data) => strings(data, 'teleconsultationId', 'from', 'to', 'sdp'),
  'rtc.ice': (data) =>
    strings(data, 'teleconsultationId', 'from', 'to') &&
    (data.candidate === null || (isObject(data.candidate) && strings(data.candidate, 'candidate'))),
  'error': (data) => strings(data, 'code'),
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
