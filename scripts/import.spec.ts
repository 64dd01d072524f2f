import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateTimelineText } from '../src/lib/data/validate';

const dir = mkdtempSync(join(tmpdir(), 'timeline-import-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `npm run import` the way package.json does, without npm's own output. */
function run(args: string[]) {
	const result = spawnSync('node_modules/.bin/tsx', ['scripts/import.ts', ...args], {
		encoding: 'utf8'
	});
	return { status: result.status, out: result.stdout, err: result.stderr };
}

// each case starts Node and tsx, which takes seconds on a busy machine
describe('npm run import', { timeout: 60_000 }, () => {
	it('writes a valid timeline, prints what it mapped and left out, and exits 0', () => {
		const out = join(dir, 'ok');
		const { status, out: stdout } = run([
			'fixtures/timelinejs/black-sea-grain.csv',
			'--out',
			out,
			'--id',
			'grain',
			'--zone',
			'Europe/Istanbul'
		]);
		expect(status).toBe(0);
		expect(stdout).toMatch(/^mapped:\n/);
		expect(stdout).toContain('\nleft out:\n');
		expect(stdout).toContain(`import: wrote ${join(out, 'grain.json')}: 7 events, valid.`);
		const file = join(out, 'grain.json');
		const text = readFileSync(file, 'utf8');
		expect(validateTimelineText(text, file, { expectedId: 'grain' }).problems).toEqual([]);
		expect(JSON.parse(text).$schema).toMatch(/timeline\.schema\.json$/);
	});

	it('counts one event as one', () => {
		const one = join(dir, 'one.json');
		writeFileSync(
			one,
			JSON.stringify({ events: [{ start_date: { year: '2025' }, text: { headline: 'Talks' } }] })
		);
		const { status, out: stdout } = run([one, '--out', join(dir, 'one-out')]);
		expect(status).toBe(0);
		expect(stdout).toContain(`import: wrote ${join(dir, 'one-out', 'one.json')}: 1 event, valid.`);
	});

	it('refuses to replace an existing file without --force', () => {
		const out = join(dir, 'exists');
		run(['fixtures/timelinejs/iran-nuclear-deal.json', '--out', out]);
		const file = join(out, 'iran-nuclear-deal.json');
		writeFileSync(file, 'mine');
		const again = run(['fixtures/timelinejs/iran-nuclear-deal.json', '--out', out]);
		expect(again.status).toBe(1);
		expect(again.err).toContain('iran-nuclear-deal.json already exists; nothing written');
		expect(readFileSync(file, 'utf8')).toBe('mine');
		expect(
			run(['fixtures/timelinejs/iran-nuclear-deal.json', '--out', out, '--force']).status
		).toBe(0);
		expect(readFileSync(file, 'utf8')).not.toBe('mine');
	});

	it('prints located problems, writes nothing and exits 1 on a bad file', () => {
		const bad = join(dir, 'bad.csv');
		writeFileSync(bad, 'Year,Month,Day,Headline,Text\n2025,2,31,Talks,\n');
		const out = join(dir, 'bad-out');
		const { status, err } = run([bad, '--out', out]);
		expect(status).toBe(1);
		expect(err).toContain(`${bad}:2:8  row 2  Day: 31 February 2025 does not exist`);
		expect(err).toContain('import: 1 problem in');
		expect(existsSync(out)).toBe(false);
	});

	it('says how to use it', () => {
		expect(run([]).err).toContain('import: no FILE given');
		expect(run(['--help']).out).toContain('Usage: npm run import -- FILE');
		expect(run(['a.json', '--nope']).status).toBe(1);
	});
});
