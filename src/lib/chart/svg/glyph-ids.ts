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
