/** A thread's time as mail lists show it: the time today, the day this year, the date before. */
export function listTime(iso: string, locale: string, now = new Date()): string {
  const at = new Date(iso);
  if (at.toDateString() === now.toDateString()) {
    return at.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
  }
  if (at.getFullYear() === now.getFullYear()) {
    return at.toLocaleDateString(locale, { month: 'short', day: 'numeric' });
  }
  return at.toLocaleDateString(locale, { year: 'numeric', month: 'numeric', day: 'numeric' });
}

/** Who is in a thread, by first name where one is known: "Li Lei, Han Meimei (3)". */
export function participantsText(participants: { address: string; name?: string | null }[], count: number): string {
  const names = participants.map((person) => person.name || person.address.split('@')[0]);
  const text = [...new Set(names)].slice(0, 3).join(', ');
  return count > 1 ? `${text} (${count})` : text;
}
