import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, NO_BROWSER_MESSAGE } from './e2e/browser';

const browser = findChromium();
if (!browser) {
	console.error(`\n${NO_BROWSER_MESSAGE}\n`);
	throw new Error('No Chromium found for the end-to-end tests (see the message above).');
}

/** The sub-path the second server mounts the site under, to prove every link respects it. */
export const BASE_PATH = '/timeline';

/** Ports of the static servers; E2E_PORT moves them all, so several checkouts can test at once. */
export const PORT = Number(process.env.E2E_PORT ?? 4173);
export const BASE_PORT = PORT + 1;
/**
 * A third server builds the fixture timelines in e2e/timelines, for tests that need known data,
 * with a large synthetic timeline that e2e/fixture-timelines.ts writes beside them at build time.
 */
export const FIXTURE_PORT = PORT + 2;
export const FIXTURE_ORIGIN = `http://127.0.0.1:${FIXTURE_PORT}`;
export const FIXTURE_TIMELINES = 'build-fixture-timelines';
export const HOSTILE_PORT = PORT + 3;

/** The hostile timeline (a test fixture, never shipped) is built into its own folder. */
export const HOSTILE_TIMELINES = 'e2e/fixtures/hostile';
export const HOSTILE_DIR = 'build-hostile';

/** The test timelines built with the interface in the pseudo-language (scripts/pseudo-site.ts). */
export const PSEUDO_PORT = PORT + 4;
export const PSEUDO_ORIGIN = `http://127.0.0.1:${PSEUDO_PORT}`;

interface Site {
	port: number;
	/** the build folder (BUILD_DIR) */
	dir?: string;
	/** a sub-path to build and serve under (BASE_PATH) */
	base?: string;
	/** a folder of timelines to build instead of data/timelines (TIMELINES_DIR) */
	timelines?: string;
	/** a command to run before the build (to write the timelines) */
	prepare?: string;
}

/** A webServer entry that builds the site as asked, then serves the folder like a static host. */
function site({ port, dir = 'build', base = '', timelines, prepare }: Site) {
	const build = [
		base && `BASE_PATH=${base}`,
		dir !== 'build' && `BUILD_DIR=${dir}`,
		timelines && `TIMELINES_DIR=${timelines}`
	].filter(Boolean);
	const serve = `${base ? `BASE_PATH=${base} ` : ''}node scripts/serve.js --dir ${dir} --port ${port}`;
	return {
		command: [prepare, [...build, 'npm run build'].join(' '), serve].filter(Boolean).join(' && '),
		url: `http://127.0.0.1:${port}${base}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 180_000,
		stdout: 'ignore',
		stderr: 'pipe'
	} as const;
}

export default defineConfig({
	testDir: 'e2e',
	testMatch: '**/*.test.ts',
	outputDir: 'test-results',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	workers: 2,
	timeout: 30_000,
	reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		timezoneId: 'Europe/London',
		locale: 'en-GB',
		trace: 'retain-on-failure',
		screenshot: 'only-on-failure',
		launchOptions: { executablePath: browser.path, args: CHROMIUM_ARGS }
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
	webServer: [
		site({ port: PORT }),
		site({ port: BASE_PORT, dir: 'build-base', base: BASE_PATH }),
		site({
			port: FIXTURE_PORT,
			dir: 'build-fixture',
			timelines: FIXTURE_TIMELINES,
			prepare: `npx tsx e2e/fixture-timelines.ts ${FIXTURE_TIMELINES}`
		}),
		site({ port: HOSTILE_PORT, dir: HOSTILE_DIR, timelines: HOSTILE_TIMELINES }),
		{
			...site({ port: PSEUDO_PORT, dir: 'build-pseudo' }),
			command: `npx tsx scripts/pseudo-site.ts build-pseudo e2e/timelines && node scripts/serve.js --dir build-pseudo --port ${PSEUDO_PORT}`
		}
	]
});
