import { describe, expect, it } from 'vitest';
import { formatProblem } from '../data/validate';
import {
	columnLetter,
	readTimelineCsv,
	readTimelineJson,
	TEMPLATE_COLUMNS,
	type SlideIn
} from './read';

const HEADER = TEMPLATE_COLUMNS.join(',');

/** A CSV of the template with one row whose named cells are set. */
function csvRow(cells: Partial<Record<(typeof TEMPLATE_COLUMNS)[number], string>>): string {
	const row = TEMPLATE_COLUMNS.map((c) => {
		const v = cells[c] ?? '';
		return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
	});
	return `${HEADER}\r\n${row.join(',')}\r\n`;
}

function onlyEvent(text: string): SlideIn {
	const read = readTimelineCsv(text, 'sheet.csv');
	expect(read.problems.map(formatProblem)).toEqual([]);
	const event = read.file?.events[0];
	if (!event) throw new Error('no event');
	return event;
}

describe('readTimelineCsv()', () => {
	it.each([
		['Year', (s: SlideIn) => s.start?.year],
		['Month', (s: SlideIn) => s.start?.month],
		['Day', (s: SlideIn) => s.start?.day],
		['Time', (s: SlideIn) => s.start?.time],
		['End Year', (s: SlideIn) => s.end?.year],
		['End Month', (s: SlideIn) => s.end?.month],
		['End Day', (s: SlideIn) => s.end?.day],
		['End Time', (s: SlideIn) => s.end?.time],
		['Display Date', (s: SlideIn) => s.displayDate],
		['Headline', (s: SlideIn) => s.headline],
		['Text', (s: SlideIn) => s.text],
		['Media', (s: SlideIn) => s.media?.url],
		['Media Credit', (s: SlideIn) => s.media?.credit],
		['Media Caption', (s: SlideIn) => s.media?.caption],
		['Media Thumbnail', (s: SlideIn) => s.media?.thumbnail],
		['Group', (s: SlideIn) => s.group],
		['Background', (s: SlideIn) => s.background[0]]
	] as const)('reads the %s column, with its line and column', (column, get) => {
		const index = TEMPLATE_COLUMNS.indexOf(column);
		const cells = { Year: '2025', Headline: 'H', [column]: `v, "${column}"` };
		const event = onlyEvent(csvRow(cells));
		expect(get(event)?.value).toBe(`v, "${column}"`);
		expect(get(event)?.field).toBe(column);
		// the quoted cell starts where its quote does
		const row = csvRow(cells).split('\r\n')[1] ?? '';
		const start = row.indexOf(`"v, ""${column}`);
		expect(get(event)).toMatchObject({ line: 2, column: start + 1 });
		expect(columnLetter(index)).toBe(String.fromCharCode(65 + index));
	});

	// Excel saves "CSV" with semicolons where a comma is the decimal mark (French, German), and some
	// sheets are exported as tab-separated text
	it.each([
		['semicolons', ';'],
		['tabs', '\t']
	])('reads a sheet saved with %s, with its lines and columns', (_, separator) => {
		const row = TEMPLATE_COLUMNS.map((c) =>
			c === 'Year'
				? '2025'
				: c === 'Headline'
					? 'Talks in Kyiv, then Paris'
					: c === 'Text'
						? '"Said: ""yes""; then left"'
						: ''
		).join(separator);
		const text = `${TEMPLATE_COLUMNS.join(separator)}\r\n${row}\r\n`;
		const event = onlyEvent(text);
		expect(event.headline?.value).toBe('Talks in Kyiv, then Paris');
		expect(event.text?.value).toBe('Said: "yes"; then left');
		expect(event.start?.year?.value).toBe('2025');
		const line = text.split('\r\n')[1]!;
		expect(event.headline).toMatchObject({ line: 2, column: line.indexOf('Talks') + 1 });
		expect(event.text).toMatchObject({ line: 2, column: line.indexOf('"Said') + 1 });
	});

	it('reads the Type column: title, era, or an event', () => {
		const text = [
			HEADER,
			',,,,,,,,,The title,The summary,,,,,title,,',
			'2020,,,,2021,,,,,An era,,,,,,ERA,,',
			'2020,1,2,,,,,,,An event,,,,,,,,'
		].join('\n');
		const read = readTimelineCsv(text, 'sheet.csv');
		expect(read.file?.title?.headline?.value).toBe('The title');
		expect(read.file?.eras.map((e) => e.headline?.value)).toEqual(['An era']);
		expect(read.file?.events.map((e) => e.headline?.value)).toEqual(['An event']);
		expect(read.file?.events[0]).toMatchObject({ where: 'row 4', locator: 'line 4', line: 4 });
	});

	it('names rows by their first line, past a cell that holds line breaks', () => {
		const text = `${HEADER}\n2020,,,,,,,,,A,"one\ntwo",,,,,,,\n2021,,,,,,,,,B,,,,,,,,\n`;
		const read = readTimelineCsv(text, 'sheet.csv');
		expect(read.file?.events.map((e) => e.where)).toEqual(['row 2', 'row 4']);
		expect(read.file?.events[0]?.text?.value).toBe('one\ntwo');
	});

	it('takes Tag, the old name of Group, and headers in any case, with a byte-order mark', () => {
		const text = `\uFEFF${HEADER.replace('Group', 'tag').replace('Year', 'YEAR')}\n2020,,,,,,,,,A,,,,,,,G,\n`;
		expect(onlyEvent(text).group?.value).toBe('G');
	});

	it('skips blank rows and says so; a column not in the template is kept for the report', () => {
		const text = `${HEADER},Notes\n\n,,,,,,,,,,,,,,,,,\n2020,,,,,,,,,A,,,,,,,,,a note\n`;
		const read = readTimelineCsv(text, 'sheet.csv');
		expect(read.file?.events[0]?.unknown).toMatchObject([
			{ field: 'Notes', value: 'a note', line: 4 }
		]);
		expect(read.file?.skipped).toEqual(['blank row 2', 'blank row 3']);
	});

	it.each([
		['a missing column', HEADER.replace('Month,', '') + '\n', '(columns): lacks the column Month'],
		['missing columns', 'Year,Headline\n2020,A\n', 'lacks the columns Month, Day, Text'],
		[
			'a misspelt column',
			HEADER.replace('Headline', 'Headlin') + '\n',
			'column J: "Headlin" is not a column of the TimelineJS template (did you mean "Headline"?)'
		],
		['a repeated column', `${HEADER},Year\n`, 'column S: "Year" repeats column A'],
		[
			'an unknown type',
			`${HEADER}\n2020,,,,,,,,,A,,,,,,slide,,\n`,
			'sheet.csv:2:21  row 2  Type: "slide" is not a slide type of the template; expected title, era, or nothing for an event'
		],
		[
			'a cell beyond the header',
			`${HEADER}\n2020,,,,,,,,,A,,,,,,,,,extra\n`,
			'row 2  column S: holds "extra" beyond the header\'s 18 columns'
		],
		['an unclosed quote', `${HEADER}\n2020,,,,,,,,,"A,,,,,,,,\n`, 'sheet.csv:2:'],
		['a quote inside a cell', `${HEADER}\n2020,,,,,,,,,"A"x,,,,,,,,\n`, 'sheet.csv:2:'],
		['no header', '\n\n', 'has no header row']
	])('refuses %s, located', (_, text, message) => {
		const read = readTimelineCsv(text, 'sheet.csv');
		expect(read.file).toBeUndefined();
		expect(read.problems.map(formatProblem).join('\n')).toContain(message);
	});
});

describe('readTimelineJson()', () => {
	const json = (events: unknown[], extra: Record<string, unknown> = {}) =>
		JSON.stringify({ events, ...extra }, null, '\t');

	it.each([
		['start_date.year', { start_date: { year: 2025 } }, (s: SlideIn) => s.start?.year, '2025'],
		[
			'start_date.month',
			{ start_date: { year: 2025, month: '8' } },
			(s: SlideIn) => s.start?.month,
			'8'
		],
		['start_date.day', { start_date: { year: 2025, day: 3 } }, (s: SlideIn) => s.start?.day, '3'],
		[
			'start_date.hour',
			{ start_date: { year: 2025, hour: 22 } },
			(s: SlideIn) => s.start?.hour,
			'22'
		],
		[
			'start_date.minute',
			{ start_date: { year: 2025, minute: 5 } },
			(s: SlideIn) => s.start?.minute,
			'5'
		],
		[
			'start_date.second',
			{ start_date: { year: 2025, second: 5 } },
			(s: SlideIn) => s.start?.second,
			'5'
		],
		[
			'start_date.millisecond',
			{ start_date: { year: 2025, millisecond: 5 } },
			(s: SlideIn) => s.start?.millisecond,
			'5'
		],
		[
			'start_date.display_date',
			{ start_date: { year: 2025, display_date: 'Spring' } },
			(s: SlideIn) => s.start?.display,
			'Spring'
		],
		[
			'start_date.format',
			{ start_date: { year: 2025, format: 'yyyy' } },
			(s: SlideIn) => s.start?.format,
			'yyyy'
		],
		['end_date.year', { end_date: { year: '2026' } }, (s: SlideIn) => s.end?.year, '2026'],
		['text.headline', { text: { headline: '<b>H</b>' } }, (s: SlideIn) => s.headline, '<b>H</b>'],
		['text.text', { text: { text: 'T' } }, (s: SlideIn) => s.text, 'T'],
		[
			'media.url',
			{ media: { url: 'https://x.org' } },
			(s: SlideIn) => s.media?.url,
			'https://x.org'
		],
		['media.caption', { media: { caption: 'C' } }, (s: SlideIn) => s.media?.caption, 'C'],
		['media.credit', { media: { credit: 'Cr' } }, (s: SlideIn) => s.media?.credit, 'Cr'],
		['media.thumbnail', { media: { thumbnail: 'Th' } }, (s: SlideIn) => s.media?.thumbnail, 'Th'],
		['media.alt', { media: { alt: 'Alt' } }, (s: SlideIn) => s.media?.alt, 'Alt'],
		['media.title', { media: { title: 'Ti' } }, (s: SlideIn) => s.media?.title, 'Ti'],
		[
			'media.link',
			{ media: { link: 'https://l.org' } },
			(s: SlideIn) => s.media?.link,
			'https://l.org'
		],
		[
			'media.link_target',
			{ media: { link_target: '_blank' } },
			(s: SlideIn) => s.media?.linkTarget,
			'_blank'
		],
		['group', { group: 'G' }, (s: SlideIn) => s.group, 'G'],
		['display_date', { display_date: 'D' }, (s: SlideIn) => s.displayDate, 'D'],
		['unique_id', { unique_id: 'u-1' }, (s: SlideIn) => s.uniqueId, 'u-1'],
		[
			'background.color',
			{ background: { color: '#fff' } },
			(s: SlideIn) => s.background[0],
			'#fff'
		],
		[
			'background.url',
			{ background: { url: 'https://b.org' } },
			(s: SlideIn) => s.background[0],
			'https://b.org'
		]
	] as const)('reads %s, with its line and column', (field, slide, get, value) => {
		const text = json([slide]);
		const read = readTimelineJson(text, 'tl.json');
		expect(read.problems.map(formatProblem)).toEqual([]);
		const got = get(read.file?.events[0] as SlideIn);
		expect(got).toMatchObject({ value, field });
		const last = field.split('.').pop() ?? '';
		const lines = text.split('\n');
		const line = lines.findIndex((l) => l.includes(`"${last}": `) && l.includes(value)) + 1;
		expect(got?.line).toBe(line);
	});

	it('reads a blank string as a field left empty, as an empty cell of the spreadsheet is', () => {
		// TimelineJS's own samples write every date part, even unused ones, and leave them ""
		const blank = { year: '', month: '', day: '' };
		const read = readTimelineJson(
			json([
				{
					start_date: { year: '1951', month: '', day: ' ' },
					end_date: blank,
					text: { headline: 'H', text: '' },
					media: { url: '', credit: '', caption: '', thumbnail: '' },
					group: ''
				}
			]),
			'tl.json'
		);
		expect(read.problems.map(formatProblem)).toEqual([]);
		const event = read.file?.events[0] as SlideIn;
		expect(event.start?.year?.value).toBe('1951');
		expect([event.start?.month, event.start?.day, event.end?.year, event.end?.day]).toEqual([
			undefined,
			undefined,
			undefined,
			undefined
		]);
		expect([event.text, event.media?.url, event.media?.credit, event.group]).toEqual([
			undefined,
			undefined,
			undefined,
			undefined
		]);
	});

	it('reads autolink, the title slide, eras and the slide paths', () => {
		const read = readTimelineJson(
			json([{ start_date: { year: 2020 }, autolink: false }], {
				title: { text: { headline: 'T' } },
				eras: [{ start_date: { year: 2019 }, end_date: { year: 2021 }, text: { headline: 'E' } }]
			}),
			'tl.json'
		);
		expect(read.file?.events[0]).toMatchObject({
			where: 'events[0]',
			autolink: false,
			type: 'event'
		});
		expect(read.file?.title).toMatchObject({ where: 'title', type: 'title' });
		expect(read.file?.eras[0]).toMatchObject({ where: 'eras[0]', type: 'era' });
	});

	it('keeps fields TimelineJS does not know for the report, with a hint for a typo', () => {
		const read = readTimelineJson(
			json([{ start_date: { year: 2020 }, grop: 'G', location: {} }], { author: 'x' }),
			'tl.json'
		);
		expect(read.file?.events[0]?.unknown.map((u) => u.field)).toEqual([
			'grop (did you mean "group"?)',
			'location'
		]);
		expect(read.file?.other.map((u) => u.field)).toEqual(['author']);
	});

	it.each([
		['malformed JSON', '{"events": [\n  {"start_date": {"year": 2020},}\n]}', 'tl.json:2:'],
		['an unclosed list', '{"events": [', 'tl.json:1:'],
		['not an object', '[1, 2]', 'tl.json:1:1  $  (json): is not a JSON object'],
		['no events', '{"title": {}}', '$  events: is missing; expected a list of slides'],
		[
			'a date part that is an object',
			json([{ start_date: { year: { y: 1 } } }]),
			'events[0]  start_date.year: is an object; expected a number or a string of digits'
		],
		[
			'a headline that is a number',
			json([{ text: { headline: 5 } }]),
			'events[0]  text.headline: is the number 5; expected a string'
		],
		[
			'autolink as text',
			json([{ autolink: 'no' }]),
			'events[0]  events[0].autolink: is the text "no"; expected true or false'
		]
	])('refuses %s, located', (_, text, message) => {
		const read = readTimelineJson(text, 'tl.json');
		expect(read.file).toBeUndefined();
		expect(read.problems.map(formatProblem).join('\n')).toContain(message);
	});
});
