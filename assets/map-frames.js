/* Nearby views drawn in the browser (issue 16): a year step, or a switch of the arrows
   between gross and net flows or between the flows into and out of the chosen region, is
   swapped into the map here from the view's frames, with no server round trip; the link,
   the sources and the captions come with each frame, all made by the server for it
   (dashboard/views/map_frames.py). A press on those controls draws its frame at once (on the
   mouse's press, undone if the press ends elsewhere); Dash's step then brings the rest. Any
   other view, or one asked for while another panel is open, goes to the server through the
   request stores of the controls that changed, which the server's views take as their
   triggers. */
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

  // The frames and the map meta the page holds now (kept by `keep`, which runs whenever
  // either changes), for a press on a control to be drawn before Dash hears of it.
  var held = {bundle: null, meta: null};

  function mapPlot() {
    return document.querySelector("#map .js-plotly-plot");
  }

  // The frame drawn on the map's plot at once. The layout keeps what dcc.Graph adds to the
  // figure's (its size overrides). The plot remembers the view and frame it shows while no
  // other figure replaced it: the step that follows a press does not draw it twice, and a
  // second press before that step builds on the frame on screen.
  function drawNow(figure, view, key) {
    var gd = mapPlot();
    if (!gd || !gd._fullLayout || !window.Plotly) { return false; }
    if (shownFrame(gd, view) !== key) {
      window.Plotly.react(gd, figure.data, Object.assign({}, gd.layout, figure.layout));
      gd.atlasFrame = {view: view, key: key, data: gd.data};
    }
    return true;
  }

  // The frame of `view` drawn on the plot by drawNow, if no other figure replaced it since.
  function shownFrame(gd, view) {
    var shown = gd.atlasFrame;
    return shown && shown.view === view && shown.data === gd.data ? shown.key : null;
  }

  // `outputs`, once the browser has painted the map drawn now: Dash renders them after
  // (the panels, captions and link: 30-50 ms here, which would otherwise come before the
  // paint). dcc.Graph gets the same figure, so its figure stays the one on screen, which
  // the server's next Patch starts from.
  function afterPaint(outputs) {
    return new Promise(function (resolve) {
      window.requestAnimationFrame(function () { setTimeout(function () { resolve(outputs); }); });
    });
  }

  // The part of the frame key (0 year, 1 flow mode, 2 direction) a press or click on
  // `target` chooses, and the value it chooses: an option of the year list or a radio of the
  // two flow switches, or its label (a click on a label comes again on its radio; arrow keys
  // on a radio group click too). Clicks, not changes: React handles a radio's change on its
  // click, before the change.
  function choiceOf(target) {
    if (!(target instanceof Element)) { return null; }
    var label = target.closest("label");
    if (label && label.control) { target = label.control; }
    if (target.type === "radio" && !target.disabled) {
      var group = target.closest("#flow-mode, #direction");
      if (group) { return {part: group.id === "flow-mode" ? 1 : 2, value: target.value}; }
    }
    var option = target.closest('[role="option"]');
    var trigger = document.getElementById("year");
    var list = trigger && document.getElementById(trigger.getAttribute("aria-controls"));
    var input = option && option.querySelector("input");
    if (!input || !list || !list.contains(option) ||
        option.getAttribute("aria-disabled") === "true") { return null; }
    return {part: 0, value: input.value};
  }

  // The frame a choice on the map's controls draws, when the page holds it: null if none
  // (no frame drawn, the map not shown, the frame already on screen).
  function frameOfChoice(choice) {
    var meta = held.meta;
    var gd = mapPlot();
    if (!choice || !meta || typeof meta.frame !== "string" || !gd || !gd.data ||
        gd.offsetParent === null) { return null; }
    var shown = shownFrame(gd, meta.view) || meta.frame;
    var wanted = shown.split("|");
    wanted[choice.part] = choice.value;
    var key = wanted.join("|");
    var frame = key !== shown && frameFor(key, held.bundle, meta, "map", gd);
    return frame ? {gd: gd, meta: meta, key: key, frame: frame} : null;
  }

  function draw(found) {
    drawNow(withParts(found.gd, found.meta, found.frame.figure), found.meta.view, found.key);
  }

  // The choice pressed with the mouse and drawn, and the plot as it was (drawPress, below).
  var pressed = null;

  // A click on the year list or a flow switch draws the frame it chooses right away; the
  // rest (controls, link, captions) follows through Dash's step, below, which would
  // otherwise come 40-60 ms before the map moves.
  function drawClick(event) {
    var choice = choiceOf(event.target);
    if (pressed && choice && choice.part === pressed.part && choice.value === pressed.value) {
      pressed = null;  // the press became this choice: its frame stays
      return;
    }
    undoPress();
    var found = frameOfChoice(choice);
    if (found) { draw(found); }
  }

  // A choice pressed with the mouse is drawn already (the list or the radio takes it on the
  // release, 60-120 ms later for a hand): the plot as it was is kept, and put back if the
  // press ends elsewhere (no click on that choice follows: the click comes in the task of
  // the release). Touch waits for its click: a tap's click comes in a later task.
  function drawPress(event) {
    var choice = event.pointerType === "mouse" && event.button === 0 && choiceOf(event.target);
    var found = choice && frameOfChoice(choice);
    if (!found) { return; }
    var gd = found.gd;
    pressed = {gd: gd, part: choice.part, value: choice.value, key: found.key,
               data: gd.data, layout: gd.layout, marker: gd.atlasFrame};
    draw(found);
  }
  function undoPress() {
    var press = pressed;
    pressed = null;
    if (!press || shownFrame(press.gd, held.meta && held.meta.view) !== press.key) { return; }
    window.Plotly.react(press.gd, press.data, press.layout);
    press.gd.atlasFrame = press.marker;
  }
  document.addEventListener("pointerdown", drawPress, true);
  document.addEventListener("click", drawClick, true);
  // The click that makes a press a choice comes right after its pointerup, in the same task.
  document.addEventListener("pointerup", function () { setTimeout(undoPress); }, true);
  document.addEventListener("pointercancel", undoPress, true);

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
      var next = withParts(figure, meta, frame.figure);
      var outputs = [nu, nu, nu, next, frame.meta, frame.boundary, frame.sources,
                     frame.caption, frame.query, frame.flow_kinds, region && newYear ? year : nu];
      return drawNow(next, meta.view, wanted.join("|")) ? afterPaint(outputs) : outputs;
    },
    keep: function (bundle, meta) {
      held = {bundle: bundle, meta: meta};
      return bundle && meta && bundle.key === meta.view ? "frames-ready" : "";
    },
    // Each map the server draws wants its view's frames, unless the page holds them; a
    // year stepped to in the browser wants its flow modes and directions, if the frames
    // lack them (they hold those of the year the view was drawn in).
    want: function (meta, bundle, query, highlight) {
      if (!meta || !meta.view || !query) { return ns.no_update; }
      var wanted = {query: query, highlight: highlight || null};
      if (!bundle || bundle.key !== meta.view) { return wanted; }
      var year = String(meta.frame).split("|")[0];
      var lacking = (bundle.switches || []).some(function (sw) {
        return !bundle.frames[year + "|" + sw];
      });
      return lacking ? Object.assign(wanted, {variants: true}) : ns.no_update;
    },
    merge: function (variants, bundle) {
      if (!variants || !bundle || variants.key !== bundle.key) { return ns.no_update; }
      return Object.assign({}, bundle, {
        frames: Object.assign({}, bundle.frames, variants.frames)
      });
    }
  };
})();
