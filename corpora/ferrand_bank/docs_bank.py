"""Hand-written documents. Header: === community | slug | kind | lang | author keys | created | updated | title"""
import re

TEXT = r"""
=== c-maint | guide-graissage-roulements | guide | fr | claire,bernard | 2023-02-14 | 2025-10-03 | Guide pratique : graisser les roulements sans les tuer
Ce guide résume ce qu'on a appris après les casses de paliers de Grenoble (P-201) et les échanges avec Trois-Rivières. Il s'adresse aux techniciens et aux planificateurs qui créent les gammes de graissage dans SAP PM.

## Le principe

Un roulement a besoin de très peu de graisse. L'excès de graisse est brassé par les éléments roulants, la température monte, la graisse s'oxyde et finit par ne plus lubrifier. Le symptôme typique : la température monte juste après le graissage puis redescend en quelques jours.

## Calculer la quantité

Quantité de regraissage (g) = 0,005 × D × B, avec D le diamètre extérieur et B la largeur du roulement en mm. Pour un 6316 (D = 170, B = 39) cela donne environ 33 g... pour un regraissage complet, que l'on fractionne selon l'intervalle.

Étalonnez votre pompe : pesez 10 coups sur une balance de cuisine. Selon les modèles, un coup donne entre 0,8 et 1,8 g.

## L'intervalle

Partez des abaques du fabricant (SKF, FAG), corrigés pour la température et la pollution. Deux semaines, c'est presque toujours trop fréquent pour un moteur électrique standard.

## Pendant le graissage

- Nettoyer le graisseur avant.
- Ouvrir le bouchon de purge s'il existe, et le refermer après 20 minutes de fonctionnement.
- Ne jamais mélanger deux graisses d'épaississants différents.

## Ce qu'on a gagné

À Grenoble, passage de 4 coups toutes les 2 semaines à 2 coups tous les 2 mois : zéro casse depuis fin 2023. Bernard a appliqué la même règle sur les pompes de Trois-Rivières.

=== c-maint | methode-amdec-machine | method | fr | claire | 2022-09-05 | 2024-02-06 | Méthode AMDEC machine : notre façon de faire en 3 séances
L'AMDEC (analyse des modes de défaillance, de leurs effets et de leur criticité, FMEA en anglais) est l'outil de base pour construire un plan de maintenance qui a du sens. Voici la méthode que nous utilisons dans le groupe depuis l'atelier de Grenoble en 2023.

## Préparation (1 h, l'animateur seul)

Récupérer l'historique des pannes sur 3 ans dans SAP PM (transaction IW69), les plans de la machine et le plan de maintenance actuel. Découper la machine en 8 à 15 sous-ensembles fonctionnels : « serrage de la pièce », « alimentation hydraulique », « évacuation des copeaux », et non pas « vérin », « pompe », « tuyau ».

## Séance 1 : modes de défaillance

Pour chaque fonction : comment peut-elle ne plus être remplie ? Quel effet pour la production, la sécurité, la qualité ? On s'appuie sur l'historique mais aussi sur l'expérience du technicien et du régleur.

## Séance 2 : cotation

Gravité, occurrence, détection, notées de 1 à 10 avec les grilles groupe (modèle Excel dans la bibliothèque). Règle importante : on ne débat pas plus de 2 minutes sur une note.

## Séance 3 : actions

Pour les criticités les plus élevées : maintenance préventive, conditionnelle, modification, ou formation. Chaque action a un responsable et une date, et elle est saisie dans la GMAO.

## Pièges fréquents

Faire l'AMDEC seul au bureau. Découper par composants. Passer des heures sur la cotation et oublier les actions. Ne jamais la mettre à jour après une panne importante.

=== c-maint | cas-cavitation-trois-rivieres | case | fr | bernard,claire | 2024-05-20 | | Cas : cavitation après arrêt technique, pompe de circulation de Trois-Rivières
Contexte : après l'arrêt technique de Pâques 2024, la pompe de circulation de la station de lavage de Trois-Rivières faisait un bruit de graviers au démarrage. La pression de refoulement oscillait et le courant moteur était instable. La première réaction de l'équipe a été de commander une roue neuve.

Ce qu'on a fait : avant de démonter, Bernard a demandé trois vérifications simples. La vanne d'aspiration était ouverte aux trois quarts seulement : elle avait été manœuvrée pendant la consignation et mal rouverte. Une poche d'air était restée au point haut de la tuyauterie d'aspiration, qui avait été vidangée pour les travaux. Enfin le bac d'eau de lavage avait chauffé à 58 °C pendant l'arrêt, faute de circulation.

Résultat : après ouverture complète de la vanne, purge du point haut et attente du refroidissement du bac, le bruit a disparu. La roue neuve commandée a été renvoyée au fournisseur.

Ce qu'on retient : une procédure de redémarrage après arrêt avec vidange a été écrite : purge systématique des points hauts, vérification de l'ouverture des vannes par un deuxième intervenant, démarrage avec la vanne de refoulement à moitié fermée pendant 10 minutes. Elle est maintenant appliquée à Grenoble et à Monterrey. Depuis, aucun cas de cavitation après arrêt n'a été signalé dans la communauté, et les questions sur ce sujet renvoient vers cette fiche.

=== c-maint | vibration-route-katowice | tool | en | tomasz | 2023-06-12 | 2025-01-15 | Vibration route in Katowice: how we run it
This page describes the condition monitoring route Tomasz runs at the Katowice plant, so other sites can copy what works.

## Scope

About 240 assets: motors above 15 kW, pumps, fans, gearboxes and compressors. Criticality A assets (around 60) are measured monthly, B assets quarterly, C assets are not on the route.

## Equipment

Adash A4400 VA4Pro collector, DDS software. Sensors are stud-mounted on measurement pads glued to the bearing housings, so every measurement is taken at exactly the same place. Magnets are only used for one-off diagnostics.

## What we measure

Overall velocity (10-1000 Hz, ISO 10816/20816), acceleration envelope for bearing defects, and a spectrum with 1600 lines. Each measurement point has its own baseline. Alarms are set at twice the baseline rather than at ISO zone limits.

## From alarm to work order

Each alarm is reviewed within a week. If confirmed, a notification is created in SAP PM with the spectrum attached and a recommended action (lubricate, align, plan bearing change during the next stop). We track the number of failures avoided: in 2024, 17 bearing replacements were planned instead of breaking down.

## Lessons

Consistency of measurement points matters more than the collector. Training is essential: ISO 18436 category II for whoever reads spectra. And a route without follow-up actions is just data collection.

=== c-maint | lesson-pied-boiteux | lesson | fr | bernard | 2025-03-03 | | Leçon apprise : l'alignement ne tient pas tant qu'il y a un pied boiteux
Plusieurs fils de la communauté parlent d'accouplements qui cassent tous les trois mois, d'élastomères qu'on remplace sans fin, de vibrations à 2x en axial. Dans la grande majorité des cas qu'on a vus à Trois-Rivières, Lille et Monterrey, le problème n'était pas l'alignement lui-même, mais ce qui l'empêche de tenir.

Le pied boiteux, c'est quand un des pieds du moteur ne porte pas à plat sur le socle. Quand on serre le boulon, le carter se déforme. On peut aligner parfaitement, au serrage tout bouge. Test simple : comparateur sur le pied, on desserre un seul boulon. Si ça bouge de plus de 5 centièmes, il faut caler avec des cales pelables inox, jamais avec des rondelles.

Les contraintes de tuyauterie sont l'autre grand coupable. Desserrez les brides d'aspiration et de refoulement : si la pompe bouge, la tuyauterie tire dessus. Tant que le support de tuyauterie n'est pas refait, aucun alignement ne tiendra. À Trois-Rivières, une tuyauterie tirait de 2 mm sur la pompe de circulation ; trois ans de problèmes réglés en une journée de tuyauteur.

Enfin la dilatation thermique : une pompe qui travaille à 80 °C ne s'aligne pas à froid comme une pompe à eau froide. Les fabricants donnent les valeurs de correction.

L'ordre à retenir : pied boiteux, contraintes de tuyauterie, puis alignement laser.

=== c-qualite | guide-8d-groupe | guide | fr | nathalie | 2022-06-01 | 2024-11-08 | Guide 8D groupe : ce que nos clients attendent vraiment
Ce guide complète la procédure P-QUA-07. Il est né des 8D refusés par nos clients en 2022 et de la formation inter-sites de Grenoble.

## D1-D2 : équipe et description

Une équipe pluridisciplinaire avec quelqu'un qui connaît le poste. La description du problème répond à QQOQCP et contient des chiffres : combien de pièces, quels lots, quelles dates. « Problème de qualité sur des pompes » n'est pas une description.

## D3 : actions immédiates

Tri des stocks chez nous, en transit et chez le client. Indiquer les quantités triées et trouvées non conformes.

## D4 : causes racines

Deux analyses séparées : pourquoi le défaut s'est produit (occurrence) et pourquoi il n'a pas été détecté (non-détection). Utiliser les 5 pourquoi ou l'Ishikawa, puis vérifier la cause par un essai : reproduire le défaut, ou montrer qu'il disparaît quand la cause est supprimée.

Ce qui n'est jamais une cause racine : « erreur opérateur », « inattention », « manque de rigueur ». Ce sont des symptômes d'un système qui permet l'erreur.

## D5-D6 : actions correctives et vérification

Privilégier les détrompeurs (poka-yoke) aux consignes. Vérifier l'efficacité sur une période définie, avec un indicateur.

## D7-D8 : prévention et clôture

Étendre l'action aux produits et sites similaires (c'est là que la communauté est utile), mettre à jour l'AMDEC processus et le plan de surveillance, remercier l'équipe.

=== c-qualite | spc-shop-floor | method | en | alejandro | 2023-04-18 | 2025-02-10 | SPC on the shop floor: the Monterrey method
This method explains how Monterrey brought SPC back to life on the machining lines in 2023, after years of charts filled in for the auditors only.

## Choose few characteristics

Only special characteristics and characteristics with a history of problems get a control chart. On the FP-300 housing line that means 6 charts instead of 31.

## Compute real control limits

Collect 25 subgroups of 5 parts during stable production, compute X-bar and R limits (X̄ ± A2·R̄). Never draw specification limits on the X-bar chart. Recompute limits only after a documented process change.

## Three rules, not eight

Operators react to: one point outside the limits, 7 consecutive points on the same side of the centre line, 6 consecutive points increasing or decreasing. All eight Western Electric rules generated too many false alarms.

## Reaction plan

Each chart has a reaction plan on the same sheet: what to check first (tool wear, offset, fixture cleanliness), who to call, and whether to stop. The reaction is recorded directly on the chart.

## Results

Scrap on the housing line went from 2.1 % to 0.7 % in nine months, and the Cpk of the main bore improved from 1.12 to 1.58 mostly because drifts were caught early.

=== c-qualite | msa-bore-gauge-lab | case | en | agnieszka | 2025-12-01 | | Case: gauge R&R on the FP-300 bore gauge dropped from 38 % to 12 %
Problem: the gauge R&R on the bore gauge used for the FP-300 housing gave 38 %, with repeatability as the main contributor. The production team wanted to replace the instrument with a CMM measurement, which would have created a bottleneck.

Investigation in the Katowice lab: we watched three operators measure the same part. Each one placed the bore gauge at a different depth in the bore, between 8 and 22 mm. The bore has a slight taper from machining, so the readings were different at every depth. The parts were also measured straight out of the washing machine at around 35 °C.

Actions: a simple depth stop was added on the gauge, set at 15 mm as defined on the drawing. Parts rest 20 minutes on an aluminium plate before measurement. The master ring is checked at the beginning of each shift.

Result: new study with the same 10 parts, 3 operators and 3 trials: %GRR = 12 %. No new instrument was needed.

Lesson: when repeatability dominates, look at the method before the instrument. Define the measurement point precisely and control the temperature of the parts. The same approach was used afterwards in Monterrey on the VF-80 valve body.

=== c-qualite | fiche-alerte-qualite | tool | fr | nathalie | 2024-02-19 | | Modèle d'alerte qualité en une page
Pourquoi ce modèle : nos alertes qualité faisaient jusqu'à trois pages, elles étaient affichées pendant des années et plus personne ne les lisait. Le modèle ci-dessous est utilisé à Grenoble depuis février 2024 et repris à Lille et Monterrey.

## Contenu obligatoire

1. Un titre de cinq mots maximum (« Vis manquante couvercle FP-200 »).
2. Deux photos côte à côte : pièce bonne, pièce mauvaise, avec une flèche rouge.
3. Trois points à vérifier au maximum, formulés comme des gestes (« compter les vis dans le bac avant de valider »).
4. Qui prévenir si on trouve le défaut (nom et poste téléphonique).
5. La date de début et la date de fin de l'alerte.

## Diffusion

L'alerte est présentée au point cinq minutes de chaque équipe, y compris les équipes de nuit et de week-end, par le chef d'équipe. Les intérimaires la voient à leur arrivée.

## Fin de l'alerte

À la date de fin, le responsable qualité décide : soit l'action corrective est efficace et l'alerte est retirée, soit elle est prolongée une seule fois. Une alerte qui dure plus de deux mois signifie que le problème n'est pas résolu et qu'il faut un 8D.

=== c-hse | guide-cadenassage | guide | fr | sylvain | 2023-05-10 | 2024-09-30 | Guide de cadenassage (consignation) : fiches par équipement
Ce guide reprend le programme de cadenassage des usines du Québec, adapté en France (consignation) et en Pologne en 2024. 1 200 fiches ont été refaites sur ce modèle.

## Principe

Toute intervention dans la zone dangereuse d'une machine se fait machine cadenassée, avec toutes les énergies isolées et dissipées : électrique, pneumatique, hydraulique, thermique, chimique, gravitaire et mécanique (volants d'inertie, ressorts).

## La fiche de cadenassage

Une fiche par équipement, une seule page, affichée près de la machine et disponible dans la GMAO. Elle contient une photo de chaque point d'isolement, numéroté ; la même étiquette jaune numérotée est posée sur la machine. Pour chaque point : le dispositif d'isolement, le type de cadenas ou de moraillon, et la méthode de vérification.

## Les six étapes

1. Prévenir les personnes concernées.
2. Arrêter la machine normalement.
3. Isoler chaque source d'énergie.
4. Cadenasser avec son cadenas personnel (un cadenas, une clé, une personne).
5. Dissiper les énergies résiduelles : purger les accumulateurs jusqu'à 0 bar, caler les charges suspendues, attendre l'arrêt des pièces en mouvement.
6. Vérifier : essai de démarrage, vérification d'absence de tension avec un VAT.

## Travaux en équipe

Boîte de cadenassage de groupe : les points sont cadenassés par le responsable, les clés sont dans la boîte, chaque intervenant pose son cadenas personnel sur la boîte.

=== c-hse | atex-cabine-peinture-lille | case | fr | isabelle | 2024-11-12 | | Travaux en zone ATEX : comment on intervient dans la cabine de peinture de Lille
La cabine de peinture liquide de Lille est classée zone 1 à l'intérieur (vapeurs de solvants) et zone 2 autour des ouvertures. Les interventions de maintenance y étaient un sujet de tension : la production voulait intervenir vite, et on a eu deux quasi-accidents en 2022 (une meuleuse utilisée près de la cabine, un téléphone portable oublié à l'intérieur).

## Ce qu'on fait maintenant

Pour toute intervention dans la cabine, on déclasse temporairement la zone. La cabine est arrêtée le vendredi à 12 h, la ventilation tourne au moins 30 minutes, les pots de peinture et de solvant sont sortis. On mesure l'atmosphère à l'explosimètre à plusieurs hauteurs : il faut moins de 10 % de la LIE. La mesure reste en continu pendant les travaux, avec alarme.

Le permis de travail et le permis de feu sont signés par l'animatrice HSE et le responsable de production. Les téléphones et les outils non certifiés restent dehors tant que la zone n'est pas déclassée.

## Outillage

Nous avons acheté une visseuse certifiée ATEX et un jeu de clés anti-étincelles en bronze-béryllium pour les petites interventions sans déclassement (serrage, réglage).

## Résultat

Plus aucun écart sur les interventions en cabine depuis 2023. La méthode a été reprise pour la cabine poudre, classée zone 21/22 pour les poussières.

=== c-hse | presquaccidents-programme | method | fr | fatima | 2024-03-25 | 2026-04-28 | Programme presqu'accidents : multiplier les déclarations par dix
Une entreprise qui déclare peu de presqu'accidents n'est pas une entreprise sûre : c'est une entreprise où l'on n'en parle pas. En 2022, le groupe comptait en moyenne 6 déclarations par an pour 100 salariés, avec de fortes différences entre sites. Montréal est passé de 15 à 240 déclarations par an ; voici ce qui a fonctionné.

## Déclarer doit prendre une minute

QR code sur les panneaux d'atelier, formulaire de trois champs (où, quoi, photo), possibilité de déclarer anonymement. Les chefs d'équipe peuvent aussi saisir une déclaration orale.

## Répondre sous 72 heures

C'est le point clé. Chaque déclarant reçoit un retour dans les 72 heures : ce qui a été fait ou ce qui va être fait, et par qui. Sans retour, les gens arrêtent de déclarer au bout de quelques semaines.

## Aucune sanction

Le directeur de site le dit en réunion plénière : aucune déclaration ne conduit à une sanction. Les actes volontairement dangereux relèvent d'un autre processus.

## Partager

Chaque mois, les trois presqu'accidents les plus instructifs sont partagés dans la communauté Santé-sécurité, avec les actions. Les autres sites vérifient s'ils ont la même situation.

## Indicateurs

Nombre de déclarations, délai de retour, pourcentage d'actions réalisées. Pas d'objectif de baisse du nombre de déclarations.

=== c-hse | ergonomics-lift-assist | lesson | en | fatima | 2025-01-20 | | Lesson learned: lift assists are only used if operators choose them
In 2023 we installed a vacuum lifter at the FP-300 assembly station in Lyon to reduce back strain from lifting 28 kg housings. Six months later it was used for less than 20 % of lifts. Operators found it slow: each lift took 25 seconds instead of 8.

In 2024 Grenoble tackled the same problem differently. Operators tested three solutions for a week each: a jib crane with a mechanical gripper, a lift table that kept the housings at bench height, and a different cart design. They chose the combination of lift table and new cart, which removed most lifting completely. After two weeks the usage rate was close to 100 % and back-pain complaints at the station dropped to zero in the following quarter.

What we learned:

- Eliminating the lift beats assisting the lift.
- Cycle time matters: an aid that slows the operator down will be bypassed.
- Operators must test before purchase, on the real station, with real parts.
- Training in lifting techniques alone does not solve repeated loads above 15 kg.

The Lyon vacuum lifter was moved to the spare parts warehouse, where lifts are occasional and cycle time does not matter. It is used every day there.

=== c-sav | kb-e14-dx-control | guide | en | rodrigo,kevin | 2025-06-12 | 2026-01-20 | Knowledge article: DX-Control error E-14 (flow feedback lost)
Applies to: DX-200 and DX-400 dosing skids with DX-Control firmware 3.x.

## Symptom

The controller shows E-14 "flow feedback lost", sometimes intermittently. The dosing pump may keep running but the dosing loop stops. Customers often report it a few days or weeks after commissioning.

## Most common causes (in order)

1. Air trapped in the flow meter. Oval gear meters and magnetic meters must not be installed at a high point of the line. Ask for a photo of the installation.
2. Loose or corroded M12 connector on the pulse cable at the meter.
3. Electrical noise: the pulse cable runs next to the VFD motor cable. Separate the cables by at least 30 cm or use a shielded cable grounded at the controller end only.
4. Wrong K-factor (P-104) after a meter replacement.

## Firmware

Firmware 3.4.0 introduced parameter P-118 "pulse debounce". Set it to 5 ms on sites with noise problems. Updating from 3.2.x requires the service laptop and takes 15 minutes.

## Escalation

Escalate to engineering only if E-14 persists with a verified meter, a new cable and P-118 set, and attach the controller log (Menu 7 > Export).

Since this article was published, escalations to engineering for E-14 have been cut by half.

=== c-sav | guide-appel-client-difficile | guide | fr | kevin | 2024-04-08 | | Gérer un appel client difficile : la méthode en quatre temps
Cette fiche a été écrite après un atelier de la communauté SAV. Elle s'adresse aux agents du support et aux techniciens d'astreinte, qui reçoivent parfois des appels très tendus, souvent la nuit, quand une installation critique est arrêtée.

## 1. Laisser parler

Ne pas interrompre, même si le client se trompe. Prendre des notes. Un client qui crie a souvent une ligne de production arrêtée et un directeur sur le dos.

## 2. Reformuler en une phrase

« Si je comprends bien, votre skid de dosage s'est arrêté à 2 h du matin et la ligne 3 est à l'arrêt depuis. » Le client se sent compris et on vérifie qu'on a bien saisi le problème.

## 3. Une action concrète avec une heure

« J'appelle le technicien d'astreinte maintenant, il vous rappelle dans 20 minutes. » Jamais « on va regarder ». Jamais « ce n'est pas mon service ».

## 4. Rappeler soi-même

Même si on n'a rien de nouveau. Le silence est ce qui énerve le plus.

## Après l'appel

Tout noter dans le ticket, avec l'heure de chaque rappel. Si l'appel a été vraiment difficile, en parler au chef d'équipe : personne ne doit rester seul avec ça.

=== c-sav | rex-garnitures-eau-dure | case | fr | melanie | 2025-08-04 | | REX : garnitures mécaniques et eau dure chez les clients de Mauricie
Entre 2023 et 2025, j'ai fait une quinzaine d'interventions chez des clients de Mauricie et du Centre-du-Québec pour des garnitures mécaniques de FP-200 et FP-300 qui fuyaient entre 6 et 14 mois après la mise en service. Les clients demandaient le remplacement sous garantie.

Ce qu'on a trouvé : sur presque toutes les garnitures démontées, un dépôt de calcaire blanc sur les faces et autour du ressort. L'eau de ces clients est très dure (plus de 250 mg/L de CaCO3). Quand la pompe est arrêtée la nuit, l'eau s'évapore sur les faces et le calcaire cristallise. Au redémarrage, les faces se rayent.

Ce qu'on fait maintenant : au téléphone, on demande une photo des faces avant de parler de garantie. On explique au client que c'est une usure liée à son eau, pas un défaut de fabrication. On lui propose le kit de garniture en carbure de silicium sur carbure de silicium, plus résistant, à prix coûtant la première fois. Pour les pompes qui s'arrêtent souvent, on conseille un rinçage ou une circulation minimale.

Résultat : les clients acceptent très bien quand on explique, et plusieurs ont commandé le kit pour leurs autres pompes. Rodrigo a vu exactement la même chose à Monterrey.

=== c-sav | sla-definitions | tool | en | kevin | 2024-01-15 | 2025-09-01 | Support SLA definitions and priority matrix
This page is the reference for ticket priorities and SLAs used by the support desks in Montréal, Lyon and Monterrey.

## Priorities

- P1: customer installation stopped, no workaround (dosing skid down at a water utility, production line stopped). Response 1 h business hours, 4 h outside business hours.
- P2: degraded operation or workaround available. Response 4 business hours.
- P3: questions, documentation, spare parts orders. Response 2 business days.

## When does the clock stop?

The SLA clock stops at the first public response logged in Zendesk, not at the phone call. The on-call technician must trigger the mobile macro "P1 – on-call contacted customer" as soon as the customer is reached.

## Categories

Two levels: product family (FP, VF, DX, spare parts, other) and request type (breakdown, installation help, spare parts order, documentation, complaint).

## Escalation

Level 2 is the senior technician of the region. Level 3 is engineering in Toulouse, through the escalation form (serial number, photos, controller log, what was already tested). Engineering reviews escalations on Tuesdays and Thursdays.

=== c-data | guide-powerbi-passerelle | guide | fr | sophie,julien | 2023-10-02 | 2025-05-12 | Guide : actualisations Power BI et passerelle de données
Ce guide rassemble les problèmes d'actualisation qu'on voit le plus souvent dans la communauté Data & analytics.

## Comptes

Les sources de données configurées dans la passerelle utilisent un compte de service (svc-powerbi-<site>), jamais un compte personnel. Un compte personnel expire, change de mot de passe ou disparaît quand la personne quitte le groupe.

## Cluster de passerelles

Les serveurs SRV-BI01 et SRV-BI02 forment un cluster. Une source doit être configurée à l'identique sur les deux nœuds. Symptôme d'une configuration incomplète : l'actualisation échoue une fois sur deux.

## Planification

Évitez 6 h du matin : tout le monde planifie à cette heure-là et la passerelle sature. Étalez entre 3 h et 5 h.

## Messages d'erreur fréquents

- « The credentials provided for the SQL source are invalid » : compte ou mot de passe, ou nœud mal configuré.
- « The data source is unreachable » : serveur source arrêté ou pare-feu.
- Délai dépassé : requête trop lourde, à optimiser côté SQL (index, filtre de date).

## Bonnes pratiques

Afficher la date de dernière actualisation sur chaque page de rapport. Mettre le propriétaire du jeu de données dans la description. Jeux de données certifiés par domaine plutôt que des copies.

=== c-data | definition-trs-groupe | method | fr | piotr,julien | 2024-07-01 | | Définition groupe du TRS (OEE)
Jusqu'en 2024, chaque site calculait le TRS à sa manière, et les écarts pouvaient atteindre 15 points pour une même ligne selon qu'on lisait le MES ou le fichier des chefs d'équipe. Cette définition a été validée par les directeurs de site en juillet 2024.

## Temps de référence

Temps requis = temps d'ouverture moins les arrêts planifiés sans production (pauses, réunions, maintenance préventive planifiée). Les changements de série ne sont pas des arrêts planifiés : ce sont des pertes de disponibilité.

## Disponibilité

Temps de fonctionnement / temps requis. Tous les arrêts comptent, y compris les micro-arrêts de moins de 2 minutes, qui sont enregistrés automatiquement par le MES.

## Performance

(Nombre de pièces × temps de cycle de référence) / temps de fonctionnement. Le temps de cycle de référence est celui du constructeur ou le meilleur temps démontré, pas le temps « réaliste » des gammes.

## Qualité

Pièces bonnes du premier coup / pièces produites. Les pièces retouchées ne sont pas bonnes du premier coup.

## Mise en œuvre

Le mapping des états machine dans le MES a été aligné à Katowice, Grenoble et Monterrey. Les rapports Power BI lisent uniquement le MES.

=== c-data | python-starter-kit | tool | en | julien | 2025-02-03 | 2026-02-05 | Python starter kit for Excel power users
This page is for people who spend hours every week copying data between Excel files and want to automate it. No programming background required.

## Installing

Ask IT for the "Python for analysts" package in the Software Center. It installs Python, VS Code, pandas, openpyxl and matplotlib, without admin rights.

## First scripts

1. Stack many Excel files: use glob to list the files and pandas.concat to stack them, with a column holding the file name.
2. Clean an SAP export: strip spaces, convert material numbers to text, remove subtotal rows.
3. Produce a pivot table and save it to Excel with a date in the file name.

## Habits that save time

- Never modify the source files; write results to a new file.
- Keep scripts in a shared folder with a short README.
- Print the number of rows after each step, so you notice when something disappears.

## Getting help

Thursday office hours at 2 pm (Lyon time) on Teams, or post your question in the Data & analytics community with a small sample file (no personal data).

=== c-data | lesson-doublons-articles | lesson | fr | julien | 2025-09-15 | | Leçon apprise : les doublons d'articles se corrigent à la création
Lors de la préparation de la migration S/4HANA, nous avons cherché les doublons dans la base articles des pièces de rechange. Un script Python de comparaison floue (bibliothèque rapidfuzz) sur la référence fabricant normalisée a trouvé environ 2 800 doublons probables sur 41 000 articles. Le même roulement 6205-2RS existait sous 11 numéros différents.

Le nettoyage a pris trois mois à deux personnes, avec validation par les magasins de chaque site : fusion des stocks, reprise des nomenclatures, mise à jour des listes de pièces dans les équipements.

La leçon principale est ailleurs : six mois après le nettoyage, 140 nouveaux doublons avaient été créés. La cause : la création d'article était ouverte à beaucoup de monde, sans recherche préalable obligatoire, et la recherche dans SAP par désignation libre ne trouvait pas les variantes d'écriture (« ROULT 6205 2RS », « Roulement 6205-2RSH », « BRG 6205 »).

Ce qui a été mis en place : un seul valideur par site pour la création d'articles de rechange, une recherche obligatoire par référence fabricant avant création, et une règle de désignation normalisée (TYPE – DIMENSIONS – FABRICANT – RÉFÉRENCE). Le script de détection tourne désormais tous les mois.

=== c-onboard | livret-accueil-production | guide | fr | helene,guillaume | 2026-04-02 | 2026-06-18 | Livret d'accueil production en une page : mode d'emploi
Le livret d'accueil que nous remettions aux nouveaux en production faisait 32 pages. Personne ne le lisait, et les intérimaires repartaient avec des questions de base : où manger, à qui parler, quoi faire en cas de problème. Voici la version en une page, testée à Trois-Rivières et à Lyon au printemps 2026.

## Recto

- Le plan de l'usine avec les vestiaires, la cafétéria, l'infirmerie et les points de rassemblement.
- Les horaires de l'équipe, des pauses et du repas.
- Le nom et la photo de la personne à appeler en cas de problème (le tuteur ou le chef d'équipe), avec son numéro.

## Verso

- Les cinq règles de sécurité non négociables du site (EPI, circulation, cadenassage, signalement, pas de téléphone sur les postes).
- Ce qui va se passer la première semaine, jour par jour.
- Un espace pour noter les questions à poser au point de fin de semaine.

## Comment on l'utilise

Le livret est envoyé à l'agence d'intérim la semaine précédente pour qu'elle briefe les candidats. Le premier jour, le tuteur le parcourt avec le nouveau pendant le tour de l'usine. Guillaume le remet en main propre à chaque nouveau de son équipe de soir, et on garde maintenant huit intérimaires sur dix après un mois.

=== c-onboard | tutorat-atelier-methode | method | fr | guillaume,helene | 2026-05-11 | | Tutorat en atelier : la méthode de l'équipe de soir de Trois-Rivières
Guillaume Bouchard a formé une quarantaine de jeunes en vingt ans sur la ligne d'usinage de Trois-Rivières. Cette fiche résume sa façon de faire, recueillie lors d'un entretien avec Hélène Faure.

## Choisir le tuteur

Un volontaire, pas forcément le plus ancien. Quelqu'un qui a la patience d'expliquer pourquoi, pas seulement comment. Le meilleur tuteur de l'équipe a six ans d'ancienneté.

## Montrer, faire avec, laisser faire

Première semaine : le nouveau regarde et pose des questions, le tuteur explique à voix haute ce qu'il fait. Deuxième semaine : ils font ensemble, le nouveau a les mains sur la machine. Troisième semaine : le nouveau fait, le tuteur reste à côté et n'intervient que si nécessaire.

## Dégager du temps

Pendant les trois premières semaines, l'objectif de production du poste du tuteur est réduit de 20 %. Sans ça, le tutorat passe toujours après la production.

## Faire des points courts

Cinq minutes en fin de poste : ce qui a été appris, ce qui reste difficile. Un point avec le chef d'équipe à la fin de chaque semaine.

## Reconnaître

Une prime de tuteur, et surtout le remerciement devant l'équipe quand le nouveau est autonome.

=== c-avv | guide-matrice-conformite | guide | en | emily | 2022-11-07 | 2024-06-03 | Bid toolkit: building the compliance matrix
The compliance matrix is the first thing an evaluator reads in a large tender. This guide explains how we build it for water utility and industrial tenders above 500 k€.

## Shred the specification

Read the full specification and extract every binding requirement ("shall", "must", "doit", "devra") into a spreadsheet, one line per requirement, with the clause number and the exact text. A 340-page specification typically yields 600 to 900 lines.

## Answer each line

Status: Compliant, Partially compliant, Not compliant, or Alternative. A short justification in the customer's language, and a reference to the section of our proposal where the answer is developed.

## Assign owners

Each line has an owner (sales engineering, engineering, quality, service). The bid manager checks progress every two days.

## Summarise deviations

All non-compliances and alternatives go into a one-page deviation summary at the beginning of the proposal. Evaluators read this first, so it must be honest and clear.

## Review

A red-team review by two people who did not work on the bid, three days before submission. They score the proposal against the customer's evaluation criteria.

=== c-avv | chiffrage-skid-v4 | tool | fr | laurent | 2023-02-07 | 2024-09-16 | Fichier de chiffrage skid v4 : mode d'emploi
Le fichier « Chiffrage skid v4 » est l'outil commun de chiffrage des skids spécifiques, en complément du CPQ qui couvre les configurations standard (DX-200, DX-400 avec options catalogue).

## Quand l'utiliser

Dès qu'un skid sort du catalogue : capotage spécial, instrumentation particulière, matériaux hors standard, skid multi-pompes.

## Structure

Onglet 1 : données de l'affaire (client, pays, Incoterm, devise). Onglet 2 : nomenclature avec les prix des composants issus de la base achats mise à jour chaque trimestre. Onglet 3 : heures (études, assemblage, tests, mise en service, documentation) avec les taux horaires groupe. Onglet 4 : coefficients de risque par type de client et par nouveauté technique. Onglet 5 : synthèse et marge.

## Erreurs fréquentes

Oublier les heures d'études : c'était la principale cause des écarts de marge de huit points entre bureaux. Oublier la documentation (dossier constructeur, traductions), qui représente souvent 40 heures sur un gros skid. Prendre le prix d'un variateur ou d'un débitmètre sans vérifier le délai : les composants longs conditionnent le délai de livraison.

## Validation

Au-delà de 150 k€, la synthèse est relue par un deuxième ingénieur avant envoi.

=== c-avv | rex-offre-perdue-service | lesson | fr | laurent,emily | 2024-03-11 | | Leçon apprise : quatre appels d'offres perdus contre le même concurrent
Entre mars 2023 et janvier 2024, nous avons perdu quatre appels d'offres de régies des eaux face au même concurrent, alors que nos offres techniques étaient mieux notées dans trois cas sur quatre.

Les débriefings clients, demandés systématiquement par Emily, ont montré que l'écart ne venait pas du prix des pompes : nos prix étaient comparables, à 3 % près. Le concurrent incluait un contrat de service de cinq ans (visites préventives annuelles, pièces d'usure, astreinte) dans son offre de base. Pour l'acheteur public, le coût global sur cinq ans était nettement inférieur, même si le contrat de service était en réalité facturé dans le prix des équipements.

Ce qu'on a changé : une offre de service de base (deux visites par an et un kit de pièces d'usure) est désormais proposée en option chiffrée dans toutes les réponses aux régies des eaux, et le coût global sur cinq ans est présenté dans la synthèse. Sur les six appels d'offres suivants, nous en avons gagné trois.

La leçon générale : demander le débriefing à chaque affaire perdue. Les acheteurs publics doivent le fournir, et ils le font volontiers si on le demande poliment.

=== c-km | methode-rex-45-minutes | method | fr | annesophie | 2025-06-24 | 2025-11-03 | Méthode : le REX en 45 minutes
Le retour d'expérience est un des outils les plus simples de la gestion des connaissances, et un des plus mal utilisés. Les fiches REX de quatre pages que chacun doit remplir seul après un projet ne sont pas écrites, ou pas lues. Voici la méthode présentée au café KM de juin 2025.

## Le format

Une réunion de 45 minutes, animée par quelqu'un qui n'a pas participé au projet. Entre 4 et 8 participants. L'animateur pose quatre questions et écrit lui-même les réponses :

1. Qu'est-ce qui était prévu ?
2. Qu'est-ce qui s'est réellement passé ?
3. Pourquoi y a-t-il un écart ?
4. Qu'est-ce qu'on refait, et qu'est-ce qu'on ne refait surtout pas ?

## Les règles

On parle des faits et des situations, pas des personnes. Tout le monde parle, y compris les plus jeunes. Les réussites comptent autant que les échecs.

## La diffusion

La fiche d'une page est publiée dans la communauté de pratique concernée, pas dans une base de REX à part. Les gens la trouvent quand ils se posent la question, au bon endroit.

## Exemples

Les fiches REX de la communauté Maintenance & fiabilité, rédigées par Claire Dubois, suivent ce format depuis 2025.

=== c-km | transfert-savoir-depart-retraite | guide | fr | annesophie,david | 2026-01-20 | | Guide : préparer le transfert de savoir-faire avant un départ en retraite
Dans les cinq ans à venir, environ 18 % des techniciens et régleurs du groupe partiront en retraite. Une bonne partie de leur savoir-faire n'est écrite nulle part. Ce guide a été présenté à l'atelier « départs en retraite » de janvier 2026.

## Repérer tôt

Douze mois avant le départ, le manager et les RH identifient les personnes dont le départ crée un risque : seul à savoir régler une machine, seul à connaître un client, seul à savoir dépanner un équipement ancien.

## Cartographier les savoirs critiques

Trois entretiens d'une heure avec la personne, menés par quelqu'un de la communauté Gestion des connaissances. On construit une carte des savoirs : ce qu'elle sait faire, ce que les autres ne savent pas faire, ce qui est écrit, ce qui ne l'est pas. Une question qui marche bien : « quelles sont les dix pannes que tu es le seul à savoir réparer ? »

## Choisir le bon support

Les gestes se transmettent en binôme et en vidéo commentée de deux à quatre minutes. Les raisonnements de diagnostic se transmettent par des cas racontés. Les informations factuelles vont dans la GMAO ou dans les gammes.

## Organiser le binôme

Le successeur est en binôme au moins six mois avant le départ, pas les deux dernières semaines.

=== c-km | guide-coordinateur-communaute | guide | fr | annesophie | 2025-09-01 | 2026-05-04 | Guide du coordinateur de communauté de pratique
Ce guide s'adresse aux coordinateurs des communautés du groupe. Il s'appuie sur l'expérience des onze communautés existantes, de la plus ancienne (Maintenance & fiabilité, 2019) aux plus récentes.

## Le rôle

Le coordinateur ne répond pas à toutes les questions : il fait en sorte qu'elles trouvent une réponse. Il relance les fils sans réponse après deux ou trois jours en mentionnant quelqu'un qui sait. Il accueille les nouveaux membres. Il repère les questions qui reviennent et en fait un document.

## Le temps

Compter 10 à 20 % d'un temps plein pour une communauté active. Ce temps doit être négocié avec le manager et écrit dans les objectifs annuels.

## Le sponsor

Un directeur qui soutient la communauté, vient de temps en temps aux réunions et débloque des moyens. Sans sponsor, la communauté est vue comme un loisir.

## Le cycle de vie

Une communauté démarre, se structure, devient active, puis peut se disperser quand le problème commun disparaît. Une communauté qui se disperse n'est pas un échec. Il faut alors relancer autour d'un nouveau sujet ou fermer proprement, avec une synthèse des documents utiles.

## Les experts cachés

Les vrais experts ne sont pas toujours ceux qui ont déclaré des compétences dans leur profil. Regardez qui répond, et qui voit ses réponses acceptées.

=== c-iot | pilote-capteurs-sans-fil-bilan | case | fr | karim | 2025-05-29 | | Bilan de trois ans de pilotes capteurs sans fil
Entre 2022 et 2025, la communauté a accompagné sept pilotes de capteurs sans fil (vibration, température, courant) dans cinq usines. Ce bilan a été présenté au demo day de mai 2025.

## Ce qui a marché

Quatre pilotes sur sept ont été étendus. Le plus réussi est celui de Katowice : 40 capteurs vibratoires LoRaWAN sur les ventilateurs et les pompes, avec une détection d'un défaut de roulement sur le ventilateur V-12 cinq semaines avant la panne prévisible. Le changement de roulement a été fait pendant un arrêt planifié.

## Ce qui n'a pas marché

Trois pilotes ont été arrêtés. Dans les trois cas, la technique fonctionnait. Le problème était organisationnel : personne n'était chargé de regarder les alertes chaque matin, de créer les ordres de travail dans SAP et de changer les piles. Les alertes se sont accumulées, puis plus personne ne les a regardées.

## Les leçons techniques

Seuils fixes ISO : trop de fausses alarmes. Il faut mesurer seulement quand la machine est en charge nominale, avec une référence propre à chaque équipement. Portée radio dans les halls métalliques : prévoir deux passerelles. Autonomie : les formes d'onde brutes consomment énormément, à n'envoyer que sur alarme.

## Le coût complet

Environ 350 € par capteur, plus l'installation, la plateforme et surtout 0,2 ETP d'analyste pour 100 capteurs. C'est ce dernier poste qui est toujours oublié.

=== c-iot | architecture-reference-iot | tool | en | karim,piotr | 2024-02-26 | 2025-09-10 | Reference architecture for IoT pilots
This page describes the architecture every new IoT pilot in the group should follow. It was agreed with IT security in 2024.

## Devices

Battery-powered sensors using standard LoRaWAN (class A), so that we can change the network or application server without replacing sensors. Stud-mounted or epoxy-mounted on bearing housings for vibration sensors.

## Network

One or two LoRaWAN gateways per hall, mounted high and away from steel structures. Gateways connect to a site network server running on the edge server (ChirpStack).

## Edge

A small edge server per site runs the network server, a local MQTT broker (Mosquitto) and a buffer. Indicators (RMS velocity, acceleration envelope, temperature) are computed on the sensor or at the edge. Raw waveforms are sent only on alarm or on request.

## Central

The site broker bridges to the central broker. Topic convention: ferrand/<site>/<area>/<asset>/<measure>. Data lands in the time series database and is linked to the SAP equipment number.

## Security

TLS and certificate authentication from day one, no exceptions for pilots. No direct internet access from sensors or gateways.

## Data ownership

Any vendor platform must provide an export of our data in an open format (API or daily file), written into the contract.

=== c-iot | jumeau-numerique-dosage-grenoble | story | fr | elodie,karim | 2024-12-09 | 2026-03-16 | Histoire du jumeau numérique de la ligne de dosage de Grenoble
Au départ, en 2023, la demande de la direction tenait en une phrase : « il nous faut un jumeau numérique ». Personne ne savait très bien ce que cela voulait dire. Les premières réunions ont surtout parlé de maquette 3D et de réalité virtuelle.

Le tournant a été de revenir à une question concrète posée par l'équipe de production de Grenoble : peut-on prédire la dérive de précision des pompes doseuses avant qu'elle sorte de la tolérance de ±2 % ? Chaque dérive entraînait un recalibrage en urgence et parfois un lot à retraiter.

Élodie a construit un modèle physique du circuit hydraulique en Modelica, calé sur les mesures de débit et de pression de la ligne. Le premier calage donnait des pressions 15 % trop élevées : les pertes de charge des filtres et des vannes étaient sous-estimées par les catalogues. Après recalage point par point, l'écart est tombé sous 3 %. Une couche statistique corrige ensuite le modèle à partir des données du MES, en tenant compte du produit dosé et de la température.

Le jumeau tourne depuis fin 2023. Il prévient l'équipe environ deux semaines avant qu'une pompe sorte de la tolérance, ce qui permet de planifier le recalibrage. Les recalibrages en urgence ont presque disparu.

Ce qu'on retient : un jumeau numérique commence par une décision à éclairer, pas par une technologie.

=== c-s4 | decision-reprise-historique-pm | lesson | fr | stephane | 2024-03-28 | 2025-06-02 | Décision de reprise des données maintenance dans S/4HANA
Document de décision du comité de pilotage du programme S/4HANA, mars 2024, complété après la vague 1.

## Ce qui est repris

Les équipements et postes techniques avec leurs caractéristiques, les points de mesure et les compteurs, les plans de maintenance actifs, les avis et ordres de travail ouverts à la date de bascule.

## Ce qui n'est pas repris

L'historique des avis et ordres clôturés. Il reste consultable en lecture seule dans l'ancien système pendant dix ans (archivage ILM). Reprendre quinze ans d'historique aurait demandé plusieurs mois de nettoyage pour une valeur faible : beaucoup d'avis anciens ont des codes de panne incohérents.

## Compensation

Pour les équipements de criticité A, un résumé de l'historique (principales pannes, modifications, réparations majeures) est saisi dans le texte long de l'équipement par les responsables maintenance de chaque site.

## Retour après la vague 1

Les techniciens ont d'abord regretté l'historique, puis se sont habitués à la consultation de l'ancien système. Le résumé des équipements critiques est très utilisé. Pour la vague 2, on conserve la même règle, mais le résumé sera préparé plus tôt, trois mois avant la bascule au lieu de trois semaines.

=== c-s4 | cutover-checklist-vague1 | tool | en | stephane,beata | 2025-05-15 | | Cutover checklist — lessons from wave 1
Wave 1 (Lyon, Grenoble, Katowice) went live on 7 April 2025 over one weekend, without stopping production. This checklist is what we will reuse for wave 2.

## Six weeks before

Data loads rehearsed at least twice on a copy of production, with timings. Business partner conversion errors fixed in the source system. Authorisation roles tested by real end users.

## Two weeks before

Intensive cycle counting on A and B materials. Open purchase orders and work orders reviewed and closed where possible. Communication to suppliers about the new document numbers.

## Cutover Friday

Stock movements frozen at 2 pm. Full count only on critical storage locations. Final extraction of open items.

## Weekend

Load, reconcile, sign off per workstream: finance balances, stock quantities and values, open orders. Go/no-go call Sunday 6 pm.

## Monday

Key users and floor walkers present in every workshop. Dedicated authorisation team. Daily hypercare call at 8 am for three weeks.

## What went wrong in wave 1

About 30 % of Monday tickets were authorisation issues. Fiori was slow in Katowice until a backup job was moved. Users trained two months before had forgotten most of it.

=== c-s4 | guide-scenarios-test | guide | fr | stephane | 2024-06-10 | | Guide de rédaction des scénarios de test d'intégration
Ce guide est destiné aux key users qui rédigent les scénarios de la recette d'intégration du programme S/4HANA.

## Un scénario, un processus

Un scénario couvre un processus de bout en bout : de la demande d'achat au paiement du fournisseur, de l'avis de maintenance à la clôture de l'ordre et au calcul des coûts, de la commande client à la facturation. Tester des transactions isolées ne suffit pas : les problèmes apparaissent aux interfaces entre modules.

## Le niveau de détail

Pour chaque étape : la transaction ou l'application Fiori, le rôle de l'utilisateur, les données d'entrée précises (numéro d'article, fournisseur, quantité, centre de coûts), et le résultat attendu. Quelqu'un qui ne connaît pas le processus doit pouvoir exécuter le scénario.

## Les données de test

Utilisez des données représentatives, y compris les cas difficiles : article géré en lot, fournisseur étranger avec une autre devise, ordre de maintenance avec sous-traitance.

## Les anomalies

Chaque anomalie est saisie dans l'outil de suivi avec une capture d'écran, le numéro de scénario et l'étape. Les modèles sont dans le SharePoint du programme, dossier 04-Tests.

=== c-horizon | plan-communication-horizon | method | fr | christophe,valerie | 2023-02-06 | 2023-09-18 | Plan de communication du projet Horizon (confidentiel)
Document de travail de l'équipe projet Horizon. Diffusion restreinte aux membres de la communauté projet.

## Principes

Même jour, même message. Les élus du CSE sont informés en premier, lors d'une réunion extraordinaire, avant toute décision définitive. Les salariés sont informés le même jour en réunion plénière par le directeur de site. Les clients et fournisseurs sont informés ensuite par les commerciaux, avec un message validé.

## Préparation des managers

Les managers de proximité sont réunis la veille au soir. Ils reçoivent une FAQ d'une vingtaine de questions, mise à jour chaque semaine ensuite. Ils ne doivent pas improviser sur les sujets non tranchés : la bonne réponse est « je ne sais pas encore, je reviens vers toi ».

## Calendrier

Réunion extraordinaire du CSE et annonce aux salariés le même jour. Permanences RH deux fois par semaine. Point d'avancement mensuel en réunion plénière jusqu'à la fin du transfert.

## Canaux

Réunions d'équipe, affichage, courrier individuel à chaque salarié concerné. Pas d'annonce par courriel seulement.

## Confidentialité

Jusqu'à l'annonce, les informations sur Horizon restent dans cette communauté privée. Aucun document ne doit être déposé dans les espaces partagés du site.

=== c-horizon | bilan-horizon | story | fr | christophe,valerie | 2025-06-27 | | Bilan du projet Horizon
Le projet Horizon s'est terminé le 27 juin 2025, avec la clôture de la communauté projet. Ce document en fait le bilan pour l'équipe.

Le transfert de la ligne d'usinage des vannes VF de Lille vers Katowice a été réalisé en quatorze semaines, comme prévu. Un stock tampon de quatorze semaines de ventes avait été constitué en passant en 2x8 avec des samedis travaillés. Les clients automobiles ont validé le changement de site avec un peu de retard pour deux d'entre eux, sans rupture de livraison.

Côté humain, 87 % des salariés concernés ont été reclassés en interne ou accompagnés vers un projet : mobilité vers Grenoble, Lyon et Toulouse, reconversion financée, création d'entreprise. Les missions de régleurs volontaires à Katowice ont permis un redémarrage plus rapide que prévu, et les vidéos de réglage tournées avant le démontage sont toujours utilisées en Pologne.

Le bâtiment B accueille depuis le printemps 2025 la logistique européenne des pièces détachées, avec une vingtaine d'emplois.

Ce que l'équipe retient : l'information du CSE tôt et honnêtement, la FAQ hebdomadaire pour les managers, et les missions des régleurs ont été les trois éléments décisifs.
=== c-maint | story-thermographie-lille | story | fr | gerard,claire | 2022-11-21 | | Histoire : la cosse qui aurait pu arrêter Lille
En octobre 2022, lors de la première tournée thermographie des armoires électriques de Lille, la caméra a montré un point à 96 °C sur une cosse de la phase 2 du départ alimentant le compresseur principal. Les deux autres phases étaient à 41 °C. Le compresseur tournait à 80 % de charge.

Gérard, électromécanicien à Lille depuis trente ans, a tout de suite reconnu le cas : une cosse mal sertie, desserrée par les cycles thermiques. L'intervention a été planifiée le samedi suivant, machine consignée. La cosse était noircie et l'isolant du câble commençait à fondre sur trois centimètres. On a recoupé le câble, serti une cosse neuve avec la bonne matrice et resserré au couple.

Sans la tournée, le scénario le plus probable était un départ de feu dans l'armoire, et l'arrêt de tout l'air comprimé du site pendant plusieurs jours.

Depuis, la tournée thermographie est trimestrielle à Lille et semestrielle sur les autres sites. Les règles retenues : mesurer sous une charge d'au moins 40 %, comparer les phases entre elles, noter le courant, et planifier une intervention rapide au-delà de 15 °C d'écart. La photo de la cosse est affichée dans l'atelier électrique, c'est le meilleur argument pour la tournée.

=== c-data | guide-rls-powerbi | guide | fr | sophie | 2024-11-04 | | Guide : un seul rapport Power BI, chaque site voit ses données (RLS)
Plusieurs équipes ont dupliqué leurs rapports Power BI site par site pour que chacun ne voie que ses chiffres. Résultat : douze copies du même rapport à maintenir. La sécurité au niveau des lignes (RLS) permet de n'avoir qu'un rapport.

## Étape 1 : la table de correspondance

Une table simple avec deux colonnes : adresse électronique et site. Elle est maintenue par le contrôle de gestion dans une liste SharePoint, ce qui évite de republier le rapport à chaque arrivée.

## Étape 2 : le rôle

Dans Power BI Desktop, Modélisation > Gérer les rôles, créer un rôle « Site » avec le filtre [Email] = USERPRINCIPALNAME() sur la table de correspondance. La relation entre la table de correspondance et la table des sites doit filtrer dans le bon sens.

## Étape 3 : tester

Modélisation > Afficher en tant que rôle, en saisissant l'adresse d'un collègue de Katowice ou de Monterrey.

## Étape 4 : publier et affecter

Dans le service, affecter le groupe de sécurité des lecteurs au rôle.

## Le piège

La RLS ne s'applique qu'aux lecteurs. Les membres de l'espace de travail avec un rôle Contributeur, Membre ou Administrateur voient tout. Partagez le rapport via une application, pas en donnant accès à l'espace de travail.

=== c-sav | guide-diagnostic-telephone | guide | fr | melanie,kevin | 2025-03-17 | | Guide : les questions à poser au téléphone avant de déplacer un technicien
Un déplacement de technicien coûte entre 400 et 1 200 euros selon la distance, et au Québec les clients sont parfois à trois heures de route. Une bonne partie des déplacements pourrait être évitée avec quelques questions bien posées au téléphone. Cette liste vient des interventions de Mélanie en Mauricie et des appels du support de Montréal.

## Toujours

- Le numéro de série (sur la plaque ou sur l'écran du DX-Control, menu 9).
- Une vidéo avec le son, ou une photo de l'installation et de l'écran d'erreur.
- Depuis quand, et qu'est-ce qui a changé juste avant (travaux, nouvel opérateur, coupure de courant).

## Pour une pompe bruyante

Vanne d'aspiration ouverte à fond ? Sens de rotation vérifié après un rebranchement ? Pompe sur un socle rigide ? Diamètre de la tuyauterie d'aspiration posée par l'installateur ?

## Pour un skid DX en erreur

Le code exact (E-14, E-22, E-07), la version du firmware, et si l'erreur disparaît après acquittement.

## Pour une fuite

Où exactement (garniture, bride, corps), goutte à goutte ou filet, et la nature du fluide.

Dans la moitié des cas environ, le client règle le problème lui-même avec nos indications. Dans les autres, le technicien part avec la bonne pièce.

=== c-iot | guide-choix-capteurs | guide | fr | karim,tomasz | 2023-09-18 | 2025-03-03 | Guide : choisir et poser un capteur vibratoire sans fil
Ce guide résume les choix techniques faits pendant les pilotes de Grenoble et de Katowice.

## Quel capteur

Capteur triaxial combiné vibration et température, communication LoRaWAN standard, pile lithium remplaçable. Bande passante d'au moins 5 kHz si l'on veut voir les défauts de roulement en début de dégradation. Les capteurs qui ne donnent que la valeur globale sont suffisants pour les ventilateurs simples, pas pour les pompes critiques.

## Où le poser

Sur le palier, dans la zone de charge, au plus près du roulement. Pas sur le carter du ventilateur ni sur un capot en tôle. Surface plane, nettoyée, avec une embase collée à l'époxy ou un goujon. Pas d'aimant pour une pose permanente : la bande passante chute et le capteur peut bouger.

## Comment le configurer

Une mesure des indicateurs toutes les heures, la forme d'onde brute seulement sur alarme ou une fois par jour. C'est ce réglage qui décide de l'autonomie : on passe de cinq ans à huit mois avec des formes d'onde toutes les dix minutes.

## Avant de commander

Vérifier la couverture radio avec une passerelle d'essai dans le hall, surtout derrière les fours et les structures métalliques. Prévoir qui regardera les alertes et qui changera les piles.

=== c-km | story-expert-finding | story | en | annesophie | 2026-03-09 | | Story: why we stopped trusting the skills directory
In 2025 a planner in Monterrey needed help with a mechanical seal that failed every few weeks on an abrasive slurry. She searched the group skills directory for "mechanical seal": 31 people. She called six of them. Four had not worked on seals for years; one had declared the skill after a two-day training in 2014; the last one was on leave.

The person who finally solved the problem, Bernard Lachance in Trois-Rivières, does not appear in the directory at all. His profile says he likes fishing. But in the Maintenance community he has answered dozens of questions about pumps, seals and lubrication, and his answers are accepted again and again.

This story is typical. Declared skills go stale: people fill in the directory once and never update it. Modest experts do not declare anything. Some people declare what they would like to do rather than what they do.

What people write when they help colleagues is a much better signal: which questions they answer, in which communities, and whether the person who asked says "that was it". This is the idea behind the expert search project started in 2026: find experts from the evidence of their contributions, show that evidence, and respect people who do not want to be listed.

=== c-onboard | rapport-etonnement | tool | fr | helene | 2026-04-20 | | Modèle de rapport d'étonnement (et comment le restituer)
Le rapport d'étonnement est demandé à tout nouvel arrivant au bout d'un mois. Il sert à voir l'entreprise avec des yeux neufs : ce qui surprend, ce qui paraît absurde, ce qui marche mieux qu'ailleurs. Trop souvent il est rempli puis oublié. Voici le modèle et la façon de le restituer.

## Les cinq questions

1. Qu'est-ce qui vous a le plus surpris en arrivant ?
2. Qu'est-ce qui vous a fait perdre du temps le premier mois ?
3. Qu'est-ce qui fonctionne mieux ici que dans votre entreprise précédente ?
4. Qu'est-ce que vous changeriez en premier si vous le pouviez ?
5. Qu'est-ce qui aurait rendu votre arrivée plus facile ?

## La restitution

Trente minutes avec le manager et, pour les cadres, le directeur de site. Le nouvel arrivant présente, on écoute sans se justifier. On choisit au moins une action visible, avec un responsable et une date, et on la communique à l'équipe.

## Ce qu'on en a appris

Sur les rapports du premier semestre 2026, trois remarques reviennent : les accès informatiques pas prêts le premier jour, l'absence de plan du site, et la difficulté à savoir qui contacter pour une question technique. Les deux premières ont été corrigées. Pour la troisième, les communautés de pratique sont présentées dès la première semaine.

=== c-s4 | lesson-formation-utilisateurs | lesson | fr | stephane | 2025-06-16 | | Leçon apprise : former les utilisateurs trop tôt ne sert à rien
Pour la vague 1 du programme S/4HANA, la formation des utilisateurs finaux a été organisée entre fin janvier et mi-février 2025, soit près de deux mois avant le go-live du 7 avril. Le planning de formation avait été calé sur la disponibilité des salles et des formateurs, pas sur la date de bascule.

Le lundi du go-live, la plupart des utilisateurs avaient oublié l'essentiel. Environ un quart des tickets de la première semaine étaient des questions de formation : comment saisir une réception, où trouver un ordre de maintenance, comment imprimer un bon de sortie. Les key users ont passé la semaine à refaire des démonstrations au poste.

Ce qu'on change pour la vague 2 : la formation a lieu dans les trois semaines qui précèdent la bascule, sur le système de formation chargé avec des données proches de la réalité du site. Chaque utilisateur repart avec une fiche d'une page par transaction qu'il utilise vraiment. Des super-utilisateurs, identifiés par un gilet de couleur, sont présents dans chaque atelier la première semaine. Enfin, les vidéos courtes enregistrées pendant la vague 1 sont mises à disposition sur l'intranet avant la formation.

La leçon générale vaut pour tout projet : une formation ne tient que si elle est pratiquée dans les jours qui suivent.

=== c-avv | note-incoterms-export | guide | en | mariafernanda,emily | 2023-05-08 | | Note: choosing Incoterms for export offers
This note explains which Incoterms 2020 we use in offers and why, after a few painful experiences with customs.

## Default choices

For customers in the European Union: FCA our plant or DAP customer site. For Canada and the United States: DAP, with the customer acting as importer. For Mexico and Central America: DAP, or a local sale invoiced by Ferrand México when the customer prefers a local supplier.

## Why we avoid DDP

Under DDP we become the importer of record in the customer's country. That requires a local tax registration, we pay import duties and local VAT that we may not be able to recover, and any customs delay is our problem. In 2022 a DDP shipment to Mexico stayed six weeks in customs because of a missing tariff classification, and the penalty clauses were ours.

## Packaging

Skids travel in crates made of ISPM-15 treated wood, marked accordingly. Without the mark, the crate can be refused or fumigated at the customer's cost.

## Documents

Commercial invoice with the HS code of each item, packing list, certificate of origin when the customer can benefit from a trade agreement (CUSMA for North America, the EU–Mexico agreement), and the dangerous goods declaration when a skid is shipped with chemicals (it should not be).
"""


def _parse():
    docs = {}
    for block in re.split(r"^=== ", TEXT, flags=re.M)[1:]:
        head, body = block.split("\n", 1)
        cid, slug, kind, lang, authors, created, updated, title = [x.strip() for x in head.split("|", 7)]
        docs.setdefault(cid, []).append(dict(slug=slug, kind=kind, lang=lang, authors=authors.split(","), created=created,
                                             updated=updated or None, title=title, body=body.strip()))
    return docs


DOCS = _parse()
