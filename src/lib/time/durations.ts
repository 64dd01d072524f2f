/** Fixed lengths of time in milliseconds, for UTC arithmetic (a zone's days are not all this long). */
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
