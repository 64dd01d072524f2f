/**
 * Paints a frame's marks, badges and connectors on a 2D canvas, the way the SVG marks draw them:
 * the same shapes, fills, dashes, strikes, fades and labels at the same places. Used when a frame
 * holds too many marks for SVG elements to redraw in time; the marks that need to be elements
 * (the keyboard's, the selected and the hovered ones) are left to the SVG and skipped here.
 */
import type { EventKind, EventStatus } from '$lib/data/schema';
import {
	DASH,
	FADE_MASKS,
	GLYPH_STROKES,
	KEY_MARK,
	MARK_LAYOUT as L,
	MARK_STROKES as M,
	STATUS_STYLES,
	STRIKES,
	statusPaint,
	type Fade,
	type StatusFill
} from '$lib/chart/encoding';
import {
	badgeWidth,
	countLabel,
	markKey,
	type Connector,
	type LanePlacement,
	type PlacedCluster,
	type PlacedEvent
} from '$lib/chart/placement';

/** A letter of a script written right to left (Hebrew to Adlam, in Unicode's order). */
const RIGHT_TO_LEFT_LETTER =
	/[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}]/u;

/**
 * The direction a piece of text reads in, by its first letter, as `unicode-bidi: plaintext` finds
 * it for the chart's SVG text: a canvas has no such setting. Here, with the canvas's code, so that
 * only pages that draw one fetch it. Text without letters reads left to right.
 */
export function writingDirection(text: string): 'ltr' | 'rtl' {
	const letter = /\p{L}/u.exec(text);
	return letter && RIGHT_TO_LEFT_LETTER.test(letter[0]) ? 'rtl' : 'ltr';
}

/** The canvas calls the painter makes: a subset of CanvasRenderingContext2D, so tests can record. */
export type Paint2D = Pick<
	CanvasRenderingContext2D,
	| 'beginPath'
	| 'moveTo'
	| 'lineTo'
	| 'arc'
	| 'rect'
	| 'roundRect'
	| 'fill'
	| 'stroke'
	| 'fillRect'
	| 'clearRect'
	| 'fillText'
	| 'strokeText'
	| 'measureText'
	| 'translate'
	| 'save'
	| 'restore'
	| 'clip'
	| 'setLineDash'
	| 'scale'
	| 'lineDashOffset'
	| 'drawImage'
	| 'createLinearGradient'
	| 'fillStyle'
	| 'strokeStyle'
	| 'lineWidth'
	| 'lineJoin'
	| 'lineCap'
	| 'globalAlpha'
	| 'globalCompositeOperation'
	| 'font'
	| 'textAlign'
	| 'textBaseline'
	| 'direction'
>;

/** A surface to draw on and copy from: the faded bars' scratch. */
export interface Scratch {
	ctx: Paint2D;
	image: CanvasImageSource;
	/** device pixels per CSS pixel of `image` */
	scale: number;
}

/** Where a sprite was drawn: a rectangle of `image`, with its top left at (x, y), in device px. */
export interface Sprite {
	image: CanvasImageSource;
	x: number;
	y: number;
	/** device pixels per CSS pixel */
	scale: number;
}

/** The page's colours and the labels' font family, read from its styles by the component. */
export interface PaintColours {
	mark: string;
	/** the outline of a key event's mark */
	key: string;
	ink: string;
	bg: string;
	fg: string;
	/** the font family of the labels */
	family: string;
}

/** The page's colours and fonts, and the resources drawn with them. */
export interface PaintStyle extends PaintColours {
	/** the hatched, dotted and cross-hatched fills */
	patterns: Record<Exclude<StatusFill, 'solid' | 'none'>, string | CanvasPattern>;
	/** the outline of a kind's glyph, centred on (0, 0) */
	glyph: (kind: EventKind) => Path2D;
	/**
	 * a cleared scratch surface at least `width` × `height` CSS px, the same one each time; null
	 * when no canvas can be made (faded bars are then drawn straight onto the chart)
	 */
	scratch: (width: number, height: number) => Scratch | null;
	/**
	 * A small image drawn once by `draw`, with its top left at (0, 0), and kept under `key`: a
	 * glyph or a badge is copied from it rather than drawn again, as copying pixels costs far less
	 * than filling and stroking paths and text. Sprites share one image: a frame makes every
	 * sprite it needs before it copies any, since drawing on an image that has just been copied
	 * from makes the browser copy all of it first.
	 */
	sprite: (key: string, width: number, height: number, draw: (c: Paint2D) => void) => Sprite;
}

export interface Scene {
	placements: readonly LanePlacement[];
	connectors: readonly Connector[];
	rowTop: (lane: number, row: number) => number;
	/** keys (markKey) of the marks the SVG draws */
	skip: ReadonlySet<string>;
}

/** The side of a glyph's sprite, px: the glyph, its strike and their strokes fit inside. */
const GLYPH_BOX = 22;
const NO_DASH: number[] = [];

/** Copies a sprite with its top left at (x, y), on whole device pixels so it stays sharp. */
function stamp(ctx: Paint2D, sprite: Sprite, box: { x: number; y: number; w: number; h: number }) {
	const k = sprite.scale;
	const w = Math.ceil(box.w * k);
	const h = Math.ceil(box.h * k);
	const x = Math.round(box.x * k) / k;
	const y = Math.round(box.y * k) / k;
	ctx.drawImage(sprite.image, sprite.x, sprite.y, w, h, x, y, w / k, h / k);
}

/** What fills a status's glyph and bar on the canvas. */
function fillOf(status: EventStatus, s: PaintStyle): string | CanvasPattern {
	return statusPaint<string | CanvasPattern>(status, {
		mark: s.mark,
		paper: s.bg,
		pattern: (name) => s.patterns[name]
	});
}

/**
 * Fades what is drawn in the box `w` × `h` px at (`x`, `y`), as the SVG masks fade a span, and
 * clears what lies outside it: an SVG mask covers the bar's box, not the outer half of its outline.
 */
export function maskFade(c: Paint2D, x: number, y: number, w: number, h: number, fade: Fade) {
	const gradient = c.createLinearGradient(x, 0, x + w, 0);
	for (const { offset, opacity } of FADE_MASKS[fade]) {
		gradient.addColorStop(offset, `rgba(0,0,0,${opacity})`);
	}
	c.globalCompositeOperation = 'destination-in';
	c.fillStyle = gradient;
	c.fillRect(x, y, w, h);
	c.globalCompositeOperation = 'source-over';
}

/**
 * A span's bar from `x0` to `x1` px, its top at `top`, drawn only between `left` and `right`: a
 * span can reach far past the chart's edges when zoomed in, and filling or dashing the whole of it
 * would cost in proportion to its length. Its ends are stroked only where they are in view, and
 * its dashes keep the phase they would have from its true start.
 */
export function drawBar(
	c: Paint2D,
	bar: { x0: number; x1: number; top: number; left: number; right: number },
	fill: string | CanvasPattern,
	dash: readonly number[],
	s: PaintStyle
) {
	const { x0, x1, top } = bar;
	const h = L.barHeight;
	const a = Math.max(x0, bar.left);
	const b = Math.min(x1, bar.right);
	if (b <= a) return;
	c.fillStyle = fill;
	c.fillRect(a, top, b - a, h);
	c.lineWidth = M.bar;
	c.strokeStyle = s.mark;
	if (dash.length === 0) {
		c.setLineDash(NO_DASH);
		c.beginPath();
		c.moveTo(a, top);
		c.lineTo(b, top);
		c.moveTo(a, top + h);
		c.lineTo(b, top + h);
		if (x0 >= bar.left) {
			c.moveTo(x0, top);
			c.lineTo(x0, top + h);
		}
		if (x1 <= bar.right) {
			c.moveTo(x1, top);
			c.lineTo(x1, top + h);
		}
		c.stroke();
		return;
	}
	// an SVG rect is stroked clockwise from its top left corner, its dashes running on round the
	// corners: each edge starts at the phase it has there
	const w = x1 - x0;
	c.setLineDash(dash);
	const edge = (phase: number, ax: number, ay: number, bx: number, by: number) => {
		c.beginPath();
		c.moveTo(ax, ay);
		c.lineTo(bx, by);
		c.lineDashOffset = phase;
		c.stroke();
	};
	edge(a - x0, a, top, b, top);
	if (x1 <= bar.right) edge(w, x1, top, x1, top + h);
	edge(w + h + (x1 - b), b, top + h, a, top + h);
	if (x0 >= bar.left) edge(2 * w + h, x0, top + h, x0, top);
	c.lineDashOffset = 0;
}

/** Where a span's faded bar waits on the scratch surface: its top left there, in device px. */
interface Strip {
	x: number;
	y: number;
}

/** A faded bar's strip is the bar with a px of margin all round, which keeps its stroke in. */
const STRIP_HEIGHT = L.barHeight + 2;
/** How tall the scratch surface grows for one batch of faded bars, CSS px. */
const SCRATCH_HEIGHT = 256;

/** The part of a span's bar in the chart (with 2 px beyond each side), or none. */
function barPart(m: PlacedEvent, width: number): { a: number; b: number } | null {
	if (m.instant || m.x1 - m.x0 < 8) return null;
	const a = Math.max(m.x0, -2);
	const b = Math.min(m.x1, width + 2);
	return b > a ? { a, b } : null;
}

/** The part of a faded span's bar in the chart, or none. */
function fadedPart(m: PlacedEvent, width: number): { a: number; b: number } | null {
	return m.event.fade ? barPart(m, width) : null;
}

/**
 * Draws the faded bars of `marks`, from `from` on, on the scratch surface, side by side in rows,
 * until it is full: each is drawn over its visible part, and masked by a gradient laid over its
 * whole span. Copying from a surface drawn on since it was last copied makes the browser copy
 * the surface first, so the bars of a batch are all drawn before the first is copied: drawn and
 * copied one at a time, at 1,000 events they took most of a keyboard step. Returns where each
 * bar is, and the index after the batch's last mark.
 */
function drawFades(
	marks: readonly [PlacedEvent, number][],
	from: number,
	s: PaintStyle,
	width: number
): { to: number; scratch?: Scratch; strips: Map<PlacedEvent, Strip> } {
	const strips = new Map<PlacedEvent, Strip>();
	const faded: [PlacedEvent, { a: number; b: number }][] = [];
	let to = from;
	while (to < marks.length && !fadedPart((marks[to] as [PlacedEvent, number])[0], width)) to++;
	if (to === marks.length) return { to, strips };
	// the scratch surface's device px per CSS px, which packing needs before it is drawn on
	const probe = s.scratch(0, 0);
	if (!probe) return { to: marks.length, strips };
	const k = probe.scale;
	// the widest bar is the chart's width and its 2 px beyond each side, with its margin and gap
	const rowWidth = Math.ceil((width + 6) * k) + 1;
	const rowHeight = Math.ceil(STRIP_HEIGHT * k) + 1;
	const rows = Math.max(1, Math.floor((SCRATCH_HEIGHT * k) / rowHeight));
	let x = 0;
	let row = 0;
	for (; to < marks.length; to++) {
		const m = (marks[to] as [PlacedEvent, number])[0];
		const part = fadedPart(m, width);
		if (!part) continue;
		const w = Math.ceil((part.b - part.a + 2) * k) + 1;
		if (x > 0 && x + w > rowWidth) {
			if (row + 1 === rows) break;
			row++;
			x = 0;
		}
		strips.set(m, { x, y: row * rowHeight });
		faded.push([m, part]);
		x += w;
	}
	const scratch = s.scratch(rowWidth / k, ((row + 1) * rowHeight) / k);
	if (!scratch) return { to: marks.length, strips: new Map() };
	const c = scratch.ctx;
	for (const [m, { a, b }] of faded) {
		const strip = strips.get(m) as Strip;
		const w = b - a + 2;
		// on its strip the visible part starts at x = 1
		const shift = 1 - a;
		c.save();
		c.translate(strip.x / k, strip.y / k);
		c.beginPath();
		c.rect(0, 0, w, STRIP_HEIGHT);
		c.clip();
		const e = m.event;
		const style = STATUS_STYLES[e.status];
		drawBar(
			c,
			{ x0: m.x0 + shift, x1: m.x1 + shift, top: 1, left: 0, right: w },
			fillOf(e.status, s),
			style.dashed ? DASH : NO_DASH,
			s
		);
		maskFade(c, m.x0 + shift, 1, m.x1 - m.x0, L.barHeight, e.fade as Fade);
		c.restore();
	}
	return { to, scratch, strips };
}

function paintConnectors(ctx: Paint2D, scene: Scene, s: PaintStyle) {
	if (scene.connectors.length === 0) return;
	ctx.globalAlpha = M.connector.opacity;
	ctx.beginPath();
	const joints: [number, number][] = [];
	for (const c of scene.connectors) {
		let top = Infinity;
		let bottom = -Infinity;
		for (const end of c.ends) {
			const y = scene.rowTop(end.lane, end.row) + L.glyphY;
			top = Math.min(top, y);
			bottom = Math.max(bottom, y);
			joints.push([c.x, y]);
		}
		ctx.moveTo(c.x, top);
		ctx.lineTo(c.x, bottom);
	}
	ctx.strokeStyle = s.mark;
	ctx.lineWidth = M.connector.width;
	ctx.stroke();
	ctx.beginPath();
	for (const [x, y] of joints) {
		ctx.moveTo(x + M.connector.joint, y);
		ctx.arc(x, y, M.connector.joint, 0, 2 * Math.PI);
	}
	ctx.fillStyle = s.mark;
	ctx.fill();
	ctx.globalAlpha = 1;
}

/** The badges: their range bars in one batch, then their pills with the count, as sprites. */
function paintClusters(ctx: Paint2D, badges: [PlacedCluster, number][], s: PaintStyle) {
	if (badges.length === 0) return;
	ctx.globalAlpha = M.badge.rangeOpacity;
	ctx.beginPath();
	const B = L.badge;
	for (const [c, y] of badges)
		ctx.rect(c.x0, y + B.rangeY, Math.max(2, c.x1 - c.x0), B.rangeHeight);
	ctx.fillStyle = s.mark;
	ctx.fill();
	ctx.globalAlpha = 1;
	const pills = badges.map(([c]) => badgeSprite(c.label, c.badgeWidth, s));
	badges.forEach(([c, y], i) => {
		const box = { x: c.badgeX - 1, y: y + B.y - 1, w: c.badgeWidth + 2, h: B.height + 2 };
		stamp(ctx, pills[i] as Sprite, box);
	});
}

/** The sprite of a badge's pill with its count: one per label and width. */
function badgeSprite(label: string, width: number, s: PaintStyle): Sprite {
	const B = L.badge;
	// the pill's stroke reaches 0.75 px outside it: a margin of 1
	return s.sprite(`badge ${width} ${label}`, width + 2, B.height + 2, (b) => {
		b.beginPath();
		b.roundRect(1, 1, width, B.height, B.height / 2);
		b.fillStyle = s.bg;
		b.fill();
		b.lineWidth = M.badge.stroke;
		b.strokeStyle = s.mark;
		b.stroke();
		b.font = `${M.badge.fontWeight} ${M.badge.fontSize}px ${s.family}`;
		b.textAlign = 'center';
		b.textBaseline = 'alphabetic';
		b.fillStyle = s.fg;
		b.fillText(label, 1 + width / 2, B.textY - B.y + 1);
	});
}

/** The side of a glyph's sprite, px: a key event's is larger (KEY_MARK). */
const glyphBox = (key: boolean) => (key ? Math.ceil(GLYPH_BOX * KEY_MARK.scale) : GLYPH_BOX);

/**
 * A glyph centred in its box: shape for the kind; fill, dash and strike for the status; larger
 * and outlined in the accent colour for a key event.
 */
export function drawGlyph(
	c: Paint2D,
	kind: EventKind,
	status: EventStatus,
	key: boolean,
	s: PaintStyle
) {
	const style = STATUS_STYLES[status];
	const half = glyphBox(key) / 2;
	const k = key ? KEY_MARK.scale : 1;
	c.translate(half, half);
	c.scale(k, k);
	const path = s.glyph(kind);
	c.fillStyle = fillOf(status, s);
	c.fill(path);
	c.setLineDash(style.dashed ? DASH : NO_DASH);
	c.lineWidth = key ? KEY_MARK.strokeWidth / k : GLYPH_STROKES.outline;
	c.lineJoin = 'round';
	c.strokeStyle = key ? s.key : s.mark;
	c.stroke(path);
	if (style.strike !== 'none') {
		c.setLineDash(NO_DASH);
		c.beginPath();
		for (const [x1, y1, x2, y2] of STRIKES[style.strike]) {
			c.moveTo(x1, y1);
			c.lineTo(x2, y2);
		}
		c.lineWidth = GLYPH_STROKES.strike;
		c.lineCap = 'round';
		c.strokeStyle = s.ink;
		c.stroke();
	}
	c.scale(1 / k, 1 / k);
	c.translate(-half, -half);
}

function paintMark(
	ctx: Paint2D,
	m: PlacedEvent,
	y: number,
	s: PaintStyle,
	width: number,
	fades: { scratch?: Scratch; strips: ReadonlyMap<PlacedEvent, Strip> }
) {
	const e = m.event;
	const style = STATUS_STYLES[e.status];
	const top = y + L.barY;
	// the bar of a span, or the halo of a fuzzy instant
	const part = barPart(m, width);
	const strip = fades.strips.get(m);
	if (part && strip && fades.scratch) {
		const k = fades.scratch.scale;
		const w = part.b - part.a + 2;
		ctx.drawImage(
			fades.scratch.image,
			strip.x,
			strip.y,
			w * k,
			STRIP_HEIGHT * k,
			part.a - 1,
			top - 1,
			w,
			STRIP_HEIGHT
		);
	} else if (part) {
		const bar = { x0: m.x0, x1: m.x1, top, left: -2, right: width + 2 };
		drawBar(ctx, bar, fillOf(e.status, s), style.dashed ? DASH : NO_DASH, s);
	} else if (e.fade && m.instant) {
		ctx.globalAlpha = M.halo.opacity;
		stamp(ctx, haloSprite(s), { x: m.x0 + M.halo.x, y: top, w: M.halo.width, h: L.barHeight });
		ctx.globalAlpha = 1;
	}
	// the glyph, copied from its kind and status's sprite
	const box = glyphBox(!!e.key);
	stamp(ctx, glyphSprite(e.kind, e.status, !!e.key, s), {
		x: m.x0 - box / 2,
		y: y + L.glyphY - box / 2,
		w: box,
		h: box
	});
}

/** The sprite of an event's glyph: one per kind and status, and for key events. */
function glyphSprite(kind: EventKind, status: EventStatus, key: boolean, s: PaintStyle): Sprite {
	const box = glyphBox(key);
	return s.sprite(`glyph ${kind} ${status}${key ? ' key' : ''}`, box, box, (c) =>
		drawGlyph(c, kind, status, key, s)
	);
}

/** The halo of a fuzzy instant: a bar that fades at both ends. */
function haloSprite(s: PaintStyle): Sprite {
	return s.sprite('halo', M.halo.width, L.barHeight, (c) => {
		c.fillStyle = s.mark;
		c.fillRect(0, 0, M.halo.width, L.barHeight);
		maskFade(c, 0, 0, M.halo.width, L.barHeight, 'both');
	});
}

/** The labels, with a halo of the background so that they read over lines. */
function paintLabels(ctx: Paint2D, marks: [PlacedEvent, number][], s: PaintStyle) {
	ctx.setLineDash(NO_DASH);
	ctx.font = `${M.labelSize}px ${s.family}`;
	ctx.textAlign = 'left';
	ctx.lineWidth = M.labelHalo;
	ctx.lineJoin = 'round';
	ctx.strokeStyle = s.bg;
	ctx.fillStyle = s.fg;
	for (const [m, y] of marks) {
		if (!m.label) continue;
		// a key event's label is semibold, as in the SVG
		const font = `${m.event.key ? `${M.keyLabelWeight} ` : ''}${M.labelSize}px ${s.family}`;
		if (ctx.font !== font) ctx.font = font;
		// a label left of its mark is drawn back from its end
		const align = m.labelEnd === undefined ? 'left' : 'right';
		if (ctx.textAlign !== align) ctx.textAlign = align;
		// each title reads in its own direction, whatever the page's (the alignment above is physical)
		const direction = writingDirection(m.label);
		if (ctx.direction !== direction) ctx.direction = direction;
		const x = m.labelEnd ?? m.labelX;
		ctx.strokeText(m.label, x, y + L.labelY);
		ctx.fillText(m.label, x, y + L.labelY);
		if (STATUS_STYLES[m.event.status].strike !== 'none') {
			const width = ctx.measureText(m.label).width;
			ctx.fillRect(m.labelEnd === undefined ? x : x - width, y + L.labelY - 4, width, 1);
		}
	}
}

/** Paints the scene on a cleared canvas of `width` × `height` CSS px. */
export function paintMarks(
	ctx: Paint2D,
	scene: Scene,
	s: PaintStyle,
	width: number,
	height: number
): { marks: number; badges: number } {
	ctx.clearRect(0, 0, width, height);
	ctx.textBaseline = 'alphabetic';
	paintConnectors(ctx, scene, s);
	// lanes never overlap, so each kind of thing is drawn for all lanes at once: badges, then
	// marks, then labels over them, with the fewest changes of font and colour
	const badges: [PlacedCluster, number][] = [];
	const marks: [PlacedEvent, number][] = [];
	scene.placements.forEach((p, lane) => {
		for (const c of p.clusters) badges.push([c, scene.rowTop(lane, c.row)]);
		for (const m of p.events) {
			if (!scene.skip.has(markKey(m.event.id, lane))) marks.push([m, scene.rowTop(lane, m.row)]);
		}
	});
	paintClusters(ctx, badges, s);
	// the marks' sprites are all made before the first is copied (see `PaintStyle.sprite`)
	for (const [m] of marks) {
		glyphSprite(m.event.kind, m.event.status, !!m.event.key, s);
		if (m.event.fade && m.instant) haloSprite(s);
	}
	// and so are the faded bars, a scratch surface's worth at a time
	for (let i = 0; i < marks.length;) {
		const fades = drawFades(marks, i, s, width);
		for (; i < fades.to; i++) {
			const [m, y] = marks[i] as [PlacedEvent, number];
			paintMark(ctx, m, y, s, width, fades);
		}
	}
	paintLabels(ctx, marks, s);
	return { marks: marks.length, badges: badges.length };
}

/**
 * Makes ahead of need the sprites a zoom is likely to ask for: the glyph of each kind and status
 * in `pairs`, the halo of fuzzy instants, and the badges that count 1 to `counts` events. A sprite
 * first made in a frame of a zoom costs that frame its drawing, and the browser a fresh copy of
 * the image the sprites share; made while the page is idle, they cost a zoom nothing. Returns the
 * images they are on.
 */
export function warmSprites(
	s: PaintStyle,
	pairs: Iterable<readonly [EventKind, EventStatus]>,
	counts: number
): Set<CanvasImageSource> {
	const images = new Set<CanvasImageSource>();
	for (const [kind, status] of pairs) images.add(glyphSprite(kind, status, false, s).image);
	images.add(haloSprite(s).image);
	for (let n = 1; n <= counts; n++) {
		const label = countLabel(n);
		images.add(badgeSprite(label, badgeWidth(label), s).image);
	}
	return images;
}
