"""Element ids, in one place: layout, callbacks and browser tests use these constants.

The controls of the view state take their ids from the state's table of fields
(``dashboard.state.FIELDS``), so each id string is written once.
"""

from dashboard.state import control_id

URL = "url"
TITLE = "app-title"
SUBTITLE = "app-subtitle"
LANGUAGE = control_id("lang")
LANGUAGE_LABEL = "language-label"
INDICATOR = control_id("indicator")
INDICATOR_LABEL = "indicator-label"
YEAR = control_id("year")
YEAR_LABEL = "year-label"
BOUNDARY_INFO = "boundary-info"
MAP = "map"
MAP_SOURCES = "map-sources"
NOTICES = "notices"
FOOTER = "footer"
PERMALINK = "permalink"
MAP_META = "map-meta"
REGION = control_id("region")
REGION_LABEL = "region-label"
LAYERS = control_id("layers")
LAYERS_LABEL = "layers-label"
MAP_OPTIONS = control_id("map_options")
FLOW_PANEL = "flow-panel"
FLOW_KIND = control_id("flow_kind")
FLOW_KIND_LABEL = "flow-kind-label"
TOP_N = control_id("top_n")
TOP_N_LABEL = "top-n-label"
MIN_PERSONS = control_id("min_persons")
MIN_PERSONS_LABEL = "min-persons-label"
DIRECTION = control_id("direction")
DIRECTION_LABEL = "direction-label"
FLOW_MODE = control_id("flow_mode")
FLOW_MODE_LABEL = "flow-mode-label"
DECAY = control_id("decay")
DECAY_LABEL = "decay-label"
DECAY_BLOCK = "decay-block"
ORIGINS = control_id("origins")
ORIGINS_LABEL = "origins-label"
ORIGINS_BLOCK = "origins-block"
VOLUME_BLOCK = "volume-block"
DIRECTION_BLOCK = "direction-block"
FLOW_CAPTION = "flow-caption"
PROFILE_COLUMN = "profile-column"
MAP_COLUMN = "map-column"
COMPARE = control_id("compare_year")
COMPARE_LABEL = "compare-year-label"
PANEL = control_id("panel")
MAP_PANEL = "map-panel"
PANEL_CONTENT = "panel-content"
HELP_OPEN = "help-open"
HELP_MODAL = "help-modal"
HTML_LANG = "html-lang"
YEAR_SLIDER = "year-slider"
PLAY = "play"
PLAY_SPEED = "play-speed"
PLAY_TIMER = "play-timer"
PLAY_FRAMES = "play-frames"
PLAY_STATUS = "play-status"
# The year, flow mode and direction as the server's views take them: set by the browser
# only when it cannot draw the view itself from the map's frames (assets/map-frames.js).
YEAR_REQUEST = "year-request"
FLOW_MODE_REQUEST = "flow-mode-request"
DIRECTION_REQUEST = "direction-request"
#: Control -> the store that carries its value to the server's views.
REQUESTS = {YEAR: YEAR_REQUEST, FLOW_MODE: FLOW_MODE_REQUEST, DIRECTION: DIRECTION_REQUEST}
# The maps of the views near the one drawn (views/map_frames.py), and the view they are
# wanted for; the other flow modes and directions of a year stepped to in the browser.
MAP_FRAMES = "map-frames"
MAP_FRAMES_WANTED = "map-frames-wanted"
MAP_VARIANTS = "map-variants"
# Set when the browser draws a year itself while a region's profile is open.
PROFILE_YEAR = "profile-year"
# The link (``?...``) the page's first view was drawn for on the server.
PAGE_LINK = "page-link"
DATA_TABLE = "data-table"
SCORECARD_PANEL = "scorecard-panel"
SCORECARD_NATIONAL = "scorecard-national"
SCORECARD_TABLE = "scorecard-table"
SCORECARD_METHOD = "scorecard-method"
FLOW_TABLE = "flow-table"
HIGHLIGHT = "highlight"
EXPORT_LINKS = "export-links"
EXPORT_CSV = "export-csv"
EXPORT_XLSX = "export-xlsx"
EXPORT_GEOJSON = "export-geojson"
EXPORT_PNG = "export-png"
EXPORT_SVG = "export-svg"
EXPORT_PDF = "export-pdf"
ROOT = "atlas-root"
SCENE_ADD = "scene-add"
SCENE_MESSAGE = "scene-message"
PRESENTATION = "presentation"
PRESENT_POSITION = "present-position"
PRESENT_PANEL = "presentation-panel"
PRESENT_NAME = "present-name"
PRESENT_PICK = "present-pick"
PRESENT_LIST = "present-list"
PRESENT_UPLOAD = "present-upload"
PRESENT_MESSAGE = "present-message"
PRESENT_JSON = "present-json"
PRESENT_PDF = "present-pdf"
# The edit keys of the presentations this browser made (local storage), who may change the
# one shown, and a file refused before it was sent (too large) or by the server (413).
PRESENT_KEYS = "present-keys"
PRESENT_ACCESS = "present-access"
PRESENT_REFUSED = "present-refused"
PRESENTER = "presenter"
PRESENTER_TITLE = "presenter-title"
PRESENTER_NOTE = "presenter-note"
PRESENTER_COUNTER = "presenter-counter"
PRESENT_PREVIOUS = "present-previous"
PRESENT_NEXT = "present-next"
PRESENT_EXIT = "present-exit"
# Pattern ids (dicts): buttons of the presentation panel and the fields of each scene.
PRESENT_BUTTON = "present-button"
SCENE_FIELD = "scene-field"
SCENE_BUTTON = "scene-button"
UPLOAD_PANEL = "import-panel"
UPLOAD_TOKEN = "import-token"
UPLOAD_INDICATOR = "import-indicator"
UPLOAD_SOURCE = "import-source"
UPLOAD_QUALITY = "import-quality"
UPLOAD_YEAR = "import-year"
UPLOAD_FLAGS = "import-flags"
UPLOAD_FILE = "import-file"
UPLOAD_CONFIRM = "import-confirm"
UPLOAD_RESULT = "import-result"
UPLOAD_REPORT = "import-report"
UPLOAD_BREAKDOWN = "import-breakdown"
UPLOAD_SHEETS = "import-sheets"  # the sheets of the workbook checked, each with its indicator
UPLOAD_SHEET_LIST = "import-sheet-list"  # store: the sheet names shown there
# Pattern ids (dicts): a sheet's indicator ({"sheet": name}); a field of the new indicator's
# and the new source's rows ({"field": column of indicators.csv or sources.csv}).
UPLOAD_SHEET_INDICATOR = "import-sheet-indicator"
UPLOAD_NEW_INDICATOR = "import-new-indicator"
UPLOAD_NEW_SOURCE = "import-new-source"
