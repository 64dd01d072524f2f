import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { startAfterPaint } from '../src/lib/server/start-after-paint';
import { Budget, initialReferences, staticImports } from './budget';

describe('initialReferences', () => {
	it.each([
		{
			name: 'module preloads and Kit start imports',
			html: `<link href="../_app/a.js" rel="modulepreload"><script>Promise.all([import("../_app/start.js"), import("../_app/app.js")])</script>`,
			scripts: ['../_app/a.js', '../_app/start.js', '../_app/app.js'],
			styles: []
		},
		{
			name: 'screen stylesheets, in either attribute order; not print ones, nor icons',
			html: `<link rel="stylesheet" href="/a.css"><link href="b.css" rel="stylesheet"><link rel="stylesheet" media="print" href="p.css"><link rel="icon" href="f.svg">`,
			scripts: [],
			styles: ['/a.css', 'b.css']
		},
		{
			name: 'script files, deferred or not',
			html: `<script src="/x.js" defer></script><script type="module" src="y.js"></script>`,
			scripts: ['/x.js', 'y.js'],
			styles: []
		},
		{
			name: 'the same address once',
			html: `<link href="a.js" rel="modulepreload"><script>import("a.js")</script>`,
			scripts: ['a.js'],
			styles: []
		},
		{ name: 'a page with no script', html: '<p>import("no.js")</p>', scripts: [], styles: [] },
		{
			name: 'not the addresses in JSON-LD',
			html: '<script type="application/ld+json">{"url":"https://example.org/a.js"}</script>',
			scripts: [],
			styles: []
		}
	])('$name', ({ html, scripts, styles }) => {
		expect(initialReferences(html)).toEqual({ scripts, styles });
	});

	it('initialReferences() reads the preloads that the start script makes after the first paint', () => {
		const script = `{ __sveltekit_x = { base: "" }; const element = document.currentScript.parentElement; Promise.all([import("../_app/start.js"), import("../_app/app.js")]).then(([kit, app]) => { kit.start(app, element); }); }`;
		const policy = `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
		const html = startAfterPaint(
			`<meta http-equiv="content-security-policy" content="script-src ${policy}"><link href="../_app/a.js" rel="modulepreload">\n<script>${script}</script>`,
			'/t/'
		);
		expect(html).not.toContain('modulepreload"');
		expect(initialReferences(html).scripts.sort()).toEqual(
			['../_app/a.js', '../_app/app.js', '../_app/start.js'].sort()
		);
	});
});

describe('staticImports', () => {
	it.each([
		{ code: 'import{a as b}from"./x.js";', want: ['./x.js'] },
		{ code: 'import "../y.js";import*as z from"./z.js"', want: ['../y.js', './z.js'] },
		{ code: 'export{a}from"./re.js";', want: ['./re.js'] },
		{ code: 'const m=()=>import("./lazy.js");', want: [] },
		{ code: 'const s="import x from \'./y.ts\'"', want: [] },
		{ code: '//# allFunctionsCalledOnLoad\nimport{a}from"./c.js"', want: ['./c.js'] }
	])('$code', ({ code, want }) => {
		expect(staticImports(code)).toEqual(want);
	});
});

describe('Budget.initialLoad', () => {
	const root = mkdtempSync(join(tmpdir(), 'budget-'));
	afterAll(() => rmSync(root, { recursive: true, force: true }));
	const write = (path: string, text: string) => {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	};
	const gz = (text: string) => gzipSync(text, { level: 6 }).length;
	const entry = 'import{b}from"./b.js";const lazy=()=>import("./lazy.js");';
	const b = 'import"./c.js";export const b=1;'.padEnd(400, ' ');
	const c = 'export const c=2;';
	const css = '.a{color:red}';
	write('_app/entry.js', entry);
	write('_app/b.js', b);
	write('_app/c.js', c);
	write('_app/lazy.js', 'x'.repeat(5000));
	write('_app/a.css', css);
	write('_app/print.css', 'p{}');
	write(
		'sub/page/index.html',
		`<link href="../../_app/a.css" rel="stylesheet"><link rel="stylesheet" media="print" href="/base/_app/print.css"><script>import("/base/_app/entry.js")</script>`
	);

	it('follows static imports from the entry, not import(), and counts screen stylesheets', () => {
		const load = new Budget(root, '/base').initialLoad(join(root, 'sub/page/index.html'));
		expect(load.js.map((a) => a.file).sort()).toEqual(['_app/b.js', '_app/c.js', '_app/entry.js']);
		expect(load.css.map((a) => a.file)).toEqual(['_app/a.css']);
		expect(load.jsTotal).toBe(gz(entry) + gz(b) + gz(c));
		expect(load.total).toBe(gz(entry) + gz(b) + gz(c) + gz(css));
	});

	it('names the page and the file when a page points at a file the build lacks', () => {
		write('broken/index.html', '<link href="/gone.js" rel="modulepreload">');
		expect(() => new Budget(root).initialLoad(join(root, 'broken/index.html'))).toThrow(
			/gone\.js: named by a page, missing from the build/
		);
	});
});
