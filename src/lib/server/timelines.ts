/**
 * The only door from the timeline files into the site. Files are read at build time, validated
 * once, and a bad file stops the build with the validator's messages.
 *
 * TIMELINES_DIR (default `data/timelines`) names another folder of timelines: the benchmarks build
 * synthetic ones, and tests build from fixtures.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { dev } from '$app/environment';
import type { Timeline } from '$lib/data/schema';
import { formatProblem, validateTimelineText } from '$lib/data/validate';

export const TIMELINES_DIR = process.env.TIMELINES_DIR ?? 'data/timelines';

export class TimelineDataError extends Error {
	constructor(readonly lines: string[]) {
		super(`[timeline] invalid timeline data:\n${lines.join('\n')}`);
		this.name = 'TimelineDataError';
	}
}

let cache: Timeline[] | undefined;

/** Every timeline, validated, in file-name order. Throws TimelineDataError listing every problem. */
export function loadTimelines(): Timeline[] {
	// in dev, read again on every load so an author's edit shows on reload
	if (cache && !dev) return cache;
	const dir = resolve(TIMELINES_DIR);
	let names: string[];
	try {
		names = readdirSync(dir).filter((n) => n.endsWith('.json'));
	} catch (e) {
		throw new TimelineDataError([`${TIMELINES_DIR}: cannot read the folder (${String(e)})`]);
	}
	if (names.length === 0) throw new TimelineDataError([`${TIMELINES_DIR}: no .json timelines`]);
	const lines: string[] = [];
	const timelines: Timeline[] = [];
	for (const name of names.sort()) {
		const path = join(dir, name);
		const file = relative(process.cwd(), path) || path;
		const { timeline, problems } = validateTimelineText(readFileSync(path, 'utf8'), file);
		lines.push(...problems.map(formatProblem));
		if (timeline) {
			const expected = name.replace(/\.json$/, '');
			if (timeline.id !== expected) {
				lines.push(`${file}:1:1  $  id: "${timeline.id}" must match the file name "${expected}"`);
			}
			timelines.push(timeline);
		}
	}
	if (lines.length) throw new TimelineDataError(lines);
	cache = timelines;
	return timelines;
}

export function getTimeline(id: string): Timeline | undefined {
	return loadTimelines().find((t) => t.id === id);
}
