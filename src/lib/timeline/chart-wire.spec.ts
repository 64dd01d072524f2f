import { describe, expect, it } from 'vitest';
import { loadTimelines } from '$lib/server/timelines';
import { toChartData, type ChartEvent } from './chart-data';
import { packChart, unpackChart } from './chart-wire';
import { chartData, chartEvent, utcDate } from './fixtures';

const zoned = (start: string, zone: string) => ({ ...utcDate(start), zone });

describe('packChart() and unpackChart()', () => {
	const cases: { name: string; events: ChartEvent[] }[] = [
		{ name: 'no events', events: [] },
		{ name: 'one instant', events: [chartEvent({ id: 'a', date: utcDate('2025-08-15T11:26') })] },
		{
			name: 'events sharing kinds, statuses and actors',
			events: [
				chartEvent({ id: 'a', kind: 'call', actors: ['trump', 'putin'] }),
				chartEvent({ id: 'b', kind: 'call', status: 'reported', actors: ['putin'] }),
				chartEvent({ id: 'c', kind: 'summit', actors: [] })
			]
		},
		{
			name: 'each fade, and events outside the main source',
			events: [
				chartEvent({ id: 'a', date: utcDate('2025-08-16', undefined, { approximate: true }) }),
				chartEvent({ id: 'b', inSource: false, fade: 'start' }),
				chartEvent({ id: 'c', fade: 'end', date: utcDate('2025-08-11', '2025-08-14') })
			]
		},
		{
			name: 'local days before and after the UTC day',
			events: [
				chartEvent({ id: 'a', date: zoned('2025-08-15T20:00', 'America/Anchorage') }),
				chartEvent({ id: 'b', date: zoned('2025-08-16T07:00', 'Pacific/Auckland') }),
				chartEvent({ id: 'c', date: zoned('2025-08-16T10:00', 'Europe/Moscow') })
			]
		},
		{
			name: 'starts before 1970',
			events: [chartEvent({ id: 'a', date: utcDate('1962-10-16', '1962-10-28') })]
		}
	];
	for (const c of cases) {
		it(`unpackChart() of packChart() gives back ${c.name}`, () => {
			const data = chartData(c.events);
			expect(unpackChart(packChart(data))).toEqual(data);
		});
	}

	it('unpackChart() of packChart() gives back every shipped timeline', () => {
		for (const timeline of loadTimelines()) {
			const data = toChartData(timeline);
			expect(unpackChart(JSON.parse(JSON.stringify(packChart(data))))).toEqual(data);
		}
	});

	it('packChart() writes each repeated word once', () => {
		const packed = packChart(
			chartData([
				chartEvent({ kind: 'call', actors: ['trump', 'putin'], speakers: ['trump', 'putin'] }),
				chartEvent({ kind: 'call', actors: ['putin', 'trump'], speakers: ['putin', 'trump'] }),
				chartEvent({ kind: 'call', actors: ['trump', 'putin'], speakers: ['trump', 'putin'] })
			])
		);
		expect(packed.events.words).toEqual(['call', 'occurred', 'UTC', 'trump', 'putin']);
		// each list of actors once, in its own order; events point to theirs
		expect(packed.events.actorSets).toEqual([
			[3, 4],
			[4, 3]
		]);
		expect(packed.events.actors).toEqual([0, 1, 0]);
	});

	it('unpackChart() gives events with the same actors one shared list', () => {
		const { events } = unpackChart(
			JSON.parse(
				JSON.stringify(
					packChart(
						chartData([
							chartEvent({ id: 'a', actors: ['trump', 'putin'] }),
							chartEvent({ id: 'b', actors: ['zelensky'] }),
							chartEvent({ id: 'c', actors: ['trump', 'putin'] })
						])
					)
				)
			)
		);
		expect(events.map((e) => e.actors)).toEqual([
			['trump', 'putin'],
			['zelensky'],
			['trump', 'putin']
		]);
		expect(events[0]!.actors).toBe(events[2]!.actors);
	});
});
