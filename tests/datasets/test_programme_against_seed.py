"""Check the Programme tables against the Kazakh original in ../shared/seed.

Skips on a user's clone without ../shared; fails in CI (see tests/conftest.py).

The original (adilet's consolidated Kazakh text) is justified plain text: letter-spaced lines
("ш ы қ қ а н д а р"), words broken at line ends ("ақпа.\\nраттық"), Latin i/I/Y inside Kazakh
words, and a fixed-width action-plan table whose columns interleave on each line. So the
comparison uses a normalised form: Latin i/I/Y in Cyrillic words -> і/І/Ү, lower case, and all
whitespace removed.
"""

import csv
import re
from functools import cache

import pytest

from dashboard import DATA_DIR
from tests.conftest import require_shared

pytestmark = pytest.mark.shared

SEED = "seed/000_c9f4f638f1b40831.txt"
CYRILLIC = re.compile(r"[\u0400-\u04FF]")


def kk_letters(text: str) -> str:
    def fix(match: re.Match) -> str:
        word = match.group(0)
        if CYRILLIC.search(word):
            word = word.replace("i", "і").replace("I", "І").replace("Y", "Ү")
        return word

    return re.sub(r"\w+", fix, text)


def norm(text: str) -> str:
    # Remove whitespace first so that letter-spaced words are whole before the letter fix.
    return kk_letters(re.sub(r"\s+", "", text)).lower()


@cache
def original() -> str:
    return require_shared(SEED).read_text(encoding="utf-8")


@cache
def normalised() -> str:
    return norm(original())


@cache
def table(name: str) -> tuple[dict[str, str], ...]:
    with (DATA_DIR / f"{name}.csv").open(encoding="utf-8", newline="") as f:
        return tuple(csv.DictReader(f))


def near(needle: str, anchor: str, window: int = 160) -> bool:
    """True if `needle` occurs in the normalised original within `window` characters of `anchor`."""
    text = normalised()
    for m in re.finditer(re.escape(needle), text):
        lo, hi = max(0, m.start() - window), m.end() + window
        if anchor in text[lo:hi]:
            return True
    return False


def test_every_programme_figure_is_printed_in_the_original():
    rows = [r for r in table("national_series") if r["source_id"] == "programme-2001"]
    assert rows
    for row in rows:
        printed = norm(row["value_as_printed"])
        assert printed in normalised(), row
        anchor = row["year"] or re.match(r"\d{4}", row["period"] or "")
        if isinstance(anchor, re.Match):
            anchor = anchor.group(0)
        if anchor:
            assert near(printed, anchor), (row["series"], row["period"], printed)


def test_headline_figures_in_context():
    assert near("477,1мың", "1994")
    assert near("2миллион", "1991-2000")
    assert near("79,4мыңнеміс", "1990")
    assert near("183мың", "43мыңнанастамқазақотбасы")
    assert near("25-кежуық", "1994")


def _share_text(share: str) -> str:
    value = float(share)
    return (f"{value:g}" if value != int(value) else str(int(value))).replace(".", ",") + "%"


# Paragraph anchor of each Programme breakdown, and whether the category word comes before the
# share ("орыстар - 58%") or after it ("41%-ын орыстар").
ANCHORS = {
    ("emigrants_by_ethnicity", "2000"): ("2000жылыкетушілерлегінде", "before"),
    ("immigrants_by_ethnicity", "2000"): ("келушілердіңарасындағыүлессалмақтың", "after"),
    ("oralman_origins", "1991-2000"): ("келушілерлегімонғолиядан", "before"),
}


def test_programme_shares_are_printed_next_to_their_category():
    text = normalised()
    rows = [r for r in table("composition") if r["source_id"] == "programme-2001"]
    assert rows
    for (breakdown, period), (anchor, side) in ANCHORS.items():
        group = [r for r in rows if (r["breakdown"], r["period"]) == (breakdown, period)]
        assert group, breakdown
        start = text.index(anchor)
        paragraph = text[start : start + 260]
        stems = {r["category"]: norm(r["category_kk"])[:5] for r in group}
        for row in group:
            share = _share_text(row["share_pct"])
            # a whole number only: "2%" must not match inside "1,2%"
            hits = [
                m.start() for m in re.finditer(r"(?<!\d)(?<!\d,)" + re.escape(share), paragraph)
            ]
            found = False
            for hit in hits:
                # the category word closest to the share, on the side where the text puts it
                if side == "before":
                    cands = {c: paragraph.rfind(s, 0, hit) for c, s in stems.items()}
                    cands = {c: hit - p for c, p in cands.items() if p >= 0}
                else:
                    cands = {c: paragraph.find(s, hit) for c, s in stems.items()}
                    cands = {c: p - hit for c, p in cands.items() if p >= 0}
                if (
                    cands
                    and min(cands, key=cands.get) == row["category"]
                    and min(cands.values()) < 30
                ):
                    found = True
            assert found, (breakdown, row["category"], share)


@pytest.mark.parametrize(
    ("name", "column"),
    [("programme_roles", "quote_kk"), ("disaster_zones", "programme_quote_kk")],
)
def test_quotes_are_verbatim(name, column):
    for row in table(name):
        assert norm(row[column]) in normalised(), row[column]


def test_zone_names_as_in_the_original():
    text = normalised()
    for phrase in (
        "Семей полигоны",
        "Арал өңірі",
        "Батыс Қазақстандағы Капустин Яр",
        "Оңтүстік Қазақстан облысындағы Созақ полигоны",
    ):
        assert norm(phrase) in text, phrase


def action_plan_blocks() -> dict[str, str]:
    """Raw text of each action-plan row: from its number to the next row's number."""
    text = original()
    start = text.index("2001-2005 ЖЫЛДАРҒА АРНАЛҒАН ЖОСПАРЫ")
    plan = text[start:]
    numbers = [r["number"] for r in table("action_plan")]
    positions = []
    for number in numbers:
        m = re.search(r"(?m)^\s*" + re.escape(number) + r"(?:\.|\s)", plan)
        assert m, number
        positions.append(m.start())
    assert positions == sorted(positions), "rows out of order"
    ends = [*positions[1:], len(plan)]
    return {n: plan[a:b] for n, a, b in zip(numbers, positions, ends, strict=True)}


def word_in_block(word: str, block: str) -> bool:
    """A word is found whole, or as two fragments broken across lines of the fixed-width table."""
    if word in block:
        return True
    return any(word[:k] in block and word[k:] in block for k in range(2, len(word) - 1))


@pytest.mark.parametrize("column", ["measure_kk", "responsible", "deadline_kk", "form_kk"])
def test_action_plan_text_comes_from_its_row(column):
    blocks = action_plan_blocks()
    for row in table("action_plan"):
        block = norm(blocks[row["number"]])
        value = row[column]
        if column == "form_kk" and "-//-" in row["note"]:
            assert "-//-" in block, row["number"]
            continue
        for word in re.findall(r"\w+", kk_letters(value).lower()):
            assert word_in_block(word, block), (row["number"], column, word)


def test_every_action_plan_number_and_the_deletion_are_in_the_original():
    blocks = action_plan_blocks()
    assert len(blocks) == 22
    assert "алынып тасталды" in kk_letters(blocks["1.1.6"]).lower()
    assert "444" in blocks["1.1.6"]


def test_the_immigrants_year_is_inferred_because_their_sentence_names_none():
    """composition.csv flags the immigrants' 2000 as inferred: the sentence with their shares
    has no year; the sentence before it (the emigrants' shares) says '2000 жылы'."""
    rows = table("composition")
    flags = {r["breakdown"]: r["period_inferred"] for r in rows if r["period"] == "2000"}
    assert flags == {"emigrants_by_ethnicity": "false", "immigrants_by_ethnicity": "true"}
    text = normalised()
    start = text.index("келушілердіңарасындағыүлессалмақтың")
    end = text.index(".", start)
    sentence = text[start:end]
    assert "16%-ынбасқаұлт" in sentence  # the whole sentence: its last share is in it
    assert not re.search(r"(19|20)\d\d", sentence)
    previous_end = text.rindex(".", 0, start)
    before = text[text.rindex(".", 0, previous_end) + 1 : previous_end]
    assert before.startswith("2000жылыкетушілерлегінде")
