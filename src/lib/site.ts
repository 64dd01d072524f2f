/** The site's name, as page titles, the header, preview cards, oEmbed and calendars give it. */
export const SITE_NAME = 'Diplomatic timelines';
