"""A hostile client of the presentation callbacks, over HTTP as a crafted renderer would
send them: whatever its store holds, only checked views of this atlas are written, files
stay small, and another browser's presentation is changed or deleted only with its key or
the administrator token."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dashboard.layout import ids
from dashboard.layout.panels.presentation import button_id, scene_id
from dashboard.presentations.scenes import MAX_NOTE
from dashboard.presentations.storage import MAX_PRESENTATIONS
from dashboard.settings import Settings
from dashboard.web.replay import PageSession, _id_key
from tests.web.conftest import page_session

TOKEN = "a-presentation-test-admin-token"
ENDPOINT = "/_dash-update-component"
GOOD = "?lang=en&indicator=population&year=2005"


@pytest.fixture(scope="module")
def atlas(tmp_path_factory):
    """The app (web imports on: an administrator token) and its presentations folder."""
    from dashboard.app import create_app

    instance = tmp_path_factory.mktemp("presentation-callbacks")
    app = create_app(Settings(instance_dir=instance, admin_token=TOKEN))
    return app, instance / "presentations"


class Browser:
    """One reader's page: its stores and what the server answered."""

    def __init__(self, app) -> None:
        self.client = app.server.test_client()
        self.session: PageSession = page_session(self.client)
        self.answers: list[dict] = []
        self.session.initial(self.post)

    def post(self, body: dict) -> dict | None:
        response = self.client.post(ENDPOINT, json=body)
        answer = response.get_json() if response.status_code == 200 else None
        self.answers.append(answer or {})
        return answer

    def said(self) -> str:
        """What the last answers put on the page, as text."""
        return json.dumps(self.answers[-4:], ensure_ascii=False)

    def holds(self, store: str):
        return self.session.values.get((store, "data"))

    def hold(self, store: str, data) -> None:
        self.session.values[(store, "data")] = data

    def add_view(self) -> None:
        clicks = (self.session.values.get((ids.SCENE_ADD, "n_clicks")) or 0) + 1
        self.session.change(ids.SCENE_ADD, "n_clicks", clicks, self.post)

    def press(self, action: str, name: str | None = None) -> None:
        if name is not None:
            self.session.values[(ids.PRESENT_NAME, "value")] = name
        self._trigger(button_id(action), "n_clicks", 1, f"{ids.PRESENT_UPLOAD}.contents")

    def edit(self, kind: str, index: int, value) -> None:
        self._trigger(scene_id(kind, index), "value", value, f"{ids.PRESENT_KEYS}.data")

    def _trigger(self, component: dict, prop: str, value, output: str) -> None:
        key = _id_key(component)
        if component not in self.session.ids:
            self.session.ids.append(component)
        self.session.values[(key, prop)] = value
        callback = next(
            c
            for c in self.session.callbacks
            if output in c["output"] and any(i["id"].startswith("{") for i in c["inputs"])
        )
        self.session.apply(self.post(self.session.body(callback, [f"{key}.{prop}"])))


def written(folder: Path) -> bytes:
    return b"".join(path.read_bytes() for path in folder.glob("*.json"))


def test_a_crafted_store_writes_only_views_of_this_atlas_and_small_files(atlas):
    app, folder = atlas
    reader = Browser(app)
    reader.hold(
        ids.PRESENTATION,
        {
            "name": "Crafted",
            "scenes": [
                {"query": "javascript:alert(document.cookie)", "title": "x"},
                {"query": "http://evil.example/?indicator=population", "title": "x"},
                {"query": "data:text/html,<script>alert(1)</script>", "title": "x"},
                {"query": GOOD, "title": "t" * 400_000, "note": "n" * 400 * 1024},
            ],
        },
    )
    reader.add_view()
    assert "Scene 2 added" in reader.said()
    saved = json.loads((folder / "Crafted.json").read_text(encoding="utf-8"))
    assert [s["url"].split("&")[1] for s in saved["scenes"]] == ["indicator=population"] * 2
    assert len(saved["scenes"][0]["note"]) == MAX_NOTE
    assert (folder / "Crafted.json").stat().st_size < 10_000
    everything = written(folder)
    for bad in (b"javascript", b"evil", b"data:", b"<script>"):
        assert bad not in everything


def test_a_crafted_store_with_thousands_of_scenes_writes_nothing(atlas):
    app, folder = atlas
    reader = Browser(app)
    reader.hold(ids.PRESENTATION, {"name": "Many", "scenes": [{"query": GOOD}] * 5000})
    reader.add_view()
    assert "holds at most 60 scenes" in reader.said()
    assert not (folder / "Many.json").exists()


def test_another_browsers_presentation_changes_only_with_its_key_or_the_admin_token(atlas):
    app, folder = atlas
    owner = Browser(app)
    owner.press("new", "Owned")
    assert (folder / "Owned.json").exists()
    key = owner.holds(ids.PRESENT_KEYS)["Owned"]
    assert len(key) >= 43 and key.encode() not in (folder / "Owned.json").read_bytes()
    owner.add_view()
    assert "Scene 1 added" in owner.said()

    stranger = Browser(app)
    # A key one character off (never the key itself: its last character may be an "A").
    off_by_one = key[:-1] + ("B" if key.endswith("A") else "A")
    for keys in (None, {"Owned": "x" * 43}, {"Owned": off_by_one}):
        stranger.hold(ids.PRESENT_KEYS, keys)
        stranger.hold(ids.PRESENTATION, {"name": "Owned", "scenes": []})
        stranger.press("delete")
        assert "was made in another browser" in stranger.said()
        stranger.edit("title", 0, "Defaced")
        assert "was made in another browser" in stranger.said()
        stranger.press("rename", "Mine")
        assert (folder / "Owned.json").exists() and not (folder / "Mine.json").exists()
    assert b"Defaced" not in (folder / "Owned.json").read_bytes()
    # Shown read-only: its fields and buttons are disabled, and the page says why.
    stranger.session.change(ids.PRESENTATION, "data", {"name": "Owned"}, stranger.post)
    shown = stranger.session.values
    assert "read-only here" in shown[(ids.PRESENT_ACCESS, "children")]
    assert shown[(_id_key(button_id("delete")), "disabled")] is True
    assert shown[(_id_key(button_id("copy")), "disabled")] is False
    assert '"readonly": true' in json.dumps(shown[(ids.PRESENT_LIST, "children")])

    stranger.press("copy")  # a copy is the stranger's own
    assert "Owned 2" in stranger.holds(ids.PRESENT_KEYS)

    admin = Browser(app)
    admin.session.values[(ids.UPLOAD_TOKEN, "value")] = TOKEN
    admin.hold(ids.PRESENTATION, {"name": "Owned", "scenes": []})
    admin.edit("title", 0, "Checked by the administrator")
    assert b"Checked by the administrator" in (folder / "Owned.json").read_bytes()
    admin.press("delete")
    assert "deleted" in admin.said() and not (folder / "Owned.json").exists()


def test_the_owner_deletes_with_the_key_the_browser_kept(atlas):
    app, folder = atlas
    owner = Browser(app)
    owner.press("new", "Mine to delete")
    owner.press("delete")
    assert "deleted" in owner.said()
    assert not (folder / "Mine to delete.json").exists()
    assert "Mine to delete" not in (owner.holds(ids.PRESENT_KEYS) or {})


def test_the_number_of_presentations_is_bounded_with_a_message(atlas):
    app, folder = atlas
    empty = {"format": "migration-atlas-presentation", "version": 1, "scenes": []}
    filler = [folder / f"filler {n}.json" for n in range(MAX_PRESENTATIONS)]
    try:
        for path in filler:
            path.write_text(json.dumps({**empty, "name": path.stem}), encoding="utf-8")
        reader = Browser(app)
        reader.session.values[(ids.LANGUAGE, "value")] = "ru"
        before = len(list(folder.glob("*.json")))
        reader.press("new", "One too many")
        assert f"не больше {MAX_PRESENTATIONS} презентаций" in reader.said()
        reader.add_view()
        assert not (folder / "One too many.json").exists()
        assert len(list(folder.glob("*.json"))) == before
    finally:
        for path in filler:
            path.unlink(missing_ok=True)


def test_a_title_and_a_click_merged_into_one_call_are_both_applied_title_first():
    from dashboard.callbacks.presentation import scene_changes

    up, title, opened = scene_id("up", 2), scene_id("title", 2), scene_id("open", 0)
    prop = {
        json.dumps(c, sort_keys=True) + suffix: c
        for c, suffix in [(up, ".n_clicks"), (title, ".value"), (opened, ".n_clicks")]
    }
    names = list(prop)
    triggered = [
        {"prop_id": names[0], "value": 1},
        {"prop_id": names[1], "value": "Where people went"},
        {"prop_id": names[2], "value": 1},
        {"prop_id": "not-a-scene.n_clicks", "value": 1},
    ]
    assert scene_changes(triggered, prop) == [("title", 2, "Where people went"), ("up", 2, 1)]
    bad = {names[0]: {**up, "index": "2; drop"}}
    assert scene_changes(triggered[:1], bad) == []
