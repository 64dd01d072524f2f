/**
 * English names of days and months, for dates shown in the browser: "Fri 15 Aug 2025",
 * "Friday 15 August 2025". A few fixed patterns do not need a formatting library in the page's
 * code; the build keeps date-fns for everything else. Every function reads the UTC fields of its
 * date, which callers use to carry a wall-clock date.
 */

/** Sunday first, as Date.getUTCDay() counts. */
export const WEEKDAYS = [
	'Sunday',
	'Monday',
	'Tuesday',
	'Wednesday',
	'Thursday',
	'Friday',
	'Saturday'
];
/** January first, as Date.getUTCMonth() counts. */
export const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

const year = (d: Date) => String(d.getUTCFullYear()).padStart(4, '0');
const weekday = (d: Date) => WEEKDAYS[d.getUTCDay()] ?? '';
const month = (d: Date) => MONTHS[d.getUTCMonth()] ?? '';

/** Two digits: "07". */
export const twoDigits = (n: number): string => String(n).padStart(2, '0');

/** "Fri 15 Aug 2025" */
export function shortDayText(d: Date): string {
	return `${weekday(d).slice(0, 3)} ${d.getUTCDate()} ${month(d).slice(0, 3)} ${year(d)}`;
}

/** "Friday 15 August 2025" */
export function longDayText(d: Date): string {
	return `${weekday(d)} ${d.getUTCDate()} ${month(d)} ${year(d)}`;
}

/** "15 Aug 2025" */
export function dateText(d: Date): string {
	return `${d.getUTCDate()} ${month(d).slice(0, 3)} ${year(d)}`;
}

/** "15 August 2025" */
export function longDateText(d: Date): string {
	return `${d.getUTCDate()} ${month(d)} ${year(d)}`;
}

/** "15 Aug" */
export function dayMonthText(d: Date): string {
	return `${d.getUTCDate()} ${month(d).slice(0, 3)}`;
}

/** "Aug" */
export function shortMonthName(d: Date): string {
	return month(d).slice(0, 3);
}

/** "Aug 2025" */
export function shortMonthText(d: Date): string {
	return `${month(d).slice(0, 3)} ${year(d)}`;
}

/** "August 2025" */
export function monthText(d: Date): string {
	return `${month(d)} ${year(d)}`;
}

/** "2025" */
export function yearText(d: Date): string {
	return year(d);
}

/** "11:26" */
export function clockText(d: Date): string {
	return `${twoDigits(d.getUTCHours())}:${twoDigits(d.getUTCMinutes())}`;
}
