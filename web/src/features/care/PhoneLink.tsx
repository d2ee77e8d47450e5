import { formatPhone } from '@/lib/phone';

/** A stored (E.164) number as people read it, which a phone dials when tapped. */
export function PhoneLink({ phone }: { phone: string }) {
  return <a href={`tel:${phone}`} className="care-phone">{formatPhone(phone)}</a>;
}
