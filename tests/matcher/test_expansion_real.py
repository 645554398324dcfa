"""Cross-language retrieval with the real multilingual e5 on the tiny bilingual corpus (12 s)."""
import pytest

from tests.conftest import TINY, build_db


@pytest.fixture(scope="module")
def e5_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("e5") / "e5.db"
    _, build = build_db(TINY, db, model="e5")
    assert build.models == ["e5"]
    return db


def _threads(db, query, **settings):
    from matcher import Savoir, Settings

    sv = Savoir.open(db, Settings(model="e5", **settings))
    return [h.id for h in sv.search(query, mode="threads", k=3).results]


def test_the_index_is_bilingual_so_the_feedback_applies(e5_db):
    from matcher import Savoir, Settings
    from matcher.crosslingual import is_bilingual

    snap = Savoir.open(e5_db, Settings(model="e5")).snapshot()
    assert is_bilingual(snap.lang)


def test_a_french_question_finds_the_english_thread(e5_db):
    # t04 "Which equipment category for ATEX zone 2?" is in English
    assert "t04" in _threads(e5_db, "quelle catégorie de matériel pour une zone 2 ?")


def test_an_english_question_finds_the_french_thread(e5_db):
    # t08 "Quel couple de serrage pour les brides DN100 PN16 ?" is in French
    assert _threads(e5_db, "tightening torque for DN100 flanges")[0] == "t08"


def test_feedback_gives_the_other_language_a_lexical_score(e5_db):
    from matcher import Savoir, Settings
    from matcher.expansion import lexical_with_feedback

    sv = Savoir.open(e5_db, Settings(model="e5"))
    snap = sv.snapshot()
    q = sv.make_query("couple de serrage des brides")
    allowed = snap.allowed_for(sv.context(None).access)
    lex = snap.lexical(q.terms, allowed, 400)
    dense = [snap.dense(spec, v, allowed, 400) for spec, v in q.vectors.items()]
    english = {r for r in range(snap.n) if snap.lang[r] == "en"}
    assert not english & set(lex)                 # the French words match no English chunk
    with_fb = lexical_with_feedback(snap, lex, dense, allowed, 400, 5, 10)
    assert any(with_fb.get(r, 0) > 0 for r in english)
