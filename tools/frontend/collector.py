"""The JavaScript that runs inside the page: PerformanceObservers installed before any
of the page's own scripts (an init script), and the read-out after the page settles.

What each observer keeps, and why it is enough:

- ``largest-contentful-paint``: the last entry before input is the LCP; its element is
  described as ``tag#id`` / ``tag.class`` and its ``url`` names an image's source;
- ``layout-shift``: every shift without recent input, with the nodes that moved; the
  session windows (1 s gap, 5 s cap) are computed in Python (tools.frontend.vitals);
- ``paint``: first-contentful-paint;
- ``longtask``: start and duration, for the Total Blocking Time after FCP;
- resource and navigation timing: transfer, encoded and decoded sizes per request, and
  Chromium's ``renderBlockingStatus``.

``window.__perfagent.last`` is the time of the latest observation: the page has settled
when nothing new was observed for a quiet window after ``load``.
"""

INIT = r"""
(() => {
  const v = window.__perfagent = {lcp: null, shifts: [], longtasks: [], fcp: null, last: 0};
  const describe = (node) => {
    if (!node || node.nodeType !== 1) return null;
    let s = node.tagName.toLowerCase();
    if (node.id) return s + '#' + node.id;
    if (node.classList && node.classList.length)
      s += '.' + Array.from(node.classList).slice(0, 2).join('.');
    return s;
  };
  const observe = (type, each) => {
    try {
      new PerformanceObserver((list) => {
        list.getEntries().forEach(each);
        v.last = performance.now();
      }).observe({type, buffered: true});
    } catch (e) { /* an entry type this browser lacks */ }
  };
  observe('largest-contentful-paint', (e) => {
    v.lcp = {t: e.startTime, size: e.size, element: describe(e.element), url: e.url || null};
  });
  observe('layout-shift', (e) => {
    if (e.hadRecentInput) return;
    v.shifts.push({t: e.startTime, value: e.value,
                   sources: (e.sources || []).map((s) => describe(s.node)).filter(Boolean)});
  });
  observe('paint', (e) => { if (e.name === 'first-contentful-paint') v.fcp = e.startTime; });
  observe('longtask', (e) => { v.longtasks.push({t: e.startTime, d: e.duration}); });
  addEventListener('load', () => { v.last = performance.now(); });
})();
"""

SETTLED = """
(quietMs) => {
  const v = window.__perfagent;
  return !!v && document.readyState === 'complete' && performance.now() - v.last >= quietMs;
}
"""

READ = """
() => {
  const v = window.__perfagent || {lcp: null, shifts: [], longtasks: [], fcp: null};
  const nav = performance.getEntriesByType('navigation')[0];
  const entry = (r) => ({url: r.name, initiator: r.initiatorType || '',
                         content_type: r.contentType || '',
                         transfer: r.transferSize || 0, encoded: r.encodedBodySize || 0,
                         decoded: r.decodedBodySize || 0, blocking: r.renderBlockingStatus || '',
                         start: r.startTime, end: r.responseEnd});
  return {
    lcp: v.lcp, shifts: v.shifts, longtasks: v.longtasks, fcp: v.fcp, now: performance.now(),
    nav: nav ? {...entry(nav), ttfb: nav.responseStart, dcl: nav.domContentLoadedEventEnd,
                load: nav.loadEventEnd} : null,
    resources: performance.getEntriesByType('resource').map(entry),
  };
}
"""

FETCH_TWICE = """
async (url) => {
  performance.clearResourceTimings();
  const sizes = [];
  for (let i = 0; i < 2; i++) {
    const response = await fetch(url);
    await response.arrayBuffer();
    await new Promise((r) => setTimeout(r, 50));
    const all = performance.getEntriesByType('resource')
      .filter((r) => r.name === new URL(url, location.href).href);
    const r = all[all.length - 1];
    sizes.push({status: response.status, transfer: r ? r.transferSize : null,
                encoded: r ? r.encodedBodySize : null, decoded: r ? r.decodedBodySize : null});
  }
  return sizes;
}
"""
