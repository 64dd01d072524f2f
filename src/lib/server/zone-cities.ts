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

/** The city a zone is named after in a catalog's language, if CLDR names it. */
export function exemplarCity(catalog: Locale, zone: string): string | undefined {
	const tree = zonesOf(catalog);
	const other = canonical(zone);
	return lookUp(tree, zone) ?? (other && other !== zone ? lookUp(tree, other) : undefined);
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
 * The cities of the zones a timeline names, in its language, where they differ from the city in
 * the zone's id: what its pages carry to the browser, which has no CLDR tables.
 */
export function zoneCities(timeline: unknown, language: string): Record<string, string> {
	const catalog = catalogOf(language);
	const names: Record<string, string> = {};
	for (const zone of zonesIn(timeline)) {
		const city = exemplarCity(catalog, zone);
		if (city && city !== cityInZoneId(zone)) names[zone] = city;
	}
	return names;
}
