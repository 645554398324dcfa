"""Pieces of the OpenAPI document (web.openapi): the response helpers and the endpoints of
what signed-in people create (their profile choices, feedback, questions and inbox)."""
from __future__ import annotations

__all__ = ["_error", "_ok", "_ask_paths", "_me_paths"]


def _error(description: str) -> dict:
    return {"description": description,
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}


def _ok(schema: dict, description: str = "OK") -> dict:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _ask_paths(common: dict, not_found: dict) -> dict:
    """The question endpoints (web/ask.py); a signed-in viewer is needed to ask or read an inbox."""
    who = {"401": _error("Not signed in")}
    return {
        "/api/questions": {"post": {
            "summary": "Ask a question", "operationId": "ask",
            "requestBody": {"required": True, "content": {"application/json": {"schema": {
                "type": "object", "required": ["title"], "properties": {
                    "title": {"type": "string", "minLength": 1, "maxLength": 200},
                    "body": {"type": "string", "maxLength": 10000},
                    "community": {"type": "string", "description": "default: the best matching community"},
                    "people": {"type": "array", "items": {"type": "string"}, "maxItems": 10,
                               "description": "person ids; default: the k people the router chooses"}}}}}},
            "responses": {"201": _ok({"type": "object"}, "The stored question"), **who, **common,
                          "413": _error("Request too large")}}},
        "/api/questions/{id}": {"get": {
            "summary": "A question", "operationId": "question",
            "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
            "responses": {"200": _ok({"type": "object"}), **not_found, **common}}},
        "/api/inbox": {"get": {
            "summary": "The viewer's inbox", "operationId": "inbox",
            "responses": {"200": _ok({"type": "object"}), **who, **common}}},
    }


def _me_paths(obj: dict, common: dict) -> dict:
    """The signed-in viewer's own data: export, profile choices, feedback (web.me, web.feedback)."""
    return {
        "/api/me/export": {"get": {
            "summary": "Export all my data", "operationId": "meExport",
            "responses": {"200": _ok(obj, "source record, choices, log, profile, feedback"),
                          "401": _error("Not signed in"), **common}}},
        "/api/me/choices": {"post": {
            "summary": "Make or undo a profile choice", "operationId": "meChoice",
            "requestBody": {"required": True, "content": {"application/json": {"schema": {
                "type": "object", "required": ["kind"], "properties": {
                    "kind": {"type": "string", "enum": ["topic_confirmed", "topic_hidden", "item_hidden",
                                                        "opted_out", "ask_me", "mentor", "learn"]},
                    "value": {"type": "string", "description": "topic label or item id (empty for opted_out)"},
                    "on": {"type": "boolean", "default": True}}}}}},
            "responses": {"200": _ok({"type": "object", "properties": {
                "changed": {"type": "boolean"}, "profile": {"$ref": "#/components/schemas/MyProfile"}}}),
                "401": _error("Not signed in"), **common}}},
        "/api/feedback": {"post": {
            "summary": "Feedback on a result (signed-in viewers, results they may see)", "operationId": "feedback",
            "requestBody": {"required": True, "content": {"application/json": {"schema": {
                "type": "object", "required": ["query", "mode", "result_id", "rank", "verdict"], "properties": {
                    "query": {"type": "string"}, "mode": {"type": "string", "enum": ["experts", "threads", "communities"]},
                    "result_id": {"type": "string"}, "rank": {"type": "integer", "minimum": 1},
                    "verdict": {"type": "string", "enum": ["helpful", "not_helpful", "not_my_topic", "solved"],
                                "description": "not_my_topic: experts, your own card only; solved: threads"}}}}}},
            "responses": {"201": _ok(obj, "Recorded"), "401": _error("Not signed in"), **common}}},
    }
