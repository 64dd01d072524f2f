/**
 * The only door from `data/timelines/` into the site. Files are read at build time, validated
 * once, and a bad file stops the build with the validator's messages.
 */
import type { Timeline } from '$lib/data/schema';
import { formatProblem, validateTimelineText } from '$lib/data/validate';

const files = import.meta.glob('/data/timelines/*.json', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

export class TimelineDataError extends Error {
	constructor(readonly lines: string[]) {
		super(`[timeline] invalid timeline data:\n${lines.join('\n')}`);
		this.name = 'TimelineDataError';
	}
}

let cache: Timeline[] | undefined;

/** Every timeline, validated, in file-name order. Throws TimelineDataError listing every problem. */
export function loadTimelines(): Timeline[] {
	if (cache) return cache;
	const lines: string[] = [];
	const timelines: Timeline[] = [];
	for (const path of Object.keys(files).sort()) {
		const file = path.replace(/^\//, '');
		const { timeline, problems } = validateTimelineText(files[path] ?? '', file);
		lines.push(...problems.map(formatProblem));
		if (timeline) {
			const expected = file.replace(/^.*\//, '').replace(/\.json$/, '');
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
