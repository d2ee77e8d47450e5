import type { DoctorListing } from '@/api/doctors';
import { DoctorCard } from './DoctorCard';

/** Doctors as a grid of cards, one list item each. */
export function DoctorList({ doctors }: { doctors: DoctorListing[] }) {
  return (
    <ul className="grid care-plain-list">
      {doctors.map((doctor) => (
        <li key={doctor._id}>
          <DoctorCard doctor={doctor} />
        </li>
      ))}
    </ul>
  );
}
