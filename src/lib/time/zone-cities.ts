/**
 * The city a zone is named after, in the page's language. The names come from elsewhere: on the
 * server from CLDR (`$lib/server/zone-cities`, wired in `hooks.server.ts`), in the browser from the
 * names the page's data carries for its timeline's zones (`zoneCities`, wired in `+layout.ts`).
 */
let cityNames: (zone: string) => string | undefined = () => undefined;

/** Where zones' cities are named in the page's language. */
export function nameCitiesWith(lookUp: (zone: string) => string | undefined): void {
	cityNames = lookUp;
}

/** "Anchorage" from "America/Anchorage", "UTC" from "UTC": the city in the zone's id. */
export function cityInZoneId(zone: string): string {
	return (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
}

/** The city a zone is named after, in the page's language: "Київ" for Europe/Kyiv in Ukrainian. */
export function zoneCity(zone: string): string {
	return cityNames(zone) ?? cityInZoneId(zone);
}
