/**
 * The cities that time zones are named after, in each catalog's language: "Київ" for
 * Europe/Kyiv on a Ukrainian page, "Moscou" for Europe/Moscow on a French one. From CLDR (the
 * exemplar cities of `cldr-dates-full`), read on the server only: a page in the browser gets the
 * names of its own timeline's zones with its data.
 */
import { createRequire } from 'node:module';
import { catalogOf, type Locale } from '$lib/i18n/locale';
import { cityInZoneId } from '$lib/time/zone-cities';

interface ZoneTree {
	[part: string]: ZoneTree | string | undefined;
	exemplarCity?: string;
}

interface NamesFile {
	main: Record<string, { dates: { timeZoneNames: { zone: ZoneTree } } }>;
}

// read by Node from the package, not bundled: the server's build would carry four large files
const require = createRequire(import.meta.url);
const trees = new Map<Locale, ZoneTree>();

/** A catalog's tree of zones, read the first time a page in its language names a city. */
function zonesOf(catalog: Locale): ZoneTree {
	let tree = trees.get(catalog);
	if (!tree) {
		const file = require(`cldr-dates-full/main/${catalog}/timeZoneNames.json`) as NamesFile;
		tree = Object.values(file.main)[0]!.dates.timeZoneNames.zone;
		trees.set(catalog, tree);
	}
	return tree;
}

function lookUp(tree: ZoneTree, zone: string): string | undefined {
	let node: ZoneTree | string | undefined = tree;
	for (const part of zone.split('/')) node = typeof node === 'object' ? node[part] : undefined;
	return typeof node === 'object' ? node.exemplarCity : undefined;
}

/** ICU's own id for a zone (CLDR keys its names by it: America/Buenos_Aires, not America/Argentina/…). */
function canonical(zone: string): string | undefined {
	try {
		return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
	} catch {
		return undefined;
	}
}

// each page names its zones' cities as it renders: ICU's id is looked up once per zone
const canonicals = new Map<string, string | undefined>();

/** The city a zone is named after in a catalog's language, if CLDR names it. */
export function exemplarCity(catalog: Locale, zone: string): string | undefined {
	const tree = zonesOf(catalog);
	const found = lookUp(tree, zone);
	if (found) return found;
	if (!canonicals.has(zone)) canonicals.set(zone, canonical(zone));
	const other = canonicals.get(zone);
	return other && other !== zone ? lookUp(tree, other) : undefined;
}

/** Every value of a `zone` field anywhere in a timeline's data. */
function zonesIn(data: unknown, found = new Set<string>()): Set<string> {
	if (Array.isArray(data)) for (const item of data) zonesIn(item, found);
	else if (data && typeof data === 'object') {
		for (const [key, value] of Object.entries(data)) {
			if (key === 'zone' && typeof value === 'string') found.add(value);
			else zonesIn(value, found);
		}
	}
	return found;
}

/**
 * Per timeline, its zones and their cities in each catalog: every page's layout asks, and walking
 * the timeline each time made the build's time grow with the square of its events.
 */
const seen = new WeakMap<
	object,
	{ zones: Set<string>; names: Map<Locale, Record<string, string>> }
>();

/**
 * The cities of the zones a timeline names, in its language, where they differ from the city in
 * the zone's id: what its pages carry to the browser, which has no CLDR tables.
 */
export function zoneCities(timeline: unknown, language: string): Record<string, string> {
	const catalog = catalogOf(language);
	let known = timeline && typeof timeline === 'object' ? seen.get(timeline) : undefined;
	if (!known) {
		known = { zones: zonesIn(timeline), names: new Map() };
		if (timeline && typeof timeline === 'object') seen.set(timeline, known);
	}
	let names = known.names.get(catalog);
	if (!names) {
		names = {};
		for (const zone of known.zones) {
			const city = exemplarCity(catalog, zone);
			if (city && city !== cityInZoneId(zone)) names[zone] = city;
		}
		known.names.set(catalog, names);
	}
	return names;
}
