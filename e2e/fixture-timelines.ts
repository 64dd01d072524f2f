/**
 * Gathers the timelines the fixture site is built from: the hand-written ones in e2e/timelines, and
 * a large synthetic one (bench/generate.ts, seeded, so the same on every run) for the tests of the
 * long list. The large one is written at build time rather than committed: it weighs megabytes.
 *
 * Usage: tsx e2e/fixture-timelines.ts OUT_DIR
 */
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateTimeline } from '../bench/generate';

/** The large timeline's id and size. */
export const LARGE_TIMELINE = { id: 'fixture-large', events: 1000 } as const;

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
}

if (process.argv[1]?.endsWith('fixture-timelines.ts')) main(process.argv[2]);
