/** The id of a source's entry in an event's list of sources, which its quotes link to. */
export const sourceAnchor = (eventId: string, sourceId: string): string =>
	`source-${eventId}-${sourceId}`;
