import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { useLanguage } from '$lib/i18n/locale';
import type { EventStatus, TimelineEvent } from '$lib/data/schema';
import { date, point, tinyTimeline } from '$lib/export/test-timeline';
import { KIND_GLYPHS, STATUS_PATTERNS } from '$lib/chart/encoding';
import { STATUS_WORDS } from '$lib/data/words';
import {
	cardAlt,
	cardPalette,
	cardText,
	cardTree,
	cssTokens,
	eventCard,
	markSvg,
	parseUnicodeRanges,
	stripSvg,
	timelineCard,
	type CardNode
} from './card';

const palette = cardPalette(cssTokens(readFileSync('src/app.css', 'utf8')));
// Basic Latin, Latin-1 and general punctuation (…), Cyrillic: enough to tell covered from not
const coverage = parseUnicodeRanges('U+0000-00FF,U+2000-206F,U+0400-045F,U+0301');

const both = [
	{ actor: 'trump', role: 'host' as const },
	{ actor: 'putin', role: 'visitor' as const }
];

describe('cssTokens()', () => {
	it('cssTokens() reads the first :root rule, and cardPalette() takes the site colours', () => {
		const tokens = cssTokens(
			':root {\n\t--bg: #fff;\n\t--mark: #1d4ed8;\n}\n:root { --bg: #000; }'
		);
		expect(tokens).toEqual({ bg: '#fff', mark: '#1d4ed8' });
		expect(palette.mark).toMatch(/^#[0-9a-f]{6}$/i);
		expect(palette.bg).toBe(cssTokens(readFileSync('src/app.css', 'utf8')).bg);
	});

	it('cardPalette() names the token that is missing', () => {
		expect(() => cardPalette({ bg: '#fff' })).toThrow('src/app.css: the preview cards need --fg');
	});
});

describe('parseUnicodeRanges()', () => {
	it('parseUnicodeRanges() reads ranges and single code points, sorted', () => {
		expect(parseUnicodeRanges('U+0400-045F, U+0131,U+0000-00FF')).toEqual([
			[0x0000, 0x00ff],
			[0x0131, 0x0131],
			[0x0400, 0x045f]
		]);
	});
});

describe('cardText()', () => {
	// text the font covers comes through unchanged, only normalised
	const covered: { name: string; text: string }[] = [
		{ name: 'plain text', text: 'Trump meets Putin' },
		{ name: 'Cyrillic, which the font covers', text: 'Саміт на Алясці' }
	];
	it.each(covered)('cardText() with $name', ({ text }) => {
		expect(cardText(text, coverage)).toBe(text.normalize('NFC'));
	});

	const cases: { name: string; text: string; max?: number; expected: string }[] = [
		{
			name: 'zero-width characters',
			text: 'Tr\u200Bump Pu\u200Ctin \u200DAn\uFEFFchorage\u2060',
			expected: 'Trump Putin Anchorage'
		},
		{
			name: 'a bidi override',
			text: '\u202Egpj.exe\u202C ends here',
			expected: 'gpj.exe ends here'
		},
		{ name: 'emoji', text: 'Deal 🇺🇸🤝🇷🇺 signed', expected: 'Deal … signed' },
		{ name: 'a script the font lacks', text: 'Summit قمة ألاسكا · פסגת', expected: 'Summit … · …' },
		{ name: 'only what the font lacks', text: 'قمة ألاسكا', expected: '…' },
		{
			name: 'stacked combining marks',
			text: 'q\u0301\u0301\u0301\u0301a',
			expected: 'q\u0301\u0301a'
		},
		{
			name: 'marks on a character the font lacks',
			text: 'x \u0628\u0301\u0301 y',
			expected: 'x … y'
		},
		{ name: 'line breaks and runs of spaces', text: 'a\r\n\tb   c', expected: 'a b c' },
		{ name: 'a no-break space', text: 'Parties\u00a0: a', expected: 'Parties\u00a0: a' },
		{
			name: 'a long text, cut at a word',
			text: 'one two three four',
			max: 12,
			expected: 'one two…'
		},
		{
			name: 'a huge word, cut inside it',
			text: 'x'.repeat(50),
			max: 10,
			expected: `${'x'.repeat(9)}…`
		}
	];
	it.each(cases)('cardText() with $name', ({ text, max, expected }) => {
		expect(cardText(text, coverage, max)).toBe(expected);
	});
});

describe('eventCard()', () => {
	const cases: {
		name: string;
		event: Partial<TimelineEvent> & Pick<TimelineEvent, 'id' | 'date'>;
		when: string;
		precision: string;
		sides: string[];
	}[] = [
		{
			name: 'a minute, one side',
			event: { id: 'a', date: date(point('2025-08-15T11:26', 'minute')) },
			when: 'Fri 15 Aug 2025, 11:26, Anchorage time (AKDT)',
			precision: 'to the minute',
			sides: ['United States']
		},
		{
			name: 'an approximate day, two sides',
			event: {
				id: 'b',
				date: date(point('2025-08-15', 'day', { approximate: true })),
				participants: both
			},
			when: 'about Fri 15 Aug 2025, Anchorage time (AKDT)',
			precision: 'to the day, approximate',
			sides: ['United States', 'Russia']
		},
		{
			name: 'a month',
			event: { id: 'c', date: date(point('2025-09', 'month')), participants: both },
			when: 'September 2025, Anchorage time (AKDT)',
			precision: 'to the month',
			sides: ['United States', 'Russia']
		},
		{
			name: 'one moment within days',
			event: {
				id: 'd',
				date: date(point('2025-08-11', 'day'), { end: point('2025-08-14', 'day'), within: true })
			},
			when: 'sometime between Mon 11 Aug 2025 and Thu 14 Aug 2025, Anchorage time (AKDT)',
			precision: 'a single moment somewhere in the range; to the day',
			sides: ['United States']
		}
	];
	const timeline = tinyTimeline(cases.map((c) => c.event));

	it.each(cases)(
		'eventCard() says the date as reported for $name',
		({ event, when, precision, sides }) => {
			const card = eventCard(
				timeline,
				timeline.events.find((e) => e.id === event.id)!
			);
			expect(card.when).toBe(when);
			expect(card.precision).toBe(precision);
			expect(card.sides).toEqual(sides);
			expect(card.title).toBe(`Event ${event.id}`);
			expect(card.eyebrow).toBe('Diplomatic timelines · Tiny timeline');
			const [a, b] = card.strip.marked!;
			expect(0 <= a && a <= b && b <= 1).toBe(true);
		}
	);

	it('eventCard() marks the event where it falls in the timeline', () => {
		const first = eventCard(timeline, timeline.events[0]!);
		const last = eventCard(timeline, timeline.events[2]!);
		expect(first.strip.marked![0]).toBeLessThan(last.strip.marked![0]);
		expect(last.strip.marked![1]).toBe(1);
		expect(first.strip.bins.reduce((x, y) => x + y)).toBe(4);
	});

	const statuses = Object.keys(STATUS_WORDS) as EventStatus[];
	it.each(statuses)('eventCard() gives status %s in words and as its mark', (status) => {
		const t = tinyTimeline([
			{ id: 'x', status, kind: 'call', date: date(point('2025-08-15', 'day')) }
		]);
		const card = eventCard(t, t.events[0]!);
		expect(card.mark).toEqual({
			kind: 'call',
			status,
			statusWord: STATUS_WORDS[status].label,
			kindWord: 'Phone call'
		});
		expect(texts(cardTree(card, palette, coverage))).toContain(STATUS_WORDS[status].label);
		expect(cardAlt(card)).toContain(`Status: ${STATUS_WORDS[status].label}.`);
	});
});

describe('timelineCard()', () => {
	it('timelineCard() gives the span, the count and every side, and marks no event', () => {
		const t = tinyTimeline([
			{ id: 'a', date: date(point('2025-08-15', 'day')) },
			{ id: 'b', date: date(point('2025-08-18', 'day')) }
		]);
		const card = timelineCard(t);
		expect(card).toMatchObject({
			eyebrow: 'Diplomatic timelines',
			title: 'Tiny timeline',
			// the last day is 18 August where it happened, though it ends on the 19th in UTC
			when: '15 Aug 2025 – 18 Aug 2025',
			facts: '2 events · checked as of 2025-10-31',
			sides: ['United States', 'Russia'],
			strip: { from: '15 Aug 2025', to: '18 Aug 2025' }
		});
		expect(card.strip.marked).toBeUndefined();
		expect(cardAlt(card)).toBe(
			'Preview card of the timeline Tiny timeline. 15 Aug 2025 – 18 Aug 2025. ' +
				'2 events · checked as of 2025-10-31. Sides: United States, Russia. ' +
				'A strip shows how its events spread from 15 Aug 2025 to 18 Aug 2025.'
		);
	});
});

/** Every text in a layout tree, in order. */
function texts(tree: CardNode | string): string[] {
	if (typeof tree === 'string') return [tree];
	return (tree.props.children ?? []).flatMap(texts);
}

/** The style of the tree's text block that holds `text`. */
function blockOf(tree: CardNode, text: string): Record<string, string | number> | undefined {
	for (const child of tree.props.children ?? []) {
		if (child === text) return tree.props.style;
		if (typeof child !== 'string') {
			const found = blockOf(child, text);
			if (found) return found;
		}
	}
	return undefined;
}

describe('cardTree()', () => {
	const t = tinyTimeline([
		{
			id: 'a',
			title: `A very long title ${'that goes on and on '.repeat(30)}`,
			date: date(point('2025-08-15', 'day')),
			participants: both
		}
	]);
	const card = eventCard(t, t.events[0]!);
	const tree = cardTree(card, palette, coverage);

	it('cardTree() clamps the title to three lines, cut with an ellipsis', () => {
		const title = texts(tree)[1] as string;
		expect(title.length).toBeLessThanOrEqual(240);
		expect(title.endsWith('…')).toBe(true);
		expect(blockOf(tree, title)).toMatchObject({ lineClamp: 3, wordBreak: 'break-word' });
	});

	it('cardTree() lists the sides, and says the date with its precision', () => {
		expect(texts(tree)).toEqual(
			expect.arrayContaining([
				'Sides: United States · Russia',
				'Fri 15 Aug 2025, Anchorage time (AKDT)',
				'Meeting · date to the day',
				'Occurred'
			])
		);
	});

	it('cardTree() is the card size, and every text block is clamped', () => {
		expect(tree.props.style).toMatchObject({ width: 1200, height: 630, boxSizing: 'border-box' });
		for (const text of texts(tree).filter((x) => !/\d{4}$/.test(x))) {
			expect(blockOf(tree, text)?.lineClamp, text).toBeGreaterThan(0);
		}
	});
});

describe('markSvg()', () => {
	const cases: { status: EventStatus; has: string[]; lacks: string[] }[] = [
		{ status: 'occurred', has: [`fill="${palette.mark}"`], lacks: ['<pattern', 'dasharray'] },
		{ status: 'reported', has: ['<pattern', 'rotate(45)', 'fill="url(#p)"'], lacks: ['<circle'] },
		{ status: 'claimed', has: ['<pattern', '<circle'], lacks: ['rotate('] },
		{ status: 'proposed', has: ['stroke-dasharray="2.5 1.8"'], lacks: ['<pattern', '<line'] },
		{ status: 'cancelled', has: ['stroke-dasharray', `stroke="${palette.markInk}"`], lacks: [] },
		{ status: 'did-not-happen', has: ['x1="-7"', 'x1="7"'], lacks: ['dasharray'] }
	];
	it.each(cases)('markSvg() draws $status as the chart does', ({ status, has, lacks }) => {
		const svg = markSvg('summit', status, palette);
		expect(svg).toContain(`d="${KIND_GLYPHS.summit}"`);
		for (const part of has) expect(svg).toContain(part);
		for (const part of lacks) expect(svg).not.toContain(part);
	});

	it('markSvg() tiles a pattern as the chart defines it', () => {
		expect(markSvg('call', 'contested', palette)).toContain(
			`width="${STATUS_PATTERNS.cross.size}" height="${STATUS_PATTERNS.cross.size}"`
		);
	});
});

describe('stripSvg()', () => {
	it('stripSvg() draws a bar per busy slice and marks the event, at least 6 px wide', () => {
		const svg = stripSvg({ bins: [1, 0, 4, 0], marked: [0.5, 0.5] }, palette, 400);
		expect(svg.match(/fill-opacity/g)).toHaveLength(2);
		expect(svg).toContain(`<rect x="197" y="10" width="6" height="46" fill="${palette.mark}"/>`);
	});

	it('stripSvg() keeps a mark at the very end inside the strip', () => {
		const svg = stripSvg({ bins: [1], marked: [1, 1] }, palette, 400);
		expect(svg).toContain('<rect x="394" y="10" width="6"');
	});
});

describe('timelineCard() and cardAlt() in other languages', () => {
	afterEach(() => useLanguage('en'));
	const timeline = (n: number) =>
		tinyTimeline(
			Array.from({ length: n }, (_, i) => ({
				id: `e${i}`,
				date: date(point(`2025-08-${String(10 + i).padStart(2, '0')}`, 'day'))
			}))
		);
	const cases: { lang: string; events: number; facts: string; alt: string[] }[] = [
		{
			lang: 'fr',
			events: 1,
			facts: '1 événement · faits vérifiés au 2025-10-31',
			alt: [
				'Vignette d’aperçu de la chronologie «\u00a0Tiny timeline\u00a0».',
				'Parties\u00a0: United States, Russia.',
				'Une bande montre la répartition de ses événements du '
			]
		},
		{
			lang: 'fr',
			events: 2,
			facts: '2 événements · faits vérifiés au 2025-10-31',
			alt: ['Vignette d’aperçu de la chronologie «\u00a0Tiny timeline\u00a0».']
		},
		{
			lang: 'uk',
			events: 2,
			facts: '2 події · перевірено станом на 2025-10-31',
			alt: [
				'Картка попереднього перегляду хронології «Tiny timeline».',
				'Сторони: United States, Russia.',
				'Смуга показує, як розподілено події від '
			]
		},
		{ lang: 'uk', events: 5, facts: '5 подій · перевірено станом на 2025-10-31', alt: [] },
		{ lang: 'uk', events: 21, facts: '21 подія · перевірено станом на 2025-10-31', alt: [] },
		{
			lang: 'de',
			events: 2,
			facts: '2 Ereignisse · geprüft, Stand 2025-10-31',
			alt: ['Vorschaukarte der Zeitleiste „Tiny timeline“.', 'Seiten: United States, Russia.']
		}
	];
	for (const c of cases) {
		it(`timelineCard() and cardAlt() count ${c.events} events in ${c.lang}`, () => {
			useLanguage(c.lang);
			const card = timelineCard(timeline(c.events));
			expect(card.facts).toBe(c.facts);
			// the timeline's own words stay as written
			expect(card.title).toBe('Tiny timeline');
			expect(card.sides).toEqual(['United States', 'Russia']);
			for (const part of c.alt) expect(cardAlt(card)).toContain(part);
		});
	}
});

describe('cardTree() in other languages', () => {
	afterEach(() => useLanguage('en'));
	const t = tinyTimeline([
		{ id: 'a', date: date(point('2025-08-15', 'day')), participants: both },
		{ id: 'b', date: date(point('2025-08-16', 'day')) }
	]);
	const cases: { lang: string; sides: string[]; one: string; precision: RegExp }[] = [
		{
			lang: 'fr',
			sides: ['Parties\u00a0: United States · Russia'],
			one: 'Partie\u00a0: United States',
			precision: / · date /
		},
		{
			lang: 'uk',
			sides: ['Сторони: United States · Russia'],
			one: 'Сторона: United States',
			precision: / · дата /
		},
		{
			lang: 'de',
			sides: ['Seiten: United States · Russia'],
			one: 'Seite: United States',
			precision: / · Datum /
		}
	];
	for (const c of cases) {
		it(`cardTree() names the sides and the date's precision in ${c.lang}`, () => {
			useLanguage(c.lang);
			const both = texts(cardTree(eventCard(t, t.events[0]!), palette, coverage));
			expect(both).toEqual(expect.arrayContaining(c.sides));
			expect(both.some((x) => c.precision.test(x))).toBe(true);
			const one = texts(cardTree(eventCard(t, t.events[1]!), palette, coverage));
			expect(one).toContain(c.one);
		});
	}
});

describe('cardTree() in a script the font lacks', () => {
	afterEach(() => useLanguage('en'));
	const t = tinyTimeline([
		{ id: 'a', date: date(point('2025-08-11', 'day')), participants: both },
		{ id: 'b', date: date(point('2025-10-22', 'day')) }
	]);
	for (const lang of ['ar', 'ja', 'he']) {
		it(`cardTree() writes the dates in ${lang} as numbers where the font cannot draw the words`, () => {
			useLanguage(lang);
			const timeline = texts(cardTree(timelineCard(t), palette, coverage));
			expect(timeline).toEqual(
				expect.arrayContaining(['2025-08-11 – 2025-10-22', '2025-08-11', '2025-10-22'])
			);
			const event = texts(cardTree(eventCard(t, t.events[0]!), palette, coverage));
			expect(event).toEqual(expect.arrayContaining(['2025-08-11', '2025-10-22']));
		});
	}
	it('cardTree() keeps dates in words the font draws', () => {
		useLanguage('uk');
		const timeline = texts(cardTree(timelineCard(t), palette, coverage));
		expect(timeline.some((x) => /серп/.test(x))).toBe(true);
		expect(timeline).not.toContain('2025-08-11');
	});
});
