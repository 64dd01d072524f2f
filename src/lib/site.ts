/**
 * The site's name as a fixed identifier, the same in every language: a calendar's PRODID. Readers
 * see it in the page's language (`m.common_site_name()`): page titles, the header, preview cards
 * and oEmbed.
 */
export const SITE_ID = 'Diplomatic timelines';
