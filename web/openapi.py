"""The OpenAPI 3 description of the JSON API, written by hand (kept next to web/api.py)."""
from __future__ import annotations

__all__ = ["ENDPOINTS", "openapi_document"]

# (method, path, summary) for the /api page
ENDPOINTS = [
    ("GET", "/api/search?q=&mode=experts|threads|communities&k=&offset=&method=hybrid|bm25|dense&solved=0|1",
     "Search experts, solved threads and documents, or communities"),
    ("GET", "/api/people/{id}", "A person: communities, expertise inferred from content, contributions, activity"),
    ("GET", "/api/communities/{id}", "A community: indicators, members, threads per month, threads, documents"),
    ("GET", "/api/communities/{id}/candidates?k=", "Core-group candidates for the community's leader"),
    ("GET", "/api/newcomer?person=&k=", "Communities that fit a person's profile and posts"),
    ("POST", "/api/newcomer", "Communities that fit a pasted profile (JSON {\"text\": ...} or form field text)"),
    ("GET", "/api/programme", "All visible communities with indicators, and programme totals"),
    ("GET", "/api/me", "The current viewer (from the trusted proxy header) and language"),
    ("GET", "/api/openapi.json", "This API as an OpenAPI 3 document"),
]


def _error(description: str) -> dict:
    return {"description": description,
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}


def _ok(schema: dict, description: str = "OK") -> dict:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def openapi_document(max_query_chars: int, max_k: int, max_offset: int = 500) -> dict:
    k_param = lambda default: {"name": "k", "in": "query", "required": False,  # noqa: E731
                               "schema": {"type": "integer", "minimum": 1, "maximum": max_k, "default": default},
                               "description": "Number of results"}
    common = {"400": _error("Bad parameter; `parameter` names it"), "429": _error("Rate limit; see Retry-After"),
              "500": _error("Unexpected error (logged; no details are returned)")}
    not_found = {"404": _error("Unknown, opted out, or private and the viewer is not a member")}
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
            "/api/communities/{id}": {"get": {
                "summary": "Community page data", "operationId": "community",
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {"200": _ok({"$ref": "#/components/schemas/Community"}), **not_found, **common}}},
            "/api/communities/{id}/candidates": {"get": {
                "summary": "Core-group candidates (the community's name and domain as an experts query)",
                "operationId": "candidates",
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
                               k_param(10)],
                "responses": {"200": _ok({"$ref": "#/components/schemas/Candidates"}), **not_found, **common}}},
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
                "summary": "Programme overview", "operationId": "programme",
                "responses": {"200": _ok({"$ref": "#/components/schemas/Programme"}), **common}}},
            "/api/me": {"get": {
                "summary": "Current viewer", "operationId": "me",
                "responses": {"200": _ok({"type": "object", "properties": {
                    "viewer": {"type": "string", "nullable": True}, "name": {"type": "string", "nullable": True},
                    "lang": {"type": "string", "enum": ["en", "fr"]}}})}}},
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
                "communities": {"type": "array", "items": obj},
                "expertise": {"type": "array", "items": {"type": "object", "properties": {
                    "term": {"type": "string"}, "label": {"type": "string"}, "weight": {"type": "number"},
                    "relative": {"type": "number"}}}},
                "stats": obj, "evidence": {"type": "array", "items": obj},
                "activity": {"type": "array", "items": {"type": "object", "properties": {
                    "month": {"type": "string"}, "count": {"type": "integer"}}}}}},
            "Community": {"type": "object", "properties": {
                "id": {"type": "string"}, "name": {"type": "string"}, "domain": {"type": "string"},
                "kind": {"type": "string"}, "stage": {"type": "string"}, "visibility": {"type": "string"},
                "activity": {"$ref": "#/components/schemas/Activity"}, "members": {"type": "array", "items": obj},
                "threads": {"type": "array", "items": obj}, "documents": {"type": "array", "items": obj},
                "threads_per_month": {"type": "array", "items": obj}, "events": {"type": "array", "items": obj},
                "success_stories": {"type": "array", "items": obj}}},
            "Candidates": {"type": "object", "properties": {
                "community": obj, "query": {"type": "string"},
                "since": {"type": "string", "nullable": True,
                          "description": "Start of the 12-month window (back from the newest visible post)"},
                "candidates": {"type": "array", "description": "Expert plus is_member, member_role, engagement",
                               "items": {"$ref": "#/components/schemas/Expert"}}}},
            "Newcomer": {"type": "object", "properties": {
                "person": {"type": "string", "nullable": True}, "query": {"type": "string"},
                "terms": {"type": "array", "items": {"type": "string"}},
                "communities": {"type": "array", "description": "CommunityHit plus member_role, starter_threads, documents",
                                "items": {"$ref": "#/components/schemas/CommunityHit"}}}},
            "Programme": {"type": "object", "properties": {
                "communities": {"type": "array", "items": obj},
                "totals": {"type": "object", "description": "members counts each person once across visible communities"}}},
        }},
    }
