import { describe, expect, it } from 'vitest';
import { utc } from './fixtures';
import { createTimeScale, visibleRange } from './scale';
import {
	clampTransform,
	defaultWindow,
	focusWindow,
	keyAction,
	maxZoom,
	panBy,
	transformForWindow,
	zoomAround,
	type KeyAction,
	type ZoomLimits
} from './zoom';

const HOUR = 3_600_000;
const limits: ZoomLimits = { width: 1000, kMax: 100 };

describe('maxZoom()', () => {
	it('maxZoom() stops the view at 15 minutes', () => expect(maxZoom([0, 10 * HOUR])).toBe(40));
	it('maxZoom() never goes below 1', () => expect(maxZoom([0, 60_000])).toBe(1));
});

describe('clampTransform()', () => {
	const cases = [
		{ name: 'keeps a valid transform', t: { k: 2, x: -500 }, expected: { k: 2, x: -500 } },
		{ name: 'stops zooming out at k=1', t: { k: 0.5, x: 0 }, expected: { k: 1, x: 0 } },
		{ name: 'stops zooming in at kMax', t: { k: 500, x: 0 }, expected: { k: 100, x: 0 } },
		{ name: 'stops panning before the start', t: { k: 2, x: 300 }, expected: { k: 2, x: 0 } },
		{ name: 'stops panning after the end', t: { k: 2, x: -1500 }, expected: { k: 2, x: -1000 } }
	];
	for (const c of cases) {
		it(`clampTransform() ${c.name}`, () => expect(clampTransform(c.t, limits)).toEqual(c.expected));
	}
});

describe('zoomAround()', () => {
	const cases = [
		{
			name: 'keeps the point under the cursor in place',
			args: [{ k: 1, x: 0 }, 2, 250] as const,
			expected: { k: 2, x: -250 }
		},
		{
			name: 'zooms out back to identity',
			args: [{ k: 2, x: -250 }, 0.5, 250] as const,
			expected: { k: 1, x: 0 }
		},
		{
			name: 'clamps the zoom at kMax',
			args: [{ k: 80, x: 0 }, 2, 0] as const,
			expected: { k: 100, x: 0 }
		}
	];
	for (const c of cases) {
		it(`zoomAround() ${c.name}`, () =>
			expect(zoomAround(c.args[0], c.args[1], c.args[2], limits)).toEqual(c.expected));
	}
});

describe('panBy()', () => {
	const cases = [
		{ name: 'moves the view', t: { k: 4, x: -1000 }, dx: 200, expected: { k: 4, x: -800 } },
		{ name: 'stops at the start', t: { k: 4, x: -100 }, dx: 200, expected: { k: 4, x: 0 } },
		{ name: 'does nothing at zoom 1', t: { k: 1, x: 0 }, dx: -200, expected: { k: 1, x: 0 } }
	];
	for (const c of cases) {
		it(`panBy() ${c.name}`, () => expect(panBy(c.t, c.dx, limits)).toEqual(c.expected));
	}
});

describe('transformForWindow()', () => {
	const domain: [number, number] = [utc(2025, 8, 15), utc(2025, 8, 19)];
	const cases: { name: string; window: [number, number]; expected: [number, number] }[] = [
		{
			name: 'shows exactly the window',
			window: [utc(2025, 8, 16), utc(2025, 8, 17)],
			expected: [utc(2025, 8, 16), utc(2025, 8, 17)]
		},
		{
			name: 'slides a window that runs past the end back inside',
			window: [utc(2025, 8, 18, 12), utc(2025, 8, 19, 12)],
			expected: [utc(2025, 8, 18), utc(2025, 8, 19)]
		},
		{
			name: 'shows everything for a window wider than the extent',
			window: [utc(2025, 8, 1), utc(2025, 9, 1)],
			expected: domain
		}
	];
	for (const c of cases) {
		it(`transformForWindow() ${c.name}`, () => {
			const t = transformForWindow(domain, c.window, limits);
			const range = visibleRange(createTimeScale({ domain, width: 1000, transform: t }));
			expect(range[0]).toBeCloseTo(c.expected[0], -2);
			expect(range[1]).toBeCloseTo(c.expected[1], -2);
		});
	}
});

describe('focusWindow()', () => {
	const at = (h: number, dur = 0.5) => ({
		start: utc(2025, 8, 15, h),
		end: utc(2025, 8, 15, h) + dur * HOUR
	});
	const events = [at(0), at(6), at(8), at(10), { start: utc(2025, 10, 1), end: utc(2025, 10, 2) }];
	const cases: { name: string; index: number; opts?: object; expected: [number, number] }[] = [
		{
			name: 'takes the starts of two neighbours each side, padded by 12%',
			index: 2,
			expected: [utc(2025, 8, 15, 0) - 1.2 * HOUR, utc(2025, 8, 15, 10) + 1.2 * HOUR]
		},
		{
			name: 'skips a neighbour weeks away',
			index: 3,
			expected: [utc(2025, 8, 15, 6) - 0.54 * HOUR, utc(2025, 8, 15, 10, 30) + 0.54 * HOUR]
		},
		{
			name: 'widens a lone event to the minimum span',
			index: 4,
			opts: { minSpan: 2 * 86_400_000 },
			expected: [utc(2025, 9, 30, 12) - 0.24 * 86_400_000, utc(2025, 10, 2, 12) + 0.24 * 86_400_000]
		}
	];
	for (const c of cases) {
		it(`focusWindow() ${c.name}`, () => {
			const [a, b] = focusWindow(events, c.index, c.opts);
			expect(a).toBeCloseTo(c.expected[0], -2);
			expect(b).toBeCloseTo(c.expected[1], -2);
		});
	}
	it('focusWindow() throws for an index out of range', () =>
		expect(() => focusWindow(events, 9)).toThrow(/no event at index 9/));
});

describe('keyAction()', () => {
	const cases: { key: string; shift?: boolean; mod?: boolean; expected: KeyAction | null }[] = [
		{ key: '+', expected: { type: 'zoom', factor: 2 } },
		{ key: '=', expected: { type: 'zoom', factor: 2 } },
		{ key: '-', expected: { type: 'zoom', factor: 0.5 } },
		{ key: '0', expected: { type: 'fit' } },
		{ key: 'ArrowRight', expected: { type: 'step', by: 1 } },
		{ key: 'ArrowLeft', expected: { type: 'step', by: -1 } },
		{ key: 'ArrowRight', shift: true, expected: { type: 'pan', fraction: -0.25 } },
		{ key: 'ArrowUp', expected: { type: 'lane', by: -1 } },
		{ key: 'Home', expected: { type: 'first' } },
		{ key: 'End', expected: { type: 'last' } },
		{ key: 'Enter', expected: { type: 'select' } },
		{ key: 'Escape', expected: { type: 'deselect' } },
		{ key: '+', mod: true, expected: null },
		{ key: 'a', expected: null },
		{ key: 'Tab', expected: null }
	];
	for (const c of cases) {
		const name = `${c.shift ? 'Shift+' : ''}${c.mod ? 'Ctrl+' : ''}${c.key}`;
		it(`keyAction() maps ${name}`, () =>
			expect(keyAction(c.key, { shift: c.shift, mod: c.mod })).toEqual(c.expected));
	}
});

describe('defaultWindow()', () => {
	const at = (d: number, h = 12) => ({
		start: utc(2025, 8, d, h),
		end: utc(2025, 8, d, h) + 60_000
	});
	const burst = [
		at(15, 11),
		at(15, 14),
		at(15, 18),
		at(15, 22),
		at(16, 2),
		at(16, 9),
		at(16, 12),
		at(16, 20)
	];
	const extent: [number, number] = [utc(2025, 7, 1), utc(2025, 11, 1)];
	it('defaultWindow() opens on a burst that holds most events', () => {
		const events = [at(1), ...burst, { start: utc(2025, 10, 20), end: utc(2025, 10, 21) }];
		const [a, b] = defaultWindow(events, extent);
		expect(a).toBeLessThanOrEqual(utc(2025, 8, 15, 14));
		expect(b).toBeGreaterThanOrEqual(utc(2025, 8, 16, 12));
		expect(b - a).toBeLessThan(3 * 86_400_000);
	});
	it('defaultWindow() shows everything when events are spread out', () => {
		const events = Array.from({ length: 10 }, (_, i) => ({
			start: utc(2025, 7, 1 + i * 10),
			end: utc(2025, 7, 2 + i * 10)
		}));
		expect(defaultWindow(events, extent)).toEqual(extent);
	});
	it('defaultWindow() shows everything for a handful of events', () =>
		expect(defaultWindow(burst.slice(0, 3), extent)).toEqual(extent));
});
