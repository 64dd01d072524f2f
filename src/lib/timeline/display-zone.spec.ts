import { describe, expect, it } from 'vitest';
import { displayZone, type ZoneMode } from './display-zone';

describe('displayZone()', () => {
	const cases: { mode: ZoneMode; expected: string }[] = [
		{ mode: 'event', expected: 'America/Anchorage' },
		{ mode: 'viewer', expected: 'Europe/London' },
		{ mode: 'utc', expected: 'UTC' }
	];
	for (const c of cases) {
		it(`displayZone() in ${c.mode} mode is ${c.expected}`, () =>
			expect(displayZone(c.mode, 'America/Anchorage', 'Europe/London')).toBe(c.expected));
	}
});
