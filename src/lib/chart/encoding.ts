/**
 * How a mark encodes an event, without colour: the kind is a shape, the status a fill pattern, a
 * dash or a strike, the date's precision the length of its bar, and fuzzy dates fade at the fuzzy
 * end. Shapes are SVG paths in a 12 px box centred on (0, 0), so a mark is drawn at its time with
 * a translate. The SVG marks, the canvas painter, the legend, the preview cards and the briefing
 * all read their shapes, fills, strokes and fades here; `encoding-pixels.spec.ts` draws every
 * kind and status both ways and compares the pixels.
 */
import type { EventDate, EventKind, EventStatus } from '$lib/data/schema';

const polygon = (sides: number, r: number, turn = 0) =>
	'M' +
	Array.from({ length: sides }, (_, i) => {
		const a = turn + (i * 2 * Math.PI) / sides;
		return `${(r * Math.cos(a)).toFixed(2)},${(r * Math.sin(a)).toFixed(2)}`;
	}).join('L') +
	'Z';

const star = (() => {
	const points: string[] = [];
	for (let i = 0; i < 10; i++) {
		const r = i % 2 ? 2.8 : 6.6;
		const a = -Math.PI / 2 + (i * Math.PI) / 5;
		points.push(`${(r * Math.cos(a)).toFixed(2)},${(r * Math.sin(a) + 0.6).toFixed(2)}`);
	}
	return `M${points.join('L')}Z`;
})();

/** One distinct closed shape per kind. */
export const KIND_GLYPHS: Record<EventKind, string> = {
	summit: star,
	meeting: 'M-6,0A6,6 0 1,0 6,0A6,6 0 1,0 -6,0Z',
	call: 'M0,-6.5L6.5,0L0,6.5L-6.5,0Z',
	videoconference: 'M-6.5,-4.5H6.5V3.5H-6.5Z',
	statement: 'M-5,-5H5V5H-5Z',
	post: 'M-6,-5.5H6V2.5H-1L-4,6V2.5H-6Z',
	remarks: 'M-5,-6L6,0L-5,6Z',
	speech: 'M0,-6L6.5,5.5H-6.5Z',
	interview: 'M-2.5,-4H2.5A4,4 0 0 1 2.5,4H-2.5A4,4 0 0 1 -2.5,-4Z',
	report: 'M-5,-6H2L5,-3V6H-5Z',
	proposal: 'M-6,-5H1.5L6,0L1.5,5H-6Z',
	threat: 'M-6.5,-5.5H6.5L0,6Z',
	announcement: 'M-6,-2.5L6,-6V6L-6,2.5Z',
	agreement: polygon(6, 6.2),
	sanction: polygon(8, 6.2, Math.PI / 8),
	other: 'M-2,-6H2V-2H6V2H2V6H-2V2H-6V-2H-2Z'
};

/**
 * A key event's mark (`prominence: "key"`): its glyph this much larger, outlined this thick (px,
 * as drawn) in the accent colour `--key`. The SVG, the canvas and the legend all read it here.
 */
export const KEY_MARK = { scale: 1.5, strokeWidth: 2.25 } as const;

/** The dash of an outline that is only proposed, px. */
export const DASH: readonly number[] = [2.5, 1.8];

/** The strokes that strike a glyph out, as [x1, y1, x2, y2] segments around its centre. */
export const STRIKES: Record<
	'line' | 'cross',
	readonly (readonly [number, number, number, number])[]
> = {
	line: [[-8.5, 0, 8.5, 0]],
	cross: [
		[-7, -7, 7, 7],
		[7, -7, -7, 7]
	]
};

/**
 * Where the parts of a mark and of a count badge sit, in px from the top of their row (and, for
 * the hit box, from the mark's time): the SVG, the canvas and the hit test all read them here.
 */
export const MARK_LAYOUT = {
	glyphY: 10,
	barY: 18,
	barHeight: 5,
	labelY: 14,
	hit: { left: -8, minWidth: 16, extra: 8, height: 24 },
	badge: { y: 2, height: 17, textY: 14.5, rangeY: 19, rangeHeight: 3 }
} as const;

export type StatusFill = 'solid' | 'hatch' | 'dots' | 'cross' | 'none';

export interface StatusStyle {
	fill: StatusFill;
	/** a dashed outline */
	dashed: boolean;
	/** a line through the mark (and its label): the event did not take place */
	strike: 'none' | 'line' | 'cross';
}

export const STATUS_STYLES: Record<EventStatus, StatusStyle> = {
	occurred: { fill: 'solid', dashed: false, strike: 'none' },
	reported: { fill: 'hatch', dashed: false, strike: 'none' },
	claimed: { fill: 'dots', dashed: false, strike: 'none' },
	contested: { fill: 'cross', dashed: false, strike: 'none' },
	scheduled: { fill: 'none', dashed: false, strike: 'none' },
	proposed: { fill: 'none', dashed: true, strike: 'none' },
	cancelled: { fill: 'none', dashed: true, strike: 'line' },
	'did-not-happen': { fill: 'none', dashed: false, strike: 'cross' }
};

/**
 * The tiles of the patterned fills, in px: lines (rotated by `rotate` degrees) or dots on a
 * square tile whose paper is the background. The chart's SVG defs and the preview cards draw them.
 */
export const STATUS_PATTERNS: Record<
	Exclude<StatusFill, 'solid' | 'none'>,
	{
		size: number;
		rotate: number;
		lines: readonly (readonly [number, number, number, number])[];
		dots: readonly (readonly [number, number])[];
	}
> = {
	hatch: { size: 4, rotate: 45, lines: [[1, 0, 1, 4]], dots: [] },
	cross: {
		size: 4,
		rotate: 45,
		lines: [
			[1, 0, 1, 4],
			[0, 1, 4, 1]
		],
		dots: []
	},
	dots: { size: 3.5, rotate: 0, lines: [], dots: [[1.75, 1.75]] }
};

/** Stroke widths of a glyph's outline, of a pattern's lines, of a strike; a dot's radius, px. */
export const GLYPH_STROKES = { outline: 1.5, pattern: 1.5, strike: 1.8, dot: 0.9 } as const;

/**
 * The rest of a mark's drawing, px: a span's bar outline; the halo behind a fuzzy instant; the
 * focus ring's radius; the background stroke that keeps a label legible over lines; the
 * connector joining an event's marks across lanes; and a count badge's pill and range bar.
 */
export const MARK_STROKES = {
	bar: 1,
	halo: { x: -16, width: 32, opacity: 0.7 },
	ring: 10.5,
	labelHalo: 3,
	labelSize: 12,
	keyLabelWeight: 600,
	connector: { width: 2, opacity: 0.55, joint: 2.5 },
	badge: { stroke: 1.5, fontSize: 11, fontWeight: 700, rangeOpacity: 0.35 }
} as const;

/** What fills a status's glyph and bar: the mark's colour, the paper's, or a patterned tile. */
export function statusPaint<T>(
	status: EventStatus,
	paints: { mark: T; paper: T; pattern: (name: Exclude<StatusFill, 'solid' | 'none'>) => T }
): T {
	const fill = STATUS_STYLES[status].fill;
	return fill === 'solid' ? paints.mark : fill === 'none' ? paints.paper : paints.pattern(fill);
}

/**
 * How a fuzzy end fades: the opacity of a span's mask at each offset along it (0 to 1), for a
 * fuzzy start, a fuzzy end, or both (a date known only to lie within a range).
 */
export const FADE_MASKS: Record<Fade, readonly { offset: number; opacity: number }[]> = {
	start: stops([0, 0.45, 1, 1]),
	end: stops([1, 1, 0.45, 0]),
	both: stops([0, 1, 1, 0])
};

function stops(opacities: readonly number[]) {
	return opacities.map((opacity, i) => ({ offset: [0, 0.35, 0.65, 1][i] as number, opacity }));
}

// the briefing's marks live in a module of their own, so that the print page does not bring the
// chart's glyph geometry into the chunk every page loads
export { PRINT_MARKS, type PrintMark } from './print-marks';

export interface Fuzziness {
	/** the start is approximate or uncertain: fade the left edge */
	start: boolean;
	/** the end is approximate or uncertain: fade the right edge */
	end: boolean;
}

/** Which ends of the event's span fade; "sometime within" fades both. */
export function fuzziness(date: EventDate): Fuzziness {
	const fuzzy = (p?: { approximate?: boolean; uncertain?: boolean }) =>
		!!p && (!!p.approximate || !!p.uncertain);
	const within = !!date.within;
	return {
		start: within || fuzzy(date.start),
		end: within || fuzzy(date.end ?? date.start)
	};
}

/** The ends of a span that fade, when any does. */
export type Fade = 'start' | 'end' | 'both';

/** `fuzziness()` in one word, or undefined when neither end fades. */
export function fadeOf(date: EventDate): Fade | undefined {
	const { start, end } = fuzziness(date);
	return start && end ? 'both' : start ? 'start' : end ? 'end' : undefined;
}
