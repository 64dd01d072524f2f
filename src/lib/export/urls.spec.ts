import { describe, expect, it } from 'vitest';
import { eventUrl } from './urls';

describe('eventUrl()', () => {
	it('eventUrl() gives the permalink with a trailing slash', () =>
		expect(eventUrl('https://example.org/timeline', 'alaska', 'summit')).toBe(
			'https://example.org/timeline/alaska/events/summit/'
		));
});
