/**
 * Finds a Chromium for the end-to-end tests, in this order:
 * 1. the CHROMIUM_PATH environment variable;
 * 2. a system Chromium or Chrome;
 * 3. the browser Playwright downloaded (`npx playwright install chromium`).
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_BROWSERS = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
	'/snap/bin/chromium',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
	'/Applications/Chromium.app/Contents/MacOS/Chromium',
	'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'
];

export const NO_BROWSER_MESSAGE = `No Chromium found for the end-to-end tests.
Looked at: $CHROMIUM_PATH, ${SYSTEM_BROWSERS.join(', ')}, and Playwright's own browsers.
Fix it with one of:
  Debian/Ubuntu:  sudo apt-get install -y chromium
  elsewhere:      npx playwright install chromium
  or point CHROMIUM_PATH at a Chromium or Chrome executable.`;

export interface FoundBrowser {
	path: string;
	/** where it came from, for the log */
	via: 'CHROMIUM_PATH' | 'system' | 'playwright';
}

export function findChromium(): FoundBrowser | undefined {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) {
		if (!existsSync(fromEnv)) {
			throw new Error(`CHROMIUM_PATH is set to "${fromEnv}", but no file is there.`);
		}
		return { path: fromEnv, via: 'CHROMIUM_PATH' };
	}
	const system = SYSTEM_BROWSERS.find((p) => existsSync(p));
	if (system) return { path: system, via: 'system' };
	try {
		const own = chromium.executablePath();
		if (own && existsSync(own)) return { path: own, via: 'playwright' };
	} catch {
		// Playwright throws when it has no browser of its own; that is the "none found" case
	}
	return undefined;
}

/** Flags that let Chromium run as root in a container on a closed network. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-dev-shm-usage'
];
