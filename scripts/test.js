#!/usr/bin/env node
// The whole gate, in one command: type check, lint, unit tests, end-to-end tests, HTML validity.
// Every step runs even when an earlier one fails, so one run shows everything that is wrong.
// It ends with one plain line, `tests: N passed, N failed`, counting the tests of Vitest and
// Playwright (read from their JSON reports) and one test per page checked by the Nu Html Checker;
// a failed type check or lint counts as one failed test each, and so does a runner that crashed
// before writing its report.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

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
rmSync(vitestReport, { force: true });
const unitOk = run(
	'unit tests',
	`TZ=UTC npx vitest run --reporter=default --reporter=json --outputFile.json=${vitestReport}`
);
const unit = readJson(vitestReport);
if (unit) {
	passed += unit.numPassedTests ?? 0;
	failed += unit.numFailedTests ?? 0;
	if (!unitOk && !unit.numFailedTests) {
		failed += 1;
		failures.push('unit tests (the runner failed outside any test)');
	} else if (unit.numFailedTests) failures.push(`unit tests (${unit.numFailedTests})`);
} else {
	failed += 1;
	failures.push('unit tests (no report: the runner crashed)');
}

const e2eReport = 'reports/playwright.json';
rmSync(e2eReport, { force: true });
const e2eOk = run('end-to-end tests', 'npx playwright test');
const e2e = existsSync(e2eReport) ? readJson(e2eReport) : undefined;
if (e2e?.stats) {
	const { expected = 0, unexpected = 0, flaky = 0 } = e2e.stats;
	passed += expected + flaky;
	failed += unexpected;
	if (unexpected) failures.push(`end-to-end tests (${unexpected})`);
	if (!e2eOk && !unexpected) {
		failed += 1;
		failures.push('end-to-end tests (the runner failed outside any test)');
	}
	if (e2e.errors?.length && !unexpected && e2eOk) {
		failed += 1;
		failures.push('end-to-end tests (errors outside tests)');
	}
} else {
	failed += 1;
	failures.push('end-to-end tests (no report: the runner crashed, or no browser was found)');
}

// the end-to-end run has just built the site and the hostile fixture's; every page must be valid
const htmlReport = 'reports/html.json';
rmSync(htmlReport, { force: true });
const htmlOk = run('HTML validity', 'node scripts/check-html.js build build-hostile');
const html = readJson(htmlReport);
if (html && !html.error) {
	passed += html.passed ?? 0;
	failed += html.failed ?? 0;
	if (html.failed) failures.push(`HTML validity (${html.failed} pages)`);
	else if (!htmlOk) {
		failed += 1;
		failures.push('HTML validity (the checker failed outside any page)');
	}
} else {
	failed += 1;
	failures.push(`HTML validity (${html?.error ?? 'no report: the checker crashed'})`);
}

if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
