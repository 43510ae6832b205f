"""The page's scripts: plotly.js's geo bundle from assets/, never the full bundle."""

from __future__ import annotations

import re

from plotly.offline import get_plotlyjs_version

from dashboard import ASSETS_DIR


def test_the_vendored_geo_bundle_is_the_plotly_js_of_plotly_py():
    header = (ASSETS_DIR / "plotly-geo.min.js").read_text(encoding="utf-8")[:200]
    version = re.search(r"plotly\.js \(geo - minified\) v(\S+)", header)
    assert version and version.group(1) == get_plotlyjs_version()


def test_the_page_loads_the_geo_bundle_and_not_the_full_one(tmp_path):
    from dashboard.app import create_app
    from dashboard.settings import Settings

    page = create_app(Settings(instance_dir=tmp_path)).server.test_client().get("/").text
    scripts = re.findall(r'<script[^>]*src="([^"]+)"', page)
    assert any("/assets/plotly-geo.min.js" in s for s in scripts)
    assert not any("plotly.min.js" in s for s in scripts)
    assert not any("LICENSE" in s for s in scripts)  # licences are not run as scripts
