import type { Timeline } from '$lib/data/schema';
import { eventSpan, type Span } from './dates';

/** What the index page needs of a timeline, without its events. */
export interface TimelineSummary {
	id: string;
	title: string;
	summary: string;
	language: string;
	asOf: string;
	eventCount: number;
	span: Span;
}

/** The real-time extent of all events: earliest start to latest end. */
export function timelineSpan(timeline: Timeline): Span {
	let start = Infinity;
	let end = -Infinity;
	for (const event of timeline.events) {
		const s = eventSpan(event.date);
		if (s.start < start) start = s.start;
		if (s.end > end) end = s.end;
	}
	return { start, end };
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
