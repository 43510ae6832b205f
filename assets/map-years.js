/* Year steps drawn in the browser (issue 16): a year of the view's bundle is swapped into
   the map here, with no server round trip; the link, the sources and the captions come
   with it, all made by the server for that year (dashboard/views/map_years.py). Any other
   year, or a year asked for while another panel is open, goes to the server through the
   year-request store, which the server's views take as their trigger. */
(function () {
  var ns = (window.dash_clientside = window.dash_clientside || {});

  // The bundle's frame for `year`, if it fits the map drawn now: same view (the key), same
  // static traces (zones, roles, the chosen region), and the map panel open.
  function frameFor(year, bundle, meta, panel, figure) {
    if (!bundle || !meta || !figure || !figure.data || panel !== "map") { return null; }
    if (bundle.key !== meta.years || !bundle.frames) { return null; }
    var frame = bundle.frames[String(year)];
    if (!frame || frame.meta.static_key !== meta.static_key ||
        frame.meta.static !== meta.static) { return null; }
    return frame;
  }

  // The figure drawn now with the year's parts in: the choropleth keeps its geometry, the
  // static traces stay, the traces after them and the layout parts are the year's.
  function withParts(figure, meta, parts) {
    var first = Object.assign({}, figure.data[0], parts.choropleth);
    return {
      data: [first].concat(figure.data.slice(1, meta.static), parts.tail),
      layout: Object.assign({}, figure.layout, parts.layout)
    };
  }

  ns.atlasYears = {
    step: function (year, bundle, meta, panel, region, figure) {
      var nu = ns.no_update;
      var frame = frameFor(year, bundle, meta, panel, figure);
      if (!frame) { return [year, nu, nu, nu, nu, nu, nu, nu, nu]; }
      return [nu, withParts(figure, meta, frame.figure), frame.meta, frame.boundary,
              frame.sources, frame.caption, frame.query, frame.flow_kinds,
              region ? year : nu];
    },
    want: function (meta, bundle, query, highlight) {
      if (!meta || !meta.years || !query || (bundle && bundle.key === meta.years)) {
        return ns.no_update;
      }
      return {query: query, highlight: highlight || null};
    }
  };
})();
