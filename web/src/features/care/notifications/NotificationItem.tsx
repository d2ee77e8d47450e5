import { useId, useRef } from 'react';
import { Link } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { notificationsApi, type Notification, type NotificationType } from '@/api/notifications';
import { browserTimeZone, formatDateTime } from '@/lib/time';
import { ErrorAlert } from '@/ui/ErrorAlert';
import { careKeys } from '../queryKeys';
import '../care.css';

const titleKeys = {
  appointmentConfirmation: 'notifications.types.confirmation',
  appointmentReminder: 'notifications.types.reminder',
  appointmentCancellation: 'notifications.types.cancellation',
  appointmentRescheduled: 'notifications.types.rescheduled',
  prescriptionIssued: 'notifications.types.prescriptionIssued',
  prescriptionUpdated: 'notifications.types.prescriptionUpdated',
  documentAdded: 'notifications.types.documentAdded',
} as const satisfies Record<NotificationType, string>;

interface NotificationItemProps {
  notification: Notification;
  /** Patients get a link to their appointments (doctors have their agenda). */
  linkToAppointments: boolean;
}

export function NotificationItem({ notification, linkToAppointments }: NotificationItemProps) {
  const { t } = useTranslation('care');
  const headingId = useId();
  const messageId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const queryClient = useQueryClient();
  const markRead = useMutation({
    mutationFn: () => notificationsApi.markRead(notification._id),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: careKeys.notifications });
      // The button goes away once read: keep the focus on this notification.
      heading.current?.focus();
    },
  });
  const unread = !notification.read;
  return (
    <article className={unread ? 'care-notification care-notification-unread' : 'care-notification'}
             aria-labelledby={headingId}>
      <div className="care-notification-head">
        <h2 id={headingId} ref={heading} tabIndex={-1}>{t(titleKeys[notification.type])}</h2>
        {unread && <span className="badge">{t('notifications.unread')}</span>}
      </div>
      {/* The server writes messages in English. */}
      <p id={messageId} lang="en">{notification.message}</p>
      <p className="care-muted">
        <time dateTime={notification.createdAt}>
          {formatDateTime(notification.createdAt, browserTimeZone(), { dateStyle: 'medium', timeStyle: 'short' })}
        </time>
      </p>
      {(unread || linkToAppointments) && (
        <div className="care-actions">
          {unread && (
            <button type="button" className="button button-secondary button-small" aria-describedby={messageId}
                    disabled={markRead.isPending} onClick={() => markRead.mutate()}>
              {t('notifications.markRead')}
            </button>
          )}
          {linkToAppointments && notification.appointmentId && (
            <Link to="/appointments">{t('notifications.seeAppointments')}</Link>
          )}
          <ErrorAlert error={markRead.error} />
        </div>
      )}
    </article>
  );
}
