import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every stylesheet and component under src, with its text. */
function styled(dir = 'src'): { file: string; text: string }[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return path.endsWith('paraglide') ? [] : styled(path);
		return /\.(css|svelte)$/.test(entry.name)
			? [{ file: path, text: readFileSync(path, 'utf8') }]
			: [];
	});
}

const PHYSICAL =
	/^\s*((?:margin|padding|border)-(?:left|right)[\w-]*|left|right|text-align:\s*(?:left|right)|float:\s*(?:left|right))\b/;

/**
 * Places that mean the physical side on purpose: a centred hint (50% from the left, pulled back
 * by half its width) and the chart, whose time runs left to right in every language.
 */
const PHYSICAL_ON_PURPOSE = [
	'src/lib/components/TimelineView.svelte: left: 50%;',
	'src/lib/chart/svg/TimelineChart.svelte: left: 0;'
];

describe('the stylesheets', () => {
	it('place things by start and end, not left and right, so a right-to-left language needs only a catalog', () => {
		const found = styled().flatMap(({ file, text }) =>
			text
				.split('\n')
				.filter((line) => PHYSICAL.test(line))
				.map((line) => `${file}: ${line.trim()}`)
		);
		expect(found.sort()).toEqual([...PHYSICAL_ON_PURPOSE].sort());
	});
});
