/**
 * The canvas painter's resources: colours, fill patterns, glyph outlines, sprite atlases and the
 * scratch surface of faded bars. The patterns are drawn from the encoding's tiles, so the canvas
 * fills what the SVG's patterns fill. Canvases come from `CanvasEnv`, so the browser and the pixel
 * tests (a canvas for Node) build the same style.
 */
import type { EventKind } from '$lib/data/schema';
import { GLYPH_STROKES, KIND_GLYPHS, STATUS_PATTERNS } from '$lib/chart/encoding';
import type { Paint2D, PaintColours, PaintStyle, Scratch, Sprite } from './paint-marks';

// the colours are part of the style the painter reads; the component passes them in here
export type { PaintColours };

/** A canvas of `width` × `height` device px and its 2D context. */
export interface CanvasSurface {
	image: CanvasImageSource & { width: number; height: number };
	ctx: CanvasRenderingContext2D;
}

/** Where canvases, outlines and pattern transforms come from. */
export interface CanvasEnv {
	canvas(width: number, height: number): CanvasSurface | null;
	path(d: string): Path2D;
	matrix(): DOMMatrix;
}

/** The side of a sprite atlas, device px. */
const ATLAS = 1024;

/**
 * Sprites drawn side by side in rows on shared canvases: a canvas and its context cost far more
 * to make than the small drawing on each, and a badge's sprite is made for each new count.
 */
function createAtlas(ratio: number, env: CanvasEnv) {
	let surface: CanvasSurface | null = null;
	let x = 0;
	let y = 0;
	let rowHeight = 0;
	return (width: number, height: number, draw: (c: Paint2D) => void): Sprite | null => {
		const w = Math.min(Math.ceil(width * ratio), ATLAS);
		const h = Math.min(Math.ceil(height * ratio), ATLAS);
		if (x + w > ATLAS) {
			x = 0;
			y += rowHeight + 1;
			rowHeight = 0;
		}
		if (!surface || y + h > ATLAS) {
			// a full atlas stays with the sprites already on it; new ones go on a new one
			surface = env.canvas(ATLAS, ATLAS);
			if (!surface) return null;
			x = y = rowHeight = 0;
		}
		const { ctx } = surface;
		ctx.save();
		ctx.setTransform(ratio, 0, 0, ratio, x, y);
		// what the drawing does (a fade's compositing, a stroke's overflow) stays in its cell
		ctx.beginPath();
		ctx.rect(0, 0, w / ratio, h / ratio);
		ctx.clip();
		draw(ctx);
		ctx.restore();
		const sprite = { image: surface.image, x, y, scale: ratio };
		// a pixel between sprites, so that none bleeds into its neighbour when copied
		x += w + 1;
		rowHeight = Math.max(rowHeight, h);
		return sprite;
	};
}

/**
 * A status's fill pattern, drawn from its tile in the encoding at the device's pixel ratio. A
 * tile whose side is not a whole number of px is repeated twice each way first, so that the
 * canvas's tile is whole pixels and the pattern does not drift.
 */
function pattern(
	name: keyof typeof STATUS_PATTERNS,
	colours: PaintColours,
	ratio: number,
	env: CanvasEnv
): CanvasPattern | string {
	const tile = STATUS_PATTERNS[name];
	const repeat = Number.isInteger(tile.size) ? 1 : 2;
	const side = tile.size * repeat;
	const surface = env.canvas(Math.ceil(side * ratio), Math.ceil(side * ratio));
	if (!surface) return 'transparent';
	const { ctx: t, image } = surface;
	t.scale(image.width / side, image.height / side);
	t.fillStyle = colours.bg;
	t.fillRect(0, 0, side, side);
	t.strokeStyle = t.fillStyle = colours.mark;
	t.lineWidth = GLYPH_STROKES.pattern;
	for (let i = 0; i < repeat; i++) {
		for (let j = 0; j < repeat; j++) {
			const [dx, dy] = [i * tile.size, j * tile.size];
			t.beginPath();
			for (const [x1, y1, x2, y2] of tile.lines) {
				t.moveTo(x1 + dx, y1 + dy);
				t.lineTo(x2 + dx, y2 + dy);
			}
			t.stroke();
			t.beginPath();
			for (const [x, y] of tile.dots) {
				t.moveTo(x + dx + GLYPH_STROKES.dot, y + dy);
				t.arc(x + dx, y + dy, GLYPH_STROKES.dot, 0, 2 * Math.PI);
			}
			t.fill();
		}
	}
	const made = t.createPattern(image, 'repeat');
	if (!made) return 'transparent';
	made.setTransform(
		env
			.matrix()
			.rotate(tile.rotate)
			.scale(side / image.width)
	);
	return made;
}

/** The drawing style of the canvas painter, for `colours` at `ratio` device px per CSS px. */
export function createPaintStyle(colours: PaintColours, ratio: number, env: CanvasEnv): PaintStyle {
	const paths = new Map<EventKind, Path2D>();
	const sprites = new Map<string, Sprite>();
	let atlas = createAtlas(ratio, env);
	let scratch: CanvasSurface | null = null;
	// where a sprite goes when no canvas can be made: copying from it draws nothing
	let nothing: Sprite | undefined;
	return {
		...colours,
		patterns: Object.fromEntries(
			(Object.keys(STATUS_PATTERNS) as (keyof typeof STATUS_PATTERNS)[]).map((name) => [
				name,
				pattern(name, colours, ratio, env)
			])
		) as PaintStyle['patterns'],
		glyph(kind) {
			let path = paths.get(kind);
			if (!path) paths.set(kind, (path = env.path(KIND_GLYPHS[kind])));
			return path;
		},
		sprite(key, width, height, draw): Sprite {
			let sprite = sprites.get(key);
			if (!sprite) {
				// glyphs and badges come in a few hundred kinds; a long zoom never grows it for ever
				if (sprites.size >= 2000) {
					sprites.clear();
					atlas = createAtlas(ratio, env);
				}
				sprite =
					atlas(width, height, draw) ??
					(nothing ??= {
						image: env.canvas(1, 1)?.image ?? new OffscreenCanvas(1, 1),
						x: 0,
						y: 0,
						scale: 1
					});
				sprites.set(key, sprite);
			}
			return sprite;
		},
		scratch(width, height): Scratch | null {
			const w = Math.ceil(width * ratio);
			const h = Math.ceil(height * ratio);
			if (!scratch || scratch.image.width < w || scratch.image.height < h) {
				scratch =
					env.canvas(
						Math.max(w, scratch?.image.width ?? 0, 64),
						Math.max(h, scratch?.image.height ?? 0, 16)
					) ?? scratch;
			}
			if (!scratch || scratch.image.width < w || scratch.image.height < h) return null;
			const c = scratch.ctx;
			c.setTransform(1, 0, 0, 1, 0, 0);
			c.clearRect(0, 0, w, h);
			c.setTransform(ratio, 0, 0, ratio, 0, 0);
			return { ctx: c as Paint2D, image: scratch.image, scale: ratio };
		}
	};
}

/** Canvases of the page's document. */
export const documentCanvas: CanvasEnv = {
	canvas(width, height) {
		const image = document.createElement('canvas');
		image.width = width;
		image.height = height;
		const ctx = image.getContext('2d');
		return ctx ? { image, ctx } : null;
	},
	path: (d) => new Path2D(d),
	matrix: () => new DOMMatrix()
};
