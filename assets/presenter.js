/* Presentation mode keys: arrows, Space, Page Up/Down (what clickers send) and Esc.
   They press the player's own buttons, so a key does exactly what a click does. */
(function () {
  var KEYS = {
    ArrowRight: "present-next", ArrowDown: "present-next", PageDown: "present-next",
    " ": "present-next",
    ArrowLeft: "present-previous", ArrowUp: "present-previous", PageUp: "present-previous",
    Escape: "present-exit"
  };
  // The player's own classes, set in the same render as its counter: the page's
  // "presenting" class follows a moment later, and a key pressed in between must count.
  function presenting() {
    var player = document.getElementById("presenter");
    return !!player && player.classList.contains("playing");
  }
  document.addEventListener("keydown", function (event) {
    var target = KEYS[event.key];
    if (!target || !presenting() || event.altKey || event.ctrlKey || event.metaKey) { return; }
    var button = document.getElementById(target);
    if (button) { event.preventDefault(); button.click(); }
  });
  // Leaving full screen with the browser's own Esc also leaves the presentation.
  document.addEventListener("fullscreenchange", function () {
    if (!document.fullscreenElement && presenting()) {
      var exit = document.getElementById("present-exit");
      if (exit) { exit.click(); }
    }
  });
})();
