import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkTimelineFile, checkTimelineTargets, listTimelineFiles } from './files';
import { formatProblem } from './validate';

const FIXTURE = readFileSync(new URL('./fixtures/valid-timeline.json', import.meta.url), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'timeline-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
	const path = join(dir, name);
	writeFileSync(path, text);
	return path;
}

describe('checkTimelineTargets()', () => {
	it('validates every shipped timeline in data/timelines', () => {
		const files = listTimelineFiles('data/timelines');
		expect(files.length).toBeGreaterThan(0);
		const results = checkTimelineTargets(['data/timelines']);
		expect(results.flatMap((r) => r.problems.map(formatProblem))).toEqual([]);
		for (const result of results) {
			expect(result.timeline?.id).toBe(result.file.replace(/^.*\/|\.json$/g, ''));
		}
	});

	it('finds that every shipped timeline names the JSON Schema', () => {
		for (const file of listTimelineFiles('data/timelines')) {
			expect(JSON.parse(readFileSync(file, 'utf8')).$schema, file).toBe('../timeline.schema.json');
		}
	});

	it('reports a missing file without throwing', () => {
		const missing = join(dir, 'nowhere.json');
		const [result] = checkTimelineTargets([missing]);
		expect(result?.problems.map(formatProblem)).toEqual([
			`${missing}:1:1  $  (file): does not exist; expected a timeline .json file or a folder of them`
		]);
	});

	it('reports a folder without timelines', () => {
		const empty = join(dir, 'empty');
		mkdirSync(empty);
		const [result] = checkTimelineTargets([empty]);
		expect(result?.problems[0]?.message).toBe(
			'holds no .json files; expected at least one timeline'
		);
	});

	it('checks each .json file of a folder, in name order', () => {
		const folder = join(dir, 'two');
		mkdirSync(folder);
		writeFileSync(join(folder, 'valid-timeline.json'), FIXTURE);
		writeFileSync(join(folder, 'broken.json'), '{');
		writeFileSync(join(folder, 'notes.txt'), 'not a timeline');
		const results = checkTimelineTargets([folder]);
		expect(results.map((r) => [r.file.replace(/^.*\//, ''), r.problems.length])).toEqual([
			['broken.json', 1],
			['valid-timeline.json', 0]
		]);
	});
});

describe('checkTimelineFile()', () => {
	it('accepts a valid file named after its id', () => {
		const result = checkTimelineFile(write('valid-timeline.json', FIXTURE));
		expect(result.problems).toEqual([]);
		expect(result.timeline?.id).toBe('valid-timeline');
	});

	it('requires the id to match the file name, at the id', () => {
		const result = checkTimelineFile(write('renamed.json', FIXTURE));
		expect(result.timeline).toBeUndefined();
		expect(result.problems).toMatchObject([
			{ line: 3, column: 8, where: '$', field: 'id', message: expect.stringContaining('"renamed"') }
		]);
	});
});
