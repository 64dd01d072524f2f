// Sizes the diplomatic-timeline embeds on a host page. Include it once, anywhere:
//   <div data-timeline-embed="https://…/<timeline>/embed/"></div>
//   <script src="https://…/embed.js" async></script>
// Each such element gets a frame (or keeps the one inside it), and each frame gets the height its
// page reports: { type: 'diplomatic-timeline:height', version: 1, height: <px> }. A message counts
// only if it comes from that frame's window and that frame's origin. The script does nothing else.
(() => {
	const TYPE = 'diplomatic-timeline:height';
	const MIN = 200;
	const MAX = 4000;
	/** @type {Map<Window, { frame: HTMLIFrameElement, origin: string }>} */
	const frames = new Map();

	/** @param {HTMLElement} host */
	function setUp(host) {
		if (host.dataset.timelineEmbedReady) return;
		let url;
		try {
			url = new URL(host.dataset.timelineEmbed || '', document.baseURI);
		} catch {
			return;
		}
		if (url.protocol !== 'https:' && url.protocol !== 'http:') return;
		host.dataset.timelineEmbedReady = 'true';
		let frame = host.querySelector('iframe');
		if (!frame) {
			frame = document.createElement('iframe');
			frame.src = url.href;
			frame.title = host.dataset.timelineEmbedTitle || 'Timeline';
			frame.loading = 'lazy';
			frame.width = '800';
			frame.height = '600';
			frame.style.width = '100%';
			frame.style.border = '0';
			host.append(frame);
		}
		const max = Number(host.dataset.timelineEmbedMaxHeight) || MAX;
		const entry = { frame, origin: url.origin, max };
		// the frame's window exists once it is in the document, and stays the same across reloads
		if (frame.contentWindow) frames.set(frame.contentWindow, entry);
	}

	function scan() {
		document.querySelectorAll('[data-timeline-embed]').forEach((el) => setUp(el));
	}

	addEventListener('message', (event) => {
		const entry = event.source && frames.get(event.source);
		if (!entry || event.origin !== entry.origin) return;
		const data = event.data;
		if (!data || data.type !== TYPE || data.version !== 1) return;
		const height = Number(data.height);
		if (!Number.isFinite(height)) return;
		entry.frame.style.height = `${Math.round(Math.min(entry.max, Math.max(MIN, height)))}px`;
	});

	scan();
	if (document.readyState === 'loading') addEventListener('DOMContentLoaded', scan);
})();
