/**
 * TimelineJS dates into ours, at the precision they were written: a year alone is a year, a month
 * and year a month, a day a day, an hour without minutes an hour, a time with minutes a minute.
 * TimelineJS knows no time zone (it draws in the reader's own); the importer reads every date in
 * one zone it is given, and says so in each date's basis.
 */
import type { DatePoint } from '../data/schema';
import { YEAR_MAX, YEAR_MIN } from '../data/rules';
import { MONTHS, twoDigits as two } from '$lib/time/calendar-words';
import { dateValueProblem } from '$lib/time/dates';
import type { DateIn, Field } from './read';

export interface ClockTime {
	hour: number;
	minute?: number;
	second?: number;
	millisecond?: number;
}

/**
 * A time as TimelineJS's spreadsheet reads it (DateUtil.parseTime): `22:00`, `10:00 PM`,
 * `10 p.m.`, `2200`, `10.30`, `22:00:15`, `22:00:15.5`. Returns the parts, or why it is not a time.
 */
export function parseClock(text: string): ClockTime | string {
	let rest = text.trim();
	let period: 'a' | 'p' | undefined;
	const suffix = /\s*([AaPp])\.?\s*[Mm]\.?$/.exec(rest);
	if (suffix) {
		period = suffix[1]?.toLowerCase() as 'a' | 'p';
		rest = rest.slice(0, suffix.index).trim();
	}
	let parts: string[];
	const compact = /^(\d{1,2})(\d{2})$/.exec(rest);
	if (compact) parts = [compact[1] ?? '', compact[2] ?? ''];
	else {
		parts = rest.split(':');
		if (parts.length === 1) parts = rest.split('.');
	}
	const expected =
		'expected a time such as 22:00, 10:00 PM, 10 p.m. or 2200 (seconds are allowed: 22:00:15)';
	if (!rest || parts.length > 3) return `"${text}" is not a time; ${expected}`;
	let fraction: string | undefined;
	if (parts.length === 3) {
		const [s, f, ...more] = (parts[2] ?? '').split(/[.,]/);
		if (more.length) return `"${text}" is not a time; ${expected}`;
		parts[2] = s ?? '';
		fraction = f;
	}
	if (!parts.every((p, i) => (i === 0 ? /^\d{1,2}$/ : /^\d{2}$/).test(p))) {
		return `"${text}" is not a time; ${expected}`;
	}
	if (fraction !== undefined && !/^\d+$/.test(fraction)) {
		return `"${text}" is not a time; ${expected}`;
	}
	let hour = Number(parts[0]);
	if (period) {
		if (hour < 1 || hour > 12) {
			return `"${text}" is not a time: hour ${hour} does not exist before AM or PM; expected 1 to 12`;
		}
		if (period === 'p' && hour !== 12) hour += 12;
		if (period === 'a' && hour === 12) hour = 0;
	}
	if (hour > 23) return `"${text}" is not a time: hour ${hour} does not exist; expected 0 to 23`;
	const out: ClockTime = { hour };
	if (parts[1] !== undefined) out.minute = Number(parts[1]);
	if (parts[2] !== undefined) out.second = Number(parts[2]);
	if (fraction !== undefined) out.millisecond = Number(`0.${fraction}`) * 1000;
	if ((out.minute ?? 0) > 59) {
		return `"${text}" is not a time: minute ${out.minute} does not exist; expected 0 to 59`;
	}
	if ((out.second ?? 0) > 59) {
		return `"${text}" is not a time: second ${out.second} does not exist; expected 0 to 59`;
	}
	return out;
}

/** A problem with one field of a date. */
export interface DateProblem {
	at: Field;
	message: string;
}

export interface DateRead {
	point?: DatePoint;
	/** the fields that fixed the date, for the report */
	used: Field[];
	/** seconds or milliseconds that a minute cannot hold */
	dropped: Field[];
	problems: DateProblem[];
}

/** A whole number as TimelineJS's spreadsheet reads one: spaces and thousands commas ignored. */
function whole(field: Field): number | string {
	const cleaned = field.value.replace(/[\s,]+/g, '');
	if (!/^[-+]?\d+$/.test(cleaned)) {
		return `"${field.value}" is not a whole number; expected digits, such as ${field.field.endsWith('ear') || /year/i.test(field.field) ? '2025' : '8'}`;
	}
	return Number(cleaned);
}

/**
 * Reads one TimelineJS date. An empty date (no field at all) gives no point and no problem; any
 * other date needs a year, and each finer part needs the coarser ones.
 */
export function readDate(date: DateIn | undefined, label: string): DateRead {
	const out: DateRead = { used: [], dropped: [], problems: [] };
	if (!date) return out;
	const parts = [date.year, date.month, date.day, date.hour, date.minute, date.time];
	const given = parts.filter((p): p is Field => !!p);
	const extra = [date.second, date.millisecond].filter((p): p is Field => !!p);
	if (!given.length) {
		if (extra[0]) out.problems.push({ at: extra[0], message: `is given without a ${label} year` });
		return out;
	}
	const fail = (at: Field, message: string) => {
		out.problems.push({ at, message });
		return out;
	};
	let bad = false;
	const num = (field: Field | undefined): number | undefined => {
		if (!field) return undefined;
		const n = whole(field);
		if (typeof n === 'string') {
			out.problems.push({ at: field, message: n });
			bad = true;
			return undefined;
		}
		return n;
	};
	const year = num(date.year);
	const month = num(date.month);
	const day = num(date.day);
	let hour = num(date.hour);
	let minute = num(date.minute);
	const second = num(date.second);
	const milli = num(date.millisecond);
	if (bad) return out;

	if (date.time) {
		const clock = parseClock(date.time.value);
		if (typeof clock === 'string') return fail(date.time, clock);
		hour = clock.hour;
		minute = clock.minute;
		if (clock.second || clock.millisecond) out.dropped.push(date.time);
	}
	if (typeof second === 'number' && second !== 0 && date.second) out.dropped.push(date.second);
	if (typeof milli === 'number' && milli !== 0 && date.millisecond)
		out.dropped.push(date.millisecond);

	const first = given[0] as Field;
	if (year === undefined) {
		return fail(first, `is given without a year; expected a ${label} year as well`);
	}
	const yearField = date.year as Field;
	if (year < YEAR_MIN || year > YEAR_MAX) {
		const era = year <= 0 ? ` (${year === 0 ? 1 : -year} BCE)` : '';
		return fail(
			yearField,
			`year ${year}${era} is outside the years this project's dates hold; expected a year from ${YEAR_MIN} to ${YEAR_MAX}`
		);
	}
	const timeField = date.time ?? date.hour ?? date.minute;
	if (month === undefined) {
		if (day !== undefined)
			return fail(date.day as Field, 'is given without a month; expected a month as well');
		if (timeField)
			return fail(timeField, 'is a time without a month and day; expected a day for a time');
		out.used.push(yearField);
		out.point = { value: String(year), precision: 'year' };
		return out;
	}
	const monthField = date.month as Field;
	if (month < 1 || month > 12) {
		return fail(monthField, `month ${month} does not exist; expected 1 to 12`);
	}
	if (day === undefined) {
		if (timeField) return fail(timeField, 'is a time without a day; expected a day for a time');
		out.used.push(yearField, monthField);
		out.point = { value: `${year}-${two(month)}`, precision: 'month' };
		return out;
	}
	const dayField = date.day as Field;
	const dayValue = `${year}-${two(month)}-${two(day)}`;
	const problem = dateValueProblem({ value: dayValue, precision: 'day' });
	if (problem || day < 1) {
		const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
		return fail(
			dayField,
			`${day} ${MONTHS[month - 1]} ${year} does not exist; expected a day from 1 to ${days}`
		);
	}
	out.used.push(yearField, monthField, dayField);
	if (hour === undefined) {
		if (minute !== undefined) {
			return fail(date.minute as Field, 'is given without an hour; expected an hour as well');
		}
		out.point = { value: dayValue, precision: 'day' };
		return out;
	}
	if (hour < 0 || hour > 23) {
		return fail(date.hour as Field, `hour ${hour} does not exist; expected 0 to 23`);
	}
	if (minute !== undefined && (minute < 0 || minute > 59)) {
		return fail(date.minute as Field, `minute ${minute} does not exist; expected 0 to 59`);
	}
	if (date.time) out.used.push(date.time);
	else out.used.push(...[date.hour, date.minute].filter((f): f is Field => !!f));
	out.point =
		minute === undefined
			? { value: `${dayValue}T${two(hour)}`, precision: 'hour' }
			: { value: `${dayValue}T${two(hour)}:${two(minute)}`, precision: 'minute' };
	return out;
}
