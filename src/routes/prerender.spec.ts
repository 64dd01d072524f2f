/**
 * Link checking happens at build time: Kit's prerenderer follows every link, and the handlers in
 * svelte.config.js turn a link to a missing page, or to a missing anchor, into a failed build.
 * These tests copy the site (or just its configuration) into a scratch folder, add one page with a
 * bad link, build it, and expect the build to fail and name the link.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve('.');
// a small timeline keeps the builds short
const TIMELINES = resolve('e2e/fixtures/hostile');
const scratch: string[] = [];

/**
 * A scratch copy of the site (`whole`), or of its configuration with only the root layout's
 * options, plus one page at /bad-link/ with the given markup; returns its folder.
 */
function siteWithPage(markup: string, whole: boolean): string {
	const dir = mkdtempSync(join(tmpdir(), 'prerender-links-'));
	scratch.push(dir);
	const layout = [
		'src/app.html',
		'src/routes/+layout.ts',
		'src/routes/+layout.server.ts',
		'src/lib'
	];
	const copied = whole ? ['src'] : layout;
	// the build compiles the interface's messages (vite.config.ts)
	const config = ['svelte.config.js', 'vite.config.ts', 'package.json', 'scripts/paraglide.js'];
	for (const entry of [...copied, 'static', ...config, 'project.inlang', 'messages'])
		cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
	symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
	mkdirSync(join(dir, 'src/routes/bad-link'), { recursive: true });
	writeFileSync(join(dir, 'src/routes/bad-link/+page.svelte'), markup);
	return dir;
}

/** Builds a site folder as `npm run build` would; returns the exit status and all output. */
function build(dir: string): { status: number | null; output: string } {
	const env: NodeJS.ProcessEnv = { ...process.env, TIMELINES_DIR: TIMELINES, NO_COLOR: '1' };
	delete env.BUILD_DIR;
	delete env.BASE_PATH;
	const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build'], {
		cwd: dir,
		env,
		encoding: 'utf8'
	});
	return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

afterAll(() => {
	for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

describe('the prerenderer as configured in svelte.config.js', () => {
	it('build fails on a link to an event that is not in the data', { timeout: 180_000 }, () => {
		const dir = siteWithPage(
			'<a href="../hostile/events/no-such-event/">a missing event</a>\n',
			true
		);
		const { status, output } = build(dir);
		expect(status).not.toBe(0);
		expect(output).toMatch(/404/);
		expect(output).toContain('/hostile/events/no-such-event/');
		expect(output).toContain('/bad-link/');
	});

	it('build fails on a link to an anchor that no element has', { timeout: 180_000 }, () => {
		// the handlers alone are under test here, so a bare site with the same config will do
		const dir = siteWithPage('<a href="#no-such-anchor">a missing anchor</a>\n', false);
		const { status, output } = build(dir);
		expect(status).not.toBe(0);
		expect(output).toContain('no-such-anchor');
		expect(output).toMatch(/handleMissingId|no element with id/);
	});
});
