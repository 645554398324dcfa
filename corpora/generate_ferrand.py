#!/usr/bin/env python3
"""Generate the bundled "Groupe Ferrand" corpus (corpora/ferrand/).

Stdlib only, fixed seed. The substance (questions, answers, documents, profiles of
key people) is hand-written in corpora/ferrand_bank/*.py; this script only decides
who posts what, when, and which threads link to which.

    python corpora/generate_ferrand.py            # writes corpora/ferrand/
"""
from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import sys
import unicodedata
from random import Random

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from ferrand_bank import people_bank, communities_bank, docs_bank  # noqa: E402
from ferrand_bank import (  # noqa: E402
    b_maint, b_qualite, b_hse, b_sav, b_data, b_onboard, b_avv, b_km, b_iot, b_s4, b_horizon,
)

OUT = os.path.join(HERE, "ferrand")
rng = Random(20261123)

BANKS = {
    "c-maint": b_maint.BANK, "c-qualite": b_qualite.BANK, "c-hse": b_hse.BANK, "c-sav": b_sav.BANK,
    "c-data": b_data.BANK, "c-onboard": b_onboard.BANK, "c-avv": b_avv.BANK, "c-km": b_km.BANK,
    "c-iot": b_iot.BANK, "c-s4": b_s4.BANK, "c-horizon": b_horizon.BANK,
}
THREAD_TARGETS = {
    "c-maint": 140, "c-qualite": 100, "c-hse": 85, "c-sav": 90, "c-data": 90, "c-onboard": 30,
    "c-avv": 60, "c-km": 32, "c-iot": 75, "c-s4": 62, "c-horizon": 26,
}
N_PEOPLE = 150
N_DUPLICATES = 34
N_RELATED = 10


# --------------------------------------------------------------------------- helpers

def slugify(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    s = re.sub(r"[^a-zA-Z0-9]+", "-", s.lower()).strip("-")
    return s[:60].strip("-")


def email_of(name: str) -> str:
    s = unicodedata.normalize("NFKD", name.replace("ł", "l").replace("Ł", "L")).encode("ascii", "ignore").decode()
    s = s.lower().replace("'", "")
    parts = s.split(" ", 1)
    first, last = parts[0], parts[1] if len(parts) > 1 else "x"
    last = last.replace(" ", "-")
    return f"{first}.{last}"


def iso(d: dt.datetime) -> str:
    return d.strftime("%Y-%m-%dT%H:%M:00")


def d(s: str) -> dt.datetime:
    return dt.datetime.fromisoformat(s)


def rand_dt(r: Random, start: dt.datetime, end: dt.datetime) -> dt.datetime:
    span = (end - start).days
    for _ in range(20):
        day = start + dt.timedelta(days=r.randint(0, max(span, 0)))
        if day.weekday() < 5 or r.random() < 0.08:
            break
    return day.replace(hour=r.choice([7, 8, 8, 9, 9, 10, 10, 11, 13, 14, 14, 15, 16, 17, 19, 21]),
                       minute=r.randint(0, 59))


# --------------------------------------------------------------------------- bank parsing

def parse_bank(text: str) -> list[dict]:
    scenarios: list[dict] = []
    cur = None
    item = None
    for line in text.splitlines():
        if line.startswith("## +"):
            cur = next(x for x in scenarios if x["key"] == line[4:].strip())
            item = None
            continue
        if line.startswith("## "):
            parts = [p.strip() for p in line[3:].split("|")]
            cur = {"key": parts[0], "tags": [t.strip() for t in parts[1].split(",") if t.strip()] if len(parts) > 1 else [],
                   "expert": parts[2].lstrip("@") if len(parts) > 2 and parts[2] else None,
                   "q": [], "a": [], "lesson": None,
                   "after": parts[3].replace("after=", "") if len(parts) > 3 and parts[3] else None}
            scenarios.append(cur)
            item = None
            continue
        if cur is None:
            continue
        m = re.match(r"^Q (fr|en|es|pl): (.*)$", line)
        if m:
            item = {"lang": m[1], "title": m[2].strip(), "body": []}
            cur["q"].append(item)
            continue
        m = re.match(r"^A ([xo]) (fr|en|es|pl):\s?(.*)$", line)
        if m:
            item = {"kind": m[1], "lang": m[2], "body": [m[3]] if m[3] else []}
            cur["a"].append(item)
            continue
        if line.startswith("L: "):
            cur["lesson"] = line[3:].strip()
            item = None
            continue
        if item is not None:
            item["body"].append(line)
    for s in scenarios:
        for it in s["q"] + s["a"]:
            it["body"] = "\n".join(it["body"]).strip()
        assert s["q"], s["key"]
        for q in s["q"]:
            if not q["body"]:
                q["body"] = q["title"] if q["title"].endswith("?") else q["title"] + "."
        years = [int(y) for it in s["a"] for y in re.findall(r"\b(202[2-6])\b", it["body"])]
        if years and not s["after"]:
            s["after"] = f"{max(years)}-02-15"
    return scenarios


VAR_DEF = re.compile(r"\{#(\w+):([^{}]*)\}")
VAR_REF = re.compile(r"\{#(\w+)\}")
ALT = re.compile(r"\{([^{}#]*\|[^{}]*)\}")


def scenario_vars(s: dict, r: Random) -> dict:
    vals = {}
    for it in s["q"] + s["a"]:
        for txt in (it.get("title", ""), it["body"]):
            for name, opts in VAR_DEF.findall(txt):
                if name not in vals:
                    vals[name] = r.choice(opts.split("|"))
    return vals


def render(txt: str, r: Random, vars_: dict, ctx: dict) -> str:
    txt = VAR_DEF.sub(lambda m: vars_.get(m[1], m[2].split("|")[0]), txt)
    txt = VAR_REF.sub(lambda m: vars_.get(m[1], ""), txt)
    txt = ALT.sub(lambda m: r.choice(m[1].split("|")), txt)
    for k, v in ctx.items():
        txt = txt.replace("{" + k + "}", v)
    return txt


# --------------------------------------------------------------------------- typos

def add_typos(text: str, lang: str, r: Random) -> str:
    p = r.random()
    if p < 0.10:
        words = text.split(" ")
        idx = [i for i, w in enumerate(words) if w.isalpha() and len(w) > 5]
        for i in r.sample(idx, min(len(idx), r.randint(1, 2))):
            w = words[i]
            j = r.randint(1, len(w) - 3)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:] if r.random() < 0.6 else w[:j] + w[j + 1:]
        text = " ".join(words)
    elif p < 0.15 and lang == "fr":
        # written on a phone / QWERTY keyboard: accents dropped
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    elif p < 0.18:
        text = text[0].lower() + text[1:] if text else text
    return text


# --------------------------------------------------------------------------- people

SITES = {
    "Lyon, FR": ("Lyon", ["fr", "en"]), "Grenoble, FR": ("Grenoble", ["fr", "en"]),
    "Lille, FR": ("Lille", ["fr"]), "Toulouse, FR": ("Toulouse", ["fr", "en"]),
    "Montréal, QC": ("Montréal", ["fr", "en"]), "Trois-Rivières, QC": ("Trois-Rivières", ["fr"]),
    "Katowice, PL": ("Katowice", ["pl", "en"]), "Monterrey, MX": ("Monterrey", ["es", "en"]),
}


def build_people() -> tuple[list[dict], dict]:
    people = []
    key2id = {}
    used_emails = set()
    for i, kp in enumerate(people_bank.KEY_PEOPLE, start=1):
        pid = f"p{i:03d}"
        key2id[kp["key"]] = pid
        em = email_of(kp["name"])
        used_emails.add(em)
        rec = {"id": pid, "name": kp["name"], "email": em + "@ferrand.example", "title": kp["title"],
               "department": kp["dept"], "location": kp["loc"], "languages": kp["langs"],
               "profile": kp["profile"], "skills": kp["skills"], "opted_out": kp.get("opted_out", False),
               "joined": kp["joined"]}
        if kp.get("aliases"):
            rec["aliases"] = kp["aliases"]
        people.append(rec)
    # generated people
    origins = list(people_bank.ORIGIN_WEIGHTS.items())
    i = len(people)
    while len(people) < N_PEOPLE:
        i += 1
        origin = rng.choices([o for o, _ in origins], [w for _, w in origins])[0]
        first, last, gender = people_bank.random_name(origin, rng)
        name = f"{first} {last}"
        em = email_of(name)
        if em in used_emails:
            continue
        used_emails.add(em)
        loc = rng.choice(people_bank.ORIGIN_SITES[origin])
        dept = rng.choices(list(people_bank.DEPTS), [v["w"] for v in people_bank.DEPTS.values()])[0]
        plang = people_bank.profile_lang(origin, loc, rng)
        title = people_bank.title_for(dept, plang, gender, rng)
        langs = list(SITES[loc][1])
        if origin == "en":
            langs = ["en", "fr"] if rng.random() < 0.5 else ["en"]
        elif origin in ("pl", "mx") and rng.random() < 0.25:
            langs = langs + ["fr"]
        elif langs == ["fr"] and rng.random() < 0.3:
            langs = ["fr", "en"]
        joined = f"{rng.randint(1994, 2025)}-{rng.randint(1, 12):02d}-01"
        profile = people_bank.profile_for(first, gender, title, dept, SITES[loc][0], joined[:4], plang, rng)
        skills = people_bank.skills_for(dept, rng)
        rec = {"id": f"p{len(people) + 1:03d}", "name": name, "email": em + "@ferrand.example", "title": title,
               "department": dept, "location": loc, "languages": langs, "profile": profile, "skills": skills,
               "opted_out": False, "joined": joined}
        if rng.random() < 0.1:
            rec["aliases"] = [em.split(".")[0][0] + em.split(".")[1][:10]]
        people.append(rec)
    # managers: a few generated people report to key people of the same department
    for p in people[len(people_bank.KEY_PEOPLE):]:
        bosses = [q for q in people[:len(people_bank.KEY_PEOPLE)] if q["department"] == p["department"] and q["id"] != p["id"]]
        if bosses and rng.random() < 0.5:
            p["manager"] = rng.choice(bosses)["id"]
    return people, key2id


# --------------------------------------------------------------------------- communities & memberships

def build_communities(people, key2id):
    comms = []
    mem = []
    by_id = {p["id"]: p for p in people}
    generated = [p for p in people[len(people_bank.KEY_PEOPLE):]]
    members_of = {}
    loners = set(rng.sample([p["id"] for p in generated if not p["opted_out"]], 14))
    for c in communities_bank.COMMUNITIES:
        rec = {k: v for k, v in c.items() if k in ("id", "name", "domain", "kind", "stage", "visibility", "created",
                                                    "how_to_join", "charter_updated", "events", "success_stories")}
        rec["coordinator"] = key2id[c["coordinator"]]
        rec["sponsor"] = key2id[c["sponsor"]]
        comms.append(rec)
        cid = c["id"]
        ms = {}
        since0 = c["created"]

        def add(pid, role, since=None):
            if pid in ms:
                return
            if since is None:
                start = d(since0)
                end = min(d(c["window"][1]), dt.datetime(2026, 10, 1))
                since = rand_dt(rng, start, start + (end - start) * 0.7).date().isoformat()
            ms[pid] = (role, since)
            COUNT[pid] = COUNT.get(pid, 0) + 1

        add(rec["coordinator"], "coordinator", since0)
        add(rec["sponsor"], "sponsor", since0)
        for k in c["experts"]:
            add(key2id[k], c.get("expert_roles", {}).get(k, "expert"), since0 if rng.random() < 0.5 else None)
        for k in c.get("core", []):
            add(key2id[k], "core", since0)
        pool = [p["id"] for p in generated if (p["department"] in c["dept_pool"] or rng.random() < 0.04)
                and (not c.get("site_pool") or p["location"] in c["site_pool"])
                and not p["opted_out"] and p["id"] not in loners and COUNT.get(p["id"], 0) < 3
                and (COUNT.get(p["id"], 0) == 0 or rng.random() < 0.22)]
        rng.shuffle(pool)
        n_core = max(0, rng.randint(3, 6) - len(c.get("core", [])))
        for pid in pool[:n_core]:
            add(pid, "core")
        for pid in pool[n_core:n_core + c["active_n"]]:
            add(pid, "active")
        for pid in pool[n_core + c["active_n"]:n_core + c["active_n"] + c["peripheral_n"]]:
            add(pid, "peripheral")
        members_of[cid] = ms
        for pid, (role, since) in ms.items():
            mem.append({"person": pid, "community": cid, "role": role, "since": since})
    return comms, mem, members_of


# --------------------------------------------------------------------------- threads

OPEN_Q = {
    "fr": ["Bonjour,", "Bonjour à tous,", "Salut à tous,", "Hello,", "Bonjour,", "Bonjour la communauté,", "Salut,", "Bonjour à toutes et à tous,", ""],
    "qc": ["Allô tout le monde,", "Bonjour,", "Salut la gang,", "Allô,", "Bonjour à tous,"],
    "en": ["Hi all,", "Hello,", "Hi everyone,", "Hey folks,", "Hi,", "Good morning,", ""],
    "es": ["Hola a todos,", "Buenos días,"],
    "pl": ["Cześć,", "Dzień dobry,"],
}
CLOSE_Q = {
    "fr": ["Merci d'avance !", "Merci pour vos retours.", "Des idées ?", "Toute aide est la bienvenue.", "Merci !", "Si quelqu'un a déjà vu ça, je suis preneur.", "Merci d'avance, c'est un peu urgent.", "Bonne journée", "", ""],
    "qc": ["Merci d'avance!", "Merci ben gros!", "Toute aide est appréciée.", "Merci!"],
    "en": ["Thanks in advance!", "Any ideas?", "Thanks!", "Appreciate any pointers.", "Cheers", "", ""],
    "es": ["¡Gracias!", "Saludos."],
    "pl": ["Dzięki!", "Pozdrawiam."],
}
OPEN_A = {
    "fr": ["Salut {asker},", "Bonjour {asker},", "Bonjour,", "Hello {asker},", "@{asker}", "", "", "", "Oui, on a eu le cas.", "Alors,"],
    "qc": ["Allô {asker},", "Salut {asker},", "", "Bonjour,"],
    "en": ["Hi {asker},", "Hey {asker},", "@{asker}", "", "", "Hi,"],
    "es": ["Hola {asker},", ""],
    "pl": ["Cześć {asker},", ""],
}
CLOSE_A = {
    "fr": ["Tiens-nous au courant.", "Bon courage !", "Dis-moi si ça marche.", "Mes 2 centimes.", "N'hésite pas à m'appeler si besoin.", "", "", "", ""],
    "qc": ["Lâche-moi un coup de fil si ça marche pas.", "Bonne chance!", "", ""],
    "en": ["Hope this helps.", "Let us know how it goes.", "My 2 cents.", "Ping me if you need more.", "", "", ""],
    "es": ["Saludos.", ""],
    "pl": ["Powodzenia.", ""],
}
THANKS = {
    "fr": ["Merci {ans}, c'était bien ça !", "Top, merci. Problème réglé.", "Merci à tous, on a appliqué la solution de {ans} et ça tient depuis une semaine.",
           "Super, merci {ans}. Je mets le fil en résolu.", "C'était ça. Merci !! Je note pour la prochaine fois.", "Merci pour le retour rapide, on teste lundi."],
    "qc": ["Merci {ans}, c'était exactement ça!", "Parfait, merci ben gros. C'est réglé."],
    "en": ["Thanks {ans}, that was it!", "Worked, thanks a lot.", "Confirmed fixed on our side, thanks everyone.", "Brilliant, thanks {ans}."],
    "es": ["¡Gracias {ans}, era eso!"],
    "pl": ["Dzięki {ans}, działa!"],
}
DUP_NOTE = {
    "fr": ["Déjà traité ici : « {title} » ({tid}). Regarde la réponse acceptée, c'est le même cas.",
           "Ça a déjà été posé : {tid} (« {title} »). Je te mets le lien, tout y est.",
           "Doublon de {tid} je pense — même symptôme, même cause."],
    "en": ["This was already answered in {tid} (\"{title}\"), same root cause.",
           "Duplicate of {tid} I think, check the accepted answer there.",
           "See {tid} — \"{title}\". Same issue."],
}
ME_TOO = {
    "fr": ["+1, on a le même souci à {site}. Je suis le fil.", "Même problème chez nous. Je suis preneur de la solution aussi.", "Idem à {site} depuis le mois dernier."],
    "en": ["+1, same issue in {site}. Following.", "Same here, subscribing."],
}


CONTEXT_Q = {
    "fr": ["J'ai cherché dans le SharePoint et dans les anciens fils sans rien trouver de clair.",
           "Ça fait deux semaines qu'on tourne autour, on commence à manquer d'idées.",
           "Le responsable de production me met la pression, on a une commande urgente à sortir.",
           "Je suis nouveau sur le poste, désolé si la question est basique.",
           "On a déjà ouvert un ticket au fournisseur mais pas de réponse pour l'instant.",
           "Si quelqu'un a un document ou une procédure, je prends aussi.",
           "Question posée aussi en réunion d'équipe, personne n'avait d'avis tranché.",
           "Pour info on est en 3x8, donc je peux tester la nuit si besoin."],
    "en": ["I searched SharePoint and older threads but found nothing conclusive.",
           "We've been going round in circles for two weeks now.",
           "Production is pushing hard, we have an urgent order to ship.",
           "I'm new in this role, sorry if it's a basic question.",
           "We already opened a ticket with the vendor, no answer yet.",
           "Any procedure or document would help too."],
}


def is_qc(p):
    return p["location"].endswith("QC")


def flavour(lang, person):
    if lang == "fr" and is_qc(person) and rng.random() < 0.6:
        return "qc"
    return lang


def dress(body, lang, person, opens, closes, ctx, r, p_open=0.65, p_close=0.55):
    fl = flavour(lang, person)
    parts = []
    if r.random() < p_open:
        o = r.choice(opens.get(fl, opens.get(lang, [""])))
        if o:
            parts.append(o.format(**ctx))
    parts.append(body)
    if r.random() < p_close:
        c = r.choice(closes.get(fl, closes.get(lang, [""])))
        if c:
            parts.append(c.format(**ctx))
    if r.random() < 0.12:
        parts.append(person["name"].split(" ")[0] + (f" ({SITES[person['location']][0]})" if r.random() < 0.5 else ""))
    sep = "\n\n" if len(body) > 250 else ("\n" if r.random() < 0.5 else " ")
    return sep.join(p for p in parts if p)


def speaks(p, lang):
    return lang in p["languages"] or (lang in ("es", "pl") and "en" in p["languages"])


def build_threads(people, key2id, members_of):
    by_id = {p["id"]: p for p in people}
    comm_cfg = {c["id"]: c for c in communities_bank.COMMUNITIES}
    plan = []  # (cid, scenario_index, created)
    scen = {cid: parse_bank(text) for cid, text in BANKS.items()}
    for cid, scs in scen.items():
        n = THREAD_TARGETS[cid]
        counts = [n // len(scs)] * len(scs)
        for j in rng.sample(range(len(scs)), n - sum(counts)):
            counts[j] += 1
        for _ in range(len(scs) // 2):  # some scenarios come back more often than others
            a_, b_ = rng.randrange(len(scs)), rng.randrange(len(scs))
            if counts[a_] > 2:
                counts[a_] -= 1
                counts[b_] += 1
        c = comm_cfg[cid]
        w0, w1 = d(c["window"][0]), d(c["window"][1])
        for si, k in enumerate(counts):
            w0, w1 = d(c["window"][0]), d(c["window"][1])
            if scs[si]["after"]:
                w0 = max(w0, min(d(scs[si]["after"]), w1 - dt.timedelta(days=150)))
            for _ in range(k):
                if c.get("skew") == "early":
                    t = w0 + (w1 - w0) * (rng.random() ** 1.8)
                    created = rand_dt(rng, t, t + dt.timedelta(days=3))
                else:
                    created = rand_dt(rng, w0, w1)
                plan.append((cid, si, created))
    plan.sort(key=lambda x: x[2])
    threads = []
    truth_scen = {}
    last_phr = {}
    scen_threads = {}
    for n, (cid, si, created) in enumerate(plan, start=1):
        tid = f"t{n:04d}"
        s = scen[cid][si]
        skey = f"{cid}/{s['key']}"
        truth_scen.setdefault(skey, []).append(tid)
        # phrasing: rotate so re-asked questions use other words (often another language)
        if skey in last_phr and len(s["q"]) > 1:
            choices = [i for i in range(len(s["q"])) if i != last_phr[skey]]
            qi = rng.choice(choices)
        else:
            qi = rng.randrange(len(s["q"]))
        last_phr[skey] = qi
        q = s["q"][qi]
        lang = q["lang"]
        members = members_of[cid]
        experts = [key2id[k] for k in comm_cfg[cid]["experts"]]
        non_exp = [pid for pid in members if pid not in experts]
        askers = [pid for pid in non_exp if speaks(by_id[pid], lang)] or non_exp
        if comm_cfg[cid]["visibility"] == "open" and rng.random() < 0.12:
            outsiders = [p["id"] for p in people if p["id"] not in members and speaks(p, lang) and not p["opted_out"]]
            askers = outsiders or askers
        # opted-out people without posts must stay silent
        askers = [a for a in askers if a not in SILENT] or askers
        asker = rng.choice(askers)
        ap = by_id[asker]
        vars_ = scenario_vars(s, rng)
        ctx = {"site": SITES[ap["location"]][0], "asker": ap["name"].split(" ")[0]}
        title = render(q["title"], rng, vars_, ctx)
        body = render(q["body"], rng, vars_, ctx)
        if lang in CONTEXT_Q and rng.random() < 0.3:
            body = body + " " + rng.choice(CONTEXT_Q[lang])
        body = add_typos(body, lang, rng)
        qbody = dress(body, lang, ap, OPEN_Q, CLOSE_Q, ctx, rng)
        posts = [{"id": f"{tid}-1", "author": asker, "created": iso(created), "body": qbody,
                  "votes": rng.choices([0, 1, 2, 3, 5, 8], [30, 25, 20, 12, 8, 5])[0], "accepted": False}]
        # answers
        main_exp = key2id.get(s["expert"]) if s["expert"] else None
        if main_exp is None or main_exp not in members:
            visible = [e for e in experts if not by_id[e]["opted_out"]]
            main_exp = visible[hash_key(skey) % len(visible)]
        unanswered = rng.random() < 0.07
        ans_pool = [a for a in s["a"] if a["lang"] == lang] or s["a"]
        other_lang = [a for a in s["a"] if a["lang"] != lang]
        if rng.random() < 0.15 and other_lang and lang in ("fr", "en"):
            ans_pool = ans_pool + other_lang[:1]
        chosen = [] if unanswered else rng.sample(ans_pool, min(len(ans_pool), rng.choices([1, 2, 3, 4], [25, 40, 25, 10])[0]))
        # experts answer first more often
        chosen.sort(key=lambda a: (a["kind"] != "x") if rng.random() < 0.6 else rng.random())
        t = created
        used_authors = {asker}
        ans_posts = []
        for a in chosen:
            t = t + dt.timedelta(minutes=rng.randint(12, 60 * 30))
            if a["kind"] == "x":
                cand = [main_exp] * 4 + experts
                cand = [c for c in cand if c not in used_authors and c not in SILENT] or [main_exp]
                cand = [c for c in cand if a["lang"] in by_id[c]["languages"]]
                if not cand:
                    continue
                if rng.random() < 0.08 and comm_cfg[cid]["visibility"] == "open":  # an expert from another community helps
                    helpers = [e for e in ALL_EXPERTS if a["lang"] in by_id[e]["languages"] and e not in used_authors]
                    cand = [rng.choice(helpers)] if helpers else cand
            else:
                cand = [pid for pid in non_exp if pid not in used_authors and pid not in SILENT and a["lang"] in by_id[pid]["languages"]] or [pid for pid in members if pid not in SILENT]
            author = rng.choice(cand)
            used_authors.add(author)
            au = by_id[author]
            actx = dict(ctx, site=SITES[au["location"]][0])
            abody = add_typos(render(a["body"], rng, vars_, actx), a["lang"], rng)
            abody = dress(abody, a["lang"], au, OPEN_A, CLOSE_A, actx, rng, 0.5, 0.35)
            ans_posts.append({"author": author, "created": t, "body": abody, "kind": a["kind"],
                              "votes": rng.choices([0, 1, 2, 3, 4, 6, 9], [15, 20, 20, 15, 12, 10, 8])[0] + (2 if a["kind"] == "x" else 0)})
        if ans_posts and rng.random() < 0.08:
            o = rng.choice([pid for pid in non_exp if pid not in used_authors and pid not in SILENT] or [asker])
            lang2 = "fr" if lang == "fr" and "fr" in by_id[o]["languages"] else "en"
            ans_posts.insert(rng.randint(0, len(ans_posts)), {"author": o, "created": created + dt.timedelta(hours=rng.randint(1, 20)),
                             "body": rng.choice(ME_TOO[lang2]).format(site=SITES[by_id[o]["location"]][0]), "kind": "o", "votes": rng.randint(0, 2)})
        accepted_idx = None
        xs = [i for i, a in enumerate(ans_posts) if a["kind"] == "x"]
        if xs and rng.random() < 0.55:
            accepted_idx = xs[0] if rng.random() < 0.8 else rng.choice(xs)
        elif ans_posts and rng.random() < 0.12:
            accepted_idx = 0
        if accepted_idx is not None and rng.random() < 0.25 and len(ans_posts) < 6:
            acc_author = by_id[ans_posts[accepted_idx]["author"]]
            fl = flavour(lang, ap)
            ans_posts.append({"author": asker, "created": ans_posts[-1]["created"] + dt.timedelta(hours=rng.randint(2, 72)),
                              "body": rng.choice(THANKS.get(fl, THANKS["en"])).format(ans=acc_author["name"].split(" ")[0]),
                              "kind": "thanks", "votes": 0})
        ans_posts.sort(key=lambda a: a["created"])
        ans_posts = ans_posts[:6]
        for j, a in enumerate(ans_posts):
            posts.append({"id": f"{tid}-{j + 2}", "author": a["author"], "created": iso(a["created"]), "body": a["body"],
                          "votes": a["votes"], "accepted": False, "_kind": a["kind"]})
        if accepted_idx is not None:
            # find the accepted one after sorting
            target = [p for p in posts[1:] if p["_kind"] == "x"] or posts[1:2]
            if target:
                target[0]["accepted"] = True
                target[0]["votes"] += rng.randint(1, 5)
        tags = list(s["tags"])
        rng.shuffle(tags)
        tags = tags[:rng.randint(2, 4)] if len(tags) > 2 else tags
        th = {"id": tid, "community": cid, "title": title, "tags": tags, "created": iso(created), "posts": posts,
              "links": [], "_scenario": skey, "_lang": lang, "_qi": qi}
        threads.append(th)
        scen_threads.setdefault(skey, []).append(th)
    return threads, scen_threads, truth_scen


def hash_key(s):
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) % 1000003
    return h


SILENT: set = set()
ALL_EXPERTS: list = []


def add_links(threads, scen_threads, people):
    by_id = {p["id"]: p for p in people}
    pairs = []
    for skey, ths in scen_threads.items():
        for a, b in zip(ths, ths[1:]):
            gap = (d(b["created"]) - d(a["created"])).days
            if gap >= 45 and b["_qi"] != a["_qi"]:
                pairs.append((a, b, 2 if b["_lang"] != a["_lang"] else 1))
    rng.shuffle(pairs)
    pairs.sort(key=lambda x: -x[2])  # cross-language first
    cross = [p for p in pairs if p[2] == 2][:20]
    same = [p for p in pairs if p[2] == 1]
    rng.shuffle(same)
    dups = []
    seen_scen = {}
    for a, b, _ in cross + same:
        if len(dups) >= N_DUPLICATES:
            break
        sk = a["_scenario"]
        if seen_scen.get(sk, 0) >= 1 or any(b is x[1] or b is x[0] or a is x[1] for x in dups):
            continue
        seen_scen[sk] = 1
        dups.append((a, b))
    for a, b in dups:
        b["links"].append({"thread": a["id"], "kind": "duplicate"})
        # sometimes someone points to the earlier thread in an answer
        if rng.random() < 0.5 and len(b["posts"]) < 7:
            lang = "fr" if b["_lang"] == "fr" else "en"
            cands = [p for p in by_id.values() if p["id"] != b["posts"][0]["author"] and not p["opted_out"] and p["id"] in MEMBERS[b["community"]]
                     and lang in p["languages"]]
            who = rng.choice(cands)
            t = d(b["created"]) + dt.timedelta(minutes=rng.randint(20, 600))
            post = {"id": "", "author": who["id"], "created": iso(t), "votes": rng.randint(1, 4), "accepted": False, "_kind": "dup",
                    "body": rng.choice(DUP_NOTE[lang]).format(tid=a["id"], title=a["title"])}
            b["posts"].insert(1, post)
            b["posts"] = [b["posts"][0]] + sorted(b["posts"][1:], key=lambda p: p["created"])
            b["posts"] = b["posts"][:7]
            for j, p in enumerate(b["posts"], start=1):
                p["id"] = f"{b['id']}-{j}"
    related = []
    dup_set = {(a["id"], b["id"]) for a, b in dups}
    cands = []
    for skey, ths in scen_threads.items():
        for a, b in zip(ths, ths[1:]):
            if (a["id"], b["id"]) not in dup_set and not b["links"]:
                cands.append((a, b))
    rng.shuffle(cands)
    for a, b in cands[:N_RELATED]:
        b["links"].append({"thread": a["id"], "kind": "related"})
        related.append((a, b))
    return dups, related


MEMBERS: dict = {}
COUNT: dict = {}


# --------------------------------------------------------------------------- documents

def build_documents(people, key2id, members_of, scen_threads):
    comm_cfg = {c["id"]: c for c in communities_bank.COMMUNITIES}
    docs = []
    for cid, dl in docs_bank.DOCS.items():
        for doc in dl:
            docs.append(dict(doc, community=cid))
    # derived case sheets ("fiches REX") written from a solved scenario, to reach ~120
    derived_target = 120 - len(docs)
    solved = []
    for skey, ths in scen_threads.items():
        cid = skey.split("/")[0]
        if any(p.get("accepted") for t in ths for p in t["posts"]):
            solved.append(skey)
    rng.shuffle(solved)
    per_comm = {}
    scen = {cid: {s["key"]: s for s in parse_bank(text)} for cid, text in BANKS.items()}
    for skey in solved:
        if derived_target <= 0:
            break
        cid, key = skey.split("/")
        if per_comm.get(cid, 0) >= 15:
            continue
        s = scen[cid][key]
        xs = [a for a in s["a"] if a["kind"] == "x"]
        if not xs or not s.get("lesson"):
            continue
        q = next((q for q in s["q"] if q["lang"] == "fr"), s["q"][0])
        lang = q["lang"]
        vars_ = scenario_vars(s, rng)
        th = scen_threads[skey]
        first_asker = next(p for p in people if p["id"] == th[0]["posts"][0]["author"])
        ctx = {"site": SITES[first_asker["location"]][0], "asker": ""}
        created = d(th[0]["created"]) + dt.timedelta(days=rng.randint(20, 120))
        created = min(created, dt.datetime(2026, 10, 30))
        refs = [t["id"] for t in th if d(t["created"]) <= created][:4]
        xs_l = [a for a in xs if a["lang"] == lang][:3]
        if len(xs_l) < 2:
            xs_l = (xs_l + [a for a in xs if a["lang"] != lang])[:2]
        quoted = "\n".join("> " + line if line else ">" for line in render(q["body"], rng, vars_, ctx).split("\n"))
        if lang == "fr":
            body = (f"Fiche retour d'expérience rédigée par la communauté à partir des fils {', '.join(refs)}.\n\n"
                    f"## La question de départ\n\n{quoted}\n\n## Ce qui a marché\n\n"
                    + "\n\n".join("- " + render(a["body"], rng, vars_, ctx).replace("\n", " ") for a in xs_l)
                    + f"\n\n## À retenir\n\n{s['lesson']}\n")
            title = "REX — " + render(q["title"], rng, vars_, ctx)
        else:
            body = (f"Case sheet written by the community from threads {', '.join(refs)}.\n\n"
                    f"## The original question\n\n{quoted}\n\n## What worked\n\n"
                    + "\n\n".join("- " + render(a["body"], rng, vars_, ctx).replace("\n", " ") for a in xs_l)
                    + f"\n\n## Key takeaway\n\n{s['lesson']}\n")
            title = "Case — " + render(q["title"], rng, vars_, ctx)
        body = body.replace("{site}", "").replace("{asker}", "")
        if len(body.split()) < 150:
            continue
        per_comm[cid] = per_comm.get(cid, 0) + 1
        derived_target -= 1
        authors = sorted({p["author"] for t in th for p in t["posts"] if p.get("accepted") and p["author"] not in SILENT})[:2]
        if not authors:
            authors = [key2id[comm_cfg[cid]["experts"][0]]]
        docs.append({"slug": "rex-" + slugify(key), "title": title, "kind": "case", "lang": lang,
                     "authors": authors, "created": created.date().isoformat(), "body": body, "community": cid, "derived": True})
    out = []
    for n, doc in enumerate(docs, start=1):
        authors = [key2id.get(a, a) for a in doc["authors"]]
        out.append(dict(doc, id=f"d{n:03d}", authors=authors))
    return out


def write_doc(doc):
    folder = os.path.join(OUT, "documents", doc["community"])
    os.makedirs(folder, exist_ok=True)
    fm = ["---", f"id: {doc['id']}", f"title: {json.dumps(doc['title'], ensure_ascii=False)}", f"kind: {doc['kind']}",
          f"community: {doc['community']}", f"authors: [{', '.join(doc['authors'])}]", f"created: {doc['created']}"]
    if doc.get("updated"):
        fm.append(f"updated: {doc['updated']}")
    fm.append(f"language: {doc['lang']}")
    fm.append("---")
    with open(os.path.join(folder, doc["slug"] + ".md"), "w", encoding="utf-8") as f:
        f.write("\n".join(fm) + "\n\n# " + doc["title"] + "\n\n" + doc["body"].strip() + "\n")


# --------------------------------------------------------------------------- main

def write_jsonl(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    global SILENT, ALL_EXPERTS, MEMBERS
    people, key2id = build_people()
    SILENT = {key2id[k] for k in people_bank.SILENT_KEYS}
    ALL_EXPERTS = sorted({key2id[k] for c in communities_bank.COMMUNITIES if c["visibility"] == "open" for k in c["experts"]} - SILENT)
    comms, mem, members_of = build_communities(people, key2id)
    MEMBERS = members_of
    threads, scen_threads, truth_scen = build_threads(people, key2id, members_of)
    dups, related = add_links(threads, scen_threads, people)
    docs = build_documents(people, key2id, members_of, scen_threads)

    if os.path.isdir(OUT):
        for name in os.listdir(OUT):
            if name in ("README.md",):
                continue
            p = os.path.join(OUT, name)
            shutil.rmtree(p) if os.path.isdir(p) else os.remove(p)
    os.makedirs(OUT, exist_ok=True)
    write_jsonl("people.jsonl", people)
    write_jsonl("communities.jsonl", comms)
    write_jsonl("memberships.jsonl", mem)
    clean = []
    for t in threads:
        ct = {k: v for k, v in t.items() if not k.startswith("_")}
        ct["posts"] = [{k: v for k, v in p.items() if not k.startswith("_")} for p in t["posts"]]
        if not ct["links"]:
            del ct["links"]
        clean.append(ct)
    write_jsonl("threads.jsonl", clean)
    slugs = set()
    for doc in docs:
        base = doc["slug"]
        k = 2
        while (doc["community"], doc["slug"]) in slugs:
            doc["slug"] = f"{base}-{k}"
            k += 1
        slugs.add((doc["community"], doc["slug"]))
        write_doc(doc)

    truth = {
        "note": "Hints for evaluation authors only; not part of the corpus format. Judge by reading the corpus.",
        "communities": {c["id"]: {"experts": [key2id[k] for k in c["experts"]],
                                  "hidden_experts_no_declared_skills": [key2id[k] for k in c["experts"] if not people[int(key2id[k][1:]) - 1]["skills"]],
                                  "experts_with_misleading_declared_skills": [key2id[k] for k in c["experts"] if k in ("sophie", "david")]}
                        for c in communities_bank.COMMUNITIES},
        "opted_out": [p["id"] for p in people if p["opted_out"]],
        "duplicates": [{"earlier": a["id"], "later": b["id"], "scenario": a["_scenario"], "cross_language": a["_lang"] != b["_lang"]} for a, b in dups],
        "related": [{"earlier": a["id"], "later": b["id"], "scenario": a["_scenario"]} for a, b in related],
        "scenarios": {k: {"threads": v, "main_expert": None} for k, v in truth_scen.items()},
    }
    scen = {cid: parse_bank(text) for cid, text in BANKS.items()}
    for cid, scs in scen.items():
        for s in scs:
            k = f"{cid}/{s['key']}"
            if k in truth["scenarios"]:
                truth["scenarios"][k]["main_expert"] = key2id.get(s["expert"]) if s["expert"] else None
                truth["scenarios"][k]["tags"] = s["tags"]
    with open(os.path.join(OUT, "_truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

    validate(people, comms, mem, clean, docs, threads)


def validate(people, comms, mem, threads, docs, raw_threads):
    pids = [p["id"] for p in people]
    cids = [c["id"] for c in comms]
    tids = [t["id"] for t in threads]
    dids = [d_["id"] for d_ in docs]
    for ids in (pids, cids, tids, dids):
        assert len(ids) == len(set(ids)), "duplicate ids"
    P, C, T = set(pids), set(cids), set(tids)
    emails = [p["email"] for p in people]
    assert len(emails) == len(set(emails)), "duplicate emails"
    for p in people:
        assert p.get("manager") is None or p["manager"] in P
    for c in comms:
        assert c["coordinator"] in P and c["sponsor"] in P
        assert c["kind"] in ("practice", "innovation", "project") and c["visibility"] in ("open", "private")
    for m in mem:
        assert m["person"] in P and m["community"] in C, m
        assert m["role"] in ("coordinator", "sponsor", "core", "active", "peripheral", "expert")
    memb = {}
    for m in mem:
        memb.setdefault(m["community"], set()).add(m["person"])
    private = {c["id"] for c in comms if c["visibility"] == "private"}
    post_ids = set()
    for t in threads:
        assert t["community"] in C and t["posts"] and 1 <= len(t["posts"]) <= 8
        assert t["posts"][0]["created"] == t["created"]
        for p in t["posts"]:
            assert p["author"] in P and p["id"] not in post_ids, p
            post_ids.add(p["id"])
            assert p["created"] >= t["created"]
            assert "{" not in p["body"] or "}" not in p["body"], (t["id"], p["body"][:80])
            if t["community"] in private:
                assert p["author"] in memb[t["community"]], (t["id"], p["author"])
        assert sum(p["accepted"] for p in t["posts"]) <= 1
        assert not t["posts"][0]["accepted"]
        for l in t.get("links", []):
            assert l["thread"] in T and l["thread"] < t["id"]
        assert "2022-01-01" <= t["created"] <= "2026-10-31T23:59", t["created"]
    for doc in docs:
        assert doc["community"] in C and all(a in P for a in doc["authors"]), doc["id"]
        wc = len(doc["body"].split())
        assert 120 <= wc <= 800, (doc["id"], doc["slug"], wc)
    # re-parse written files
    for name in ("people.jsonl", "communities.jsonl", "memberships.jsonl", "threads.jsonl"):
        with open(os.path.join(OUT, name), encoding="utf-8") as f:
            for line in f:
                json.loads(line)
    n_posts = sum(len(t["posts"]) for t in threads)
    fr = sum(1 for t in raw_threads if t["_lang"] == "fr") / len(raw_threads)
    langs = {}
    for t in raw_threads:
        langs[t["_lang"]] = langs.get(t["_lang"], 0) + 1
    doc_fr = sum(1 for x in docs if x["lang"] == "fr") / len(docs)
    accepted = sum(1 for t in threads if any(p["accepted"] for p in t["posts"])) / len(threads)
    unanswered = sum(1 for t in threads if len(t["posts"]) == 1)
    multi = {}
    for m in mem:
        multi[m["person"]] = multi.get(m["person"], 0) + 1
    dup = sum(1 for t in threads for l in t.get("links", []) if l["kind"] == "duplicate")
    rel = sum(1 for t in threads for l in t.get("links", []) if l["kind"] == "related")
    opted_auth = {p["author"] for t in threads for p in t["posts"]} & {p["id"] for p in people if p["opted_out"]}
    assert fr >= 0.40, fr
    assert doc_fr >= 0.40, doc_fr
    assert len(opted_auth) >= 2
    print(f"people={len(people)} (opted_out={sum(p['opted_out'] for p in people)}, with posts={len(opted_auth)})")
    print(f"communities={len(comms)} private={len(private)} memberships={len(mem)}")
    print(f"people in 2+ communities={sum(1 for v in multi.values() if v >= 2)} in none={len(P) - len(multi)}")
    print(f"threads={len(threads)} posts={n_posts} accepted={accepted:.0%} unanswered={unanswered}")
    print(f"thread languages={langs} french share={fr:.0%}")
    print(f"duplicate links={dup} related links={rel}")
    print(f"documents={len(docs)} french share={doc_fr:.0%} handwritten={sum(1 for x in docs if not x.get('derived'))}")
    words = sum(len(p["body"].split()) for t in threads for p in t["posts"])
    print(f"post words total={words} avg={words / n_posts:.0f}")


if __name__ == "__main__":
    main()
