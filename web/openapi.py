"""The OpenAPI 3 description of the JSON API, written by hand (kept next to web/api.py)."""
from __future__ import annotations

from .openapi_parts import _ask_paths, _error, _me_paths, _ok

__all__ = ["ENDPOINTS", "openapi_document"]

# (method, path, summary) for the /api page
ENDPOINTS = [
    ("GET", "/api/index/status", "Semantic search ready or being prepared (embedding progress)"),
    ("GET", "/api/search?q=&mode=experts|threads|communities&k=&offset=&method=hybrid|bm25|dense&solved=0|1",
     "Search experts, solved threads and documents, or communities"),
    ("GET", "/api/people/{id}", "A person: communities, expertise inferred from content, contributions, activity"),
    ("GET", "/api/people?q=&department=&location=&community=&page=", "People directory; q matches names as typed"),
    ("GET", "/api/communities?kind=&stage=&language=", "Community directory"),
    ("GET", "/api/communities/{id}?page=", "A community: indicators, members, threads per month, threads (paged), documents"),
    ("GET", "/api/threads/{id}", "A thread: question, answers and comments in order, links, source"),
    ("GET", "/api/documents/{id}", "A document: sanitised HTML from its Markdown, authors, kind, source"),
    ("GET", "/api/communities/{id}/candidates?q=&k=&not_members=&location=&department=&language=",
     "Core-group candidates (never the coordinator or the sponsor) and the shortlist, for the community's members"),
    ("GET", "/api/newcomer?person=&k=", "Communities that fit a person's profile and posts (default: the viewer)"),
    ("POST", "/api/newcomer", "Communities that fit a pasted profile (JSON {\"text\": ...} or form field text)"),
    ("GET", "/api/programme?sort=&order=asc|desc",
     "Visible communities with indicators and flags; members_summed, members_unique, overlap, stories, events"),
    ("GET", "/api/me", "The current viewer (trusted proxy header or demo sign-in), language, and their profile and choices"),
    ("GET", "/api/me/export", "Everything Savoir holds about the signed-in viewer, as a JSON download"),
    ("POST", "/api/me/choices", "A profile choice: JSON {\"kind\", \"value\", \"on\"} (confirm/hide a topic, hide an item, declare, opt out)"),
    ("POST", "/api/feedback", "Feedback on a result: JSON {\"query\", \"mode\", \"result_id\", \"rank\", \"verdict\"}"),
    ("POST", "/api/questions", "Ask a question (JSON {title, body, community?, people?}); routed to k people"),
    ("GET", "/api/questions/{id}", "A question: status, answers, and (to its asker and the routed) its routings"),
    ("GET", "/api/inbox", "The viewer's routed questions, own questions and routing choices"),
    ("POST", "/api/communities/{id}/shortlist", "Shortlist a candidate (JSON {\"person\": id}; coordinator, sponsor, core)"),
    ("DELETE", "/api/communities/{id}/shortlist?person=", "Take a candidate off the shortlist"),
    ("GET", "/api/openapi.json", "This API as an OpenAPI 3 document"),
]


def openapi_document(max_query_chars: int, max_k: int, max_offset: int = 500) -> dict:
    k_param = lambda default: {"name": "k", "in": "query", "required": False,  # noqa: E731
                               "schema": {"type": "integer", "minimum": 1, "maximum": max_k, "default": default},
                               "description": "Number of results"}
    common = {"400": _error("Bad parameter; `parameter` names it"), "429": _error("Rate limit; see Retry-After"),
              "500": _error("Unexpected error (logged; no details are returned)")}
    not_found = {"404": _error("Unknown, opted out, or private and the viewer is not a member")}
    page_param = {"name": "page", "in": "query", "required": False,
                  "schema": {"type": "integer", "minimum": 1, "default": 1}, "description": "Page number (1-based)"}
    person_ref = {"type": "object", "nullable": True, "description": "null: a former member (opted out) or unknown",
                  "properties": {"id": {"type": "string"}, "name": {"type": "string"}}}
    contact = {"type": "object", "nullable": True, "properties": {
        "email": {"type": "string"}, "mailto": {"type": "string"},
        "chat": {"type": "string", "nullable": True, "description": "from the web.chat_url setting"}}}
    post = {"type": "object", "properties": {
        "id": {"type": "string"}, "position": {"type": "integer"},
        "kind": {"type": "string", "description": "question, answer or comment"}, "author": person_ref,
        "created": {"type": "string", "nullable": True}, "date": {"type": "string", "nullable": True},
        "body": {"type": "string"}, "votes": {"type": "integer"}, "accepted": {"type": "boolean"},
        "best": {"type": "boolean", "description": "best-voted answer of an open thread"},
        "refs": {"type": "array", "description": "[start, end, thread|document, id]: item ids written in body",
                 "items": {"type": "array"}}}}
    obj = {"type": "object", "additionalProperties": True}
    evidence = {"type": "object", "properties": {
        "kind": {"type": "string", "enum": ["accepted_answer", "answer", "question", "comment", "document",
                                            "profile", "community"]},
        "item_type": {"type": "string"}, "item_id": {"type": "string"}, "title": {"type": "string"},
        "snippet": {"type": "string"},
        "highlights": {"type": "array", "description": "[start, end) character spans of matched terms in snippet",
                       "items": {"type": "array", "items": {"type": "integer"}, "minItems": 2, "maxItems": 2}},
        "date": {"type": "string", "nullable": True}, "role": {"type": "string"},
        "thread": {"type": "string", "nullable": True}, "document": {"type": "string", "nullable": True},
        "community": {"type": "string", "nullable": True}, "score": {"type": "number"}}}
    return {
        "openapi": "3.0.3",
        "info": {"title": "Savoir API", "version": "1",
                 "description": (
                     "Expert finding and knowledge matching for communities of practice. "
                     "The viewer is taken from the trusted reverse-proxy header only (never from a parameter); "
                     "anonymous otherwise. Opted-out people and private communities the viewer does not belong "
                     "to are never returned nor counted. Unknown query parameters are ignored. "
                     "Errors are JSON {\"error\": message, \"parameter\": name or null}.")},
        "paths": {
            "/api/index/status": {"get": {
                "summary": "Whether semantic search is ready; while not, the embedding progress "
                           "(model, done, total, rate, eta_s) and the search page's notice",
                "operationId": "indexStatus", "responses": {"200": {"description": "semantic ready or pending"}}}},
            "/api/search": {"get": {
                "summary": "Search", "operationId": "search",
                "parameters": [
                    {"name": "q", "in": "query", "required": True,
                     "schema": {"type": "string", "minLength": 1, "maxLength": max_query_chars}},
                    {"name": "mode", "in": "query", "required": False,
                     "schema": {"type": "string", "enum": ["experts", "threads", "communities"], "default": "experts"}},
                    k_param(10),
                    {"name": "method", "in": "query", "required": False,
                     "schema": {"type": "string", "enum": ["hybrid", "bm25", "dense"], "default": "hybrid"}},
                    {"name": "offset", "in": "query", "required": False,
                     "schema": {"type": "integer", "minimum": 0, "maximum": max_offset, "default": 0},
                     "description": "Results from this rank on (0 = the first); `more` says whether more exist"},
                    {"name": "solved", "in": "query", "required": False,
                     "schema": {"type": "string", "enum": ["0", "1", "true", "false"], "default": "0"},
                     "description": "mode threads: 1 leaves out open threads (documents stay)"}],
                "responses": {"200": _ok({"$ref": "#/components/schemas/SearchResponse"}), **common}}},
            "/api/people/{id}": {"get": {
                "summary": "Person page data", "operationId": "person",
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {"200": _ok({"$ref": "#/components/schemas/Person"}), **not_found, **common}}},
            "/api/people": {"get": {
                "summary": "People directory (opted-out people are never listed)", "operationId": "people",
                "parameters": [
                    {"name": "q", "in": "query", "required": False, "schema": {"type": "string", "maxLength": max_query_chars},
                     "description": "Name, as typed so far: accents, case and small typos are tolerated; best match first"},
                    {"name": "department", "in": "query", "required": False, "schema": {"type": "string"}},
                    {"name": "location", "in": "query", "required": False, "schema": {"type": "string"}},
                    {"name": "community", "in": "query", "required": False, "schema": {"type": "string"},
                     "description": "A community id the viewer may see"}, page_param],
                "responses": {"200": _ok({"$ref": "#/components/schemas/People"}), **common}}},
            "/api/communities": {"get": {
                "summary": "Community directory (private communities only for their members)",
                "operationId": "communities",
                "parameters": [
                    {"name": "kind", "in": "query", "required": False,
                     "schema": {"type": "string", "enum": ["practice", "innovation", "project"]}},
                    {"name": "stage", "in": "query", "required": False,
                     "schema": {"type": "string", "enum": ["start", "coalescing", "active", "dispersing", "closed"]}},
                    {"name": "language", "in": "query", "required": False, "schema": {"type": "string"},
                     "description": "A language its threads and documents are written in (en, fr)"}],
                "responses": {"200": _ok({"$ref": "#/components/schemas/Communities"}), **common}}},
            "/api/threads/{id}": {"get": {
                "summary": "Thread page data", "operationId": "thread",
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {"200": _ok({"$ref": "#/components/schemas/Thread"}), **not_found, **common}}},
            "/api/documents/{id}": {"get": {
                "summary": "Document page data", "operationId": "document",
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {"200": _ok({"$ref": "#/components/schemas/Document"}), **not_found, **common}}},
            "/api/communities/{id}": {"get": {
                "summary": "Community page data", "operationId": "community",
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
                               page_param],
                "responses": {"200": _ok({"$ref": "#/components/schemas/Community"}), **not_found, **common}}},
            "/api/communities/{id}/candidates": {"get": {
                "summary": "Core-group candidates (default search: the community's name and domain); never the "
                           "coordinator or the sponsor. For members of the community (403 otherwise)",
                "operationId": "candidates",
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
                               {"name": "q", "in": "query", "required": False,
                                "schema": {"type": "string", "maxLength": max_query_chars}},
                               k_param(10),
                               {"name": "not_members", "in": "query", "required": False,
                                "schema": {"type": "string", "enum": ["1", "true"]}},
                               *({"name": n, "in": "query", "required": False, "schema": {"type": "string"}}
                                 for n in ("location", "department", "language"))],
                "responses": {"200": _ok({"$ref": "#/components/schemas/Candidates"}), **not_found,
                              "403": {"description": "not a member of the community"}, **common}}},
            "/api/communities/{id}/shortlist": {
                "post": {"summary": "Shortlist a candidate (coordinator, sponsor, core members)",
                         "operationId": "shortlistAdd",
                         "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                         "requestBody": {"required": True, "content": {"application/json": {"schema": {
                             "type": "object", "required": ["person"], "properties": {
                                 "person": {"type": "string"}, "note": {"type": "string", "maxLength": 500}}}}}},
                         "responses": {"200": _ok({"type": "object"}), **not_found,
                                       "403": {"description": "not the coordinator, sponsor or a core member"},
                                       **common}},
                "delete": {"summary": "Take a candidate off the shortlist", "operationId": "shortlistRemove",
                           "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
                                          {"name": "person", "in": "query", "required": True,
                                           "schema": {"type": "string"}}],
                           "responses": {"200": _ok({"type": "object"}), **not_found,
                                         "403": {"description": "not the coordinator, sponsor or a core member"},
                                         **common}}},
            "/api/newcomer": {
                "get": {"summary": "Communities for a person", "operationId": "newcomerPerson",
                        "parameters": [{"name": "person", "in": "query", "required": True,
                                        "schema": {"type": "string"}}, k_param(5)],
                        "responses": {"200": _ok({"$ref": "#/components/schemas/Newcomer"}), **not_found, **common}},
                "post": {"summary": "Communities for a pasted profile", "operationId": "newcomerText",
                         "parameters": [k_param(5)],
                         "requestBody": {"required": True, "content": {
                             "application/json": {"schema": {"type": "object", "required": ["text"], "properties": {
                                 "text": {"type": "string", "minLength": 1, "maxLength": max_query_chars}}}},
                             "application/x-www-form-urlencoded": {"schema": {"type": "object", "properties": {
                                 "text": {"type": "string", "maxLength": max_query_chars}}}}}},
                         "responses": {"200": _ok({"$ref": "#/components/schemas/Newcomer"}), **common}}},
            "/api/programme": {"get": {
                "summary": "Programme overview over the communities the viewer may see", "operationId": "programme",
                "parameters": [{"name": "sort", "in": "query", "required": False, "schema": {"type": "string", "enum": [
                    "name", "kind", "stage", "members", "active", "threads", "solved", "documents", "newest", "events",
                    "charter", "stories"]}},
                               {"name": "order", "in": "query", "required": False,
                                "schema": {"type": "string", "enum": ["asc", "desc"]}}],
                "responses": {"200": _ok({"$ref": "#/components/schemas/Programme"}), **common}}},
            "/api/me": {"get": {
                "summary": "Current viewer", "operationId": "me",
                "responses": {"200": _ok({"type": "object", "properties": {
                    "viewer": {"type": "string", "nullable": True}, "name": {"type": "string", "nullable": True},
                    "lang": {"type": "string", "enum": ["en", "fr"]},
                    "profile": {"nullable": True, "allOf": [{"$ref": "#/components/schemas/MyProfile"}]}}})}}},
            **_me_paths(obj, common),
            **_ask_paths(common, not_found),
            "/api/openapi.json": {"get": {
                "summary": "This document", "operationId": "openapi",
                "responses": {"200": _ok({"type": "object"})}}},
        },
        "components": {"schemas": {
            "Error": {"type": "object", "required": ["error"], "properties": {
                "error": {"type": "string"}, "parameter": {"type": "string", "nullable": True}}},
            "Evidence": evidence,
            "SearchResponse": {"type": "object", "properties": {
                "query": {"type": "string"}, "mode": {"type": "string"}, "method": {"type": "string"},
                "terms": {"type": "array", "items": {"type": "string"}}, "took_ms": {"type": "number"},
                "words_matched": {"type": "boolean", "nullable": True,
                                  "description": "whether any query word occurs in what the viewer can see (null for method dense); "
                                                 "false with results: they are related by meaning only"},
                "notice": {"type": "string", "nullable": True, "enum": ["no_good_match", "common_words_only", None],
                           "description": "why there are no results: no query word in what the viewer can see and no "
                                          "dense match above the corpus background, or only stop words"},
                "offset": {"type": "integer"}, "more": {"type": "boolean", "description": "more results after these"},
                "solved_only": {"type": "boolean"},
                "semantic": {"type": "string", "enum": ["ready", "pending"],
                             "description": "pending: the vectors are still being computed; the results are BM25's"},
                "semantic_progress": {"type": "object", "description": "while pending: model, done, total, rate, eta_s"},
                "results": {"type": "array", "description": "Expert, ItemHit (thread or document) or CommunityHit",
                            "items": {"oneOf": [{"$ref": "#/components/schemas/Expert"},
                                                {"$ref": "#/components/schemas/ItemHit"},
                                                {"$ref": "#/components/schemas/CommunityHit"}]}}}},
            "Expert": {"type": "object", "properties": {
                "id": {"type": "string"}, "name": {"type": "string"}, "title": {"type": "string", "nullable": True},
                "department": {"type": "string", "nullable": True}, "location": {"type": "string", "nullable": True},
                "score": {"type": "number"},
                "breakdown": {"type": "object", "description": "content, prior, lexical, semantic, recency, evidence_kinds"},
                "why": {"type": "string"},
                "communities": {"type": "array", "items": {"type": "object", "properties": {
                    "id": {"type": "string"}, "name": {"type": "string"}, "role": {"type": "string"}}}},
                "evidence": {"type": "array", "items": {"$ref": "#/components/schemas/Evidence"}}}},
            "ItemHit": {"type": "object", "properties": {
                "id": {"type": "string"}, "type": {"type": "string", "enum": ["thread", "document"]},
                "title": {"type": "string"}, "score": {"type": "number"}, "solved": {"type": "boolean"},
                "community": {"type": "string", "nullable": True}, "community_name": {"type": "string", "nullable": True},
                "date": {"type": "string", "nullable": True}, "snippet": {"type": "string"},
                "highlights": {"type": "array", "items": {"type": "array", "items": {"type": "integer"}}},
                "accepted_answer": {"type": "object", "nullable": True, "properties": {
                    "post": {"type": "string"}, "snippet": {"type": "string"},
                    "highlights": {"type": "array", "items": {"type": "array", "items": {"type": "integer"}}},
                    "author": {"type": "string", "nullable": True}, "author_name": {"type": "string", "nullable": True},
                    "date": {"type": "string", "nullable": True}, "accepted": {"type": "boolean"},
                    "votes": {"type": "integer"}, "cut": {"type": "boolean"}}},
                "best_answer": {"type": "object", "nullable": True,
                                "description": "an open thread's best-voted substantive answer (as accepted_answer)"},
                "title_highlights": {"type": "array", "items": {"type": "array", "items": {"type": "integer"}}},
                "also": {"type": "array", "description": "the same question asked in other threads, merged into this one",
                         "items": {"type": "object", "properties": {
                             "id": {"type": "string"}, "title": {"type": "string"},
                             "date": {"type": "string", "nullable": True}, "solved": {"type": "boolean"}}}},
                "kind": {"type": "string", "nullable": True}, "authors": {"type": "array", "items": obj},
                "breakdown": obj, "evidence": {"type": "array", "items": {"$ref": "#/components/schemas/Evidence"}}}},
            "CommunityHit": {"type": "object", "properties": {
                "id": {"type": "string"}, "name": {"type": "string"}, "score": {"type": "number"},
                "kind": {"type": "string"}, "stage": {"type": "string"}, "visibility": {"type": "string"},
                "domain": {"type": "string"}, "coordinator": {"type": "object", "nullable": True},
                "how_to_join": {"type": "string"}, "members": {"type": "integer"},
                "activity": {"$ref": "#/components/schemas/Activity"}, "why": {"type": "string"},
                "breakdown": obj, "evidence": {"type": "array", "items": {"$ref": "#/components/schemas/Evidence"}}}},
            "Activity": {"type": "object", "properties": {
                "members": {"type": "integer"}, "active_members_90d": {"type": "integer"},
                "threads": {"type": "integer"}, "solved": {"type": "integer"}, "solved_rate": {"type": "number"},
                "documents": {"type": "integer"}, "newest_activity": {"type": "string", "nullable": True}}},
            "Person": {"type": "object", "properties": {
                "id": {"type": "string"}, "name": {"type": "string"}, "title": {"type": "string", "nullable": True},
                "contact": contact, "communities": {"type": "array", "items": obj},
                "expertise": {"type": "array", "items": {"type": "object", "properties": {
                    "term": {"type": "string"}, "label": {"type": "string"}, "weight": {"type": "number"},
                    "relative": {"type": "number"}}}},
                "stats": obj, "evidence": {"type": "array", "items": obj},
                "topics": {"type": "array", "description": "key phrases of the person's contributions, without the ones they hid",
                           "items": {"type": "object", "properties": {
                               "topic": {"type": "string"}, "count": {"type": "integer"}}}},
                "declared": {"type": "object", "description": "ask_me, mentor, learn: topics the person declared (never ranked)"},
                "activity": {"type": "array", "items": {"type": "object", "properties": {
                    "month": {"type": "string"}, "count": {"type": "integer"}}}}}},
            "Community": {"type": "object", "properties": {
                "id": {"type": "string"}, "name": {"type": "string"}, "domain": {"type": "string"},
                "kind": {"type": "string"}, "stage": {"type": "string"}, "visibility": {"type": "string"},
                "activity": {"$ref": "#/components/schemas/Activity"}, "members": {"type": "array", "items": obj},
                "threads": {"type": "array", "items": obj}, "documents": {"type": "array", "items": obj},
                "threads_page": {"type": "object", "properties": {
                    "page": {"type": "integer"}, "pages": {"type": "integer"}, "per_page": {"type": "integer"},
                    "total": {"type": "integer"}}},
                "coordinator_contact": contact,
                "threads_per_month": {"type": "array", "items": obj}, "events": {"type": "array", "items": obj},
                "success_stories": {"type": "array", "items": obj}}},
            "Thread": {"type": "object", "properties": {
                "id": {"type": "string"}, "title": {"type": "string"}, "community": obj,
                "tags": {"type": "array", "items": {"type": "string"}}, "created": {"type": "string", "nullable": True},
                "last_activity": {"type": "string", "nullable": True}, "solved": {"type": "boolean"},
                "source": {"type": "string", "nullable": True},
                "url": {"type": "string", "nullable": True, "description": "the imported thread's original address"},
                "accepted_post": {"type": "string", "nullable": True}, "best_answer": {"type": "string", "nullable": True},
                "question": post, "answers": {"type": "array", "items": post},
                "links": {"type": "array", "items": {"type": "object", "properties": {
                    "id": {"type": "string"}, "title": {"type": "string"},
                    "kind": {"type": "string", "enum": ["duplicate", "related"]},
                    "direction": {"type": "string", "enum": ["out", "in"]}, "solved": {"type": "boolean"}}}}}},
            "Document": {"type": "object", "properties": {
                "id": {"type": "string"}, "title": {"type": "string"}, "kind": {"type": "string", "nullable": True},
                "community": obj, "authors": {"type": "array", "items": person_ref},
                "created": {"type": "string", "nullable": True}, "updated": {"type": "string", "nullable": True},
                "language": {"type": "string", "nullable": True}, "body": {"type": "string", "description": "Markdown"},
                "html": {"type": "string", "description": "body rendered (markdown-it-py, raw HTML off) and sanitised (nh3)"},
                "path": {"type": "string", "nullable": True}, "source": {"type": "string", "nullable": True},
                "url": {"type": "string", "nullable": True}}},
            "People": {"type": "object", "properties": {
                "q": {"type": "string"}, "filters": obj, "total": {"type": "integer"}, "page": {"type": "integer"},
                "pages": {"type": "integer"}, "per_page": {"type": "integer"}, "facets": obj,
                "people": {"type": "array", "items": {"type": "object", "properties": {
                    "id": {"type": "string"}, "name": {"type": "string"}, "title": {"type": "string", "nullable": True},
                    "department": {"type": "string", "nullable": True}, "location": {"type": "string", "nullable": True},
                    "communities": {"type": "array", "items": obj}, "contact": contact,
                    "match": {"type": "number", "description": "name similarity 0..100 (with q)"}}}}}},
            "Communities": {"type": "object", "properties": {
                "filters": obj, "total": {"type": "integer"}, "facets": obj,
                "communities": {"type": "array", "items": {"type": "object", "properties": {
                    "id": {"type": "string"}, "name": {"type": "string"}, "kind": {"type": "string"},
                    "stage": {"type": "string"}, "visibility": {"type": "string"}, "domain": {"type": "string"},
                    "languages": {"type": "array", "items": {"type": "string"}}, "coordinator": person_ref,
                    "activity": {"$ref": "#/components/schemas/Activity"}}}}}},
            "Candidates": {"type": "object", "properties": {
                "community": obj, "query": {"type": "string"},
                "since": {"type": "string", "nullable": True,
                          "description": "Start of the 12-month window (back from the newest visible post)"},
                "candidates": {"type": "array", "description": "Expert plus is_member, member_role, languages, "
                               "engagement, shortlisted, email (only for those who manage); not yet in the core group",
                               "items": {"$ref": "#/components/schemas/Expert"}},
                "core_group": {"type": "array", "description": "matching people already core or expert members",
                               "items": obj},
                "filters": obj, "facets": obj, "shortlist": {"type": "array", "items": obj},
                "can_manage": {"type": "boolean"}, "default_query": {"type": "string"}}},
            "Newcomer": {"type": "object", "properties": {
                "person": {"type": "string", "nullable": True}, "query": {"type": "string"},
                "terms": {"type": "array", "items": {"type": "string"}},
                "communities": {"type": "array", "description": "CommunityHit plus starter_threads, documents, "
                                "people_to_meet, join; never one the person already belongs to",
                                "items": {"$ref": "#/components/schemas/CommunityHit"}},
                "joined": {"type": "array", "description": "communities the person (or the viewer) belongs to",
                           "items": obj}}},
            "MyProfile": {"type": "object", "properties": {
                "id": {"type": "string"}, "name": {"type": "string"}, "opted_out": {"type": "boolean"},
                "opted_out_by_source": {"type": "boolean"}, "opted_out_by_choice": {"type": "boolean"},
                "topics": {"type": "array", "items": {"type": "object", "properties": {
                    "topic": {"type": "string"}, "count": {"type": "integer"},
                    "state": {"type": "string", "enum": ["inferred", "confirmed", "hidden"]},
                    "evidence": {"type": "array", "items": obj}}}},
                "hidden_items": {"type": "array", "items": {"type": "string"}}, "declared": obj,
                "log": {"type": "array", "items": obj}}},
            "Programme": {"type": "object", "properties": {
                "communities": {"type": "array", "items": obj},
                "totals": {"type": "object", "description": "over the visible communities only: members_unique "
                           "(each person once), members_summed (each membership), by_stage, by_kind, flagged"},
                "overlap": {"type": "object", "description": "communities, names, matrix: members in common"},
                "success_stories": {"type": "array", "items": obj}, "events": {"type": "array", "items": obj},
                "activity": {"type": "array", "items": obj}, "scope": obj}},
        }},
    }
