"""Page models over corpora/tiny: thread, document, directories, community paging, contact, the
experts name hook. Privacy: c-secret (members p6, p7) is private; p8 opted out."""
import pytest

from indexer.errors import BadInput, NotFound
from matcher import pages
from matcher.contact import contact_links
from matcher.directory import communities_directory, people_directory
from matcher.item_pages import document_page, mentions, thread_page, web_url
from matcher.privacy import access_for


def test_thread_page_has_every_post_in_order_and_the_accepted_one(tiny):
    t = thread_page(tiny, "t01")
    assert [p["id"] for p in [t["question"], *t["answers"]]] == ["t01-1", "t01-2", "t01-3"]
    assert t["question"]["kind"] == "question" and t["solved"] and t["accepted_post"] == "t01-2"
    assert t["answers"][0]["accepted"] and t["answers"][0]["author"] == {"id": "p1", "name": "Léa Martin"}
    assert t["answers"][0]["body"].endswith("c'est presque toujours l'air.")      # never cut
    assert t["community"]["id"] == "c-usine" and t["tags"] == ["pompe", "cavitation"]


def test_thread_links_both_directions(tiny):
    assert [(x["id"], x["kind"], x["direction"]) for x in thread_page(tiny, "t02")["links"]] == [("t01", "duplicate", "out")]
    assert [(x["id"], x["kind"], x["direction"]) for x in thread_page(tiny, "t01")["links"]] == [
        ("t02", "duplicate", "in"), ("t12", "related", "in")]


def test_open_thread_marks_the_best_voted_answer(tiny):
    t = thread_page(tiny, "t10", viewer="p6")             # open; t10-2 has 1 vote
    assert not t["solved"] and t["best_answer"] == "t10-2" and t["answers"][0]["best"]
    assert thread_page(tiny, "t01")["best_answer"] is None     # solved: the accepted one stands


def test_opted_out_author_is_a_former_member(tiny):
    t = thread_page(tiny, "t07")
    assert t["answers"][0]["accepted"] and t["answers"][0]["author"] is None
    assert "p8" not in str(t) and "Olivier" not in str(t)


@pytest.mark.parametrize("viewer", [None, "p1", "p2", "p8"])
def test_private_thread_is_not_found_for_non_members(tiny, viewer):
    with pytest.raises(NotFound):
        thread_page(tiny, "t10", viewer)
    with pytest.raises(NotFound):
        thread_page(tiny, "t404", viewer)
    # the private thread's link is invisible from the other side too
    assert all(x["id"] not in ("t10", "t11") for x in thread_page(tiny, "t01", viewer)["links"])


def test_member_sees_private_thread_and_its_link(tiny):
    assert [x["id"] for x in thread_page(tiny, "t10", "p7")["links"]] == ["t11"]


def test_mentions_link_only_visible_existing_items(tiny):
    access = access_for(tiny.store, None)
    found = mentions(tiny.store, access, {"a": "Déjà traité ici : t01 (et d3), pas t10 ni t999 ni P-12."}, own="t02")
    assert [(r[2], r[3]) for r in found["a"]] == [("thread", "t01"), ("document", "d3")]
    a, b, _, _ = found["a"][0]
    assert "Déjà traité ici : t01 (et d3), pas t10"[a:b] == "t01"
    member = access_for(tiny.store, "p6")
    assert [r[3] for r in mentions(tiny.store, member, {"a": "t10 t01"}, own="t01")["a"]] == ["t10"]


def test_document_page_renders_markdown(tiny):
    d = document_page(tiny, "d3")
    assert d["html"].startswith("<h1>") and "# Cas" not in d["html"] and d["body"].lstrip().startswith("# Cas")
    assert d["kind"] == "case" and d["authors"] == [{"id": "p1", "name": "Léa Martin"}]
    assert d["community"]["id"] == "c-usine" and d["path"].endswith("cas-cavitation-p12.md")
    with pytest.raises(NotFound):
        document_page(tiny, "d404")


def test_web_url_keeps_only_http_addresses():
    assert web_url("https://forum.example/t/1") == "https://forum.example/t/1"
    assert web_url("javascript:alert(1)") is None and web_url("") is None and web_url(None) is None


def test_contact_links():
    c = contact_links("lea.martin@tiny.example", "Savoir: a question about “pump”", "https://chat.example/?u={email}")
    assert c["mailto"] == "mailto:lea.martin@tiny.example?subject=Savoir%3A%20a%20question%20about%20%E2%80%9Cpump%E2%80%9D"
    assert c["chat"] == "https://chat.example/?u=lea.martin%40tiny.example"
    assert contact_links("lea.martin@tiny.example")["chat"] is None
    assert contact_links(None) is None and contact_links("a@b.c?cc=x@y.z") is None and contact_links("nobody") is None


def test_person_page_contact_and_coordinator_contact(tiny):
    p = pages.person_page(tiny, "p1", subject="Question: pompe")
    assert p["contact"]["mailto"] == "mailto:lea.martin@tiny.example?subject=Question%3A%20pompe"
    c = pages.community_page(tiny, "c-usine")
    assert c["coordinator"]["id"] == "p6" and c["coordinator_contact"]["email"] == "nadia.benali@tiny.example"
    assert pages.contact(tiny, "p8") is None                   # opted out: no contact


def test_community_page_lists_every_thread_by_pages(tiny):
    first = pages.community_page(tiny, "c-usine", page=1, per_page=3)
    assert first["threads_page"] == {"page": 1, "pages": 3, "per_page": 3, "total": 7}
    ids = [t["id"] for n in (1, 2, 3) for t in pages.community_page(tiny, "c-usine", page=n, per_page=3)["threads"]]
    assert len(ids) == len(set(ids)) == 7
    with pytest.raises(BadInput):
        pages.community_page(tiny, "c-usine", page=4, per_page=3)
    with pytest.raises(BadInput):
        pages.community_page(tiny, "c-usine", page="x")


def test_people_directory_filters_and_privacy(tiny):
    everyone = people_directory(tiny)
    assert "p8" not in {p["id"] for p in everyone["people"]} and everyone["total"] == 7
    assert [p["id"] for p in people_directory(tiny, q="lea martn")["people"]][0] == "p1"
    assert [p["id"] for p in people_directory(tiny, q="Olivier")["people"]] == []
    assert {p["id"] for p in people_directory(tiny, department="maintenance")["people"]} == {"p1", "p4"}
    assert {p["id"] for p in people_directory(tiny, location="Montréal, QC")["people"]} == {"p2", "p5"}
    assert people_directory(tiny, community="c-secret")["people"] == []
    assert {p["id"] for p in people_directory(tiny, "p6", community="c-secret")["people"]} == {"p6", "p7"}
    p6 = next(p for p in everyone["people"] if p["id"] == "p6")
    assert "c-secret" not in str(p6) and "c-secret" not in str(everyone["facets"])


def test_communities_directory_filters_and_privacy(tiny):
    d = communities_directory(tiny)
    assert [c["id"] for c in d["communities"]] == ["c-data", "c-usine"]
    assert "c-secret" in {c["id"] for c in communities_directory(tiny, "p7")["communities"]}
    assert [c["id"] for c in communities_directory(tiny, stage="coalescing")["communities"]] == ["c-data"]
    assert communities_directory(tiny, kind="project")["communities"] == []
    assert {"fr", "en"} <= set(d["facets"]["languages"])
    assert all("fr" in c["languages"] for c in communities_directory(tiny, language="fr")["communities"])


def test_a_name_query_puts_that_person_first(tiny):
    r = tiny.search("Hugo Lefort", mode="experts", k=3)
    assert r.results[0].id == "p7" and len(r.results) <= 3
    assert tiny.search("hugo lefor", mode="experts").results[0].id == "p7"        # typo
    assert tiny.search("Nadia Benali", mode="experts").results[0].id == "p6"
    assert all(e.id != "p8" for e in tiny.search("Olivier Masson", mode="experts").results)
    assert tiny.search("Hugo Lefort", mode="threads").results[0].type in ("thread", "document")  # experts only
