"""Stack Exchange dump importer: a hand-written mini dump, then every real dump under shared data."""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from indexer.importers.stackexchange import DumpError, import_stackexchange, iter_rows, read_questions
from indexer.store import Store

MINI = Path(__file__).resolve().parents[1] / "fixtures" / "stackexchange" / "mini"
TABLES = ("people", "person_keys", "communities", "memberships", "threads", "posts", "thread_links")


def shared_stackexchange() -> Path:
    root = os.environ.get("SAVOIR_SHARED_DATA") or Path(__file__).resolve().parents[2] / ".." / "shared" / "data"
    return Path(root) / "stackexchange"


def snapshot(store: Store) -> dict[str, list[tuple]]:
    """Every row of every table an import writes, in a stable order."""
    return {t: sorted(store.conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in TABLES}


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "savoir.db")
    yield s
    s.close()


def copy_mini(tmp_path: Path, name: str = "mini") -> Path:
    dest = tmp_path / "dumps" / name
    shutil.copytree(MINI, dest)
    return dest


# -- full import ---------------------------------------------------------------------------------

def test_mini_counts(store):
    report = import_stackexchange(store, MINI)
    assert report.ok, report.problems
    assert report.to_dict()["counts"] == {"community": {"new": 1}, "person": {"new": 7},
                                          "thread": {"new": 4}, "membership": {"new": 5}}
    counts = store.counts()
    assert {k: counts[k] for k in ("people", "communities", "memberships", "threads", "posts")} == {
        "people": 7, "communities": 1, "memberships": 5, "threads": 4, "posts": 12}
    # the tag wiki (PostTypeId 4, 5) and its comment are skipped
    assert not store.query("SELECT id FROM posts WHERE id IN ('se:mini:p31', 'se:mini:p32', 'se:mini:c104')")


def test_mini_community(store):
    import_stackexchange(store, MINI)
    c = store.one("SELECT * FROM communities")
    assert (c["id"], c["name"], c["kind"], c["visibility"]) == ("se:mini", "mini", "practice", "open")
    assert "pumps" in c["domain"] and "vibration" in c["domain"]
    assert c["domain"].index("pumps") < c["domain"].index("vibration")  # most frequent tag first


def test_mini_thread_with_answers_out_of_order(store):
    import_stackexchange(store, MINI)
    t = store.one("SELECT * FROM threads WHERE id = 'se:mini:q10'")
    assert t["title"] == "Is my pump vibration too high?"
    assert json.loads(t["tags"]) == ["pumps", "vibration"]
    assert (t["community"], t["created"], t["solved"], t["accepted_post"]) == (
        "se:mini", "2020-02-01T09:00:00", 1, "se:mini:p12")
    posts = store.query("SELECT id, kind, author, votes, accepted, created FROM posts"
                        " WHERE thread = 'se:mini:q10' ORDER BY position")
    assert [(p["id"], p["kind"], p["author"], p["votes"], p["accepted"]) for p in posts] == [
        ("se:mini:p10", "question", "se:mini:u1", 5, 0),
        ("se:mini:c101", "comment", "se:mini:u2", 0, 0),
        ("se:mini:p11", "answer", "se:mini:u2", 3, 0),       # listed before its question in Posts.xml
        ("se:mini:p12", "answer", "se:mini:u4", 7, 1),       # the accepted answer
        ("se:mini:c102", "comment", "se:mini:u1", 0, 0),
        ("se:mini:p13", "answer", None, 0, 0),               # deleted user
    ]
    assert posts[2]["created"] == "2020-02-02T08:00:00"


def test_mini_html_to_text_keeps_code(store):
    import_stackexchange(store, MINI)
    body = store.one("SELECT body FROM posts WHERE id = 'se:mini:p10'")["body"]
    assert "<" not in body.replace("rms > 4", "")
    assert "My pump vibrates at 50" in body           # whitespace collapsed, entities decoded
    assert "def rms(xs):\n    return (sum(x * x for x in xs)" in body  # code indentation kept
    assert "rms > 4" in body


def test_mini_tags_pipe_format_and_links(store):
    import_stackexchange(store, MINI)
    assert json.loads(store.one("SELECT tags FROM threads WHERE id = 'se:mini:q20'")["tags"]) == ["pumps", "seals"]
    links = store.query("SELECT thread, target, kind FROM thread_links ORDER BY thread")
    # the link from question 40 to answer 11 is not a question-to-question link: dropped
    assert links == [{"thread": "se:mini:q20", "target": "se:mini:q10", "kind": "duplicate"},
                     {"thread": "se:mini:q30", "target": "se:mini:q10", "kind": "related"}]
    assert store.one("SELECT author FROM posts WHERE id = 'se:mini:p40'")["author"] is None


def test_mini_people_and_memberships(store):
    import_stackexchange(store, MINI)
    people = {p["id"]: p for p in store.query("SELECT * FROM people")}
    assert set(people) == {"se:mini:u-1", "se:mini:u1", "se:mini:u2", "se:mini:u3", "se:mini:u5",
                           "se:mini:u4", "se:mini:u6"}
    alice = people["se:mini:u1"]
    assert (alice["name"], alice["location"], alice["profile"]) == ("Alice", "Lyon, FR", "I maintain pumps and write Python.")
    assert json.loads(alice["external_ids"]) == ["se:mini:1"]
    assert alice["joined"] == "2020-01-01T10:00:00"
    assert people["se:mini:u4"]["name"] == "Dave"      # no Users.xml row: OwnerDisplayName
    assert people["se:mini:u6"]["name"] == "user 6"    # no Users.xml row, no display name
    assert store.resolve_person(external_id="se:mini:4") == "se:mini:u4"
    members = store.query("SELECT person, community, role, since FROM memberships ORDER BY person")
    assert [(m["person"], m["role"]) for m in members] == [
        ("se:mini:u1", "active"), ("se:mini:u2", "active"), ("se:mini:u3", "active"),
        ("se:mini:u4", "active"), ("se:mini:u6", "active")]  # Eve and Community never posted
    assert {m["community"] for m in members} == {"se:mini"}
    assert members[1]["since"] == "2020-02-01T10:00:00"   # Bob's first contribution is a comment


def test_community_name_override(store):
    import_stackexchange(store, MINI, community="pumps")
    assert [c["id"] for c in store.query("SELECT id FROM communities")] == ["se:pumps"]
    assert store.one("SELECT id FROM threads WHERE id = 'se:pumps:q10'")


def test_reimport_is_unchanged(store):
    import_stackexchange(store, MINI)
    before = snapshot(store)
    report = import_stackexchange(store, MINI)
    assert report.total("new") == report.total("updated") == 0
    assert report.total("unchanged") == 17
    assert snapshot(store) == before


def test_progress_is_called_per_record(store):
    calls = []
    import_stackexchange(store, MINI, progress=calls.append)
    assert sum(calls) == 17


def test_missing_optional_files(tmp_path, store):
    dump = tmp_path / "posts-only"
    dump.mkdir()
    shutil.copy(MINI / "Posts.xml", dump / "Posts.xml")
    report = import_stackexchange(store, dump)
    assert report.ok
    assert store.counts()["threads"] == 4
    assert store.counts()["posts"] == 9  # no comments
    people = {p["id"]: p["name"] for p in store.query("SELECT id, name FROM people")}
    assert people == {"se:posts-only:u1": "user 1", "se:posts-only:u2": "user 2", "se:posts-only:u4": "Dave",
                      "se:posts-only:u6": "user 6"}
    assert store.query("SELECT kind FROM thread_links") == []
    assert "pumps" in store.one("SELECT domain FROM communities")["domain"]  # counted on the questions


def test_missing_posts_xml(tmp_path, store):
    (tmp_path / "empty").mkdir()
    with pytest.raises(DumpError, match="Posts.xml"):
        import_stackexchange(store, tmp_path / "empty")


# -- before --------------------------------------------------------------------------------------

def test_before_cuts_posts_users_and_comments(store):
    import_stackexchange(store, MINI, before="2020-03-01")
    counts = store.counts()
    assert {k: counts[k] for k in ("people", "memberships", "threads", "posts")} == {
        "people": 4, "memberships": 3, "threads": 1, "posts": 6}
    assert {p["id"] for p in store.query("SELECT id FROM people")} == {
        "se:mini:u-1", "se:mini:u1", "se:mini:u2", "se:mini:u4"}  # Carol joined at the cut: not strictly before
    assert store.query("SELECT * FROM thread_links") == []
    assert "seals" not in store.one("SELECT domain FROM communities")["domain"]  # tags counted before the cut


def test_before_is_strict(tmp_path):
    at = Store(tmp_path / "at.db")
    import_stackexchange(at, MINI, before="2020-03-01T09:00:00")  # question 20's exact creation time
    assert [t["id"] for t in at.query("SELECT id FROM threads")] == ["se:mini:q10"]
    after = Store(tmp_path / "after.db")
    import_stackexchange(after, MINI, before="2020-03-01T09:00:00.001")
    assert [t["id"] for t in after.query("SELECT id FROM threads ORDER BY id")] == ["se:mini:q10", "se:mini:q20"]
    assert after.query("SELECT id FROM posts WHERE thread = 'se:mini:q20'") == [{"id": "se:mini:p20"}]


def test_before_rejects_a_bad_date(store):
    with pytest.raises(ValueError, match="ISO 8601"):
        import_stackexchange(store, MINI, before="March 2020")


# -- malformed XML -------------------------------------------------------------------------------

def test_truncated_posts_raises_and_stores_nothing(tmp_path, store):
    dump = copy_mini(tmp_path)
    text = (dump / "Posts.xml").read_text(encoding="utf-8")
    (dump / "Posts.xml").write_text(text[: len(text) // 2], encoding="utf-8")
    with pytest.raises(DumpError) as err:
        import_stackexchange(store, dump)
    assert err.value.path.endswith("Posts.xml") and err.value.line is not None and err.value.column is not None
    assert "Posts.xml:" in str(err.value)
    assert all(n == 0 for n in store.counts().values())


def test_malformed_users_rolls_back_to_the_prior_import(tmp_path, store):
    import_stackexchange(store, MINI)
    prior = snapshot(store)
    dump = copy_mini(tmp_path)
    # a changed domain (written before Users.xml is read) and a broken Users.xml on line 5
    tags = (dump / "Tags.xml").read_text(encoding="utf-8").replace('Count="1" />\n</tags>', 'Count="99" />\n</tags>')
    (dump / "Tags.xml").write_text(tags, encoding="utf-8")
    lines = (dump / "Users.xml").read_text(encoding="utf-8").split("\n")
    assert 'DisplayName="Bob"' in lines[4]
    lines[4] = lines[4].replace('DisplayName="Bob"', 'DisplayName="Bob" DisplayName="Bob"')  # duplicate attribute
    (dump / "Users.xml").write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(DumpError) as err:
        import_stackexchange(store, dump, community="mini")
    assert err.value.path.endswith("Users.xml")
    assert err.value.line == 5
    assert snapshot(store) == prior


def test_iter_rows(tmp_path):
    rows = list(iter_rows(MINI / "PostLinks.xml"))
    assert rows[0] == {"Id": "1", "CreationDate": "2020-03-01T10:00:00.000", "PostId": "20",
                       "RelatedPostId": "10", "LinkTypeId": "3"}
    assert len(rows) == 3
    bad = tmp_path / "Comments.xml"
    bad.write_text('<?xml version="1.0"?>\n<comments>\n  <row Id="1" Text="a < b" />\n</comments>\n')
    with pytest.raises(DumpError) as err:
        list(iter_rows(bad))
    assert (err.value.line, err.value.column) == (3, 22)
    assert str(err.value).startswith(f"{bad}:3:22: malformed XML")


# -- read_questions ------------------------------------------------------------------------------

def test_read_questions():
    qs = {q["id"]: q for q in read_questions(MINI)}
    assert sorted(qs) == [10, 20, 30, 40]
    q = qs[10]
    assert (q["title"], q["created"], q["tags"], q["accepted_answer_id"]) == (
        "Is my pump vibration too high?", "2020-02-01T09:00:00", ["pumps", "vibration"], 12)
    assert "def rms(xs):" in q["body_text"]
    assert q["answers"] == [
        {"id": 11, "owner_user_id": 2, "score": 3, "created": "2020-02-02T08:00:00"},
        {"id": 12, "owner_user_id": 4, "score": 7, "created": "2020-02-03T11:00:00"},
        {"id": 13, "owner_user_id": None, "score": 0, "created": "2020-02-04T10:00:00"},
    ]
    assert qs[20]["links"] == [{"related_question_id": 10, "link_type": "duplicate"}]
    assert qs[30]["links"] == [{"related_question_id": 10, "link_type": "related"}]
    assert qs[40]["links"] == [] and qs[30]["answers"] == []


# -- real dumps ----------------------------------------------------------------------------------

def _real_dumps() -> list[Path]:
    root = shared_stackexchange()
    return sorted(p for p in root.iterdir() if (p / "Posts.xml").is_file()) if root.is_dir() else []


@pytest.mark.skipif(not _real_dumps(), reason=f"no Stack Exchange dumps at {shared_stackexchange()} "
                                              "(set SAVOIR_SHARED_DATA to the shared data folder)")
@pytest.mark.parametrize("dump", _real_dumps(), ids=lambda p: p.name)
def test_real_dump(dump, tmp_path):
    n_questions = sum(1 for row in iter_rows(dump / "Posts.xml") if row.get("PostTypeId") == "1")
    store = Store(tmp_path / "real.db")
    report = import_stackexchange(store, dump)
    assert report.ok, report.problems[:5]
    assert store.counts()["threads"] == n_questions
    assert len(read_questions(dump)) == n_questions
    assert store.one("SELECT count(*) AS n FROM posts WHERE kind = 'question'")["n"] == n_questions
    store.close()
