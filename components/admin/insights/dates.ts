/** A calendar date (`YYYY-MM-DD`) as a Date that formats to the same day in any time zone used. */
export const dateOf = (isoDate: string) => new Date(`${isoDate}T12:00:00Z`);
