import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const FIXTURE = readFileSync('src/lib/data/fixtures/valid-timeline.json', 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'timeline-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const valid = join(dir, 'valid-timeline.json');
writeFileSync(valid, FIXTURE);
const invalidDir = join(dir, 'invalid');
mkdirSync(invalidDir);
const invalid = join(invalidDir, 'valid-timeline.json');
writeFileSync(
	invalid,
	FIXTURE.replace('"title": "Leaders meet",', '"title": 42,').replace(
		'"zone": "Europe/Moscow",',
		'"zone": "Europe/Moskva",'
	)
);

/** Runs `npm run validate` the way package.json does, without npm's own output. */
function validate(args: string[], env: Record<string, string> = {}) {
	const result = spawnSync('node_modules/.bin/tsx', ['scripts/validate.ts', ...args], {
		encoding: 'utf8',
		env: { ...process.env, ...env }
	});
	return { status: result.status, out: result.stdout.trim().split('\n'), err: result.stderr };
}

// each case starts Node and tsx, which takes seconds on a busy machine
describe('npm run validate', { timeout: 60_000 }, () => {
	it('exits 0 and says so when every file is valid', () => {
		const { status, out } = validate([valid]);
		expect(out).toEqual(['validate: 1 file checked, all valid']);
		expect(status).toBe(0);
	});

	it('prints every problem, then a summary, and exits 1', () => {
		const { status, out } = validate([valid, invalid]);
		expect(out).toEqual([
			`${invalid}:61:13  summit  title: is the number 42; expected a string (short headline)`,
			`${invalid}:125:13  follow-up-call  date.zone: "Europe/Moskva" is not a time zone in the IANA database; expected a zone such as Europe/Moscow or America/Anchorage`,
			'validate: 2 files checked, 1 invalid, 2 problems'
		]);
		expect(status).toBe(1);
	});

	it('checks TIMELINES_DIR when given no file', () => {
		const { status, out } = validate([], { TIMELINES_DIR: invalidDir });
		expect(out.at(-1)).toBe('validate: 1 file checked, 1 invalid, 2 problems');
		expect(status).toBe(1);
	});

	it('reports a missing file clearly', () => {
		const missing = join(dir, 'missing.json');
		const { status, out, err } = validate([missing]);
		expect(out).toEqual([
			`${missing}:1:1  $  (file): does not exist; expected a timeline .json file or a folder of them`,
			'validate: 1 file checked, 1 invalid, 1 problem'
		]);
		expect(err).toBe('');
		expect(status).toBe(1);
	});
});
