import { describe, expect, it } from 'vitest';
import { withoutRoom, withWaiting } from './waitingPatients';

const camille = { teleconsultationId: 'room-1', patient: { _id: 'p1', name: 'Camille Durand' } };
const hugo = { teleconsultationId: 'room-2', patient: { _id: 'p2', name: 'Hugo Laurent' } };

describe('the patients waiting', () => {
  it('lists the latest arrival first, each room once', () => {
    const list = withWaiting(withWaiting([], camille), hugo);
    expect(list.map((entry) => entry.patient.name)).toEqual(['Hugo Laurent', 'Camille Durand']);
    expect(withWaiting(list, camille).map((entry) => entry.teleconsultationId)).toEqual(['room-1', 'room-2']);
  });

  it('drops a room’s patient once admitted or gone', () => {
    expect(withoutRoom([camille, hugo], 'room-1')).toEqual([hugo]);
    expect(withoutRoom([camille], 'room-3')).toEqual([camille]);
  });
});
