// ISO 8601 dates and date-times as the API accepts them: `2022-01-06`, `2022-01-06T10:00`,
// `2022-01-06T10:00:00.5Z`, `2022-01-06 10:00:00+01:00`. A date must exist on the calendar: year 1
// or later, a month from 1 to 12, a day the month has (29 February only in leap years), hours up to
// 23, minutes and seconds up to 59 and an offset up to 14 hours. `Date.parse` alone is not enough:
// it rolls 2022-02-30 over to 2 March.
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):?(\d{2}))?)?$/;

/** True when `value` is an ISO 8601 date or date-time of a real calendar day and time. */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (m === null) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return false;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59)) return false;
  if (m[8] !== undefined && (Number(m[8]) > 14 || Number(m[9]) > 59)) return false;
  return true;
}

function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
