import { describe, expect, it } from 'vitest';
import { validateTimelineText } from '$lib/data/validate';
import { buildJson, normaliseTimeline } from './json';
import { date, fixtureTimeline, point, tinyTimeline } from './test-timeline';

describe('normaliseTimeline()', () => {
	it('normaliseTimeline() sorts events by date and drops $schema', () => {
		const timeline = {
			...tinyTimeline([
				{ id: 'later', date: date(point('2025-08-16', 'day')) },
				{ id: 'earlier', date: date(point('2025-08-15T11:26', 'minute')) }
			]),
			$schema: '../timeline.schema.json'
		};
		const out = normaliseTimeline(timeline);
		expect(out.events.map((e) => e.id)).toEqual(['earlier', 'later']);
		expect('$schema' in out).toBe(false);
		expect(timeline.events.map((e) => e.id)).toEqual(['later', 'earlier']);
	});
});

describe('buildJson()', () => {
	it('buildJson() gives a file that validates again and holds every event', () => {
		const timeline = fixtureTimeline();
		const { timeline: again, problems } = validateTimelineText(buildJson(timeline), 'export.json');
		expect(problems).toEqual([]);
		expect(again?.events.map((e) => e.id).sort()).toEqual(timeline.events.map((e) => e.id).sort());
		expect(again).toEqual(normaliseTimeline(timeline));
	});
});
