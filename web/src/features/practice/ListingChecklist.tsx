import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Doctor } from '@/api/doctors';
import './practice.css';

type Step = 'specialty' | 'experience' | 'location' | 'price' | 'availability';

/** What the server requires before listing a doctor (see Doctor.listed in the API). */
function steps(doctor: Doctor): Array<{ step: Step; done: boolean; to: string }> {
  return [
    { step: 'specialty', done: doctor.specialty !== null, to: '/practice/profile' },
    { step: 'experience', done: doctor.experience !== null, to: '/practice/profile' },
    { step: 'location', done: doctor.location !== null, to: '/practice/profile' },
    { step: 'price', done: doctor.price !== null, to: '/practice/profile' },
    { step: 'availability', done: doctor.availability.length > 0, to: '/practice/hours' },
  ];
}

interface ListingChecklistProps {
  doctor: Doctor;
  /** The page showing the checklist, whose own steps need no link to it. */
  currentPage?: string;
}

/** Why patients cannot find an unlisted doctor yet, and where to fix each missing piece. */
export function ListingChecklist({ doctor, currentPage }: ListingChecklistProps) {
  const { t } = useTranslation('practice');
  return (
    <section className="alert alert-warning practice-checklist" aria-labelledby="practice-checklist-title">
      <h2 id="practice-checklist-title">{t('listing.notListedTitle')}</h2>
      <p>{t('listing.notListedIntro')}</p>
      <ul>
        {steps(doctor).map(({ step, done, to }) => (
          <li key={step} className={done ? 'practice-step-done' : 'practice-step-todo'}>
            <span className="practice-step-mark" aria-hidden="true">{done ? '✓' : '✗'}</span>
            <span>
              {done || to === currentPage ? t(`listing.steps.${step}`) : <Link to={to}>{t(`listing.steps.${step}`)}</Link>}{' '}
              <span className="practice-step-state">{done ? t('listing.done') : t('listing.todo')}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
