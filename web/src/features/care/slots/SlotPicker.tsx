import { useId, useRef, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/api/client';
import type { DoctorListing } from '@/api/doctors';
import { careKeys } from '../queryKeys';
import { SlotCalendar } from './SlotCalendar';
import { useChosenSlot } from './useChosenSlot';
import '../care.css';

export interface SlotStepControls {
  /** Back to the calendar, to choose another time. */
  back: () => void;
  /** The server says the slot is gone: back to a refreshed calendar, saying so. */
  slotTaken: () => void;
}

/** Whether the server refused a slot because it is no longer free: a case for `slotTaken`. */
export function isSlotGone(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'slot_unavailable';
}

interface SlotPickerProps {
  doctor: DoctorListing;
  title: string;
  /** Whether the user may pick a time; if not, the times are only shown. */
  canChoose: boolean;
  /** Shown above the calendar, like why the times cannot be picked. */
  notice?: ReactNode;
  /** What follows the choice of a slot: a confirmation step for `start`. */
  renderStep: (start: string, controls: SlotStepControls) => ReactNode;
  /** An instant whose week the calendar opens on; else this week. */
  opensOn?: string;
  /** The visit reason the slots are for (see SlotCalendar). */
  reasonId?: string;
}

/** The calendar of free slots, then the step that confirms the chosen one (booking or moving). */
export function SlotPicker({ doctor, title, canChoose, notice, renderStep, opensOn, reasonId }: SlotPickerProps) {
  const { t } = useTranslation('care');
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const queryClient = useQueryClient();
  const [chosen, choose] = useChosenSlot();
  const [slotTaken, setSlotTaken] = useState(false);

  // The step disappears with the focus in it: put the focus back at the start of the section.
  const backToCalendar = (taken: boolean) => {
    setSlotTaken(taken);
    choose(null);
    heading.current?.focus();
  };
  const controls: SlotStepControls = {
    back: () => backToCalendar(false),
    slotTaken: () => {
      void queryClient.invalidateQueries({ queryKey: careKeys.doctor(doctor._id) });
      backToCalendar(true);
    },
  };

  return (
    <section className="card care-section" id="availability" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>{title}</h2>
      {chosen ? (
        renderStep(chosen, controls)
      ) : (
        <>
          {slotTaken && (
            <div className="alert alert-warning" role="alert">
              <p>{t('slots.taken')}</p>
            </div>
          )}
          {notice}
          <SlotCalendar doctor={doctor} opensOn={opensOn} reasonId={reasonId} onChoose={canChoose ? (slot) => {
            setSlotTaken(false);
            choose(slot.start);
          } : undefined} />
        </>
      )}
    </section>
  );
}
