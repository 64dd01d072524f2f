import { describe, expect, it } from 'vitest';
import { glyphDefs } from './glyph-defs';
import { glyphIds } from './glyph-ids';

describe('glyphDefs', () => {
	it.each(['t', 's2', 'chart-9'])(
		'defines each id of prefix %s once, and nothing else',
		(prefix) => {
			const ids = glyphIds(prefix);
			const markup = glyphDefs(ids);
			const defined = [...markup.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]).sort();
			const masks = [ids.fadeStart, ids.fadeEnd, ids.fadeBoth];
			expect(defined).toEqual(
				[ids.hatch, ids.dots, ids.cross, ...masks, ...masks.map((m) => `${m}-gradient`)].sort()
			);
		}
	);

	it.each([
		['hatch', 'patternTransform="rotate(45)"', 1, 0],
		['cross', 'patternTransform="rotate(45)"', 2, 0],
		['dots', '', 0, 1]
	] as const)('draws the %s tile', (name, turn, lines, dots) => {
		const ids = glyphIds('t');
		const tile = new RegExp(`<pattern id="${ids[name]}"[^>]*>(.*?)</pattern>`).exec(glyphDefs(ids));
		expect(tile?.[0]).toContain(turn);
		expect(tile?.[1]?.match(/<line /g)?.length ?? 0).toBe(lines);
		expect(tile?.[1]?.match(/<circle /g)?.length ?? 0).toBe(dots);
	});
});
