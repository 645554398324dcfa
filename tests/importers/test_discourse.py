import json

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from indexer.importers._common import SourceError
from indexer.importers.discourse import import_discourse
from indexer.store import Store

from .conftest import FIXTURES, Boom, counts, snapshot

FORUM = FIXTURES / "discourse" / "forum.json"
EXPECTED = {"community": {"new": 3}, "person": {"new": 4}, "thread": {"new": 3}}


def as_folder(tmp_path, data=None):
    data = data or json.loads(FORUM.read_text())
    root = tmp_path / "forum"
    (root / "topics").mkdir(parents=True)
    (root / "site.json").write_text(json.dumps(data["site"]))
    (root / "categories.json").write_text(json.dumps(data["categories"]))
    (root / "users.json").write_text(json.dumps({"directory_items": [{"user": u} for u in data["users"]]}))
    for t in data["topics"]:
        (root / "topics" / f"{t['id'] if isinstance(t, dict) else 'garbage'}.json").write_text(json.dumps(t))
    return root


def test_single_file_import(store):
    report = import_discourse(store, FORUM)
    assert report.ok, report.problems
    assert counts(report) == EXPECTED
    t = store.one("SELECT * FROM threads WHERE id = 'discourse:forum-ferrand:101'")
    assert t["solved"] == 1 and t["accepted_post"] == "discourse:forum-ferrand:p1002"
    assert t["community"] == "discourse:forum-ferrand:maintenance" and json.loads(t["tags"]) == ["roulement", "lubrification"]
    assert t["url"] == "https://forum.ferrand.example/t/roulement-qui-chauffe/101"
    body = store.one("SELECT body FROM posts WHERE id = 'discourse:forum-ferrand:p1002'")["body"]
    assert "```\ng = 0.005 * D * B  # grammes\n```" in body and "<" not in body
    assert store.one("SELECT accepted_post FROM threads WHERE id = 'discourse:forum-ferrand:102'")["accepted_post"] == \
        "discourse:forum-ferrand:p1012"                                   # accepted_answer_post_id
    assert store.counts()["posts"] == 7                                   # small action skipped
    assert store.one("SELECT body FROM posts WHERE id = 'discourse:forum-ferrand:p1013'")["body"] == \
        "Même procédure chez nous à Lyon."                                # quoted post removed
    assert store.one("SELECT visibility FROM communities WHERE id = 'discourse:forum-ferrand:staff'")["visibility"] == "private"
    assert store.one("SELECT votes FROM posts WHERE id = 'discourse:forum-ferrand:p1004'")["votes"] == 2


def test_folder_layout_same_result(store, tmp_path):
    report = import_discourse(store, as_folder(tmp_path))
    assert report.ok, report.problems
    assert counts(report) == EXPECTED
    assert import_discourse(store, FORUM).total("unchanged") == 10     # same ids from either layout


def test_reimport_and_update(store, tmp_path):
    import_discourse(store, FORUM)
    before = snapshot(store)
    assert import_discourse(store, FORUM).total("unchanged") == 10
    assert snapshot(store) == before
    data = json.loads(FORUM.read_text())
    data["topics"][2]["post_stream"]["posts"].append(
        {"id": 1022, "post_number": 2, "username": "jsmith", "created_at": "2024-01-06T09:00:00Z", "cooked": "<p>Done.</p>"})
    data["topics"].append({"id": 104, "title": "Calibration intervals", "category_id": 5, "created_at": "2024-04-01T09:00:00Z",
                           "post_stream": {"posts": [{"id": 1031, "username": "sofia", "created_at": "2024-04-01T09:00:00Z",
                                                      "cooked": "<p>Every 6 or 12 months?</p>"}]}})
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps(data))
    report = import_discourse(store, newer)
    assert counts(report)["thread"] == {"new": 1, "updated": 1, "unchanged": 2}


def test_community_option(store):
    report = import_discourse(store, FORUM, community="c-maint")
    assert counts(report)["community"] == {"new": 1}
    assert {r["community"] for r in store.query("SELECT community FROM threads")} == {"c-maint"}


def test_bad_topics_reported_and_skipped(store, tmp_path):
    data = json.loads(FORUM.read_text())
    data["topics"].insert(1, {"id": 999, "title": "no stream"})
    data["topics"].insert(2, "garbage")
    data["topics"][0]["created_at"] = "le 12 février"
    root = as_folder(tmp_path, data)
    (root / "topics" / "500.json").write_text('{"id": 500, "post_stream": {"posts": [')
    report = import_discourse(store, root)
    assert report.ok is False
    fields = sorted((p.source.rsplit("/", 1)[-1], p.field) for p in report.problems)
    assert ("500.json", "json") in fields and ("999.json", "topic") in fields
    assert any(f[1].endswith("created") for f in fields)
    assert counts(report)["thread"] == {"new": 2}


def test_interrupt_leaves_db_as_before(store, monkeypatch):
    import_discourse(store, FORUM, community="c-x")
    before = snapshot(store)
    monkeypatch.setattr(store, "upsert", Boom(store, 3))
    with pytest.raises(KeyboardInterrupt):
        import_discourse(store, FORUM)
    assert snapshot(store) == before


def test_missing_source(store, tmp_path):
    with pytest.raises(SourceError):
        import_discourse(store, tmp_path / "nope.json")


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    s = Store(tmp_path_factory.mktemp("seed") / "seed.db")
    import_discourse(s, FORUM)
    yield s
    s.close()


KEYS = st.sampled_from(["id", "title", "category_id", "post_stream", "posts", "username", "cooked", "raw", "created_at",
                        "accepted_answer", "accepted_answer_post_id", "post_number", "like_count", "tags", "name",
                        "categories", "users", "topics", "site", "category_list", "email", "slug", "read_restricted"])
JSONISH = st.recursive(st.none() | st.booleans() | st.integers(-3, 2000) | st.text(max_size=30) |
                       st.sampled_from(["2024-02-12T08:15:00Z", "<pre><code>x</code>", "x" * 5000]),
                       lambda k: st.lists(k, max_size=4) | st.dictionaries(KEYS, k, max_size=6), max_leaves=25)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(doc=JSONISH, raw=st.binary(max_size=200), cut=st.integers(0, 6000))
def test_hostile_json_never_crashes_nor_loses_data(seeded, tmp_path, doc, raw, cut):
    before = snapshot(seeded)
    path = tmp_path / "h.json"
    for blob in (json.dumps(doc).encode(), raw, FORUM.read_bytes()[:cut]):
        path.write_bytes(blob)
        report = import_discourse(seeded, path)
        assert all(p.source and p.problem for p in report.problems)
    after = snapshot(seeded)
    for table in ("people", "threads", "posts", "communities"):
        assert {r[0] for r in before[table]} <= {r[0] for r in after[table]}
