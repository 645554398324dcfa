"""Leader, newcomer and programme pages over corpora/tiny: rights, shortlist, starters, totals, CSV."""
from __future__ import annotations

import csv
import io


def test_leader_tools_are_for_members(as_user):
    anon, kw = as_user(None)
    assert anon.get("/communities/c-usine/leader", **kw).status_code == 403
    assert anon.get("/api/communities/c-usine/candidates", **kw).status_code == 403
    member, kw = as_user("p1")                      # expert of c-usine: read-only
    r = member.get("/communities/c-usine/leader", **kw)
    html = r.get_data(as_text=True)
    assert r.status_code == 200 and 'id="read-only"' in html and "shortlist-add" not in html and "mailto:" not in html
    d = member.get("/api/communities/c-usine/candidates", **kw).json
    assert d["can_manage"] is False and all(c["email"] is None for c in d["candidates"])
    r = member.post("/api/communities/c-usine/shortlist", json={"person": "p3"}, **kw)
    assert r.status_code == 403


def test_candidates_never_coordinator_or_sponsor_and_filters(as_user):
    c, kw = as_user("p6")
    d = c.get("/api/communities/c-usine/candidates?q=pompe+cavitation+ATEX", **kw).json
    ids = [x["id"] for x in d["candidates"]]
    assert "p6" not in ids and "p4" not in ids and "p8" not in ids   # coordinator, sponsor, opted out
    assert d["query"] == "pompe cavitation ATEX" and d["edited"]
    assert all(x["member_role"] not in ("core", "expert") for x in d["candidates"])
    assert "p1" in [x["id"] for x in d["core_group"]]               # expert: listed apart
    only_new = c.get("/api/communities/c-usine/candidates?q=pompe+Power+BI&not_members=1", **kw).json
    assert only_new["candidates"] and not any(x["is_member"] for x in only_new["candidates"])
    loc = d["facets"]["location"][0]
    there = c.get(f"/api/communities/c-usine/candidates?location={loc}", **kw).json
    assert all(x["location"] == loc for x in there["candidates"])


def test_shortlist_and_invitation(as_user):
    c, kw = as_user("p6")
    r = c.post("/communities/c-data/leader/shortlist", data={"person": "p3", "back": "?q=Power+BI"}, **kw)
    assert r.status_code == 302 and "q=Power+BI" in r.headers["Location"]
    d = c.get("/api/communities/c-data/candidates", **kw).json
    assert [s["id"] for s in d["shortlist"]] == ["p3"]
    html = c.get("/communities/c-data/leader", **kw).get_data(as_text=True)
    assert 'href="mailto:' in html and "subject=" in html
    assert c.post("/api/communities/c-data/shortlist", json={"person": "p2"}, **kw).status_code == 400  # coordinator
    assert c.post("/api/communities/c-data/shortlist", json={"person": "p8"}, **kw).status_code == 404  # opted out
    cross = c.post("/communities/c-data/leader/shortlist", data={"person": "p1"},
                   headers={**kw["headers"], "Origin": "https://evil.example"}, environ_base=kw["environ_base"])
    assert cross.status_code == 403
    r = c.delete("/api/communities/c-data/shortlist?person=p3", **kw)
    assert r.status_code == 200 and r.json["shortlist"] == []


def test_newcomer_uses_viewer_marks_joined_and_varies_starters(as_user, client):
    c, kw = as_user("p5")                          # member of c-data
    d = c.get("/api/newcomer", **kw).json
    assert d["person"] == "p5" and "c-data" in [j["id"] for j in d["joined"]]
    assert "c-data" not in [x["id"] for x in d["communities"]]
    pasted = c.post("/api/newcomer", json={"text": "Power BI reports and DAX"}, **kw).json
    assert "c-data" not in [x["id"] for x in pasted["communities"]]   # the signed-in person's memberships count
    a = client.post("/api/newcomer", json={"text": "pompes centrifuges cavitation NPSH"}).json
    b = client.post("/api/newcomer", json={"text": "ATEX zones et sécurité des interventions"}).json
    usine_a = next(x for x in a["communities"] if x["id"] == "c-usine")
    usine_b = next(x for x in b["communities"] if x["id"] == "c-usine")
    assert [t["id"] for t in usine_a["starter_threads"]] != [t["id"] for t in usine_b["starter_threads"]]
    for x in a["communities"]:
        ids = [t["id"] for t in x["starter_threads"]]
        assert len(ids) == len(set(ids))
        assert all(p["id"] != "p8" for p in x["people_to_meet"]) and len(x["people_to_meet"]) <= 3
        assert "how" in x["join"]


def test_person_picker_filters_as_you_type(client):
    html = client.get("/newcomer/people?who=lea").get_data(as_text=True)
    assert "Léa Martin" in html and "Tom Baker" not in html
    assert "Masson" not in client.get("/newcomer/people?who=masson").get_data(as_text=True)   # opted out
    assert "Léa Martin" in client.get("/newcomer?who=martin").get_data(as_text=True)


def test_programme_summed_unique_overlap_flags(client, as_user):
    d = client.get("/api/programme").json
    t = d["totals"]
    assert (t["members_summed"], t["members_unique"]) == (8, 6)       # p8 opted out, c-secret hidden
    o = d["overlap"]
    i, j = o["communities"].index("c-usine"), o["communities"].index("c-data")
    assert o["matrix"][i][j] == 2 and "c-secret" not in o["communities"]
    assert t["by_stage"] and t["by_kind"]
    assert all(s["date"] for s in d["success_stories"])
    assert any("charter_old" in r["flags"] for r in d["communities"])
    member, kw = as_user("p6")
    m = member.get("/api/programme", **kw).json["totals"]
    assert (m["members_summed"], m["members_unique"]) == (10, 7)
    html = client.get("/programme").get_data(as_text=True)
    assert 'id="scope-note"' in html and "<svg" in html and "style=" not in html and "c-secret" not in html
    desc = client.get("/api/programme?sort=members&order=desc").json["communities"]
    assert [r["members"] for r in desc] == sorted((r["members"] for r in desc), reverse=True)
    assert client.get("/api/programme?sort=nope").status_code == 400


def test_programme_csv(client):
    r = client.get("/programme.csv?sort=threads&order=desc")
    assert r.status_code == 200 and r.mimetype == "text/csv" and "attachment" in r.headers["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(r.get_data(as_text=True).lstrip("\ufeff"))))
    assert rows[0][0] == "id" and {row[0] for row in rows[1:]} == {"c-usine", "c-data"}
