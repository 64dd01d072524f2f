import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { useLanguage } from '$lib/i18n/locale';
import type { EventStatus, Precision } from '$lib/data/schema';
import { eventSpan, pointSpan } from '$lib/time/dates';
import { buildIcs, escapeText, foldLine, ICS_STATUS, precisionWord } from './ics';
import { citedTimeline, date, fixtureTimeline, point, tinyTimeline } from './test-timeline';

const ROOT = 'https://example.org/timeline';
const unfold = (ics: string) => ics.replace(/\r\n /g, '');
/** The unfolded lines of the events (not of the time zones) that start with `name`. */
const lineOf = (ics: string, name: string) =>
	unfold(ics)
		.split('BEGIN:VEVENT')
		.slice(1)
		.flatMap((vevent) => vevent.split('\r\n'))
		.filter((l) => l.startsWith(name));

describe('escapeText()', () => {
	const cases: { text: string; expected: string }[] = [
		{ text: 'plain words', expected: 'plain words' },
		{ text: 'a, b; c', expected: 'a\\, b\\; c' },
		{ text: 'back\\slash', expected: 'back\\\\slash' },
		{ text: 'two\nlines\r\nand CRLF', expected: 'two\\nlines\\nand CRLF' },
		{ text: 'bell\u0007 gone, tab\tkept', expected: 'bell gone\\, tab\tkept' }
	];
	for (const c of cases) {
		it(`escapeText() escapes ${JSON.stringify(c.text)}`, () =>
			expect(escapeText(c.text)).toBe(c.expected));
	}
});

describe('foldLine()', () => {
	const octets = (s: string) => new TextEncoder().encode(s).length;
	const cases: { name: string; line: string }[] = [
		{ name: 'a short line', line: 'SUMMARY:short' },
		{ name: 'exactly 75 octets', line: `SUMMARY:${'x'.repeat(67)}` },
		{ name: 'a long ASCII line', line: `DESCRIPTION:${'abcdefghij'.repeat(30)}` },
		{ name: 'two-octet characters', line: `SUMMARY:${'ё'.repeat(100)}` },
		{ name: 'three-octet characters', line: `SUMMARY:${'“–”'.repeat(50)}` },
		{ name: 'four-octet characters', line: `SUMMARY:${'🇺🇦'.repeat(40)}` }
	];
	for (const c of cases) {
		it(`foldLine() keeps ${c.name} within 75 octets and unfolds to the same text`, () => {
			const folded = foldLine(c.line);
			const lines = folded.split('\r\n');
			for (const l of lines) expect(octets(l)).toBeLessThanOrEqual(75);
			for (const l of lines.slice(1)) expect(l.startsWith(' ')).toBe(true);
			expect(folded.replace(/\r\n /g, '')).toBe(c.line);
			if (octets(c.line) <= 75) expect(lines).toHaveLength(1);
		});
	}
});

describe('ICS_STATUS', () => {
	const cases: [EventStatus, string][] = [
		['occurred', 'CONFIRMED'],
		['scheduled', 'CONFIRMED'],
		['reported', 'TENTATIVE'],
		['claimed', 'TENTATIVE'],
		['contested', 'TENTATIVE'],
		['proposed', 'TENTATIVE'],
		['did-not-happen', 'CANCELLED'],
		['cancelled', 'CANCELLED']
	];
	for (const [status, expected] of cases) {
		it(`buildIcs() writes status ${status} as ${expected}`, () => {
			const ics = buildIcs({
				timeline: tinyTimeline([{ id: 'e', status, date: date(point('2025-08-15', 'day')) }]),
				root: ROOT
			});
			expect(ICS_STATUS[status]).toBe(expected);
			expect(lineOf(ics, 'STATUS:')).toEqual([`STATUS:${expected}`]);
		});
	}
});

describe('buildIcs() dates', () => {
	const cases: { name: string; date: ReturnType<typeof date>; expected: string[] }[] = [
		{
			name: 'writes a day as an all-day event ending the next day',
			date: date(point('2025-08-15', 'day')),
			expected: ['DTSTART;VALUE=DATE:20250815', 'DTEND;VALUE=DATE:20250816']
		},
		{
			name: 'writes a range of days with an exclusive end',
			date: date(point('2025-08-11', 'day'), { end: point('2025-08-14', 'day'), within: true }),
			expected: ['DTSTART;VALUE=DATE:20250811', 'DTEND;VALUE=DATE:20250815']
		},
		{
			name: 'writes an ISO week from Monday to the next Monday',
			date: date(point('2025-W34', 'week')),
			expected: ['DTSTART;VALUE=DATE:20250818', 'DTEND;VALUE=DATE:20250825']
		},
		{
			name: 'writes a month as all its days',
			date: date(point('2025-10', 'month'), { zone: 'Europe/Budapest' }),
			expected: ['DTSTART;VALUE=DATE:20251001', 'DTEND;VALUE=DATE:20251101']
		},
		{
			name: 'writes a timed event in its own zone',
			date: date(point('2025-08-15T11:26', 'minute'), {
				end: point('2025-08-15T14:30', 'minute', { approximate: true })
			}),
			expected: [
				'DTSTART;TZID=America/Anchorage:20250815T112600',
				'DTEND;TZID=America/Anchorage:20250815T143000'
			]
		},
		{
			name: 'writes an instant with no end',
			date: date(point('2025-08-16T02:45', 'minute'), { zone: 'America/New_York' }),
			expected: ['DTSTART;TZID=America/New_York:20250816T024500']
		},
		{
			name: 'writes an hour as a one-hour event',
			date: date(point('2025-08-15T14', 'hour')),
			expected: [
				'DTSTART;TZID=America/Anchorage:20250815T140000',
				'DTEND;TZID=America/Anchorage:20250815T150000'
			]
		},
		{
			name: 'writes a part of the day as its hours',
			date: date(point('2025-08-18', 'part-of-day', { partOfDay: 'evening' }), {
				zone: 'America/New_York'
			}),
			expected: [
				'DTSTART;TZID=America/New_York:20250818T180000',
				'DTEND;TZID=America/New_York:20250819T000000'
			]
		},
		{
			name: 'writes UTC times with a Z and no zone',
			date: date(point('2025-08-16T05:00', 'minute'), {
				end: point('2025-08-16T06:00', 'minute'),
				zone: 'UTC'
			}),
			expected: ['DTSTART:20250816T050000Z', 'DTEND:20250816T060000Z']
		}
	];
	for (const c of cases) {
		it(`buildIcs() ${c.name}`, () => {
			const ics = buildIcs({ timeline: tinyTimeline([{ id: 'e', date: c.date }]), root: ROOT });
			expect(lineOf(ics, 'DTSTART').concat(lineOf(ics, 'DTEND'))).toEqual(c.expected);
		});
	}

	it('buildIcs() adds one VTIMEZONE per zone of timed events, none for all-day or UTC ones', () => {
		const ics = buildIcs({
			timeline: tinyTimeline([
				{ id: 'a', date: date(point('2025-08-15T11:26', 'minute')) },
				{ id: 'b', date: date(point('2025-08-16T11:26', 'minute')) },
				{ id: 'c', date: date(point('2025-08-16', 'day'), { zone: 'Europe/Moscow' }) },
				{ id: 'd', date: date(point('2025-08-16T05:00', 'minute'), { zone: 'UTC' }) }
			]),
			root: ROOT
		});
		expect(unfold(ics).match(/^TZID:.*$/gm)).toEqual(['TZID:America/Anchorage']);
	});

	it('buildIcs() describes Anchorage with its 2025 offset changes', () => {
		const ics = buildIcs({
			timeline: tinyTimeline([{ id: 'a', date: date(point('2025-08-15T11:26', 'minute')) }]),
			root: ROOT
		});
		const zone = unfold(ics).split('BEGIN:VTIMEZONE')[1]?.split('END:VTIMEZONE')[0] ?? '';
		expect(zone.split('\r\n').filter(Boolean)).toEqual([
			'TZID:America/Anchorage',
			'BEGIN:STANDARD',
			'DTSTART:20250101T000000',
			'TZOFFSETFROM:-0900',
			'TZOFFSETTO:-0900',
			'TZNAME:AKST',
			'END:STANDARD',
			'BEGIN:DAYLIGHT',
			'DTSTART:20250309T020000',
			'TZOFFSETFROM:-0900',
			'TZOFFSETTO:-0800',
			'TZNAME:AKDT',
			'END:DAYLIGHT',
			'BEGIN:STANDARD',
			'DTSTART:20251102T020000',
			'TZOFFSETFROM:-0800',
			'TZOFFSETTO:-0900',
			'TZNAME:AKST',
			'END:STANDARD'
		]);
	});
});

describe('buildIcs() evidence and provenance', () => {
	const description = (ics: string) =>
		new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent') ?? undefined)
			.description;

	it('buildIcs() writes a citation without a quote as a citation, never in quotation marks', () => {
		const text = description(
			buildIcs({
				timeline: citedTimeline(),
				root: ROOT
			})
		);
		expect(text).toContain(
			'Source: Newsmax, “A title, with a comma”, Sat 16 Aug 2025 https://example.org/a\n“The talks were useful.”'
		);
		expect(text).toContain(
			'Cited, not quoted: Newsmax, “A title, with a comma”, Sat 16 Aug 2025, paragraph 3 https://example.org/a\nNote: no words recorded'
		);
		expect(text).not.toContain('undefined');
		expect(text).not.toMatch(/“(paragraph 3|no words recorded)/);
	});

	it('buildIcs() says on the calendar and on every event that a timeline was imported', () => {
		const timeline = {
			...tinyTimeline([{ id: 'e', date: date(point('2025-08-18', 'day')) }]),
			imported: { from: 'TimelineJS', file: 'talks.json', date: '2026-12-01' }
		};
		const ics = buildIcs({ timeline, root: ROOT });
		const notice =
			/Imported from TimelineJS file “talks\.json” on .*not yet sourced event by event/;
		expect(new ICAL.Component(ICAL.parse(ics)).getFirstPropertyValue('description')).toMatch(
			notice
		);
		expect(description(ics)).toMatch(notice);
		const plain = buildIcs({
			timeline: tinyTimeline([{ id: 'e', date: timeline.events[0]!.date }]),
			root: ROOT
		});
		expect(unfold(plain)).not.toContain('Imported from');
	});
});

describe('buildIcs() on the fixture timeline', () => {
	const timeline = fixtureTimeline();
	const ics = buildIcs({ timeline, root: ROOT });

	it('buildIcs() ends every line with CRLF and keeps lines within 75 octets', () => {
		expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
		expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
		for (const line of ics.split('\r\n')) {
			expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
		}
	});

	it('buildIcs() round-trips every event through ical.js with its dates and zone', () => {
		// ical.js resolves each TZID from the file's own VTIMEZONE blocks
		const calendar = new ICAL.Component(ICAL.parse(ics));
		const vevents = calendar.getAllSubcomponents('vevent');
		expect(vevents).toHaveLength(timeline.events.length);
		const byId = new Map(timeline.events.map((e) => [e.id, e]));
		const uids = new Set<string>();
		for (const vevent of vevents) {
			const parsed = new ICAL.Event(vevent);
			uids.add(parsed.uid);
			const event = byId.get(parsed.uid.replace(/@.*$/, ''));
			expect(event, parsed.uid).toBeDefined();
			if (!event) continue;
			expect(parsed.summary).toBe(event.title);
			expect(parsed.description).toContain(event.evidence[0]?.quote);
			expect(vevent.getFirstPropertyValue('url')).toBe(
				`${ROOT}/${timeline.id}/events/${event.id}/`
			);
			const span = eventSpan(event.date);
			const start = parsed.startDate;
			if (start.isDate) {
				// all-day: the local dates in the event's zone
				const days = (ms: number) =>
					new Intl.DateTimeFormat('en-CA', { timeZone: event.date.zone }).format(ms);
				expect(start.toString(), event.id).toBe(days(span.start));
				expect(parsed.endDate.toString(), event.id).toBe(days(span.end));
			} else {
				const tzid = vevent.getFirstProperty('dtstart')?.getParameter('tzid');
				expect(tzid ?? 'UTC', event.id).toBe(event.date.zone);
				expect(start.toUnixTime() * 1000, event.id).toBe(span.start);
				const last = event.date.end ?? event.date.start;
				if (event.date.end) {
					const end =
						last.precision === 'minute' ? pointSpan(last, event.date.zone).start : span.end;
					expect(parsed.endDate.toUnixTime() * 1000, event.id).toBe(end);
				}
			}
		}
		expect(uids.size).toBe(timeline.events.length);
	});
});

describe('buildIcs() in other languages', () => {
	const property = (line: string) => /^[A-Z-]+/.exec(line)?.[0];
	const english = unfold(buildIcs({ timeline: citedTimeline(), root: ROOT }));
	afterEach(() => useLanguage('en'));
	const cases: { lang: string; words: string[] }[] = [
		{
			lang: 'fr',
			words: [
				'(précision\u00a0: jour\u00a0; EDTF 2025-08-18).',
				'Qui\u00a0: Donald Trump (hôte).',
				'Référence, sans citation\u00a0: Newsmax, «\u00a0A title, with a comma\u00a0»',
				'«\u00a0The talks were useful.\u00a0»',
				'Remarque\u00a0: no words recorded',
				`Lien permanent\u00a0: ${ROOT}/tiny/events/e/`
			]
		},
		{
			lang: 'uk',
			words: [
				'(точність: день; EDTF 2025-08-18).',
				'Хто: Donald Trump (приймаюча сторона).',
				'Посилання без цитати: Newsmax, «A title, with a comma»',
				'«The talks were useful.»',
				'Примітка: no words recorded',
				`Постійне посилання: ${ROOT}/tiny/events/e/`
			]
		}
	];
	for (const c of cases) {
		it(`buildIcs() writes the description in ${c.lang} and keeps every property name`, () => {
			useLanguage(c.lang);
			const ics = unfold(buildIcs({ timeline: citedTimeline(), root: ROOT }));
			for (const w of c.words) expect(ics).toContain(escapeText(w));
			expect(ics.split('\r\n').map(property)).toEqual(english.split('\r\n').map(property));
			expect(lineOf(ics, 'STATUS')).toEqual(['STATUS:CONFIRMED']);
			expect(lineOf(ics, 'CATEGORIES')).toEqual(['CATEGORIES:meeting']);
			expect(lineOf(ics, 'SUMMARY')).toEqual(['SUMMARY:Event e']);
		});
	}
});

describe('precisionWord()', () => {
	afterEach(() => useLanguage('en'));
	const cases: { lang: string; precision: Precision; expected: string }[] = [
		{ lang: 'en', precision: 'part-of-day', expected: 'part-of-day' },
		{ lang: 'en', precision: 'minute', expected: 'minute' },
		{ lang: 'fr', precision: 'part-of-day', expected: 'moment de la journée' },
		{ lang: 'fr', precision: 'year', expected: 'année' },
		{ lang: 'uk', precision: 'week', expected: 'тиждень' },
		{ lang: 'de', precision: 'month', expected: 'Monat' }
	];
	for (const c of cases) {
		it(`precisionWord() says ${c.precision} in ${c.lang} as ${c.expected}`, () => {
			useLanguage(c.lang);
			expect(precisionWord(c.precision)).toBe(c.expected);
		});
	}
});
