import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem, validateTimelineText } from '../data/validate';
import { toTimelineJs } from '../export/timelinejs';
import { htmlToText } from './html';
import { importFile, MAX_BYTES } from './import-file';
import { TEMPLATE_COLUMNS } from './read';

const dir = mkdtempSync(join(tmpdir(), 'timeline-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TODAY = '2026-12-04';
const HEADER = TEMPLATE_COLUMNS.join(',');

function write(name: string, text: string | Buffer): string {
	const path = join(dir, name);
	writeFileSync(path, text);
	return path;
}

function imported(path: string, options: Parameters<typeof importFile>[1] = {}) {
	const result = importFile(path, { today: TODAY, ...options });
	expect(result.problems.map(formatProblem)).toEqual([]);
	const { timeline } = validateTimelineText(result.text ?? '', `${result.id}.json`);
	if (!timeline) throw new Error('no timeline');
	return { result, timeline };
}

function refused(path: string, options: Parameters<typeof importFile>[1] = {}): string {
	const result = importFile(path, { today: TODAY, ...options });
	expect(result.text).toBeUndefined();
	expect(result.problems.length).toBeGreaterThan(0);
	return result.problems.map(formatProblem).join('\n');
}

describe('importFile() of the samples in fixtures/timelinejs', () => {
	it('imports the JSON sample into a valid timeline, dates at their own precision', () => {
		const { timeline, result } = imported('fixtures/timelinejs/iran-nuclear-deal.json');
		expect(result.format).toBe('json');
		expect(timeline.id).toBe('iran-nuclear-deal');
		expect(timeline.title).toBe('The Iran nuclear deal, from Geneva to Vienna');
		expect(timeline.events.map((e) => [e.id, e.date.start.value, e.date.start.precision])).toEqual([
			['geneva-interim-deal', '2013-11-24', 'day'],
			['lausanne-talks', '2015-03-26', 'day'],
			['vienna-agreement', '2015-07-14T10:30', 'minute'],
			['implementation-day', '2016-01-16', 'day'],
			['us-withdrawal', '2018-05-08T14', 'hour'],
			['iran-scales-back-its-commitments', '2019-05', 'month'],
			['a-year-of-escalation', '2020', 'year'],
			['talks-in-vienna-to-revive-the-deal', '2021-04-06', 'day']
		]);
		const revive = timeline.events.at(-1);
		expect(revive?.date.end).toEqual({ value: '2022-08', precision: 'month' });
		expect(timeline.events[1]?.date.expression).toBe('Late March to 2 April 2015');
	});

	it('makes each group a side with its lane, and one side for events without a group', () => {
		const { timeline } = imported('fixtures/timelinejs/iran-nuclear-deal.json');
		expect(timeline.affiliations.map((a) => a.name)).toEqual([
			'Iran',
			'E3 and EU',
			'United States',
			'Ungrouped'
		]);
		const sideOf = (id: string) =>
			timeline.events.find((e) => e.id === id)?.participants.map((p) => p.actor);
		expect(sideOf('us-withdrawal')).toEqual(['united-states']);
		expect(sideOf('a-year-of-escalation')).toEqual(['ungrouped']);
	});

	it('cites the file in every event, and its links and media as sources', () => {
		const { timeline } = imported('fixtures/timelinejs/iran-nuclear-deal.json');
		// the file is not an article the events are reported in: no main source, no in-source events
		expect(timeline.mainSource).toBeUndefined();
		for (const event of timeline.events) {
			expect(event.inSource).toBe(false);
			expect(event.evidence[0]).toMatchObject({ source: 'timelinejs-file' });
			expect(event.evidence[0]?.quote).toBeUndefined();
		}
		const vienna = timeline.events.find((e) => e.id === 'vienna-agreement');
		const cited = vienna?.evidence.map((e) => timeline.sources.find((s) => s.id === e.source));
		expect(cited?.map((s) => s?.url)).toEqual([
			undefined,
			'https://www.un.org/',
			'https://www.youtube.com/watch?v=abcdefghijk'
		]);
		const media = cited?.[2];
		expect(media).toMatchObject({ publisher: 'United Nations', title: 'The announcement' });
		expect(media?.published).toBeUndefined();
		const file = timeline.sources[0];
		expect(file?.note).toContain('names no publisher and no publication date');
		expect(file?.url).toBeUndefined();
		expect(timeline.imported).toEqual({
			from: 'TimelineJS',
			file: 'iran-nuclear-deal.json',
			date: TODAY
		});
	});

	it('keeps no markup: every text of the timeline is what htmlToText would leave of it', () => {
		const { timeline } = imported('fixtures/timelinejs/iran-nuclear-deal.json');
		const texts = [
			timeline.title,
			timeline.summary,
			...timeline.events.flatMap((e) => [e.title, e.summary])
		];
		for (const text of texts)
			expect(htmlToText(text).text.replace(/\s+/g, ' ')).toBe(text.replace(/\s+/g, ' '));
		expect(JSON.stringify(timeline)).not.toMatch(/<\/?(?:p|em|a|blockquote|cite)\b/);
	});

	it('reports what it mapped and left out, per field', () => {
		const { result } = imported('fixtures/timelinejs/iran-nuclear-deal.json');
		const lines = result.report?.toLines().join('\n') ?? '';
		expect(lines).toContain('era: "The Rouhani presidency": this project has no eras');
		expect(lines).toContain("background.color: the title slide's background");
		expect(lines).toContain("background.url: the slide's background colour or picture");
		expect(lines).toContain('media.thumbnail: a picture for the marker');
		expect(lines).toContain('location: not a TimelineJS field');
		expect(lines).toContain('events[0]: unique_id "Geneva interim deal" → "geneva-interim-deal"');
		expect(lines).toContain('display_date → date.expression [events[1]]');
	});

	it('imports the spreadsheet sample, times and zone included', () => {
		const { timeline, result } = imported('fixtures/timelinejs/black-sea-grain.csv', {
			zone: 'Europe/Istanbul'
		});
		expect(result.format).toBe('csv');
		expect(timeline.title).toBe('The Black Sea Grain Initiative');
		const signed = timeline.events.find((e) => e.id === 'deal-signed-in-istanbul');
		expect(signed?.date).toMatchObject({
			start: { value: '2022-07-22T16:30', precision: 'minute' },
			zone: 'Europe/Istanbul',
			expression: '22 July 2022, afternoon'
		});
		expect(signed?.date.basis).toContain('read as Europe/Istanbul time');
		expect(timeline.events.find((e) => e.id === 'extended-again')?.date.start).toEqual({
			value: '2023-03',
			precision: 'month'
		});
		expect(timeline.affiliations.map((a) => a.name)).toEqual([
			'Ukraine',
			'United Nations',
			'Russia'
		]);
		expect(result.report?.toLines().join('\n')).toContain('era: "The initiative in force"');
	});
});

describe('importFile() refuses bad input, writes nothing and says where', () => {
	const row = (cells: string) => `${HEADER}\n${cells}\n`;
	it.each([
		['an empty file', 'empty.csv', '', 'empty.csv:1:1  $  (file): is empty'],
		['a file of spaces', 'blank.json', ' \n ', 'is empty'],
		[
			'missing columns',
			'cols.csv',
			'Year,Headline\n2020,A\n',
			'cols.csv:1:1  header  (columns): lacks the columns Month, Day, Text'
		],
		[
			'31 February',
			'feb.csv',
			row('2025,2,31,,,,,,,A,,,,,,,,'),
			'feb.csv:2:8  row 2  Day: 31 February 2025 does not exist; expected a day from 1 to 28'
		],
		[
			'an empty headline',
			'head.csv',
			row('2025,2,3,,,,,,,,Text,,,,,,,'),
			'head.csv:2:1  row 2  Headline: is empty; expected a headline'
		],
		[
			'a headline of markup alone',
			'tags.csv',
			row('2025,2,3,,,,,,,<b></b>,,,,,,,,'),
			'Headline: is empty'
		],
		['an unknown type', 'type.csv', row('2025,2,3,,,,,,,A,,,,,,event-ish,,'), 'type.csv:2:'],
		[
			'a script in the text',
			'script.csv',
			row('2025,2,3,,,,,,,A,<p>x</p><script>steal()</script>,,,,,,,'),
			'script.csv:2:18  row 2  Text: contains a <script> element; the importer carries no code from a file'
		],
		[
			'an event handler',
			'onerror.json',
			JSON.stringify({
				events: [
					{
						start_date: { year: 2020 },
						text: { headline: 'A', text: '<img src=x onerror=alert(1)>' }
					}
				]
			}),
			'onerror.json:1:'
		],
		[
			'duplicate ids',
			'dup.json',
			JSON.stringify(
				{
					events: [
						{ start_date: { year: 2020 }, text: { headline: 'A' }, unique_id: 'x' },
						{ start_date: { year: 2021 }, text: { headline: 'B' }, unique_id: 'x' }
					]
				},
				null,
				1
			),
			'events[1]  unique_id: "x" is already the unique_id of events[0]'
		],
		[
			'malformed JSON',
			'bad.json',
			'{\n "events": [\n  {"start_date": {"year": 2020}\n ]\n}',
			'bad.json:4:'
		],
		['no events', 'none.json', '{"events": []}', 'holds no event'],
		[
			'a TimelineJS 2 file',
			'tl2.json',
			'{"timeline": {"headline": "H", "type": "default", "date": [{"startDate": "2012,1,26", "headline": "A"}]}}',
			'tl2.json:1:14  $  timeline: is a TimelineJS 2 timeline'
		],
		[
			'a slide without a date',
			'nodate.json',
			'{"events": [{"text": {"headline": "A"}}]}',
			'events[0]  start_date: is missing; expected a start date'
		],
		[
			'an end before the start',
			'back.csv',
			row('2025,2,3,,2024,,,,,A,,,,,,,,'),
			'End Year: the end 2024 comes before the start 2025-02-03'
		],
		[
			'a cosmological scale',
			'big.json',
			'{"events": [{"start_date": {"year": 2020}, "text": {"headline": "A"}}], "scale": "cosmological"}',
			'scale: is "cosmological"'
		],
		[
			'text that is not UTF-8',
			'latin1.csv',
			Buffer.from(`${HEADER}\n2020,,,,,,,,,Caf\xe9,,,,,,,,\n`, 'latin1'),
			'latin1.csv:2:17  $  (file): is not UTF-8 text'
		],
		[
			// an .xlsx, .ods or .numbers file is a zip archive
			'a workbook, not its CSV',
			'sheet.xlsx',
			Buffer.from('PK\x03\x04\x14\x00\x06\x00[Content_Types].xml', 'latin1'),
			'sheet.xlsx:1:1  $  (file): is a spreadsheet workbook, not text; expected the sheet saved as CSV'
		],
		[
			'an Excel 97 workbook',
			'old.xls',
			Buffer.from('\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00', 'latin1'),
			'old.xls:1:1  $  (file): is a spreadsheet workbook, not text'
		]
	])('%s', (_, name, text, message) => {
		expect(refused(write(name, text))).toContain(message);
	});

	it('a file over the size limit (5 MB)', () => {
		const big = write('big.json', `{"events": [], "padding": "${'x'.repeat(5_000_000)}"}`);
		expect(refused(big)).toContain(`is 4.8 MB; expected at most ${MAX_BYTES / 1024 / 1024}.0 MB`);
	});

	it('a file that does not exist', () => {
		expect(refused(join(dir, 'missing.json'))).toContain('does not exist');
	});

	it('a zone that does not exist', () => {
		expect(
			refused('fixtures/timelinejs/iran-nuclear-deal.json', { zone: 'Europe/Atlantis' })
		).toContain('--zone  (option): "Europe/Atlantis" is not a time zone');
	});

	it('an id that is not one', () => {
		expect(refused('fixtures/timelinejs/iran-nuclear-deal.json', { id: 'Not An Id' })).toContain(
			'"Not An Id" is not a timeline id'
		);
	});

	it('drops scripts only when asked, and says so', () => {
		const path = write(
			'script-ok.csv',
			row('2025,2,3,,,,,,,A,<p>x</p><script>steal()</script>,,,,,,,')
		);
		const { timeline, result } = imported(path, { dropScripts: true });
		expect(timeline.events[0]?.summary).toBe('x');
		expect(result.report?.toLines().join('\n')).toContain(
			'Text markup: a <script> element removed'
		);
	});
});

describe('importFile() of files shaped like real ones', () => {
	const slides = (events: unknown[], more: Record<string, unknown> = {}) =>
		JSON.stringify({ ...more, events });

	it('keeps what has a place and reports the rest: eras, media alone, display dates, seconds', () => {
		const path = write(
			'shapes.json',
			slides(
				[
					{
						start_date: { year: 2015, month: 7 },
						text: { headline: 'Media only' },
						media: { url: 'https://example.org/a.jpg', credit: 'AP' }
					},
					{
						start_date: { year: 2015, month: 7, day: 14 },
						display_date: 'Mid-July 2015',
						text: { headline: 'Deal' },
						group: 'E3 / EU & "friends"'
					},
					{
						start_date: { year: 2015, month: 7, day: 15, hour: 9, minute: 5, second: 30 },
						text: { headline: 'Seconds' },
						group: '  Iran  '
					}
				],
				{
					eras: [
						{
							start_date: { year: 2014 },
							end_date: { year: 2016 },
							text: { headline: 'The talks' }
						}
					]
				}
			)
		);
		const { timeline, result } = imported(path);
		// no title slide: the file's name, said in the report
		expect(timeline.title).toBe('shapes');
		expect(timeline.events.map((e) => [e.id, e.date.start])).toEqual([
			['media-only', { value: '2015-07', precision: 'month' }],
			['deal', { value: '2015-07-14', precision: 'day' }],
			['seconds', { value: '2015-07-15T09:05', precision: 'minute' }]
		]);
		expect(timeline.events[1]?.date.expression).toBe('Mid-July 2015');
		expect(timeline.affiliations.map((a) => [a.id, a.name])).toEqual([
			['e3-eu-friends', 'E3 / EU & "friends"'],
			['iran', 'Iran'],
			['ungrouped', 'Ungrouped']
		]);
		const media = timeline.sources.find((s) => s.url === 'https://example.org/a.jpg');
		expect(media?.publisher).toBe('AP');
		expect(timeline.events[0]?.evidence.map((e) => e.source)).toContain(media?.id);
		const report = result.report?.toLines().join('\n') ?? '';
		expect(report).toContain('era: "The talks": this project has no eras');
		expect(report).toContain('start_date.second: seconds');
		expect(report).toContain('no title slide');
		expect(report).toContain('display_date → date.expression');
	});

	it('reads spreadsheet times with AM and PM, and reports seconds and era rows', () => {
		const path = write(
			'sheet.csv',
			[
				HEADER,
				'2022,7,22,4:30 PM,,,,,,PM time,,,,,,,Turkey/UN,',
				'2022,7,22,16:30:15,,,,,,Seconds,,,,,,,,',
				'2022,7,23,12:00 AM,,,,,,Midnight,,,,,,,,',
				'2022,,,,,,,,,An era,,,,,,era,,',
				''
			].join('\n')
		);
		const { timeline, result } = imported(path);
		expect(timeline.events.map((e) => [e.id, e.date.start.value])).toEqual([
			['pm-time', '2022-07-22T16:30'],
			['seconds', '2022-07-22T16:30'],
			['midnight', '2022-07-23T00:00']
		]);
		expect(timeline.affiliations[0]?.name).toBe('Turkey/UN');
		const report = result.report?.toLines().join('\n') ?? '';
		expect(report).toMatch(/era: "An era": this project has no eras.*\[row 5\]/);
		expect(report).toContain('Time: seconds: dates here are precise to the minute at most [row 3]');
	});

	it.each([
		[
			'a year before the common era',
			{ year: -500 },
			'start_date.year: year -500 (500 BCE) is outside'
		],
		['a far-future year', { year: 2999 }, 'start_date.year: year 2999 is outside']
	])('refuses %s as a located error', (_, start_date, message) => {
		const problems = refused(
			write('years.json', slides([{ start_date, text: { headline: 'A' } }]))
		);
		expect(problems).toMatch(/years\.json:\d+:\d+ {2}events\[0\] {2}/);
		expect(problems).toContain(message);
	});

	it('refuses a slide of media alone, with no headline, as a located error', () => {
		const problems = refused(
			write(
				'media.json',
				slides([{ start_date: { year: 2015 }, media: { url: 'https://example.org/a.jpg' } }])
			)
		);
		expect(problems).toMatch(/media\.json:\d+:\d+ {2}events\[0\] {2}text\.headline: is empty/);
	});
});

describe('importFile() ids', () => {
	it('makes ids safe and unique, and reports every change', () => {
		const path = write(
			'ids.json',
			JSON.stringify({
				events: [
					{ start_date: { year: 2020 }, text: { headline: 'Talks' } },
					{ start_date: { year: 2021 }, text: { headline: 'Talks' } },
					{ start_date: { year: 2022 }, text: { headline: 'Переговоры' } },
					{ start_date: { year: 2023 }, text: { headline: 'C' }, unique_id: 'Talks!' },
					{ start_date: { year: 2024 }, text: { headline: 'D' }, unique_id: 'ok-id' }
				]
			})
		);
		const { timeline, result } = imported(path);
		expect(timeline.events.map((e) => e.id)).toEqual([
			'talks',
			'talks-2',
			'event-3',
			'talks-3',
			'ok-id'
		]);
		expect(result.report?.renames).toEqual([
			'events[0]: no unique_id → "talks" (from the headline)',
			'events[1]: no unique_id → "talks-2" (from the headline, made unique)',
			'events[2]: no unique_id → "event-3" (from the slide\'s place)',
			'events[3]: unique_id "Talks!" → "talks-3" (made safe, and unique)'
		]);
	});
});

describe('a round trip TimelineJS → ours → TimelineJS', () => {
	it('keeps headlines, dates at their precision and groups', () => {
		const source = JSON.parse(
			readFileSync('fixtures/timelinejs/iran-nuclear-deal.json', 'utf8')
		) as {
			events: { start_date: Record<string, unknown>; text: { headline: string }; group?: string }[];
		};
		const { timeline } = imported('fixtures/timelinejs/iran-nuclear-deal.json');
		const back = toTimelineJs({ timeline, root: 'https://example.org' });
		expect(back.title.text.text).toContain(
			`Imported from iran-nuclear-deal.json (TimelineJS) on ${TODAY}, not yet sourced event by event.`
		);
		const key = (d: Record<string, unknown>) =>
			['year', 'month', 'day', 'hour', 'minute']
				.map((k) => (d[k] === undefined ? '' : Number(d[k])))
				.join('/');
		const before = source.events
			.map((e) => ({
				headline: htmlToText(e.text.headline).text,
				date: key(e.start_date),
				group: e.group ?? 'Ungrouped'
			}))
			.sort((a, b) => a.headline.localeCompare(b.headline));
		const after = back.events
			.map((e) => ({
				headline: htmlToText(e.text.headline).text,
				date: key({ ...e.start_date }),
				group: e.group
			}))
			.sort((a, b) => a.headline.localeCompare(b.headline));
		expect(after).toEqual(before);
	});

	it("keeps the spreadsheet sample's headlines, dates and groups too", () => {
		const { timeline } = imported('fixtures/timelinejs/black-sea-grain.csv');
		const back = toTimelineJs({ timeline, root: 'https://example.org' });
		const slide = back.events.find((e) => e.unique_id === 'deal-signed-in-istanbul');
		expect(slide).toMatchObject({
			start_date: { year: 2022, month: 7, day: 22, hour: 16, minute: 30 },
			text: { headline: 'Deal signed in Istanbul' },
			group: 'United Nations'
		});
		expect(back.events.find((e) => e.unique_id === 'extended-again')?.start_date).toEqual({
			year: 2023,
			month: 3
		});
	});
});
