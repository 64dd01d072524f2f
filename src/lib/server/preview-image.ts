/**
 * Draws preview cards at build time: satori lays out `cardTree()` into SVG with the Noto Sans
 * files of `@fontsource/noto-sans` (never the system's fonts, so every machine makes the same
 * image), and resvg rasterises it to PNG. Server-only: neither library reaches the browser.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import unicodeRanges from '@fontsource/noto-sans/unicode.json';
import appCss from '../../app.css?raw';
import {
	CARD_HEIGHT,
	CARD_SUBSETS,
	cardFontName,
	CARD_WIDTH,
	cardPalette,
	cardTree,
	cssTokens,
	parseUnicodeRanges,
	type CardContent,
	type Coverage
} from '$lib/card/card';

const require = createRequire(import.meta.url);

let fonts: Font[] | undefined;

function cardFonts(): Font[] {
	fonts ??= CARD_SUBSETS.flatMap((subset) =>
		([400, 700] as const).map((weight) => ({
			name: cardFontName(subset),
			weight,
			style: 'normal' as const,
			data: readFileSync(
				require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`)
			)
		}))
	);
	return fonts;
}

/** The code points the loaded subsets cover; anything else is left out of a card's text. */
export const CARD_COVERAGE: Coverage = parseUnicodeRanges(
	CARD_SUBSETS.map((s) => (unicodeRanges as Record<string, string>)[s] ?? '').join(',')
);

export const CARD_PALETTE = cardPalette(cssTokens(appCss));

/**
 * The card as SVG. With `embedFont: false` the text stays `<text>` elements (one per line piece),
 * which is how the tests read what was laid out where; the images embed it as paths.
 */
export function cardSvg(card: CardContent, { embedFont = true } = {}): Promise<string> {
	return satori(cardTree(card, CARD_PALETTE, CARD_COVERAGE) as never, {
		width: CARD_WIDTH,
		height: CARD_HEIGHT,
		fonts: cardFonts(),
		embedFont
	});
}

/** The card as a PNG file. */
export async function cardPng(card: CardContent): Promise<Uint8Array> {
	const svg = await cardSvg(card);
	const png = new Resvg(svg, {
		fitTo: { mode: 'original' },
		font: { loadSystemFonts: false }
	})
		.render()
		.asPng();
	return new Uint8Array(png);
}

/** A prerendered PNG response. */
export function pngResponse(png: Uint8Array): Response {
	return new Response(png as BodyInit, { headers: { 'content-type': 'image/png' } });
}
