/**
 * A briefing page holds its briefing once, as drawn. The data it starts with (Kit's copy in the
 * HTML, and `__data.json` for a navigation inside the site) names the timeline and its actors,
 * which reading the address's filters needs, and no event: the briefing it draws live comes from
 * `briefing.json`, the file that printing the timeline page fetches too. Reads the built files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Timeline } from '../src/lib/data/schema';
import { HOSTILE_DIR } from '../playwright.config';
import { LARGE_TIMELINE } from './fixture-timelines';
import { expect, test } from './fixtures';
import { builtPages } from './routes';

const BUILDS = ['build', 'build-fixture', HOSTILE_DIR];

/** What the largest timeline's briefing page may start with: it does not grow with its events. */
const MAX_START_DATA = 4_000;

/** The data in Kit's start script: the `data: [...]` it hydrates from. */
function startData(html: string): string {
	const script = /<script>\s*\{\s*__sveltekit[\s\S]*?<\/script>/.exec(html)?.[0] ?? '';
	const from = script.indexOf('data: [');
	return from < 0 ? '' : script.slice(from, script.indexOf('form: null', from));
}

for (const dir of BUILDS) {
	test(`no briefing page of ${dir} carries its events in its data`, async () => {
		const pages = (await builtPages(dir)).filter(
			(p) => p.kind === 'page' && p.route === '/[timeline]/print'
		);
		expect(pages.length).toBeGreaterThan(0);
		for (const page of pages) {
			const folder = join(page.file, '..');
			const timeline = JSON.parse(
				readFileSync(join(folder, '..', 'export.json'), 'utf8')
			) as Timeline;
			const inline = startData(readFileSync(page.file, 'utf8'));
			const data = readFileSync(join(folder, '__data.json'), 'utf8');
			expect(inline, `${page.path}: Kit's start script has its data`).toContain(
				JSON.stringify(timeline.id)
			);
			const carried = timeline.events
				.map((e) => e.id)
				.filter((id) => inline.includes(JSON.stringify(id)) || data.includes(JSON.stringify(id)));
			expect.soft(carried, `${page.path}: events in the page's data`).toEqual([]);
			if (page.path === `/${LARGE_TIMELINE.id}/print/`) {
				expect.soft(inline.length, `${page.path}: start data`).toBeLessThanOrEqual(MAX_START_DATA);
				expect.soft(data.length, `${page.path}: __data.json`).toBeLessThanOrEqual(MAX_START_DATA);
			}
		}
	});
}
