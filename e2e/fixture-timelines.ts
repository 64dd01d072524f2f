/**
 * Gathers the timelines the fixture site is built from: the hand-written ones in e2e/timelines, a
 * large synthetic one (bench/generate.ts, seeded, so the same on every run) for the tests of the
 * long list, and the TimelineJS samples in fixtures/timelinejs, imported as `npm run import` does.
 * The large one is written at build time rather than committed: it weighs megabytes.
 *
 * Usage: tsx e2e/fixture-timelines.ts OUT_DIR
 */
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateTimeline } from '../bench/generate';
import { formatProblem } from '../src/lib/data/validate';
import { importFile } from '../src/lib/import/import-file';

/** The large timeline's id and size. */
export const LARGE_TIMELINE = { id: 'fixture-large', events: 1000 } as const;

/** TimelineJS files the fixture build imports, and the ids it gives them. */
export const IMPORTED_TIMELINES = [
	{ id: 'imported-iran-deal', file: 'fixtures/timelinejs/iran-nuclear-deal.json', zone: 'UTC' },
	{
		id: 'imported-grain-deal',
		file: 'fixtures/timelinejs/black-sea-grain.csv',
		zone: 'Europe/Istanbul'
	}
] as const;

const SOURCE_DIR = 'e2e/timelines';

function main(outDir: string | undefined): void {
	if (!outDir) throw new Error('usage: tsx e2e/fixture-timelines.ts OUT_DIR');
	rmSync(outDir, { recursive: true, force: true });
	mkdirSync(outDir, { recursive: true });
	for (const file of readdirSync(SOURCE_DIR).filter((f) => f.endsWith('.json'))) {
		copyFileSync(join(SOURCE_DIR, file), join(outDir, file));
	}
	const timeline = generateTimeline({ events: LARGE_TIMELINE.events, id: LARGE_TIMELINE.id });
	writeFileSync(join(outDir, `${timeline.id}.json`), JSON.stringify(timeline));
	for (const { id, file, zone } of IMPORTED_TIMELINES) {
		const result = importFile(file, { id, zone });
		if (!result.text) throw new Error(result.problems.map(formatProblem).join('\n'));
		writeFileSync(join(outDir, `${id}.json`), result.text);
	}
}

if (process.argv[1]?.endsWith('fixture-timelines.ts')) main(process.argv[2]);
