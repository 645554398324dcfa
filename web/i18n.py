"""A small dict-based translation table (French and English) for the web UI; no build step.

    t("search.placeholder", "fr")           # -> "Décrivez un problème ou un sujet…"
    t("results.count", "en", n=3)           # str.format() arguments

A missing French entry falls back to English, a missing English entry to the key itself.
The language comes from the ``lang`` cookie, else the Accept-Language header, else English.
"""
from __future__ import annotations

__all__ = ["LANGUAGES", "DEFAULT", "t", "pick_language", "table"]

LANGUAGES = ("en", "fr")
DEFAULT = "en"

_EN = {
    "app.tagline": "Find the people, answers and communities that already know",
    "nav.search": "Search", "nav.newcomer": "Newcomer", "nav.programme": "Programme", "nav.api": "API",
    "viewer.anonymous": "Anonymous visitor", "viewer.as": "Signed in as",
    "lang.switch": "Français", "lang.switch_code": "fr",
    "search.label": "What are you looking for?",
    "search.placeholder": "Describe a problem or a topic, e.g. pump cavitation after restart",
    "search.button": "Search",
    "tab.experts": "Experts", "tab.threads": "Solved before", "tab.communities": "Communities",
    "search.hint": "Results appear as you type. Try “pump cavitation”, “Power BI gateway refresh” or “ATEX zone 1”.",
    "results.count": "{n} results", "results.none": "Nothing matches yet. Try other words, or another tab.",
    "results.meaning_only": "None of your words appear in what you can see: these results are related by meaning only.",
    "results.loading": "Searching…", "results.took": "{ms} ms",
    "why.matching": "Matching {list}", "why.latest": "latest {date}", "why.sep": "; ",
    "why.one.accepted_answer": "{n} accepted answer", "why.many.accepted_answer": "{n} accepted answers",
    "why.one.answer": "{n} answer", "why.many.answer": "{n} answers",
    "why.one.document": "{n} document", "why.many.document": "{n} documents",
    "why.one.question": "{n} question", "why.many.question": "{n} questions",
    "why.one.profile": "the profile", "why.many.profile": "{n} profiles",
    "why.one.comment": "{n} comment", "why.many.comment": "{n} comments",
    "why.items": "{n} matching threads and documents", "why.members": "members who know the topic",
    "expert.why": "Why", "expert.score": "Score", "expert.lexical": "lexical", "expert.semantic": "semantic",
    "expert.recency": "recency", "expert.prior": "recent activity", "expert.content": "content",
    "expert.evidence": "Evidence", "expert.communities": "Communities",
    "thread.solved": "Solved", "thread.open": "Open", "thread.accepted": "Accepted answer by",
    "thread.accepted_anon": "Accepted answer", "thread.document": "Document",
    "community.domain": "Domain", "community.kind": "Kind", "community.stage": "Stage",
    "community.coordinator": "Coordinator", "community.sponsor": "Sponsor", "community.join": "How to join",
    "community.members": "Members", "community.active": "Active (90 days)", "community.threads": "Threads",
    "community.solved_rate": "Solved", "community.documents": "Documents", "community.newest": "Latest activity",
    "community.events": "Events", "community.stories": "Success stories", "community.charter": "Charter updated",
    "community.per_month": "Threads per month", "community.recent": "Recent threads",
    "community.unanswered": "Unanswered questions", "community.contributors": "Top contributors",
    "community.leader": "Leader view: core-group candidates", "community.private": "Private",
    "community.created": "Created", "community.answers": "answers", "community.votes": "votes", "community.answer": "answer", "community.vote": "vote",
    "person.expertise": "Expertise inferred from content", "person.expertise_note":
        "Top terms of this person's posts and documents, weighted by tf-idf against the whole corpus.",
    "person.evidence": "Contributions", "person.activity": "Activity per month", "person.profile": "Profile",
    "person.repeated": "Also posted on",
    "person.skills": "Declared skills", "person.none": "No visible contributions.",
    "person.answers": "Answers", "person.accepted": "Accepted answers", "person.questions": "Questions",
    "person.documents": "Documents", "person.votes": "Votes received", "person.last": "Last activity",
    "person.manager": "Manager", "person.joined": "Joined",
    "leader.title": "Core-group candidates", "leader.intro":
        "People whose questions, answers and documents match this community's domain. "
        "Members are marked with their role; the others are not members yet.",
    "leader.member": "Member", "leader.not_member": "Not a member yet",
    "leader.posts12": "Posts in 12 months", "leader.accepted": "Accepted answers", "leader.query": "Query used",
    "newcomer.title": "Which communities should I join?", "newcomer.intro":
        "Paste a short profile (role, skills, current problems) or choose a person: Savoir suggests "
        "communities with a few solved threads and documents to start with.",
    "newcomer.text": "Your profile", "newcomer.person": "…or choose a person", "newcomer.choose": "Choose…",
    "newcomer.placeholder": "e.g. Maintenance technician in Lyon: vibration analysis, SAP PM work orders, pumps that cavitate",
    "newcomer.button": "Suggest communities", "newcomer.starters": "Start with these solved threads",
    "newcomer.docs": "Documents to read", "newcomer.already": "Already a member",
    "programme.title": "Programme overview", "programme.intro":
        "All communities you can see, with their activity indicators.",
    "programme.communities": "Communities", "programme.members": "People (unique)",
    "programme.threads": "Threads", "programme.solved": "Solved rate", "programme.documents": "Documents",
    "programme.events": "Events", "programme.stories": "Success stories", "programme.newest": "Latest activity",
    "api.title": "JSON API", "api.intro": "Every page is backed by a JSON endpoint. The OpenAPI 3 description is at",
    "error.title": "Something went wrong", "error.not_found": "This page does not exist, or you may not see it.",
    "error.generic": "An unexpected error occurred. It has been logged.",
    "error.rate": "Too many requests. Please wait a moment.", "error.back": "Back to search",
    "role.coordinator": "coordinator", "role.sponsor": "sponsor", "role.core": "core", "role.active": "active",
    "role.peripheral": "peripheral", "role.expert": "expert",
    "evrole.accepted answer": "accepted answer", "evrole.answer": "answer", "evrole.question": "question",
    "evrole.comment": "comment", "evrole.author": "author", "evrole.profile": "profile",
    "kind.practice": "practice", "kind.innovation": "innovation", "kind.project": "project",
    "stage.start": "start", "stage.coalescing": "coalescing", "stage.active": "active",
    "stage.dispersing": "dispersing", "stage.closed": "closed",
}

_FR = {
    "app.tagline": "Trouver les personnes, réponses et communautés qui savent déjà",
    "nav.search": "Recherche", "nav.newcomer": "Nouvel arrivant", "nav.programme": "Programme", "nav.api": "API",
    "viewer.anonymous": "Visiteur anonyme", "viewer.as": "Connecté·e en tant que",
    "lang.switch": "English", "lang.switch_code": "en",
    "search.label": "Que cherchez-vous ?",
    "search.placeholder": "Décrivez un problème ou un sujet, par ex. cavitation pompe après redémarrage",
    "search.button": "Rechercher",
    "tab.experts": "Experts", "tab.threads": "Déjà résolu", "tab.communities": "Communautés",
    "search.hint": "Les résultats s'affichent pendant la saisie. Essayez « cavitation pompe », « Power BI passerelle » ou « ATEX zone 1 ».",
    "results.count": "{n} résultats", "results.none": "Aucun résultat. Essayez d'autres mots ou un autre onglet.",
    "results.meaning_only": "Aucun de vos mots n'apparaît dans ce que vous pouvez voir : ces résultats sont proches par le sens seulement.",
    "results.loading": "Recherche…", "results.took": "{ms} ms",
    "why.matching": "Correspondances : {list}", "why.latest": "la plus récente le {date}", "why.sep": " ; ",
    "why.one.accepted_answer": "{n} réponse acceptée", "why.many.accepted_answer": "{n} réponses acceptées",
    "why.one.answer": "{n} réponse", "why.many.answer": "{n} réponses",
    "why.one.document": "{n} document", "why.many.document": "{n} documents",
    "why.one.question": "{n} question", "why.many.question": "{n} questions",
    "why.one.profile": "le profil", "why.many.profile": "{n} profils",
    "why.one.comment": "{n} commentaire", "why.many.comment": "{n} commentaires",
    "why.items": "{n} discussions et documents correspondants", "why.members": "des membres connaissent le sujet",
    "expert.why": "Pourquoi", "expert.score": "Score", "expert.lexical": "lexical", "expert.semantic": "sémantique",
    "expert.recency": "récence", "expert.prior": "activité récente", "expert.content": "contenu",
    "expert.evidence": "Preuves", "expert.communities": "Communautés",
    "thread.solved": "Résolu", "thread.open": "Ouvert", "thread.accepted": "Réponse acceptée de",
    "thread.accepted_anon": "Réponse acceptée", "thread.document": "Document",
    "community.domain": "Domaine", "community.kind": "Type", "community.stage": "Étape",
    "community.coordinator": "Animateur·rice", "community.sponsor": "Sponsor", "community.join": "Comment rejoindre",
    "community.members": "Membres", "community.active": "Actifs (90 jours)", "community.threads": "Discussions",
    "community.solved_rate": "Résolues", "community.documents": "Documents", "community.newest": "Dernière activité",
    "community.events": "Événements", "community.stories": "Réussites", "community.charter": "Charte mise à jour",
    "community.per_month": "Discussions par mois", "community.recent": "Discussions récentes",
    "community.unanswered": "Questions sans réponse", "community.contributors": "Principaux contributeurs",
    "community.leader": "Vue animateur : candidats au noyau", "community.private": "Privée",
    "community.created": "Créée le", "community.answers": "réponses", "community.votes": "votes", "community.answer": "réponse", "community.vote": "vote",
    "person.expertise": "Expertise déduite des contenus", "person.expertise_note":
        "Termes principaux des messages et documents de la personne, pondérés par tf-idf sur tout le corpus.",
    "person.evidence": "Contributions", "person.activity": "Activité par mois", "person.profile": "Profil",
    "person.repeated": "Également publié le",
    "person.skills": "Compétences déclarées", "person.none": "Aucune contribution visible.",
    "person.answers": "Réponses", "person.accepted": "Réponses acceptées", "person.questions": "Questions",
    "person.documents": "Documents", "person.votes": "Votes reçus", "person.last": "Dernière activité",
    "person.manager": "Responsable", "person.joined": "Arrivée",
    "leader.title": "Candidats au noyau", "leader.intro":
        "Personnes dont les questions, réponses et documents correspondent au domaine de la communauté. "
        "Les membres sont indiqués avec leur rôle ; les autres ne sont pas encore membres.",
    "leader.member": "Membre", "leader.not_member": "Pas encore membre",
    "leader.posts12": "Messages sur 12 mois", "leader.accepted": "Réponses acceptées", "leader.query": "Requête utilisée",
    "newcomer.title": "Quelles communautés rejoindre ?", "newcomer.intro":
        "Collez un court profil (poste, compétences, problèmes du moment) ou choisissez une personne : Savoir "
        "propose des communautés, avec quelques discussions résolues et documents pour commencer.",
    "newcomer.text": "Votre profil", "newcomer.person": "…ou choisissez une personne", "newcomer.choose": "Choisir…",
    "newcomer.placeholder": "ex. Technicienne de maintenance à Lyon : analyse vibratoire, OT SAP PM, pompes qui cavitent",
    "newcomer.button": "Proposer des communautés", "newcomer.starters": "Commencez par ces discussions résolues",
    "newcomer.docs": "Documents à lire", "newcomer.already": "Déjà membre",
    "programme.title": "Vue d'ensemble du programme", "programme.intro":
        "Toutes les communautés visibles, avec leurs indicateurs d'activité.",
    "programme.communities": "Communautés", "programme.members": "Personnes (distinctes)",
    "programme.threads": "Discussions", "programme.solved": "Taux de résolution", "programme.documents": "Documents",
    "programme.events": "Événements", "programme.stories": "Réussites", "programme.newest": "Dernière activité",
    "api.title": "API JSON", "api.intro": "Chaque page s'appuie sur un point d'accès JSON. La description OpenAPI 3 est à",
    "error.title": "Un problème est survenu", "error.not_found": "Cette page n'existe pas, ou vous ne pouvez pas la voir.",
    "error.generic": "Une erreur inattendue s'est produite. Elle a été journalisée.",
    "error.rate": "Trop de requêtes. Merci de patienter un instant.", "error.back": "Retour à la recherche",
    "role.coordinator": "animateur·rice", "role.sponsor": "sponsor", "role.core": "noyau", "role.active": "actif",
    "role.peripheral": "périphérique", "role.expert": "expert",
    "evrole.accepted answer": "réponse acceptée", "evrole.answer": "réponse", "evrole.question": "question",
    "evrole.comment": "commentaire", "evrole.author": "auteur", "evrole.profile": "profil",
    "kind.practice": "pratique", "kind.innovation": "innovation", "kind.project": "projet",
    "stage.start": "démarrage", "stage.coalescing": "structuration", "stage.active": "active",
    "stage.dispersing": "dispersion", "stage.closed": "fermée",
}

_TABLES = {"en": _EN, "fr": _FR}


def t(key: str, lang: str = DEFAULT, **kwargs) -> str:
    text = _TABLES.get(lang, _EN).get(key) or _EN.get(key) or key
    return text.format(**kwargs) if kwargs else text


def table(lang: str) -> dict:
    """The whole table of one language (English entries where French is missing), for app.js."""
    return {**_EN, **_TABLES.get(lang, {})}


def pick_language(cookie: str | None, accept_languages) -> str:
    """The cookie if it names a known language, else the best Accept-Language match, else English."""
    if cookie in LANGUAGES:
        return cookie
    best = accept_languages.best_match(LANGUAGES) if accept_languages is not None else None
    return best or DEFAULT
