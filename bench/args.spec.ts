import { describe, expect, it } from 'vitest';
import { parseArgs } from './args';

describe('parseArgs()', () => {
	it.each([
		[[], [1000, 10_000, 50_000]],
		[['--full'], [1000, 10_000, 50_000, 100_000]],
		[
			['--sizes', '200,5k'],
			[200, 5000]
		]
	])('parseArgs(%j) runs sizes %j', (argv, sizes) => {
		expect(parseArgs(argv).sizes).toEqual(sizes);
	});

	it('reads the limit in seconds, and the other options', () => {
		const o = parseArgs(['--timeout', '30', '--rounds', '2', '--port', '4260', '--out', 'x.json']);
		expect(o).toMatchObject({ limitMs: 30_000, rounds: 2, port: 4260, out: 'x.json' });
		expect(o.skipAfterTimeout).toBe(true);
		expect(parseArgs(['--no-skip']).skipAfterTimeout).toBe(false);
		expect(parseArgs(['--report', 'r.json']).report).toBe('r.json');
	});

	it.each([
		[['--size', '10'], /unknown option --size/],
		[['--sizes'], /--sizes needs a value/],
		[['--sizes', 'ten'], /positive integers/]
	])('refuses %j', (argv, message) => {
		expect(() => parseArgs(argv)).toThrow(message);
	});
});
