/** Helpers for the export specs: the fixture timeline, and small timelines built in a line. */
import { readFileSync } from 'node:fs';
import type { DatePoint, EventDate, Timeline, TimelineEvent } from '$lib/data/schema';
import { validateTimelineText } from '$lib/data/validate';

/** The 28-event fixture in fixtures/timelines, validated. */
export function fixtureTimeline(): Timeline {
	const file = 'fixtures/timelines/alaska-summit-2025.json';
	const { timeline, problems } = validateTimelineText(readFileSync(file, 'utf8'), file);
	if (!timeline) throw new Error(`the fixture is invalid: ${JSON.stringify(problems)}`);
	return timeline;
}

export const point = (
	value: string,
	precision: DatePoint['precision'],
	extra: Partial<DatePoint> = {}
): DatePoint => ({ value, precision, ...extra });

export const date = (start: DatePoint, extra: Partial<EventDate> = {}): EventDate => ({
	start,
	zone: 'America/Anchorage',
	basis: 'test',
	...extra
});

/** A one-source, two-actor timeline around the given events (each needs only id and date). */
export function tinyTimeline(
	events: (Partial<TimelineEvent> & Pick<TimelineEvent, 'id' | 'date'>)[]
): Timeline {
	return {
		id: 'tiny',
		title: 'Tiny timeline',
		summary: 'For tests.',
		language: 'en',
		asOf: '2025-10-31',
		mainSource: 'src',
		sources: [
			{
				id: 'src',
				publisher: 'Newsmax',
				title: 'A title, with a comma',
				url: 'https://example.org/a',
				published: { value: '2025-08-16', precision: 'day' }
			}
		],
		affiliations: [
			{ id: 'us', name: 'United States', kind: 'state' },
			{ id: 'ru', name: 'Russia', kind: 'state' }
		],
		actors: [
			{ id: 'trump', name: 'Donald Trump', kind: 'person', affiliation: 'us', zone: 'UTC' },
			{ id: 'putin', name: 'Vladimir Putin', kind: 'person', affiliation: 'ru', zone: 'UTC' }
		],
		places: [],
		notes: [],
		events: events.map((e) => ({
			title: `Event ${e.id}`,
			kind: 'meeting',
			summary: 'Summary.',
			status: 'occurred',
			participants: [{ actor: 'trump', role: 'host' }],
			evidence: [{ source: 'src', quote: 'A quote.' }],
			attribution: [],
			claims: [],
			links: [],
			aliases: [],
			inSource: true,
			...e
		}))
	};
}

/** One event backed by a quote and by a citation without one, with a locator and a note. */
export function citedTimeline(): Timeline {
	return tinyTimeline([
		{
			id: 'e',
			date: date(point('2025-08-18', 'day')),
			evidence: [
				{ source: 'src', quote: 'The talks were useful.' },
				{ source: 'src', locator: 'paragraph 3', note: 'no words recorded' }
			]
		}
	]);
}
