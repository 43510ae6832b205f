/* Presentation mode: the map's type grows with the screen, so the legend, the colour
   classes and the region names read from the back of a room (issue 13 part 9).
   The server draws every figure at desk size; while the page is presenting, each figure
   is scaled once after plotly has drawn it, and put back when the presentation ends.
   Names are placed for a map at desk size (dashboard/views/labels.py): the presenting map
   is at least 1.3x larger, so names up to MAX_SCALE larger still keep clear of each other. */
(function () {
  var MAX_SCALE = 1.6;
  var DESK_WIDTH = 1200;  // px of window at which the desk sizes are right
  // The figure's own sizes (plotly's defaults where the server sets none).
  var LEGEND = 11, GROUP = 13, LABELS = 11, TICKS = 12, BAR_TITLE = 14, BAR = 14, TITLE = 17;

  function scale() {
    return presenting() ? Math.max(1, Math.min(MAX_SCALE, window.innerWidth / DESK_WIDTH)) : 1;
  }
  function presenting() { return document.body.classList.contains("presenting"); }
  function graph() {
    var holder = document.getElementById("map");
    return holder && holder.querySelector(".js-plotly-plot");
  }
  function px(size, k) { return Math.round(size * k * 10) / 10; }

  function apply() {
    var gd = graph();
    if (!gd || !gd.data || !window.Plotly) { return; }
    var k = scale();
    var legend = (gd.layout.legend && gd.layout.legend.font) || {};
    if ((legend.size || LEGEND) === px(LEGEND, k) && gd.__presenterScale === k) { return; }
    gd.__presenterScale = k;
    var labels = [], colorbars = [];
    gd.data.forEach(function (trace, i) {
      if (trace.name === "labels") { labels.push(i); }
      if (trace.type === "choropleth") { colorbars.push(i); }
    });
    var layout = {
      "legend.font.size": px(LEGEND, k),
      "legend.grouptitlefont.size": px(GROUP, k),
      "title.font.size": px(TITLE, k)
    };
    window.Plotly.relayout(gd, layout);
    if (labels.length) {
      window.Plotly.restyle(gd, {"textfont.size": px(LABELS, k)}, labels);
    }
    if (colorbars.length) {
      window.Plotly.restyle(gd, {
        "colorbar.tickfont.size": px(TICKS, k),
        "colorbar.title.font.size": px(BAR_TITLE, k),
        "colorbar.thickness": px(BAR, k)
      }, colorbars);
    }
  }

  // Every new figure (a scene, a step) is drawn at desk size first: scale it again.
  function hook() {
    var gd = graph();
    if (gd && gd.on && !gd.__presenterHooked) {
      gd.__presenterHooked = true;
      gd.on("plotly_afterplot", function () {
        if (presenting() || gd.__presenterScale > 1) { apply(); }
      });
    }
  }

  new MutationObserver(function () { hook(); apply(); })
    .observe(document.body, {attributes: true, attributeFilter: ["class"]});
  window.addEventListener("resize", function () { if (presenting()) { apply(); } });
})();
