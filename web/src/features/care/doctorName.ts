/**
 * How patients call a practitioner: with their title when their specialty carries one ("Dr Jean
 * Dupré", a cardiologist), by name alone otherwise ("Hugo Laurent", a physiotherapist).
 */
export function doctorName(name: string, title: string | null): string {
  return title ? `${title} ${name}` : name;
}
