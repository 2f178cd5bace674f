/**
 * Days from today to a dossier's deadline (an ISO date, YYYY-MM-DD), in
 * calendar days counted on local dates: 0 on the day itself, negative
 * once overdue. Null when the date cannot be read.
 */
export function daysLeft(
  deadline: string,
  today: Date = new Date(),
): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(deadline);
  if (match === null) return null;

  const [, y, m, d] = match.map(Number);
  const due = Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1);
  const now = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  return Math.round((due - now) / 86_400_000);
}

/** The translation key and params that describe the days left. */
export function deadlineLabel(days: number): {
  key: string;
  params: Record<string, number>;
} {
  if (days > 0) return { key: "deadline.daysLeft", params: { days } };
  if (days === 0) return { key: "deadline.today", params: {} };
  return { key: "deadline.overdue", params: { days: -days } };
}
