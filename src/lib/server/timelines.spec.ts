import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// its own output folders (git-ignored), so it never touches the build the e2e tests serve
const BUILD_DIR = 'build-invalid-data-test';
const dir = mkdtempSync(join(tmpdir(), 'timeline-build-'));
afterAll(() => {
	rmSync(dir, { recursive: true, force: true });
	rmSync(BUILD_DIR, { recursive: true, force: true });
	rmSync(`.svelte-kit-${BUILD_DIR}`, { recursive: true, force: true });
});

describe('loadTimelines()', () => {
	it('stops the build with the validator messages when a timeline is invalid', () => {
		const fixture = readFileSync('src/lib/data/fixtures/valid-timeline.json', 'utf8');
		const file = join(dir, 'valid-timeline.json');
		writeFileSync(file, fixture.replace('"role": "visitor"', '"role": "guest"'));
		const build = spawnSync('node_modules/.bin/vite', ['build'], {
			encoding: 'utf8',
			env: { ...process.env, TIMELINES_DIR: dir, BUILD_DIR, NO_COLOR: '1' }
		});
		const output = build.stdout + build.stderr;
		expect(build.status, output).not.toBe(0);
		expect(output).toContain(
			`${file}:75:33  summit  participants[1].role: "guest" is not allowed; expected one of host, visitor,`
		);
	}, 180_000);
});
