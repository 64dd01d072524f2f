/**
 * The preview card (Open Graph image, 1200 × 630) of a timeline or one of its events, as data and
 * as a layout tree: pure, so it is unit-tested without fonts; `$lib/server/preview-image.ts` lays
 * the tree out with satori and rasterises it. What a card says comes from the project's words and
 * date formatters, and its mark from the chart's glyph definitions, so a card matches the page.
 */
import type { EventKind, EventStatus, Timeline, TimelineEvent } from '$lib/data/schema';
import { dateText } from '$lib/time/calendar-words';
import { eventSpan } from '$lib/time/dates';
import { formatEventDateWithZone } from '$lib/time/format';
import {
	DASH,
	GLYPH_STROKES,
	KIND_GLYPHS,
	STATUS_PATTERNS,
	STATUS_STYLES,
	STRIKES
} from '$lib/chart/encoding';
import { densityBins } from '$lib/chart/overview';
import { spanText, timelineSpan, type DaySpan } from '$lib/time/timeline-span';
import { describePrecision, KIND_WORDS, STATUS_WORDS } from '$lib/data/words';
import { m } from '$lib/i18n';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
const PAD_X = 64;
const PAD_Y = 48;
const INNER = CARD_WIDTH - 2 * PAD_X;
const STRIP_HEIGHT = 56;
const STRIP_BINS = 120;

/** The subsets of Noto Sans the cards load: Latin, Greek, Cyrillic and Vietnamese scripts. */
export const CARD_SUBSETS = [
	'latin',
	'latin-ext',
	'cyrillic',
	'cyrillic-ext',
	'greek',
	'greek-ext',
	'vietnamese'
] as const;

/**
 * A subset's family name. Each subset is a family of its own, all listed in the card's
 * `fontFamily`: satori looks for a glyph family by family, not among files of one family.
 */
export const cardFontName = (subset: (typeof CARD_SUBSETS)[number]) => `Noto Sans ${subset}`;

/** The colours a card is drawn in: the site's light theme (`src/app.css`, `:root`). */
export interface CardPalette {
	bg: string;
	fg: string;
	muted: string;
	line: string;
	mark: string;
	markInk: string;
	band: string;
}

/**
 * The custom properties of the first `:root` rule of a stylesheet, by name without `--`.
 * The cards read the site's colours from `app.css` so that a change of theme reaches them too.
 */
export function cssTokens(css: string): Record<string, string> {
	const body = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
	const tokens: Record<string, string> = {};
	for (const match of body.matchAll(/--([\w-]+)\s*:\s*([^;]+);/g)) {
		tokens[match[1] as string] = (match[2] as string).trim();
	}
	return tokens;
}

/** The card's palette from the site's tokens; fails the build, naming the token, if one is gone. */
export function cardPalette(tokens: Record<string, string>): CardPalette {
	const get = (name: string) => {
		const value = tokens[name];
		if (!value) throw new Error(`src/app.css: the preview cards need --${name} in :root`);
		return value;
	};
	return {
		bg: get('bg'),
		fg: get('fg'),
		muted: get('muted'),
		line: get('line'),
		mark: get('mark'),
		markInk: get('mark-ink'),
		band: get('band')
	};
}

/** What a card says and shows. */
export interface CardContent {
	/** the line above the title: the site, and for an event its timeline */
	eyebrow: string;
	title: string;
	/** the date as reported, with its zone, or the timeline's span */
	when: string;
	/** how precise that date is, in words ("to the minute"), for an event */
	precision?: string;
	/** the event's status and kind, drawn as its mark and said in words */
	mark?: { kind: EventKind; status: EventStatus; statusWord: string; kindWord: string };
	/** for a timeline: how many events, and as of when */
	facts?: string;
	/** the sides taking part, in the timeline's order */
	sides: string[];
	/** events per slice of the timeline's span, and the marked event's span as fractions of it */
	strip: { bins: number[]; marked?: [number, number]; from: string; to: string; days: DaySpan };
	/** for a timeline: the days `when` names, to write as numbers where the font cannot draw it */
	days?: DaySpan;
}

interface TimelineFacts {
	/** the instants the strip covers */
	span: { start: number; end: number };
	/** the local days the timeline covers, as its pages say them */
	days: DaySpan;
	bins: number[];
	affiliations: Map<string, string>;
	actors: Map<string, string>;
}

// every event's card needs its timeline's span and density: worked out once per timeline, so the
// cards of a timeline cost time linear in its events
const facts = new WeakMap<Timeline, TimelineFacts>();

function timelineFacts(timeline: Timeline): TimelineFacts {
	let f = facts.get(timeline);
	if (!f) {
		const spans = timeline.events.map((e) => eventSpan(e.date));
		const span = { start: Infinity, end: -Infinity };
		for (const x of spans) {
			if (x.start < span.start) span.start = x.start;
			if (x.end > span.end) span.end = x.end;
		}
		f = {
			span,
			days: timelineSpan(timeline),
			bins: densityBins(spans, [span.start, span.end], STRIP_BINS),
			affiliations: new Map(timeline.affiliations.map((a) => [a.id, a.name])),
			actors: new Map(timeline.actors.map((a) => [a.id, a.affiliation]))
		};
		facts.set(timeline, f);
	}
	return f;
}

function stripEnds(days: DaySpan): { from: string; to: string; days: DaySpan } {
	const day = (iso: string) => (iso ? dateText(new Date(`${iso}T00:00:00Z`)) : '');
	return { from: day(days.first), to: day(days.last), days };
}

/** The card of a whole timeline: its title, span, number of events, sides and density. */
export function timelineCard(timeline: Timeline): CardContent {
	const f = timelineFacts(timeline);
	const n = timeline.events.length;
	return {
		eyebrow: m.common_site_name(),
		title: timeline.title,
		when: spanText(f.days),
		days: f.days,
		facts: m.export_card_facts({ count: n, asOf: timeline.asOf }),
		sides: timeline.affiliations.map((a) => a.name),
		strip: { bins: f.bins, ...stripEnds(f.days) }
	};
}

/** The card of one event: its title, date as reported, status, sides, and where it sits. */
export function eventCard(timeline: Timeline, event: TimelineEvent): CardContent {
	const f = timelineFacts(timeline);
	const own = new Set(event.participants.map((p) => f.actors.get(p.actor)));
	const span = eventSpan(event.date);
	const width = f.span.end - f.span.start;
	const at = (ms: number) =>
		width > 0 ? Math.min(1, Math.max(0, (ms - f.span.start) / width)) : 0;
	return {
		eyebrow: `${m.common_site_name()} · ${timeline.title}`,
		title: event.title,
		when: formatEventDateWithZone(event.date),
		precision: describePrecision(event.date),
		mark: {
			kind: event.kind,
			status: event.status,
			statusWord: STATUS_WORDS[event.status].label,
			kindWord: KIND_WORDS[event.kind]
		},
		sides: timeline.affiliations.filter((a) => own.has(a.id)).map((a) => a.name),
		strip: { bins: f.bins, marked: [at(span.start), at(span.end)], ...stripEnds(f.days) }
	};
}

/** The alt text of a card's image: everything it says, in one sentence per part. */
export function cardAlt(card: CardContent): string {
	const parts = [
		card.mark
			? m.export_card_alt_event({ title: card.title })
			: m.export_card_alt_timeline({ title: card.title }),
		`${card.when}${card.precision ? ` (${card.precision})` : ''}.`
	];
	if (card.mark)
		parts.push(
			m.export_card_alt_status({ status: card.mark.statusWord, kind: card.mark.kindWord })
		);
	if (card.facts) parts.push(`${card.facts}.`);
	if (card.sides.length) parts.push(m.export_card_alt_sides({ sides: card.sides.join(', ') }));
	parts.push(
		card.strip.marked
			? m.export_card_alt_strip_event({ from: card.strip.from, to: card.strip.to })
			: m.export_card_alt_strip_timeline({ from: card.strip.from, to: card.strip.to })
	);
	// a date that ends in an abbreviation ("2025 р.", "janv.") ends its sentence with that point
	return parts.join(' ').replace(/(?<!\.)\.\.(?!\.)/g, '.');
}

/** What the card's font covers, as inclusive code point ranges. */
export type Coverage = readonly (readonly [number, number])[];

/** Ranges from a unicode-range list such as "U+0000-00FF,U+0131" (fontsource's unicode.json). */
export function parseUnicodeRanges(list: string): [number, number][] {
	return list
		.split(',')
		.map((r) => r.trim().replace(/^U\+/i, ''))
		.filter(Boolean)
		.map((r) => {
			const [a, b] = r.split('-');
			const from = parseInt(a as string, 16);
			return [from, b ? parseInt(b, 16) : from] as [number, number];
		})
		.sort((x, y) => x[0] - y[0]);
}

/** Every code point: text as it would be drawn by a font that had them all. */
const FULL_COVERAGE: Coverage = [[0, 0x10ffff]];

function covers(coverage: Coverage, cp: number): boolean {
	for (const [a, b] of coverage) if (cp >= a && cp <= b) return true;
	return false;
}

// format and bidi controls, zero-width characters, variation selectors: never drawn, and a bidi
// override would let a title reorder the card's text
const INVISIBLE = /\p{Cf}|\p{Variation_Selector}|\u034F|\u115F|\u1160|\u3164/gu;

// runs of spaces and line breaks, but not a no-break space: French puts one before a colon
const SPACES = /[^\S\u00a0]+/gu;

/**
 * Text as the card can draw it: invisible and control characters removed, runs of characters the
 * font lacks (emoji, scripts it does not cover) shown as one "…", stacked combining marks kept to
 * two, spaces collapsed, and at most `max` characters (cut at a word, with "…").
 */
export function cardText(text: string, coverage: Coverage, max = 240): string {
	let out = '';
	let marks = 0;
	let missing = false;
	let dropped = false;
	for (const ch of text.normalize('NFC').replace(INVISIBLE, '').replace(SPACES, ' ')) {
		const cp = ch.codePointAt(0) as number;
		const isMark = /\p{M}/u.test(ch);
		// a mark goes with its character: dropped when the font lacks either
		if (isMark && dropped) continue;
		dropped = !covers(coverage, cp);
		if (dropped) {
			// any other character the font lacks starts or extends a gap
			if (!isMark) missing = true;
			continue;
		}
		if (missing && ch !== ' ') {
			out += out && !out.endsWith(' ') ? ' … ' : '… ';
			missing = false;
		}
		if (isMark) {
			if (++marks > 2) continue;
		} else marks = 0;
		out += ch;
	}
	if (missing) out += out && !out.endsWith(' ') ? ' …' : '…';
	out = out.replace(/ {2,}/g, ' ').trim();
	const chars = [...out];
	if (chars.length <= max) return out;
	const cut = chars.slice(0, max - 1).join('');
	return `${cut.replace(/\s+\S*$/, '') || cut}…`;
}

/** An element of satori's layout tree (its React-like element shape). */
export interface CardNode {
	type: string;
	props: { style?: Record<string, string | number>; children?: (CardNode | string)[] } & Record<
		string,
		unknown
	>;
}

const node = (
	type: string,
	style: Record<string, string | number>,
	...children: (CardNode | string)[]
): CardNode => ({ type, props: { style, children } });

/** A text block of at most `lines` lines, cut with "…"; words longer than a line break. */
const text = (style: Record<string, string | number>, lines: number, value: string): CardNode =>
	node(
		'div',
		{
			display: 'block',
			lineClamp: lines,
			wordBreak: 'break-word',
			overflow: 'hidden',
			flexShrink: 0,
			...style
		},
		value
	);

const dataUri = (svg: string) => `data:image/svg+xml;base64,${btoa(svg)}`;
const n = (x: number) => String(Math.round(x * 100) / 100);

/** The event's mark as an SVG file: the chart's glyph for its kind, filled for its status. */
export function markSvg(
	kind: EventKind,
	status: EventStatus,
	palette: CardPalette,
	size = 44
): string {
	const style = STATUS_STYLES[status];
	let defs = '';
	let fill = palette.bg;
	if (style.fill === 'solid') fill = palette.mark;
	else if (style.fill !== 'none') {
		const tile = STATUS_PATTERNS[style.fill];
		const lines = tile.lines
			.map(
				([x1, y1, x2, y2]) =>
					`<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="${palette.mark}" stroke-width="${GLYPH_STROKES.pattern}"/>`
			)
			.join('');
		const dots = tile.dots
			.map(
				([cx, cy]) =>
					`<circle cx="${cx}" cy="${cy}" r="${GLYPH_STROKES.dot}" fill="${palette.mark}"/>`
			)
			.join('');
		const turn = tile.rotate ? ` patternTransform="rotate(${tile.rotate})"` : '';
		defs = `<defs><pattern id="p" width="${tile.size}" height="${tile.size}" patternUnits="userSpaceOnUse"${turn}><rect width="${tile.size}" height="${tile.size}" fill="${palette.bg}"/>${lines}${dots}</pattern></defs>`;
		fill = 'url(#p)';
	}
	const dash = style.dashed ? ` stroke-dasharray="${DASH.join(' ')}"` : '';
	const strikes =
		style.strike === 'none'
			? ''
			: STRIKES[style.strike]
					.map(
						([x1, y1, x2, y2]) =>
							`<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="${palette.markInk}" stroke-width="${GLYPH_STROKES.strike}" stroke-linecap="round"/>`
					)
					.join('');
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="-9 -9 18 18">${defs}` +
		`<path d="${KIND_GLYPHS[kind]}" fill="${fill}" stroke="${palette.mark}" stroke-width="${GLYPH_STROKES.outline}" stroke-linejoin="round"${dash}/>` +
		`${strikes}</svg>`
	);
}

/**
 * The strip as an SVG file: a bar per slice of the timeline's span, taller the more events start
 * in it, and the event's span marked across the strip's height with a pointer above it.
 */
export function stripSvg(
	strip: Pick<CardContent['strip'], 'bins' | 'marked'>,
	palette: CardPalette,
	width = INNER
): string {
	const h = STRIP_HEIGHT;
	const top = 10;
	const max = Math.max(1, ...strip.bins);
	const w = width / Math.max(1, strip.bins.length);
	const bars = strip.bins
		.map((count, i) => {
			if (!count) return '';
			// a square-root scale, so a day of one event still shows beside the busiest day
			const bh = Math.max(4, (h - top) * Math.sqrt(count / max));
			return `<rect x="${n(i * w)}" y="${n(h - bh)}" width="${n(Math.max(1, w - 1))}" height="${n(bh)}" fill="${palette.muted}" fill-opacity="0.45"/>`;
		})
		.join('');
	let marked = '';
	if (strip.marked) {
		const [a, b] = strip.marked;
		const mw = Math.max(6, (b - a) * width);
		// centred on the event's span, which is narrower than the mark for most events
		const x = Math.min(width - mw, Math.max(0, ((a + b) / 2) * width - mw / 2));
		const cx = x + mw / 2;
		marked =
			`<rect x="${n(x)}" y="${top}" width="${n(mw)}" height="${h - top}" fill="${palette.mark}"/>` +
			`<path d="M${n(cx - 9)},0H${n(cx + 9)}L${n(cx)},${top}Z" fill="${palette.mark}"/>`;
	}
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${h}" viewBox="0 0 ${width} ${h}">` +
		`<rect y="${h - 2}" width="${width}" height="2" fill="${palette.muted}"/>${bars}${marked}</svg>`
	);
}

/**
 * The card as satori's layout tree. Every text is cleaned by `cardText()` and clamped to a number
 * of lines, so no title, however long, pushes the strip off the card.
 */
export function cardTree(card: CardContent, palette: CardPalette, coverage: Coverage): CardNode {
	const t = (value: string, max?: number) => cardText(value, coverage, max);
	// a date in words the font cannot draw (Arabic, Japanese months) is written in numbers
	const dated = (words: string, first?: string, last = first, max?: number) => {
		const drawn = t(words, max);
		if (!first || drawn === cardText(words, FULL_COVERAGE, max)) return drawn;
		return first === last ? first : `${first} – ${last}`;
	};
	const rows: CardNode[] = [
		text({ fontSize: 24, color: palette.muted }, 1, t(card.eyebrow, 160)),
		text({ fontSize: 54, fontWeight: 700, lineHeight: 1.15, marginTop: 14 }, 3, t(card.title)),
		text(
			{ fontSize: 30, lineHeight: 1.3, marginTop: 18 },
			2,
			dated(card.when, card.days?.first, card.days?.last, 160)
		)
	];
	if (card.mark) {
		const mark = card.mark;
		rows.push(
			node(
				'div',
				{ display: 'flex', alignItems: 'center', marginTop: 18, flexShrink: 0 },
				{
					type: 'img',
					props: {
						src: dataUri(markSvg(mark.kind, mark.status, palette)),
						width: 44,
						height: 44,
						style: { marginRight: 16 }
					}
				},
				text({ fontSize: 30, fontWeight: 700 }, 1, mark.statusWord),
				text(
					{ fontSize: 26, color: palette.muted, marginLeft: 14, flexShrink: 1 },
					1,
					`${mark.kindWord}${card.precision ? ` · ${m.export_card_date_precision({ precision: card.precision })}` : ''}`
				)
			)
		);
	}
	if (card.facts) rows.push(text({ fontSize: 28, marginTop: 18 }, 1, t(card.facts, 120)));
	if (card.sides.length) {
		rows.push(
			text(
				{ fontSize: 26, color: palette.muted, marginTop: 12 },
				1,
				t(m.export_card_sides({ count: card.sides.length, sides: card.sides.join(' · ') }), 200)
			)
		);
	}
	rows.push(
		node('div', { display: 'flex', flexGrow: 1, flexShrink: 1, minHeight: 8 }),
		node(
			'div',
			{ display: 'flex', flexDirection: 'column', flexShrink: 0 },
			{
				type: 'img',
				props: { src: dataUri(stripSvg(card.strip, palette)), width: INNER, height: STRIP_HEIGHT }
			},
			node(
				'div',
				{
					display: 'flex',
					justifyContent: 'space-between',
					fontSize: 20,
					color: palette.muted,
					marginTop: 6
				},
				node('div', {}, dated(card.strip.from, card.strip.days.first)),
				node('div', {}, dated(card.strip.to, card.strip.days.last))
			)
		)
	);
	return node(
		'div',
		{
			width: CARD_WIDTH,
			height: CARD_HEIGHT,
			boxSizing: 'border-box',
			display: 'flex',
			flexDirection: 'column',
			padding: `${PAD_Y}px ${PAD_X}px`,
			background: palette.bg,
			color: palette.fg,
			fontFamily: CARD_SUBSETS.map((s) => `'${cardFontName(s)}'`).join(', '),
			borderTop: `12px solid ${palette.mark}`,
			overflow: 'hidden'
		},
		...rows
	);
}
