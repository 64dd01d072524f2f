import { describe, expect, it } from 'vitest';
import { propsKey } from './props-key';

const event = (id: string, title = id) => ({ id, title, start: 0 });
const base = {
	events: [event('a'), event('b')],
	total: 2,
	zoneText: 'Moscow time',
	otherZone: undefined,
	ids: { pattern: 'p1', mask: 'm1' },
	hrefFor: (id: string) => `/t/events/${id}/`
};

describe('propsKey', () => {
	const same: { name: string; other: unknown }[] = [
		{ name: 'a copy of the props', other: { ...base, events: [event('a'), event('b')] } },
		{
			name: 'an event with other fields but its id',
			other: { ...base, events: [event('a', 'A'), event('b')] }
		},
		{ name: 'another function', other: { ...base, hrefFor: () => '/' } }
	];
	for (const c of same) {
		it(`propsKey() is the same for ${c.name}`, () => {
			expect(propsKey(c.other)).toBe(propsKey(base));
		});
	}

	const different: { name: string; other: unknown }[] = [
		{ name: 'one event fewer', other: { ...base, events: [event('a')] } },
		{ name: 'the events in another order', other: { ...base, events: [event('b'), event('a')] } },
		{ name: 'another zone', other: { ...base, zoneText: 'UTC' } },
		{ name: 'a zone where there was none', other: { ...base, otherZone: 'UTC' } },
		{ name: 'a number as a string', other: { ...base, total: '2' } },
		{ name: 'a function where there was none', other: { ...base, onselect: () => {} } },
		{
			name: 'another id in a nested object',
			other: { ...base, ids: { pattern: 'p2', mask: 'm1' } }
		},
		{ name: 'text split elsewhere', other: { ...base, ids: { pattern: 'p', mask: '1m1' } } }
	];
	for (const c of different) {
		it(`propsKey() differs for ${c.name}`, () => {
			expect(propsKey(c.other)).not.toBe(propsKey(base));
		});
	}

	it('propsKey() is short and made of letters and digits', () => {
		expect(propsKey(base)).toMatch(/^[0-9a-z]{1,7}$/);
	});

	it('propsKey() of props that refer to themselves matches no other call', () => {
		const loop: Record<string, unknown> = { name: 'loop' };
		loop.self = loop;
		expect(propsKey(loop)).not.toBe(propsKey(loop));
	});
});
