/**
 * The server's drawings of the chart carry every coordinate as the scales computed it, to 15 or
 * more digits: on the shipped timeline, 3% of its page. A hundredth of a pixel is below what any
 * screen shows, so the drawings keep two decimals.
 */

/** The geometry attributes whose numbers are rounded; text and other attributes are left alone. */
const GEOMETRY = /\s(x|y|x1|x2|y1|y2|cx|cy|r|width|height|transform|d|points|viewBox)="([^"]*)"/g;
/** A number with more than two decimals, or in exponent notation */
const LONG_NUMBER = /-?\d*\.?\d+e[-+]?\d+|-?\d*\.\d{3,}/gi;

function round(text: string): string {
	const value = Math.round(Number(text) * 100) / 100;
	// -0 would print as "0" anyway; Object.is keeps a stray "-0" out of the markup
	return String(Object.is(value, -0) ? 0 : value);
}

/** `markup` with the numbers in its geometry attributes rounded to hundredths. */
export function roundCoordinates(markup: string): string {
	return markup.replace(
		GEOMETRY,
		(_, name: string, value: string) => ` ${name}="${value.replace(LONG_NUMBER, round)}"`
	);
}
