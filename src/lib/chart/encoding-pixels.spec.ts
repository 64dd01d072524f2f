import { createCanvas, DOMMatrix, Path2D } from '@napi-rs/canvas';
import { Resvg } from '@resvg/resvg-js';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { EVENT_KINDS, EVENT_STATUSES } from '$lib/data/vocabulary';
import type { EventKind, EventStatus } from '$lib/data/schema';
import { drawBar, drawGlyph, maskFade, type Paint2D } from './canvas/paint-marks';
import { createPaintStyle, type CanvasEnv, type PaintColours } from './canvas/paint-style';
import { DASH, MARK_LAYOUT, STATUS_STYLES, type Fade } from './encoding';
import Glyph from './svg/Glyph.svelte';
import SpanBar from './svg/SpanBar.svelte';
import { glyphDefs } from './svg/glyph-defs';
import { glyphIds } from './svg/glyph-ids';

// Every kind and status drawn by the SVG components (rasterised by resvg) and by the canvas
// painter (on a Node canvas), compared pixel by pixel: the two renderers read one encoding, and
// this shows they draw it alike.

const colours: PaintColours = {
	mark: '#1d4ed8',
	key: '#c2410c',
	ink: '#1a1d21',
	bg: '#ffffff',
	fg: '#1a1d21',
	family: 'sans-serif'
};
const CSS_VARS: Record<string, string> = {
	'--mark': colours.mark,
	'--key': colours.key,
	'--mark-ink': colours.ink,
	'--bg': colours.bg,
	'--fg': colours.fg
};
/** device px per CSS px, on both sides */
const RATIO = 4;
const ids = glyphIds('t');

const env: CanvasEnv = {
	canvas(width, height) {
		const image = createCanvas(width, height);
		return { image, ctx: image.getContext('2d') } as unknown as ReturnType<CanvasEnv['canvas']>;
	},
	path: (d) => new Path2D(d) as unknown as globalThis.Path2D,
	matrix: () => new DOMMatrix() as unknown as globalThis.DOMMatrix
};
const style = createPaintStyle(colours, RATIO, env);

/** The SVG `markup` (in CSS px, `width` × `height`) rasterised on white. */
function svgPixels(markup: string, width: number, height: number): Uint8Array {
	const defs = glyphDefs(ids);
	const svg =
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
		`${defs}${markup}</svg>`;
	const resolved = svg.replace(/var\((--[\w-]+)\)/g, (_, name: string) => CSS_VARS[name] ?? '');
	const image = new Resvg(resolved, {
		fitTo: { mode: 'zoom', value: RATIO },
		background: 'white'
	}).render();
	return new Uint8Array(image.pixels);
}

/** What `draw` paints (in CSS px, `width` × `height`) on a white canvas. */
function canvasPixels(width: number, height: number, draw: (c: Paint2D) => void): Uint8Array {
	const canvas = createCanvas(width * RATIO, height * RATIO);
	const ctx = canvas.getContext('2d');
	ctx.fillStyle = 'white';
	ctx.fillRect(0, 0, canvas.width, canvas.height);
	ctx.scale(RATIO, RATIO);
	draw(ctx as unknown as Paint2D);
	return new Uint8Array(ctx.getImageData(0, 0, canvas.width, canvas.height).data);
}

/**
 * How far apart two renderings are: the share of the pixels inked in either (not white) whose
 * colour differs by more than a quarter of the range in some channel.
 */
function mismatch(a: Uint8Array, b: Uint8Array): number {
	expect(a.length).toBe(b.length);
	let inked = 0;
	let differ = 0;
	for (let i = 0; i < a.length; i += 4) {
		const white = (p: Uint8Array) => p[i]! > 250 && p[i + 1]! > 250 && p[i + 2]! > 250;
		if (white(a) && white(b)) continue;
		inked++;
		const d = Math.max(
			Math.abs(a[i]! - b[i]!),
			Math.abs(a[i + 1]! - b[i + 1]!),
			Math.abs(a[i + 2]! - b[i + 2]!)
		);
		if (d > 64) differ++;
	}
	return inked ? differ / inked : 0;
}

/**
 * The most two renderings of one mark may differ by. Measured on 5 December 2026: 0 for most
 * marks, up to 0.05 where dashes run round a curve (the rasterisers split arcs differently),
 * against 0.17 and more between two different kinds or statuses.
 */
const TOLERANCE = 0.06;

const BOX = 30;
const glyphSvg = (kind: EventKind, status: EventStatus, key: boolean) =>
	svgPixels(
		`<g transform="translate(${BOX / 2},${BOX / 2})">${render(Glyph, { props: { kind, status, ids, key } }).body}</g>`,
		BOX,
		BOX
	);
const glyphCanvas = (kind: EventKind, status: EventStatus, key: boolean) =>
	canvasPixels(BOX, BOX, (c) => {
		// the painter draws a glyph centred in its sprite's box: 22 px, or 33 px for a key event
		const half = key ? 16.5 : 11;
		c.translate(BOX / 2 - half, BOX / 2 - half);
		drawGlyph(c, kind, status, key, style);
	});

const pairs = EVENT_KINDS.flatMap((kind) =>
	EVENT_STATUSES.map((status) => [kind, status] as const)
);

describe('drawGlyph and Glyph.svelte', () => {
	it.each(pairs)('draw %s, %s alike', (kind, status) => {
		expect(mismatch(glyphSvg(kind, status, false), glyphCanvas(kind, status, false))).toBeLessThan(
			TOLERANCE
		);
	});

	it.each(EVENT_STATUSES)('draw a key summit, %s, alike', (status) => {
		expect(
			mismatch(glyphSvg('summit', status, true), glyphCanvas('summit', status, true))
		).toBeLessThan(TOLERANCE);
	});

	// the comparison tells encodings apart: a glyph drawn with another status's fill or strike,
	// or as another kind, is well past the tolerance
	it.each([
		['statement', 'occurred', 'statement', 'reported'],
		['statement', 'reported', 'statement', 'contested'],
		['statement', 'claimed', 'statement', 'reported'],
		['statement', 'scheduled', 'statement', 'cancelled'],
		['statement', 'scheduled', 'statement', 'did-not-happen'],
		['meeting', 'occurred', 'statement', 'occurred'],
		['call', 'scheduled', 'videoconference', 'scheduled']
	] as const)('tell %s, %s from %s, %s', (k1, s1, k2, s2) => {
		expect(mismatch(glyphSvg(k1, s1, false), glyphCanvas(k2, s2, false))).toBeGreaterThan(
			2 * TOLERANCE
		);
	});
});

const BAR = { width: 60, height: 10 };
const barSvg = (status: EventStatus, fade: Fade | undefined) =>
	svgPixels(
		`<g transform="translate(5,0)">${render(SpanBar, { props: { status, width: 50, ids, fade, y: 2 } }).body}</g>`,
		BAR.width,
		BAR.height
	);
const barCanvas = (status: EventStatus, fade: Fade | undefined) =>
	canvasPixels(BAR.width, BAR.height, (c) => {
		const s = STATUS_STYLES[status];
		const fill =
			s.fill === 'solid' ? style.mark : s.fill === 'none' ? style.bg : style.patterns[s.fill];
		// fades mask what is already drawn, so the bar is drawn on its own surface first
		const layer = createCanvas(BAR.width * RATIO, BAR.height * RATIO);
		const l = layer.getContext('2d') as unknown as Paint2D;
		// at the SVG bar's origin, where its patterns start
		l.scale(RATIO, RATIO);
		l.translate(5, 0);
		drawBar(l, { x0: 0, x1: 50, top: 2, left: -5, right: 55 }, fill, s.dashed ? DASH : [], style);
		if (fade) maskFade(l, 0, 2, 50, MARK_LAYOUT.barHeight, fade);
		c.drawImage(layer as unknown as CanvasImageSource, 0, 0, BAR.width, BAR.height);
	});

const bars = EVENT_STATUSES.flatMap((status) =>
	([undefined, 'start', 'end', 'both'] as const).map((fade) => [status, fade ?? 'none'] as const)
);

describe('drawBar, maskFade and SpanBar.svelte', () => {
	it.each(bars)('draw a %s bar, fading at %s, alike', (status, fade) => {
		const f = fade === 'none' ? undefined : fade;
		expect(mismatch(barSvg(status, f), barCanvas(status, f))).toBeLessThan(TOLERANCE);
	});

	it.each([
		['occurred', 'start', 'occurred', 'end'],
		['occurred', 'none', 'occurred', 'both'],
		['occurred', 'none', 'scheduled', 'none']
	] as const)('tell a %s bar fading at %s from a %s bar fading at %s', (s1, f1, s2, f2) => {
		const fade = (f: string) => (f === 'none' ? undefined : (f as Fade));
		expect(mismatch(barSvg(s1, fade(f1)), barCanvas(s2, fade(f2)))).toBeGreaterThan(2 * TOLERANCE);
	});
});
