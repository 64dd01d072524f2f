import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatProblem, validateTimelineText } from '../src/lib/data/validate';
import { createTimeline, NewTimelineError } from './new';

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'new-timeline-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('createTimeline()', () => {
	it('writes a valid timeline with $schema and one example event', () => {
		const { file, url } = createTimeline({
			id: 'ukraine-talks',
			title: 'Ukraine talks',
			dir,
			today: '2026-03-04',
			env: {}
		});
		expect(file).toBe(join(dir, 'ukraine-talks.json'));
		expect(url).toBe('http://localhost:4173/ukraine-talks/');
		const text = readFileSync(file, 'utf8');
		const { timeline, problems } = validateTimelineText(text, file, {
			expectedId: 'ukraine-talks'
		});
		expect(problems.map(formatProblem)).toEqual([]);
		expect(timeline?.title).toBe('Ukraine talks');
		expect(timeline?.events).toHaveLength(1);
		expect(JSON.parse(text).$schema).toMatch(/data\/timeline\.schema\.json$/);
	});

	it.each([
		[{}, 'http://localhost:4173/a/'],
		[{ SITE_URL: 'https://example.org' }, 'https://example.org/a/'],
		[{ SITE_URL: 'https://example.org', BASE_PATH: '/tl' }, 'https://example.org/tl/a/']
	])('prints the address under %o', (env, expected) => {
		expect(createTimeline({ id: 'a', dir, today: '2026-03-04', env }).url).toBe(expected);
	});

	it('titles the timeline after its id when no title is given', () => {
		const { file } = createTimeline({ id: 'gaza-ceasefire', dir, today: '2026-03-04', env: {} });
		expect(JSON.parse(readFileSync(file, 'utf8')).title).toBe('Gaza ceasefire');
	});

	it('refuses an existing id and leaves the file alone', () => {
		const file = join(dir, 'taken.json');
		writeFileSync(file, 'mine');
		expect(() => createTimeline({ id: 'taken', dir, today: '2026-03-04' })).toThrow(
			/taken\.json already exists; choose another id \(nothing was written\)/
		);
		expect(readFileSync(file, 'utf8')).toBe('mine');
	});

	it.each(['Bad_Id', 'two--hyphens', '-lead', 'a'.repeat(81), ''])('refuses the id %j', (id) => {
		expect(() => createTimeline({ id, dir, today: '2026-03-04' })).toThrow(NewTimelineError);
	});
});

describe('npm run new', () => {
	it('exits 1 with a message naming the file when the id exists, 0 when it is new', () => {
		const run = () =>
			spawnSync('node_modules/.bin/tsx', ['scripts/new.ts', 'first-one', 'First one'], {
				env: { ...process.env, TIMELINES_DIR: dir },
				encoding: 'utf8',
				timeout: 30_000
			});
		const first = run();
		expect(first.status, first.stderr).toBe(0);
		expect(first.stdout).toContain('/first-one/');
		const second = run();
		expect(second.status).toBe(1);
		expect(second.stderr).toContain('first-one.json already exists');
	}, 60_000);
});
