BANK = r"""
## rex-format | retour d'expérience, REX, format, capitalisation | @annesophie
Q fr: Un format de REX que les gens remplissent vraiment
Nos fiches REX font 4 pages et personne ne les écrit après un projet. Vous avez un format plus léger ?
Q en: A lessons-learned format people actually fill in
A x fr: Une page, quatre questions : qu'est-ce qui était prévu, qu'est-ce qui s'est passé, pourquoi l'écart, qu'est-ce qu'on refait / qu'on ne refait pas. Et surtout le REX se fait en réunion de 45 min animée par quelqu'un d'extérieur au projet, la personne qui anime écrit. Demander aux gens d'écrire seuls après coup, ça ne marche jamais.
A x fr: Autre astuce : publier le REX dans la communauté concernée plutôt que dans une base à part. On a fait ça avec la maintenance (fiches « REX » de Claire), elles sont lues parce qu'elles arrivent là où les gens posent leurs questions.
A x en: One page, four questions (planned / happened / why / what we repeat or avoid), run as a 45-min facilitated session where the facilitator writes.
L: REX : une page, quatre questions, en séance animée ; publié dans la communauté concernée.

## find-expert | recherche d'experts, annuaire, compétences | @annesophie
Q fr: Comment trouver qui sait quoi dans le groupe ?
Je cherche quelqu'un qui connaît les garnitures mécaniques pour fluides abrasifs. L'annuaire des compétences n'est pas à jour. Comment vous trouvez les experts ?
Q en: How do you find who knows what across the group?
A x fr: Les compétences déclarées sont souvent fausses ou périmées (les gens déclarent une fois et n'y touchent plus, et les vrais experts ne déclarent rien). Ce qui marche mieux : regarder qui répond dans les communautés sur le sujet. Pour les garnitures, regarde les fils de la communauté Maintenance, Bernard à Trois-Rivières répond à presque toutes les questions pompes alors qu'il n'a rien mis dans son profil.
A x fr: C'est tout l'objet du projet de moteur de recherche d'experts lancé en 2026 : s'appuyer sur ce que les gens écrivent plutôt que sur ce qu'ils déclarent.
A o en: Ask on Teams in the general channel, someone always knows someone.
L: Trouver un expert : regarder qui répond dans les communautés plutôt que l'annuaire de compétences déclaratif.

## coordinator-role | coordinateur, communauté de pratique, animation | @annesophie
Q fr: Combien de temps pour animer une communauté de pratique ?
On me propose de coordonner la communauté {#c:Qualité|SAV}. Combien de temps ça prend réellement ?
Q en: How much time does a community coordinator need?
A x fr: Compte 10 à 20 % d'un temps plein pour une communauté active de 50-100 personnes : relancer les questions sans réponse, organiser une réunion mensuelle, accueillir les nouveaux, repérer les sujets qui reviennent et en faire un document. Négocie-le avec ton manager par écrit, sinon ça passe toujours après le reste. Le sponsor doit aussi venir de temps en temps, ça légitime.
A x en: 10-20 % of a full-time role for an active community of 50-100 members. Get it formally agreed with your manager.
L: Coordinateur de communauté : 10 à 20 % d'un temps plein, à formaliser avec le manager.

## sharepoint-findability | SharePoint, documents, recherche, classement | @david
Q fr: Personne ne retrouve rien dans le SharePoint
On a 12 000 documents dans le SharePoint du BE, la recherche renvoie n'importe quoi. Arborescence ou métadonnées ?
Q en: Nobody finds anything in SharePoint
A x fr: Les deux, mais surtout : moins de documents. On a archivé tout ce qui n'avait pas été ouvert depuis 3 ans (65 % !) dans une bibliothèque à part. Ensuite 3 métadonnées obligatoires max (type de document, produit, statut) et une page d'accueil avec les 20 documents les plus utilisés. La recherche marche beaucoup mieux quand il n'y a plus 5 versions du même fichier.
A x en: Archive what hasn't been opened in 3 years (65 % for us), then max three mandatory metadata fields and a landing page with the 20 most-used documents.
L: SharePoint : archiver l'inutilisé d'abord, trois métadonnées maximum, page d'accueil des documents clés.

## community-dying | communauté, essoufflement, relance, cycle de vie | @annesophie
Q fr: Notre communauté s'essouffle, on la ferme ?
La communauté avant-vente n'a plus que 2-3 messages par mois depuis la réorganisation. On relance ou on ferme ?
Q en: Our community is fading — revive or close?
A x fr: Une communauté qui se disperse, ce n'est pas un échec, c'est un cycle de vie. Demande aux membres s'ils ont encore un problème commun. Si oui, relance avec un sujet concret (une série de 3 ateliers). Sinon, ferme proprement : archive les fils, fais une synthèse des documents utiles et redirige vers les communautés voisines. Une communauté zombie est pire qu'une communauté fermée.
A x en: Dispersing is a life-cycle stage, not a failure. Ask members if they still share a problem; relaunch around a concrete topic or close properly with an archive and a summary.
L: Communauté qui s'essouffle : relancer sur un sujet concret ou fermer proprement ; éviter la communauté zombie.

## video-tutorials | vidéo, tutoriel, savoir-faire, atelier | @david
Q fr: Tutoriels vidéo en atelier : quel outil, quelle durée ?
On veut filmer des gestes techniques (changement de série, réglage). Quelle longueur, quel outil ?
Q en: Shop floor video tutorials — length and tools?
A x fr: 2 à 4 minutes maximum par vidéo, un geste par vidéo. Un smartphone sur un petit trépied suffit, le son est plus important que l'image (micro-cravate à 20 €). Stockage dans Stream avec un QR code collé sur la machine. On en a fait 60 au BE et en atelier à Toulouse, les plus vues sont les plus courtes.
A x en: 2-4 minutes, one task per video, phone + tripod + clip-on mic, QR code on the machine.
L: Vidéos d'atelier : 2-4 min, un geste par vidéo, QR code sur la machine.

## wiki-vs-teams | wiki, Teams, conversations, capitalisation
Q en: Answers get lost in Teams chats
Good answers get posted in Teams chats and are lost a week later. How do you capture them?
Q fr: Les bonnes réponses se perdent dans les conversations Teams
A x en: Ask the coordinators to do a monthly "best of": pick 3-5 answered threads and turn them into a short article. Also: prefer channel posts over private chats for technical questions, channels are searchable by everyone.
A x fr: Un « best of » mensuel par le coordinateur (3 à 5 fils transformés en fiche), et poser les questions techniques dans les canaux plutôt qu'en conversation privée.
L: Capitaliser Teams : best of mensuel du coordinateur, questions dans les canaux et pas en privé.
"""

BANK += r"""
## +find-expert
Q en: How do I find someone who really knows about abrasive slurry seals?
The skills directory lists 30 people with "mechanical seals" but when I call them, most of them haven't touched one in years. How do you find the real experts?

## lunch-and-learn | partage, format, midi, apprentissage | @annesophie
Q fr: Les « midis du savoir » : ça marche chez vous ?
On voudrait lancer des présentations de 30 minutes le midi pour partager des retours d'expérience entre services. Des retours ?
Q en: Lunch and learn sessions — do they work?
A x fr: Oui si : 20 minutes de présentation max + 10 de questions, un sujet concret (« comment on a réglé la cavitation de la P-201 »), enregistré pour les autres sites, et un rythme régulier (tous les 15 jours). Les sujets généraux (« la qualité ») font fuir.
A x en: Keep it to 20 minutes + 10 of questions, concrete topics, recorded for other sites, regular rhythm.
L: Midis du savoir : 20 minutes, sujet concret, enregistrement, rythme régulier.

## expert-overload | experts, sollicitations, surcharge, reconnaissance | @annesophie
Q fr: Nos experts sont sollicités de partout et saturent
Quelques personnes répondent à la moitié des questions de leur communauté. Elles commencent à dire qu'elles n'ont plus le temps. Comment les protéger ?
Q en: Our go-to experts are overloaded
A x fr: Reconnaître le temps passé (objectif annuel, pas seulement un merci), faire des fiches à partir de leurs réponses récurrentes pour qu'on ne leur pose plus la même question, et repérer les « seconds » qui peuvent répondre aux questions simples. Le coordinateur peut aussi trier et ne mentionner l'expert que quand c'est vraiment nécessaire.
A x en: Recognise the time formally, turn recurrent answers into documents, grow second-line people, and let the coordinator triage.
L: Experts saturés : reconnaissance formelle, fiches à partir des réponses récurrentes, former des relais.
"""
