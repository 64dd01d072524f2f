/**
 * Watches a page for Content Security Policy violations, across navigations (a redirect page
 * hands over to another document): the browser's `securitypolicyviolation` events and its
 * console reports both count.
 */
import type { Page } from '@playwright/test';

export interface CspWatch {
	/** the violations seen since the last call, emptied */
	take(): string[];
}

export async function watchCsp(page: Page): Promise<CspWatch> {
	let seen: string[] = [];
	await page.exposeBinding('__reportCspViolation', (_source, text: string) => {
		seen.push(text);
	});
	await page.addInitScript(() => {
		const report = (window as unknown as { __reportCspViolation(text: string): void })
			.__reportCspViolation;
		document.addEventListener(
			'securitypolicyviolation',
			(e) =>
				report(
					`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile || location.href}:${e.lineNumber} ${e.sample ? `"${e.sample}"` : ''}`.trim()
				),
			true
		);
	});
	page.on('console', (msg) => {
		if (/content security policy/i.test(msg.text())) seen.push(`console: ${msg.text()}`);
	});
	return {
		take() {
			const out = seen;
			seen = [];
			return out;
		}
	};
}
