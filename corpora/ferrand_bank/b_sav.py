BANK = r"""
## dx-error-e14 | DX-Control, E-14, débitmètre, skid de dosage | @rodrigo
Q en: DX-Control error E-14 after commissioning
Customer {#c:Aguas de Nuevo León|City of Laval|Brasserie du Nord} reports intermittent E-14 ("flow feedback lost") on a DX-{#s:200|400} dosing skid, two weeks after commissioning. Pump keeps running but dosing stops. Firmware {#f:3.2.1|3.4.0}.
Q fr: Erreur E-14 sur skid de dosage DX après mise en service
Le client a des E-14 « perte retour débit » intermittents sur son skid DX, 2 semaines après la mise en service. La pompe tourne mais le dosage s'arrête.
A x en: E-14 is almost never the controller. 80 % of the cases: air in the flow meter (oval gear or mag meter mounted at a high point) or a loose connector on the pulse cable (M12 at the meter). Ask the customer to check the cable routing too: if the pulse cable runs next to the VFD motor cable you get noise and lost pulses. Firmware 3.4.0 also added a filter setting (P-118 "pulse debounce"), set it to 5 ms.
A x fr: E-14 c'est rarement l'automate. Vérifier dans l'ordre : bulles d'air dans le débitmètre (monté en point haut ?), connecteur M12 du câble d'impulsions, câble qui passe à côté du câble moteur du variateur. En firmware 3.4 il y a le paramètre P-118 (anti-rebond), mettre 5 ms.
A o en: Did they try a power cycle? Sometimes that clears it.
A x es: En México lo vimos varias veces: el medidor de flujo estaba instalado en un punto alto y se juntaba aire. Lo bajamos y se acabó el E-14. También revisen el conector M12.
L: E-14 sur DX-Control : air dans le débitmètre, connecteur M12 ou câble d'impulsions à côté du câble moteur ; P-118 à 5 ms.

## sla-breach-weekend | SLA, astreinte, week-end, escalade | @kevin
Q en: SLA breaches on weekend tickets
We keep missing the 4-hour response SLA on weekend P1 tickets. The on-call tech gets the call but the ticket isn't updated. How do other regions handle it?
Q fr: Dépassement de SLA sur les tickets du week-end
On rate régulièrement le SLA de 4 h sur les tickets P1 du week-end. Le technicien d'astreinte est appelé mais le ticket n'est pas mis à jour. Comment font les autres régions ?
A x en: The SLA clock stops on first response in the tool, not on the phone call. We fixed it in Montréal with a Zendesk macro the on-call person triggers from the mobile app ("P1 – on-call contacted customer") which sets the first-response timestamp. Also: the on-call schedule is in Zendesk, so the ticket is auto-assigned. Breaches went from ~30 % to under 5 %.
A x fr: Chez nous le compteur SLA s'arrête à la première réponse dans l'outil. On a créé une macro que l'astreinte déclenche depuis l'appli mobile, ça horodate la première réponse. Plus de dépassements « fantômes ».
A o en: Maybe just extend the weekend SLA to 8 hours in the contract?
L: Le SLA se mesure dans l'outil : macro mobile pour l'astreinte qui horodate la première réponse.

## fp200-noise-customer | FP-200, bruit, client, installation | @melanie
Q fr: Client qui se plaint du bruit de sa FP-200 neuve
Un client de {#v:Shawinigan|Drummondville|Sherbrooke} dit que sa FP-200 installée le mois dernier « fait un bruit de bétonnière ». Avant de déplacer un technicien, qu'est-ce que je lui fais vérifier au téléphone ?
Q en: Customer complains about noisy new FP-200
Customer says the FP-200 installed last month sounds like a cement mixer. What can I ask them to check over the phone before sending a tech?
A x fr: Au téléphone : 1) demande-lui de filmer avec le son, ça aide énormément, 2) vanne d'aspiration ouverte à fond ? 3) la pompe est-elle fixée sur un socle rigide ou posée sur des plots ? 4) sens de rotation (pompe triphasée rebranchée par un électricien ?). Neuf fois sur dix c'est de la cavitation à cause d'une aspiration trop longue ou d'un diamètre réduit par l'installateur. Si c'est le sens de rotation, c'est réglé en 5 minutes par leur électricien.
A x en: Ask for a video with sound first. Then: suction valve fully open, rotation direction (three-phase rewired?), rigid baseplate. Most "cement mixer" calls are cavitation from an undersized suction line done by the installer.
A o fr: Envoie directement un technicien, c'est plus simple et le client est content.
L: Pompe neuve bruyante : vidéo, vanne d'aspiration, sens de rotation, diamètre d'aspiration de l'installateur.

## warranty-seal-claim | garantie, garniture, retour, RMA
Q fr: Garniture qui fuit après 10 mois : garantie ou pas ?
Client qui demande le remplacement sous garantie de la garniture de sa FP-300 (10 mois). On voit sur les photos des dépôts de calcaire. On prend en garantie ?
Q en: Seal failure at 10 months — warranty claim?
Customer wants a warranty replacement for an FP-300 seal after 10 months. Photos show scale deposits.
A x fr: Les garnitures sont des pièces d'usure, la garantie couvre le défaut de fabrication, pas l'usure liée au fluide. Mais ne réponds pas « non » sec : demande le retour de la garniture (RMA), fais l'expertise, et si c'est le calcaire, propose la garniture carbure de silicium/carbure de silicium en geste commercial à prix coûtant. Explique au client que son eau est dure, c'est du conseil qu'il apprécie.
A x en: Seals are wear parts; warranty covers manufacturing defects. Ask for the part back (RMA), inspect, and if it's scale offer an upgrade to SiC/SiC faces at cost as a goodwill gesture.
A x es: Aquí en Monterrey el agua es muy dura, casi siempre es sarro. Pedimos el sello de regreso y ofrecemos el kit de carburo de silicio a precio de costo.
L: Garniture = pièce d'usure : expertise du retour, proposer une montée de gamme à prix coûtant plutôt qu'un refus sec.

## ticket-categories | tickets, catégories, Zendesk, reporting | @kevin
Q en: Harmonising ticket categories across regions
Lyon uses 35 ticket categories, Montréal 12, Monterrey free text. We can't compare anything. Proposal?
Q fr: Harmoniser les catégories de tickets entre régions
Lyon a 35 catégories, Montréal 12, Monterrey du texte libre. Impossible de comparer. Une proposition ?
A x en: Two levels max: product family (FP, VF, DX, spare parts, other) × request type (breakdown, installation help, spare parts order, documentation, complaint). That's 25 combinations, enough for reporting, simple enough for agents to use correctly. Keep free text for details. We tested it in Montréal for 3 months, agents chose the right category 92 % of the time.
A x fr: Deux niveaux : famille produit × type de demande. Au-delà de 25 combinaisons, les agents choisissent n'importe quoi. Le détail va dans le texte libre.
L: Catégories de tickets : deux niveaux (famille produit × type de demande), pas plus de 25 combinaisons.

## dx-modbus-e22 | DX-Control, Modbus, E-22, communication, supervision | @rodrigo
Q en: E-22 Modbus communication loss with customer SCADA
DX-Control shows E-22 every few hours; customer SCADA polls it over Modbus RTU. Cable is {#l:80|120|150} m.
Q fr: E-22 perte de communication Modbus avec la supervision du client
Le DX-Control affiche E-22 toutes les quelques heures, la supervision du client l'interroge en Modbus RTU, câble de {#l} m.
A x en: Check termination (120 Ω at both ends of the RS-485 bus, not in the middle), shield grounded at one end only, and the polling timeout on the SCADA side: DX-Control answers in up to 150 ms when it's writing logs, customers often set 100 ms. Also baud rate: above 100 m stay at 19200.
A x fr: Terminaison 120 Ω aux deux extrémités, blindage à la terre d'un seul côté, et timeout côté supervision ≥ 200 ms (le DX met jusqu'à 150 ms à répondre quand il écrit ses journaux).
A o en: Replace the cable with Ethernet, Modbus RTU is old tech.
L: E-22 Modbus : terminaisons 120 Ω, blindage d'un seul côté, timeout supervision ≥ 200 ms.

## escalation-engineering | escalade, bureau d'études, niveau 3, délai
Q fr: Les escalades vers le BE restent sans réponse
Quand on escalade un ticket au bureau d'études (niveau 3), on attend parfois 3 semaines. Les clients s'énervent. Comment vous faites ?
Q en: Engineering escalations take weeks
Level 3 escalations to engineering sit for weeks. How do other teams get answers?
A x fr: On a négocié avec le BE de Toulouse : un « référent SAV » par semaine en rotation, un créneau de 30 min le mardi et le jeudi pour passer les escalades en revue, et un formulaire d'escalade obligatoire (numéro de série, photos, ce qui a déjà été testé). Les escalades incomplètes étaient la moitié du problème. Délai moyen passé de 16 à 4 jours.
A x en: Agree a weekly rotating engineering contact, two 30-min review slots per week, and a mandatory escalation template (serial number, photos, what was already tested). Incomplete escalations were half the problem.
L: Escalade vers le BE : référent en rotation, revues bihebdomadaires, formulaire d'escalade complet.

## spare-parts-lead-time | pièces détachées, délai, client, stock consignation
Q fr: Délais de pièces détachées pour les clients du Québec
Les clients québécois attendent 3-4 semaines les pièces qui viennent de Lyon. On pourrait avoir un stock à Montréal ?
Q en: Spare part lead times for North American customers
Parts shipped from Lyon take 3-4 weeks to reach Québec customers. Can we stock in Montréal?
A x en: We did a first analysis in 2025: 60 part numbers make 80 % of the orders (seal kits, impellers, DX flow meters). Stocking those in Montréal costs about 140 k CAD of inventory. Kevin has the file. The business case was positive but the decision is pending with supply chain.
A x fr: Oui, l'analyse est faite : 60 références font 80 % des commandes (kits garnitures, roues, débitmètres DX). Le dossier est chez la supply chain.
L: 60 références font 80 % des commandes de pièces : base d'un stock local.

## field-report-template | rapport d'intervention, terrain, modèle
Q fr: Modèle de rapport d'intervention terrain
Chaque technicien fait son rapport à sa façon (Word, photo du carnet, mail). Vous avez un modèle commun ?
A x fr: Moi je fais simple : numéro de série, ce que le client a dit, ce que j'ai constaté, ce que j'ai fait, pièces utilisées, ce qui reste à faire, photos avant/après. Je le remplis sur la tablette avant de quitter le client et je le fais signer. Si on le fait le soir à l'hôtel on oublie la moitié.
A x en: Serial number, customer complaint, findings, actions, parts used, open points, before/after photos. Fill it in before leaving the site and get it signed.
A o fr: Le modèle Word de 2019 est sur le SharePoint, mais il fait 4 pages.
L: Rapport terrain : rempli et signé chez le client, sept rubriques, photos avant/après.

## angry-customer-call | client mécontent, appel, communication
Q en: Tips for handling a furious customer on the phone
A plant manager called screaming because his dosing skid stopped during a night shift. I froze. Any tips?
Q fr: Gérer un client très énervé au téléphone
Un directeur d'usine m'a appelé en hurlant parce que son skid s'est arrêté la nuit. J'ai perdu mes moyens. Des conseils ?
A x en: Let them finish without interrupting. Then repeat back the problem in one sentence ("your skid stopped at 2 am and line 3 is down"), give a concrete next step with a time ("I'm calling our on-call tech now, you'll hear from him within 20 minutes"), and call back yourself even if you have nothing new. People calm down when they feel someone owns the problem.
A x fr: Laisser vider, reformuler en une phrase, donner une action concrète avec une heure, et rappeler soi-même. Ne jamais dire « ce n'est pas mon service ».
L: Client furieux : laisser parler, reformuler, action concrète avec une heure, rappeler soi-même.

## vf-valve-actuator | VF, vanne, actionneur, position | @melanie
Q fr: Vanne VF-80 qui ne se ferme pas complètement
Client avec une VF-80 motorisée qui reste à {#n:3|5} % d'ouverture au lieu de 0. Fuite en aval.
Q en: VF-80 valve not fully closing
Motorised VF-80 stays a few percent open, leak downstream.
A x fr: Refais le calage des fins de course de l'actionneur (cames internes), souvent déréglées après un démontage. Si la vanne force en fin de course, vérifie qu'il n'y a pas un corps étranger sur le siège (soudure, tartre). J'ai eu le cas deux fois avec une bille de soudure après travaux de tuyauterie chez le client.
A x en: Re-set the actuator limit switches (cams), they drift after dismantling. If it stalls before closing, look for debris on the seat, welding spatter after pipe work is a classic.
L: Vanne qui ne ferme pas : recaler les fins de course, chercher un corps étranger sur le siège.

## knowledge-base-articles | base de connaissances, articles, support | @kevin
Q en: Who writes knowledge base articles?
Our KB has 40 articles, half outdated. Should agents write them or engineering?
Q fr: Qui rédige les articles de la base de connaissances ?
Notre base compte 40 articles dont la moitié obsolètes. Les agents ou le BE ?
A x en: Agents, because they know the questions customers actually ask. Rule we use: if you answer the same question 3 times, write or update the article. Engineering reviews technical content once a quarter. Each article has an owner and a "last reviewed" date, anything older than 12 months gets flagged.
A x fr: Les agents, parce qu'ils connaissent les vraies questions. Règle : trois fois la même question = un article. Relecture technique trimestrielle par le BE, date de dernière revue visible.
L: Base de connaissances : écrite par les agents (3 fois la même question = 1 article), relue par le BE.

## dx-dosing-accuracy | dosage, précision, étalonnage, skid DX | @rodrigo
Q en: Dosing accuracy complaint: customer measures 8 % overdose
Customer says the DX skid doses 8 % more chlorine than the setpoint.
Q fr: Client qui mesure un surdosage de 8 % sur son skid DX
Le client dit que le skid dose 8 % de plus que la consigne (chlore).
A x en: Do a bucket test (drawdown calibration) on site: measure the volume pumped in 60 s with a graduated cylinder and compare with the DX reading. If the meter reads low, recalibrate the K-factor (P-104). With sodium hypochlorite, also check for gas locking: off-gassing makes the meter read wrong. And check the customer's own analyser calibration, it's wrong half the time.
A x fr: Test à l'éprouvette (étalonnage par soutirage) sur 60 s, comparer à l'affichage, corriger le facteur K (P-104). Avec l'hypochlorite, attention au dégazage. Et vérifier l'analyseur du client, il est souvent faux lui aussi.
L: Surdosage : test à l'éprouvette, correction du facteur K (P-104), vérifier aussi l'analyseur du client.

## remote-support-vpn | télémaintenance, VPN, accès distant, cybersécurité
Q fr: Accès à distance aux skids chez le client : quelle solution ?
Des clients veulent qu'on se connecte à distance à leur DX-Control. La DSI est frileuse. Qu'est-ce qui est autorisé ?
Q en: Remote access to customer skids
Customers want us to connect remotely to their DX-Control. What's the approved solution?
A x fr: La solution validée par la DSI en 2025 c'est le routeur eWON (Flexy) avec Talk2M, connexion initiée par le client (il l'active pour la durée de l'intervention), et journalisation. Pas de TeamViewer sur le PC de la supervision du client, c'est interdit par la politique cybersécurité.
A x en: Approved setup: eWON Flexy router with Talk2M, session enabled by the customer for the duration of the job, logged. No TeamViewer on customer SCADA PCs.
L: Télémaintenance : eWON/Talk2M activé par le client et journalisé ; pas de TeamViewer.
"""

BANK += r"""
## +dx-error-e14
Q fr: Skid DX : le dosage s'arrête tout seul, code E-14 à l'écran
Un client municipal nous appelle : le skid DX affiche E-14 de temps en temps, la pompe doseuse continue de tourner mais le chlore n'est plus dosé. Installé en {#m:mars|juin|septembre}. C'est l'automate qui est défectueux ?

## +fp200-noise-customer
Q fr: Pompe FP-200 très bruyante chez un client, quoi faire vérifier par téléphone ?
Nouveau client qui appelle : sa FP-200 « claque » et vibre depuis l'installation par son entrepreneur. Il veut un technicien demain matin. Je lui demande quoi avant ?

## +sla-breach-weekend
Q en: Weekend P1 tickets always breach the SLA even when we respond
On-call techs call the customer within the hour, yet the weekend P1s show as SLA breached on Monday. What are we doing wrong?

## dx-pump-diaphragm | membrane, pompe doseuse, rupture, DX | @rodrigo
Q en: Dosing pump diaphragm ruptured after {#n:4|6} months
Customer's DX-400 dosing pump diaphragm ruptured after a few months on sodium hypochlorite 12.5 %. Expected life is 2 years.
Q fr: Membrane de pompe doseuse rompue au bout de quelques mois
Membrane de la pompe doseuse d'un DX-400 rompue après quelques mois sur hypochlorite de sodium 12,5 %. Durée de vie annoncée : 2 ans.
A x en: Check three things: back-pressure valve setting (if there's no back-pressure the diaphragm over-flexes), suction lift (vacuum on the suction stroke), and whether the customer stores hypo in a warm room, it degrades and crystallises. Also look at the diaphragm material: PTFE-faced is required for hypo. A diaphragm rupture detector (option DX-RD) is worth selling on those sites.
A x es: En Monterrey vimos varias membranas rotas por falta de contrapresión. Ajusten la válvula de contrapresión a 1,5 bar mínimo.
A x fr: Vérifier la soupape de contre-pression (1,5 bar minimum), la hauteur d'aspiration, et la température du local de stockage : l'hypochlorite chaud se dégrade et cristallise. Membrane à face PTFE obligatoire.
A o en: Just send a new diaphragm under warranty, it's cheaper than arguing.
L: Membrane de pompe doseuse rompue : contre-pression, hauteur d'aspiration, température de stockage de l'hypochlorite.

## commissioning-checklist | mise en service, checklist, skid, réception | @rodrigo
Q en: Commissioning checklist for DX skids
Is there a standard commissioning checklist for DX skids? Every tech does it differently and we get callbacks.
Q fr: Liste de contrôle de mise en service des skids DX
Il existe une checklist standard de mise en service des skids DX ? Chaque technicien fait à sa façon et on a des rappels.
A x en: Rodrigo's checklist (v3) is on the SAV SharePoint: 42 points, including flow meter orientation, pulse cable routing, P-104 K-factor check with a bucket test, P-118 debounce, alarm test with the customer's SCADA and training sign-off. Since Monterrey made it mandatory, callbacks in the first 30 days dropped from 1 in 4 to 1 in 12.
A x fr: La checklist v3 de Rodrigo est sur le SharePoint SAV : 42 points, dont orientation du débitmètre, cheminement du câble d'impulsions, test à l'éprouvette, test des alarmes avec la supervision et formation signée.
L: Mise en service DX : checklist v3 obligatoire, rappels à 30 jours divisés par trois.

## customer-training-operators | formation client, opérateurs, mise en route
Q fr: Former les opérateurs du client à la mise en service
Les opérateurs du client oublient tout ce qu'on leur montre à la mise en service. On a des appels pour des choses basiques (changement de consigne, acquittement d'alarme).
Q en: Customer operators forget the training
A x fr: Je fais toujours une fiche plastifiée d'une page que je colle sur l'armoire : changer la consigne, acquitter une alarme, les 5 codes d'erreur les plus fréquents et qui appeler. Et je fais faire les manipulations par les opérateurs eux-mêmes, pas juste montrer. Les appels basiques ont beaucoup diminué chez mes clients.
A x en: Leave a laminated one-page quick guide on the cabinet (setpoint change, alarm reset, top 5 error codes, who to call) and make operators do the actions themselves during training.
L: Formation client : fiche plastifiée sur l'armoire et manipulations faites par les opérateurs.

## return-rma-process | retour, RMA, expertise, logistique
Q en: RMA returns take months to be analysed
Returned parts sit in Lyon for months before anyone looks at them. Customers ask for the analysis.
Q fr: Les retours RMA attendent des mois avant expertise
A x en: We agreed with Lyon quality: every RMA gets a first visual check and photos within 5 working days, full analysis within 20 for warranty claims. The RMA form now asks for the serial number and operating conditions, half the delay was chasing that information.
A x fr: Accord avec la qualité de Lyon : contrôle visuel et photos sous 5 jours ouvrés, analyse complète sous 20 jours pour les garanties. Le formulaire RMA demande maintenant le numéro de série et les conditions de service.
L: RMA : constat photo sous 5 jours, analyse sous 20 jours, formulaire complet dès le départ.

## pump-curve-request | courbe, pompe, documentation, client
Q fr: Un client demande la courbe réelle de sa pompe testée
Le client veut la courbe d'essai de sa FP-300 (numéro de série {#s:FP3-22-0417|FP3-23-1180}), pas la courbe catalogue. On la trouve où ?
Q en: Where do I find the factory test curve of a specific pump?
A x fr: Les PV d'essai banc sont archivés par numéro de série dans le dossier constructeur (GED, dossier « Essais banc » de Grenoble) depuis 2019. Avant 2019, il faut demander à la qualité de Grenoble, c'est sur papier.
A x en: Test bench reports are filed by serial number in the document management system since 2019 (Grenoble "test bench" folder). Older ones are on paper at Grenoble quality.
L: Courbes d'essai : archivées par numéro de série depuis 2019 dans la GED.
"""
