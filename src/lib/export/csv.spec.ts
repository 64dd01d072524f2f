import { afterEach, describe, expect, it } from 'vitest';
import { useLanguage } from '$lib/i18n/locale';
import { eventSpan, toEdtf } from '$lib/time/dates';
import { sortByHeading } from '$lib/time/headings';
import { buildCsv, CSV_COLUMNS, csvField, neutralise } from './csv';
import { parseCsv } from './test-csv';
import { citedTimeline, date, fixtureTimeline, point, tinyTimeline } from './test-timeline';

const ROOT = 'https://example.org';

describe('neutralise()', () => {
	const cases: { value: string; expected: string }[] = [
		{ value: '=HYPERLINK("http://evil")', expected: `'=HYPERLINK("http://evil")` },
		{ value: '+1 234', expected: "'+1 234" },
		{ value: '-2+3', expected: "'-2+3" },
		{ value: '@SUM(A1)', expected: "'@SUM(A1)" },
		{ value: '\t=1', expected: "'\t=1" },
		{ value: '\r=1', expected: "'\r=1" },
		{ value: 'Trump – Putin', expected: 'Trump – Putin' },
		{ value: 'a=b', expected: 'a=b' },
		{ value: '', expected: '' }
	];
	for (const c of cases) {
		it(`neutralise() turns ${JSON.stringify(c.value)} into ${JSON.stringify(c.expected)}`, () =>
			expect(neutralise(c.value)).toBe(c.expected));
	}
});

describe('csvField()', () => {
	const cases: { value: string; expected: string }[] = [
		{ value: 'plain', expected: 'plain' },
		{ value: 'a, b', expected: '"a, b"' },
		{ value: 'say “hi” and "bye"', expected: '"say “hi” and ""bye"""' },
		{ value: 'two\nlines', expected: '"two\r\nlines"' },
		{ value: '=1+1', expected: "'=1+1" },
		{ value: '=1,2', expected: `"'=1,2"` }
	];
	for (const c of cases) {
		it(`csvField() writes ${JSON.stringify(c.value)} as ${JSON.stringify(c.expected)}`, () =>
			expect(csvField(c.value)).toBe(c.expected));
	}
});

describe('parseCsv()', () => {
	it('parseCsv() reads quotes, doubled quotes and CRLF inside fields', () =>
		expect(parseCsv('a,"b,c","d""e"\r\n"x\r\ny",,z\r\n')).toEqual([
			['a', 'b,c', 'd"e'],
			['x\r\ny', '', 'z']
		]));
	for (const bad of ['a\nb\r\n', '"a"b\r\n', 'a"b\r\n', '"a\r\n']) {
		it(`parseCsv() refuses ${JSON.stringify(bad)}`, () => expect(() => parseCsv(bad)).toThrow());
	}
});

describe('buildCsv()', () => {
	it('buildCsv() neutralises a title that starts a formula, in a real row', () => {
		const csv = buildCsv({
			timeline: tinyTimeline([
				{ id: 'e', title: '=cmd|"/c calc"!A1', date: date(point('2025-08-15', 'day')) }
			]),
			root: ROOT
		});
		const [header, row] = parseCsv(csv.slice(1));
		expect(row?.[header?.indexOf('title') ?? -1]).toBe(`'=cmd|"/c calc"!A1`);
	});

	it('buildCsv() writes a citation without a quote as a citation, never as a quote', () => {
		const csv = buildCsv({
			timeline: citedTimeline(),
			root: ROOT
		});
		const [header, row] = parseCsv(csv.slice(1));
		const column = (name: string) => row?.[header?.indexOf(name) ?? -1] ?? '';
		expect(column('sources').split('\r\n')).toEqual([
			'Newsmax, “A title, with a comma”, Sat 16 Aug 2025 <https://example.org/a>',
			'Newsmax, “A title, with a comma”, Sat 16 Aug 2025, paragraph 3 (cited, not quoted: no words recorded) <https://example.org/a>'
		]);
		// the quotes only: a citation has no words of its source to give
		expect(column('quote')).toBe('The talks were useful.');
	});

	const timeline = fixtureTimeline();
	const csv = buildCsv({ timeline, root: ROOT });
	const [header, ...rows] = parseCsv(csv.replace(/^\uFEFF/, ''));
	const cell = (r: string[] | undefined, column: (typeof CSV_COLUMNS)[number]) =>
		r?.[CSV_COLUMNS.indexOf(column)] ?? '';

	it('buildCsv() starts with a BOM and a header, and ends every record with CRLF', () => {
		expect(csv.startsWith('\uFEFFid,title,kind,status,')).toBe(true);
		expect(csv.endsWith('\r\n')).toBe(true);
		expect(header).toEqual([...CSV_COLUMNS]);
	});

	it('buildCsv() writes one row per event in date order, with every column filled as documented', () => {
		// in the order the list and the briefing give: by heading, then by real time
		const events = sortByHeading(timeline.events);
		expect(rows.map((r) => cell(r, 'id'))).toEqual(events.map((e) => e.id));
		for (const [i, event] of events.entries()) {
			const r = rows[i];
			expect(r).toHaveLength(CSV_COLUMNS.length);
			const span = eventSpan(event.date);
			expect(cell(r, 'title')).toBe(event.title);
			expect(cell(r, 'status')).toBe(event.status);
			expect(Date.parse(cell(r, 'start_utc'))).toBe(span.start);
			expect(Date.parse(cell(r, 'end_utc'))).toBe(span.end);
			// the local time names the same instant, through its offset
			expect(Date.parse(cell(r, 'start_local'))).toBe(span.start);
			expect(cell(r, 'zone')).toBe(event.date.zone);
			expect(cell(r, 'edtf')).toBe(toEdtf(event.date));
			expect(cell(r, 'quote')).toBe(
				event.evidence.flatMap((e) => (e.quote ? [e.quote] : [])).join('\r\n\r\n')
			);
			expect(cell(r, 'url')).toBe(`${ROOT}/${timeline.id}/events/${event.id}/`);
			expect(cell(r, 'in_source')).toBe(event.inSource ? 'yes' : 'no');
		}
	});

	it('buildCsv() writes the summit in Anchorage time and in UTC', () => {
		const r = rows.find((x) => cell(x, 'id') === 'alaska-summit-2025-08-15');
		expect(cell(r, 'start_local')).toBe('2025-08-15T11:26:00-08:00');
		expect(cell(r, 'start_utc')).toBe('2025-08-15T19:26:00Z');
		expect(cell(r, 'precision')).toBe('minute');
		expect(cell(r, 'participants')).toContain('Donald Trump (host), Vladimir Putin (visitor)');
	});
});

describe('buildCsv() in other languages', () => {
	afterEach(() => useLanguage('en'));
	// the publication date between them is the date helpers' own: only the words around it are ours
	const cases: { lang: string; participants: string; before: string; after: string }[] = [
		{
			lang: 'fr',
			participants: 'Donald Trump (hôte)',
			before: 'Newsmax, «\u00a0A title, with a comma\u00a0», ',
			after:
				', paragraph 3 (référence, sans citation\u00a0: no words recorded) <https://example.org/a>'
		},
		{
			lang: 'uk',
			participants: 'Donald Trump (приймаюча сторона)',
			before: 'Newsmax, «A title, with a comma», ',
			after: ', paragraph 3 (посилання без цитати: no words recorded) <https://example.org/a>'
		},
		{
			lang: 'de',
			participants: 'Donald Trump (Gastgeber)',
			before: 'Newsmax, „A title, with a comma“, ',
			after: ', paragraph 3 (angeführt, nicht zitiert: no words recorded) <https://example.org/a>'
		}
	];
	for (const c of cases) {
		it(`buildCsv() writes the readers' words in ${c.lang}, the header and the codes as in English`, () => {
			useLanguage(c.lang);
			const csv = buildCsv({ timeline: citedTimeline(), root: ROOT });
			expect(csv.startsWith(`\uFEFF${CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
			const [header, row] = parseCsv(csv.slice(1));
			const column = (name: string) => row?.[header?.indexOf(name) ?? -1] ?? '';
			expect(header).toEqual([...CSV_COLUMNS]);
			expect(column('participants')).toBe(c.participants);
			const cited = column('sources').split('\r\n')[1] ?? '';
			expect(cited.startsWith(c.before), cited).toBe(true);
			expect(cited.endsWith(c.after), cited).toBe(true);
			expect([column('kind'), column('status'), column('in_source')]).toEqual([
				'meeting',
				'occurred',
				'yes'
			]);
		});
	}
});
