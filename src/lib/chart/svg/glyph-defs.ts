/**
 * The SVG patterns for statuses (hatched, dotted, cross-hatched) and the masks that fade the fuzzy
 * ends of a date, as the encoding draws them: markup for one `<svg>` on the page, which marks and
 * the legend refer to by id.
 *
 * A string, not a component: the page writes it with `{@html}`, which hydration adopts as the
 * server wrote it. As a component, each pattern, line and stop was an element and an effect that
 * hydration walked, 7 % of the task that starts the timeline page on a phone (measured).
 */
import { FADE_MASKS, GLYPH_STROKES, STATUS_PATTERNS, type Fade } from '$lib/chart/encoding';
import { fadeMask, type GlyphIds } from './glyph-ids';

const patterns = Object.keys(STATUS_PATTERNS) as (keyof typeof STATUS_PATTERNS)[];
const fades = Object.keys(FADE_MASKS) as Fade[];

export function glyphDefs(ids: GlyphIds): string {
	const tiles = patterns.map((name) => {
		const { size, rotate, lines, dots } = STATUS_PATTERNS[name];
		const turn = rotate ? ` patternTransform="rotate(${rotate})"` : '';
		return (
			`<pattern id="${ids[name]}" width="${size}" height="${size}" patternUnits="userSpaceOnUse"${turn}>` +
			`<rect width="${size}" height="${size}" style="fill: var(--bg)"></rect>` +
			lines
				.map(
					([x1, y1, x2, y2]) =>
						`<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke-width="${GLYPH_STROKES.pattern}" style="stroke: var(--mark)"></line>`
				)
				.join('') +
			dots
				.map(
					([cx, cy]) =>
						`<circle cx="${cx}" cy="${cy}" r="${GLYPH_STROKES.dot}" style="fill: var(--mark)"></circle>`
				)
				.join('') +
			`</pattern>`
		);
	});
	const masks = fades.map((fade) => {
		const id = fadeMask(ids, fade);
		const stops = FADE_MASKS[fade]
			.map(
				({ offset, opacity }) =>
					`<stop offset="${offset}" stop-color="white" stop-opacity="${opacity}"></stop>`
			)
			.join('');
		return (
			`<linearGradient id="${id}-gradient">${stops}</linearGradient>` +
			`<mask id="${id}" maskContentUnits="objectBoundingBox"><rect width="1" height="1" fill="url(#${id}-gradient)"></rect></mask>`
		);
	});
	return `<defs>${tiles.join('')}${masks.join('')}</defs>`;
}
