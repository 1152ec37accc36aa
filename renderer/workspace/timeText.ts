/** A revision's time as people read it in a list: the time alone today, with the date otherwise. */
export function revisionTimeText(at: number, now: number = Date.now()): string {
  const when = new Date(at);
  const sameDay = new Date(now).toDateString() === when.toDateString();
  const time = when.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  if (sameDay) return time;
  const date = when.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
  return `${date}, ${time}`;
}
