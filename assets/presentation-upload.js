/* A presentation file the page will not send is said in the page, not dropped in silence.

   The drop zone (dashboard/layout/panels/presentation.py) carries data-max-bytes, the id
   of its dcc.Upload (data-upload) and of a store (data-refused). The upload's max_size
   drops a larger file before reading it and tells no one; this script reports such a file
   (name and size) to the store, and a callback says why in the reader's language. A 413
   answer of the server to the upload's callback (a proxy with a lower body limit) is
   reported to the same store. Nothing else is changed: every response goes on as it was. */
(function () {
  function report(zone, data) {
    var clientside = window.dash_clientside;
    if (!clientside || !clientside.set_props) { return; }
    data.at = Date.now();  // the same file refused twice is news twice
    clientside.set_props(zone.getAttribute("data-refused"), {data: data});
  }

  function checkFiles(zone, files) {
    var limit = Number(zone.getAttribute("data-max-bytes"));
    for (var i = 0; files && i < files.length; i++) {
      if (files[i].size > limit) {
        report(zone, {reason: "size", name: files[i].name, bytes: files[i].size});
        return true;
      }
    }
    return false;
  }

  function zoneOf(node) {
    return node && node.closest ? node.closest("[data-max-bytes][data-refused]") : null;
  }

  // Capture phase: seen before the upload handles (and drops) the file.
  document.addEventListener("change", function (event) {
    var input = event.target, zone = zoneOf(input);
    if (zone && input.files && checkFiles(zone, input.files)) {
      // Emptied once the upload has seen it: choosing the same file again is a change.
      setTimeout(function () { input.value = ""; }, 0);
    }
  }, true);
  document.addEventListener("drop", function (event) {
    var zone = zoneOf(event.target);
    if (zone && event.dataTransfer) { checkFiles(zone, event.dataTransfer.files); }
  }, true);

  function refusedBody(resource, init) {
    var url = typeof resource === "string" ? resource : (resource && resource.url) || "";
    if (url.indexOf("_dash-update-component") < 0 || !init || typeof init.body !== "string") {
      return;
    }
    var changed;
    try { changed = JSON.parse(init.body).changedPropIds || []; } catch (error) { return; }
    var zones = document.querySelectorAll("[data-max-bytes][data-refused][data-upload]");
    Array.prototype.forEach.call(zones, function (zone) {
      var upload = zone.getAttribute("data-upload");
      if (changed.indexOf(upload + ".contents") >= 0) {
        report(zone, {reason: "server"});
        // The refused file would otherwise ride along with every later action of the panel.
        window.dash_clientside.set_props(upload, {contents: null});
      }
    });
  }

  var originalFetch = window.fetch;
  if (!originalFetch) { return; }
  window.fetch = function (resource, init) {
    return originalFetch.apply(this, arguments).then(function (response) {
      if (response.status === 413) { refusedBody(resource, init); }
      return response;
    });
  };
})();
