/**
 * A TimelineJS timeline, as read by read.ts, into one of ours, with a report of every field.
 *
 * What it decides, and why:
 * - Provenance is never invented. The file itself becomes the timeline's main source, cited by
 *   every event (a citation, no quote: the file's words are not a source's words), with the slide
 *   as its locator. The file names no publisher and no publication date, and the source says so.
 *   Links in a slide's text and its media become sources the event cites too. The timeline records
 *   that it was imported (`imported`), and pages say it is not yet sourced event by event.
 * - Status `reported` (one chain of sources, undenied) for what the file says happened, or
 *   `scheduled` for a date after the import; kind `other`: TimelineJS says neither.
 * - Each group becomes a side (an affiliation with one actor of kind `group`, the event's
 *   subject) and so its own lane; events without a group share one side, "Ungrouped".
 * - Text is HTML: only its words and http(s) links are kept. Code in it (a script, an event
 *   handler, a `javascript:` link) stops the import unless `dropScripts` is set.
 */
import type { DatePoint } from '../data/schema';
import type { Problem } from '../data/validate';
import { zoneProblem } from '../data/rules';
import { wallSpan } from '$lib/time/dates';
import { readDate, type DateRead } from './dates';
import { htmlToText, isWebUrl, type HtmlLink, type HtmlText } from './html';
import type { Field, FileIn, SlideIn } from './read';
import { ImportReport } from './report';

export interface ImportOptions {
	/** the input file as messages name it */
	file: string;
	/** its name alone, as the timeline records it */
	fileName: string;
	/** the new timeline's id */
	id: string;
	/** the IANA zone every date is read in (TimelineJS has none) */
	zone: string;
	language: string;
	/** the day of the import, YYYY-MM-DD: the timeline's asOf and its `imported.date` */
	today: string;
	/** where the TimelineJS timeline is published, when known */
	sourceUrl?: string;
	/** leave code found in the text out instead of refusing the file */
	dropScripts?: boolean;
	/** the `$schema` pointer to write, relative to where the file goes */
	schema?: string;
}

/** A timeline as plain data, before the validator has seen it. */
export type RawTimeline = Record<string, unknown> & { events: RawEvent[] };
type RawEvent = Record<string, unknown> & { id: string };

export interface ConvertResult {
	timeline?: RawTimeline;
	problems: Problem[];
	report: ImportReport;
	/** where each event came from, by its new id, to point the validator's findings at the file */
	origins: Map<string, SlideIn>;
}

export const FILE_SOURCE_ID = 'timelinejs-file';
export const UNGROUPED = { id: 'ungrouped', name: 'Ungrouped' } as const;

/** Lower-case words joined by hyphens, at most `max` characters: a safe id, or ''. */
export function slugify(text: string, max = 80): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, max)
		.replace(/-+$/, '');
}

/** `base`, or `base-2`, `base-3`… the first not in `taken`, which it joins. */
export function uniqueId(base: string, taken: Set<string>): string {
	let id = base;
	for (let n = 2; taken.has(id); n++) {
		const suffix = `-${n}`;
		id = `${base.slice(0, 80 - suffix.length).replace(/-+$/, '')}${suffix}`;
	}
	taken.add(id);
	return id;
}

const FORMAT_WORDS = {
	json: { from: 'TimelineJS', noun: 'TimelineJS JSON file' },
	csv: { from: 'TimelineJS', noun: 'CSV of a TimelineJS spreadsheet' }
} as const;

const one = (s: string) => s.replace(/\s*\n\s*/g, ' ');

export function convertTimeline(input: FileIn, options: ImportOptions): ConvertResult {
	const report = new ImportReport();
	const problems: Problem[] = [];
	const origins = new Map<string, SlideIn>();
	const words = FORMAT_WORDS[input.format];
	const fail = (
		slide: { where: string },
		at: { line: number; column: number },
		field: string,
		message: string
	) =>
		problems.push({
			file: options.file,
			line: at.line,
			column: at.column,
			where: slide.where,
			field,
			message
		});

	const zoneIssue = zoneProblem(options.zone);
	if (zoneIssue) {
		fail({ where: '--zone' }, { line: 1, column: 1 }, '(option)', zoneIssue);
		return { problems, report, origins };
	}

	/** Plain text of an HTML field; code in it is a problem unless dropScripts. */
	function plain(slide: SlideIn, field: Field | undefined, autolink = true): HtmlText | undefined {
		if (!field) return undefined;
		const html = htmlToText(field.value, { autolink });
		for (const removal of html.removed) {
			if (removal.script && !options.dropScripts) {
				fail(
					slide,
					field,
					field.field,
					`contains ${removal.what}; the importer carries no code from a file. Remove it, or import with --drop-scripts to leave it out`
				);
			} else {
				report.leftOut(
					`${field.field} markup`,
					`${removal.what} removed: ${removal.script ? 'code never reaches a page' : 'only http(s) links are kept'}`,
					slide.where
				);
			}
		}
		return html;
	}

	// ---- sources: the file, then each linked address once

	const fileSource: Record<string, unknown> = {
		id: FILE_SOURCE_ID,
		publisher: 'Not stated in the file',
		title: `${options.fileName} (${words.noun})`,
		...(options.sourceUrl ? { url: options.sourceUrl } : {}),
		note: `The ${words.noun} this timeline was imported from on ${options.today}. It names no publisher and no publication date${
			options.sourceUrl
				? ''
				: ', and no public address of it is known (the importer takes one with --source-url)'
		}; its events are not yet sourced one by one.`
	};
	const sources: Record<string, unknown>[] = [fileSource];
	const sourceByUrl = new Map<string, string>();
	function linkSource(url: string, make: (id: string) => Record<string, unknown>): string {
		const known = sourceByUrl.get(url);
		if (known) return known;
		const id = `link-${sourceByUrl.size + 1}`;
		sourceByUrl.set(url, id);
		sources.push(make(id));
		return id;
	}
	const host = (url: string) => new URL(url).hostname.replace(/^www\./, '');

	// ---- the title slide

	let title = options.fileName.replace(/\.[^.]+$/, '');
	let summary = `Imported from ${options.fileName}, a ${words.noun}.`;
	const titleSlide = input.title;
	if (titleSlide) {
		const headline = plain(titleSlide, titleSlide.headline);
		const text = plain(titleSlide, titleSlide.text, titleSlide.autolink);
		if (headline?.text) {
			title = one(headline.text);
			report.mapped(
				titleSlide.headline?.field ?? 'headline',
				"the timeline's title",
				titleSlide.where
			);
		} else report.note(`the title slide has no headline: the title is the file's name, "${title}"`);
		if (text?.text) {
			summary = text.text;
			report.mapped(
				titleSlide.text?.field ?? 'text',
				"the timeline's summary (plain text)",
				titleSlide.where
			);
		} else
			report.note(`the title slide has no text: the summary says where the timeline came from`);
		for (const link of [...(headline?.links ?? []), ...(text?.links ?? [])]) {
			report.leftOut(
				'title slide link',
				`${link.url}: a timeline's summary cites no source; its events do`,
				titleSlide.where
			);
		}
		leaveOut(titleSlide, 'the title slide', report);
	} else {
		report.note(
			`no title slide: the title is the file's name, "${title}", and the summary says where it came from`
		);
	}

	// ---- eras, and the file's other top-level fields

	for (const era of input.eras) {
		const name = plain(era, era.headline)?.text || '(no headline)';
		report.leftOut(
			'era',
			`"${one(name)}": this project has no eras; add a note or events for it by hand`,
			era.where
		);
	}
	for (const field of input.other) {
		if (field.field === 'scale') {
			const scale = JSON.parse(field.value) as unknown;
			if (scale === 'cosmological') {
				fail(
					{ where: '$' },
					field,
					'scale',
					`is "cosmological"; this project's dates hold years 1800 to 2200 only`
				);
			} else
				report.leftOut('scale', `${field.value}: every timeline here is on a human scale`, '$');
		} else report.leftOut(field.field, 'not a TimelineJS field, so it has no place here', '$');
	}
	for (const note of input.skipped) report.note(note);

	// ---- events

	const sides = new Map<string, { id: string; name: string }>();
	const sideIds = new Set<string>([UNGROUPED.id]);
	const eventIds = new Set<string>();
	const explicitIds = new Map<string, SlideIn>();
	const events: RawEvent[] = [];
	const asOfEnd = wallSpan({ value: options.today, precision: 'day' }).end;
	let ungrouped = false;

	input.events.forEach((slide, index) => {
		const before = problems.length;
		const headline = plain(slide, slide.headline);
		const text = plain(slide, slide.text, slide.autolink);
		const eventTitle = one(headline?.text ?? '');
		if (!eventTitle) {
			fail(
				slide,
				slide.headline ?? slide,
				slide.headline?.field ?? (input.format === 'csv' ? 'Headline' : 'text.headline'),
				'is empty; expected a headline: every event here needs a title'
			);
		}

		// dates
		const start = readDate(slide.start, 'start');
		const end = readDate(slide.end, 'end');
		for (const p of [...start.problems, ...end.problems]) fail(slide, p.at, p.at.field, p.message);
		if (!start.point && !start.problems.length) {
			fail(
				slide,
				slide,
				input.format === 'csv' ? 'Year' : 'start_date',
				'is missing; expected a start date (at least a year)'
			);
		}
		let endPoint: DatePoint | undefined = end.point;
		if (start.point && endPoint) {
			if (endPoint.value === start.point.value) endPoint = undefined;
			else if (wallSpan(endPoint).end <= wallSpan(start.point).start) {
				const at = end.used[0];
				fail(
					slide,
					at ?? slide,
					at?.field ?? 'end_date',
					`the end ${endPoint.value} comes before the start ${start.point.value}; expected an end at or after the start`
				);
			}
		}
		dateReport(slide, start, 'date.start', report);
		dateReport(slide, end, 'date.end', report);

		// the id
		let id = '';
		if (slide.uniqueId) {
			const given = slide.uniqueId.value.trim();
			const first = explicitIds.get(given);
			if (first) {
				fail(
					slide,
					slide.uniqueId,
					slide.uniqueId.field,
					`"${given}" is already the unique_id of ${first.where}; expected each slide's unique_id once`
				);
			} else explicitIds.set(given, slide);
			const safe = slugify(given);
			if (safe) {
				id = uniqueId(safe, eventIds);
				if (id !== given) {
					report.renamed(
						slide.where,
						`unique_id "${given}"`,
						id,
						id === safe ? 'made safe for an address' : 'made safe, and unique'
					);
				} else report.mapped('unique_id', 'id', slide.where);
			}
		}
		if (!id) {
			const base = slugify(eventTitle) || `event-${index + 1}`;
			id = uniqueId(base, eventIds);
			report.renamed(
				slide.where,
				slide.uniqueId ? `unique_id "${slide.uniqueId.value}"` : 'no unique_id',
				id,
				`from the ${slugify(eventTitle) ? 'headline' : "slide's place"}${id !== base ? ', made unique' : ''}`
			);
		}

		// the side
		const groupName = one(plain(slide, slide.group)?.text ?? '');
		let side: { id: string; name: string } = UNGROUPED;
		if (groupName) {
			let known = sides.get(groupName);
			if (!known) {
				known = {
					id: uniqueId(slugify(groupName) || `group-${sides.size + 1}`, sideIds),
					name: groupName
				};
				sides.set(groupName, known);
			}
			side = known;
			report.mapped(
				slide.group?.field ?? 'group',
				'a side and its lane (participant as subject)',
				slide.where
			);
		} else ungrouped = true;

		// evidence: the file, its media, its links
		const fileNotes: string[] = [];
		const evidence: Record<string, unknown>[] = [
			{ source: FILE_SOURCE_ID, locator: slide.locator }
		];
		const cite = (links: HtmlLink[], field: string) => {
			for (const link of links) {
				const sourceId = linkSource(link.url, (sid) => ({
					id: sid,
					publisher: host(link.url),
					title: link.text && link.text !== link.url ? link.text : `Page at ${host(link.url)}`,
					url: link.url,
					note: `Linked from the imported file (${slide.locator}); the title is the link's words there, not the page's own title. Publication date not known.`
				}));
				if (!evidence.some((e) => e.source === sourceId)) {
					evidence.push({
						source: sourceId,
						note: `linked from the slide's ${field}${link.text && link.text !== link.url ? ` as "${link.text}"` : ''}`
					});
				}
				report.mapped(`${field} link`, 'a source the event cites', slide.where);
			}
		};
		cite(headline?.links ?? [], slide.headline?.field ?? 'headline');
		cite(text?.links ?? [], slide.text?.field ?? 'text');
		media(slide, evidence, fileNotes, cite);
		if (fileNotes.length) (evidence[0] as Record<string, unknown>).note = fileNotes.join(' ');

		leaveOut(slide, 'the slide', report);
		if (problems.length > before || !start.point) return;

		let eventSummary = text?.text ?? '';
		if (eventSummary)
			report.mapped(slide.text?.field ?? 'text', 'summary (plain text)', slide.where);
		else {
			eventSummary = eventTitle;
			report.note(`${slide.where} has no text: its summary repeats its headline`);
		}
		report.mapped(slide.headline?.field ?? 'headline', 'title (plain text)', slide.where);

		const displayField = slide.displayDate ?? slide.start?.display ?? slide.end?.display;
		const display = slide.displayDate?.value ?? joinDisplay(slide);
		const expression =
			display && displayField
				? one(plain(slide, { ...displayField, value: display })?.text ?? '')
				: '';
		if (expression)
			report.mapped(slide.displayDate?.field ?? 'display_date', 'date.expression', slide.where);

		const startPoint = start.point;
		const status = wallSpan(startPoint).start >= asOfEnd ? 'scheduled' : 'reported';
		if (status === 'scheduled') {
			report.note(
				`${slide.where} starts after the import (${options.today}): status scheduled, not reported`
			);
		}
		events.push({
			id,
			title: eventTitle,
			kind: 'other',
			summary: eventSummary,
			status,
			date: {
				start: startPoint,
				...(endPoint ? { end: endPoint } : {}),
				zone: options.zone,
				basis: `from the ${words.noun} ${options.fileName}, ${slide.locator}; TimelineJS dates carry no time zone, so it is read as ${options.zone} time`,
				...(expression ? { expression } : {})
			},
			participants: [{ actor: side.id, role: 'subject' }],
			// no inSource: the imported file is a compilation, not an article that reports the events
			evidence
		});
		origins.set(id, slide);
	});

	/** The slide's media: a cited link with its credit and caption, or its words in the note. */
	function media(
		slide: SlideIn,
		evidence: Record<string, unknown>[],
		fileNotes: string[],
		cite: (links: HtmlLink[], field: string) => void
	) {
		const m = slide.media;
		if (!m) return;
		const caption = plain(slide, m.caption);
		const credit = plain(slide, m.credit);
		cite(caption?.links ?? [], m.caption?.field ?? 'caption');
		cite(credit?.links ?? [], m.credit?.field ?? 'credit');
		const url = m.url?.value.trim() ?? '';
		const alt = m.alt?.value.trim();
		const mediaTitle = m.title?.value.trim();
		if (m.thumbnail)
			report.leftOut(
				m.thumbnail.field,
				'a picture for the marker: pages here load no remote files',
				slide.where
			);
		if (m.linkTarget)
			report.leftOut(m.linkTarget.field, 'how a link opens is up to the reader here', slide.where);
		if (m.link && isWebUrl(m.link.value.trim())) {
			cite([{ url: m.link.value.trim(), text: '' }], m.link.field);
		} else if (m.link) report.leftOut(m.link.field, 'not an http(s) address', slide.where);
		const words = [
			caption?.text && `caption: "${one(caption.text)}"`,
			credit?.text && `credit: ${one(credit.text)}`,
			alt && `alt text: "${alt}"`,
			mediaTitle && `title: "${mediaTitle}"`
		].filter(Boolean);
		if (url && isWebUrl(url)) {
			const sourceId = linkSource(url, (sid) => ({
				id: sid,
				publisher: credit?.text ? one(credit.text) : host(url),
				title: one(caption?.text || mediaTitle || alt || `Media at ${host(url)}`),
				url,
				note: `The media of a slide of the imported file (${slide.locator})${words.length ? `; ${words.join('; ')}` : ''}. This site links to it and loads nothing from it. Publication date not known.`
			}));
			if (!evidence.some((e) => e.source === sourceId)) {
				evidence.push({
					source: sourceId,
					note: `the slide's media${caption?.text ? `: ${one(caption.text)}` : ''}`
				});
			}
			report.mapped(
				m.url?.field ?? 'media.url',
				'a source the event cites, with its credit and caption',
				slide.where
			);
			if (caption?.text)
				report.mapped(
					m.caption?.field ?? 'caption',
					"the media source's title and note",
					slide.where
				);
			if (credit?.text)
				report.mapped(
					m.credit?.field ?? 'credit',
					"the media source's publisher and note",
					slide.where
				);
		} else if (url) {
			// TimelineJS also takes a quotation or an embed code as media
			const embedded = plain(slide, m.url);
			cite(embedded?.links ?? [], m.url?.field ?? 'media');
			if (embedded?.text) {
				fileNotes.push(
					`The slide's media is not a web address but: "${one(embedded.text)}"${words.length ? ` (${words.join('; ')})` : ''}.`
				);
				report.mapped(
					m.url?.field ?? 'media',
					"the file citation's note (its words; not a web address)",
					slide.where
				);
			} else {
				report.leftOut(
					m.url?.field ?? 'media',
					`"${url.slice(0, 60)}" is not an http(s) address and holds no words`,
					slide.where
				);
			}
		} else if (words.length) {
			fileNotes.push(`The slide's media has no address (${words.join('; ')}).`);
		}
	}

	if (!events.length && !problems.length) {
		fail(
			{ where: '$' },
			{ line: 1, column: 1 },
			input.format === 'csv' ? '(rows)' : 'events',
			'holds no event; expected at least one slide with a date and a headline'
		);
	}
	if (problems.length) return { problems, report, origins };

	const affiliations = [...sides.values(), ...(ungrouped ? [UNGROUPED] : [])];
	if (ungrouped) report.note(`events without a group share one side, "${UNGROUPED.name}"`);
	const timeline: RawTimeline = {
		...(options.schema ? { $schema: options.schema } : {}),
		id: options.id,
		title,
		summary,
		language: options.language,
		asOf: options.today,
		imported: { from: words.from, file: options.fileName, date: options.today },
		sources,
		affiliations: affiliations.map((a) => ({ id: a.id, name: a.name, kind: 'organisation' })),
		actors: affiliations.map((a) => ({
			id: a.id,
			name: a.name,
			kind: 'group',
			affiliation: a.id,
			zone: options.zone
		})),
		events
	};
	report.note(
		`every date is read as ${options.zone} time: TimelineJS dates carry no zone (--zone sets it)`
	);
	report.note(
		'status reported (scheduled after the import day), kind other: TimelineJS says neither'
	);
	return { timeline, problems, report, origins };
}

function joinDisplay(slide: SlideIn): string {
	const a = slide.start?.display?.value;
	const b = slide.end?.display?.value;
	return a && b ? `${a} – ${b}` : (a ?? b ?? '');
}

function dateReport(slide: SlideIn, read: DateRead, target: string, report: ImportReport) {
	if (read.point) {
		report.mapped(
			read.used.map((f) => f.field).join(' + '),
			`${target} (precision ${read.point.precision})`,
			slide.where
		);
	}
	for (const f of read.dropped) {
		report.leftOut(f.field, 'seconds: dates here are precise to the minute at most', slide.where);
	}
	const side = target.endsWith('start') ? slide.start : slide.end;
	if (side?.format)
		report.leftOut(
			side.format.field,
			'a display format: pages write dates their own way',
			slide.where
		);
}

/** Reports the fields of a slide that have no place in our model. */
function leaveOut(slide: SlideIn, what: string, report: ImportReport) {
	for (const bg of slide.background) {
		report.leftOut(
			bg.field,
			`${what}'s background colour or picture: pages here have their own`,
			slide.where
		);
	}
	for (const f of slide.unknown) {
		report.leftOut(f.field, 'not a TimelineJS field, so it has no place here', slide.where);
	}
	if (slide.type !== 'title') return;
	const parts = [
		slide.start?.year && 'its date',
		slide.media?.url && 'its media',
		slide.group && 'its group',
		slide.uniqueId && 'its unique_id'
	].filter(Boolean);
	if (parts.length)
		report.leftOut(
			'title slide',
			`${parts.join(', ')}: a timeline's title has no date, picture or id here`,
			slide.where
		);
}
