"""One settings object in sections, built from defaults < a TOML file < ``SAVOIR_*`` variables.

    s = load_settings("savoir.toml")          # the only function that reads the environment
    s.fusion.alpha, s.experts.alpha           # read by section
    s2 = s.replace(alpha=0.5)                 # a variant is a new, validated object

Every section is a frozen dataclass validated on construction, whoever builds it, so a bad
value is refused with the setting's name and the fix. Settings have one flat name each (the
key of the TOML file's ``[savoir]`` table, the ``SAVOIR_<NAME>`` variable and the keyword of
``Settings(...)``/``replace(...)``); a TOML file may also group them as ``[fusion] alpha = 0.6``.

It lives in the indexer, the lower layer, because both the index build (model, chunking) and
the ranking (fusion, experts) read it.
"""
from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from .errors import BadInput
from .identity import demo_refusal

__all__ = ["Settings", "IndexingSettings", "FusionSettings", "ExpertSettings", "LimitSettings", "WebSettings",
           "RoutingSettings", "load_settings", "SettingsError", "FLAT_NAMES", "REMOVED"]

RANKERS = ("auto", "hand")       # experts.ranker: the learned model when adopted, or the hand-made ranking
FUSIONS = ("convex", "rrf")
ANALYZERS = ("lookup", "pipeline")


class SettingsError(BadInput):
    """A setting with a bad value; the message names the setting and the fix."""

    hint = "fix the value in the configuration file, the SAVOIR_* variable or the command-line option"


EMBED_RUNTIMES = ("auto", "torch", "onnx")


def _between(name: str, value: float, low: float, high: float) -> None:
    if not low <= value <= high:
        raise SettingsError(f"{name}: {value} is outside [{low:g}, {high:g}]")


def _one_of(name: str, value: str, allowed: tuple) -> None:
    if value not in allowed:
        raise SettingsError(f"{name}: {value!r} is not known; use {', '.join(allowed)}")


def _at_least(name: str, value: float, low: float) -> None:
    if value < low:
        raise SettingsError(f"{name}: {value} is below {low:g}")


@dataclass(frozen=True)
class IndexingSettings:
    """What the index build reads."""

    #: embedder: "auto" picks per corpus language (README, "Choice of model"), "minilm", "e5",
    #: "minilm+e5" (three-way fusion), "hash" (tests), or a local sentence-transformers folder
    model: str = "auto"
    #: "lookup" (spaCy blank pipelines + lookup lemmas) or "pipeline" (trained spaCy models)
    analyzer: str = "lookup"
    chunk_words: int = 180
    chunk_overlap: int = 30
    #: an approximate vector index (IVF, float16) above this many chunks; exact inner product below
    ann_threshold: int = 200_000
    #: a re-index re-chunks only the changed items while they hold at most this share of the chunks
    delta_max_share: float = 0.2
    #: re-embedding over this share of the chunks (another model) needs --reembed (indexer.reembed)
    reembed_max_share: float = 0.5
    #: MiniLM runtime: "onnx" (ONNX Runtime, the `onnx` extra), "torch", or "auto" (onnx if installed)
    embed_runtime: str = "auto"

    def __post_init__(self):
        _one_of("embed_runtime", self.embed_runtime, EMBED_RUNTIMES)
        if not self.model:
            raise SettingsError("model: empty; use auto, minilm, e5, minilm+e5, hash or a model folder")
        _one_of("analyzer", self.analyzer, ANALYZERS)
        _at_least("chunk_words", self.chunk_words, 10)
        if not 0 <= self.chunk_overlap < self.chunk_words:
            raise SettingsError(f"chunk_overlap: {self.chunk_overlap} must be at least 0 and below chunk_words "
                                f"({self.chunk_words})")
        _at_least("ann_threshold", self.ann_threshold, 1)
        for name in ("delta_max_share", "reembed_max_share"):
            _between(name, getattr(self, name), 0.0, 1.0)


@dataclass(frozen=True)
class FusionSettings:
    """How BM25 and dense candidates of chunks are fused (matcher.fusion)."""

    #: "convex" (alpha x dense + (1 - alpha) x BM25 on min-max normalised scores) or "rrf"
    method: str = "convex"
    #: the dense weight for threads, documents and communities (eval/README.md, alpha sweeps)
    alpha: float = 0.7
    rrf_k: int = 60
    #: candidates taken from each retriever before fusion
    candidates: int = 400
    #: on a bilingual index, the best dense chunks per language whose terms make that
    #: language's feedback BM25 run, and how many of their terms (matcher.expansion); 0: none
    feedback_chunks: int = 5
    feedback_terms: int = 10

    def __post_init__(self):
        _one_of("fusion", self.method, FUSIONS)
        _between("alpha", self.alpha, 0.0, 1.0)
        _at_least("rrf_k", self.rrf_k, 1)
        _at_least("candidates", self.candidates, 1)
        _at_least("feedback_chunks", self.feedback_chunks, 0)
        _at_least("feedback_terms", self.feedback_terms, 0)


@dataclass(frozen=True)
class ExpertSettings:
    """The expert ranking (matcher.experts, matcher.learned). The hand-made formula's numbers are
    fixed constants of matcher.formula (:data:`REMOVED`)."""

    #: the dense weight when ranking people: lexical matches attribute a specialty more
    #: precisely than dense matches on neighbouring topics (eval/README.md, "Experts: alpha")
    alpha: float = 0.4
    #: "auto": the expert ranking learned by `savoir tune` when one is stored with the index and
    #: was adopted (matcher.learned), the hand-made one otherwise; "hand": always the hand-made one
    ranker: str = "auto"

    def __post_init__(self):
        _between("expert_alpha", self.alpha, 0.0, 1.0)
        _one_of("ranker", self.ranker, RANKERS)


#: names of the hand-made expert formula's numbers, which are constants (matcher.formula), not
#: settings: a configuration that sets one is refused with :func:`_removed`'s explanation
REMOVED = ("vote_power", "thread_vote", "expert_top_evidence", "top_evidence", "evidence_weights",
           "recency_half_life_days", "prior_form", "prior_weight", "prior_floor", "prior_half_life_days")


def _removed(name: str, where: str = "") -> SettingsError:
    return SettingsError(f"{where}{name}: this setting was removed: the expert ranking is learned from the index's "
                         "own history (`savoir tune`), and the hand-made formula it falls back to has fixed numbers "
                         "(matcher/formula.py); delete this line")


@dataclass(frozen=True)
class LimitSettings:
    max_query_chars: int = 1000
    max_k: int = 100
    #: the largest ``offset`` of a search (results past offset + k are ranked, then dropped)
    max_offset: int = 500
    #: requests per minute and client address (0: no limit)
    rate_limit_per_minute: int = 600
    #: feedback verdicts one viewer may record per hour (web.feedback)
    feedback_per_hour: int = 120

    def __post_init__(self):
        _at_least("feedback_per_hour", self.feedback_per_hour, 1)
        _at_least("max_query_chars", self.max_query_chars, 1)
        _at_least("max_k", self.max_k, 1)
        _at_least("max_offset", self.max_offset, 0)
        _at_least("rate_limit_per_minute", self.rate_limit_per_minute, 0)


@dataclass(frozen=True)
class WebSettings:
    host: str = "127.0.0.1"
    port: int = 5000
    #: addresses whose ``user_header`` is believed, when ``trust_user_header`` is on
    trusted_proxies: tuple = ("127.0.0.1", "::1")
    user_header: str = "X-Forwarded-User"
    trust_user_header: bool = False
    #: link that opens a chat with a person, ``{email}`` standing for their address
    #: (e.g. "https://teams.example/l/chat/0/0?users={email}"); empty: no chat action
    chat_url: str = ""
    #: "sign in as" any person of the corpus, for a demonstration on this machine only: refused
    #: with a non-loopback ``host`` or with ``trust_user_header`` (production identity)
    demo_signin: bool = False
    #: the key that signs session cookies; empty: a new random key at each start
    secret_key: str = ""

    def __post_init__(self):
        object.__setattr__(self, "trusted_proxies", tuple(self.trusted_proxies))
        _between("port", self.port, 0, 65535)
        if not self.user_header:
            raise SettingsError("user_header: empty; name the header the proxy sets, e.g. X-Forwarded-User")
        if self.chat_url and (not self.chat_url.startswith(("https://", "http://")) or "{email}" not in self.chat_url):
            raise SettingsError(f"chat_url: {self.chat_url!r} must be an http(s) address containing {{email}}, "
                                "e.g. https://teams.example/l/chat/0/0?users={email}; or empty for no chat link")

        refusal = demo_refusal(self)
        if refusal:
            raise SettingsError(refusal)


#: the routing defaults: the trade-off chosen in eval/README.md ("Routing"); matcher.routing reads them
DEFAULT_K = 3                      # people asked per question
DEFAULT_MAX_OPEN_REQUESTS = 3      # requests routed to a person and not yet answered (0: no cap)
DEFAULT_MAX_PER_WEEK = 10          # requests routed to a person over the last 7 days (0: no cap)
DEFAULT_LOAD_PENALTY = 0.5         # beta of score / (1 + beta x load)


@dataclass(frozen=True)
class RoutingSettings:
    """Routing questions to people (matcher.routing, matcher.ask) and notifying them (matcher.notify)."""

    k: int = DEFAULT_K
    max_open_requests: int = DEFAULT_MAX_OPEN_REQUESTS
    max_per_week: int = DEFAULT_MAX_PER_WEEK
    load_penalty: float = DEFAULT_LOAD_PENALTY
    #: a question with no answer after this many hours goes to the community's coordinator
    escalate_after_hours: float = 72.0
    #: SMTP relay for notifications; empty: nothing is sent (the outbox keeps them)
    smtp_host: str = ""
    smtp_port: int = 25
    smtp_from: str = "savoir@localhost"

    def __post_init__(self):
        _between("routing_k", self.k, 1, 20)
        _at_least("max_open_requests", self.max_open_requests, 0)
        _at_least("max_per_week", self.max_per_week, 0)
        _at_least("load_penalty", self.load_penalty, 0.0)
        if self.escalate_after_hours <= 0:
            raise SettingsError(f"escalate_after_hours: {self.escalate_after_hours} must be above 0")
        _between("smtp_port", self.smtp_port, 1, 65535)
        if "@" not in self.smtp_from:
            raise SettingsError(f"smtp_from: {self.smtp_from!r} is not a mail address, e.g. savoir@example.org")


SECTIONS = {"indexing": IndexingSettings, "fusion": FusionSettings, "experts": ExpertSettings,
            "limits": LimitSettings, "web": WebSettings, "routing": RoutingSettings}

# flat name -> (section, field); a field's flat name is its own unless listed here
_RENAMED = {"fusion": ("fusion", "method"), "expert_alpha": ("experts", "alpha"), "routing_k": ("routing", "k")}


def _flat_names() -> dict:
    renamed = {where: flat for flat, where in _RENAMED.items()}
    return {renamed.get((section, f.name), f.name): (section, f.name)
            for section, cls in SECTIONS.items() for f in dataclasses.fields(cls)}


#: every setting's flat name -> (section, field name)
FLAT_NAMES = MappingProxyType(_flat_names())


@dataclass(frozen=True, init=False)
class Settings:
    """All settings, by section; ``Settings(alpha=0.5, model="hash")`` takes flat names too."""

    indexing: IndexingSettings
    fusion: FusionSettings
    experts: ExpertSettings
    limits: LimitSettings
    web: WebSettings
    routing: RoutingSettings

    def __init__(self, indexing=None, fusion=None, experts=None, limits=None, web=None, routing=None, **flat):
        given = {"indexing": indexing, "fusion": fusion, "experts": experts, "limits": limits, "web": web,
                 "routing": routing}
        if isinstance(fusion, str):       # the flat name "fusion" is the fusion method
            flat["fusion"], given["fusion"] = fusion, None
        self._fill(given, flat)

    def _fill(self, given: dict, flat: dict) -> None:
        per_section: dict[str, dict] = {name: {} for name in SECTIONS}
        for name, value in flat.items():
            if name in REMOVED:
                raise _removed(name)
            if name not in FLAT_NAMES:
                raise SettingsError(f"unknown setting {name!r}; known settings: {', '.join(sorted(FLAT_NAMES))}")
            section, field_name = FLAT_NAMES[name]
            per_section[section][field_name] = value
        for name, cls in SECTIONS.items():
            base = given.get(name)
            if base is None:
                built = cls(**per_section[name])
            elif not isinstance(base, cls):
                raise SettingsError(f"{name}: expected {cls.__name__}, got {type(base).__name__}")
            elif per_section[name]:
                built = dataclasses.replace(base, **per_section[name])
            else:
                built = base
            object.__setattr__(self, name, built)

    def replace(self, **flat) -> "Settings":
        """A new, validated object with the named settings changed (flat names)."""
        new = object.__new__(Settings)
        new._fill({name: getattr(self, name) for name in SECTIONS}, flat)
        return new

    def flat(self) -> dict:
        """Every setting by its flat name (for a manifest, a report or ``savoir settings``)."""
        out = {}
        for name, (section, field_name) in FLAT_NAMES.items():
            value = getattr(getattr(self, section), field_name)
            out[name] = dict(value) if isinstance(value, MappingProxyType) else value
        return out


def _coerce(name: str, value, target):
    if isinstance(target, bool):
        if isinstance(value, bool):
            return value
        if str(value).lower() in ("1", "true", "yes", "on"):
            return True
        if str(value).lower() in ("0", "false", "no", "off"):
            return False
        raise SettingsError(f"{name}: expected true or false, got {value!r}")
    if isinstance(target, int):
        try:
            return int(value)
        except (TypeError, ValueError):
            raise SettingsError(f"{name}: expected an integer, got {value!r}") from None
    if isinstance(target, float):
        try:
            return float(value)
        except (TypeError, ValueError):
            raise SettingsError(f"{name}: expected a number, got {value!r}") from None
    if isinstance(target, tuple):
        if isinstance(value, str):
            return tuple(v.strip() for v in value.split(",") if v.strip())
        return tuple(value)
    if isinstance(target, MappingProxyType):
        if not isinstance(value, dict):
            raise SettingsError(f"{name}: expected a table of values")
        return {**target, **value}
    return str(value)


def _from_toml(path: Path) -> dict:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SettingsError(f"{path}: configuration file not found") from None
    except tomllib.TOMLDecodeError as e:
        raise SettingsError(f"{path}: invalid TOML: {e}") from None
    inner = data.pop("savoir", {})
    data = {**data, **inner} if isinstance(inner, dict) else data
    values: dict = {}
    by_field = {v: k for k, v in FLAT_NAMES.items()}
    for key, value in data.items():
        if key in SECTIONS and isinstance(value, dict):
            for sub, v in value.items():
                if sub in REMOVED:
                    raise _removed(sub, f"{path}: [{key}] ")
                flat = by_field.get((key, sub), sub if FLAT_NAMES.get(sub, (None,))[0] == key else None)
                if flat is None:
                    raise SettingsError(f"{path}: [{key}] {sub}: unknown setting; known in [{key}]: "
                                        + ", ".join(sorted(k for k, (s, _) in FLAT_NAMES.items() if s == key)))
                values[flat] = v
        elif key in REMOVED:
            raise _removed(key, f"{path}: ")
        else:
            values[key] = value
    return values


def load_settings(config: str | Path | None = None, env: dict | None = None, **overrides) -> Settings:
    """Build the settings: defaults, then the TOML file (``[savoir]`` table, section tables or the
    top level), then ``SAVOIR_<NAME>`` environment variables, then explicit ``overrides``."""
    env = os.environ if env is None else env
    values: dict = {}
    config = config or env.get("SAVOIR_CONFIG")
    if config:
        values.update(_from_toml(Path(config)))
    for name in FLAT_NAMES:
        key = f"SAVOIR_{name.upper()}"
        if key in env:
            values[name] = env[key]
    for name in REMOVED:
        if f"SAVOIR_{name.upper()}" in env:
            raise _removed(name, f"SAVOIR_{name.upper()}: ")
    values.update({k: v for k, v in overrides.items() if v is not None})
    for name in values:
        if name in REMOVED:
            raise _removed(name)
        if name not in FLAT_NAMES:
            raise SettingsError(f"unknown setting {name!r}; known settings: {', '.join(sorted(FLAT_NAMES))}")
    base = Settings()
    coerced = {name: _coerce(name, v, getattr(getattr(base, FLAT_NAMES[name][0]), FLAT_NAMES[name][1]))
               for name, v in values.items()}
    return base.replace(**coerced)
