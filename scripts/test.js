#!/usr/bin/env node
// The whole gate, in one command: type check, lint, unit tests, end-to-end tests, HTML validity.
// Every step runs even when an earlier one fails, so one run shows everything that is wrong.
// It ends with one plain line, `tests: N passed, N failed`, counting the tests of Vitest and
// Playwright (read from their JSON reports) and one test per page checked by the Nu Html Checker;
// a failed type check or lint counts as one failed test each, and so does a runner that crashed
// before writing its report.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
mkdirSync('reports', { recursive: true });

/** @param {string} title @param {string} command */
function run(title, command) {
	console.log(`\n=== ${title}: ${command}`);
	const started = Date.now();
	const { status } = spawnSync(command, { shell: true, stdio: 'inherit', env });
	console.log(
		`=== ${title}: ${status === 0 ? 'ok' : `failed (exit ${status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`
	);
	return status === 0;
}

/** @param {string} file */
function readJson(file) {
	try {
		return JSON.parse(readFileSync(file, 'utf8'));
	} catch {
		return undefined;
	}
}

let passed = 0;
let failed = 0;
const failures = [];

/**
 * @typedef {object} Counted
 * @property {number} passed
 * @property {number} failed
 * @property {string} [fault] a fault outside any test that the runner's exit status does not show
 */

/**
 * Runs a test runner that writes a JSON report to `report`, and counts its tests. `count` reads
 * the report (undefined when there is none) and gives the tests, or why there is nothing to count.
 * @param {string} title
 * @param {string} command
 * @param {string} report
 * @param {{ count: (json: any) => Counted | string, unit?: string, outside: string }} how
 */
function runCounted(title, command, report, { count, unit = '', outside }) {
	rmSync(report, { force: true });
	const ok = run(title, command);
	const counted = count(readJson(report));
	if (typeof counted === 'string') {
		failed += 1;
		failures.push(`${title} (${counted})`);
		return;
	}
	passed += counted.passed;
	failed += counted.failed;
	if (counted.failed) failures.push(`${title} (${counted.failed}${unit})`);
	else if (!ok) {
		failed += 1;
		failures.push(`${title} (${outside})`);
	} else if (counted.fault) {
		failed += 1;
		failures.push(`${title} (${counted.fault})`);
	}
}

/** @type {[string, string][]} */
const gates = [
	['type check', 'npm run check'],
	['lint', 'npm run lint']
];
for (const [title, command] of gates) {
	if (!run(title, command)) {
		failed += 1;
		failures.push(title);
	}
}

const vitestReport = 'reports/vitest.json';
runCounted(
	'unit tests',
	`TZ=UTC npx vitest run --reporter=default --reporter=json --outputFile.json=${vitestReport}`,
	vitestReport,
	{
		count: (unit) =>
			unit
				? { passed: unit.numPassedTests ?? 0, failed: unit.numFailedTests ?? 0 }
				: 'no report: the runner crashed',
		outside: 'the runner failed outside any test'
	}
);

runCounted('end-to-end tests', 'npx playwright test', 'reports/playwright.json', {
	count: (e2e) => {
		if (!e2e?.stats) return 'no report: the runner crashed, or no browser was found';
		const { expected = 0, unexpected = 0, flaky = 0 } = e2e.stats;
		return {
			passed: expected + flaky,
			failed: unexpected,
			fault: e2e.errors?.length ? 'errors outside tests' : undefined
		};
	},
	outside: 'the runner failed outside any test'
});

// the end-to-end run has just built the site and the hostile fixture's; every page must be valid
runCounted('HTML validity', 'node scripts/check-html.js build build-hostile', 'reports/html.json', {
	count: (html) =>
		html && !html.error
			? { passed: html.passed ?? 0, failed: html.failed ?? 0 }
			: (html?.error ?? 'no report: the checker crashed'),
	unit: ' pages',
	outside: 'the checker failed outside any page'
});

if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
