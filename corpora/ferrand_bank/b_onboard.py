BANK = r"""
## first-day-temp-worker | intégration, intérimaire, premier jour, accueil | @guillaume
Q fr: Le premier jour d'un intérimaire en production, vous faites comment ?
On reçoit {#n:3|5|6} intérimaires lundi sur la ligne d'usinage. D'habitude ils ont 20 minutes d'accueil sécurité et hop, au poste. On en perd la moitié la première semaine.
Q en: First day of a temp worker on the production floor
We get several temps on Monday. Usually 20 minutes of safety induction and then straight to the machine. Half of them leave in the first week.
A x fr: Chez nous le soir à Trois-Rivières on a arrêté de les mettre direct au poste. Premier jour : accueil sécurité, tour de l'usine avec quelqu'un qui prend le temps, présentation à l'équipe à la pause, et la première demi-journée en binôme avec un opérateur qui a envie de montrer (pas celui qui est dispo). Le midi on mange avec eux. Ça a l'air bête mais on garde maintenant 8 sur 10 après un mois. Et on leur donne un nom à appeler s'ils ont un problème, écrit sur un papier.
A x fr: Côté RH on a fait un livret d'accueil d'une page (pas 30) avec les horaires, le plan, qui appeler, où manger, et les 5 règles de sécurité. L'agence d'intérim le reçoit aussi pour briefer avant.
A o fr: On manque de temps, la production ne peut pas se permettre un binôme.
A x fr: @{asker} justement, remplacer la moitié des intérimaires chaque semaine coûte bien plus cher que le temps de binôme. On l'a calculé avec le contrôle de gestion.
L: Premier jour : binôme avec un volontaire, présentation à l'équipe, un nom à appeler ; on garde 8 intérimaires sur 10.

## tutor-selection | tutorat, tuteur, choix, compagnonnage | @guillaume
Q fr: Comment choisir les tuteurs en atelier ?
On veut mettre en place un tutorat pour les nouveaux régleurs. On prend les plus expérimentés ?
Q en: How do you choose shop floor mentors?
A x fr: Pas forcément les plus anciens. Il faut quelqu'un qui a envie, qui a la patience d'expliquer et qui ne dit pas « moi on m'a jamais rien montré ». J'ai formé une quarantaine de jeunes, le meilleur tuteur de mon équipe a 6 ans d'ancienneté seulement. Et il faut leur donner du temps réellement (objectif de production allégé), sinon le tutorat passe après la production.
A x fr: On a une formation tuteur de 2 jours (pédagogie, comment expliquer un geste, comment faire un retour) et une prime tuteur. Le volontariat est obligatoire.
A o fr: Les plus anciens, ils connaissent les machines par cœur.
L: Tuteur : volontaire et pédagogue plutôt que le plus ancien, avec du temps dégagé sur les objectifs.

## onboarding-checklist-engineer | intégration, ingénieur, parcours, checklist | @helene
Q fr: Parcours d'intégration pour un ingénieur qui arrive au siège
Un ingénieur méthodes arrive le mois prochain à Lyon. On a un parcours type ?
Q en: Onboarding plan for a new engineer
A x fr: Oui, le parcours « cadres » : semaine 1 accueil et rencontres (liste de 10 personnes à voir), semaines 2-3 immersion en usine (une semaine en production à Grenoble), mois 2 premier projet avec un parrain, rapport d'étonnement à 1 mois (très utile, ils voient ce qu'on ne voit plus), point à 3 mois avec le manager et les RH. Le document est dans la bibliothèque de la communauté.
A x en: Week 1 meetings, weeks 2-3 plant immersion, first project with a buddy in month 2, "fresh eyes report" after one month, 3-month review. Template in the library.
L: Intégration cadre : immersion en usine, parrain, rapport d'étonnement à 1 mois, point à 3 mois.

## knowledge-transfer-retiree | transmission, départ en retraite, savoir-faire | @guillaume
Q fr: Un régleur part à la retraite dans 6 mois, comment transmettre ?
Notre régleur de la presse {#p:PH-400|Engel} part en retraite en {#m:juin|décembre}. Il connaît tous les trucs de la machine, rien n'est écrit.
Q en: Setter retiring in six months — how do we transfer his know-how?
A x fr: Le mettre en binôme dès maintenant avec son successeur, pas les 2 dernières semaines. Filmer les réglages difficiles avec le téléphone en lui demandant d'expliquer à voix haute, c'est plus efficace que de lui faire écrire des procédures. Et lister avec lui « les 10 pannes que tu es le seul à savoir réparer ».
A x fr: La communauté Gestion des connaissances a une méthode d'entretien de transfert (Anne-Sophie peut venir l'animer) : 3 entretiens d'1 h, une carte des savoirs critiques, et un plan de transfert.
L: Départ en retraite : binôme tôt, vidéos commentées, liste des pannes qu'il est seul à savoir réparer.

## buddy-remote-site | intégration, parrainage, multi-sites, distance | @helene
Q en: Buddy for a new hire whose manager is on another site
New data analyst in Montréal, manager in Lyon. How do we make onboarding work across time zones?
Q fr: Parrain pour un nouvel arrivant dont le manager est sur un autre site
A x en: Give them a local buddy (same site, any department) for the practical stuff and a fixed daily 15-min call with the manager for the first two weeks, at a time that works for both (9 am Montréal / 3 pm Lyon). And make sure IT access is ready on day one, remote onboarding dies when the laptop arrives on day 4.
A x fr: Un parrain local pour la vie pratique, un point quotidien de 15 min avec le manager les deux premières semaines, et les accès informatiques prêts le premier jour.
L: Intégration à distance : parrain local, point quotidien avec le manager, accès prêts le premier jour.

## polyvalence-matrix | polyvalence, compétences, matrice, formation
Q fr: Matrice de polyvalence : qui l'utilise vraiment ?
Les matrices de polyvalence sont refaites pour les audits et oubliées ensuite. Comment la rendre utile ?
A x fr: Affiche-la dans l'équipe et utilise-la pour faire le planning : quand le chef d'équipe en a besoin tous les jours, elle reste à jour. Quatre niveaux suffisent (en formation / autonome / maîtrise / formateur). Et on y ajoute la date de dernière pratique : quelqu'un qui n'a pas fait le poste depuis 1 an n'est plus vraiment autonome.
L: Matrice de polyvalence : utilisée pour le planning quotidien, quatre niveaux et date de dernière pratique.

## apprentice-school-link | alternance, apprentis, école, recrutement
Q fr: Recruter des alternants en maintenance industrielle
On n'arrive plus à recruter de techniciens de maintenance. Quelqu'un travaille avec des écoles pour l'alternance ?
Q en: Apprentices in industrial maintenance
A x fr: À Lille on travaille avec le lycée pro et l'IUT depuis 2022 : on prend 3 alternants par an, on en garde 2 en moyenne. Le plus efficace : les faire venir en visite en première année et que ce soient nos techniciens (pas les RH) qui présentent le métier.
A x en: In Québec we partner with the cégep in Trois-Rivières (DEC en maintenance industrielle): paid summer internships, and we hire most of them.
L: Alternance maintenance : partenariat école, visites animées par les techniciens, on garde 2 alternants sur 3.

## feedback-new-hire | rapport d'étonnement, retour, nouvel arrivant
Q fr: Rapport d'étonnement : on en fait quoi ?
On demande un rapport d'étonnement à chaque nouvel arrivant mais personne ne le lit.
A x fr: Il faut le restituer : 30 min avec le manager et le directeur de site, et au moins une action visible qui en sort. Sinon les gens comprennent vite que c'est pour la forme. On publie aussi les 3 remarques les plus fréquentes de l'année dans la communauté.
L: Rapport d'étonnement : restitution avec la direction et au moins une action visible.
"""

BANK += r"""
## +first-day-temp-worker
Q fr: On perd nos intérimaires dès la première semaine
Sur {#n:8|10} intérimaires arrivés le mois dernier en production, {#k:5|6} sont partis avant la fin de la semaine. L'agence dit qu'ils se sont sentis « lâchés au poste ». Qu'est-ce que vous faites le premier jour ?
"""
