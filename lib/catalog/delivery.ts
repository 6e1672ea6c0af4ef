/** Business days from `from`, skipping Saturdays and Sundays (public holidays are not modelled). */
export function addBusinessDays(from: Date, days: number): Date {
  const date = new Date(from.getTime());
  let left = days;
  while (left > 0) {
    date.setUTCDate(date.getUTCDate() + 1);
    const day = date.getUTCDay();
    if (day !== 0 && day !== 6) left--;
  }
  return date;
}

/** Standard delivery arrives 2 to 3 business days after an order placed now, when in stock online. */
export function deliveryWindow(now: Date): { earliest: Date; latest: Date } {
  return { earliest: addBusinessDays(now, 2), latest: addBusinessDays(now, 3) };
}
