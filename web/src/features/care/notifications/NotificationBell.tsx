// Placeholder until the notifications area lands.
export function NotificationBell() {
  return null;
}
