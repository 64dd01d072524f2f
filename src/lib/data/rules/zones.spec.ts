import { describe, expect, it } from 'vitest';
import { problems } from './spec-helpers';
import { checkZone, zoneProblem } from './zones';

const UNKNOWN =
	'"Mars/Olympus" is not a time zone in the IANA database; expected a zone such as Europe/Moscow or America/Anchorage';

describe('zoneProblem', () => {
	const rows: [zone: string, expected: string | null][] = [
		['America/Anchorage', null],
		['UTC', null],
		['europe/moscow', '"europe/moscow" is written in the wrong case; expected "Europe/Moscow"'],
		['Mars/Olympus', UNKNOWN]
	];
	it.each(rows)('%s', (zone, expected) => {
		expect(zoneProblem(zone)).toBe(expected);
		// a second call answers from the cache, the same
		expect(zoneProblem(zone)).toBe(expected);
	});
});

describe('checkZone', () => {
	const rows: [rule: string, value: unknown, ok: boolean, expected: string[]][] = [
		['a real zone', 'Europe/Moscow', true, []],
		['a zone the runtime does not know', 'Mars/Olympus', false, [`zone: ${UNKNOWN}`]],
		['a value of the wrong shape is the schema to report', 'Moscow time', false, []],
		['no zone at all', undefined, false, []]
	];
	it.each(rows)('%s', (_rule, value, ok, expected) => {
		let result: boolean | undefined;
		expect(problems((ctx) => (result = checkZone(ctx, ['zone'], value)))).toEqual(expected);
		expect(result).toBe(ok);
	});
});
