import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { startAfterPaint } from './start-after-paint';

const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

/** A page as Kit prerenders it: its policy, its module preloads and its start script. */
function kitPage(preloads: string[], policyOf = (script: string) => sha(script)): string {
	const script = `
				{
					__sveltekit_abc = {
						base: new URL("..", location).pathname.slice(0, -1)
					};

					const element = document.currentScript.parentElement;

					Promise.all([
						import("../_app/immutable/entry/start.js"),
						import("../_app/immutable/entry/app.js")
					]).then(([kit, app]) => {
						kit.start(app, element, { node_ids: [0, 2] });
					});
				}
			`;
	return `<!doctype html><html><head>
		<meta http-equiv="content-security-policy" content="script-src 'self' ${policyOf(script)}">
${preloads.map((href) => `\t\t<link href="${href}" rel="modulepreload">\n`).join('')}		<title>t</title>
	</head><body><div style="display: contents"><p>page</p>
			<script>${script}</script>
		</div></body></html>`;
}

const scriptOf = (html: string) => /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';

/** Runs a start script with a stand-in browser; resolves once it has called kit.start. */
function run(script: string, paints: boolean, observes: 'none' | 'some' = 'some') {
	const appended: string[] = [];
	const imported: string[] = [];
	let observer: ((list: { getEntriesByName: (n: string) => unknown[] }) => void) | undefined;
	const env = {
		document: {
			currentScript: { parentElement: {} },
			head: { append: (link: { rel: string; href: string }) => appended.push(link.href) },
			createElement: () => ({})
		},
		location: 'http://example.org/page/',
		self: {} as Record<string, unknown>,
		PerformanceObserver: undefined as unknown,
		requestAnimationFrame: (f: () => void) => setTimeout(f, 16),
		load: (href: string) => {
			imported.push(href);
			return Promise.resolve({ start: () => started() });
		}
	};
	if (observes !== 'none') {
		env.PerformanceObserver = env.self.PerformanceObserver = Object.assign(
			function (this: unknown, cb: typeof observer) {
				observer = cb;
				return { observe: () => {} };
			},
			{ supportedEntryTypes: paints ? ['paint'] : [] }
		);
	}
	let started = () => {};
	const done = new Promise<void>((resolve) => (started = resolve));
	new Function(...Object.keys(env), script.replaceAll('import(', 'load('))(...Object.values(env));
	return { appended, imported, done, paint: () => observer?.({ getEntriesByName: () => [{}] }) };
}

describe('startAfterPaint()', () => {
	it('startAfterPaint() leaves a page without Kit alone', () => {
		const html = '<html><head></head><body><script src="/x.js" defer></script></body></html>';
		expect(startAfterPaint(html, '/404')).toBe(html);
	});

	it.each([
		{
			name: 'preloads without a start script',
			html: '<head><link href="a.js" rel="modulepreload"></head><body></body>',
			error: '/t/: module preloads, but no start script of Kit'
		},
		{
			name: 'a start script the policy does not name',
			html: kitPage(['a.js'], () => "'sha256-other='"),
			error: "/t/: Kit's start script is not the one startAfterPaint() knows"
		}
	])('startAfterPaint() fails the build on $name, naming the page', ({ html, error }) => {
		expect(() => startAfterPaint(html, '/t/')).toThrow(error);
	});

	it('startAfterPaint() leaves the preloads of a page whose chart awaits its script', () => {
		const html = kitPage(['a.js']).replace('<p>page</p>', '<div data-awaits-script=""></div>');
		expect(startAfterPaint(html, '/large/')).toBe(html);
	});

	it('startAfterPaint() moves the preloads into the start script and the policy follows it', () => {
		const preloads = ['../_app/immutable/entry/start.js', '../_app/immutable/chunks/A.js'];
		const html = startAfterPaint(kitPage(preloads), '/t/');
		expect(html).not.toContain('rel="modulepreload"');
		const script = scriptOf(html);
		for (const href of preloads) expect(script).toContain(`"${href}"`);
		expect(html).toContain(`'self' ${sha(script)}">`);
		expect(html).not.toContain(sha(scriptOf(kitPage(preloads))));
	});

	it('startAfterPaint() gives a script that preloads and starts Kit only after the first paint', async () => {
		vi.useFakeTimers();
		try {
			const preloads = ['../_app/immutable/entry/start.js', '../_app/immutable/chunks/A.js'];
			const page = run(scriptOf(startAfterPaint(kitPage(preloads), '/t/')), true);
			await vi.advanceTimersByTimeAsync(100);
			expect([page.appended, page.imported]).toEqual([[], []]);
			page.paint();
			await vi.advanceTimersByTimeAsync(0);
			await page.done;
			expect(page.appended).toEqual(preloads);
			expect(page.imported).toEqual([
				'../_app/immutable/entry/start.js',
				'../_app/immutable/entry/app.js'
			]);
		} finally {
			vi.useRealTimers();
		}
	});

	it.each([
		{ name: 'a browser that reports no paints, after a frame', paints: false, wait: 20 },
		{
			name: 'a browser without PerformanceObserver, after a frame',
			paints: false,
			wait: 20,
			observes: 'none' as const
		},
		{ name: 'a tab that never paints, after 2 s', paints: true, wait: 2000 }
	])(
		'startAfterPaint() gives a script that still starts Kit in $name',
		async ({ paints, wait, observes }) => {
			vi.useFakeTimers();
			try {
				const page = run(scriptOf(startAfterPaint(kitPage(['a.js']), '/t/')), paints, observes);
				await vi.advanceTimersByTimeAsync(wait - 5);
				expect(page.imported).toEqual([]);
				await vi.advanceTimersByTimeAsync(10);
				await page.done;
				expect(page.appended).toEqual(['a.js']);
			} finally {
				vi.useRealTimers();
			}
		}
	);
});
