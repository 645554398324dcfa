BANK = r"""
## loto-multiple-energy | cadenassage, consignation, LOTO, énergies | @sylvain
Q fr: Fiche de cadenassage pour une machine avec 4 sources d'énergie
On doit refaire la fiche de cadenassage de la {#m:presse PH-400|ligne d'emballage|cellule robot R-2} : électrique, pneumatique, hydraulique (accumulateur) et gravité (table haute). Comment vous présentez ça pour que ce soit clair au plancher ?
Q en: Lockout procedure for a machine with four energy sources
We need to rewrite the lockout sheet for a machine with electrical, pneumatic, hydraulic (accumulator) and gravity energy. How do you make it clear for the floor?
A x fr: Une fiche par équipement, une page, avec des photos de chaque point de cadenassage numérotés (étiquette jaune sur la machine avec le même numéro). Pour chaque source : dispositif d'isolement, méthode de cadenassage, et surtout la vérification de l'énergie résiduelle : purge de l'accumulateur jusqu'à 0 bar sur le manomètre, cale mécanique pour la table, essai de démarrage après cadenassage. L'accumulateur c'est celui qu'on oublie le plus souvent. Notre modèle québécois est dans la bibliothèque, il a été repris en France en 2024.
A x fr: En France on parle de consignation, mais c'est le même principe (NF C 18-510 pour l'électrique). Attention à bien mettre l'étape « vérification d'absence de tension / d'énergie » avec le VAT, c'est là qu'on a les écarts en audit à Lille.
A o fr: On a des cadenas de couleur par métier, ça aide à savoir qui est dessus.
A x en: One page per machine, photos of every isolation point, numbered tags on the machine matching the sheet. For each source: isolation device, lock method, and how to verify zero energy. Accumulators and gravity (raised tables) are the ones people forget: bleed to 0 bar and block mechanically.
L: Fiche de cadenassage : une page, photos numérotées, et vérification de l'énergie résiduelle (accumulateurs, gravité).

## loto-group-lock | cadenassage, boîte de cadenassage, équipe, sous-traitants | @sylvain
Q fr: Cadenassage de groupe avec des sous-traitants pendant l'arrêt
Pendant l'arrêt annuel on aura {#n:25|40} intervenants externes. Comment vous gérez le cadenassage de groupe ? Chacun met son cadenas sur chaque point ?
Q en: Group lockout with contractors during shutdown
How do you manage group lockout with dozens of contractors? Everyone locks every point?
A x fr: Boîte de cadenassage de groupe : le responsable cadenasse les points avec les cadenas du département, met les clés dans la boîte, et chaque intervenant met son cadenas personnel sur la boîte. Personne ne peut retirer le cadenassage tant qu'il reste un cadenas sur la boîte. Chaque sous-traitant a son cadenas personnel avec son nom, on en prête si besoin. Et registre signé à l'entrée et à la sortie.
A x en: Use a group lock box: isolation points locked with department locks, keys in the box, each worker puts a personal lock on the box. Nobody removes the isolation until every personal lock is off.
L: Cadenassage de groupe : boîte de cadenassage, un cadenas personnel par intervenant sur la boîte.

## atex-zone-tools | ATEX, zone, outillage, permis | @isabelle
Q fr: Intervention en zone ATEX 1 : quels outils autorisés ?
Un technicien doit changer un roulement sur le ventilateur d'extraction de la cabine de peinture (zone ATEX 1, solvants). Il peut utiliser une meuleuse ? Une visseuse sur batterie ?
Q en: Tools allowed in an ATEX zone 1
A tech has to change a fan bearing in a paint booth classified zone 1. Can he use a battery drill or grinder?
A x fr: Non, pas d'outillage électrique standard en zone 1, et surtout pas de meuleuse (étincelles). Deux options : 1) on déclasse temporairement la zone (arrêt de la cabine, ventilation, mesure d'atmosphère à l'explosimètre < 10 % LIE en continu, permis de feu), 2) outillage certifié ATEX ou anti-étincelles (bronze-béryllium) pour le mécanique. À Lille on déclasse toujours pour les travaux en cabine : arrêt production le vendredi après-midi, ventilation 30 min, mesure, permis signé par l'animateur HSE. Le téléphone portable aussi doit rester dehors.
A x en: No standard power tools in zone 1, never a grinder. Either declassify the area temporarily (stop, ventilate, continuous gas monitoring below 10 % LEL, hot work permit) or use ATEX-certified / non-sparking tools. Phones stay outside.
A o fr: Une visseuse sur batterie ça ne fait pas d'étincelle, non ?
A x fr: @{asker} si, le moteur à balais d'une visseuse fait des étincelles. Il existe des visseuses certifiées ATEX mais elles sont chères, on en a une à Lille pour la cabine.
L: En zone ATEX 1 : déclassement temporaire avec mesure d'atmosphère continue, ou outillage certifié ; jamais de meuleuse.

## atex-dust-zoning | ATEX, poussières, zonage, DRPCE | @isabelle
Q fr: Zonage ATEX poussières pour la cabine de peinture poudre
On installe une nouvelle cabine de poudrage époxy. Qui doit faire le zonage ATEX et le document relatif à la protection contre les explosions (DRPCE) ?
Q en: ATEX dust zoning for a powder coating booth
New powder coating booth. Who does the zoning and the explosion protection document?
A x fr: C'est à l'employeur (donc le site) de faire le DRPCE, le fournisseur de la cabine donne les éléments (zone 21 à l'intérieur de la cabine en général, zone 22 autour des ouvertures). Fais-le avec le fournisseur et un organisme si vous n'avez pas l'habitude. N'oublie pas : mise à la terre de la cabine et des pièces (la poudre électrostatique se charge), nettoyage par aspiration ATEX, jamais à la soufflette. La poussière de poudre déposée, c'est elle qui fait les explosions secondaires.
A x en: The site (employer) owns the explosion protection document; the booth supplier provides the data. Typically zone 21 inside, zone 22 around openings. Earthing of booth and parts, ATEX vacuum cleaning, never compressed air blowing.
L: ATEX poudre : DRPCE à la charge du site, mise à la terre, nettoyage par aspiration jamais à la soufflette.

## near-miss-reporting | presqu'accidents, déclaration, culture sécurité | @fatima
Q fr: Comment faire remonter plus de presqu'accidents ?
À {site} on a {#n:12|8|15} presqu'accidents déclarés par an pour 200 personnes. C'est trop peu, tout le monde le sait. Des idées pour que les gens déclarent ?
Q en: How to get people to report near misses
We only get a handful of near-miss reports per year for 200 people. How did other sites increase reporting?
A x fr: Trois choses qui ont marché à Katowice et Montréal : 1) déclaration ultra simple (QR code sur les panneaux, 3 champs, photo, anonyme possible), 2) retour systématique au déclarant sous 72 h (« voilà ce qu'on a fait »), c'est LE point clé, sinon les gens arrêtent, 3) jamais de sanction liée à une déclaration, et le directeur de site qui le dit en réunion. On est passé de 15 à 240 déclarations par an à Montréal.
A x en: Make it trivial (QR code, 3 fields, photo, anonymous allowed), give feedback to the reporter within 72 hours, and make it clear there's no blame. Montréal went from 15 to 240 reports a year.
A o fr: On a mis un challenge avec des bons d'achat, ça a marché 2 mois.
L: Presqu'accidents : déclaration simple, retour au déclarant sous 72 h, aucune sanction.

## confined-space | espace clos, permis, ventilation, surveillance | @sylvain
Q fr: Entrée en espace clos dans la cuve de rétention
On doit nettoyer la cuve de rétention de {site} (2 m de profondeur, trou d'homme). C'est un espace clos ? Quelle procédure ?
Q en: Is a retention tank a confined space?
We need to clean a 2 m deep retention tank with a manhole. Confined space? What procedure?
A x fr: Oui, clairement un espace clos : accès restreint, pas conçu pour être occupé, risque d'atmosphère dangereuse. Il faut : permis d'entrée, détection 4 gaz avant et pendant (O2, LIE, H2S, CO), ventilation, surveillant à l'extérieur en permanence, moyen de sauvetage prévu AVANT d'entrer (trépied + harnais). Au Québec c'est le RSST section 26, en France la recommandation R447 de la CNAM. Pas de sauvetage improvisé : la moitié des morts en espace clos sont des sauveteurs.
A x en: Yes: permit, 4-gas monitoring before and during entry, ventilation, attendant outside at all times, rescue plan and equipment (tripod, harness) ready before entry.
L: Espace clos : permis, détection 4 gaz continue, surveillant, plan de sauvetage prêt avant l'entrée.

## ergonomics-lifting | ergonomie, manutention, TMS, charge | @fatima
Q fr: Manutention des corps de pompe à l'assemblage : {#k:23|28} kg
Les opérateurs soulèvent les corps FP-300 ({#k} kg) du chariot vers le poste d'assemblage plusieurs dizaines de fois par poste. Plaintes de dos. Solutions ?
Q en: Manual lifting of pump housings at assembly
Operators lift pump housings from the cart to the bench dozens of times per shift. Back complaints. What did you do?
A x fr: Au-dessus de 15 kg répétitif, il faut une aide mécanique. Solutions testées dans le groupe : palan sur potence avec préhenseur adapté (Grenoble, adopté en 2 semaines parce qu'il est rapide), ou table élévatrice pour supprimer la différence de hauteur. Fais participer les opérateurs au choix, sinon l'équipement ne sera pas utilisé. Je peux venir faire une évaluation avec la méthode OREGE si tu veux.
A x en: Above 15 kg repetitive lifting you need a handling aid: jib crane with a proper gripper or lift tables to remove height differences. Involve operators in choosing it or it won't be used.
A o fr: Formation gestes et postures ?
A x fr: @{asker} la formation gestes et postures seule ne règle rien pour des charges pareilles, il faut supprimer le port de charge.
L: Charges > 15 kg répétitives : aide mécanique choisie avec les opérateurs ; la formation seule ne suffit pas.

## hot-work-permit | permis de feu, soudure, incendie
Q fr: Permis de feu : durée de surveillance après travaux ?
Après une soudure dans l'atelier, combien de temps vous gardez quelqu'un en surveillance ? Chez nous c'est 30 min, l'assureur parle de 2 h.
Q en: Fire watch duration after hot work
How long do you keep a fire watch after welding? We do 30 min, our insurer talks about two hours.
A x fr: La règle groupe (alignée sur l'assureur FM Global) : surveillance continue pendant 1 h après la fin des travaux, puis une ronde à 2 h et à 3 h. Beaucoup de départs de feu se déclarent plus d'une heure après, dans les isolants ou les gaines. 30 min c'est insuffisant.
A x en: Group rule (insurer-aligned): continuous fire watch for one hour after the work, then checks at two and three hours. Many fires start well after 30 minutes in insulation.
L: Permis de feu : surveillance continue 1 h puis rondes à 2 h et 3 h.

## ppe-gloves-cut | EPI, gants, coupure, tôle
Q fr: Quels gants anti-coupure pour la manipulation de tôles ?
On a encore eu une coupure à la main au débit tôle. Quel niveau de gants vous utilisez ?
Q en: Cut-resistant gloves for sheet metal handling
Another hand laceration at sheet metal cutting. What cut level do you use?
A x fr: Niveau de coupure EN 388 « D » ou « E » minimum (la nouvelle lettre, pas l'ancien chiffre 1-5) pour la tôle. Faites des essais avec les opérateurs sur 2-3 modèles, le confort fait tout : un gant trop épais finit dans la poche. Et regarde aussi les protège-avant-bras, beaucoup de coupures sont au poignet.
A x en: EN 388 cut level D or E for sheet metal. Trial two or three models with operators — comfort decides whether gloves get worn. Consider sleeves too.
L: Gants tôle : niveau EN 388 D ou E, testés par les opérateurs ; penser aux manchettes.

## chemical-storage | produits chimiques, stockage, incompatibilités, FDS
Q fr: Stockage de la soude et de l'acide dans le même local ?
Au magasin de {site} on a la soude et l'acide chlorhydrique dans la même armoire, sur des étagères différentes. C'est OK ?
Q en: Storing caustic and acid in the same cabinet
Caustic soda and hydrochloric acid in the same cabinet, different shelves. Acceptable?
A x fr: Non. Acides et bases sont incompatibles : armoires séparées ou au minimum rétentions séparées. Regarde la section 7 et 10 des FDS et le tableau des incompatibilités (affiché dans la bibliothèque HSE). Chaque rétention doit pouvoir contenir le plus gros contenant ou 50 % du volume total.
A x en: No. Acids and bases must have separate retention, ideally separate cabinets. Check SDS sections 7 and 10.
L: Acides et bases : rétentions séparées, vérifier les sections 7 et 10 des FDS.

## forklift-pedestrian | chariot élévateur, piétons, circulation
Q fr: Séparation piétons / chariots dans l'entrepôt
Deux quasi-collisions chariot-piéton en un mois à l'entrepôt. On a des marquages au sol mais personne ne les respecte.
Q en: Forklift and pedestrian separation
Two forklift-pedestrian near misses this month. Floor markings aren't respected.
A x fr: Le marquage seul ne suffit pas. Ce qui a marché : barrières physiques le long des allées principales, passages piétons avec portillon, spots bleus projetés devant les chariots (Katowice, très efficace aux intersections), miroirs, et limitation de vitesse à 8 km/h. Et le plan de circulation revu avec les caristes et les piétons ensemble.
A x en: Physical barriers, gated crossings, blue spot lights on forklifts, mirrors, speed limit. Markings alone don't work.
L: Piétons/chariots : séparation physique et spots bleus, le marquage au sol seul ne suffit pas.

## noise-exposure | bruit, exposition, protections auditives
Q fr: Mesures de bruit au-dessus de 85 dB(A) à l'usinage
Les mesures d'exposition donnent 87 dB(A) sur 8 h à l'usinage. Quelles obligations ?
A x fr: À 85 dB(A) (valeur d'action supérieure en France) : port des protections obligatoire, signalisation de la zone, programme de réduction du bruit, surveillance audiométrique renforcée. Côté réduction : capotage des machines, souffleurs d'air remplacés par des buses silencieuses (ça gagne souvent 5 dB). Les bouchons moulés sur mesure sont beaucoup mieux portés que les mousses.
L: Au-delà de 85 dB(A) : protections obligatoires, programme de réduction, bouchons moulés mieux portés.

## accident-investigation | enquête accident, arbre des causes, analyse
Q fr: Arbre des causes après un accident : qui mettre dans le groupe ?
Premier accident avec arrêt depuis 2 ans à {site} (main coincée dans un convoyeur). Comment organiser l'analyse ?
Q en: Organising an accident investigation
First lost-time accident in two years (hand caught in a conveyor). How to organise the analysis?
A x fr: Dans les 48 h, sur le terrain : la victime si possible, un témoin, le chef d'équipe, quelqu'un de la maintenance, un membre de la CSSCT/du CSE et l'animateur HSE. Arbre des causes : on part des faits, pas des interprétations (« la main était dans le convoyeur », pas « il a été imprudent »). Ensuite actions sur les causes les plus en amont. Et on partage l'alerte sécurité dans tout le groupe via la communauté.
A x en: Within 48 hours, on site, with the injured person if possible, a witness, the supervisor, maintenance and the safety committee. Facts only, no judgement. Share the safety alert group-wide.
L: Arbre des causes : sous 48 h, sur le terrain, faits uniquement, groupe pluridisciplinaire.

## machine-guarding-interlock | protecteur, interverrouillage, sécurité machine
Q fr: Interrupteur de sécurité shunté sur une porte de machine
On a trouvé l'interrupteur de la porte du centre d'usinage shunté avec un aimant. Les régleurs disent qu'ils ne peuvent pas faire le réglage porte fermée.
Q en: Interlock bypassed on machine door
Found a door interlock bypassed with a magnet. Setters say they can't do setup with the door closed.
A x fr: C'est un signal que la machine ne permet pas de faire le travail en sécurité. Il faut un mode réglage conforme (vitesse réduite, commande à action maintenue, sélecteur à clé), pas juste interdire. Retire le shunt immédiatement, mais travaille avec les régleurs sur le besoin réel, sinon le shunt reviendra. Et remplace par des interrupteurs codés (RFID) qui ne se trompent pas avec un aimant.
A x en: Remove the bypass now, but treat it as a design problem: provide a proper setup mode (reduced speed, hold-to-run, key selector) and coded interlocks that can't be fooled by a magnet.
L: Un shunt de sécurité révèle un besoin non couvert : mode réglage conforme et interrupteurs codés.

## cnesst-declaration | CNESST, déclaration, accident, Québec | @sylvain
Q fr: Délai de déclaration à la CNESST pour un accident avec arrêt
Premier accident avec perte de temps à Trois-Rivières cette année. On a combien de temps pour déclarer à la CNESST ?
A x fr: L'employeur doit remplir l'Avis de l'employeur et demande de remboursement dans les 2 jours ouvrables suivant la réception de l'attestation médicale si l'arrêt dépasse la journée. En cas d'accident grave (décès, blessure grave, dommages > 150 000 $), avis immédiat à la CNESST et on ne touche pas à la scène. Appelle-moi, je t'aide à remplir.
L: CNESST : avis de l'employeur dans les délais, et déclaration immédiate en cas d'accident grave.
"""

BANK += r"""
## +loto-multiple-energy
Q fr: Consignation d'une presse hydraulique avec accumulateur
On refait les fiches de consignation. Pour la presse, il y a l'électrique, l'air, l'hydraulique avec un accumulateur et le coulisseau qui peut descendre. Comment vous gérez l'accumulateur et la gravité sur la fiche ?

## +atex-zone-tools
Q fr: Visseuse sur batterie autorisée dans la cabine de peinture (zone 1) ?
Changement de roulement à faire sur l'extracteur de la cabine solvants. Le technicien demande s'il peut prendre sa visseuse sans fil. Et la meuleuse pour la goupille grippée ?

## +near-miss-reporting
Q fr: Presqu'accidents : personne ne déclare, que faire ?
On a moins de 10 déclarations de presqu'accidents par an sur le site alors qu'on voit des situations tous les jours. Comment vous avez fait pour que les gens osent déclarer ?

## working-at-height | travail en hauteur, nacelle, harnais, toiture | @fatima
Q fr: Intervention sur la toiture : nacelle ou harnais ?
Il faut changer des exutoires de fumée sur la toiture du bâtiment {#b:B|C}. Garde-corps absents. Nacelle ou ligne de vie ?
Q en: Roof work without guardrails
A x fr: Priorité aux protections collectives : nacelle si l'accès le permet, ou garde-corps provisoires. Le harnais sur ligne de vie, c'est le dernier recours, et il faut une ligne de vie vérifiée (VGP annuelle) et un plan de sauvetage : une personne suspendue dans un harnais doit être secourue en moins de 15 minutes. Attention aussi aux matériaux fragiles (plaques translucides) : c'est la cause n°1 des chutes en toiture.
A x en: Collective protection first (MEWP, temporary guardrails). Harness on a lifeline as a last resort, with a rescue plan. Fragile roof lights are the number one cause of roof falls.
L: Toiture : protections collectives d'abord, plan de sauvetage si harnais, attention aux plaques translucides.

## contractor-induction | entreprises extérieures, accueil sécurité, plan de prévention | @sylvain
Q fr: Accueil sécurité des sous-traitants : combien de temps ?
Les entreprises extérieures se plaignent que notre accueil sécurité dure 2 h. D'autres sites font comment ?
Q en: Contractor safety induction length
A x fr: Chez nous : une vidéo de 20 minutes (en français et en anglais) + un quiz, valable un an, puis un accueil spécifique au chantier de 15 minutes avec le donneur d'ordre (risques de la zone, consignation, point de rassemblement). Les 2 heures en salle, personne n'en retient rien.
A x en: 20-minute video + quiz valid one year, then a 15-minute job-specific briefing on site.
L: Accueil sous-traitants : vidéo + quiz annuel, puis briefing spécifique au chantier.

## heat-stress | chaleur, canicule, fonderie, hydratation | @fatima
Q fr: Canicule en atelier : quelles mesures ?
Il fait 38 °C dans l'atelier de peinture à {site} cet après-midi. Quelles mesures vous prenez ?
Q en: Heat stress on the shop floor
A x fr: Eau fraîche à disposition, pauses supplémentaires dans un local frais, horaires décalés (début à 5 h), travaux lourds le matin, surveillance des personnes isolées et des nouveaux (non acclimatés). Vigilance sur les EPI étanches en cabine. Au Québec, la CNESST donne une méthode par indice humidex, on l'a reprise.
A x en: Cool water, extra breaks in a cool room, earlier shifts, heavy work in the morning, watch newcomers and lone workers.
L: Canicule : eau, pauses au frais, horaires décalés, vigilance sur les nouveaux et les travailleurs isolés.
"""
