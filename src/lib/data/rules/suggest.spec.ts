import { describe, expect, it } from 'vitest';
import { didYouMean } from './suggest';

describe('didYouMean', () => {
	const rows: [word: string, options: string[], expected: string][] = [
		['trunp', ['trump', 'putin'], ' (did you mean "trump"?)'],
		['Trump', ['trump'], ' (did you mean "trump"?)'],
		['trump', ['trump'], ''],
		['zelensky', ['trump', 'putin'], ''],
		// a word of two letters is close to every other word of two
		['ab', ['cd'], ''],
		['ab', ['ac'], ' (did you mean "ac"?)'],
		['anything', [], '']
	];
	it.each(rows)('%s among %j', (word, options, expected) => {
		expect(didYouMean(word, options)).toBe(expected);
	});
});
