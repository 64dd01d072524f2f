import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CARD_HEIGHT, CARD_WIDTH, eventCard, timelineCard, type CardContent } from '$lib/card/card';
import { validateTimelineText } from '$lib/data/validate';
import { fixtureTimeline } from '$lib/export/test-timeline';
import { cardPng, cardSvg } from './preview-image';
import { pngSize } from './test-png';

const HOSTILE = 'e2e/fixtures/hostile/hostile.json';
const hostile = validateTimelineText(readFileSync(HOSTILE, 'utf8'), HOSTILE).timeline;
if (!hostile) throw new Error(`${HOSTILE} is invalid`);
const fixture = fixtureTimeline();

interface Piece {
	x: number;
	y: number;
	width: number;
	size: number;
	text: string;
}

/** The laid-out text of a card (satori writes a `<text>` per word when fonts are not embedded). */
async function laidOut(card: CardContent): Promise<Piece[]> {
	const svg = await cardSvg(card, { embedFont: false });
	return [
		...svg.matchAll(
			/<text x="([\d.]+)" y="([\d.]+)" width="([\d.]+)"[^>]*font-size="(\d+)"[^>]*>([^<]*)<\/text>/g
		)
	].map((m) => ({
		x: +m[1]!,
		y: +m[2]!,
		width: +m[3]!,
		size: +m[4]!,
		text: m[5]!
	}));
}

const MARGIN = 64;
const long = `${'Ministers of the three sides agree to continue the talks '.repeat(8)}end`;

describe('cardSvg()', () => {
	const cases: { name: string; card: () => CardContent }[] = [
		{ name: 'an event of the fixture', card: () => eventCard(fixture, fixture.events[3]!) },
		{ name: 'the fixture timeline', card: () => timelineCard(fixture) },
		{ name: 'the hostile timeline', card: () => timelineCard(hostile) },
		...hostile.events.map((e) => ({
			name: `hostile event ${e.id}`,
			card: () => eventCard(hostile, e)
		})),
		{
			name: 'a long title',
			card: () => ({ ...eventCard(fixture, fixture.events[0]!), title: long })
		},
		{
			name: 'a Cyrillic title',
			card: () => ({
				...eventCard(fixture, fixture.events[0]!),
				title: 'Саміт на Алясці: Трамп і Путін'
			})
		}
	];
	it.each(cases)('cardSvg() keeps every text of $name inside the card', async ({ card }) => {
		const pieces = await laidOut(card());
		expect(pieces.length).toBeGreaterThan(5);
		for (const p of pieces) {
			expect(p.x, p.text).toBeGreaterThanOrEqual(MARGIN - 1);
			expect(p.x + p.width, p.text).toBeLessThanOrEqual(CARD_WIDTH - MARGIN + 1);
			expect(p.y, p.text).toBeLessThanOrEqual(CARD_HEIGHT);
		}
	});

	it('cardSvg() wraps a long title onto three lines and cuts it with "…"', async () => {
		const title = (
			await laidOut({ ...eventCard(fixture, fixture.events[0]!), title: long })
		).filter((p) => p.size === 54);
		expect(new Set(title.map((p) => p.y)).size).toBe(3);
		expect(title.at(-1)?.text).toMatch(/…$/);
	});

	// the font's blank box for a missing glyph has one width: a word of wide letters and one of
	// narrow letters are as wide as each other unless the letters come from the font
	const scripts = [
		{ script: 'Cyrillic', wide: 'ШЖШЖ', narrow: 'іііі' },
		{ script: 'Greek', wide: 'ΩΨΩΨ', narrow: 'ιιιι' },
		{ script: 'Latin', wide: 'WMWM', narrow: 'iiii' },
		{ script: 'Vietnamese', wide: 'ỖỖỖỖ', narrow: 'ịịịị' }
	];
	it.each(scripts)('cardSvg() draws $script letters from the font', async ({ wide, narrow }) => {
		const card = { ...eventCard(fixture, fixture.events[0]!), title: `${wide} ${narrow}` };
		const words = (await laidOut(card)).filter((p) => p.size === 54 && p.text.trim());
		expect(words.map((p) => p.text)).toEqual([wide, narrow]);
		expect(words[0]!.width).toBeGreaterThan(2 * words[1]!.width);
	});
});

describe('cardPng()', () => {
	it.each([
		{ name: 'a timeline', card: () => timelineCard(fixture) },
		{ name: 'a hostile event', card: () => eventCard(hostile, hostile.events[0]!) }
	])('cardPng() of $name is a 1200 × 630 PNG under 150 kB', async ({ card }) => {
		const png = await cardPng(card());
		expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
		expect(png.length).toBeLessThan(150_000);
	});
});
