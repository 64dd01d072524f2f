/**
 * The readers the reading tests take: a desktop's 1440 × 900 window, and a phone's 390 × 844
 * touch screen.
 */
export const DESKTOP = { viewport: { width: 1440, height: 900 } };
export const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

/** Each reader with the name its tests are described by. */
export const READERS = [
	['1440 × 900', DESKTOP],
	['390 × 844, touch', PHONE]
] as const;
