import { describe, expect, it } from 'vitest';
import type { SubjectResult } from './measure';
import { aggregate, interactionCell, markdownTables, ratios, renderCell } from './report';

const ok = (renderMs: number, p95: number): SubjectResult => ({
	status: 'ok',
	url: 'http://x/',
	renderMs,
	heapMB: 10,
	domNodes: 100,
	wheel: { status: 'ok', target: 'chart', p50FrameMs: 16.7, p95FrameMs: p95, longTasks: 0 },
	drag: { status: 'ok', p50FrameMs: 16.7, p95FrameMs: 17, longTasks: 0 },
	keys: { status: 'n/a', reason: 'no focusable [data-timeline-chart]' }
});
const timeout: SubjectResult = {
	status: 'timeout',
	limitMs: 60_000,
	reason: 'not done in 60 s',
	url: 'http://v/'
};

describe('aggregate()', () => {
	it('takes the median of the rounds that finished', () => {
		const a = aggregate([ok(300, 20), ok(100, 40), ok(200, 30)]);
		expect(a.status).toBe('ok');
		expect(a.renderMs).toBe(200);
		expect(a.wheel?.p95FrameMs).toBe(30);
		expect(a.keys?.status).toBe('n/a');
	});

	it('says how many rounds did not finish', () => {
		const a = aggregate([ok(100, 20), timeout]);
		expect(a.renderMs).toBe(100);
		expect(a.reason).toBe('1 of 2 rounds did not finish');
	});

	it('keeps the failure when no round finished', () => {
		expect(aggregate([timeout])).toEqual(timeout);
	});
});

describe('ratios()', () => {
	// a run where every subject finished; each case changes only the subjects it is about
	const run: Parameters<typeof ratios>[0] = {
		app: ok(100, 17),
		'vis-timeline': ok(1000, 34),
		'vis-timeline-90d': ok(400, 17),
		'd3-canvas': ok(50, 17)
	};

	it('divides the app by each peer of the same run', () => {
		const r = ratios(run);
		expect(r).toEqual({
			render_vs_vis: 0.1,
			render_vs_vis_90d: 0.25,
			render_vs_canvas: 2,
			p95_vs_vis: 0.5,
			p95_vs_canvas: 1
		});
	});

	it('gives an upper bound when vis-timeline ran out of time', () => {
		const r = ratios({ ...run, app: ok(600, 17), 'vis-timeline': timeout });
		expect(r.render_vs_vis).toBeNull();
		expect(r.render_vs_vis_at_most).toBe(0.01);
	});

	it('gives a lower bound when the app ran out of time', () => {
		const r = ratios({
			...run,
			app: timeout,
			'vis-timeline': ok(30_000, 17),
			'd3-canvas': ok(2000, 17)
		});
		expect(r.render_vs_canvas).toBeNull();
		expect(r.render_vs_canvas_at_least).toBe(30);
		expect(r.render_vs_vis_at_least).toBe(2);
	});

	it('gives no frame-time ratio while the app has no chart to zoom', () => {
		const list = {
			...ok(100, 17),
			wheel: { status: 'ok' as const, target: 'main' as const, p95FrameMs: 17 }
		};
		const r = ratios({ ...run, app: list });
		expect(r.p95_vs_vis).toBeNull();
		expect(r.note).toMatch(/no \[data-timeline-chart\]/);
	});
});

describe('renderCell() and interactionCell()', () => {
	it.each([
		[ok(1234, 17), '1.23 s'],
		[ok(23_456, 17), '23.5 s'],
		[timeout, 'not done in 60 s'],
		[
			{ status: 'skipped', reason: 'not done in 60 s at 10,000 events', url: '' },
			'skipped: not done in 60 s at 10,000 events'
		]
	] as [SubjectResult, string][])('renderCell() shows %#', (s, text) => {
		expect(renderCell(s)).toBe(text);
	});

	it('interactionCell() shows p50 / p95 and long tasks, or why there are none', () => {
		expect(
			interactionCell({
				status: 'ok',
				target: 'main',
				p50FrameMs: 16.7,
				p95FrameMs: 33.4,
				longTasks: 2,
				longTaskMs: 180
			})
		).toBe('16.7 / 33.4 ms, 2 long (180 ms) [on main]');
		expect(interactionCell({ status: 'n/a', reason: 'no focusable [data-timeline-chart]' })).toBe(
			'n/a (no focusable [data-timeline-chart])'
		);
	});
});

describe('markdownTables()', () => {
	it('has a row per subject and size, and a build row per size', () => {
		const subjects = {
			app: ok(100, 17),
			'vis-timeline': timeout,
			'vis-timeline-90d': ok(400, 17),
			'd3-canvas': ok(50, 17)
		};
		const md = markdownTables([
			{
				n: 1000,
				build: { status: 'ok', seconds: 12.3, prerenderSeconds: 2.1, pagesWritten: 3 },
				...subjects,
				ratios: ratios(subjects),
				samples: { app: [], 'vis-timeline': [], 'vis-timeline-90d': [], 'd3-canvas': [] }
			}
		]);
		expect(md).toContain('| 1,000 | vis-timeline, whole range | not done in 60 s |');
		expect(md).toContain('| 1,000 | ≤ 0.002× | 0.250× | 2.000× |');
		expect(md).toContain('| 1,000 | 12.3 | 2.1 | 3 |');
	});
});
