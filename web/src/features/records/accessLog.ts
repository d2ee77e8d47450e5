import i18n from '@/i18n';
import type { AccessLogAction } from '@/api/medicalRecords';

/**
 * What someone did, in the user's language ("Read a medical record"); the server's code for an
 * action this app does not know yet (a newer server).
 */
export function actionText(action: AccessLogAction | string): string {
  return i18n.t(`records:log.actions.${action}`, { defaultValue: action });
}
