import { readFileSync } from 'node:fs';
import { HOSTILE_DIR } from '../playwright.config';
import { watchCsp } from './csp';
import { expect, test, visit } from './fixtures';
import { builtPages, checkEach, notFoundPage, pagesOfEachKind } from './routes';

/** The policy a page declares in its `<meta http-equiv>`, as directive → sources. */
function declaredPolicy(html: string): Map<string, string[]> | undefined {
	const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
	if (!meta?.[1]) return undefined;
	const text = meta[1].replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
	return new Map(
		text
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((parts) => parts[0])
			.map(([name, ...sources]) => [name as string, sources])
	);
}

test('every built page declares a strict content security policy before any script', async () => {
	const files: string[] = [];
	for (const dir of ['build', HOSTILE_DIR]) {
		files.push(...(await builtPages(dir)).filter((p) => p.kind !== 'file').map((p) => p.file));
		const notFound = notFoundPage(dir);
		if (notFound) files.push(notFound.file);
	}
	expect(files.length).toBeGreaterThan(0);
	for (const file of files) {
		const html = readFileSync(file, 'utf8');
		const policy = declaredPolicy(html);
		expect(policy, `${file} has no CSP meta tag`).toBeDefined();
		if (!policy) continue;
		// each directive, falling back to default-src as browsers do
		const get = (name: string) => policy.get(name) ?? policy.get('default-src') ?? ['(none set)'];
		const scripts = get('script-src');
		for (const loose of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:'])
			expect.soft(scripts, `${file}: script-src allows ${loose}`).not.toContain(loose);
		// 'self' everywhere, or 'none' where a page needs nothing (a redirect page, say)
		for (const name of ['default-src', 'base-uri', 'form-action'])
			expect.soft([["'self'"], ["'none'"]], `${file}: ${name}`).toContainEqual(get(name));
		expect.soft(get('object-src'), `${file}: object-src`).toEqual(["'none'"]);
		expect.soft(get('style-src-elem'), file).not.toContain("'unsafe-inline'");
		// a meta policy only governs what follows it
		const meta = html.search(/<meta http-equiv="content-security-policy"/i);
		expect
			.soft(meta, `${file}: a script comes before the policy`)
			.toBeLessThan(html.search(/<script/i) === -1 ? Infinity : html.search(/<script/i));
	}
});

test('no built page writes script source into an attribute', async () => {
	// the hostile build is left out: its text may hold such words, escaped
	for (const { file } of (await builtPages('build')).filter((p) => p.kind !== 'file')) {
		const html = readFileSync(file, 'utf8');
		const scripts = html.search(/<script/i);
		const markup = scripts < 0 ? html : html.slice(0, scripts);
		expect.soft(markup, file).not.toMatch(/="[^"]*(function\s*\(|=>)[^"]*"/);
	}
});

test('the server sends what a meta policy cannot say', async ({ request }) => {
	const response = await request.get('/');
	expect(response.headers()['content-security-policy']).toBe("frame-ancestors 'none'");
	expect(response.headers()['x-content-type-options']).toBe('nosniff');
});

test('no kind of page breaks the content security policy', async ({ page, pageProblems }) => {
	const pages = await pagesOfEachKind((p) => p.kind !== 'file');
	test.setTimeout(15_000 + pages.length * 10_000);
	const csp = await watchCsp(page);
	await checkEach(page, pageProblems, pages, async (built) => {
		expect.soft(csp.take(), `CSP violations on ${built.path}`).toEqual([]);
	});
});

test('the policy blocks script that finds its way into a page', async ({ page, pageProblems }) => {
	pageProblems.allow(/Content Security Policy/);
	const csp = await watchCsp(page);
	await visit(page, '/');
	await page.evaluate(() => {
		const script = document.createElement('script');
		script.textContent = 'window.__injectedRan = true';
		document.body.append(script);
		const holder = document.createElement('div');
		holder.innerHTML = '<img src="data:," onerror="window.__injectedRan = true">';
		document.body.append(holder);
	});
	const seen: string[] = [];
	await expect
		.poll(() => {
			seen.push(...csp.take());
			return seen.join('\n');
		})
		.toMatch(/script-src-elem[\s\S]*script-src-attr|script-src-attr[\s\S]*script-src-elem/);
	expect(await page.evaluate(() => 'injectedRan' in window || '__injectedRan' in window)).toBe(
		false
	);
});
