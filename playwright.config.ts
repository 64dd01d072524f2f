import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, NO_BROWSER_MESSAGE } from './e2e/browser';

const browser = findChromium();
if (!browser) {
	console.error(`\n${NO_BROWSER_MESSAGE}\n`);
	throw new Error('No Chromium found for the end-to-end tests (see the message above).');
}

/** The sub-path the second server mounts the site under, to prove every link respects it. */
export const BASE_PATH = '/timeline';

/** Ports of the two static servers; E2E_PORT moves both, so several checkouts can test at once. */
export const PORT = Number(process.env.E2E_PORT ?? 4173);
export const BASE_PORT = PORT + 1;
/** A third server builds the fixture timelines in e2e/timelines, for tests that need known data. */
export const FIXTURE_PORT = PORT + 2;
export const FIXTURE_ORIGIN = `http://127.0.0.1:${FIXTURE_PORT}`;

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
		{
			command: `npm run build && node scripts/serve.js --port ${PORT}`,
			url: `http://127.0.0.1:${PORT}/`,
			reuseExistingServer: !process.env.CI,
			timeout: 180_000,
			stdout: 'ignore',
			stderr: 'pipe'
		},
		{
			command: `BASE_PATH=${BASE_PATH} BUILD_DIR=build-base npm run build && BASE_PATH=${BASE_PATH} node scripts/serve.js --dir build-base --port ${BASE_PORT}`,
			url: `http://127.0.0.1:${BASE_PORT}${BASE_PATH}/`,
			reuseExistingServer: !process.env.CI,
			timeout: 180_000,
			stdout: 'ignore',
			stderr: 'pipe'
		},
		{
			command: `TIMELINES_DIR=e2e/timelines BUILD_DIR=build-fixture npm run build && node scripts/serve.js --dir build-fixture --port ${FIXTURE_PORT}`,
			url: `${FIXTURE_ORIGIN}/`,
			reuseExistingServer: !process.env.CI,
			timeout: 180_000,
			stdout: 'ignore',
			stderr: 'pipe'
		}
	]
});
