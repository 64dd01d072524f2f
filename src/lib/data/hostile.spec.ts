/**
 * The hostile fixture (e2e/fixtures/hostile/hostile.json) puts markup, script, formulas, control
 * sequences, right-to-left text, emoji, zero-width characters, 200-character words and
 * 10,000-character summaries in every text field. Text is text: the validator must accept all of
 * it unchanged (the pages escape it), and reject only what can never be safe or right, such as a
 * `javascript:` address, with a problem that names the file and the field.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem, validateTimelineText, type Problem } from './validate';

const FILE = 'e2e/fixtures/hostile/hostile.json';
const TEXT = readFileSync(FILE, 'utf8');

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const fixture = () => JSON.parse(TEXT) as { [key: string]: Json };

/** Every string in a JSON value, with its path. */
function strings(value: unknown, path: string[] = []): [string, string][] {
	if (typeof value === 'string') return [[path.join('.'), value]];
	if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, [...path, String(i)]));
	if (value && typeof value === 'object')
		return Object.entries(value).flatMap(([k, v]) => strings(v, [...path, k]));
	return [];
}

/** Sets the value at a dotted path (`sources.0.url`) in a copy of the fixture, as file text. */
function withValue(path: string, value: Json): string {
	const data = fixture();
	const keys = path.split('.');
	let node: Json = data;
	for (const key of keys.slice(0, -1)) node = (node as Record<string, Json>)[key] as Json;
	(node as Record<string, Json>)[keys.at(-1) as string] = value;
	return JSON.stringify(data, null, '\t');
}

/** The problem's place, `where` and `field` together, as words: `$ sources 0 url`. */
const place = (p: Problem) => `${p.where} ${p.field}`.split(/[^A-Za-z0-9-]+/).filter(Boolean);

describe('validateTimelineText() on the hostile fixture', () => {
	it('validateTimelineText() accepts it, and keeps every string exactly as written', () => {
		const { timeline, problems } = validateTimelineText(TEXT, FILE);
		expect(problems.map(formatProblem)).toEqual([]);
		const kept = new Map(strings(timeline));
		for (const [path, text] of strings(fixture())) expect(kept.get(path), path).toBe(text);
	});

	it('validateTimelineText() is given what it claims: long text, payloads, scripts and more', () => {
		const all = strings(fixture()).map(([, s]) => s);
		const has = (re: RegExp) => all.some((s) => re.test(s));
		expect(all.filter((s) => s.length >= 10_000).length).toBeGreaterThanOrEqual(3);
		expect(has(/<script[^>]*>/)).toBe(true);
		expect(has(/<img[^>]+onerror=/)).toBe(true);
		expect(has(/javascript:/)).toBe(true);
		expect(has(/\S{200}/u)).toBe(true);
		expect(has(/[\u0590-\u08ff]/)).toBe(true); // Hebrew and Arabic
		expect(has(/\p{Extended_Pictographic}/u)).toBe(true);
		expect(has(/[\u200b-\u200d\u2060\ufeff]/)).toBe(true);
		expect(has(/^[=+\-@]/)).toBe(true); // spreadsheet formulas
		expect(has(/\r\n[A-Z-]+:/)).toBe(true); // iCalendar property injection
	});

	const unsafeUrls = [
		'javascript:alert(1)',
		'JavaScript:alert(document.domain)',
		' javascript:alert(1)',
		'java\tscript:alert(1)',
		'data:text/html,<script>alert(1)</script>',
		'vbscript:msgbox(1)',
		'file:///etc/passwd',
		'//evil.example/path',
		'https:/\\evil.example',
		'http://',
		'https://exa mple.org/',
		'https://exa<mple.org/',
		'https://example.org/?q="><script>alert(1)</script>',
		'https://example.org/{x}|`y`^\\z',
		'https://trusted.example@evil.example/',
		'https://user:password@example.org/'
	];
	it.each(unsafeUrls)(
		'validateTimelineText() rejects the source address %j, naming the field',
		(url) => {
			const text = withValue('sources.0.url', url);
			const { timeline, problems } = validateTimelineText(text, FILE);
			expect(timeline).toBeUndefined();
			expect(problems).toHaveLength(1);
			const [p] = problems as [Problem];
			expect(p.file).toBe(FILE);
			expect(place(p)).toEqual(expect.arrayContaining(['sources', 'url']));
			// at the value itself: the line that holds "url"
			expect(text.split('\n')[p.line - 1]).toContain('"url":');
			expect(p.message).toMatch(/https?|URL|address/);
		}
	);

	const unprintable: [text: string, message: RegExp][] = [
		['Summit\u0000', /U\+0000/],
		['Bell \u0007 rings', /U\+0007/],
		['\u001b[2JCleared screen', /U\+001B/],
		['Next line \u0085 (C1)', /U\+0085/],
		['Half an emoji \ud83c', /surrogate/]
	];
	it.each(unprintable)(
		'validateTimelineText() rejects the unprintable title %j, naming the character',
		(title, message) => {
			const { timeline, problems } = validateTimelineText(withValue('events.0.title', title), FILE);
			expect(timeline).toBeUndefined();
			expect(problems).toHaveLength(1);
			expect(place(problems[0] as Problem)).toEqual(['event-script', 'title']);
			expect(problems[0]?.message).toMatch(message);
			// the printed problem is one line with no raw control character in it
			// eslint-disable-next-line no-control-regex -- finding control characters is the point
			expect(formatProblem(problems[0] as Problem)).not.toMatch(/[\u0000-\u0008\u000A-\u001F]/);
		}
	);

	const badIdentifiers: [path: string, value: string, words: string[]][] = [
		['events.0.id', '<script>alert(1)</script>', ['id']],
		['events.0.links.0.target', '../../admin', ['links', 'target']],
		['actors.0.id', 'javascript:alert(1)', ['actors', 'id']],
		['actors.0.wikidata', 'Q1"><svg onload=alert(1)>', ['actors', 'wikidata']],
		['places.0.zone', 'Europe/<script>', ['places', 'zone']],
		['language', 'en"><script>alert(1)</script>', ['language']]
	];
	it.each(badIdentifiers)(
		'validateTimelineText() rejects markup in the identifier %s, naming the field',
		(path, value, words) => {
			const { timeline, problems } = validateTimelineText(withValue(path, value), FILE);
			expect(timeline).toBeUndefined();
			expect(problems.length).toBeGreaterThan(0);
			expect(problems.every((p) => p.file === FILE)).toBe(true);
			expect(problems.map(place)).toContainEqual(expect.arrayContaining(words));
		}
	);
});
