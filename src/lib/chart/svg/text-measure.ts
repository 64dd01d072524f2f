import { MARK_STROKES } from '$lib/chart/encoding';
import type { TextMeasure } from '$lib/chart/text-width';

/** Measures text in one font, remembering each text's width. */
function measurer(font: string): ((text: string) => number) | undefined {
	const context = document.createElement('canvas').getContext('2d');
	if (!context) return undefined;
	context.font = font;
	const widths = new Map<string, number>();
	return (text) => {
		let width = widths.get(text);
		if (width === undefined) {
			width = Math.ceil(context.measureText(text).width);
			widths.set(text, width);
		}
		return width;
	};
}

/**
 * The width of a label as the browser will draw it, for the chart's placement once it runs in the
 * browser (the estimate in `$lib/chart/text-width` is for the prerender, and runs wide or narrow by
 * font). Measured at the labels' 12 px in the page's font, and remembered per text; a key event's
 * label in its own weight.
 */
export function browserTextMeasure(family: string): TextMeasure | undefined {
	const measure: TextMeasure | undefined = measurer(`${MARK_STROKES.labelSize}px ${family}`);
	if (measure)
		measure.bold = measurer(`${MARK_STROKES.keyLabelWeight} ${MARK_STROKES.labelSize}px ${family}`);
	return measure;
}
