import { describe, expect, it } from 'vitest';
import { sortByDate } from '$lib/time/dates';
import { formatEventDateWithZone } from '$lib/time/format';
import { date, fixtureTimeline, point, tinyTimeline } from './test-timeline';
import { escapeHtml } from '$lib/html';
import { buildTimelineJs, timelineJsDate, toTimelineJs } from './timelinejs';

const ROOT = 'https://example.org/site';

describe('timelineJsDate()', () => {
	it.each([
		['year', point('2025', 'year'), { year: 2025 }],
		['month', point('2025-08', 'month'), { year: 2025, month: 8 }],
		['week: its Monday', point('2025-W34', 'week'), { year: 2025, month: 8, day: 18 }],
		['day', point('2025-08-15', 'day'), { year: 2025, month: 8, day: 15 }],
		[
			'part of the day: its day',
			point('2025-08-16', 'part-of-day', { partOfDay: 'morning' }),
			{ year: 2025, month: 8, day: 16 }
		],
		['hour', point('2025-08-15T11', 'hour'), { year: 2025, month: 8, day: 15, hour: 11 }],
		[
			'minute',
			point('2025-08-15T11:26', 'minute'),
			{ year: 2025, month: 8, day: 15, hour: 11, minute: 26 }
		]
	])('%s', (_, p, expected) => {
		expect(timelineJsDate(p)).toEqual(expected);
	});
});

describe('toTimelineJs()', () => {
	const timeline = fixtureTimeline();
	const file = toTimelineJs({ timeline, root: ROOT });

	it('has one slide per event, in date order, with our ids, titles and honest dates', () => {
		const events = sortByDate(timeline.events);
		expect(file.events.map((e) => e.unique_id)).toEqual(events.map((e) => e.id));
		file.events.forEach((slide, i) => {
			const event = events[i];
			if (!event) throw new Error('missing event');
			expect(slide.start_date).toEqual(timelineJsDate(event.date.start));
			expect(slide.end_date).toEqual(event.date.end && timelineJsDate(event.date.end));
			expect(slide.display_date).toBe(formatEventDateWithZone(event.date));
		});
		expect(file.scale).toBe('human');
	});

	it('groups each event under its first side', () => {
		const names = new Set(timeline.affiliations.map((a) => escapeHtml(a.name)));
		for (const slide of file.events) expect(names.has(slide.group ?? '')).toBe(true);
	});

	it('escapes every value, and links the sources and the event page', () => {
		const hostile = tinyTimeline([
			{
				id: 'x',
				title: '<script>alert(1)</script> & "co"',
				summary: 'First <b>para</b>.\n\nSecond.',
				date: date(point('2025-08-15', 'day'))
			}
		]);
		const [slide] = toTimelineJs({ timeline: hostile, root: ROOT }).events;
		expect(slide?.text.headline).toBe('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;co&quot;');
		expect(slide?.text.text).toContain('<p>First &lt;b&gt;para&lt;/b&gt;.</p><p>Second.</p>');
		expect(slide?.text.text).toContain(`<a href="${ROOT}/tiny/events/x/">`);
		expect(slide?.text.text).toMatch(/<p>Sources: <a href="https:\/\/[^"]+">[^<]+<\/a><\/p>/);
		expect(slide?.autolink).toBe(false);
	});

	it('writes JSON that parses back to the same file', () => {
		const text = buildTimelineJs({ timeline, root: ROOT });
		expect(text.endsWith('}\n')).toBe(true);
		expect(JSON.parse(text)).toEqual(file);
	});
});
