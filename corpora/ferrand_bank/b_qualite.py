BANK = r"""
## 8d-root-cause-operator | 8D, cause racine, 5 pourquoi, réclamation client | @nathalie
Q fr: 8D refusé par le client : « erreur opérateur » pas acceptée
Le client {#c:Veolia|Suez|Danone} a rejeté notre 8D sur la réclamation {#r:RC-2291|RC-2417|RC-2530} (vis manquante sur le couvercle de FP-200). On avait mis cause racine = erreur opérateur, action = resensibilisation. Ils veulent « une vraie cause ». Comment reformuler ?
Q en: Customer rejected our 8D — "operator error" not accepted as root cause
Customer bounced our 8D for a missing screw on an FP-200 cover. Root cause was "operator error", action "retraining". They want a real root cause. How do we rework it?
A x fr: Ils ont raison : « erreur opérateur » n'est jamais une cause racine, c'est un symptôme. Refais les 5 pourquoi en partant de « pourquoi l'opérateur a pu oublier la vis sans que personne ne le voie ? » : pas de détrompeur, pas de comptage de vis, poste interrompu ? Et sépare bien les deux branches du 8D : pourquoi c'est arrivé (occurrence) et pourquoi ça n'a pas été détecté (non-détection). Action type : visseuse avec comptage de vis ou bac à vis prédosé. La resensibilisation seule ne sera jamais acceptée.
A x en: "Operator error" is a symptom, not a root cause. Run two 5-Why chains: why did it occur and why did it escape. Typical actions are poka-yoke: screw counting on the driver, kitting trays with exactly the right number of screws. Retraining alone is never accepted by an automotive or food customer.
A o fr: Mets « défaut de formation », ça passe mieux en général.
L: « Erreur opérateur » n'est jamais une cause racine : deux chaînes de 5 pourquoi (occurrence / non-détection) et un détrompeur.

## spc-control-limits | SPC, MSP, carte de contrôle, limites | @alejandro
Q en: Control limits vs specification limits on our SPC charts
Our operators put the tolerance limits on the X-bar chart instead of calculated control limits. Is it really a problem? Bore diameter Ø{#d:42|38|55} H7.
Q fr: Limites de contrôle ou limites de tolérance sur la carte MSP ?
Sur la carte X-barre/R de l'alésage Ø{#d} H7, les opérateurs ont tracé les tolérances au lieu des limites de contrôle. C'est vraiment gênant ?
A x en: Yes, it's a real problem. Tolerances tell you if the part is good; control limits tell you if the process changed. If your process uses 40 % of the tolerance, it can drift a long way before touching the spec line and you'll react too late. Compute limits from 20-25 subgroups of stable data (X̄ ± A2·R̄), and never put spec limits on an X-bar chart because they apply to individuals, not means.
A x fr: Oui, c'est gênant : les tolérances s'appliquent aux pièces individuelles, pas aux moyennes. Calcule les limites à partir de 20-25 sous-groupes stables (X̄ ± A2·R̄). Sinon tu réagis beaucoup trop tard à une dérive. Alejandro a fait un petit module de formation de 30 min là-dessus.
A o fr: Chez nous on met les deux, comme ça tout le monde est content.
L: Ne jamais tracer les tolérances sur une carte des moyennes : calculer les limites de contrôle sur 20-25 sous-groupes.

## cpk-low-new-process | capabilité, Cpk, PPAP, processus | @alejandro
Q en: Cpk = {#k:0.9|1.1|1.05} on new part, customer wants 1.67
PPAP for a new valve body. Cpk on the critical diameter is {#k}, customer requires 1.67. Process looks centred. Where do we start?
Q fr: Cpk trop faible sur une nouvelle pièce (client exige 1,67)
Pour le PPAP du nouveau corps de vanne VF-80, on a un Cpk de {#k} sur la cote critique. Le process est centré. Par où commencer ?
A x en: If it's centred, Cp ≈ Cpk, so it's spread, not location. First check the measurement system: a gauge R&R above 30 % can eat most of your tolerance. Then look for special causes in the data (tool changes, two fixtures, two spindles mixed in one sample). Stratify by fixture and by spindle, you'll often find one is much worse. Only after that talk about machine capability.
A x fr: Centré = problème de dispersion. Commence par le R&R de ton moyen de mesure (Agnieszka au labo de Katowice peut t'aider, elle fait ça très bien). Ensuite stratifie : deux montages, deux broches, deux équipes mélangés dans l'échantillon, c'est classique.
A o en: Ask the customer for a deviation and a 100 % inspection in the meantime.
L: Cpk faible et centré : vérifier le R&R puis stratifier par montage/broche avant de toucher à la machine.

## gauge-rr | R&R, MSA, métrologie, moyen de mesure | @agnieszka
Q en: Gauge R&R result 38 % — what now?
We did a gauge R&R (3 operators, 10 parts, 3 trials) on the bore gauge for the FP-300 housing: %GRR = 38 %. Repeatability is the main part. What do we do?
Q fr: R&R à 38 % sur le tampon de mesure, que faire ?
R&R fait sur l'alésomètre du corps de FP-300 : 38 %, surtout la répétabilité. On fait quoi ?
A x en: Repeatability dominating means the instrument or the method, not the operators. Check: is the part clamped the same way each time, is the measuring point defined (depth and angle), is the gauge resolution fine enough (should be 1/10 of tolerance), is the master ring checked. In our lab we found the bore gauge was measuring at different depths, a simple depth stop brought it to 12 %. Also check your 10 parts cover the real process spread, if they're all the same the %GRR looks worse.
A x en: Another thing: temperature. If parts come hot from washing (35-40 °C) and you measure aluminium, you lose 10 µm easily. Let them stabilise.
A o fr: Change d'instrument, prends un tridimensionnel.
L: R&R dominé par la répétabilité = méthode ou instrument ; définir le point de mesure (butée de profondeur) et stabiliser la température.

## iso9001-audit-prep | ISO 9001, audit, certification, préparation | @nathalie
Q fr: Préparation de l'audit de suivi ISO 9001 dans 3 semaines
Premier audit de suivi pour moi comme responsable qualité à {site}. Sur quoi les auditeurs insistent en ce moment ?
Q en: Preparing the ISO 9001 surveillance audit
First surveillance audit as QM at our site in three weeks. What are auditors focusing on lately?
A x fr: Ce qu'on a eu à Grenoble et Lyon ces derniers audits : 1) les risques et opportunités (6.1) — ils veulent voir que c'est vivant et relié aux objectifs, 2) l'efficacité des actions correctives (pas juste « action faite » mais « vérifiée efficace »), 3) les compétences (matrices de polyvalence à jour), 4) la maîtrise des prestataires externes. Relis les écarts du dernier audit et prépare les preuves de clôture. Et prévois un échantillon de 8D clôturés.
A x en: Focus areas lately: risks & opportunities actually used, effectiveness checks of corrective actions, competence records, control of external providers. Re-read last year's findings and have closure evidence ready.
A o fr: Range bien l'atelier, les auditeurs regardent surtout ça.
L: Audit ISO 9001 : préparer les preuves d'efficacité des actions et la vie réelle de l'analyse des risques.

## supplier-porosity | fonderie, porosité, fournisseur, ressuage | @nathalie
Q fr: Fuites sur corps de pompe fonte : porosités fournisseur ?
On a {#n:6|9|4} retours clients pour suintement sur corps FP-300 en fonte GS. Le fournisseur dit que ses pièces sont conformes. Comment le prouver ?
Q en: Leaking cast iron pump housings — foundry porosity?
Several customer returns for weeping FP-300 housings. Foundry says parts are compliant. How do we prove it?
A x fr: Coupe une pièce retournée au niveau de la fuite et fais une macrographie, les porosités se voient à l'œil. Ensuite test d'étanchéité à l'air (ou hélium) sur un lot en stock pour mesurer le taux. On avait eu exactement ça en 2024 avec la fonderie de Monterrey : on a ajouté un ressuage à la réception et un test d'étanchéité sur 100 % pendant 3 mois, puis imposé une imprégnation au fournisseur. Tout est dans le 8D RC-1988.
A x en: Section a returned housing through the leak path and do a macro: porosity is visible. Then pressure-decay test a batch from stock to quantify. We solved it in 2024 with 100 % leak test at receiving and vacuum impregnation at the supplier.
A o fr: Change de fournisseur, ça fait des années qu'ils posent problème.
L: Porosité fonderie : coupe macrographique + test d'étanchéité sur lot, puis imprégnation chez le fournisseur.

## nc-disposition | non-conformité, dérogation, tri, rebut
Q fr: Dérogation ou rebut pour un lot hors tolérance de 0,02 mm ?
Lot de {#n:400|250|1200} brides avec une cote à 0,02 mm hors tolérance. Fonctionnellement ça ne change rien d'après le BE. On demande une dérogation client ou on rebute ?
Q en: Deviation request vs scrap for slightly out-of-tolerance batch
Batch out of tolerance by 0.02 mm, engineering says no functional impact. Ask the customer for a deviation or scrap?
A x fr: Si la cote n'est pas une caractéristique spéciale et que le BE l'écrit noir sur blanc, demande une dérogation : formulaire F-QUA-12, avec l'analyse d'impact, la quantité exacte et la traçabilité des lots. Mais corrige le processus avant : le client acceptera une fois, pas trois. Et garde les pièces isolées, étiquetées rouge, tant que tu n'as pas la réponse écrite.
A o fr: Passe-les, le client ne mesure jamais cette cote.
A x en: Deviation is fine if it's not a special characteristic and engineering signs the impact analysis. Quarantine the parts until you have the written approval, and fix the process first.
L: Dérogation possible hors caractéristique spéciale, avec analyse d'impact signée et lot isolé jusqu'à réponse écrite.

## cmm-program-discrepancy | tridimensionnelle, MMT, mesure, écart | @agnieszka
Q en: CMM and manual gauge disagree by 15 µm
Our CMM says the bore is OK, the manual bore gauge at the machine says it's 15 µm out. Who's right?
Q fr: Écart de 15 µm entre la MMT et le contrôle en bord de machine
La tridimensionnelle donne l'alésage conforme, l'alésomètre en bord de machine dit hors tolérance de 15 µm. On croit qui ?
A x en: Neither until you know what each one measures. CMM usually reports a least-squares circle from many points, the bore gauge gives a two-point diameter. On a slightly oval or tapered bore they legitimately differ. Check which definition the drawing requires (ISO 14405: LP, GG, GX...). Also check the CMM probe qualification and temperature, and that both measure at the same depth.
A x fr: Ni l'un ni l'autre tant qu'on ne sait pas ce qu'ils mesurent : la MMT calcule un cercle des moindres carrés, l'alésomètre mesure un diamètre deux points. Sur un alésage ovale, les deux sont « justes ». Regarde ce que demande le plan (ISO 14405) et mesure à la même profondeur.
L: MMT vs alésomètre : cercle des moindres carrés contre diamètre deux points ; vérifier la définition du plan (ISO 14405).

## calibration-overdue | étalonnage, instruments, métrologie, retard
Q fr: Instruments d'étalonnage en retard : quoi faire des pièces mesurées ?
L'audit interne a trouvé un pied à coulisse en retard d'étalonnage de 4 mois à {site}. Il faut reprendre toutes les mesures ?
Q en: Overdue calibration found — what about parts already measured?
Internal audit found a caliper four months past its calibration due date. Do we need to re-inspect everything?
A x fr: Fais étalonner l'instrument tout de suite. S'il est conforme à l'étalonnage, tu documentes (impact nul) et tu traites l'écart système (pourquoi il n'a pas été rappelé). S'il est non conforme, là tu dois évaluer l'impact sur les pièces mesurées depuis le dernier étalonnage OK, et éventuellement prévenir les clients. C'est l'exigence 7.1.5.2.
A x en: Calibrate it now. If it's within spec, record "no impact" and fix the recall process. If it's out, assess impact on all parts measured since the last good calibration (ISO 9001 7.1.5.2).
L: Instrument en retard : l'étalonner d'abord ; l'impact sur les pièces ne s'évalue que s'il est non conforme.

## incoming-inspection-sampling | contrôle réception, échantillonnage, AQL
Q fr: Quel plan d'échantillonnage à la réception ?
On contrôle à 100 % les joints toriques à la réception, c'est énorme. Vous utilisez quel plan ? AQL ?
Q en: Sampling plan for incoming inspection
We inspect 100 % of incoming O-rings. What sampling plan do you use? AQL 0.65?
A x fr: ISO 2859-1, niveau II, NQA selon la criticité (0,65 pour les joints d'étanchéité, 2,5 pour le visuel). Et surtout mets en place le contrôle allégé quand le fournisseur a 10 lots bons d'affilée, et les certificats matière. Le 100 % n'apporte rien si le fournisseur est stable.
A x en: ISO 2859-1 general level II, AQL by criticality. Use switching rules (reduced after 10 accepted lots). 100 % inspection of a stable supplier is waste.
L: Réception : ISO 2859-1 niveau II avec règles de passage au contrôle réduit.

## paint-adhesion | peinture, adhérence, quadrillage, prétraitement
Q fr: Défaut d'adhérence peinture sur les socles de pompe
Test de quadrillage à {#n:GT3|GT2} sur les socles peints (époxy poudre) à Lille. D'habitude on est à GT0. Rien changé côté cuisson.
Q en: Paint adhesion failure on powder-coated baseplates
Cross-cut test failing (GT3) on powder-coated baseplates, usually GT0. No change in curing.
A x fr: Quand la cuisson n'a pas bougé, regarde le prétraitement : bain de phosphatation/dégraissage épuisé ou pollué, eau de rinçage trop conductrice, ou huile de découpe différente chez le fournisseur de tôle. Mesure la conductivité du dernier rinçage (< 30 µS/cm) et fais un test de mouillabilité (water break test).
A o fr: Mets une couche d'apprêt en plus, ça tient toujours.
L: Défaut d'adhérence sans changement de cuisson : regarder le prétraitement et la conductivité du rinçage.

## pareto-complaints | réclamations, Pareto, indicateurs, ppm
Q en: How do you calculate customer PPM across sites?
Grenoble counts PPM per complaint, Monterrey per defective part. Which one is right for the group dashboard?
Q fr: Calcul des PPM clients : par réclamation ou par pièce ?
Grenoble calcule les PPM par réclamation, Monterrey par pièce défectueuse. Lequel pour le tableau de bord groupe ?
A x en: PPM = defective parts / parts delivered × 10⁶. Complaints count is a separate KPI. Mixing them makes the group dashboard meaningless. Dominique validated the definition in the quality manual (section 9.1, KPI sheet Q-03) in 2024.
A x fr: Par pièce défectueuse, c'est la définition groupe (fiche indicateur Q-03). Le nombre de réclamations est un autre indicateur. Il faut que Grenoble s'aligne.
L: PPM = pièces défectueuses / pièces livrées × 10⁶ ; le nombre de réclamations est un indicateur distinct.

## first-article | premier article, FAI, nouveau produit
Q fr: Contrôle premier article : quelles cotes mesurer ?
Pour un nouveau plan de corps de vanne, on doit mesurer toutes les cotes en FAI ? Y en a 180...
A x fr: Oui, en premier article c'est toutes les caractéristiques du plan, bulle par bulle (rapport type AS9102 ou PPAP dimensionnel). C'est long une fois, mais ensuite en série tu ne suis que les caractéristiques spéciales et celles du plan de surveillance. Numérote les cotes sur le plan (bullage), ça évite les oublis.
A o fr: On mesure les cotes tolérancées, pas les cotes générales.
L: Premier article : toutes les caractéristiques bullées ; en série seulement le plan de surveillance.

## weld-porosity | soudure, porosité, contrôle, gaz
Q fr: Porosités dans les soudures TIG inox
Depuis {#w:lundi|la semaine dernière} on a des porosités sur les soudures TIG des collecteurs inox. Même soudeur, même poste.
Q en: Porosity in TIG welds on stainless manifolds
Sudden porosity on TIG welds, same welder, same machine.
A x fr: Quand rien n'a changé côté soudeur, c'est presque toujours le gaz : bouteille d'argon d'un autre lot, fuite sur le tuyau ou le raccord (ça aspire de l'air par effet venturi), débit trop fort (turbulence), ou courant d'air (porte ouverte, ventilateur). Teste avec une autre bouteille et un tuyau neuf. Vérifie aussi le dégraissage des pièces.
A x en: Almost always shielding gas: new cylinder, leaking hose or fitting, flow too high, draughts. Swap cylinder and hose first.
L: Porosités soudure soudaines : gaz (bouteille, fuite de tuyau, courant d'air) avant le soudeur.

## quality-alert-format | alerte qualité, communication, atelier
Q fr: Format d'alerte qualité qui est vraiment lu en atelier
Nos alertes qualité font 3 pages et personne ne les lit. Vous avez un format qui marche ?
A x fr: Une page, une photo de la pièce bonne à côté de la pièce mauvaise, 3 points à vérifier maximum, la date de fin de l'alerte, et on la présente au point 5 min de chaque équipe. Et on l'enlève quand c'est fini ! Une alerte affichée depuis 2 ans, plus personne ne la voit. Modèle dans la bibliothèque de la communauté.
A o fr: Il faut la faire signer à tous les opérateurs.
L: Alerte qualité : une page, photo bon/mauvais, date de fin, présentation au point d'équipe.

## internal-audit-schedule | audit interne, programme, auditeurs
Q en: How many internal auditors do you need?
How many trained internal auditors do you have per site and how many audits per year?
Q fr: Combien d'auditeurs internes par site ?
Vous avez combien d'auditeurs internes formés par site, et combien d'audits par an ?
A x fr: À Grenoble on a 8 auditeurs pour 210 personnes, chacun fait 2 à 3 audits par an (sinon ils perdent la main). Programme annuel basé sur les risques : processus avec réclamations ou écarts → plus souvent. On fait des audits croisés entre sites, très efficace, on voit des choses qu'on ne voit plus chez soi.
A x en: Around 1 auditor per 25-30 people, each doing 2-3 audits a year to stay sharp. Cross-site audits work well.
L: Un auditeur interne pour 25-30 personnes, 2-3 audits/an chacun, audits croisés entre sites.

## hardness-test | dureté, traitement thermique, contrôle
Q en: Hardness out of spec after heat treatment
Shafts from the heat treater come at 52-54 HRC instead of 56-60. Supplier certificate says 57.
Q fr: Dureté hors spécification après traitement thermique
Les arbres reviennent du traitement thermique à 52-54 HRC au lieu de 56-60. Le certificat du sous-traitant dit 57.
A x en: First verify your own measurement: test block check on the hardness tester, and measure on a prepared surface (decarburised skin gives low readings, remove 0.2-0.3 mm). If you're still low after grinding, ask the heat treater for the furnace charts of that batch and do a cross-check in an external lab.
A x fr: Vérifie d'abord ton duromètre avec le bloc étalon, et mesure après avoir enlevé la couche décarburée (0,2-0,3 mm). Si c'est toujours bas, demande les enregistrements four du lot et fais une contre-expertise.
L: Dureté basse : vérifier le duromètre et enlever la couche décarburée avant de contester le certificat.

## traceability-lot | traçabilité, lot, rappel, marquage
Q fr: Remonter la traçabilité d'un lot de garnitures défectueuses
Le fournisseur de garnitures nous signale un lot défectueux (lot {#l:G-2304|G-2311}). Comment retrouver rapidement les pompes concernées chez les clients ?
Q en: Tracing a defective seal batch to shipped pumps
Seal supplier reported a bad batch. How do we quickly find which shipped pumps contain it?
A x fr: Dans SAP : MB56 (analyse de lot) si les garnitures sont gérées en lot, sinon il faut passer par les dossiers de montage (fiche suiveuse scannée) et la date de consommation. Ensuite croise avec les numéros de série des pompes livrées (VL06O). Ça prend une journée si la gestion par lot est faite, une semaine sinon. C'est le bon moment pour demander la gestion par lot sur les composants critiques.
A o en: We had to ask the assembly team to look at paper travellers, took two weeks.
L: Traçabilité composants : gestion par lot SAP (MB56) sur les composants critiques, sinon des jours de recherche papier.

## spc-rules-western-electric | SPC, règles, Western Electric, tendance | @alejandro
Q es: ¿Qué reglas de SPC usar en piso?
Los operadores solo reaccionan cuando un punto sale de los límites. ¿Conviene usar todas las reglas de Western Electric o es demasiado?
Q en: Which SPC rules should operators apply?
Operators only react to points outside control limits. Should we use all Western Electric rules or is that too much?
A x es: En piso yo usaría solo tres: un punto fuera de límites, 7 puntos seguidos del mismo lado de la media, y 6 puntos seguidos subiendo o bajando. Con las 8 reglas hay demasiadas falsas alarmas y la gente deja de creer en la carta. En Monterrey lo hicimos así desde 2023.
A x en: Keep three on the shop floor: one point beyond limits, 7 in a row on one side of the centre line, 6 in a row trending. All eight rules create too many false alarms and operators stop trusting the chart.
L: SPC en atelier : trois règles simples (hors limites, 7 points du même côté, 6 points en tendance).
"""

BANK += r"""
## +8d-root-cause-operator
Q fr: Notre 8D revient avec « cause racine insuffisante »
Le client nous renvoie le 8D sur la vis manquante : on avait conclu à une erreur de l'opérateur et prévu une formation. Il dit que ce n'est pas une cause racine. Qu'est-ce qu'il attend ?

## +spc-control-limits
Q fr: Les opérateurs tracent les tolérances du plan sur la carte de contrôle
En audit, on nous a fait une remarque : sur les cartes X-barre/R, les limites sont les tolérances du plan. Quel est le problème exactement ?

## +gauge-rr
Q fr: Répétabilité mauvaise sur l'alésomètre, que vérifier ?
Étude R&R sur l'alésomètre du corps de pompe : %R&R à {#r:34|38|41} %, presque tout en répétabilité. On nous pousse à acheter un nouvel instrument. Avant ça ?

## customer-audit-visit | audit client, visite, préparation | @nathalie
Q fr: Audit processus d'un client automobile la semaine prochaine
Un client automobile vient auditer la ligne VF-80 (VDA 6.3). On se prépare comment en une semaine ?
Q en: Customer process audit (VDA 6.3) next week
A x fr: Relis le questionnaire VDA 6.3 chapitre 6 (production), c'est là qu'ils passent le plus de temps. Vérifie que le plan de surveillance correspond à ce qui se fait réellement au poste, que les réactions aux cartes SPC sont tracées, et que les pièces non conformes sont bien isolées et identifiées. Prépare un pilote par chapitre. Ne cache rien : un auditeur qui trouve quelque chose de caché ne fait plus confiance à rien.
A x en: Focus on VDA 6.3 chapter 6, check the control plan matches what operators actually do, SPC reactions are recorded, and non-conforming parts are segregated.
L: Audit VDA 6.3 : chapitre 6, plan de surveillance conforme au terrain, réactions SPC tracées.

## supplier-scorecard | fournisseurs, évaluation, notation, performance
Q en: Supplier scorecard criteria
What criteria do you use to rate suppliers? Monterrey and Lyon have different scorecards.
Q fr: Critères d'évaluation des fournisseurs
A x en: Group scorecard since 2024: quality (PPM and complaints, 40 %), delivery (on-time in full, 40 %), responsiveness (8D lead time, 20 %). Computed quarterly from SAP. Suppliers below 70/100 get a development plan. Lyon still has an old version, it should be aligned.
A x fr: Grille groupe : qualité 40 %, délais 40 %, réactivité 20 %, calculée chaque trimestre depuis SAP. Sous 70/100, plan de progrès.
L: Évaluation fournisseurs : qualité 40 %, délais 40 %, réactivité 20 %, trimestrielle.

## leak-test-false-rejects | test d'étanchéité, faux rejets, banc, température
Q fr: Banc de test d'étanchéité qui rejette des pièces bonnes
Le banc de test à l'air des corps de vanne rejette {#n:4|6} % de pièces que l'on trouve bonnes au re-test. Ça coûte cher.
Q en: Leak test bench false rejects
A x fr: Presque toujours la température : pièce qui sort chaude du lavage, l'air se refroidit pendant le test et la pression baisse. Laisser refroidir ou compenser. Vérifier aussi les joints des bouchons de test (usés), et le temps de stabilisation, souvent trop court.
A x en: Usually temperature (hot parts from washing), worn test seals, or a stabilisation time that's too short.
L: Faux rejets au test d'étanchéité : température des pièces, joints d'outillage, temps de stabilisation.
"""
