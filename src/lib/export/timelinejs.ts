/**
 * The timeline as TimelineJS3 JSON (its docs' "JSON format"), so a newsroom can show it in
 * TimelineJS or take it back to its own tools.
 *
 * - Dates keep their precision: a month-precision date gives a year and a month only, an hour an
 *   hour without minutes. TimelineJS has no week or part of the day: a week gives its Monday and a
 *   part of the day its day, and `display_date` says what the date really is, in our words, with
 *   its zone ("week of Mon 18 Aug 2025, Anchorage time (AKDT)"). TimelineJS has no zones either:
 *   its date fields are the wall-clock time where the event happened, as our data holds them.
 * - Each event's first side (affiliation) is its `group`, so the sides are TimelineJS's rows.
 *   TimelineJS strips markup from a group and from `display_date`: the group is escaped, so its
 *   text survives; the date in words is ours and holds no markup.
 * - `text` is HTML that TimelineJS renders: every value from the timeline is escaped, and the
 *   sources are links to their addresses, with a link back to the event's page here.
 * - `unique_id` is the event's id, so `#event-<id>` deep links match ours.
 */
import type { DatePoint, Timeline, TimelineEvent } from '$lib/data/schema';
import { sortByDate, wallSpan } from '$lib/time/dates';
import { formatEventDateWithZone } from '$lib/time/format';
import { citation, eventAffiliations, indexTimeline, type TimelineIndex } from './describe';
import { escapeHtml } from '$lib/html';
import { eventUrl, timelineUrl } from './urls';
import { m } from '$lib/i18n';

export interface TimelineJsDate {
	year: number;
	month?: number;
	day?: number;
	hour?: number;
	minute?: number;
}

export interface TimelineJsSlide {
	start_date?: TimelineJsDate;
	end_date?: TimelineJsDate;
	display_date?: string;
	text: { headline: string; text: string };
	group?: string;
	unique_id?: string;
	autolink?: boolean;
}

export interface TimelineJsFile {
	title: TimelineJsSlide;
	events: TimelineJsSlide[];
	scale: 'human';
}

/** The fields of a point that its precision fixes, and no finer. */
export function timelineJsDate(point: DatePoint): TimelineJsDate {
	// the span on the point's own wall clock, read back in UTC: the wall-clock fields
	const d = new Date(wallSpan(point).start);
	const date: TimelineJsDate = { year: d.getUTCFullYear() };
	if (point.precision === 'year') return date;
	date.month = d.getUTCMonth() + 1;
	if (point.precision === 'month') return date;
	date.day = d.getUTCDate();
	if (point.precision === 'hour' || point.precision === 'minute') date.hour = d.getUTCHours();
	if (point.precision === 'minute') date.minute = d.getUTCMinutes();
	return date;
}

const paragraph = (text: string) =>
	text
		.split(/\n{2,}/)
		.map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
		.join('');

function link(url: string, text: string): string {
	return `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>`;
}

function slide(
	event: TimelineEvent,
	timeline: Timeline,
	index: TimelineIndex,
	root: string
): TimelineJsSlide {
	const sides = eventAffiliations(event, index).map((id) => index.affiliations.get(id)?.name ?? id);
	const cited = [...new Set(event.evidence.map((e) => e.source))].map((id) => {
		const source = index.sources.get(id);
		if (!source) return escapeHtml(id);
		return source.url ? link(source.url, citation(source)) : escapeHtml(citation(source));
	});
	const text = [
		paragraph(event.summary),
		sides.length > 1 ? `<p>${escapeHtml(m.export_tjs_sides({ sides: sides.join(', ') }))}</p>` : '',
		// the citations are HTML already: the message's own words have nothing to escape
		cited.length ? `<p>${m.export_tjs_sources({ sources: cited.join('; ') })}</p>` : '',
		`<p>${link(eventUrl(root, timeline.id, event.id), m.export_tjs_event_link())}</p>`
	].join('');
	return {
		start_date: timelineJsDate(event.date.start),
		...(event.date.end ? { end_date: timelineJsDate(event.date.end) } : {}),
		display_date: formatEventDateWithZone(event.date),
		text: { headline: escapeHtml(event.title), text },
		// TimelineJS reads a group as HTML and keeps its text
		...(sides[0] ? { group: escapeHtml(sides[0]) } : {}),
		unique_id: event.id,
		// the text's links are written out already; autolinking would only touch the summary's words
		autolink: false
	};
}

/** An imported timeline says so, as its pages do. */
function importedNote({ imported }: Timeline): string {
	if (!imported) return '';
	const { from, file, date } = imported;
	return `<p>${escapeHtml(m.export_tjs_imported({ file, from, date }))}</p>`;
}

export interface TimelineJsOptions {
	timeline: Timeline;
	/** the site's published root: SITE_ROOT from $lib/server/site */
	root: string;
}

/** The TimelineJS3 configuration of the timeline, events in date order. */
export function toTimelineJs({ timeline, root }: TimelineJsOptions): TimelineJsFile {
	const index = indexTimeline(timeline);
	return {
		title: {
			text: {
				headline: escapeHtml(timeline.title),
				text: `${paragraph(timeline.summary)}${importedNote(timeline)}<p>${link(timelineUrl(root, timeline.id), m.export_tjs_timeline_link())}</p>`
			},
			unique_id: `${timeline.id}-title`,
			autolink: false
		},
		events: sortByDate(timeline.events).map((e) => slide(e, timeline, index, root)),
		scale: 'human'
	};
}

/** The file: tab-indented JSON with a final newline. */
export function buildTimelineJs(options: TimelineJsOptions): string {
	return `${JSON.stringify(toTimelineJs(options), null, '\t')}\n`;
}
