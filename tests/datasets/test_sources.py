"""Sources are cited in the reader's language."""

from dashboard.datasets.package import load_package
from dashboard.datasets.sources import citations, cite


def test_citations_are_in_the_readers_language():
    kk, ru, en = (citations(lang, load_package()) for lang in ("kk", "ru", "en"))
    assert set(kk) == set(ru) == set(en)
    assert "1787-XII" in ru["law-1787-xii-1992"] and "Закон" in ru["law-1787-xii-1992"]
    assert en["law-1787-xii-1992"].startswith("Law")
    assert "Заңы" in kk["law-1787-xii-1992"]


def test_derived_values_cite_each_source_once():
    text = cite(
        "bns-net-migration-all-flows+bns-population-1jan+bns-population-1jan", "en", load_package()
    )
    assert text.count(";") == 1 and text.startswith("BNS")
    assert cite("", "en", load_package()) == "" and cite(None, "en", load_package()) == ""
