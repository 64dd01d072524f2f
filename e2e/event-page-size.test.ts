/**
 * An event page weighs the same at every size of timeline: its HTML and its data (`__data.json`,
 * what a navigation inside the site fetches) carry the event and its neighbours, never the
 * timeline. Measured on the 1,000-event synthetic timeline of the fixture build, whose events
 * are the benchmark's (`bench/generate.ts`), so the figures compare with `docs/bench.md`. Reads
 * the built files.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { LARGE_TIMELINE } from './fixture-timelines';
import { expect, test } from './fixtures';
import { builtPages } from './routes';

/** The aim for an event page's HTML, not met yet (see `docs/bench.md`). */
const TARGET_HTML = 12_000;
/** What an event page may weigh until then, so that it cannot grow: its present weight. */
const MAX_HTML = 25_600;
const MAX_DATA = 5_700;

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

test(`every event page of a ${LARGE_TIMELINE.events}-event timeline is at most ${kB(MAX_HTML)} of HTML and ${kB(MAX_DATA)} of data`, async () => {
	const events = (await builtPages('build-fixture')).filter(
		(p) =>
			p.kind === 'page' &&
			p.route === '/[timeline]/events/[event]' &&
			p.path.startsWith(`/${LARGE_TIMELINE.id}/`)
	);
	expect(events).toHaveLength(LARGE_TIMELINE.events);
	let heaviest = 0;
	for (const page of events) {
		const data = statSync(join(page.file, '..', '__data.json')).size;
		expect.soft(page.size, `${page.path} HTML`).toBeLessThanOrEqual(MAX_HTML);
		expect.soft(data, `${page.path} __data.json`).toBeLessThanOrEqual(MAX_DATA);
		heaviest = Math.max(heaviest, page.size);
	}
	if (heaviest > TARGET_HTML) {
		test.info().annotations.push({
			type: 'over target',
			description: `heaviest event page ${kB(heaviest)} of HTML, aim ${kB(TARGET_HTML)}`
		});
	}
});
