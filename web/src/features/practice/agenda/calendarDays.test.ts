import { describe, expect, it } from 'vitest';
import type { Appointment } from '@/api/appointments';
import type { AvailabilityWindow, TimeOff } from '@/api/doctors';
import { calendarDays, spanOnDay, type CalendarSource } from './calendarDays';

const zone = 'Europe/Paris';
const monday = '2026-11-30';
const tuesday = '2026-12-01';

function appointment(id: string, start: string, end: string, status: Appointment['status'] = 'confirmed'): Appointment {
  return {
    _id: id, patientId: `patient-${id}`, doctorId: 'doctor', patientName: 'Camille Durand', patientPhone: '+33612345678',
    doctorName: 'Hélène Durand',
    doctorTitle: 'Dr', appointmentDate: start, endDate: end, durationMinutes: 30, reasonId: null, reasonName: null,
    mode: 'inPerson', changeableUntil: start, practiceAddress: null, practicePhone: null, status, notes: '',
    cancelReason: null, canceledBy: status === 'canceled' ? 'patient' : null, createdAt: start, updatedAt: start,
  };
}

function timeOff(id: string, start: string, end: string): TimeOff {
  return { _id: id, start, end, reason: 'Congrès', bookings: [], createdAt: start };
}

const hours: AvailabilityWindow[] = [
  { day: 'tuesday', startTime: '14:00', endTime: '18:00' },
  { day: 'tuesday', startTime: '08:00', endTime: '12:00' },
];

function source(changes: Partial<CalendarSource>): CalendarSource {
  return { days: [tuesday], timeZone: zone, availability: hours, appointments: [], timeOff: [], slots: [], ...changes };
}

describe('spanOnDay', () => {
  it('reads instants on the doctor’s wall clock', () => {
    expect(spanOnDay(tuesday, zone)('2026-12-01T08:00:00.000Z', '2026-12-01T08:45:00.000Z'))
      .toEqual({ start: 9 * 60, end: 9 * 60 + 45 });
  });

  it('cuts a period to the day, and finds nothing on another day', () => {
    // Sunday noon to Tuesday 10:00 in Paris.
    const start = '2026-11-29T11:00:00.000Z';
    const end = '2026-12-01T09:00:00.000Z';
    expect(spanOnDay(monday, zone)(start, end)).toEqual({ start: 0, end: 24 * 60 });
    expect(spanOnDay(tuesday, zone)(start, end)).toEqual({ start: 0, end: 10 * 60 });
    expect(spanOnDay('2026-12-02', zone)(start, end)).toBeNull();
  });
});

describe('calendarDays', () => {
  it('gives each day its weekday’s working hours in order', () => {
    const [monday_, tuesday_] = calendarDays(source({ days: [monday, tuesday] }));
    expect(monday_?.windows).toEqual([]);
    expect(tuesday_?.windows).toEqual([{ start: 8 * 60, end: 12 * 60 }, { start: 14 * 60, end: 18 * 60 }]);
  });

  it('puts bookings of any status and free slots in start order', () => {
    const [day] = calendarDays(source({
      appointments: [
        appointment('late', '2026-12-01T14:00:00.000Z', '2026-12-01T14:30:00.000Z'),
        appointment('early', '2026-12-01T07:30:00.000Z', '2026-12-01T08:00:00.000Z', 'canceled'),
      ],
      slots: [{ start: '2026-12-01T08:00:00.000Z', end: '2026-12-01T08:30:00.000Z', local: '2026-12-01T09:00' }],
    }));
    expect(day?.entries.map((entry) => [entry.kind, entry.start, entry.end]))
      .toEqual([['booking', 8 * 60 + 30, 9 * 60], ['free', 9 * 60, 9 * 60 + 30], ['booking', 15 * 60, 15 * 60 + 30]]);
  });

  it('marks a day off when time off covers all its working hours, and counts the bookings left in it', () => {
    const [day] = calendarDays(source({
      // Tuesday 08:00 to 18:00 in Paris, in two pieces.
      timeOff: [timeOff('afternoon', '2026-12-01T11:00:00.000Z', '2026-12-01T17:00:00.000Z'),
                timeOff('morning', '2026-12-01T07:00:00.000Z', '2026-12-01T11:00:00.000Z')],
      appointments: [
        appointment('kept', '2026-12-01T08:00:00.000Z', '2026-12-01T08:30:00.000Z'),
        appointment('canceled', '2026-12-01T09:00:00.000Z', '2026-12-01T09:30:00.000Z', 'canceled'),
        appointment('across', '2026-12-01T10:45:00.000Z', '2026-12-01T11:15:00.000Z'),
      ],
    }));
    expect(day?.off).toBe(true);
    expect(day?.timeOff.map((period) => [period.timeOff._id, period.start, period.end,
                                         period.bookings.map((booking) => booking._id)]))
      .toEqual([['morning', 8 * 60, 12 * 60, ['kept', 'across']], ['afternoon', 12 * 60, 18 * 60, ['across']]]);
  });

  it('does not call a day off when working hours remain', () => {
    const [day] = calendarDays(source({
      timeOff: [timeOff('morning', '2026-12-01T07:00:00.000Z', '2026-12-01T11:00:00.000Z')],
    }));
    expect(day?.off).toBe(false);
    expect(day?.timeOff).toHaveLength(1);
  });

  it('calls a day without working hours off only when time off covers all of it', () => {
    const holiday = timeOff('holiday', '2026-11-29T23:00:00.000Z', '2026-12-01T23:00:00.000Z');
    const evening = timeOff('evening', '2026-11-30T17:00:00.000Z', '2026-11-30T21:00:00.000Z');
    expect(calendarDays(source({ days: [monday], timeOff: [holiday] }))[0]?.off).toBe(true);
    expect(calendarDays(source({ days: [monday], timeOff: [evening] }))[0]?.off).toBe(false);
    expect(calendarDays(source({ days: [monday] }))[0]?.off).toBe(false);
  });
});
