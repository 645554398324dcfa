"""A scalable synthetic corpus (people, communities, threads, documents; French and English).

    plan = Plan.for_chunks(100_000)
    generate(store, 100_000, seed=7)             # bulk rows straight into a Store
    prefill(store, analyzer, vectors=...)        # analysis cache (+ optional vector cache)

Every item is one chunk (posts, profiles and documents stay under ``chunk_words``), so the
store yields exactly the requested number of chunks: (people not opted out) + communities +
posts + documents.

Text comes from word banks in both languages: function words (which the analyzer drops as
stop words), a few hundred domain words and a long tail of pseudo-words built from each
language's syllables, drawn with a Zipf law and a per-community topic, so BM25 sees realistic
term statistics (a steep head, a long tail, topical co-occurrence).

The bulk path writes rows with ``executemany`` instead of one upsert per record; each row
carries the same content hash as an upsert would. :func:`prefill` fills the analysis cache
from a per-word analysis (the ``lookup`` analyzer is context-free and spaCy splits on
whitespace first, so the terms of a text are the concatenation of the terms of its words;
``tests/bench/test_synth.py`` checks this against the real analyzer) and, optionally, the
embedding cache with precomputed vectors, so 1M chunks can be indexed without 1M model calls.
"""
from __future__ import annotations

import datetime as _dt
import json
from dataclasses import dataclass
from typing import Callable

import numpy as np

__all__ = ["Plan", "parse_size", "generate", "new_threads", "prefill", "word_vectors", "SIZES"]

SIZES = {"10k": 10_000, "100k": 100_000, "1m": 1_000_000}

_FUNCTION = {
    "en": "the of and to in a is that for it with as on be by this are from or at an was which not have we "
          "can has but if all will our so one they there more also when been may would should than then".split(),
    "fr": "le la les de des du et un une en est que qui pour dans sur au aux par pas plus ce cette il elle "
          "nous on se sont avec mais ou si leur comme tout aussi donc entre sans sous".split(),
}
_DOMAIN = {
    "en": """pump cavitation bearing vibration analysis sensor maintenance predictive failure root cause
        gearbox motor shaft alignment lubrication oil temperature pressure valve flow leak seal compressor
        turbine inspection audit quality supplier nonconformity corrective action process control chart
        capability tolerance measurement calibration gauge welding casting machining tooling fixture press
        mould injection plastic steel aluminium corrosion coating paint surface hardness fatigue crack test
        safety hazard risk assessment permit lockout isolation confined space ladder harness incident report
        training onboarding mentor coaching skills career leadership feedback meeting workshop community
        practice knowledge sharing lesson learned retrospective project planning schedule budget cost
        dashboard report refresh gateway dataset query database server network firewall backup restore
        cloud migration deployment pipeline script automation python excel macro spreadsheet template
        forecast demand inventory warehouse logistics shipment pallet truck routing customer order invoice
        energy consumption efficiency boiler steam heat exchanger cooling water treatment filter emission
        carbon footprint recycling waste packaging label traceability barcode scanner robot cobot vision
        camera plc programming firmware update drive inverter cable connector battery charger hydraulic
        cylinder hose fitting conveyor belt roller chain sprocket brake clutch spindle lathe milling drill
        noise restart startup shutdown alarm threshold trend anomaly detection model prediction accuracy
        standard procedure checklist instruction drawing revision change request approval signature
        contract tender purchase negotiation price delivery delay penalty claim warranty return repair""".split(),
    "fr": """pompe cavitation roulement vibration analyse capteur maintenance prédictive panne cause racine
        réducteur moteur arbre alignement lubrification huile température pression vanne débit fuite joint
        compresseur turbine inspection audit qualité fournisseur non-conformité action corrective procédé
        maîtrise carte capabilité tolérance mesure étalonnage calibre soudure fonderie usinage outillage
        montage presse moule injection plastique acier aluminium corrosion revêtement peinture surface dureté
        fatigue fissure essai sécurité danger risque évaluation permis consignation isolement espace confiné
        échelle harnais incident rapport formation intégration tuteur accompagnement compétences carrière
        management retour réunion atelier communauté pratique savoir partage leçon bilan projet planning
        calendrier budget coût tableau bord actualisation passerelle données requête base serveur réseau
        pare-feu sauvegarde restauration migration déploiement chaîne script automatisation tableur macro
        modèle prévision demande stock entrepôt logistique expédition palette camion tournée client commande
        facture énergie consommation efficacité chaudière vapeur échangeur chaleur refroidissement eau
        traitement filtre émission carbone empreinte recyclage déchet emballage étiquette traçabilité
        lecteur robot cobot vision caméra automate programmation micrologiciel variateur câble connecteur
        batterie chargeur hydraulique vérin flexible raccord convoyeur bande rouleau chaîne pignon frein
        embrayage broche tour fraisage perçage bruit redémarrage démarrage arrêt alarme seuil tendance
        anomalie détection prédiction précision norme procédure liste instruction plan révision demande
        modification validation signature contrat appel offre achat négociation prix livraison retard
        pénalité réclamation garantie retour réparation atex zone amdec""".split(),
}
_SYLLABLES = {
    "en": "ver tex cor ply tron gate load flow line port sta bil ment ing er ox an ic al ize ster ward "
          "mark lock wave grid core link bit hub".split(),
    "fr": "ver ment eau ique tion chau lan roi pré gré bal son ette eur oir age ure cal dé ré mon "
          "fer tri col vol pal ran pon".split(),
}
_FIRST = {"en": "James Mary Robert Linda Michael Sarah David Emma Daniel Olivia Thomas Grace Peter Helen "
                "George Alice Henry Laura Oliver Chloe".split(),
          "fr": "Claire Julien Sophie Nicolas Camille Antoine Léa Mathieu Chloé Pierre Manon Hugo Élodie "
                "Louis Inès Théo Margaux Lucas Amélie Rémi".split()}
_LAST = {"en": "Smith Johnson Brown Taylor Wilson Davies Evans Walker Wright Hughes Green Hall Wood Clarke "
               "Turner Parker Cooper Ward Morris King".split(),
         "fr": "Dubois Martin Bernard Durand Lefèvre Moreau Laurent Simon Michel Garnier Faure Rousseau "
               "Blanc Guérin Muller Henry Roussel Nicolas Perrin Morel".split()}
_DEPTS = ["Maintenance", "Qualité", "Production", "IT", "RH", "Achats", "Logistique", "HSE", "R&D", "Finance"]
_ROLES = ["core", "active", "active", "peripheral", "peripheral", "peripheral", "expert"]
_DOC_KINDS = ["guide", "case", "method", "tool", "story", "lesson"]
_TAIL = 4000          # pseudo-words per language
_TOPIC = 160          # words in a community's topic
_EPOCH = _dt.datetime(2017, 1, 1)


def parse_size(text: str) -> int:
    """``10k`` -> 10000, ``1m`` -> 1000000, ``2500`` -> 2500."""
    t = text.strip().lower()
    if t in SIZES:
        return SIZES[t]
    mult = {"k": 1_000, "m": 1_000_000}.get(t[-1:], 1)
    try:
        return int(float(t[:-1] if mult > 1 else t) * mult)
    except ValueError:
        raise ValueError(f"size {text!r}: expected a number of chunks such as 2000, 10k, 100k or 1m") from None


@dataclass(frozen=True)
class Plan:
    """How many items of each kind make ``chunks`` chunks (one chunk per item)."""

    people: int
    opted_out: int
    communities: int
    documents: int
    posts: int

    @property
    def chunks(self) -> int:
        return self.people - self.opted_out + self.communities + self.documents + self.posts

    @classmethod
    def for_chunks(cls, n: int) -> "Plan":
        if n < 60:
            raise ValueError(f"{n} chunks: the generator needs at least 60")
        communities = max(3, round(n / 2000))
        people = max(10, n // 25)
        opted_out = people // 100
        documents = n // 20
        posts = n - (people - opted_out) - communities - documents
        return cls(people, opted_out, communities, documents, posts)


class _Words:
    """The vocabulary of both languages and the Zipf law over it."""

    def __init__(self, rng: np.random.Generator):
        self.words: list[str] = []
        self.span: dict[str, tuple[int, int, int, int]] = {}   # lang -> (start, end of function, end of domain, end)
        for lang in ("en", "fr"):
            start = len(self.words)
            self.words += _FUNCTION[lang]
            f_end = len(self.words)
            self.words += [w for w in dict.fromkeys(_DOMAIN[lang])]
            d_end = len(self.words)
            syl = _SYLLABLES[lang]
            tail: dict[str, None] = {}
            while len(tail) < _TAIL:
                k = rng.integers(2, 4)
                tail.setdefault("".join(syl[i] for i in rng.integers(0, len(syl), k)), None)
            self.words += [w for w in tail if w not in self.words[start:d_end]]
            self.span[lang] = (start, f_end, d_end, len(self.words))
        self.array = np.asarray(self.words, dtype=object)
        self.cum: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        for lang, (s, f, d, e) in self.span.items():
            fw = 1.0 / (np.arange(f - s) + 1.5)
            cw = 1.0 / (np.arange(e - f) + 2.7) ** 1.05     # content words: domain head, pseudo-word tail
            self.cum[lang] = (np.cumsum(fw / fw.sum()), np.cumsum(cw / cw.sum()))


class _Gen:
    def __init__(self, seed: int):
        self.rng = np.random.default_rng(seed)
        self.w = _Words(np.random.default_rng(seed + 1))
        self.topics: dict[str, np.ndarray] = {}

    def topic(self, lang: str, n_comm: int) -> np.ndarray:
        """Per community, ``_TOPIC`` content words of a language (row = community)."""
        if lang not in self.topics or self.topics[lang].shape[0] < n_comm:
            rng = np.random.default_rng({"en": 1, "fr": 2}[lang] * 1000 + 17 * n_comm)
            s, f, d, e = self.w.span[lang]
            rows = []
            for _ in range(n_comm):
                head = rng.choice(np.arange(f, d), size=40, replace=False)
                tail = rng.choice(np.arange(d, e), size=_TOPIC - 40, replace=False)
                rows.append(np.concatenate([head, tail]))
            self.topics[lang] = np.asarray(rows, dtype=np.int64)
        return self.topics[lang]

    def texts(self, lang: str, comm: np.ndarray, lengths: np.ndarray, n_comm: int) -> list[str]:
        """One text per entry: ``lengths[i]`` words of language ``lang`` about community ``comm[i]``."""
        rng, w = self.rng, self.w
        total = int(lengths.sum())
        if total == 0:
            return ["" for _ in lengths]
        s, f, d, e = w.span[lang]
        fcum, ccum = w.cum[lang]
        owner = np.repeat(np.arange(len(lengths)), lengths)
        kind = rng.random(total)
        idx = np.empty(total, dtype=np.int64)
        m_f = kind < 0.32
        m_t = (kind >= 0.32) & (kind < 0.75)
        m_g = kind >= 0.75
        idx[m_f] = s + np.minimum(np.searchsorted(fcum, rng.random(int(m_f.sum()))), f - s - 1)
        topic = self.topic(lang, n_comm)
        pos = (rng.random(int(m_t.sum())) ** 2 * _TOPIC).astype(np.int64)
        idx[m_t] = topic[comm[owner[m_t]], pos]
        idx[m_g] = f + np.minimum(np.searchsorted(ccum, rng.random(int(m_g.sum()))), e - f - 1)
        words = w.array[idx]
        ends = np.cumsum(lengths)
        out, start = [], 0
        for end in ends:
            out.append(" ".join(words[start:end]))
            start = end
        return out

    def dates(self, n: int, lo_days: float = 0, hi_days: float = 3100) -> list[str]:
        days = self.rng.uniform(lo_days, hi_days, n)
        return [(_EPOCH + _dt.timedelta(days=float(x))).isoformat(timespec="seconds") for x in days]


def _record_hash(rec: dict) -> str:
    from indexer.store import record_hash

    return record_hash(rec)


def generate(store, n_chunks: int, seed: int = 7, log: Callable[[str], None] | None = None) -> Plan:
    """Write a synthetic organisation of ``n_chunks`` chunks into an empty store (bulk inserts)."""
    log = log or (lambda m: None)
    plan = Plan.for_chunks(n_chunks)
    g = _Gen(seed)
    rng = g.rng
    C, P = plan.communities, plan.people
    now = _dt.datetime(2025, 6, 30).isoformat()

    # people ---------------------------------------------------------------------------------
    plang = np.where(rng.random(P) < 0.45, "fr", "en")
    pcomm = rng.integers(0, C, P)
    opted = set(rng.choice(P, plan.opted_out, replace=False).tolist()) if plan.opted_out else set()
    people_rows, person_ids = [], [f"p{i:06d}" for i in range(P)]
    profiles = {lang: g.texts(lang, pcomm[plang == lang], rng.integers(15, 70, int((plang == lang).sum())), C)
                for lang in ("fr", "en")}
    titles = {lang: g.texts(lang, pcomm[plang == lang], rng.integers(2, 4, int((plang == lang).sum())), C)
              for lang in ("fr", "en")}
    skills = {lang: g.texts(lang, pcomm[plang == lang], rng.integers(2, 6, int((plang == lang).sum())), C)
              for lang in ("fr", "en")}
    cursor = {"fr": 0, "en": 0}
    joined = g.dates(P, 0, 2500)
    for i in range(P):
        lang = str(plang[i])
        j = cursor[lang]
        cursor[lang] += 1
        first, last = _FIRST[lang][rng.integers(0, 20)], _LAST[lang][rng.integers(0, 20)]
        rec = {"id": person_ids[i], "name": f"{first} {last}", "email": f"{person_ids[i]}@synth.example",
               "title": titles[lang][j], "department": _DEPTS[i % len(_DEPTS)], "location": "Lyon, FR" if lang == "fr" else "Leeds, UK",
               "languages": [lang], "profile": profiles[lang][j], "skills": skills[lang][j].split(" ")[:4],
               "opted_out": i in opted, "aliases": [], "joined": joined[i][:10]}
        people_rows.append((rec["id"], rec["name"], rec["email"], rec["title"], rec["department"], rec["location"],
                            json.dumps(rec["languages"]), rec["profile"], json.dumps(rec["skills"], ensure_ascii=False),
                            int(rec["opted_out"]), "[]", "[]", None, rec["joined"], "synth", "{}", _record_hash(rec), now))
    # communities and memberships ---------------------------------------------------------------
    clang = np.where(np.arange(C) % 5 < 2, "fr", "en")
    comm_ids = [f"c{i:04d}" for i in range(C)]
    comm_rows = []
    members: list[list[int]] = [[] for _ in range(C)]
    for i in range(P):
        for c in {int(pcomm[i]), *rng.integers(0, C, rng.integers(0, 3)).tolist()}:
            members[c].append(i)
    domains = {lang: g.texts(lang, np.flatnonzero(clang == lang), rng.integers(30, 90, int((clang == lang).sum())), C)
               for lang in ("fr", "en")}
    names = {lang: g.texts(lang, np.flatnonzero(clang == lang), np.full(int((clang == lang).sum()), 3), C)
             for lang in ("fr", "en")}
    cursor = {"fr": 0, "en": 0}
    membership_rows = []
    for c in range(C):
        lang = str(clang[c])
        j = cursor[lang]
        cursor[lang] += 1
        mem = members[c] or [c % P]
        members[c] = mem
        coord = mem[0]
        rec = {"id": comm_ids[c], "name": names[lang][j], "domain": domains[lang][j], "kind": "practice",
               "stage": "closed" if c % 17 == 16 else "active", "visibility": "private" if c % 10 == 9 else "open",
               "coordinator": person_ids[coord]}
        comm_rows.append((rec["id"], rec["name"], rec["domain"], "practice", rec["stage"], rec["visibility"],
                          rec["coordinator"], None, "2019-01-01", "", None, "[]", "[]", "synth", _record_hash(rec), now))
        for k, p in enumerate(mem):
            role = "coordinator" if k == 0 else _ROLES[(p + c) % len(_ROLES)]
            m = {"person": person_ids[p], "community": comm_ids[c], "role": role, "since": "2020-01-01"}
            membership_rows.append((m["person"], m["community"], role, m["since"], _record_hash(m)))
    log(f"synth: {P} people, {C} communities")

    # threads and posts --------------------------------------------------------------------------
    sizes = []
    left = plan.posts
    while left > 0:
        k = int(min(left, rng.integers(1, 9)))
        sizes.append(k)
        left -= k
    T = len(sizes)
    tcomm = rng.integers(0, C, T)
    tlang = np.where(rng.random(T) < 0.4, "fr", "en")
    thread_rows, post_rows = [], []
    sizes_a = np.asarray(sizes)
    tcreated = g.dates(T)
    for lang in ("fr", "en"):
        sel = np.flatnonzero(tlang == lang)
        titles_l = g.texts(lang, tcomm[sel], rng.integers(4, 10, sel.size), C)
        n_posts = sizes_a[sel]
        post_comm = np.repeat(tcomm[sel], n_posts)
        bodies = g.texts(lang, post_comm, rng.integers(12, 140, int(n_posts.sum())), C)
        b = 0
        for j, t in enumerate(sel):
            tid = f"t{t:07d}"
            comm = int(tcomm[t])
            mem = members[comm]
            k = int(n_posts[j])
            accepted = int(rng.integers(1, k)) if k > 1 and rng.random() < 0.5 else -1
            base = _dt.datetime.fromisoformat(tcreated[t])
            posts = []
            for q in range(k):
                author = person_ids[mem[int(rng.integers(0, len(mem)))]]
                created = (base + _dt.timedelta(hours=int(q * rng.integers(1, 48)))).isoformat(timespec="seconds")
                posts.append({"id": f"{tid}-{q + 1}", "author": author, "created": created, "body": bodies[b + q],
                              "votes": int(rng.geometric(0.5) - 1), "accepted": q == accepted,
                              "kind": "question" if q == 0 else ("comment" if q % 5 == 4 else "answer")})
            b += k
            title = titles_l[j] + (" ?" if lang == "fr" else "?")
            rec = {"id": tid, "community": comm_ids[comm], "title": title, "tags": [], "created": tcreated[t],
                   "solved": accepted >= 0, "posts": posts, "links": []}
            thread_rows.append((tid, rec["community"], title, "[]", rec["created"], posts[-1]["created"],
                                int(accepted >= 0), posts[accepted]["id"] if accepted >= 0 else None, lang, "synth",
                                None, _record_hash(rec), now))
            for q, p in enumerate(posts):
                post_rows.append((p["id"], tid, q, p["kind"], p["author"], p["created"], p["body"], p["votes"],
                                  int(p["accepted"])))
    log(f"synth: {T} threads, {len(post_rows)} posts")

    # documents ---------------------------------------------------------------------------------
    D = plan.documents
    dcomm = rng.integers(0, C, D)
    dlang = np.where(rng.random(D) < 0.45, "fr", "en")
    doc_rows, author_rows = [], []
    dcreated = g.dates(D)
    for lang in ("fr", "en"):
        sel = np.flatnonzero(dlang == lang)
        titles_l = g.texts(lang, dcomm[sel], rng.integers(3, 8, sel.size), C)
        paras = g.texts(lang, np.repeat(dcomm[sel], 2), rng.integers(20, 75, 2 * sel.size), C)
        for j, d in enumerate(sel):
            did = f"d{d:07d}"
            comm = int(dcomm[d])
            mem = members[comm]
            authors = list(dict.fromkeys(person_ids[mem[int(x)]] for x in rng.integers(0, len(mem), rng.integers(1, 3))))
            body = paras[2 * j] + "\n\n" + paras[2 * j + 1]
            rec = {"id": did, "title": titles_l[j], "kind": _DOC_KINDS[d % 6], "community": comm_ids[comm],
                   "authors": authors, "created": dcreated[d][:10], "language": lang, "body": body}
            doc_rows.append((did, rec["title"], rec["kind"], rec["community"], rec["created"], None, lang, body,
                             f"synth/{did}.md", "synth", None, _record_hash(rec), now))
            author_rows += [(did, a, i) for i, a in enumerate(authors)]
    log(f"synth: {D} documents")

    with store.transaction():
        ex = store.conn.executemany
        ex("INSERT INTO people(id, name, email, title, department, location, languages, profile, skills, opted_out,"
           " aliases, external_ids, manager, joined, source, extra, hash, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
           people_rows)
        ex("INSERT INTO person_keys(key, person) VALUES (?, ?)", [(f"email:{r[2]}", r[0]) for r in people_rows])
        ex("INSERT INTO communities(id, name, domain, kind, stage, visibility, coordinator, sponsor, created, how_to_join,"
           " charter_updated, events, success_stories, source, hash, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
           comm_rows)
        ex("INSERT INTO memberships(person, community, role, since, hash) VALUES (?,?,?,?,?)", membership_rows)
        ex("INSERT INTO threads(id, community, title, tags, created, last_activity, solved, accepted_post, language,"
           " source, url, hash, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", thread_rows)
        ex("INSERT INTO posts(id, thread, position, kind, author, created, body, votes, accepted) VALUES (?,?,?,?,?,?,?,?,?)",
           post_rows)
        ex("INSERT INTO documents(id, title, kind, community, created, updated, language, body, path, source, url, hash,"
           " updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", doc_rows)
        ex("INSERT INTO document_authors(document, person, position) VALUES (?,?,?)", author_rows)
    return plan


def new_threads(store, count: int, seed: int) -> list[dict]:
    """``count`` new thread records (validated record dicts, new ids) in the store's existing
    communities, written by existing members, for the incremental-update figure."""
    from indexer.records import validate

    comms = [r[0] for r in store.conn.execute("SELECT id FROM communities ORDER BY id")]
    g = _Gen(seed)
    rng = g.rng
    out = []
    for i in range(count):
        c = int(rng.integers(0, len(comms)))
        mem = [r[0] for r in store.conn.execute("SELECT person FROM memberships WHERE community = ? ORDER BY person",
                                                (comms[c],))] or [None]
        lang = "fr" if rng.random() < 0.4 else "en"
        k = int(rng.integers(2, 7))
        title = g.texts(lang, np.asarray([c]), np.asarray([7]), len(comms))[0]
        bodies = g.texts(lang, np.full(k, c), rng.integers(12, 140, k), len(comms))
        tid = f"tnew-{seed}-{i}"
        posts = [{"id": f"{tid}-{q + 1}", "author": mem[int(rng.integers(0, len(mem)))], "created": "2025-07-01T10:00:00",
                  "body": bodies[q], "votes": int(q), "accepted": q == 1} for q in range(k)]
        out.append(validate("thread", {"id": tid, "community": comms[c], "title": title, "created": "2025-07-01T09:00:00",
                                       "posts": posts}))
    return out


# -- caches -----------------------------------------------------------------------------------
def _chunk_langs(store, chunks) -> list[str]:
    """The generation language of each chunk (threads.language, documents.language, people.languages)."""
    conn = store.conn
    tl = dict(conn.execute("SELECT id, language FROM threads"))
    dl = dict(conn.execute("SELECT id, language FROM documents"))
    pl = {pid: (json.loads(langs or "[]") or ["en"])[0] for pid, langs in conn.execute("SELECT id, languages FROM people")}
    out = []
    for c in chunks:
        if c.item_type == "post":
            out.append(tl.get(c.thread) or "en")
        elif c.item_type == "document":
            out.append(dl.get(c.document) or "en")
        elif c.item_type == "profile":
            out.append(pl.get(c.person, "en"))
        else:
            out.append(None)
    return out


def word_vectors(words: list[str], model: str = "minilm") -> np.ndarray:
    """The embedder's vector of each word (precomputed vectors are sums of these)."""
    from indexer.embedding import get_embedder

    return get_embedder(model).encode(words, role="passage")


# Mean pairwise cosine of real MiniLM passage embeddings of 400 random synthetic chunks (measured
# on this corpus generator, seed 7); a plain sum of ~180 word vectors is far more concentrated
# (0.88), which packs every chunk into one narrow cone and makes approximate search look worse
# than it is on real embeddings.
REAL_MEAN_COSINE = 0.39


def spread_like_real(vec: np.ndarray, target: float = REAL_MEAN_COSINE, seed: int = 0) -> np.ndarray:
    """Unit rows of ``vec - lam * mean(vec)``, with ``lam`` in [0, 1] found by bisection so that
    the mean pairwise cosine of the rows (about the squared norm of their mean) is ``target``:
    the shared component of bag-of-words sums is shrunk until the vectors are as spread as
    real sentence embeddings; neighbourhoods (who is close to whom) are otherwise kept."""
    def unit(v):
        return v / np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-12)

    if vec.shape[0] < 2:
        return unit(vec)
    rng = np.random.default_rng(seed)
    sample = vec[rng.choice(vec.shape[0], min(vec.shape[0], 5000), replace=False)]
    mu = unit(sample).mean(axis=0)

    def concentration(lam):
        return float(np.sum(unit(unit(sample) - lam * mu).mean(axis=0) ** 2))

    lo, hi = 0.0, 1.0
    if concentration(lo) <= target:
        return unit(vec)
    for _ in range(30):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if concentration(mid) > target else (lo, mid)
    return unit(unit(vec) - lo * mu)


def prefill(store, analyzer, vectors: str | None = None, model: str = "minilm", seed: int = 7,
            chunk_words: int = 180, chunk_overlap: int = 30, log: Callable[[str], None] | None = None) -> dict:
    """Fill the analysis cache (and with ``vectors`` the embedding cache of ``model``) for every
    chunk of the store without running the models chunk by chunk.

    ``vectors="proxy"``: each chunk's vector is the normalised sum of the model's vectors of its
    words (a bag-of-words stand-in: neighbours share words, queries embedded by the real model
    land near them). ``vectors="random"``: random unit vectors. Both are for latency, not quality.
    """
    from scipy import sparse

    from indexer.chunking import iter_chunks
    from indexer.embedding import get_embedder

    log = log or (lambda m: None)
    chunks = list(iter_chunks(store, chunk_words, chunk_overlap))
    langs = [lang or analyzer.detect(c.text) for c, lang in zip(chunks, _chunk_langs(store, chunks))]
    pieces = [c.text.split() for c in chunks]
    distinct: dict[tuple[str, str], None] = {}
    for lang, ps in zip(langs, pieces):
        for p in ps:
            distinct[(lang, p)] = None
    keys = list(distinct)
    memo = dict(zip(keys, analyzer.tokens_many([p for _, p in keys], [l for l, _ in keys])))
    word_id: dict[str, int] = {}
    rows, cols = [], []
    analysed = []
    seen = set()
    for j, (c, lang, ps) in enumerate(zip(chunks, langs, pieces)):
        toks = [t for p in ps for t in memo[(lang, p)]]
        if vectors == "proxy":
            for p in ps:
                rows.append(j)
                cols.append(word_id.setdefault(p.lower(), len(word_id)))
        h = c.text_hash
        if h not in seen:
            seen.add(h)
            analysed.append((analyzer.name, h, lang, " ".join(toks)))
    with store.transaction():
        store.conn.executemany("INSERT OR REPLACE INTO analysed(analyzer, text_hash, lang, tokens) VALUES (?,?,?,?)", analysed)
    log(f"prefill: {len(analysed)} analysed rows ({len(memo)} distinct words analysed)")
    out = {"analysed": len(analysed), "vectors": 0}
    if vectors is None:
        return out
    emb = get_embedder(model)
    n = len(chunks)
    if vectors == "proxy":
        wv = word_vectors(list(word_id), model)
        m = sparse.csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(n, len(word_id)))
        vec = spread_like_real(np.asarray(m @ wv, dtype=np.float32))
    elif vectors == "random":
        vec = np.random.default_rng(seed).standard_normal((n, emb.dim), dtype=np.float32)
    else:
        raise ValueError(f"vectors {vectors!r}: use proxy, random or None")
    vec /= np.maximum(np.linalg.norm(vec, axis=1, keepdims=True), 1e-12)
    done = set()
    batch = []
    with store.transaction():
        for c, v in zip(chunks, vec):
            h = c.text_hash
            if h in done:
                continue
            done.add(h)
            batch.append((emb.name, h, int(v.shape[0]), v.tobytes()))
            if len(batch) >= 20_000:
                store.conn.executemany("INSERT OR REPLACE INTO embeddings(model, text_hash, dim, vector) VALUES (?,?,?,?)", batch)
                batch = []
        store.conn.executemany("INSERT OR REPLACE INTO embeddings(model, text_hash, dim, vector) VALUES (?,?,?,?)", batch)
    out["vectors"] = len(done)
    log(f"prefill: {len(done)} {vectors} vectors for {emb.name}")
    return out
