import { describe, expect, it, vi } from 'vitest';

async function aliases() {
	vi.resetModules();
	vi.stubEnv('TIMELINES_DIR', 'e2e/timelines');
	vi.stubEnv('SITE_URL', 'https://example.org');
	vi.stubEnv('BASE_PATH', '/timeline');
	return import('./alias');
}

describe('findAlias()', () => {
	const cases: { name: string; timeline: string; event: string; expected: string | undefined }[] = [
		{
			name: 'the event a former id names',
			timeline: 'fixture-talks',
			event: 'alaska-meeting',
			expected: 'anchorage-summit'
		},
		{
			name: 'nothing for a current id',
			timeline: 'fixture-talks',
			event: 'anchorage-summit',
			expected: undefined
		},
		{
			name: 'nothing for an unknown id',
			timeline: 'fixture-talks',
			event: 'nope',
			expected: undefined
		},
		{
			name: 'nothing for an unknown timeline',
			timeline: 'nope',
			event: 'alaska-meeting',
			expected: undefined
		}
	];
	for (const c of cases) {
		it(`findAlias() finds ${c.name}`, async () => {
			const { findAlias } = await aliases();
			expect(findAlias(c.timeline, c.event)?.event.id).toBe(c.expected);
		});
	}
});

describe('aliasRedirectHtml()', () => {
	it('aliasRedirectHtml() redirects three ways and names the current URL as canonical', async () => {
		const { aliasRedirectHtml, findAlias } = await aliases();
		const html = aliasRedirectHtml('alaska-meeting', findAlias('fixture-talks', 'alaska-meeting')!);
		expect(html).toContain('<meta http-equiv="refresh" content="0; url=../anchorage-summit/">');
		expect(html).toContain(
			'<link rel="canonical" href="https://example.org/timeline/fixture-talks/events/anchorage-summit/">'
		);
		expect(html).toContain('location.replace(new URL("../anchorage-summit/", location.href).href');
		expect(html).toContain('<a href="../anchorage-summit/">Trump and Putin meet in Anchorage</a>');
	});
	it('aliasRedirectHtml() escapes text from the data', async () => {
		const { aliasRedirectHtml, findAlias } = await aliases();
		const target = findAlias('fixture-talks', 'alaska-meeting')!;
		const html = aliasRedirectHtml('x', {
			...target,
			event: { ...target.event, title: '<script>alert("x")</script> & co' }
		});
		expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co');
		expect(html).not.toContain('<script>alert');
	});
});
