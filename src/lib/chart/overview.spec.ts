import { describe, expect, it } from 'vitest';
import { brushMode, densityBins, dragBrush, type BrushMode } from './overview';

describe('densityBins()', () => {
	const cases = [
		{ name: 'counts starts per bin', starts: [0, 1, 5, 9], bins: 2, expected: [2, 2] },
		{ name: 'ignores starts outside the domain', starts: [-1, 10, 3], bins: 2, expected: [1, 0] },
		{ name: 'gives at least one bin', starts: [3], bins: 0, expected: [1] }
	];
	for (const c of cases) {
		it(`densityBins() ${c.name}`, () =>
			expect(
				densityBins(
					c.starts.map((start) => ({ start })),
					[0, 10],
					c.bins
				)
			).toEqual(c.expected));
	}
});

describe('brushMode()', () => {
	const cases: { px: number; expected: BrushMode }[] = [
		{ px: 102, expected: 'start' },
		{ px: 150, expected: 'move' },
		{ px: 195, expected: 'end' },
		{ px: 20, expected: 'move' }
	];
	for (const c of cases) {
		it(`brushMode() at ${c.px} px grabs ${c.expected}`, () =>
			expect(brushMode(c.px, [100, 200])).toBe(c.expected));
	}
	it('brushMode() moves a brush too narrow for edges', () =>
		expect(brushMode(101, [100, 110])).toBe('move'));
});

describe('dragBrush()', () => {
	const cases: { mode: BrushMode; dx: number; expected: [number, number] }[] = [
		{ mode: 'move', dx: 50, expected: [150, 250] },
		{ mode: 'move', dx: -500, expected: [0, 100] },
		{ mode: 'move', dx: 900, expected: [900, 1000] },
		{ mode: 'start', dx: -30, expected: [70, 200] },
		{ mode: 'start', dx: 300, expected: [196, 200] },
		{ mode: 'end', dx: 2000, expected: [100, 1000] }
	];
	for (const c of cases) {
		it(`dragBrush() ${c.mode} by ${c.dx}`, () =>
			expect(dragBrush([100, 200], c.mode, c.dx, 1000)).toEqual(c.expected));
	}
});
