import type { Timeline } from '$lib/data/schema';
import { dateRangeText, dateText } from '$lib/time/calendar-words';
import { dateDays } from '$lib/time/headings';

/** A timeline's span in local days: the first event's first day to the last event's last day. */
export interface DaySpan {
	/** yyyy-MM-dd */
	first: string;
	last: string;
}

/** What the index page needs of a timeline, without its events. */
export interface TimelineSummary {
	id: string;
	title: string;
	summary: string;
	language: string;
	asOf: string;
	eventCount: number;
	span: DaySpan;
}

/**
 * The days the events cover, each on its own calendar where it happened: a last event on 31
 * October in Los Angeles ends the span on 31 October, though it is 1 November in UTC by then.
 */
export function timelineSpan(timeline: Pick<Timeline, 'events'>): DaySpan {
	let first = '';
	let last = '';
	for (const event of timeline.events) {
		const [a, b] = dateDays(event.date);
		// yyyy-MM-dd strings order as the dates do
		if (!first || a < first) first = a;
		if (!last || b > last) last = b;
	}
	return { first, last };
}

/** "16 Aug 2025 – 31 Oct 2025", or one day alone; '' for a timeline with no events. */
export function spanText({ first, last }: DaySpan): string {
	if (!first) return '';
	const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
	return first === last ? dateText(day(first)) : dateRangeText(day(first), day(last));
}

export function summarizeTimeline(timeline: Timeline): TimelineSummary {
	return {
		id: timeline.id,
		title: timeline.title,
		summary: timeline.summary,
		language: timeline.language,
		asOf: timeline.asOf,
		eventCount: timeline.events.length,
		span: timelineSpan(timeline)
	};
}
