/**
 * Turns benchmark samples into one figure per subject (the median over rounds), ratios against
 * the peers of the same run, and Markdown tables.
 */
import type { BuildResult } from './build';
import type { InteractionResult, SubjectResult } from './measure';
import { median } from './stats';

export const SUBJECTS = ['app', 'vis-timeline', 'vis-timeline-90d', 'd3-canvas'] as const;
export type Subject = (typeof SUBJECTS)[number];

export const SUBJECT_LABELS: Record<Subject, string> = {
	app: 'this app',
	'vis-timeline': 'vis-timeline, whole range',
	'vis-timeline-90d': 'vis-timeline, 90-day window',
	'd3-canvas': 'plain d3 canvas'
};

export interface Ratios {
	render_vs_vis: number | null;
	render_vs_vis_90d: number | null;
	render_vs_canvas: number | null;
	/** wheel-zoom p95 frame time; null until the app has a chart to zoom */
	p95_vs_vis: number | null;
	p95_vs_canvas: number | null;
	/** when the peer ran out of time: the app's time over the peer's limit, an upper bound */
	render_vs_vis_at_most?: number;
	render_vs_vis_90d_at_most?: number;
	render_vs_canvas_at_most?: number;
	/** when the app ran out of time: its limit over the peer's time, a lower bound */
	render_vs_vis_at_least?: number;
	render_vs_vis_90d_at_least?: number;
	render_vs_canvas_at_least?: number;
	note?: string;
}

export interface Case {
	n: number;
	build?: BuildResult;
	app: SubjectResult;
	'vis-timeline': SubjectResult;
	'vis-timeline-90d': SubjectResult;
	'd3-canvas': SubjectResult;
	ratios: Ratios;
	samples: Record<Subject, SubjectResult[]>;
}

const INTERACTION_NUMBERS = [
	'frames',
	'p50FrameMs',
	'p95FrameMs',
	'maxFrameMs',
	'longTasks',
	'longTaskMs',
	'durationMs'
] as const;
const SUBJECT_NUMBERS = [
	'renderMs',
	'readyMs',
	'loadLongTasks',
	'loadLongTaskMs',
	'heapMB',
	'domNodes'
] as const;

const mid = (values: (number | undefined)[]) => {
	const defined = values.filter((v): v is number => typeof v === 'number' && !Number.isNaN(v));
	return defined.length ? Math.round(median(defined) * 10) / 10 : undefined;
};

function aggregateInteraction(samples: (InteractionResult | undefined)[]): InteractionResult {
	const present = samples.filter((s): s is InteractionResult => !!s);
	const ok = present.filter((s) => s.status === 'ok');
	if (ok.length === 0) return present[0] ?? { status: 'skipped', reason: 'not measured' };
	const out: InteractionResult = {
		status: 'ok',
		...(ok[0]!.target ? { target: ok[0]!.target } : {})
	};
	for (const key of INTERACTION_NUMBERS) {
		const v = mid(ok.map((s) => s[key]));
		if (v !== undefined) out[key] = v;
	}
	if (ok.length < present.length) {
		out.reason = `${present.length - ok.length} of ${present.length} rounds did not finish`;
	}
	return out;
}

/** One result from several rounds: medians of the rounds that finished. */
export function aggregate(samples: SubjectResult[]): SubjectResult {
	const ok = samples.filter((s) => s.status === 'ok');
	if (ok.length === 0) {
		return samples[0] ?? { status: 'skipped', reason: 'not measured', url: '' };
	}
	const first = ok[0]!;
	const out: SubjectResult = { status: 'ok', url: first.url };
	for (const key of SUBJECT_NUMBERS) {
		const v = mid(ok.map((s) => s[key]));
		if (v !== undefined) out[key] = v;
	}
	if (first.transfer) out.transfer = first.transfer;
	out.wheel = aggregateInteraction(ok.map((s) => s.wheel));
	out.drag = aggregateInteraction(ok.map((s) => s.drag));
	out.keys = aggregateInteraction(ok.map((s) => s.keys));
	if (ok.length < samples.length) {
		out.reason = `${samples.length - ok.length} of ${samples.length} rounds did not finish`;
	}
	return out;
}

const ratio = (a?: number, b?: number) =>
	a !== undefined && b !== undefined && b > 0 ? Math.round((a / b) * 1000) / 1000 : null;

const RENDER_RATIOS = [
	['render_vs_vis', 'vis-timeline'],
	['render_vs_vis_90d', 'vis-timeline-90d'],
	['render_vs_canvas', 'd3-canvas']
] as const;

const NO_CHART_NOTE =
	'the app has no [data-timeline-chart]: its wheel and drag figures are the page scrolling, not a chart zooming, so no frame-time ratio is given';

/**
 * App ÷ peer, from the same run. Below 1 means the app is faster. When one side ran out of time,
 * the ratio is null and a bound says how far it is at least or at most.
 */
export function ratios(c: Pick<Case, Subject>): Ratios {
	const app = c.app;
	const done = (s: SubjectResult) => (s.status === 'ok' ? s.renderMs : undefined);
	const p95 = (s: SubjectResult) => (s.wheel?.status === 'ok' ? s.wheel.p95FrameMs : undefined);
	const zooms = app.wheel?.status === 'ok' && app.wheel.target === 'chart';
	const out: Ratios = {
		render_vs_vis: null,
		render_vs_vis_90d: null,
		render_vs_canvas: null,
		p95_vs_vis: zooms ? ratio(p95(app), p95(c['vis-timeline'])) : null,
		p95_vs_canvas: zooms ? ratio(p95(app), p95(c['d3-canvas'])) : null
	};
	for (const [key, subject] of RENDER_RATIOS) {
		const peer = c[subject];
		out[key] = ratio(done(app), done(peer));
		if (peer.status === 'timeout' && peer.limitMs && done(app) !== undefined) {
			const bound = ratio(done(app), peer.limitMs);
			if (bound !== null) out[`${key}_at_most`] = bound;
		}
		if (app.status === 'timeout' && app.limitMs && done(peer) !== undefined) {
			const bound = ratio(app.limitMs, done(peer));
			if (bound !== null) out[`${key}_at_least`] = bound;
		}
	}
	if (app.wheel?.status === 'ok' && !zooms) out.note = NO_CHART_NOTE;
	return out;
}

// ---- Markdown

const n0 = (x: number) => x.toLocaleString('en-GB', { maximumFractionDigits: 0 });
const n1 = (x: number) => x.toLocaleString('en-GB', { maximumFractionDigits: 1 });

/** "1.23 s", or why there is no figure: "not done in 60 s", "skipped: …". */
export function renderCell(s: SubjectResult): string {
	if (s.status === 'ok' && s.renderMs !== undefined) {
		const t =
			s.renderMs >= 10_000 ? `${n1(s.renderMs / 1000)} s` : `${(s.renderMs / 1000).toFixed(2)} s`;
		return s.reason ? `${t} (${s.reason})` : t;
	}
	if (s.status === 'timeout') return `not done in ${(s.limitMs ?? 0) / 1000} s`;
	return `${s.status}${s.reason ? `: ${s.reason.split('\n')[0]}` : ''}`;
}

/** "16.7 / 33.4 ms, 2 long (180 ms)", or why there is none. */
export function interactionCell(i?: InteractionResult): string {
	if (!i) return '—';
	if (i.status !== 'ok') {
		if (i.status === 'timeout') return `not done in ${(i.limitMs ?? 0) / 1000} s`;
		return i.status === 'n/a' ? `n/a (${i.reason ?? 'no target'})` : i.status;
	}
	const lt = i.longTasks ? `, ${n0(i.longTasks)} long (${n0(i.longTaskMs ?? 0)} ms)` : ', 0 long';
	const on = i.target === 'main' ? ' [on main]' : '';
	return `${n1(i.p50FrameMs ?? NaN)} / ${n1(i.p95FrameMs ?? NaN)} ms${lt}${on}`;
}

type RatioKey = (typeof RENDER_RATIOS)[number][0] | 'p95_vs_vis' | 'p95_vs_canvas';

/** "0.123×", or a bound "≤ 0.831×" / "≥ 1.408×" when one side ran out of time, or "—". */
function ratioCell(r: Ratios, key: RatioKey): string {
	const value = r[key];
	if (typeof value === 'number') return `${value.toFixed(3)}×`;
	const bounds = r as unknown as Record<string, number | undefined>;
	const most = bounds[`${key}_at_most`];
	const least = bounds[`${key}_at_least`];
	if (most !== undefined) return `≤ ${most.toFixed(3)}×`;
	if (least !== undefined) return `≥ ${least.toFixed(3)}×`;
	return '—';
}

const notes = (cases: Case[]) =>
	[...new Set(cases.flatMap((c) => (c.ratios.note ? [c.ratios.note] : [])))].map(
		(note) => `\nNote: ${note}.`
	);

function table(head: string[], rows: string[][]): string {
	return [
		`| ${head.join(' | ')} |`,
		`| ${head.map(() => '---').join(' | ')} |`,
		...rows.map((r) => `| ${r.join(' | ')} |`)
	].join('\n');
}

export function markdownTables(cases: Case[]): string {
	const each = (f: (c: Case, s: Subject) => string[]) =>
		cases.flatMap((c) => SUBJECTS.map((s) => [n0(c.n), SUBJECT_LABELS[s], ...f(c, s)]));
	const load = table(
		['events', 'subject', 'first render', 'heap MB', 'DOM elements', 'JS+CSS gz kB', 'HTML kB'],
		each((c, s) => {
			const r = c[s];
			const t = r.transfer;
			return [
				renderCell(r),
				r.heapMB !== undefined ? n1(r.heapMB) : '—',
				r.domNodes !== undefined ? n0(r.domNodes) : '—',
				t ? n1(t.jsGzKB + t.cssGzKB) : '—',
				t ? n0(t.htmlKB) : '—'
			];
		})
	);
	const frames = table(
		['events', 'subject', 'wheel zoom', 'drag pan', 'keyboard'],
		each((c, s) => [
			interactionCell(c[s].wheel),
			interactionCell(c[s].drag),
			interactionCell(c[s].keys)
		])
	);
	const ratioRows = cases.map((c) => [
		n0(c.n),
		ratioCell(c.ratios, 'render_vs_vis'),
		ratioCell(c.ratios, 'render_vs_vis_90d'),
		ratioCell(c.ratios, 'render_vs_canvas'),
		ratioCell(c.ratios, 'p95_vs_vis'),
		ratioCell(c.ratios, 'p95_vs_canvas')
	]);
	const ratiosTable = table(
		[
			'events',
			'render ÷ vis',
			'render ÷ vis 90-day',
			'render ÷ canvas',
			'wheel p95 ÷ vis',
			'wheel p95 ÷ canvas'
		],
		ratioRows
	);
	const size = (f?: { kB: number; gzKB: number }) => (f ? `${n0(f.kB)} (${n0(f.gzKB)} gz)` : '—');
	const builds = table(
		[
			'events',
			'build s',
			'of which prerender and write s',
			'pages written',
			'event pages',
			'output MB',
			'largest page kB',
			'largest `__data.json` kB',
			'largest event page kB',
			'its `__data.json` kB'
		],
		cases.map((c) => {
			const b = c.build;
			if (!b || b.status !== 'ok') {
				return [n0(c.n), b ? `${b.status}` : '—', '', '', '', '', '', '', '', ''];
			}
			return [
				n0(c.n),
				n1(b.seconds ?? NaN),
				b.prerenderSeconds !== undefined ? n1(b.prerenderSeconds) : '—',
				n0(b.pagesWritten ?? 0),
				n0(b.eventPages ?? 0),
				n1(b.outputMB ?? NaN),
				size(b.largestPage),
				size(b.largestData),
				size(b.largestEventPage),
				size(b.largestEventData)
			];
		})
	);
	return [
		'### First render, memory, size',
		'',
		load,
		'',
		'### Frame times during interaction (p50 / p95, long tasks)',
		'',
		frames,
		'',
		'### Ratios against the peers of the same run (app ÷ peer; below 1 is better)',
		'',
		ratiosTable,
		...notes(cases),
		'',
		'### Build',
		'',
		builds,
		''
	].join('\n');
}
