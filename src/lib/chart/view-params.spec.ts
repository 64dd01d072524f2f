import { describe, expect, it } from 'vitest';
import { keepViewParams, parseViewParams, withViewParams, type ViewParams } from './view-params';

const start = Date.UTC(2025, 7, 15, 18, 0);
const end = Date.UTC(2025, 7, 17, 6, 0);

describe('parseViewParams()', () => {
	const cases: { query: string; expected: ViewParams }[] = [
		{ query: '', expected: {} },
		{ query: 'lanes=kind', expected: { laneMode: 'kind' } },
		{ query: 'lanes=sideways', expected: {} },
		{ query: 'tz=utc', expected: { zoneMode: 'utc' } },
		{ query: 'tz=Europe/Moscow', expected: { zoneMode: 'Europe/Moscow' } },
		{ query: 'tz=Europe%2FMoscow', expected: { zoneMode: 'Europe/Moscow' } },
		{ query: 'tz=Mars/Base', expected: {} },
		{ query: 'view=2025-08-15T18:00Z..2025-08-17T06:00Z', expected: { window: [start, end] } },
		{ query: 'view=2025-08-17T06:00Z..2025-08-15T18:00Z', expected: {} },
		{ query: 'view=2025-08-15..2025-08-17', expected: {} },
		{ query: 'view=2025-08-15T18:00Z', expected: {} }
	];
	for (const c of cases) {
		it(`parseViewParams() reads "${c.query}"`, () =>
			expect(parseViewParams(new URLSearchParams(c.query))).toEqual(c.expected));
	}
});

describe('withViewParams()', () => {
	const cases: { name: string; search: string; view: ViewParams; expected: string }[] = [
		{
			name: 'defaults are left out',
			search: '',
			view: { laneMode: 'affiliation', zoneMode: 'event' },
			expected: ''
		},
		{
			name: 'filters are kept, old view replaced',
			search: '?side=russia&lanes=kind&tz=utc',
			view: { laneMode: 'single', zoneMode: 'Europe/Moscow' },
			expected: '?side=russia&lanes=single&tz=Europe/Moscow'
		},
		{
			name: 'the window to the minute',
			search: '?q=summit',
			view: { window: [start + 20_000, end - 20_000] },
			expected: '?q=summit&view=2025-08-15T18:00Z..2025-08-17T06:00Z'
		}
	];
	for (const c of cases) {
		it(`withViewParams() with ${c.name}`, () =>
			expect(withViewParams(c.search, c.view)).toBe(c.expected));
	}
	it('withViewParams() gives back what parseViewParams() reads', () => {
		const view: ViewParams = {
			laneMode: 'kind',
			zoneMode: 'America/New_York',
			window: [start, end]
		};
		const query = withViewParams('', view);
		expect(parseViewParams(new URLSearchParams(query))).toEqual(view);
	});
});

describe('keepViewParams()', () => {
	it('keepViewParams() adds the address view to new filters', () =>
		expect(keepViewParams('?side=usa', '?side=russia&tz=utc&lanes=kind')).toBe(
			'?side=usa&lanes=kind&tz=utc'
		));
	it('keepViewParams() keeps no filters when there are none', () =>
		expect(keepViewParams('', '?side=russia')).toBe(''));
});
