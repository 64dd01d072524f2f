/**
 * `npm run new -- <id> ["Title"]`: starts a timeline. Writes `<TIMELINES_DIR>/<id>.json` (default
 * `data/timelines`), a valid file with `$schema` and one worked example event to copy, and prints
 * the address where the timeline will appear. It never overwrites: an existing id is refused.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { SLUG_PATTERN } from '../src/lib/data/schema';
import { absoluteUrl } from '../src/lib/server/site';

const USAGE = `Usage: npm run new -- <id> ["Title"]

Writes TIMELINES_DIR/<id>.json (default data/timelines) with one example event to copy.
<id> is lower-case letters and digits joined by single hyphens, such as ukraine-talks-2025.`;

export class NewTimelineError extends Error {}

/** The starter file's text: one source, one side, one actor and one event, each to copy or edit. */
export function starterTimeline(id: string, title: string, today: string, schemaPath: string) {
	const timeline = {
		$schema: schemaPath,
		id,
		title,
		summary: 'What this timeline covers, in a sentence or two.',
		language: 'en',
		asOf: today,
		sources: [
			{
				id: 'example-source',
				publisher: 'Example News',
				title: 'The headline of the article, as published',
				url: 'https://example.com/story',
				published: { value: today, precision: 'day' }
			}
		],
		affiliations: [{ id: 'example-state', name: 'Example State', kind: 'state' }],
		actors: [
			{
				id: 'example-minister',
				name: 'A. Minister',
				kind: 'person',
				role: 'Foreign minister of Example State',
				affiliation: 'example-state',
				zone: 'Europe/London'
			}
		],
		events: [
			{
				id: `example-statement-${today}`,
				title: 'Minister issues a statement',
				kind: 'statement',
				summary:
					"What happened, in the editors' words. Replace this example with your first event.",
				status: 'occurred',
				date: {
					start: { value: today, precision: 'day' },
					zone: 'Europe/London',
					basis: 'the article says "today"; published the same day'
				},
				participants: [{ actor: 'example-minister', role: 'author' }],
				evidence: [
					{
						source: 'example-source',
						quote: 'The sentence from the article that backs the event.'
					},
					{ source: 'example-source', locator: 'paragraph 3', note: 'a citation: no words quoted' }
				],
				attribution: [{ source: 'example-source', relation: 'reported' }]
			}
		]
	};
	return `${JSON.stringify(timeline, null, '\t')}\n`;
}

/** Writes the starter file and returns where it went; throws NewTimelineError when it must not. */
export function createTimeline(options: {
	id: string | undefined;
	title?: string;
	dir: string;
	today: string;
	env?: Record<string, string | undefined>;
}): { file: string; url: string } {
	const { id, dir, today } = options;
	if (!id) throw new NewTimelineError(`new: no id given\n\n${USAGE}`);
	if (!SLUG_PATTERN.test(id) || id.length > 80) {
		throw new NewTimelineError(
			`new: "${id}" is not a usable id; expected lower-case letters and digits joined by single hyphens (at most 80 characters), such as ukraine-talks-2025`
		);
	}
	const file = join(dir, `${id}.json`);
	if (existsSync(file)) {
		throw new NewTimelineError(
			`new: ${file} already exists; choose another id (nothing was written)`
		);
	}
	const title =
		options.title?.trim() || id.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
	// the schema lives in data/, next to the default timelines folder
	const schemaPath = relative(resolve(dir), resolve('data/timeline.schema.json')).replaceAll(
		'\\',
		'/'
	);
	mkdirSync(dir, { recursive: true });
	// 'wx' fails if the file appeared meanwhile: never overwrite
	writeFileSync(file, starterTimeline(id, title, today, schemaPath), { flag: 'wx' });
	return { file, url: absoluteUrl(`/${id}/`, options.env) };
}

function main(args: string[]): number {
	if (args.includes('-h') || args.includes('--help')) {
		console.log(USAGE);
		return 0;
	}
	const unknown = args.find((a) => a.startsWith('-'));
	if (unknown) {
		console.error(`new: unknown option ${unknown}\n\n${USAGE}`);
		return 1;
	}
	if (args.length > 2) {
		console.error(`new: too many arguments (quote a title with spaces)\n\n${USAGE}`);
		return 1;
	}
	try {
		const { file, url } = createTimeline({
			id: args[0],
			title: args[1],
			dir: process.env.TIMELINES_DIR ?? 'data/timelines',
			today: new Date().toISOString().slice(0, 10)
		});
		console.log(`new: wrote ${file}`);
		console.log(`It will appear at ${url} once built (npm run build),`);
		console.log(`and at http://localhost:5173/${args[0]}/ under npm run dev, as you edit it.`);
		console.log('Check it with: npm run validate. The guide is data/README.md.');
		return 0;
	} catch (e) {
		if (!(e instanceof NewTimelineError)) throw e;
		console.error(e.message);
		return 1;
	}
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
	process.exitCode = main(process.argv.slice(2));
}
