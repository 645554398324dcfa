BANK = r"""
## transfer-line-katowice | transfert, ligne vannes, Katowice, planning | @christophe
Q fr: Planning du transfert de la ligne VF vers Katowice
Pour Horizon, on démonte la ligne d'usinage des vannes VF en {#m:septembre|octobre}. Il faut constituer combien de stock tampon pour couvrir le transfert et la requalification à Katowice ?
A x fr: Hypothèse retenue au comité Horizon : 14 semaines de ventes en stock tampon (démontage 3 semaines, transport 2, réinstallation 4, requalification et PPAP clients 5). On lance la production de stock dès juin en passant en 2x8 + samedis, ce qui a été présenté au CSE le 12 avril. Les références à faible rotation seront fabriquées une dernière fois en lot unique.
A x fr: Attention aux clients automobiles : leur PPAP de changement de site peut prendre plus de 5 semaines. On a demandé à la qualité de lancer les dossiers dès maintenant.
A o fr: 14 semaines ça me paraît court, on a toujours du retard sur les transports.
L: Transfert de ligne : stock tampon calé sur démontage + transport + réinstallation + requalification clients.

## cse-information | CSE, information-consultation, calendrier, confidentialité | @valerie
Q fr: Calendrier d'information-consultation du CSE pour Horizon
Quand et comment on informe le CSE du projet Horizon ? La direction veut éviter les fuites avant l'annonce.
A x fr: L'information-consultation du CSE doit intervenir avant toute décision définitive et avant l'annonce aux salariés. Calendrier proposé : réunion extraordinaire du CSE le jour de l'annonce groupe, remise du document d'information (livre 2), désignation d'un expert par le CSE possible, avis sous 2 à 4 mois selon le cas. Le principe de confidentialité s'applique aux élus sur les informations présentées comme telles, mais on ne peut pas leur cacher le projet.
A x fr: Côté communication : même jour, même message, d'abord le CSE, puis l'ensemble des salariés en réunion plénière, puis les clients. Les managers de proximité doivent être briefés la veille au soir avec une FAQ.
L: CSE : information-consultation avant toute décision définitive, même jour que l'annonce, managers briefés la veille.

## internal-mobility | mobilité interne, reclassement, postes, accompagnement | @valerie
Q fr: Postes ouverts dans le groupe pour les salariés de Lille
Combien de postes on peut proposer en mobilité interne aux salariés concernés par Horizon ? Les sites de Lyon et Grenoble ont-ils communiqué leurs besoins ?
A x fr: Au dernier point : 31 postes identifiés (Grenoble 14, Lyon 9, Toulouse 3, Katowice 5 pour l'accompagnement du transfert en mission longue). On propose une aide à la mobilité (déménagement pris en charge, prime, double loyer 3 mois) et une période d'essai de 2 mois avec retour possible. Les entretiens individuels commencent la semaine prochaine, cabinet d'accompagnement retenu.
A o fr: Beaucoup de collègues ne veulent pas quitter la région, il faudrait des solutions locales.
A x fr: @{asker} oui, c'est pour ça que le cabinet travaille aussi avec les entreprises du bassin lillois et la reconversion (formations financées).
L: Mobilité interne : postes identifiés par site, aide à la mobilité et période d'essai avec retour possible.

## site-reuse | reconversion du site, bâtiment, revitalisation | @christophe
Q fr: Avenir du bâtiment B après le transfert
Le bâtiment B sera vide après le départ de la ligne VF. Des pistes ? La métropole nous a contactés.
A x fr: Deux pistes étudiées : consolider à Lille la logistique pièces détachées Europe (bâtiment B, 20 emplois) ou location à une entreprise du bassin. La convention de revitalisation est de toute façon à négocier avec l'État si le seuil est atteint. Décision au comité de juin.
L: Bâtiment libéré : consolidation logistique ou location, dans le cadre de la convention de revitalisation.

## knowledge-before-transfer | transfert de savoir-faire, documentation, Katowice | @christophe
Q fr: Transfert du savoir-faire des régleurs de Lille vers Katowice
Les régleurs VF de Lille ont 20 ans de trucs non écrits. Comment on organise le transfert vers Katowice, sachant que certains partent ?
A x fr: Missions de 2 semaines de 4 régleurs volontaires à Katowice pendant le redémarrage (rémunérées, prime spécifique), vidéos des réglages critiques tournées avant démontage, et traduction des gammes en polonais par le BE. On s'appuie sur la méthode de la communauté Gestion des connaissances.
L: Transfert de savoir-faire : missions de régleurs volontaires, vidéos avant démontage, gammes traduites.

## safety-dismantling | démontage, sécurité, plan de prévention, entreprise extérieure | @isabelle
Q fr: Plan de prévention pour le démontage de la ligne VF
L'entreprise de transfert industriel intervient 3 semaines. Quelles précautions HSE ?
A x fr: Plan de prévention écrit (plus de 400 h de travaux), inspection commune préalable, consignation de toutes les énergies par notre équipe avant démontage, levage des machines avec un plan de levage par machine (la rectifieuse fait 11 t), et zone balisée. Attention à l'amiante potentielle dans les anciens joints de la cabine (bâtiment de 1978) : repérage avant travaux obligatoire.
L: Démontage de ligne : plan de prévention, consignation par le site, plan de levage par machine, repérage amiante.
"""

BANK += r"""
## customer-communication-horizon | clients, communication, transfert, approvisionnement | @christophe
Q fr: Que dire aux clients de la ligne VF pendant le transfert ?
Des clients commencent à entendre des rumeurs sur Lille. On leur dit quoi avant l'annonce officielle ?
A x fr: Rien avant l'annonce, c'est une obligation vis-à-vis du CSE. Le jour même, les commerciaux appellent les 20 premiers clients avec un message validé : continuité de livraison garantie par le stock tampon, calendrier de requalification, interlocuteurs inchangés. Les clients automobiles reçoivent en plus la notification formelle de changement de site.
L: Clients : aucune information avant le CSE, puis appel le jour même avec un message validé.

## training-katowice-operators | formation, Katowice, opérateurs, transfert | @christophe
Q fr: Formation des opérateurs de Katowice sur les machines VF
Combien de temps faut-il prévoir pour que les opérateurs de Katowice soient autonomes sur la ligne VF ?
A x fr: Hypothèse : 6 semaines pour les opérateurs, 10 pour les régleurs, avec les régleurs de Lille en mission les 4 premières semaines. Les gammes et instructions sont traduites en polonais par le BE ; les vidéos de réglage sont sous-titrées. Piotr prépare les écrans MES en polonais.
L: Montée en compétence à Katowice : 6 semaines opérateurs, 10 semaines régleurs, missions de Lille.

## severance-questions | accompagnement, salariés, questions, RH | @valerie
Q fr: Questions fréquentes des salariés sur les mesures d'accompagnement
Les managers remontent beaucoup de questions (ancienneté, formation, mobilité). Il faut une FAQ commune ?
A x fr: Oui : FAQ mise à jour chaque vendredi, validée par les RH et le juridique, diffusée aux managers et affichée. Les questions individuelles passent par les permanences RH (mardi et jeudi) et le cabinet d'accompagnement, jamais par le manager seul.
L: Questions des salariés : FAQ hebdomadaire validée et permanences RH pour l'individuel.
"""
