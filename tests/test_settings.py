"""Settings in sections, validated on construction; one error base for every command."""
from __future__ import annotations

import dataclasses

import pytest

from indexer.errors import BadInput, SavoirError
from indexer.settings import FLAT_NAMES, FusionSettings, Settings, SettingsError, load_settings


def test_flat_names_reach_their_sections():
    s = Settings(model="hash", alpha=0.5, fusion="rrf", expert_alpha=0.2, max_k=7, port=8080)
    assert (s.indexing.model, s.fusion.method, s.fusion.alpha) == ("hash", "rrf", 0.5)
    assert (s.experts.alpha, s.limits.max_k, s.web.port) == (0.2, 7, 8080)
    assert set(s.flat()) == set(FLAT_NAMES)


@pytest.mark.parametrize("name, value", [("alpha", 1.5), ("expert_alpha", -0.1), ("ranker", "learned"),
                                         ("fusion", "sum"), ("chunk_overlap", 500),
                                         ("port", 70000), ("delta_max_share", 2.0)])
def test_any_builder_is_validated(name, value):
    # not only load_settings: the constructor and replace() refuse the same values
    with pytest.raises(SettingsError, match=name):
        Settings(**{name: value})
    with pytest.raises(SettingsError, match=name):
        Settings().replace(**{name: value})


def test_a_variant_is_a_new_object_and_the_original_is_unchanged():
    base = Settings(model="hash")
    variant = base.replace(alpha=0.3, expert_alpha=0.2)
    assert base.fusion.alpha == 0.7 and variant.fusion.alpha == 0.3
    assert variant.indexing is base.indexing            # untouched sections are shared, not copied
    with pytest.raises(dataclasses.FrozenInstanceError):
        base.fusion.alpha = 0.1


def test_section_object_and_flat_override_combine():
    s = Settings(fusion=FusionSettings(alpha=0.2), rrf_k=10)
    assert (s.fusion.alpha, s.fusion.rrf_k) == (0.2, 10)


def test_toml_sections_and_environment(tmp_path):
    cfg = tmp_path / "savoir.toml"
    cfg.write_text('[fusion]\nalpha = 0.6\n[experts]\nalpha = 0.3\nranker = "hand"\n[savoir]\n', encoding="utf-8")
    s = load_settings(cfg, env={"SAVOIR_MAX_K": "20"})
    assert (s.fusion.alpha, s.experts.alpha, s.experts.ranker, s.limits.max_k) == (0.6, 0.3, "hand", 20)
    cfg.write_text('[fusion]\nalfa = 0.6\n', encoding="utf-8")
    with pytest.raises(SettingsError, match=r"\[fusion\] alfa: unknown setting"):
        load_settings(cfg, env={})


def test_unknown_names_and_bad_types_name_the_setting():
    with pytest.raises(SettingsError, match="unknown setting 'alfa'"):
        Settings(alfa=0.5)
    with pytest.raises(SettingsError, match="max_k: expected an integer"):
        load_settings(env={"SAVOIR_MAX_K": "many"})


def test_every_library_error_shares_one_base():
    from eval.beir import BeirError
    from eval.corpus_eval import JudgementError
    from eval.holdout import HoldoutError
    from indexer.distributed import RayUnavailable
    from indexer.embedding import EmbedderError
    from indexer.importers._common import SourceError
    from indexer.importers.stackexchange import DumpError
    from indexer.records import RecordError
    from matcher.index import IndexMissing
    from matcher.types import SearchError

    for cls in (BeirError, JudgementError, HoldoutError, RayUnavailable, EmbedderError, SourceError, DumpError,
                RecordError, IndexMissing, SearchError, SettingsError):
        assert issubclass(cls, SavoirError), cls
    assert issubclass(SearchError, BadInput) and issubclass(RecordError, BadInput)
    e = RecordError("people.jsonl:3: email", "not an address")
    assert str(e) == "people.jsonl:3: email: not an address" and "import again" in e.full()


def test_the_command_line_turns_any_savoir_error_into_a_message(tmp_path):
    from click.testing import CliRunner

    from matcher.cli import cli

    cfg = tmp_path / "bad.toml"
    cfg.write_text("alpha = 3\n", encoding="utf-8")
    db = tmp_path / "none.db"
    db.write_bytes(b"")
    r = CliRunner().invoke(cli, ["--config", str(cfg), "search", "pompe", "--db", str(db)])
    assert r.exit_code == 1 and "alpha: 3" in r.output and "hint:" in r.output
    assert "Traceback" not in r.output


@pytest.mark.parametrize("where", ["section", "top", "savoir", "env", "keyword"])
def test_a_removed_expert_setting_is_refused_with_why_and_the_fix(tmp_path, where):
    """The hand-made formula's numbers left the settings (matcher.formula): a configuration that
    still sets one fails, naming the key, that it was removed, and what to do."""
    cfg = tmp_path / "savoir.toml"
    cfg.write_text({"section": "[experts]\nvote_power = 2\n", "top": "vote_power = 2\n",
                    "savoir": "[savoir]\nvote_power = 2\n"}.get(where, ""), encoding="utf-8")
    with pytest.raises(SettingsError, match=r"vote_power: this setting was removed.*savoir tune.*delete this line"):
        if where == "env":
            load_settings(cfg, env={"SAVOIR_VOTE_POWER": "2"})
        elif where == "keyword":
            Settings(vote_power=2.0)
        else:
            load_settings(cfg, env={})
    assert "vote_power" not in Settings().flat() and "prior_weight" not in FLAT_NAMES
