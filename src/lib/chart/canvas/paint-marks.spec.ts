import { describe, expect, it } from 'vitest';
import type { EventStatus } from '$lib/data/schema';
import { chartEvent, utcDate } from '$lib/chart/fixtures';
import type { Fade } from '$lib/chart/encoding';
import {
	badgeWidth,
	countLabel,
	type LanePlacement,
	type PlacedCluster,
	type PlacedEvent
} from '$lib/chart/placement';
import {
	paintMarks,
	warmSprites,
	writingDirection,
	type Paint2D,
	type PaintStyle,
	type Scene
} from './paint-marks';

/** A canvas that writes down every call and every property set, in order. */
function recorder(name: string) {
	const log: string[] = [];
	const target: Record<string, unknown> = {};
	const ctx = new Proxy(target, {
		get(_t, key: string) {
			if (key === 'createLinearGradient') {
				return (...args: number[]) => {
					log.push(`${name}.gradient(${args.join(',')})`);
					return {
						addColorStop: (at: number, colour: string) => log.push(`${name}.stop(${at},${colour})`)
					};
				};
			}
			if (key === 'measureText') return (text: string) => ({ width: text.length * 6 });
			if (key in target) return target[key];
			return (...args: unknown[]) => log.push(`${name}.${key}(${args.map(show).join(',')})`);
		},
		set(_t, key: string, value: unknown) {
			target[key] = value;
			log.push(`${name}.${key}=${show(value)}`);
			return true;
		}
	});
	return { ctx: ctx as unknown as Paint2D, log };
}

function show(value: unknown): string {
	if (Array.isArray(value)) return `[${value.join(' ')}]`;
	if (typeof value === 'object' && value) return 'object';
	return String(value);
}

/**
 * A style whose sprites and scratch surfaces are recorders too, and a log of every sprite made.
 * Making a sprite is written in `log` too, and every sprite sits at (4, 6) of its image.
 */
function style(log: string[]) {
	const sprites = new Map<string, string[]>();
	const scratch = recorder('scratch');
	const s: PaintStyle = {
		mark: 'blue',
		key: 'orange',
		ink: 'black',
		bg: 'white',
		fg: 'ink',
		family: 'sans',
		patterns: { hatch: 'HATCH', dots: 'DOTS', cross: 'CROSS' },
		glyph: (kind) => ({ kind }) as unknown as Path2D,
		scratch: (w, h) => {
			log.push(`scratch ${w}×${h}`);
			return { ctx: scratch.ctx, image: 'SCRATCH' as unknown as CanvasImageSource, scale: 1 };
		},
		sprite(key, _w, _h, draw) {
			if (!sprites.has(key)) {
				const r = recorder('sprite');
				draw(r.ctx);
				sprites.set(key, r.log);
				log.push(`make ${key}`);
			}
			return { image: key as unknown as CanvasImageSource, x: 4, y: 6, scale: 2 };
		}
	};
	return { s, sprites, scratch: scratch.log };
}

const mark = (
	id: string,
	fields: { status?: EventStatus; x0?: number; x1?: number; label?: string; fade?: Fade } = {}
): PlacedEvent => {
	const { status = 'occurred', x0 = 100, x1 = x0, label = '', fade } = fields;
	return {
		type: 'event',
		event: chartEvent({
			id,
			title: id,
			status,
			date: utcDate('2025-08-15T12:00'),
			...(fade ? { fade } : {})
		}),
		row: 0,
		x0,
		x1,
		instant: x0 === x1,
		label,
		labelX: x1 + 10
	};
};

const badge = (label: string, badgeX: number): PlacedCluster => ({
	type: 'cluster',
	key: label,
	row: 1,
	start: 0,
	end: 1,
	count: Number(label),
	x0: badgeX - 20,
	x1: badgeX + 40,
	badgeX,
	badgeWidth: 22,
	label
});

const lane = (events: PlacedEvent[], clusters: PlacedCluster[] = []): LanePlacement => ({
	events,
	clusters,
	aggregated: false,
	rows: 2
});

function paint(placements: LanePlacement[], scene: Partial<Scene> = {}) {
	const { ctx, log } = recorder('ctx');
	const { s, sprites, scratch } = style(log);
	const drawn = paintMarks(
		ctx,
		{
			placements,
			connectors: [],
			rowTop: (l, row) => 100 * l + 26 * row,
			skip: new Set(),
			...scene
		},
		s,
		800,
		400
	);
	return { drawn, log, sprites, scratch };
}

describe('paintMarks()', () => {
	it('clears the canvas before it draws', () => {
		expect(paint([lane([mark('a')])]).log[0]).toBe('ctx.clearRect(0,0,800,400)');
	});

	it('counts what it drew, and leaves the marks the SVG draws', () => {
		const { drawn, log } = paint([lane([mark('a'), mark('b', { x0: 300 })], [badge('7', 500)])], {
			skip: new Set(['0:a'])
		});
		expect(drawn).toEqual({ marks: 1, badges: 1 });
		const glyphs = log.filter((l) => l.startsWith('ctx.drawImage(glyph'));
		// the glyph's 22 px sprite is centred on the mark: x0 − 11, row top + 10 − 11
		expect(glyphs).toEqual(['ctx.drawImage(glyph meeting occurred,4,6,44,44,289,-1,22,22)']);
	});

	it('copies each glyph from one sprite per kind and status', () => {
		const { sprites } = paint([
			lane([
				mark('a'),
				mark('b', { x0: 200 }),
				mark('c', { x0: 300, status: 'cancelled' }),
				mark('d', { x0: 400, status: 'reported' })
			])
		]);
		expect([...sprites.keys()].filter((k) => k.startsWith('glyph'))).toEqual([
			'glyph meeting occurred',
			'glyph meeting cancelled',
			'glyph meeting reported'
		]);
	});

	const statuses: [EventStatus, string, string, string | undefined][] = [
		['occurred', 'blue', '[]', undefined],
		['reported', 'HATCH', '[]', undefined],
		['claimed', 'DOTS', '[]', undefined],
		['contested', 'CROSS', '[]', undefined],
		['scheduled', 'white', '[]', undefined],
		['proposed', 'white', '[2.5 1.8]', undefined],
		['cancelled', 'white', '[2.5 1.8]', 'sprite.moveTo(-8.5,0)'],
		['did-not-happen', 'white', '[]', 'sprite.moveTo(-7,-7)']
	];
	it.each(statuses)(
		'draws a %s glyph with fill %s, dash %s and strike %s',
		(status, fill, dash, strike) => {
			const { sprites } = paint([lane([mark('a', { status })])]);
			const drawing = sprites.get(`glyph meeting ${status}`) ?? [];
			expect(drawing).toContain(`sprite.fillStyle=${fill}`);
			expect(drawing).toContain('sprite.fill(object)');
			expect(drawing).toContain(`sprite.setLineDash(${dash})`);
			const struck = drawing.find((l) => l.startsWith('sprite.moveTo('));
			expect(struck).toBe(strike);
		}
	);

	it('makes the sprites of the badges, then of the marks, before copying them', () => {
		const { log } = paint([
			lane(
				[mark('a', { fade: 'both' }), mark('b', { x0: 300, status: 'cancelled' })],
				[badge('7', 500), badge('12', 600)]
			)
		]);
		const steps = log.filter((l) => /^(make |ctx\.drawImage)/.test(l));
		expect(steps.map((l) => l.replace(/^ctx\.drawImage\(([^,]*),.*/, 'copy $1'))).toEqual([
			'make badge 22 7',
			'make badge 22 12',
			'copy badge 22 7',
			'copy badge 22 12',
			'make glyph meeting occurred',
			'make halo',
			'make glyph meeting cancelled',
			'copy halo',
			'copy glyph meeting occurred',
			'copy glyph meeting cancelled'
		]);
	});

	it('draws a badge from a sprite of its pill and count, over a bar under its days', () => {
		const { log, sprites } = paint([lane([], [badge('12', 500)])]);
		expect(log).toContain('ctx.rect(480,45,60,3)');
		expect(log).toContain('ctx.globalAlpha=0.35');
		expect(log).toContain('ctx.drawImage(badge 22 12,4,6,48,38,499,27,24,19)');
		expect(sprites.get('badge 22 12')).toContain('sprite.fillText(12,12,13.5)');
	});

	it('labels a mark with a halo, then the text', () => {
		const { log } = paint([lane([mark('a', { label: 'Summit' })])]);
		const at = log.indexOf('ctx.strokeText(Summit,110,14)');
		expect(at).toBeGreaterThan(0);
		expect(log[at + 1]).toBe('ctx.fillText(Summit,110,14)');
		expect(log).not.toContain('ctx.fillRect(110,10,36,1)');
	});

	it('strikes through the label of an event that did not take place', () => {
		const { log } = paint([lane([mark('a', { label: 'Summit', status: 'cancelled' })])]);
		expect(log).toContain('ctx.fillRect(110,10,36,1)');
	});

	it('draws a label left of its mark back from its end, struck through there too', () => {
		const left = { ...mark('a', { label: 'Summit', status: 'cancelled', x0: 790 }), labelEnd: 780 };
		const { log } = paint([lane([left])]);
		const at = log.indexOf('ctx.strokeText(Summit,780,14)');
		expect(at).toBeGreaterThan(0);
		expect(log.slice(0, at)).toContain('ctx.textAlign=right');
		expect(log).toContain('ctx.fillRect(744,10,36,1)');
	});

	it('draws each label in the direction its title reads, whatever the page', () => {
		const arabic = 'قمة ألاسكا';
		const { log } = paint([
			lane([mark('a', { label: arabic }), mark('b', { label: 'Summit', x0: 400 })])
		]);
		const rtl = log.indexOf('ctx.direction=rtl');
		const ltr = log.indexOf('ctx.direction=ltr');
		expect(rtl).toBeGreaterThan(0);
		expect(rtl).toBeLessThan(log.indexOf(`ctx.strokeText(${arabic},110,14)`));
		expect(ltr).toBeGreaterThan(log.indexOf(`ctx.fillText(${arabic},110,14)`));
		expect(ltr).toBeLessThan(log.indexOf('ctx.strokeText(Summit,410,14)'));
		// the label still starts right of its mark: the alignment is physical
		expect(log.slice(0, rtl)).toContain('ctx.textAlign=left');
	});

	it('draws a span as a bar under the glyph, stroked all round', () => {
		const { log } = paint([lane([mark('a', { x0: 100, x1: 200 })])]);
		expect(log).toContain('ctx.fillRect(100,18,100,5)');
		for (const edge of ['moveTo(100,18)', 'lineTo(200,18)', 'moveTo(100,18)', 'lineTo(100,23)']) {
			expect(log).toContain(`ctx.${edge}`);
		}
		expect(log).toContain('ctx.lineTo(200,23)');
	});

	it('draws only the part of a long span that is in view, with its dashes in phase', () => {
		const { log } = paint([lane([mark('a', { x0: -5000, x1: 90_000, status: 'proposed' })])]);
		// the canvas is 800 px wide: the bar is drawn from −2 to 802, with no stroke at either end
		expect(log).toContain('ctx.fillRect(-2,18,804,5)');
		expect(log).toContain('ctx.lineDashOffset=4998');
		expect(log.filter((l) => /^ctx\.moveTo\((-5000|90000),/.test(l))).toEqual([]);
	});

	const fades: [Fade, string[]][] = [
		[
			'start',
			['0,rgba(0,0,0,0)', '0.35,rgba(0,0,0,0.45)', '0.65,rgba(0,0,0,1)', '1,rgba(0,0,0,1)']
		],
		['end', ['0,rgba(0,0,0,1)', '0.35,rgba(0,0,0,1)', '0.65,rgba(0,0,0,0.45)', '1,rgba(0,0,0,0)']],
		['both', ['0,rgba(0,0,0,0)', '0.35,rgba(0,0,0,1)', '0.65,rgba(0,0,0,1)', '1,rgba(0,0,0,0)']]
	];
	it.each(fades)('fades a span at its %s, through a scratch surface', (fade, stops) => {
		const { log, scratch } = paint([lane([mark('a', { x0: 100, x1: 200, fade })])]);
		expect(scratch).toContain('scratch.fillRect(1,1,100,5)');
		expect(scratch.filter((l) => l.startsWith('scratch.stop('))).toEqual(
			stops.map((s) => `scratch.stop(${s})`)
		);
		expect(scratch).toContain('scratch.globalCompositeOperation=destination-in');
		expect(log).toContain('ctx.drawImage(SCRATCH,0,0,102,7,99,17,102,7)');
	});

	it('draws a faded bar straight onto the chart when no scratch surface can be made', () => {
		const { ctx, log } = recorder('ctx');
		const { s } = style(log);
		const placements = [lane([mark('a', { x0: 100, x1: 200, fade: 'both' })])];
		const scene = { placements, connectors: [], rowTop: () => 0, skip: new Set<string>() };
		paintMarks(ctx, scene, { ...s, scratch: () => null }, 800, 400);
		expect(log.filter((l) => l.startsWith('ctx.drawImage(SCRATCH'))).toEqual([]);
		expect(log).toContain('ctx.fillRect(100,18,100,5)');
	});

	it('fades a long span over its whole length, though it draws only what is in view', () => {
		const { log, scratch } = paint([lane([mark('a', { x0: -1000, x1: 3000, fade: 'both' })])]);
		// the scratch surface holds the visible px and a margin; the gradient spans all 4,000 px
		expect(scratch).toContain('scratch.fillRect(0,1,806,5)');
		expect(scratch).toContain('scratch.gradient(-997,0,3003,0)');
		expect(log).toContain('ctx.drawImage(SCRATCH,0,0,806,7,-3,17,806,7)');
	});

	it('draws every faded bar on the scratch surface before copying the first', () => {
		const { log, scratch } = paint([
			lane([
				mark('a', { x0: 100, x1: 200, fade: 'end' }),
				mark('b', { x0: 300, x1: 350 }),
				mark('c', { x0: 400, x1: 500, fade: 'start' })
			])
		]);
		// side by side: a's strip is 102 px and a gap wide
		expect(scratch.filter((l) => l.startsWith('scratch.translate('))).toEqual([
			'scratch.translate(0,0)',
			'scratch.translate(103,0)'
		]);
		const copies = log.filter((l) => l.startsWith('ctx.drawImage(SCRATCH'));
		expect(copies).toEqual([
			'ctx.drawImage(SCRATCH,0,0,102,7,99,17,102,7)',
			'ctx.drawImage(SCRATCH,103,0,102,7,399,17,102,7)'
		]);
		// asked for once to learn its scale, once to draw on, and never after a copy
		expect(log.filter((l) => l.startsWith('scratch '))).toEqual(['scratch 0×0', 'scratch 807×8']);
		expect(log.findLastIndex((l) => l.startsWith('scratch '))).toBeLessThan(
			log.indexOf(copies[0] as string)
		);
		// the unfaded span between them is drawn on the chart
		expect(log).toContain('ctx.fillRect(300,18,50,5)');
	});

	it('fills the scratch surface a batch at a time when a frame holds many faded bars', () => {
		// 40 bars as wide as the chart: 32 rows of 8 px fill the 256 px surface
		const marks = Array.from({ length: 40 }, (_, i) =>
			mark(`m${i}`, { x0: -100, x1: 900, fade: 'both' })
		);
		const { log } = paint([lane(marks)]);
		const copies = log.filter((l) => l.startsWith('ctx.drawImage(SCRATCH'));
		expect(copies).toHaveLength(40);
		expect(copies[31]).toBe('ctx.drawImage(SCRATCH,0,248,806,7,-3,17,806,7)');
		expect(copies[32]).toBe('ctx.drawImage(SCRATCH,0,0,806,7,-3,17,806,7)');
		const at = (prefix: string) => log.flatMap((l, i) => (l.startsWith(prefix) ? [i] : []));
		const asked = at('scratch ');
		const copied = at('ctx.drawImage(SCRATCH');
		expect(asked).toHaveLength(4);
		// the second batch is drawn after the first batch's copies, and before its own
		expect(asked[1]).toBeLessThan(copied[0] as number);
		expect(asked[2]).toBeGreaterThan(copied[31] as number);
		expect(asked[3]).toBeLessThan(copied[32] as number);
	});

	it('draws a faded halo under a fuzzy instant', () => {
		const { log, sprites } = paint([lane([mark('a', { fade: 'both' })])]);
		expect(log).toContain('ctx.drawImage(halo,4,6,64,10,84,18,32,5)');
		expect(sprites.get('halo')).toContain('sprite.globalCompositeOperation=destination-in');
	});

	it('joins the marks of an event in several lanes with a line and a joint at each', () => {
		const { log } = paint([lane([mark('a')]), lane([mark('a')])], {
			connectors: [
				{
					id: 'a',
					x: 100,
					ends: [
						{ lane: 0, row: 0 },
						{ lane: 1, row: 1 }
					]
				}
			]
		});
		expect(log).toContain('ctx.moveTo(100,10)');
		expect(log).toContain('ctx.lineTo(100,136)');
		expect(log.filter((l) => l.startsWith('ctx.arc('))).toEqual([
			'ctx.arc(100,10,2.5,0,6.283185307179586)',
			'ctx.arc(100,136,2.5,0,6.283185307179586)'
		]);
	});
});

describe('warmSprites()', () => {
	it('warmSprites() makes a glyph per kind and status, the halo, and a badge per count', () => {
		const log: string[] = [];
		const { s } = style(log);
		const images = warmSprites(
			s,
			[
				['meeting', 'occurred'],
				['call', 'cancelled']
			],
			3
		);
		expect(log).toEqual([
			'make glyph meeting occurred',
			'make glyph call cancelled',
			'make halo',
			`make badge ${badgeWidth('1')} 1`,
			`make badge ${badgeWidth('2')} 2`,
			`make badge ${badgeWidth('3')} 3`
		]);
		expect(images.size).toBe(6);
	});

	it('warmSprites() leaves a zoom nothing to make for those kinds, statuses and counts', () => {
		const log: string[] = [];
		const { s } = style(log);
		warmSprites(
			s,
			[
				['meeting', 'occurred'],
				['meeting', 'cancelled']
			],
			99
		);
		const made = log.length;
		const counted = (n: number, badgeX: number): PlacedCluster => {
			const label = countLabel(n);
			return { ...badge(label, badgeX), count: n, badgeWidth: badgeWidth(label) };
		};
		const scene = [
			lane(
				[mark('a', { fade: 'both' }), mark('b', { x0: 300, status: 'cancelled' })],
				[counted(7, 500), counted(42, 600), counted(99, 700)]
			)
		];
		paintMarks(
			recorder('ctx').ctx,
			{ placements: scene, connectors: [], rowTop: (_l, row) => 26 * row, skip: new Set() },
			s,
			800,
			400
		);
		expect(log.slice(made).filter((l) => l.startsWith('make '))).toEqual([]);
	});
});

describe('writingDirection', () => {
	it.each([
		['Trump and Putin meet in Alaska', 'ltr'],
		['Зустріч у Стамбулі', 'ltr'],
		['トランプ氏とプーチン氏が会談', 'ltr'],
		['ترامب وبوتين يلتقيان في ألاسكا', 'rtl'],
		['פגישה בוושינגטון', 'rtl'],
		// the first letter decides, as in the browser: numbers and marks before it do not
		['15 أغسطس: قمة', 'rtl'],
		['«ترامب» meets Putin', 'rtl'],
		['G7 يجتمع', 'ltr'],
		['2025–08–15', 'ltr'],
		['', 'ltr']
	] as const)('%s reads %s', (text, direction) => {
		expect(writingDirection(text)).toBe(direction);
	});
});
