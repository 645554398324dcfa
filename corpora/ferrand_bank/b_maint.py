BANK = r"""
## pump-cavitation-restart | pompe, cavitation, NPSH, redémarrage | @bernard
Q fr: Bruit de cavitation sur la pompe {#p:P-201|P-114|P-330} après redémarrage
Depuis l'arrêt technique de {#m:la semaine dernière|dimanche|Pâques}, la pompe {#p} fait un bruit de graviers (crépitement) au démarrage, qui se calme un peu après 10-15 min mais ne disparaît pas. Pression de refoulement qui oscille de ±0,3 bar. On a vérifié le sens de rotation. La crépine a été nettoyée pendant l'arrêt. Quelqu'un a déjà vu ça ?
Q en: Pump cavitation noise after restart
Since the shutdown our centrifugal pump {#p} sounds like it's pumping gravel at start-up. Discharge pressure fluctuates, motor current is a bit unstable. Rotation direction checked, suction strainer cleaned. What should we check first?
A x fr: Typiquement de la cavitation côté aspiration. Avant de toucher à la pompe : 1) vérifie que la vanne d'aspiration est ouverte à 100 % (on en a déjà trouvé une ouverte à moitié après consignation), 2) mesure la pression à l'aspiration, si t'es sous le NPSH requis c'est réglé, 3) purge l'air au point haut de la tuyauterie d'aspiration, après un arrêt avec vidange il reste souvent une poche d'air. Chez nous à Trois-Rivières c'était la poche d'air trois fois sur quatre.
A x fr: Regarde aussi la température du fluide : si le bac a chauffé pendant l'arrêt, la tension de vapeur monte et le NPSH disponible baisse. On a eu le cas sur un circuit à 60 °C. Solution : remonter le niveau minimum du bac de 40 cm et réduire le débit au démarrage (vanne de refoulement à moitié les 10 premières minutes).
A o fr: Tu as vérifié que la crépine était bien remontée dans le bon sens ? Sinon ça peut être le roulement aussi, un roulement HS fait du bruit.
A x en: Classic suction-side cavitation. Check the suction valve is fully open, vent the high point of the suction line, and measure suction pressure against the NPSHr curve. After a drained shutdown there is very often an air pocket. If the noise stays after venting, check the fluid temperature, a warmer tank means less NPSH available.
L: Après un arrêt avec vidange, commencer par purger l'aspiration et vérifier l'ouverture complète des vannes avant de suspecter la pompe.

## bearing-overgreasing | roulement, graissage, lubrification, température | @bernard
Q fr: Roulement qui chauffe juste après graissage
On graisse le palier côté accouplement du moteur {#m:M-12|M-07|du ventilateur V-3} toutes les 2 semaines (4 coups de pompe). Juste après le graissage la température monte à {#t:85|90|95} °C puis redescend en 2-3 jours. C'est normal ?
Q en: Bearing temperature spikes right after greasing
Motor DE bearing gets hot (~{#t} °C) for a couple of days every time we grease it. We grease every two weeks. Normal or are we doing something wrong?
A x fr: Non c'est pas normal, c'est le signe classique de trop de graisse. Le roulement brasse la graisse et chauffe. Calcule la quantité avec la formule G = 0,005 × D × B (en grammes, D diamètre extérieur et B largeur en mm) et vérifie combien donne un coup de ta pompe (souvent 1 à 1,5 g). Et 2 semaines c'est trop souvent pour la plupart des moteurs : regarde la plaque ou le manuel. Ouvre aussi le bouchon de purge pendant le graissage si y en a un.
A x fr: On avait exactement ça à Grenoble sur la P-201 : trois casses de paliers en 6 mois. On est passé de 4 coups toutes les 2 semaines à 2 coups tous les 2 mois, plus de problème. Si tu veux je t'envoie notre gamme.
A o fr: Peut-être la graisse qui n'est pas la bonne ? On utilise de la SKF LGHP 2 partout.
A x en: That's over-greasing. Use the SKF formula G = 0.005 × D × B (grams) to compute the quantity, calibrate how many grams one stroke of your gun delivers, and lengthen the interval. Open the relief plug while greasing. A short spike that goes down after a day or two is the churning of excess grease.
L: Trop de graisse tue le roulement : calculer la quantité (G = 0,005 × D × B) et calibrer la pompe à graisse.

## vibration-1x-unbalance | analyse vibratoire, balourd, ventilateur, spectre | @tomasz
Q en: High 1x vibration on fan {#f:V-12|V-07|EX-4} after impeller cleaning
After cleaning the impeller of exhaust fan {#f}, overall velocity went from 2.8 to {#v:7.1|8.4|6.5} mm/s RMS on the NDE bearing, mostly radial horizontal. Spectrum is dominated by 1x. Any idea before we call the balancing company?
Q fr: Vibrations fortes à 1x sur ventilateur après nettoyage de la roue
Sur le ventilateur d'extraction {#f} on a nettoyé la roue (dépôts de peinture) et depuis on est passé de 2,8 à {#v} mm/s en vitesse efficace. Le spectre montre surtout un pic à la fréquence de rotation. Balourd ? On fait venir un prestataire ou on peut équilibrer nous-mêmes ?
A x en: Dominant 1x radial with low axial is textbook unbalance, and cleaning often removes deposits unevenly. Check the phase: if horizontal and vertical phase differ by about 90°, it's unbalance. You can do a single-plane balance in-house with the trial weight method if the impeller is narrow (L/D < 0.5). We did V-12 in Katowice in about two hours with the Adash. Also check that no balancing weight was knocked off during cleaning.
A x fr: Avant d'équilibrer, vérifie qu'il ne reste pas des plaques de dépôt d'un côté, et qu'aucune masse d'équilibrage n'est tombée pendant le nettoyage. Si la phase horizontale/verticale est décalée d'environ 90°, c'est bien du balourd. On peut l'équilibrer en un plan avec la méthode de la masse d'essai, Tomasz a fait un mode opératoire.
A o fr: Nous on appelle toujours le prestataire, c'est plus sûr pour la garantie.
A o en: Could also be looseness, did you check the bolts on the bearing housing?
L: Pic 1x radial dominant après nettoyage = balourd probable ; vérifier la phase et les masses d'équilibrage avant d'appeler un prestataire.

## misalignment-coupling | alignement, accouplement, laser, vibration | @tomasz
Q fr: Accouplement qui casse tous les 3 mois sur pompe de circulation
Sur la pompe de circulation {#p:PC-2|P-114|PC-7}, on change les élastomères de l'accouplement tous les 3 mois environ. Alignement fait au comparateur à chaque fois. Vibrations à 2x en axial. Qu'est-ce qui cloche ?
Q en: Coupling elastomer failing every three months
We replace the coupling spider on circulation pump {#p} roughly every quarter. Alignment done with dial indicators each time. Spectrum shows 2x, high axial. What are we missing?
A x en: 2x with high axial screams misalignment, most likely angular. Dial indicator alignment done cold is often not enough: check soft foot first (more than 0.05 mm under one foot will ruin any alignment) and think about thermal growth if the pump runs hot. We went to laser alignment (Easy-Laser XT) and targets at 0.05 mm offset / 0.05 mm/100 mm angular. Also check pipe strain: loosen the suction flange and see if the pump moves.
A x fr: Le pied boiteux ! C'est souvent ça. Mets les comparateurs, desserre un pied à la fois : si ça bouge de plus de 5 centièmes, cale. Et contrôle les contraintes de tuyauterie : on a eu une pompe à Trois-Rivières où la tuyauterie tirait de 2 mm, jamais l'alignement n'a tenu tant qu'on n'avait pas refait le support.
A o fr: Essaie un autre fournisseur d'élastomères, on avait eu un lot pourri chez nous.
L: Accouplement qui casse = chercher pied boiteux et contraintes de tuyauterie avant de refaire l'alignement.

## mech-seal-leak | garniture mécanique, fuite, pompe | @bernard
Q fr: Fuite garniture mécanique sur FP-300 neuve
On a remplacé la garniture de la FP-300 de la station de lavage il y a {#n:15 jours|3 semaines|un mois} et elle fuit déjà (goutte à goutte, ça augmente). Montage fait selon la notice. Fluide : eau + soude 2 %, 45 °C.
Q en: New mechanical seal leaking after two weeks
Replaced the mechanical seal on an FP-300 and it's already dripping. Fluid is water with 2 % caustic at 45 °C. Installed per the manual. Bad part or bad install?
A x fr: Deux causes à 90 % : 1) les faces ont tourné à sec au démarrage (pompe pas remplie, ou purge pas faite) → marques de chauffe sur les faces ; 2) mauvaise cote de montage, le ressort n'est pas comprimé comme il faut. Démonte et regarde les faces : si elles sont rayées ou bleuies c'est la marche à sec. Avec de la soude, vérifie aussi que les élastomères sont en EPDM et pas en Viton, le Viton n'aime pas la soude chaude.
A x fr: La soude cristallise sur les faces quand la pompe est à l'arrêt, ça raye au redémarrage. On a mis un rinçage (plan API 32) sur celle de Grenoble et fini les fuites.
A o fr: Mets un peu de graisse silicone sur les joints toriques au montage, ça aide.
A x en: Look at the seal faces. Scored or blued faces = dry running at start-up. Also with caustic make sure the elastomers are EPDM, not FKM. And check the setting length of the spring, a few mm off is enough to leak.
L: Garniture qui fuit vite : inspecter les faces (marche à sec) et vérifier la compatibilité des élastomères avec le fluide.

## gmao-preventive-overdue | GMAO, SAP PM, préventif, planification | @claire
Q fr: Trop d'OT de préventif en retard dans la GMAO
À {site} on a {#n:340|410|280} ordres de préventif en retard dans SAP PM, l'équipe ne suit plus. Comment vous priorisez ? On est tentés de tout clôturer et de repartir de zéro...
Q en: Backlog of overdue preventive work orders in CMMS
We have hundreds of overdue PM orders in SAP PM and the team can't keep up. How do you prioritise? Mass-close and restart?
A x fr: Surtout ne pas tout clôturer sans trace, tu perds l'historique et l'auditeur te le reprochera. Ce qu'on a fait à Lille : 1) trier par criticité d'équipement (A/B/C de l'AMDEC), 2) pour les C, passer les gammes en « à l'usage » ou les supprimer si elles n'apportent rien, 3) regrouper les gammes par équipement et par arrêt. On est passé de 380 à 60 en retard en quatre mois. Et il faut revoir les fréquences : beaucoup de gammes ont été créées avec la fréquence constructeur, trop prudente.
A x en: Do not mass-close without a reason code. Rank by asset criticality, then review the plans themselves: in most plants 30 % of PM tasks add no value (inspections nobody reads). Use a technical completion with code "non réalisé – revu" so the history stays clean.
A o fr: Nous on a embauché un intérimaire pour 3 mois, ça a suffi.
L: Un backlog de préventif se traite par la criticité et la revue des gammes, pas par une clôture en masse.

## amdec-method-start | AMDEC, FMEA, criticité, méthode | @claire
Q fr: Par où commencer une AMDEC machine ?
On m'a demandé de faire l'AMDEC de la nouvelle {#m:presse à injecter Engel|ligne de peinture|cellule de soudure robotisée}. Jamais fait. Quel niveau de détail, qui mettre autour de la table, combien de temps ça prend ?
Q en: How to start a machine FMEA?
I've been asked to run an FMEA on a new machine and I've never done one. Level of detail, who to invite, how long does it take?
A x fr: Découpe la machine en sous-ensembles fonctionnels (pas en pièces !), 8 à 15 maximum. Autour de la table : un technicien maintenance qui connaît la machine, un régleur, quelqu'un des méthodes et toi pour animer. Compte 3 séances de 2 h pour une machine moyenne. Cotation G × O × D sur 1-10, et ne passe pas des heures sur la cotation : c'est les actions qui comptent. Utilise le modèle Excel groupe (dans la bibliothèque de la communauté), il a les grilles de cotation.
A x en: Break it down by function, not by component, 8-15 subsystems. Invite a maintenance tech, an operator/setter and a process engineer. Three 2-hour sessions is realistic. Don't over-debate the ratings, focus on actions for the top RPNs.
A o fr: Il y a une formation AFNOR de 2 jours, c'est bien.
L: AMDEC : découper par fonctions, équipe pluridisciplinaire, séances courtes, se concentrer sur les actions.

## compressor-high-temp | compresseur, Atlas Copco, température, alarme | @gerard
Q fr: Compresseur Atlas Copco GA{#g:55|75|37} en défaut température élément
Le compresseur se met en défaut « température sortie élément » ({#t:110|112|115} °C) l'après-midi quand il fait chaud. Le matin ça va. Filtre à air changé le mois dernier.
Q en: Air compressor tripping on element outlet temperature
Atlas Copco GA{#g} trips on high element outlet temperature in the afternoon. Fine in the morning. Air filter was replaced last month.
A x fr: Classique l'été : regarde le refroidisseur d'huile, il est sûrement encrassé (poussière + huile). Soufflage à l'air comprimé de l'intérieur vers l'extérieur, ou nettoyage avec un dégraissant si c'est collé. Vérifie aussi la ventilation du local : si l'air chaud est recyclé, il faut une gaine d'extraction. Et le niveau d'huile, et la vanne thermostatique (elle se bloque parfois).
A x en: Nine times out of ten it's a clogged oil cooler or hot air recirculating in the compressor room. Clean the cooler, check the room temperature near the intake (should stay under 40 °C) and test the thermostatic valve.
A o fr: On a mis un ventilateur devant la porte du local, ça a réglé le problème en attendant.
L: Défaut température compresseur l'été : refroidisseur encrassé ou air chaud recyclé dans le local.

## vfd-overcurrent | variateur, défaut, surintensité, moteur | @gerard
Q fr: Variateur en défaut surintensité au démarrage du convoyeur
Le variateur {#v:Altivar 630|ATV320|Siemens G120} du convoyeur {#c:C-3|C-14|principal} passe en défaut {#e:OCF|F30001|surintensité} au démarrage, surtout quand le convoyeur est chargé. Rampe d'accélération à 2 s.
Q en: VFD overcurrent fault on conveyor start
Our drive trips on overcurrent when starting the loaded conveyor. Acceleration ramp is 2 s. Motor is fine on megger test.
A x fr: 2 s pour un convoyeur chargé c'est trop court, passe à 5-8 s. Vérifie aussi le paramétrage moteur (plaque signalétique bien rentrée, autoréglage fait ?). Si c'est un Altivar, fais l'autoréglage (tUn) moteur froid. Et regarde le frein s'il y en a un : un frein qui ne se lève pas assez vite donne exactement ce défaut.
A o fr: Change le variateur, ils vieillissent mal.
A x en: Lengthen the ramp to 5-8 s, redo the motor auto-tune with nameplate data, and if there's a motor brake check that it releases before the drive starts ramping. A sticking brake gives exactly this symptom.
L: Défaut surintensité au démarrage : rampe trop courte, autoréglage moteur ou frein qui ne se lève pas.

## hydraulic-press-pressure-drop | hydraulique, presse, pression, fuite interne
Q fr: Chute de pression sur la presse hydraulique en fin de cycle
Sur la presse {#p:PH-400|PH-250} la pression tombe de 180 à 150 bar pendant le maintien. Pas de fuite visible. Huile à 55 °C. Pompe changée en 2023.
Q en: Hydraulic press loses pressure during hold
Press pressure drops from 180 to 150 bar during the holding phase. No visible leak, oil at 55 °C.
A x fr: Fuite interne : soit les joints du vérin principal, soit un distributeur ou un clapet anti-retour qui passe. Test simple : isole le vérin (vannes) et regarde si la pression tient côté circuit. Si ça tient, c'est le vérin. Mesure aussi la température de la tuyauterie de retour au bac : un composant qui fuit en interne chauffe localement, la caméra thermique le montre bien.
A x en: Internal leakage. Isolate sections to find it: cylinder seals vs. valves. An IR camera helps, a leaking valve runs noticeably hotter on its return line.
A o fr: 55 °C c'est chaud, l'huile est peut-être trop fluide. Vérifie l'échangeur.
L: Perte de pression sans fuite visible : isoler les sous-ensembles et chercher le point chaud à la caméra thermique.

## thermography-electrical | thermographie, armoire électrique, inspection | @tomasz
Q en: Thermography route for electrical cabinets: what delta-T is critical?
We're starting IR inspections of MCC and distribution cabinets. What temperature differences do you consider critical? Any standard?
Q fr: Thermographie armoires électriques : à partir de quel écart c'est grave ?
On démarre une tournée thermographie sur les armoires. Quels écarts de température vous considérez comme critiques ?
A x en: We use the NETA-style criteria: between similar components under similar load, ΔT 1-3 °C = possible deficiency, 4-15 °C = probable, >15 °C = repair ASAP. Against ambient: >40 °C is critical. Inspect under at least 40 % load, otherwise you'll miss things. Write down the load current with each picture.
A x fr: Critères qu'on utilise : comparaison entre phases, ΔT < 4 °C surveillance, 4-15 °C à planifier, > 15 °C intervention rapide. Toujours faire la mesure avec une charge significative (> 40 %) et noter le courant. Attention aux surfaces brillantes (cuivre nu), l'émissivité fausse tout.
A o fr: Nous on appelle l'APAVE une fois par an, c'est dans le contrat d'assurance.
L: Thermographie électrique : comparer entre phases sous charge réelle (> 40 %) et noter le courant.

## oil-analysis-gearbox | analyse d'huile, réducteur, particules, eau | @claire
Q fr: Analyse d'huile réducteur : eau à {#w:800|1200|650} ppm
Résultat labo sur le réducteur de la mélangeuse : eau {#w} ppm, fer 45 ppm, viscosité OK. C'est grave ? On vidange ?
Q en: Gearbox oil analysis shows high water content
Lab report on the mixer gearbox: water {#w} ppm, iron 45 ppm, viscosity fine. Drain now or wait?
A x fr: Au-dessus de 500 ppm pour une huile de réducteur, il faut agir. Vidange + rinçage, puis trouve d'où vient l'eau : reniflard sans dessiccant (le plus fréquent, condensation jour/nuit), lavage haute pression à proximité, joint à lèvre usé. On a mis des reniflards dessiccants sur tous les réducteurs extérieurs à Katowice, ça a réglé le problème. Le fer à 45 ppm est à surveiller, refais une analyse dans 1 mois.
A x en: Above ~500 ppm water in gear oil you should change it and find the source: breather (condensation), washdown, seals. Fit a desiccant breather. Re-sample in a month to trend iron.
A o fr: On vidange tous les ans de toute façon, attends la prochaine.
L: Eau dans l'huile de réducteur > 500 ppm : vidanger et traiter la source (reniflard dessiccant).

## conveyor-belt-tracking | convoyeur, bande, déport, réglage
Q fr: Bande de convoyeur qui se déporte toujours du même côté
La bande du convoyeur {#c:C-3|C-8} part systématiquement à droite en bout de ligne. On a réglé le tambour de queue plusieurs fois, ça revient.
Q en: Conveyor belt keeps drifting to one side
Belt drifts to the right at the tail end no matter how we adjust the tail pulley.
A x fr: Règle d'or : on ne règle pas le déport au tambour, on le règle aux rouleaux porteurs juste avant l'endroit où ça dérive. Vérifie d'abord l'équerrage de la jonction de la bande (une jonction de travers = déport cyclique) et l'encrassement des tambours. Si le déport suit la jonction, c'est elle.
A x en: Check the belt splice is square first — if the drift follows the splice, that's your cause. Then train the belt using the idlers just before the drift point, not the pulleys. Clean the pulleys, build-up on one side steers the belt.
A o fr: Mets des guides latéraux.
L: Déport de bande : vérifier la jonction et régler aux rouleaux, pas au tambour.

## spare-parts-critical | pièces de rechange, stock, criticité, magasin | @claire
Q fr: Comment définir le stock de pièces critiques ?
Le magasin veut réduire le stock de pièces de rechange de 20 %. Comment vous décidez ce qui est critique et ce qu'on peut ne plus stocker ?
Q en: How do you decide which spare parts are critical?
Stores want to cut spare parts inventory by 20 %. How do you define critical spares?
A x fr: On croise trois choses : criticité de l'équipement (AMDEC), délai d'approvisionnement, et consommation réelle sur 5 ans (extraction SAP MB51). Une pièce pour un équipement A avec un délai > 4 semaines reste en stock même si elle ne sort jamais. Pour le reste, on mutualise entre sites : Grenoble et Lyon partagent les moteurs et les garnitures standard. Et on fait le ménage dans les pièces d'équipements qui n'existent plus, souvent 10 % du stock.
A x en: Combine asset criticality, supplier lead time and actual usage. Keep insurance spares for A-critical assets with long lead times, pool the common items between plants, and scrap parts of machines that were decommissioned (often 10 % of the value).
A o fr: Demande au magasin la liste des articles sans mouvement depuis 3 ans et supprime-les, c'est le plus rapide.
L: Stock de rechange : criticité × délai × consommation, et mutualisation entre sites.

## pump-low-flow | pompe, débit, usure, roue
Q fr: Débit de la pompe de process en baisse progressive
La pompe {#p:P-114|P-330|P-08} a perdu environ {#n:15|20|25} % de débit en 6 mois, même ouverture de vanne. Pas de bruit particulier.
Q en: Gradual flow loss on process pump
Our pump lost about {#n} % flow over six months at the same valve position. No unusual noise.
A x fr: Usure de la roue ou des bagues d'usure, surtout si le fluide est chargé. Compare avec la courbe : mesure pression aspiration/refoulement et débit, si t'es en dessous de la courbe à débit égal c'est l'usure interne. Le jeu des bagues d'usure passe souvent de 0,3 à 1 mm et là tu perds 15-20 %. Regarde aussi la crépine et les filtres avant de démonter.
A x en: Plot the actual duty point against the curve. Below the curve = internal wear (wear rings clearance, impeller erosion). Check strainers and filters first, it's cheaper.
A o fr: Peut-être que la vanne est entartrée ?
L: Perte de débit progressive : comparer au point de fonctionnement de la courbe, penser aux bagues d'usure.

## pm-vs-predictive | préventif, conditionnel, stratégie, maintenance | @claire
Q fr: Préventif systématique ou conditionnel pour les moteurs ?
On change les roulements de nos moteurs > 30 kW tous les 3 ans en systématique. Le directeur veut passer au conditionnel. Des retours ?
Q en: Time-based vs condition-based for motors
We replace bearings on motors above 30 kW every three years. Management wants condition-based. Experiences?
A x fr: Le systématique sur roulements n'a pas beaucoup de sens : les défaillances de roulement sont majoritairement aléatoires, et chaque démontage introduit des risques (mauvais montage, pollution). À Katowice Tomasz fait une tournée vibratoire mensuelle sur les moteurs A et trimestrielle sur les B ; on ne change que sur alerte. Le coût de la tournée est amorti en moins d'un an.
A x en: Bearing failures are mostly random, so fixed-interval replacement wastes parts and introduces installation defects. A monthly vibration route on critical motors plus quarterly on the others pays back within a year in our experience (Katowice).
L: Les roulements tombent en panne de façon aléatoire : préférer le conditionnel (tournée vibratoire) au remplacement systématique.

## cooling-tower-legionella | tour aéroréfrigérante, légionelle, traitement d'eau
Q fr: Tour aéroréfrigérante : légionelles au-dessus du seuil
Résultat d'analyse de la TAR : {#n:1200|5 000|2 300} UFC/L de Legionella pneumophila. Quelle conduite à tenir ?
A x fr: Au-dessus de 1 000 UFC/L, en France (rubrique 2921) tu dois faire une analyse de contrôle, chercher la cause et renforcer le traitement (choc biocide). Au-dessus de 100 000 c'est arrêt immédiat et déclaration à l'inspection. Regarde les bras morts, les purges et le pH (trop haut = biocide moins efficace). Préviens Fatima côté HSE.
A o fr: On a eu le cas, le prestataire de traitement d'eau a tout géré.
L: Légionelles : suivre les seuils réglementaires (1 000 / 100 000 UFC/L) et chercher les bras morts.

## crane-inspection | pont roulant, inspection, levage, VGP
Q fr: Périodicité des VGP des ponts roulants
On a un doute sur la périodicité des vérifications générales périodiques des ponts roulants et palans : 6 mois ou 12 mois ?
Q en: Crane inspection frequency across sites
What inspection frequency do the other sites use for overhead cranes and hoists? France does every 6 months?
A x fr: En France c'est 12 mois pour les ponts roulants classiques, 6 mois pour les appareils mus à la main ou qui lèvent des personnes, et 3 mois pour certains appareils de chantier (arrêté du 1er mars 2004). Au Québec c'est selon la norme CSA B167, annuelle. Fais valider par l'organisme agréé.
A o en: Katowice follows UDT rules, the inspector comes once a year.
L: VGP levage : 12 mois en général, 6 mois pour les appareils manuels ou levant des personnes.

## cnc-spindle-vibration | usinage, broche, CN, vibration | @tomasz
Q fr: Broche du centre d'usinage {#m:DMG Mori DMU 65|Mazak VCN-530} qui vibre à haute vitesse
Au-dessus de {#s:12 000|10 000} tr/min la broche vibre et on a des marques de broutage sur les pièces. En dessous ça va.
Q en: Spindle vibration at high speed on machining centre
Above {#s} rpm we get chatter marks and the spindle vibrates. Below that it's fine.
A x en: First rule out the tool holder: balance grade of holders matters above 10k rpm (G2.5). Try a freshly balanced holder and a short tool. If it persists with all tools, measure the spindle with an accelerometer on the housing: bearing defect frequencies or a rise at high speed means spindle bearings, and that's a spindle rebuild (send to the OEM). Don't wait, a seized spindle costs 3× more.
A x fr: Teste d'abord avec un autre porte-outil équilibré et un outil court. Si ça persiste avec tout, c'est les roulements de broche : mesure vibratoire sur le corps de broche, et prévois une réfection chez le constructeur. On a fait la DMU de Grenoble en 2024, 6 semaines d'attente.
A o fr: Baisse la vitesse, c'est ce qu'on fait en attendant.
L: Vibration broche à haute vitesse : tester un porte-outil équilibré avant de condamner les roulements.

## lubrication-chart | lubrification, graisse, standardisation
Q fr: Harmoniser les graisses entre les sites
On a 23 références de graisses et huiles au magasin de {site}. Quelqu'un a déjà fait un travail de rationalisation ?
Q en: Rationalising lubricants across plants
We have way too many grease and oil references. Has anyone consolidated?
A x fr: Oui, à Trois-Rivières on est passé de 19 à 7 références. Méthode : liste de tous les points de graissage avec la référence actuelle, regroupement par besoin (vitesse, température, charge), puis choix d'une graisse polyvalente lithium complexe NLGI 2 pour 80 % des points. Étiquettes de couleur sur les graisseurs et sur les pompes, ça évite les mélanges. Attention aux graisses alimentaires (H1) dans les zones concernées.
A o en: Our lubricant supplier did a free survey and proposed a consolidated list.
L: Rationaliser les lubrifiants : inventaire des points, regroupement par besoin, étiquetage couleur.

## motor-insulation-megger | moteur, isolement, mégohmmètre, humidité | @gerard
Q fr: Isolement moteur faible après arrêt prolongé
Moteur 75 kW arrêté 3 mois, mesure d'isolement à {#r:2|5|1,5} MΩ sous 500 V. On peut redémarrer ?
Q en: Low insulation resistance after long standstill
75 kW motor idle for three months reads a few MΩ at 500 V. Safe to start?
A x fr: Trop bas. Règle pratique : au moins 1 MΩ par kV + 1, mais pour un moteur BT on vise > 100 MΩ sur un moteur sain. C'est sûrement de l'humidité : séchage avec les résistances de réchauffage ou en injectant un courant faible, puis remesure et indice de polarisation (R10min/R1min > 2). Ne démarre pas sans.
A x en: Likely moisture. Dry it out (space heaters or low-voltage current injection) and re-measure with a polarisation index test. Don't start at a few MΩ.
A o fr: On démarre toujours, ça sèche en tournant.
L: Isolement faible après arrêt : sécher et mesurer l'indice de polarisation avant de redémarrer.

## shutdown-planning | arrêt technique, planification, PERT
Q fr: Préparer l'arrêt technique d'été : vos outils ?
Premier arrêt technique que je prépare ({#n:3|2} semaines en août, {#m:140|90} interventions). Vous planifiez avec quoi ? MS Project, Excel, SAP ?
Q en: Planning the summer shutdown
First time planning the annual shutdown, over 100 jobs. What tools do you use?
A x fr: On fait la liste dans SAP PM (tous les OT avec code « arrêt 2026 »), puis l'ordonnancement dans MS Project pour le chemin critique. Les clés : geler la liste 6 semaines avant, commander les pièces 8 semaines avant, et une réunion quotidienne de 15 min pendant l'arrêt. Prévois 15 % de marge pour les imprévus découverts en démontant.
A x en: Freeze the scope six weeks before, order parts eight weeks before, schedule in MS Project (or Primavera for big ones) from the SAP work orders, daily 15-min meeting during the shutdown, 15 % contingency.
A o fr: Excel, c'est largement suffisant, on a un modèle.
L: Arrêt technique : figer le périmètre à S-6, commander à S-8, 15 % de marge.

## steam-trap | vapeur, purgeur, énergie, fuite
Q fr: Campagne de contrôle des purgeurs vapeur
On soupçonne beaucoup de purgeurs vapeur bloqués ouverts sur le réseau de {site}. Comment vous les testez ?
A x fr: Ultrasons + thermographie. Un purgeur bloqué ouvert a un sifflement continu aux ultrasons et la sortie est aussi chaude que l'entrée. Un purgeur bloqué fermé est froid en amont. On a fait 140 purgeurs, 22 % défectueux, économie estimée 35 k€/an de gaz.
A o fr: On les change tous tous les 5 ans.
L: Purgeurs vapeur : contrôle ultrason + thermographie, souvent plus de 20 % défectueux.

## root-cause-repeat-failure | analyse de cause, panne récurrente, 5 pourquoi | @claire
Q fr: Panne récurrente sur l'encartonneuse, personne ne trouve
L'encartonneuse de la ligne {#l:2|4} s'arrête 6-8 fois par poste sur défaut « carton mal formé ». Les régleurs corrigent à chaque fois mais ça revient. Comment vous abordez ce genre de panne chronique ?
Q en: Chronic micro-stops on case erector
Our case erector stops 6-8 times per shift on "carton not formed". Operators fix it every time but it keeps coming back. How do you tackle chronic small stops?
A x fr: Les micro-arrêts, il faut d'abord les mesurer : 2 semaines de relevé par type de défaut (feuille simple à côté de la machine ou données MES). Ensuite Pareto, et sur le premier défaut, observation directe pendant un poste complet. Très souvent c'est les cartons eux-mêmes (humidité, lot fournisseur, cotes hors tolérance). Vérifie l'humidité du stock carton : au-delà de 12 % ils se déforment.
A x en: Measure first (two weeks of stop reasons), Pareto, then watch the machine for a full shift on the top defect. Check the carton blanks themselves: humidity and supplier lot are a frequent root cause.
A o fr: Demande au fournisseur de la machine de venir, c'est sous contrat.
L: Micro-arrêts chroniques : mesurer, Pareto, observer ; vérifier la matière (cartons humides).

## laser-alignment-tool | alignement laser, outil, achat
Q en: Which laser alignment tool to buy?
We're buying a shaft alignment tool for Monterrey. Easy-Laser, Fixturlaser or SKF TKSA? Budget around 10 k USD.
Q fr: Quel outil d'alignement laser acheter ?
On veut acheter un système d'alignement laser pour {site}. Easy-Laser, Fixturlaser ou SKF ? Budget ~9 k€.
A x en: We have Easy-Laser XT in Katowice and an SKF TKSA 41 in Grenoble. Both fine for standard horizontal machines. Easy-Laser is better if you also want to do flatness or cardan shafts later. What matters more is training: book the 2-day course with the tool, otherwise it stays in the cupboard.
A o fr: Le TKSA 41 est plus simple pour les débutants, on l'utilise tous les jours.
L: Le choix de l'outil compte moins que la formation des techniciens.

## chiller-low-pressure | groupe froid, basse pression, réfrigérant
Q fr: Groupe froid en défaut basse pression
Le groupe froid de la ligne d'injection se met en défaut BP le matin. Le frigoriste passe la semaine prochaine. En attendant ?
A x fr: Le matin = démarrage à froid avec une faible charge thermique. Ça peut être un manque de fluide (fuite), un détendeur mal réglé ou un filtre déshydrateur bouché. Ne touche pas au circuit toi-même sans attestation d'aptitude (fluides frigorigènes, obligatoire). En attendant, vérifie que les condenseurs sont propres et note les pressions au démarrage pour le frigoriste.
L: Défaut BP groupe froid : pas d'intervention sans attestation fluides ; relever les pressions pour le frigoriste.

## pneumatic-leaks | air comprimé, fuites, énergie, ultrasons
Q fr: Chasse aux fuites d'air comprimé : ça vaut le coup ?
Le compresseur tourne le week-end alors que l'usine est à l'arrêt. Combien on peut gagner avec une campagne de fuites ?
Q en: Compressed air leak survey — worth it?
Our compressor keeps running at weekends with production stopped. How much can a leak campaign save?
A x fr: Oui ! Mesure d'abord : temps de charge/décharge du compresseur usine à l'arrêt = taux de fuite. Chez nous à Lille c'était 38 % de la production d'air. Campagne avec un détecteur ultrasons, étiquette sur chaque fuite, réparation dans la semaine. Une fuite de 3 mm à 7 bar = environ 2 000 € par an.
A x en: Measure the leak rate with the plant idle (load/unload time). 30-40 % is common. Ultrasonic detector, tag each leak, fix within a week. A 3 mm leak at 7 bar costs roughly 2 k€ a year.
L: Mesurer le taux de fuite usine à l'arrêt ; une fuite de 3 mm coûte environ 2 000 €/an.

## gearbox-noise-new | réducteur, bruit, engrenage, rodage
Q fr: Réducteur neuf qui fait un bruit de sirène
Réducteur {#r:SEW|Flender} neuf sur la mélangeuse, bruit aigu (sifflement) depuis la mise en service. Normal au rodage ?
A x fr: Un léger bruit en rodage oui, un sifflement aigu non. Vérifie le niveau d'huile (souvent livré sans huile ou avec un bouchon de transport !), le bon positionnement (position de montage M1 à M6 : la quantité d'huile dépend de la position) et l'alignement. Un spectre vibratoire montrera la fréquence d'engrènement si c'est la denture.
A o fr: Ça va se calmer après quelques semaines.
L: Réducteur neuf bruyant : vérifier l'huile selon la position de montage et le bouchon de transport.

## welding-robot-drift | robot, soudure, dérive, TCP
Q fr: Robot de soudure qui dérive après collision
Après une petite collision, le robot {#r:Fanuc|ABB} de la cellule de soudure soude à côté de 2 mm. Faut-il refaire toute la programmation ?
Q en: Welding robot off by 2 mm after a crash
After a minor collision our welding robot is off by about 2 mm. Do we have to reteach all programs?
A x en: No. Check and recalibrate the TCP first (torch neck is often bent after a crash, replace it). Then verify with a reference point. If all points shift by the same vector it's the TCP; if it varies with robot posture, mastering is lost on one axis and you need to re-master that axis.
A x fr: Non, commence par le TCP : le col de cygne est souvent tordu après une collision. Change-le, recalibre le TCP, vérifie sur un point de référence. Si le décalage varie avec la posture, c'est un axe à recaler (mastering).
L: Après collision robot : changer le col de cygne et recalibrer le TCP avant de reprogrammer.

## bolt-torque | serrage, couple, boulonnerie, bride
Q fr: Couple de serrage des brides DN150 PN16
Quel couple vous appliquez sur les brides DN150 PN16 avec joint fibre ? On a des valeurs différentes selon les techniciens.
Q en: Flange bolt torque values
What torque do you use for DN150 PN16 flanges with fibre gaskets? Our techs all use different values.
A x fr: Ça dépend du joint, de la lubrification des vis et de la classe de la visserie, donc il faut une table validée. On a une fiche groupe (dans la bibliothèque) : pour DN150 PN16, 8 vis M20 classe 8.8 lubrifiées, environ 150-180 N·m en 3 passes croisées (30 %, 60 %, 100 %). L'important c'est le serrage en croix et en plusieurs passes.
A o fr: On serre à la clé, au feeling, jamais eu de fuite.
L: Serrage de brides : table validée, passes croisées à 30/60/100 %.

## ultrasound-bearing-greasing | ultrasons, graissage, roulement | @tomasz
Q en: Ultrasound-assisted greasing — does it work?
Has anyone tried ultrasound-assisted lubrication (grease until the dB drops)? Worth buying the kit?
Q fr: Graissage assisté par ultrasons, retour d'expérience ?
Quelqu'un utilise le graissage piloté aux ultrasons ? Ça vaut l'investissement ?
A x en: Yes, we use an SDT 270 in Katowice. You grease slowly while listening: the dB level drops as grease reaches the rolling elements, and you stop when it starts rising again. We cut grease consumption by about 40 % and bearing failures on fans went down. It needs a baseline per bearing and trained techs.
A x fr: Oui, on l'utilise à Katowice. On graisse doucement en écoutant : le niveau baisse quand la graisse arrive, on s'arrête quand ça remonte. -40 % de graisse consommée. Il faut une mesure de référence par roulement.
L: Le graissage assisté par ultrasons évite le sur-graissage ; nécessite une référence par roulement.
"""

BANK += r"""
## +pump-cavitation-restart
Q fr: Pompe centrifuge qui « crache » au redémarrage après vidange
Après la vidange du circuit pour travaux, la pompe {#p} fait un bruit de cailloux et le manomètre de refoulement bouge dans tous les sens. Le moteur a l'air OK. On a déjà changé la crépine. Ça peut venir d'où ?

## +bearing-overgreasing
Q fr: Palier moteur qui monte en température après chaque graissage
Bizarre : chaque fois qu'on graisse le moteur de la {#m}, le palier côté accouplement monte à {#t} °C pendant un ou deux jours. On met pourtant la graisse préconisée. Trop de graisse ?

## +misalignment-coupling
Q fr: Élastomères d'accouplement qui lâchent sans arrêt
On change les plots de l'accouplement de la {#p} très souvent, alors que l'alignement est refait à chaque fois. Des vibrations axiales importantes. Une idée ?

## +gmao-preventive-overdue
Q fr: Le retard de préventif explose, on fait comment ?
Des centaines d'OT préventifs en retard dans SAP. La direction veut un plan. Est-ce qu'on peut en clôturer une partie ?

## +compressor-high-temp
Q fr: Le compresseur s'arrête l'après-midi (alarme température)
Tous les après-midi depuis les chaleurs, le GA{#g} s'arrête en alarme température huile / sortie élément. Le matin aucun souci.

## +vfd-overcurrent
Q fr: Convoyeur chargé qui ne démarre pas : défaut surintensité variateur
Quand le convoyeur {#c} est chargé, le variateur {#v} tombe en défaut {#e} au démarrage. À vide ça passe. Le moteur est bon au mégohmmètre.
"""
