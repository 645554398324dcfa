"""Importers: each turns a source (Stack Exchange dump, Slack export, ...) into records
(see indexer.records) and upserts them into a Store in one transaction."""
