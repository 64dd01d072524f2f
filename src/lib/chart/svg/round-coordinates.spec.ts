import { describe, expect, it } from 'vitest';
import { roundCoordinates } from './round-coordinates';

describe('roundCoordinates()', () => {
	it.each([
		[
			'a translate',
			'<g transform="translate(23.448275862068964,66)">',
			'<g transform="translate(23.45,66)">'
		],
		[
			'a negative coordinate',
			'<rect x="-0.123456" width="10.005">',
			'<rect x="-0.12" width="10.01">'
		],
		['a rounding to minus zero', '<line x1="-0.0012">', '<line x1="0">'],
		['an exponent', '<line y2="1.4210854715202004e-14">', '<line y2="0">'],
		['a path', '<path d="M1.23456,2L3.999,4.5Z">', '<path d="M1.23,2L4,4.5Z">'],
		[
			'two decimals or fewer, kept',
			'<rect x="12.5" y="3.25" height="7">',
			'<rect x="12.5" y="3.25" height="7">'
		],
		['text, kept', '<text x="1.23456">π is 3.14159</text>', '<text x="1.23">π is 3.14159</text>'],
		[
			'other attributes, kept',
			'<a href="/e/v1.23456/" aria-label="rate 1.23456">',
			'<a href="/e/v1.23456/" aria-label="rate 1.23456">'
		],
		[
			'an attribute that ends in a geometry name, kept',
			'<g data-x="1.23456">',
			'<g data-x="1.23456">'
		]
	])('%s', (_, markup, rounded) => {
		expect(roundCoordinates(markup)).toBe(rounded);
	});
});
