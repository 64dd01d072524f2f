/**
 * Every timeline and event page of every build names a preview image in its head, and that image
 * is in the build: a 1200 × 630 PNG under 150 kB. Reads the built files, as a crawler would see
 * them, rather than opening thousands of pages in the browser.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BASE_PATH, BASE_PORT, HOSTILE_DIR } from '../playwright.config';
import { pngSize } from '../src/lib/server/test-png';
import { expect, test } from './fixtures';
import { builtPages, walk, type BuiltPage } from './routes';

/** The builds playwright.config.ts makes, with the sub-path each is served under. */
const BUILDS = [
	{ dir: 'build', base: '' },
	{ dir: 'build-base', base: BASE_PATH },
	{ dir: 'build-fixture', base: '' },
	{ dir: HOSTILE_DIR, base: '' }
];

/** Above this many events a timeline's event pages share its image (PREVIEW_IMAGE_LIMIT's default). */
const PREVIEW_LIMIT = 500;
const MAX_BYTES = 150_000;

const decode = (text: string) =>
	text
		.replaceAll('&quot;', '"')
		.replaceAll('&#39;', "'")
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replaceAll('&amp;', '&');

/** A page's `<meta property|name=… content=…>` tags and its canonical link, by name. */
function headOf(html: string): Map<string, string> {
	const head = new Map<string, string>();
	for (const m of html.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)"/g)) {
		head.set(m[1] as string, decode(m[2] as string));
	}
	const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
	if (canonical) head.set('canonical', decode(canonical));
	return head;
}

/** The file in the build that an absolute image URL names (the site's root and sub-path cut). */
function fileOf(dir: string, base: string, url: string): string {
	const path = new URL(url).pathname;
	expect(path.startsWith(`${base}/`), `${url} is under ${base || '/'}`).toBe(true);
	return join(dir, path.slice(base.length));
}

const isTimeline = (p: BuiltPage) => p.kind === 'page' && p.route === '/[timeline]';
const isEvent = (p: BuiltPage) => p.kind === 'page' && p.route === '/[timeline]/events/[event]';

for (const { dir, base } of BUILDS) {
	test(`every timeline and event page of ${dir} points at its preview image, a 1200 × 630 PNG under 150 kB`, async () => {
		const pages = await builtPages(dir);
		const timelines = pages.filter(isTimeline);
		const events = pages.filter(isEvent);
		expect(timelines.length).toBeGreaterThan(0);
		expect(events.length).toBeGreaterThan(0);
		const checked = new Map<string, string>();
		const image = (url: string) => {
			const file = fileOf(dir, base, url);
			if (!checked.has(file)) {
				const bytes = readFileSync(file);
				expect.soft(pngSize(bytes), file).toEqual({ width: 1200, height: 630 });
				expect.soft(statSync(file).size, file).toBeLessThan(MAX_BYTES);
				checked.set(file, url);
			}
			return file;
		};
		const timelineImage = new Map<string, string>();
		for (const page of timelines) {
			const head = headOf(readFileSync(page.file, 'utf8'));
			const url = head.get('og:image') ?? '';
			expect.soft(url, page.path).toBe(`${head.get('canonical')}og.png`);
			timelineImage.set(page.path, url);
		}
		const shared = new Map<string, { pages: number; shared: number }>();
		for (const page of [...timelines, ...events]) {
			const head = headOf(readFileSync(page.file, 'utf8'));
			const url = head.get('og:image') ?? '';
			image(url);
			expect.soft(head.get('og:image:width'), page.path).toBe('1200');
			expect.soft(head.get('og:image:height'), page.path).toBe('630');
			// in the timeline's language: the English words only on English timelines
			const english = /<html lang="en[-"]/.test(readFileSync(page.file, 'utf8'));
			expect
				.soft(head.get('og:image:alt'), page.path)
				.toMatch(english ? /^Preview card of .{20,}/ : /^.{40,}$/);
			expect.soft(head.get('twitter:card'), page.path).toBe('summary_large_image');
			// X reads the image from Open Graph, and is told its alt text
			expect.soft(head.get('twitter:image:alt'), page.path).toBe(head.get('og:image:alt'));
			if (!isEvent(page)) continue;
			const own = `${head.get('canonical')}og.png`;
			const timeline = page.path.slice(0, page.path.indexOf('/events/') + 1);
			const count = shared.get(timeline) ?? { pages: 0, shared: 0 };
			count.pages++;
			if (url !== own) {
				expect
					.soft(url, `${page.path}: its own image or its timeline's`)
					.toBe(timelineImage.get(timeline));
				count.shared++;
			}
			shared.set(timeline, count);
		}
		for (const [timeline, { pages: n, shared: s }] of shared) {
			// all of a timeline's event pages have their own image, or (above the limit) none
			expect
				.soft(s, `${timeline}: event pages with the timeline's image`)
				.toBe(n > PREVIEW_LIMIT ? n : 0);
		}
		// and the build makes no image that no page names
		const made = walk(dir).filter((f) => f.endsWith('/og.png'));
		expect.soft(made.sort()).toEqual([...checked.keys()].sort());
	});
}

test('a preview image is served as a PNG under the base path', async ({ request }) => {
	const page = (await builtPages('build-base')).find(isEvent);
	const url = headOf(readFileSync(page?.file ?? '', 'utf8')).get('og:image') ?? '';
	const path = new URL(url).pathname;
	expect(path).toMatch(new RegExp(`^${BASE_PATH}/.+/og\\.png$`));
	const served = await request.get(`http://127.0.0.1:${BASE_PORT}${path}`);
	expect(served.status()).toBe(200);
	expect(served.headers()['content-type']).toBe('image/png');
	expect(
		Buffer.compare(await served.body(), readFileSync(fileOf('build-base', BASE_PATH, url)))
	).toBe(0);
});
