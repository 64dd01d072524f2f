import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { useLanguage } from '$lib/i18n/locale';
import type { Timeline } from '$lib/data/schema';
import { validateTimelineText } from '$lib/data/validate';
import { eventView } from './view';

const file = 'e2e/timelines/fixture-talks.json';
const { timeline, problems } = validateTimelineText(readFileSync(file, 'utf8'), file);

function view(id: string) {
	const t = timeline as Timeline;
	return eventView(
		t,
		t.events.find((e) => e.id === id)!
	);
}

describe('eventView()', () => {
	it('eventView() reads a valid fixture', () => expect(problems).toEqual([]));

	it('eventView() puts kind, status and date into words', () => {
		const v = view('anchorage-summit');
		expect(v).toMatchObject({
			kind: 'Summit',
			status: 'Occurred',
			whenLine: 'Fri 15 Aug 2025, 11:26 – about 14:30 Anchorage time',
			precision: 'start to the minute; end to the minute, approximate',
			edtf: '2025-08-15T11:26:00/2025-08-15T14:30:00~'
		});
		expect(v.mainSource).toEqual({ publisher: 'The Test Gazette' });
	});

	it('eventView() carries the notice of an imported timeline, and none otherwise', () => {
		const t = timeline as Timeline;
		const imported = {
			...t,
			imported: { from: 'TimelineJS', file: 'talks.csv', date: '2026-12-01' }
		};
		expect(eventView(imported, t.events[0]!).imported).toMatch(
			/^Imported from TimelineJS file “talks\.csv” on .*not yet sourced event by event/
		);
		expect(view('anchorage-summit').imported).toBeUndefined();
	});

	it('eventView() shows the time at home for everyone taking part, but not for the subject', () => {
		expect(view('anchorage-summit').times.map((r) => [r.zoneText, r.note])).toEqual([
			['Anchorage time (AKDT)', 'where it happened'],
			['UTC', ''],
			['New York time (EDT)', 'home of Donald Trump'],
			['Moscow time (GMT+3)', 'home of Vladimir Putin']
		]);
	});

	it('eventView() resolves participants with office, role and affiliation', () => {
		expect(view('anchorage-summit').participants[2]).toEqual({
			id: 'zelenskyy',
			name: 'Volodymyr Zelenskyy',
			office: 'President of Ukraine',
			role: 'subject (not a participant)',
			affiliation: 'Ukraine',
			zone: 'Europe/Kyiv',
			note: 'not invited'
		});
	});

	it('eventView() words claims and the event’s own chain', () => {
		const v = view('call-with-europeans');
		expect(v.attribution).toBe('per four European officials, per The Wall Street Journal');
		expect(v.claims[0]).toMatchObject({
			sentence:
				'Donald Trump says Putin accepted Western troops in Ukraine — per four European officials, per The Wall Street Journal',
			status: 'contested',
			source: { publisher: 'The Wall Street Journal' }
		});
	});

	it('eventView() gives evidence with the source in words', () => {
		expect(view('envoy-meets-putin').evidence[0]).toEqual({
			quote: 'The talks in the Kremlin lasted about three hours.',
			source: {
				id: 'wire',
				publisher: 'TASS',
				title: 'Kremlin on the meeting',
				published: 'Wed 6 Aug 2025',
				note: 'No public address is kept for this fixture source.'
			}
		});
	});

	it('eventView() lists related events both ways and codes only when present', () => {
		const v = view('anchorage-summit');
		expect(v.related.map((r) => `${r.label} ${r.id}`)).toEqual([
			'Follows summit-announced',
			'Followed by call-with-europeans'
		]);
		expect(v.codes?.cameo).toEqual(['040', '043']);
		expect(view('envoy-meets-putin').codes).toBeUndefined();
	});
});

describe('eventView() in other languages', () => {
	afterEach(() => useLanguage('en'));
	// a copy of the timeline: source views are kept per timeline, and a timeline has one language
	const fresh = () => {
		const t = structuredClone(timeline) as Timeline;
		const event = t.events.find((e) => e.id === 'call-with-europeans')!;
		return { t, event: { ...event, evidence: [{ source: 'nowhere' }] } };
	};
	const cases: { lang: string; missing: string; sentence: RegExp }[] = [
		{
			lang: 'fr',
			missing: '(source absente de la chronologie)',
			sentence: /^Donald Trump affirme\u00a0: .+ — selon four European officials/
		},
		{
			lang: 'uk',
			missing: '(джерела немає в хронології)',
			sentence: /^Donald Trump стверджує: .+ — за даними: four European officials/
		}
	];
	for (const c of cases)
		it(`eventView() words claims and missing sources (${c.lang})`, () => {
			useLanguage(c.lang);
			const { t, event } = fresh();
			const v = eventView(t, event);
			expect(v.evidence[0]?.source.title).toBe(c.missing);
			expect(v.claims[0]?.sentence).toMatch(c.sentence);
			expect(v.statusId).toBe(event.status);
		});
});
