import type { Fade } from '$lib/chart/encoding';

/** Ids of the SVG patterns and masks that marks share, unique per chart so two charts never clash. */
export interface GlyphIds {
	hatch: string;
	dots: string;
	cross: string;
	fadeStart: string;
	fadeEnd: string;
	fadeBoth: string;
}

export function glyphIds(prefix: string): GlyphIds {
	return {
		hatch: `${prefix}-hatch`,
		dots: `${prefix}-dots`,
		cross: `${prefix}-cross`,
		fadeStart: `${prefix}-fade-start`,
		fadeEnd: `${prefix}-fade-end`,
		fadeBoth: `${prefix}-fade-both`
	};
}

/** The mask that fades a span's fuzzy ends. */
export function fadeMask(ids: GlyphIds, fade: Fade): string {
	return fade === 'both' ? ids.fadeBoth : fade === 'start' ? ids.fadeStart : ids.fadeEnd;
}

/** The SVG paints of `statusPaint`: the page's colours, and the chart's shared patterns. */
export function paintOf(ids: GlyphIds) {
	return {
		mark: 'var(--mark)',
		paper: 'var(--bg)',
		pattern: (name: 'hatch' | 'dots' | 'cross') => `url(#${ids[name]})`
	};
}
