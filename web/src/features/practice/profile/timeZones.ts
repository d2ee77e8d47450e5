/**
 * The time zones a doctor may choose: every IANA zone this browser knows, plus UTC (which browsers
 * leave out of their list but the server accepts and gives new doctors by default) and the
 * doctor's current zone, so the select always shows it.
 */
export function timeZoneOptions(current: string): string[] {
  const zones = new Set(Intl.supportedValuesOf('timeZone'));
  zones.add('UTC');
  zones.add(current);
  return [...zones].sort();
}
