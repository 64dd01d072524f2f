/**
 * The width of a label as the browser will draw it, for the chart's placement once it runs in the
 * browser (the estimate in `$lib/chart/text-width` is for the prerender, and runs wide or narrow by
 * font). Measured at the labels' 12 px in the page's font, and remembered per text.
 */
export function browserTextMeasure(family: string): ((text: string) => number) | undefined {
	const context = document.createElement('canvas').getContext('2d');
	if (!context) return undefined;
	context.font = `12px ${family}`;
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
