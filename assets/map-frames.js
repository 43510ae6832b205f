/* Nearby views drawn in the browser (issue 16): a year step, or a switch of the arrows
   between gross and net flows or between the flows into and out of the chosen region, is
   swapped into the map here from the view's frames, with no server round trip; the link,
   the sources and the captions come with each frame, all made by the server for it
   (dashboard/views/map_frames.py). Any other view, or one asked for while another panel is
   open, goes to the server through the request stores of the controls that changed, which
   the server's views take as their triggers. */
(function () {
  var ns = (window.dash_clientside = window.dash_clientside || {});

  // The bundle's frame `key`, if it fits the map drawn now: same view, same static traces
  // (zones, roles, the chosen region), and the map panel open.
  function frameFor(key, bundle, meta, panel, figure) {
    if (!bundle || !meta || !figure || !figure.data || panel !== "map") { return null; }
    if (bundle.key !== meta.view || !bundle.frames) { return null; }
    var frame = bundle.frames[key];
    if (!frame || frame.meta.static_key !== meta.static_key ||
        frame.meta.static !== meta.static) { return null; }
    return frame;
  }

  // The figure drawn now with the frame's parts in: the choropleth keeps its geometry, the
  // static traces stay, the traces after them and the layout parts are the frame's.
  function withParts(figure, meta, parts) {
    var first = Object.assign({}, figure.data[0], parts.choropleth);
    return {
      data: [first].concat(figure.data.slice(1, meta.static), parts.tail),
      layout: Object.assign({}, figure.layout, parts.layout)
    };
  }

  ns.atlasFrames = {
    // year, mode, direction: the controls, in the order of the frame key and of the
    // request stores (the callback's first three outputs).
    step: function (year, mode, direction, bundle, meta, panel, region, figure) {
      var nu = ns.no_update;
      var wanted = [year, mode, direction];
      var drawn = meta && typeof meta.frame === "string" ? meta.frame.split("|") : [];
      var frame = frameFor(wanted.join("|"), bundle, meta, panel, figure);
      if (!frame) {
        // The server draws it: each control that differs from the map drawn is requested.
        var asked = wanted.map(function (value, i) {
          return String(value) === drawn[i] ? nu : value;
        });
        return asked.concat([nu, nu, nu, nu, nu, nu, nu, nu]);
      }
      var newYear = String(year) !== drawn[0];
      return [nu, nu, nu, withParts(figure, meta, frame.figure), frame.meta, frame.boundary,
              frame.sources, frame.caption, frame.query, frame.flow_kinds,
              region && newYear ? year : nu];
    },
    want: function (meta, bundle, query, highlight) {
      if (!meta || !meta.view || !query || (bundle && bundle.key === meta.view)) {
        return ns.no_update;
      }
      return {query: query, highlight: highlight || null};
    }
  };
})();
