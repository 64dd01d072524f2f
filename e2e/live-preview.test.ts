/**
 * The live preview an author works with: `vite dev` over a folder of timelines. Saving a file
 * updates the open page; an invalid edit shows every located problem as a page, the server keeps
 * running, and fixing the file brings the timeline back. The test starts its own dev server, on a
 * free port, over a copy of a fixture timeline in a temporary folder.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';

const ID = 'fixture-talks';
const SOURCE = `e2e/timelines/${ID}.json`;

/** A port nothing listens on now. */
function freePort(): Promise<number> {
	return new Promise((done, fail) => {
		const server = createServer();
		server.once('error', fail);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => done(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

let dir: string;
let file: string;
let original: string;
let origin: string;
let server: ChildProcess | undefined;
let output = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	test.setTimeout(180_000);
	dir = mkdtempSync(join(tmpdir(), 'live-preview-'));
	file = join(dir, `${ID}.json`);
	copyFileSync(SOURCE, file);
	original = readFileSync(file, 'utf8');
	const port = await freePort();
	origin = `http://127.0.0.1:${port}`;
	server = spawn(
		'npx',
		['vite', 'dev', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
		{
			// its own generated files (BUILD_DIR moves Kit's outDir), so it never races a build
			env: { ...process.env, TIMELINES_DIR: dir, BUILD_DIR: 'build-live-preview' },
			detached: true,
			stdio: ['ignore', 'pipe', 'pipe']
		}
	);
	server.stdout?.on('data', (d) => (output += d));
	server.stderr?.on('data', (d) => (output += d));
	await expect
		.poll(
			async () => {
				if (server?.exitCode !== null) throw new Error(`vite dev exited:\n${output}`);
				return fetch(`${origin}/${ID}/`).then(
					(res) => res.status,
					() => 0
				);
			},
			{ timeout: 150_000, intervals: [500] }
		)
		.toBe(200);
});

test.afterAll(() => {
	// the whole group: npx and the vite process under it
	if (server?.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
	rmSync(dir, { recursive: true, force: true });
});

test('vite dev: a saved edit shows on the open page, an invalid one lists its located problems, and a fix brings the timeline back', async ({
	page,
	pageProblems
}) => {
	test.setTimeout(120_000);
	// the invalid edit is served with status 500, which the browser logs
	pageProblems.allow(/HTTP 500|status of 500/);
	const heading = page.getByRole('heading', { level: 1 });
	// A reload is announced over Vite's socket, which a freshly loaded page opens only after its
	// scripts run: each save waits until the page showing the last one is listening.
	let connections = 0;
	page.on('console', (message) => {
		if (message.text().includes('[vite] connected')) connections += 1;
	});
	const listening = (count: number) =>
		expect.poll(() => connections, { timeout: 60_000 }).toBeGreaterThanOrEqual(count);
	await page.goto(`${origin}/${ID}/`);
	await expect(heading).toHaveText('Fixture: talks across time zones', { timeout: 60_000 });
	await listening(1);

	// a valid edit: the open page shows it without being told to reload
	const retitled = original.replace(
		'"title": "Fixture: talks across time zones"',
		'"title": "Fixture: talks, retitled"'
	);
	expect(retitled).not.toBe(original);
	writeFileSync(file, retitled);
	await expect(heading).toHaveText('Fixture: talks, retitled', { timeout: 30_000 });
	await listening(2);

	// an invalid edit: two problems in one event, one quoting markup that must stay text
	const timeline = JSON.parse(original);
	timeline.events[0].kind = '<b>bold</b>';
	timeline.events[0].title = 5;
	writeFileSync(file, JSON.stringify(timeline, null, '\t'));
	await expect(heading).toHaveText('This timeline cannot be shown yet', { timeout: 30_000 });
	const problems = page.locator('.problems li');
	await expect(problems).toHaveCount(2);
	const located = new RegExp(`${ID}\\.json:\\d+:\\d+\\s+envoy-meets-putin\\s+`);
	await expect(problems.filter({ hasText: located }).filter({ hasText: 'title:' })).toHaveCount(1);
	await expect(problems.filter({ hasText: located }).filter({ hasText: 'kind:' })).toContainText(
		'<b>bold</b>'
	);
	await expect(page.locator('.problems b')).toHaveCount(0);
	await listening(3);

	// the server kept running: fixing the file brings the page back
	writeFileSync(file, original);
	await expect(heading).toHaveText('Fixture: talks across time zones', { timeout: 30_000 });
	expect(server?.exitCode, output).toBeNull();
});
