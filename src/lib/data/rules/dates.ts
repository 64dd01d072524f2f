/**
 * Dates: each names a real day of a plausible year at a precision it can have, an end comes after
 * its start, and an event's status and a source's publication agree with the timeline's asOf.
 */
import { dateValueProblem, wallSpan } from '$lib/time/dates';
import { DAY, MINUTE } from '$lib/time/durations';
import type { JsonPath } from '../json';
import {
	EventDate,
	PublicationDate,
	type DatePoint as DatePointData,
	type EventDate as EventDateData
} from '../schema';
import { isObject, objects, type Obj, type RuleContext } from './context';
import { checkZone } from './zones';
import { skippedBy } from '$lib/time/zone-math';

/** Years outside this range are almost surely typos (2502 for 2025). */
export const YEAR_MIN = 1800;
export const YEAR_MAX = 2200;
/** An event may start at most this many years after `asOf`. */
export const FUTURE_YEARS = 10;
/** Statuses that say the event has happened, so it cannot start after `asOf`. */
export const PAST_STATUSES: readonly string[] = ['occurred', 'reported', 'claimed', 'contested'];

/**
 * The day `asOf` on the wall clock (see wallSpan): dates are compared with it on their own local
 * calendar, so an event on 21 August in Moscow starts after an asOf of 20 August.
 */
export interface AsOf {
	day: string;
	first: number;
	next: number;
}

/** Why the year that `value` (YYYY…) starts with is implausible, or null. */
function yearProblem(value: string): string | null {
	const year = Number(value.slice(0, 4));
	if (year < YEAR_MIN || year > YEAR_MAX) {
		return `year ${year} is implausible; expected a year from ${YEAR_MIN} to ${YEAR_MAX}`;
	}
	return null;
}

/** Reports a point whose value has the wrong shape, names no real date, or an odd year. */
function checkPoint(ctx: RuleContext, path: JsonPath, p: DatePointData): boolean {
	const valueProblem = dateValueProblem(p);
	if (valueProblem) {
		ctx.report(
			[...path, 'value'],
			valueProblem.startsWith('"')
				? valueProblem
				: `"${p.value}" is not a real date (${valueProblem}); expected a date on the calendar`
		);
		return false;
	}
	if (p.precision === 'part-of-day' && !p.partOfDay) {
		ctx.report(
			[...path, 'partOfDay'],
			'is missing; expected night, morning, afternoon or evening with precision part-of-day'
		);
		return false;
	}
	if (p.precision !== 'part-of-day' && p.partOfDay) {
		ctx.report(
			[...path, 'partOfDay'],
			`is not allowed with precision ${p.precision}; expected no partOfDay, or precision part-of-day`
		);
		return false;
	}
	const year = yearProblem(p.value);
	if (year) {
		ctx.report([...path, 'value'], year);
		return false;
	}
	return true;
}

/** Checks a calendar day written as text (asOf, a note's date); returns it when usable. */
function checkDay(ctx: RuleContext, path: JsonPath, value: unknown): string | undefined {
	if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
	const problem = dateValueProblem({ value, precision: 'day' });
	if (problem) {
		ctx.report(path, `"${value}" is not a real date (${problem}); expected a date on the calendar`);
		return undefined;
	}
	const year = yearProblem(value);
	if (year) {
		ctx.report(path, year);
		return undefined;
	}
	return value;
}

/** Checks the timeline's asOf; returns its day when usable. */
export function checkAsOf(ctx: RuleContext, root: Obj): AsOf | undefined {
	const day = checkDay(ctx, ['asOf'], root.asOf);
	if (!day) return undefined;
	const { start, end } = wallSpan({ value: day, precision: 'day' });
	return { day, first: start, next: end };
}

/** Checks the days of the timeline's notes and of its import. */
export function checkNoteDates(ctx: RuleContext, root: Obj): void {
	for (const [note, path] of objects(root.notes, ['notes']))
		checkDay(ctx, [...path, 'date'], note.date);
	if (isObject(root.imported)) checkDay(ctx, ['imported', 'date'], root.imported.date);
}

/** Reports a source's publication date that is no real date, or that comes after asOf. */
export function checkPublished(
	ctx: RuleContext,
	source: Obj,
	path: JsonPath,
	asOf: AsOf | undefined
): void {
	const published = PublicationDate.safeParse(source.published);
	if (!published.success) return;
	const p = published.data;
	const pPath = [...path, 'published'];
	const zoneOk = p.zone === undefined || checkZone(ctx, [...pPath, 'zone'], p.zone);
	if (!checkPoint(ctx, pPath, p) || !zoneOk || !asOf) return;
	if (wallSpan(p).start >= asOf.next) {
		ctx.report(
			[...pPath, 'value'],
			`"${p.value}" is after asOf ${asOf.day}; expected a publication on or before asOf (or a later asOf)`
		);
	}
}

/**
 * Reports a time of day that the clocks of its zone never showed, skipped when they were put
 * forward: a typo, or a time read in the wrong zone. An hour is skipped when its last minute is.
 */
function skippedTime(ctx: RuleContext, path: JsonPath, p: DatePointData, zone: string): boolean {
	if (p.precision !== 'minute' && p.precision !== 'hour') return false;
	// the point's first minute, or an hour's last, read on its own wall clock
	const span = wallSpan(p);
	const wall = new Date(p.precision === 'hour' ? span.end - MINUTE : span.start);
	const change = skippedBy(
		zone,
		wall.getUTCFullYear(),
		wall.getUTCMonth(),
		wall.getUTCDate(),
		wall.getUTCHours(),
		wall.getUTCMinutes()
	);
	if (!change) return false;
	const clock = (ms: number) => new Date(ms).toISOString().slice(11, 16);
	ctx.report(
		path,
		`"${p.value}" was never on the clocks in ${zone}: they went from ${clock(change.at + change.before)} to ${clock(change.at + change.after)} that day; expected a time before or after the change (or check the zone)`
	);
	return true;
}

/** Checks an event's date; returns it when it is usable by the rules that compare dates. */
export function checkEventDate(
	ctx: RuleContext,
	path: JsonPath,
	raw: unknown
): EventDateData | undefined {
	const parsed = EventDate.safeParse(raw);
	if (!parsed.success) return undefined;
	const date = parsed.data;
	const zoneOk = checkZone(ctx, [...path, 'zone'], date.zone);
	const startOk = checkPoint(ctx, [...path, 'start'], date.start);
	const endOk = !date.end || checkPoint(ctx, [...path, 'end'], date.end);
	if (date.within && !date.end) {
		ctx.report(
			[...path, 'within'],
			'is true but the date has no end; expected an end, or no within'
		);
	}
	if (!zoneOk || !startOk || !endOk) return undefined;
	const skipped = [
		skippedTime(ctx, [...path, 'start', 'value'], date.start, date.zone),
		date.end && skippedTime(ctx, [...path, 'end', 'value'], date.end, date.zone)
	];
	if (skipped.some(Boolean)) return undefined;
	if (date.end) {
		// both ends are on one wall clock, so they compare without zone data
		if (wallSpan(date.end).end <= wallSpan(date.start).start) {
			ctx.report(
				[...path, 'end', 'value'],
				`"${date.end.value}" comes before the start "${date.start.value}"; expected an end at or after the start`
			);
			return undefined;
		}
	}
	return date;
}

/** Reports a start implausibly far after asOf, or a status that its date contradicts. */
export function checkStatus(
	ctx: RuleContext,
	event: Obj,
	path: JsonPath,
	date: EventDateData,
	asOf: AsOf
): void {
	const span = { start: wallSpan(date.start).start, end: wallSpan(date.end ?? date.start).end };
	const status = event.status;
	if (span.start >= asOf.next + FUTURE_YEARS * 365.25 * DAY) {
		ctx.report(
			[...path, 'date', 'start', 'value'],
			`"${date.start.value}" is more than ${FUTURE_YEARS} years after asOf ${asOf.day}; expected a plausible date (check the year)`
		);
	} else if (typeof status === 'string' && PAST_STATUSES.includes(status)) {
		if (span.start >= asOf.next) {
			ctx.report(
				[...path, 'status'],
				`"${status}" contradicts a start after asOf ${asOf.day}; expected scheduled or proposed for an event still to come (or a later asOf)`
			);
		}
	} else if (status === 'scheduled' && span.end <= asOf.first) {
		ctx.report(
			[...path, 'status'],
			`"scheduled" contradicts a date that had passed by asOf ${asOf.day}; expected occurred, did-not-happen or cancelled`
		);
	}
}
