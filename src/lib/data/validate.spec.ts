import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem, validateTimelineText, type Problem } from './validate';

/** A small valid timeline; every bad input below is one edit of it. */
const FIXTURE = readFileSync(new URL('./fixtures/valid-timeline.json', import.meta.url), 'utf8');
const FILE = 'fixtures/valid-timeline.json';
/** Written into an edit where the problem must be reported; removed before validating. */
const MARK = '⟨';

/** Applies text edits (each `from` must occur once) and finds the line and column of the mark. */
function edit(edits: [from: string, to: string][], base = FIXTURE) {
	let text = base;
	for (const [from, to] of edits) {
		const count = text.split(from).length - 1;
		if (count !== 1) throw new Error(`${JSON.stringify(from)} occurs ${count} times`);
		text = text.replace(from, () => to);
	}
	const at = text.indexOf(MARK);
	if (at < 0 || text.indexOf(MARK, at + 1) >= 0) throw new Error('put exactly one mark');
	const before = text.slice(0, at);
	return {
		text: text.replace(MARK, ''),
		line: before.split('\n').length,
		column: at - before.lastIndexOf('\n')
	};
}

const validate = (text: string) =>
	validateTimelineText(text, FILE, { expectedId: 'valid-timeline' });

interface Case {
	rule: string;
	/** edits of the fixture, one `to` holding the mark */
	edits?: [string, string][];
	/** or the whole text, holding the mark */
	text?: string;
	where: string;
	field: string;
	message: string;
	/** problems expected in all (default 1): some mistakes break two rules */
	count?: number;
}

const cases: Case[] = [
	// ---- JSON syntax
	{
		rule: 'a missing comma stops the parse where the next member starts',
		edits: [
			['"language": "en",', '"language": "en"'],
			['"asOf": "2025-08-20"', `${MARK}"asOf": "2025-08-20"`]
		],
		where: '$',
		field: '(json)',
		message: `unexpected '"' after the value of "language"; expected , or } (is a comma missing?)`
	},
	{
		rule: 'a trailing comma in an object',
		edits: [['"author": "editors" }', `"author": "editors"${MARK}, }`]],
		where: '$',
		field: 'notes[0]',
		message: 'trailing comma; expected no comma after the last member'
	},
	{
		rule: 'a trailing comma in a list',
		edits: [
			[
				'[{ "actor": "trump", "role": "caller" }]',
				`[{ "actor": "trump", "role": "caller" }${MARK},]`
			]
		],
		where: 'call',
		field: 'participants',
		message: 'trailing comma; expected no comma after the last item'
	},
	{
		rule: 'a line comment',
		edits: [['"language": "en",', `"language": "en", ${MARK}// English`]],
		where: '$',
		field: '(json)',
		message: 'comments are not allowed in JSON'
	},
	{
		rule: 'a block comment inside an event',
		edits: [['"kind": "proposal",', `"kind": "proposal", ${MARK}/* floated */`]],
		where: 'next-meeting',
		field: '(json)',
		message: 'comments are not allowed in JSON'
	},
	{
		rule: 'a duplicate key in one object',
		edits: [
			['"title": "Leaders meet",', `"title": "Leaders meet",\n\t\t\t${MARK}"title": "Again",`]
		],
		where: 'summit',
		field: 'title',
		message: 'duplicate key "title"; expected each key once per object (first at line 61, column 4)'
	},
	{
		rule: 'a single-quoted string',
		edits: [['"language": "en"', `"language": ${MARK}'en'`]],
		where: '$',
		field: 'language',
		message: 'strings need double quotes'
	},
	{
		rule: 'a string not closed on its line',
		edits: [
			[`"A small valid timeline for the validator's tests",`, `${MARK}"A small valid timeline`]
		],
		where: '$',
		field: 'title',
		message: 'string is not closed before the end of the line'
	},
	{
		rule: 'a number with a leading zero',
		edits: [['"lat": 61.25,', `"lat": ${MARK}061.25,`]],
		where: '$.places[0]',
		field: 'lat',
		message: '"061.25" is not a JSON number'
	},
	{
		rule: 'NaN',
		edits: [['"lon": -149.81,', `"lon": ${MARK}NaN,`]],
		where: '$.places[0]',
		field: 'lon',
		message: 'NaN is not allowed in JSON; expected a number or null'
	},
	{
		rule: 'an empty file',
		text: MARK,
		where: '$',
		field: '(json)',
		message: 'the file is empty; expected a JSON object'
	},
	{
		rule: 'text after the end of the value',
		text: `${FIXTURE}${MARK}]`,
		where: '$',
		field: '(json)',
		message: "unexpected ']' after the end of the JSON value"
	},
	{
		rule: 'a raw tab inside a string',
		edits: [['"expression": "Friday"', `"expression": "Fri${MARK}\tday"`]],
		where: 'summit',
		field: 'date.expression',
		message: 'unescaped tab in a string; expected \\t'
	},
	{
		rule: 'an unknown escape',
		edits: [[`"the agency's report"`, `"the agency${MARK}\\q report"`]],
		where: 'follow-up-call',
		field: 'date.basis',
		message: 'unknown escape \\q'
	},

	// ---- the schema
	{
		rule: 'the root is not an object',
		text: `${MARK}[]`,
		where: '$',
		field: '(value)',
		message: 'is a list; expected an object'
	},
	{
		rule: 'a missing top-level field, at the object that lacks it',
		edits: [
			['\t"language": "en",\n', ''],
			['{\n\t"$schema"', `${MARK}{\n\t"$schema"`]
		],
		where: '$',
		field: 'language',
		message: 'is missing; expected a string'
	},
	{
		rule: 'a missing event field, at the event',
		edits: [
			['\t\t\t"summary": "A further meeting is floated for the week after next.",\n', ''],
			['{\n\t\t\t"id": "next-meeting",', `${MARK}{\n\t\t\t"id": "next-meeting",`]
		],
		where: 'next-meeting',
		field: 'summary',
		message: 'is missing; expected a string'
	},
	{
		rule: 'a missing date zone, at the date',
		edits: [
			['\t\t\t\t"zone": "Europe/Moscow",\n', ''],
			[
				'"date": {\n\t\t\t\t"start": { "value": "2025-08-17"',
				`"date": ${MARK}{\n\t\t\t\t"start": { "value": "2025-08-17"`
			]
		],
		where: 'follow-up-call',
		field: 'date.zone',
		message: 'is missing; expected a string (IANA zone where the event happened'
	},
	{
		rule: 'a number where text belongs',
		edits: [['"title": "Leaders meet",', `"title": ${MARK}42,`]],
		where: 'summit',
		field: 'title',
		message: 'is the number 42; expected a string'
	},
	{
		rule: 'text where a boolean belongs',
		edits: [
			[
				'"follows", "target": "summit" }],\n\t\t\t"inSource": true',
				`"follows", "target": "summit" }],\n\t\t\t"inSource": ${MARK}"yes"`
			]
		],
		where: 'call',
		field: 'inSource',
		message: 'is the text "yes"; expected true or false'
	},
	{
		rule: 'a list item of the wrong type',
		edits: [['"cameo": ["043"]', `"cameo": [${MARK}43]`]],
		where: 'summit',
		field: 'codes.cameo[0]',
		message: 'is the number 43; expected a string'
	},
	{
		rule: 'an unknown key in an event, at the key',
		edits: [
			[
				'"kind": "call",\n\t\t\t"summary": "On the flight',
				`"kind": "call",\n\t\t\t${MARK}"colour": "red",\n\t\t\t"summary": "On the flight`
			]
		],
		where: 'call',
		field: 'colour',
		message: 'is not a known key; expected one of id, title, kind, summary, status, date'
	},
	{
		rule: 'a misspelt key in a date point suggests the right one',
		edits: [
			[
				'{ "value": "2025-08-17", "precision": "day" }',
				`{ "value": "2025-08-17", ${MARK}"precison": "day" }`
			]
		],
		where: 'follow-up-call',
		field: 'date.start.precison',
		message: '(did you mean "precision"?)',
		count: 2 // and precision is missing
	},
	{
		rule: 'a status outside the list',
		edits: [['"status": "proposed",', `"status": ${MARK}"propsed",`]],
		where: 'next-meeting',
		field: 'status',
		message:
			'"propsed" is not allowed; expected one of occurred, reported, claimed, scheduled, proposed, did-not-happen, cancelled, contested (did you mean "proposed"?)'
	},
	{
		rule: 'a participant role outside the list',
		edits: [['"role": "visitor"', `"role": ${MARK}"guest"`]],
		where: 'summit',
		field: 'participants[1].role',
		message: '"guest" is not allowed; expected one of host, visitor'
	},
	{
		rule: 'a precision outside the list',
		edits: [['"precision": "hour"', `"precision": ${MARK}"hours"`]],
		where: 'summit',
		field: 'date.end.precision',
		message: '(did you mean "hour"?)'
	},
	{
		rule: 'an id that is not a slug',
		edits: [['"id": "next-meeting",', `"id": ${MARK}"Next-Meeting",`]],
		where: 'Next-Meeting',
		field: 'id',
		message: '"Next-Meeting" is not a slug; expected lower-case letters and digits'
	},
	{
		rule: 'a javascript: URL',
		edits: [['"url": "https://example.org/news/call",', `"url": ${MARK}"javascript:alert(1)",`]],
		where: '$.sources[1]',
		field: 'url',
		message: '"javascript:alert(1)" is not an http(s) URL'
	},
	{
		rule: 'a URL that only looks like one',
		edits: [['"url": "https://example.com/2025/08/16/summit",', `"url": ${MARK}"http://[::1",`]],
		where: '$.sources[0]',
		field: 'url',
		message: '"http://[::1" is not a well-formed URL'
	},
	{
		rule: 'an empty quote',
		edits: [['"quote": "He called from the plane."', `"quote": ${MARK}""`]],
		where: 'call',
		field: 'evidence[0].quote',
		message: 'is empty; expected some text'
	},
	{
		rule: 'a quote of only spaces',
		edits: [['"quote": "Another meeting may follow."', `"quote": ${MARK}"   "`]],
		where: 'next-meeting',
		field: 'evidence[0].quote',
		message: 'is only spaces; expected some text'
	},
	{
		rule: 'an empty participants list',
		edits: [
			['"participants": [{ "actor": "trump", "role": "author" }],', `"participants": ${MARK}[],`]
		],
		where: 'next-meeting',
		field: 'participants',
		message: 'is an empty list; expected at least 1 entry'
	},
	{
		rule: 'a latitude out of range',
		edits: [['"lat": 61.25,', `"lat": ${MARK}95,`]],
		where: '$.places[0]',
		field: 'lat',
		message: 'is 95; expected 90 or less'
	},
	{
		rule: 'a malformed Wikidata id',
		edits: [['"wikidata": "Q22686"', `"wikidata": ${MARK}"22686"`]],
		where: '$.actors[0]',
		field: 'wikidata',
		message: '"22686" is not a Wikidata id'
	},
	{
		rule: 'a language that is not a BCP 47 tag',
		edits: [['"language": "en"', `"language": ${MARK}"English"`]],
		where: '$',
		field: 'language',
		message: '"English" is not a BCP 47 language tag'
	},

	// ---- dates
	{
		rule: 'a date value that is no date form at all',
		edits: [['"2025-W36"', `${MARK}"36/2025"`]],
		where: 'next-meeting',
		field: 'date.start.value',
		message: '"36/2025" is not a date value; expected YYYY, YYYY-MM, YYYY-Www'
	},
	{
		rule: 'a value that does not fit its precision',
		edits: [['{ "value": "2025-08-15T11:26",', `{ "value": ${MARK}"2025-08-15",`]],
		where: 'summit',
		field: 'date.start.value',
		message: '"2025-08-15" does not fit precision minute; expected YYYY-MM-DDTHH:mm'
	},
	{
		rule: 'a day that does not exist',
		edits: [['{ "value": "2025-08-17",', `{ "value": ${MARK}"2025-02-30",`]],
		where: 'follow-up-call',
		field: 'date.start.value',
		message: '"2025-02-30" is not a real date (day 30 does not exist in 02/2025)'
	},
	{
		rule: 'a week that does not exist',
		edits: [['"2025-W36"', `${MARK}"2025-W54"`]],
		where: 'next-meeting',
		field: 'date.start.value',
		message: 'week 54 does not exist in 2025'
	},
	{
		rule: 'part-of-day precision without partOfDay, at the point',
		edits: [
			[
				'{ "value": "2025-08-16", "precision": "part-of-day", "partOfDay": "night" }',
				`${MARK}{ "value": "2025-08-16", "precision": "part-of-day" }`
			]
		],
		where: 'call',
		field: 'date.start.partOfDay',
		message: 'is missing; expected night, morning, afternoon or evening'
	},
	{
		rule: 'partOfDay with another precision',
		edits: [
			[
				'{ "value": "2025-08-18", "precision": "day" }',
				`{ "value": "2025-08-18", "precision": "day", "partOfDay": ${MARK}"evening" }`
			]
		],
		where: 'follow-up-call',
		field: 'date.end.partOfDay',
		message: 'is not allowed with precision day'
	},
	{
		rule: 'an end before the start',
		edits: [['{ "value": "2025-08-15T14",', `{ "value": ${MARK}"2025-08-15T10",`]],
		where: 'summit',
		field: 'date.end.value',
		message: '"2025-08-15T10" comes before the start "2025-08-15T11:26"'
	},
	{
		rule: '"within" without an end',
		edits: [
			['\t\t\t\t"end": { "value": "2025-08-18", "precision": "day" },\n', ''],
			['"within": true', `"within": ${MARK}true`]
		],
		where: 'follow-up-call',
		field: 'date.within',
		message: 'is true but the date has no end'
	},
	{
		rule: 'an implausible year',
		edits: [['"2025-W36"', `${MARK}"1025-W36"`]],
		where: 'next-meeting',
		field: 'date.start.value',
		message: 'year 1025 is implausible; expected a year from 1800 to 2200'
	},
	{
		rule: 'an event absurdly far after asOf',
		edits: [['"2025-W36"', `${MARK}"2045-W36"`]],
		where: 'next-meeting',
		field: 'date.start.value',
		message: 'is more than 10 years after asOf 2025-08-20'
	},
	{
		rule: 'an asOf that is not a real date',
		edits: [['"asOf": "2025-08-20",', `"asOf": ${MARK}"2025-02-29",`]],
		where: '$',
		field: 'asOf',
		message: '"2025-02-29" is not a real date (day 29 does not exist in 02/2025)'
	},
	{
		rule: "a note's date that is not a real date",
		edits: [['"date": "2025-08-20"', `"date": ${MARK}"2025-13-01"`]],
		where: '$.notes[0]',
		field: 'date',
		message: 'month 13 does not exist'
	},
	{
		rule: 'a source published after asOf',
		edits: [['{ "value": "2025-08-18T09:30",', `{ "value": ${MARK}"2025-08-22T09:30",`]],
		where: '$.sources[1]',
		field: 'published.value',
		message: '"2025-08-22T09:30" is after asOf 2025-08-20'
	},

	// ---- time zones
	{
		rule: 'an event zone unknown to the IANA database',
		edits: [
			[
				'"zone": "America/Anchorage",\n\t\t\t\t"basis"',
				`"zone": ${MARK}"America/Anchorge",\n\t\t\t\t"basis"`
			]
		],
		where: 'summit',
		field: 'date.zone',
		message: '"America/Anchorge" is not a time zone in the IANA database'
	},
	{
		rule: 'a zone in the wrong case',
		edits: [['"zone": "Europe/Moscow",', `"zone": ${MARK}"europe/moscow",`]],
		where: 'follow-up-call',
		field: 'date.zone',
		message: '"europe/moscow" is written in the wrong case; expected "Europe/Moscow"'
	},
	{
		rule: "an actor's unknown zone",
		edits: [
			[
				'"zone": "America/New_York",\n\t\t\t"wikidata"',
				`"zone": ${MARK}"America/Washington",\n\t\t\t"wikidata"`
			]
		],
		where: '$.actors[0]',
		field: 'zone',
		message: 'is not a time zone in the IANA database'
	},
	{
		rule: "a source's unknown publication zone",
		edits: [['"zone": "America/New_York" }', `"zone": ${MARK}"Mars/Olympus_Mons" }`]],
		where: '$.sources[0]',
		field: 'published.zone',
		message: '"Mars/Olympus_Mons" is not a time zone'
	},
	{
		rule: "an event zone that differs from its venue's",
		edits: [
			[
				'"zone": "America/Anchorage",\n\t\t\t\t"basis"',
				`"zone": ${MARK}"America/Juneau",\n\t\t\t\t"basis"`
			]
		],
		where: 'summit',
		field: 'date.zone',
		message: '"America/Juneau" differs from the zone of place "jber" (America/Anchorage)'
	},

	// ---- status against date
	{
		rule: 'an occurred event that starts after asOf',
		edits: [
			[
				'"status": "occurred",\n\t\t\t"date": {\n\t\t\t\t"start": { "value": "2025-08-17"',
				`"status": ${MARK}"occurred",\n\t\t\t"date": {\n\t\t\t\t"start": { "value": "2025-08-27"`
			],
			[
				'{ "value": "2025-08-18", "precision": "day" }',
				'{ "value": "2025-08-28", "precision": "day" }'
			]
		],
		where: 'follow-up-call',
		field: 'status',
		message: '"occurred" contradicts a start after asOf 2025-08-20; expected scheduled or proposed'
	},
	{
		rule: 'a reported event that starts after asOf',
		edits: [
			['"status": "reported",', `"status": ${MARK}"reported",`],
			[
				'{ "value": "2025-08-16", "precision": "part-of-day"',
				'{ "value": "2025-08-22", "precision": "part-of-day"'
			]
		],
		where: 'call',
		field: 'status',
		message: '"reported" contradicts a start after asOf 2025-08-20'
	},
	{
		rule: 'a scheduled event whose date had passed by asOf',
		edits: [
			['"status": "proposed",', `"status": ${MARK}"scheduled",`],
			['"2025-W36"', '"2025-W30"']
		],
		where: 'next-meeting',
		field: 'status',
		message:
			'"scheduled" contradicts a date that had passed by asOf 2025-08-20; expected occurred, did-not-happen or cancelled'
	},

	// ---- unique ids and aliases
	{
		rule: 'two sources with one id',
		edits: [
			[
				'},\n\t\t{\n\t\t\t"id": "agency-2025-08-18",',
				`},\n\t\t{ "id": ${MARK}"wire-2025-08-16", "publisher": "X", "title": "Y", "published": { "value": "2025", "precision": "year" } },\n\t\t{\n\t\t\t"id": "agency-2025-08-18",`
			]
		],
		where: '$.sources[1]',
		field: 'id',
		message: '"wire-2025-08-16" is already the id of another source (line 11); expected a unique id'
	},
	{
		rule: 'two affiliations with one id',
		edits: [
			[
				'{ "id": "russia", "name": "Russia", "kind": "state" }',
				`{ "id": "russia", "name": "Russia", "kind": "state" },\n\t\t{ "id": ${MARK}"russia", "name": "Russian Federation", "kind": "state" }`
			]
		],
		where: '$.affiliations[2]',
		field: 'id',
		message: '"russia" is already the id of another affiliation'
	},
	{
		rule: 'two actors with one id',
		edits: [
			[
				'"zone": "Europe/Moscow"\n\t\t}\n\t],',
				`"zone": "Europe/Moscow"\n\t\t},\n\t\t{ "id": ${MARK}"putin", "name": "V. Putin", "kind": "person", "affiliation": "russia", "zone": "Europe/Moscow" }\n\t],`
			]
		],
		where: '$.actors[2]',
		field: 'id',
		message: '"putin" is already the id of another actor (line 40)'
	},
	{
		rule: 'two places with one id',
		edits: [
			[
				'"zone": "UTC" }',
				`"zone": "UTC" },\n\t\t{ "id": ${MARK}"jber", "name": "Base", "zone": "America/Anchorage" }`
			]
		],
		where: '$.places[2]',
		field: 'id',
		message: '"jber" is already the id of another place'
	},
	{
		rule: 'two events with one id',
		edits: [['"id": "next-meeting",', `"id": ${MARK}"follow-up-call",`]],
		where: 'follow-up-call',
		field: 'id',
		message: '"follow-up-call" is already the id of another event (line 116)'
	},
	{
		rule: 'two claims with one id, in different events',
		edits: [
			[
				'"links": [{ "type": "follows", "target": "summit" }],',
				`"claims": [{ "id": ${MARK}"talks-useful", "speaker": "trump", "proposition": "It went well.", "status": "asserted" }],\n\t\t\t"links": [{ "type": "follows", "target": "summit" }],`
			]
		],
		where: 'call',
		field: 'claims[0].id',
		message: '"talks-useful" is already the id of another claim'
	},
	{
		rule: "an alias that is another event's id",
		edits: [['"aliases": ["anchorage-summit"]', `"aliases": ["anchorage-summit", ${MARK}"call"]`]],
		where: 'summit',
		field: 'aliases[1]',
		message: '"call" is the id of another event'
	},
	{
		rule: "an alias that is the event's own id",
		edits: [['"aliases": ["anchorage-summit"]', `"aliases": [${MARK}"summit"]`]],
		where: 'summit',
		field: 'aliases[0]',
		message: `"summit" is this event's own id; expected only former ids`
	},
	{
		rule: 'an alias claimed by two events',
		edits: [
			[
				'"inSource": true\n\t\t}\n\t],',
				`"inSource": true,\n\t\t\t"aliases": [${MARK}"anchorage-summit"]\n\t\t}\n\t],`
			]
		],
		where: 'next-meeting',
		field: 'aliases[0]',
		message: '"anchorage-summit" is already an alias of event "summit"'
	},

	// ---- references
	{
		rule: 'a main source that is not a source',
		edits: [['"mainSource": "wire-2025-08-16",', `"mainSource": ${MARK}"wire",`]],
		where: '$',
		field: 'mainSource',
		message:
			'"wire" is not the id of any source; expected one of wire-2025-08-16, agency-2025-08-18'
	},
	{
		rule: 'an affiliation that is not an affiliation',
		edits: [['"affiliation": "russia",', `"affiliation": ${MARK}"kremlin",`]],
		where: '$.actors[1]',
		field: 'affiliation',
		message: '"kremlin" is not the id of any affiliation; expected one of united-states, russia'
	},
	{
		rule: 'a participant who is not an actor',
		edits: [
			['{ "actor": "trump", "role": "author" }', `{ "actor": ${MARK}"trumpp", "role": "author" }`]
		],
		where: 'next-meeting',
		field: 'participants[0].actor',
		message:
			'"trumpp" is not the id of any actor; expected one of trump, putin (did you mean "trump"?)'
	},
	{
		rule: 'a place that is not a place',
		edits: [['"place": "air-force-one",', `"place": ${MARK}"af1",`]],
		where: 'call',
		field: 'place',
		message: '"af1" is not the id of any place'
	},
	{
		rule: 'evidence from a source that is not listed',
		edits: [['{ "source": "agency-2025-08-18", "quote"', `{ "source": ${MARK}"agency", "quote"`]],
		where: 'follow-up-call',
		field: 'evidence[0].source',
		message: '"agency" is not the id of any source',
		// the misspelt citation also leaves agency-2025-08-18 cited by nothing
		count: 2
	},
	{
		rule: 'an attribution hop naming an unknown actor',
		edits: [
			[
				'"attribution": [{ "source": "wire-2025-08-16", "relation": "reported" }],',
				`"attribution": [{ "actor": ${MARK}"lavrov", "relation": "said" }],`
			]
		],
		where: 'summit',
		field: 'attribution[0].actor',
		message: '"lavrov" is not the id of any actor'
	},
	{
		rule: 'an attribution hop naming an unknown source',
		edits: [
			[
				'"anonymous": true },\n\t\t\t\t{ "source": "wire-2025-08-16"',
				`"anonymous": true },\n\t\t\t\t{ "source": ${MARK}"wsj"`
			]
		],
		where: 'call',
		field: 'attribution[1].source',
		message: '"wsj" is not the id of any source'
	},
	{
		rule: 'a claim by an unknown speaker',
		edits: [['"speaker": "putin",', `"speaker": ${MARK}"kremlin",`]],
		where: 'summit',
		field: 'claims[0].speaker',
		message: '"kremlin" is not the id of any actor'
	},
	{
		rule: 'a claim quoting an unknown source',
		edits: [
			[
				'"quote": "very useful",\n\t\t\t\t\t"source": "wire-2025-08-16",',
				`"quote": "very useful",\n\t\t\t\t\t"source": ${MARK}"tass",`
			]
		],
		where: 'summit',
		field: 'claims[0].source',
		message: '"tass" is not the id of any source'
	},
	{
		rule: "a claim's attribution hop naming an unknown actor",
		edits: [
			[
				'{ "actor": "putin", "relation": "said" }',
				`{ "actor": ${MARK}"ushakov", "relation": "said" }`
			]
		],
		where: 'summit',
		field: 'claims[0].attribution[0].actor',
		message: '"ushakov" is not the id of any actor'
	},
	{
		rule: 'a link to an event that does not exist',
		edits: [
			[
				'{ "type": "follows", "target": "call" }',
				`{ "type": "follows", "target": ${MARK}"phone-call" }`
			]
		],
		where: 'follow-up-call',
		field: 'links[0].target',
		message: '"phone-call" is not the id of any event'
	},
	{
		rule: "a link to an event's former id",
		edits: [
			[
				'{ "type": "proposedDuring", "target": "summit" }',
				`{ "type": "proposedDuring", "target": ${MARK}"anchorage-summit" }`
			]
		],
		where: 'next-meeting',
		field: 'links[0].target',
		message: '"anchorage-summit" is a former id of event "summit"; expected its current id "summit"'
	},

	// ---- other editorial rules
	{
		rule: 'an attribution hop that names nobody',
		edits: [
			[
				'{ "label": "two officials", "relation": "told", "anonymous": true }',
				`${MARK}{ "relation": "told", "anonymous": true }`
			]
		],
		where: 'call',
		field: 'attribution[0]',
		message: 'names nobody; expected an actor, a source or a label'
	},
	{
		rule: 'a link from an event to itself',
		edits: [
			[
				'{ "type": "follows", "target": "call" }',
				`{ "type": "follows", "target": ${MARK}"follow-up-call" }`
			]
		],
		where: 'follow-up-call',
		field: 'links[0].target',
		message: `"follow-up-call" is this event; expected another event's id`
	},
	{
		rule: 'the same link twice',
		edits: [
			[
				'[{ "type": "proposedDuring", "target": "summit" }]',
				`[\n\t\t\t\t{ "type": "proposedDuring", "target": "summit" },\n\t\t\t\t{ "type": "proposedDuring", "target": ${MARK}"summit" }\n\t\t\t]`
			]
		],
		where: 'next-meeting',
		field: 'links[1].target',
		message: 'repeats an earlier proposedDuring link to "summit"'
	},
	{
		rule: 'the same actor twice in one role',
		edits: [
			['{ "actor": "putin", "role": "recipient" }', `{ "actor": ${MARK}"trump", "role": "caller" }`]
		],
		where: 'follow-up-call',
		field: 'participants[1].actor',
		message: '"trump" is already listed as caller; expected each actor once per role'
	},
	{
		rule: 'inSource true without evidence from the main source',
		edits: [
			[
				'{ "source": "wire-2025-08-16", "quote": "He called from the plane." }',
				'{ "source": "agency-2025-08-18", "quote": "He called from the plane." }'
			],
			[
				'"follows", "target": "summit" }],\n\t\t\t"inSource": true',
				`"follows", "target": "summit" }],\n\t\t\t"inSource": ${MARK}true`
			]
		],
		where: 'call',
		field: 'inSource',
		message: 'is true but no evidence cites the main source "wire-2025-08-16"'
	},
	{
		rule: 'inSource true in a timeline without a mainSource',
		edits: [
			['"mainSource": "wire-2025-08-16",\n', ''],
			[
				'"follows", "target": "summit" }],\n\t\t\t"inSource": true',
				`"follows", "target": "summit" }],\n\t\t\t"inSource": ${MARK}true`
			]
		],
		where: 'call',
		field: 'inSource',
		message: 'is true but the timeline has no mainSource',
		// summit and next-meeting say inSource true as well
		count: 3
	},
	{
		rule: 'an event without evidence',
		edits: [
			[
				'"evidence": [{ "source": "wire-2025-08-16", "quote": "He called from the plane." }],',
				`"evidence": ${MARK}[],`
			]
		],
		where: 'call',
		field: 'evidence',
		message: 'is an empty list; expected at least 1 entry'
	},
	{
		rule: 'a citation with an empty locator',
		edits: [
			[
				'{ "source": "wire-2025-08-16", "quote": "He called from the plane." }',
				`{ "source": "wire-2025-08-16", "locator": ${MARK}"" }`
			]
		],
		where: 'call',
		field: 'evidence[0].locator',
		message: 'is empty; expected some text'
	},
	{
		rule: 'a misspelt key in a citation',
		edits: [
			[
				'{ "source": "wire-2025-08-16", "quote": "He called from the plane." }',
				`{ "source": "wire-2025-08-16", ${MARK}"page": "4" }`
			]
		],
		where: 'call',
		field: 'evidence[0].page',
		message: 'is not a known key; expected one of source, quote, locator, note'
	},
	{
		rule: 'an import date that is not on the calendar',
		edits: [
			[
				'"asOf": "2025-08-20",',
				`"asOf": "2025-08-20",\n\t"imported": { "from": "TimelineJS", "file": "t.csv", "date": ${MARK}"2025-02-30" },`
			]
		],
		where: '$',
		field: 'imported.date',
		message: '"2025-02-30" is not a real date'
	},
	{
		rule: 'inSource false with evidence only from the main source',
		edits: [
			[
				'{ "source": "agency-2025-08-18", "quote": "The presidents spoke again." }',
				'{ "source": "wire-2025-08-16", "quote": "The presidents spoke again." }'
			],
			['"inSource": false', `"inSource": ${MARK}false`]
		],
		where: 'follow-up-call',
		field: 'inSource',
		message: 'is false but all evidence comes from the main source',
		// and agency-2025-08-18, no longer quoted, is cited by nothing
		count: 2
	},
	{
		rule: 'a claim with a quote but no source, at the claim',
		edits: [
			[
				'"quote": "very useful",\n\t\t\t\t\t"source": "wire-2025-08-16",',
				'"quote": "very useful",'
			],
			['{\n\t\t\t\t\t"id": "talks-useful"', `${MARK}{\n\t\t\t\t\t"id": "talks-useful"`]
		],
		where: 'summit',
		field: 'claims[0].source',
		message: 'is missing while the claim has a quote'
	},
	{
		rule: 'a latitude without a longitude, at the place',
		edits: [
			['\n\t\t\t"lon": -149.81,', ''],
			['{\n\t\t\t"id": "jber",', `${MARK}{\n\t\t\t"id": "jber",`]
		],
		where: '$.places[0]',
		field: 'lon',
		message: 'is missing while lat is given; expected both, or neither'
	},
	{
		rule: 'a source listed but never cited',
		edits: [
			[
				'"published": { "value": "2025-08-18T09:30", "precision": "minute" }\n\t\t}',
				'"published": { "value": "2025-08-18T09:30", "precision": "minute" }\n\t\t},\n' +
					`\t\t{\n\t\t\t"id": ${MARK}"unused-2025-08-19",\n\t\t\t"publisher": "Example Post",\n` +
					'\t\t\t"title": "Nobody quotes this",\n' +
					'\t\t\t"published": { "value": "2025-08-19", "precision": "day" }\n\t\t}'
			]
		],
		where: '$.sources[2]',
		field: 'id',
		message:
			'"unused-2025-08-19" is listed but nothing cites it; expected evidence, a claim or an attribution that cites it, or no entry'
	},
	{
		rule: 'a URL with a space in it',
		edits: [
			[
				'"url": "https://example.org/news/call",',
				`"url": ${MARK}"https://example.org/news/the call",`
			]
		],
		where: '$.sources[1]',
		field: 'url',
		message:
			'"https://example.org/news/the call" contains a space at character 29; expected an address without spaces (a space is written %20), as a browser\'s address bar copies it'
	},
	{
		rule: 'a URL cut short with an ellipsis character',
		edits: [
			['"url": "https://example.org/news/call",', `"url": ${MARK}"https://example.org/news/…",`]
		],
		where: '$.sources[1]',
		field: 'url',
		message:
			'"https://example.org/news/…" contains an ellipsis ("…"), so it is an address cut short; expected the full address'
	},
	{
		rule: 'a URL cut short with three dots',
		edits: [
			[
				'"url": "https://example.com/2025/08/16/summit",',
				`"url": ${MARK}"https://example.com/2025/08/.../summit",`
			]
		],
		where: '$.sources[0]',
		field: 'url',
		message:
			'contains an ellipsis ("..."), so it is an address cut short; expected the full address'
	},
	{
		rule: 'a quote shortened with an ellipsis that its note does not declare',
		edits: [
			['"quote": "He called from the plane."', `"quote": ${MARK}"He called … from the plane."`]
		],
		where: 'call',
		field: 'evidence[0].quote',
		message:
			'contains an ellipsis ("…") but no note says the quote is shortened; expected the words in full, or a note that says "shortened" (and what was left out), or "ellipsis in the original"'
	},
	{
		rule: 'a claim quote shortened with three dots',
		edits: [['"quote": "very useful",', `"quote": ${MARK}"very... useful",`]],
		where: 'summit',
		field: 'claims[0].quote',
		message: 'contains an ellipsis ("...") but no note says the quote is shortened'
	},
	{
		rule: 'a timeline id that differs from the file name',
		edits: [['"id": "valid-timeline",', `"id": ${MARK}"other-timeline",`]],
		where: '$',
		field: 'id',
		message: '"other-timeline" differs from the file name; expected "valid-timeline"'
	}
];

describe('validateTimelineText()', () => {
	it('accepts the fixture', () => {
		const result = validate(FIXTURE);
		expect(result.problems).toEqual([]);
		expect(result.timeline?.events.map((e) => e.id)).toEqual([
			'summit',
			'call',
			'follow-up-call',
			'next-meeting'
		]);
	});

	it('has a case for each of at least 40 rules', () => {
		expect(cases.length).toBeGreaterThanOrEqual(40);
		expect(new Set(cases.map((c) => c.rule)).size).toBe(cases.length);
	});

	it.each(cases)('reports $rule', (c) => {
		const { text, line, column } = c.text ? edit([], c.text) : edit(c.edits ?? []);
		const { timeline, problems } = validate(text);
		expect(timeline).toBeUndefined();
		expect(problems, problems.map(formatProblem).join('\n')).toHaveLength(c.count ?? 1);
		const problem = problems.find((p) => p.field === c.field && p.where === c.where);
		expect(problem, problems.map(formatProblem).join('\n')).toBeDefined();
		expect(problem).toMatchObject({ file: FILE, line, column, where: c.where, field: c.field });
		expect(problem?.message).toContain(c.message);
	});

	const EXTRA_SOURCE: [string, string] = [
		'"published": { "value": "2025-08-18T09:30", "precision": "minute" }\n\t\t}',
		'"published": { "value": "2025-08-18T09:30", "precision": "minute" }\n\t\t},\n' +
			'\t\t{ "id": "extra", "publisher": "P", "title": "T", "published": { "value": "2025", "precision": "year" } }'
	];
	it.each([
		{
			by: 'an attribution hop',
			edit: [
				'\t\t\t\t{ "source": "wire-2025-08-16", "relation": "reported" }\n\t\t\t],',
				'\t\t\t\t{ "source": "extra", "relation": "reported" }\n\t\t\t],'
			]
		},
		{
			by: 'a claim',
			edit: [
				'"quote": "very useful",\n\t\t\t\t\t"source": "wire-2025-08-16",',
				'"quote": "very useful",\n\t\t\t\t\t"source": "extra",'
			]
		},
		{ by: 'the main source', edit: ['"mainSource": "wire-2025-08-16",', '"mainSource": "extra",'] }
	] as { by: string; edit: [string, string] }[])(
		'counts a source cited only by $by as cited',
		({ edit: e }) => {
			const { problems } = validate(edit([EXTRA_SOURCE, e], FIXTURE + MARK).text);
			expect(problems.filter((p) => p.message.includes('nothing cites it'))).toEqual([]);
			expect(problems.filter((p) => p.where === '$.sources[1]')).toEqual([]);
		}
	);

	it("accepts a quote whose note says it was shortened, or that the ellipsis is the source's", () => {
		for (const note of ['Shortened: the place is left out.', 'The ellipsis in the original.']) {
			const { text } = edit(
				[
					[
						'{ "source": "wire-2025-08-16", "quote": "He called from the plane." }',
						`{ "source": "wire-2025-08-16", "quote": "He called … from the plane.", "note": "${note}" }`
					]
				],
				FIXTURE + MARK
			);
			expect(validate(text).problems.map(formatProblem)).toEqual([]);
		}
	});

	it('reports every problem at once, in the order of the file', () => {
		const { text } = edit([
			['"title": "Leaders meet",', '"title": 1,'],
			['"role": "visitor"', '"role": "guest"'],
			['"zone": "Europe/Moscow",', '"zone": "Europe/Moskva",'],
			['"quote": "Another meeting may follow."', '"quote": ""'],
			['"author": "editors" }', `"author": "editors"${MARK}, }`]
		]);
		const { problems } = validate(text);
		expect(problems.map((p) => `${p.where} ${p.field}`)).toEqual([
			'summit title',
			'summit participants[1].role',
			'follow-up-call date.zone',
			'next-meeting evidence[0].quote',
			'$ notes[0]'
		]);
		const lines = problems.map((p) => p.line);
		expect(lines).toEqual([...lines].sort((a, b) => a - b));
	});

	it('stops at a fatal syntax error without schema noise', () => {
		const { problems } = validate('{ "id": "x", "title": }');
		expect(problems).toEqual<Problem[]>([
			{
				file: FILE,
				line: 1,
				column: 23,
				where: '$',
				field: 'title',
				message: "unexpected '}'; expected a value"
			}
		]);
	});

	it('compares dates with asOf on the local calendar, so the asOf day itself is fine', () => {
		const { text } = edit([
			[
				'{ "value": "2025-08-17", "precision": "day" }',
				'{ "value": "2025-08-20", "precision": "day" }'
			],
			[
				'{ "value": "2025-08-18", "precision": "day" }',
				`{ "value": ${MARK}"2025-08-20", "precision": "day" }`
			],
			['"status": "proposed",', '"status": "scheduled",'],
			['"2025-W36"', '"2025-W34"']
		]);
		expect(validate(text).problems.map(formatProblem)).toEqual([]);
	});

	it('accepts citations, no mainSource, unknown publication dates, cancellations and imports', () => {
		const text = FIXTURE.replace('"mainSource": "wire-2025-08-16",\n', '')
			.replaceAll('"inSource": true', '"inSource": false')
			.replace(',\n\t\t\t"inSource": false\n', '\n')
			.replace(
				'"url": "https://example.org/news/call",\n\t\t\t"published": { "value": "2025-08-18T09:30", "precision": "minute" }',
				'"url": "https://example.org/news/call"'
			)
			.replace(
				'{ "source": "wire-2025-08-16", "quote": "He called from the plane." }',
				'{ "source": "wire-2025-08-16", "locator": "paragraph 7", "note": "no words recorded" }'
			)
			.replace(
				'[{ "type": "follows", "target": "call" }]',
				'[{ "type": "cancels", "target": "call" }]'
			)
			.replace(
				'[{ "type": "proposedDuring", "target": "summit" }]',
				'[{ "type": "cancelledBy", "target": "follow-up-call" }]'
			)
			.replace(
				'"asOf": "2025-08-20",',
				'"asOf": "2025-08-20",\n\t"imported": { "from": "TimelineJS", "file": "t.csv", "date": "2025-08-20" },'
			);
		expect(text).not.toContain('mainSource');
		expect(text).not.toContain('09:30');
		expect(text).toContain('"locator": "paragraph 7"');
		expect(text).toContain('"cancels"');
		expect(text).toContain('"cancelledBy"');
		const { timeline, problems } = validate(text);
		expect(problems.map(formatProblem)).toEqual([]);
		expect(timeline?.mainSource).toBeUndefined();
		expect(timeline?.sources[1]?.published).toBeUndefined();
		expect(timeline?.events[1]?.evidence[0]).toEqual({
			source: 'wire-2025-08-16',
			locator: 'paragraph 7',
			note: 'no words recorded'
		});
		// an absent inSource reads as false
		expect(timeline?.events[2]?.inSource).toBe(false);
		expect(timeline?.imported).toEqual({ from: 'TimelineJS', file: 't.csv', date: '2025-08-20' });
	});

	it('works without an expected id', () => {
		const { text } = edit([['"id": "valid-timeline",', `"id": ${MARK}"any-name",`]]);
		expect(validateTimelineText(text, FILE).problems).toEqual([]);
	});
});

describe('formatProblem()', () => {
	it('formats FILE:LINE:COL  where  field: message', () => {
		const problem: Problem = {
			file: 'data/timelines/x.json',
			line: 12,
			column: 5,
			where: 'alaska-summit',
			field: 'date.zone',
			message: '"Mars/Base" is not a time zone in the IANA database'
		};
		expect(formatProblem(problem)).toBe(
			'data/timelines/x.json:12:5  alaska-summit  date.zone: "Mars/Base" is not a time zone in the IANA database'
		);
	});
});

describe('the example in data/README.md', () => {
	it('validates', () => {
		const readme = readFileSync('data/README.md', 'utf8');
		const example = readme.split('## Example')[1]?.match(/```json\n([\s\S]*?)```/)?.[1];
		expect(example).toBeDefined();
		const result = validateTimelineText(example ?? '', 'data/README.md', {
			expectedId: 'example-calls-2025-08-16'
		});
		expect(result.problems.map(formatProblem)).toEqual([]);
		expect(result.timeline?.events).toHaveLength(1);
	});
});
