BANK = r"""
## lorawan-range-plant | LoRaWAN, portée, passerelle, capteurs | @karim
Q fr: Portée LoRaWAN dans l'usine : capteurs qui décrochent
On a posé {#n:24|36} capteurs vibratoires LoRaWAN à {site}, une passerelle au milieu du bâtiment. Les capteurs du fond du hall (derrière les fours) perdent 30 % des trames.
Q en: LoRaWAN packet loss inside the plant
Wireless vibration sensors at the far end of the hall (behind the furnaces) lose ~30 % of uplinks. One gateway in the middle.
A x fr: Le métal partout, c'est le pire cas pour la radio. Regarde le RSSI et le SNR par capteur dans le network server : en dessous de -115 dBm / SNR < -10, il faut agir. Solutions par ordre de coût : remonter l'antenne de la passerelle (en hauteur, hors des charpentes), antenne déportée avec câble faible perte, puis une deuxième passerelle (200 € pour une passerelle indoor). Tu peux aussi laisser l'ADR monter le spreading factor mais ça vide les piles plus vite.
A x en: Check RSSI/SNR per device. Raise the gateway antenna above the steel structure, or add a second gateway (cheap). Higher spreading factors help range but drain batteries.
A o fr: Passez au Wi-Fi, c'est plus simple.
A x fr: @{asker} le Wi-Fi pour des capteurs sur pile, c'est 3 mois d'autonomie au lieu de 5 ans. LoRaWAN reste le bon choix, il faut juste une deuxième passerelle.
L: Pertes LoRaWAN en usine : vérifier RSSI/SNR, antenne en hauteur, deuxième passerelle plutôt que SF élevé.

## anomaly-threshold-false-alarms | détection d'anomalies, seuils, fausses alarmes | @tomasz
Q en: Too many false alarms from vibration sensors
Our wireless sensors alarm on fixed thresholds (ISO 10816 zone C) and we get {#n:15|20|30} alarms a week, mostly false. Operators stopped looking.
Q fr: Trop de fausses alarmes sur les capteurs vibratoires
Les capteurs alarment sur des seuils fixes ISO 10816 et on a des dizaines d'alarmes par semaine, surtout fausses. Plus personne ne regarde.
A x en: Fixed ISO thresholds ignore operating state. Two things fixed it in Katowice: 1) only evaluate when the machine is running at nominal load (use the motor current or a speed tag as a gate), 2) use a per-asset baseline (learned over 2-4 weeks) with alarm at baseline × 2 for 3 consecutive readings. False alarms dropped by 80 %. Also: every alarm must have an owner and a response time, otherwise the system dies.
A x fr: Seuils fixes = ignorent l'état de la machine. Filtrer sur la machine en charge nominale (courant moteur), référence propre à chaque équipement apprise sur 2-4 semaines, alarme à 2× la référence sur 3 mesures consécutives. -80 % de fausses alarmes à Katowice.
A o en: Just raise the thresholds.
L: Fausses alarmes : ne mesurer qu'en régime nominal, référence par équipement, confirmation sur plusieurs mesures.

## digital-twin-scope | jumeau numérique, périmètre, simulation, ligne de dosage | @elodie
Q fr: Jumeau numérique : on commence par quoi ?
La direction veut « un jumeau numérique de la ligne {#l:de dosage|d'assemblage} ». Personne ne sait vraiment ce que ça veut dire. Comment cadrer ?
Q en: Digital twin — where do we start?
Management wants "a digital twin of the line". How do we scope it?
A x fr: Commence par une question métier précise, pas par la technologie. Pour la ligne de dosage de Grenoble, la question était : « peut-on prédire la dérive de précision des pompes doseuses avant qu'elle sorte de la tolérance ? ». Ensuite : quelles données existent (MES, capteurs), quel modèle (physique Modelica pour l'hydraulique + correction statistique), et un tableau de bord pour l'équipe. Un jumeau qui ne répond à aucune décision, c'est une maquette 3D coûteuse.
A x en: Start from one business question, not from technology. Then check available data, choose the model (physics + data-driven correction) and the user. A twin that supports no decision is an expensive 3D model.
L: Jumeau numérique : partir d'une question métier précise et d'une décision à éclairer.

## battery-life-sensors | autonomie, piles, capteurs sans fil | @karim
Q en: Wireless sensor batteries dying after 8 months instead of 5 years
Vendor promised 5-year battery life, ours die after 8 months.
Q fr: Piles des capteurs sans fil vides au bout de 8 mois
Le fournisseur annonçait 5 ans, nos piles lâchent après 8 mois.
A x en: The 5 years is at 1 measurement per hour at SF7. Check your config: raw waveform captures (not just overall values) every 10 min and a high spreading factor because of poor coverage can easily cut life by 6×. Send the waveform only on alarm or once a day. Cold also matters: lithium cells lose capacity below -10 °C (outdoor sensors in Québec!).
A x fr: Les 5 ans, c'est 1 mesure/heure en SF7. Les formes d'onde toutes les 10 min et un SF élevé divisent l'autonomie par 6. Forme d'onde seulement sur alarme ou une fois par jour.
L: Autonomie capteurs : fréquence des formes d'onde et spreading factor ; forme d'onde seulement sur alarme.

## mqtt-architecture | MQTT, edge, architecture, broker | @karim
Q fr: Architecture MQTT : un broker par site ou un central ?
Pour les pilotes IoT, on hésite entre un broker MQTT par site et un broker central dans le cloud.
Q en: One MQTT broker per site or a central one?
A x fr: Un broker par site (Mosquitto ou EMQX sur une petite VM ou passerelle edge), qui bufferise et republie vers le central. Si le lien internet tombe, le site continue de fonctionner et ne perd pas de données. Structure de topics : ferrand/<site>/<atelier>/<équipement>/<mesure>. Et TLS + authentification par certificat dès le pilote, on ne le rajoute jamais après.
A x en: Local broker per site bridging to a central one, so sites keep working when the WAN is down. Topic convention ferrand/<site>/<area>/<asset>/<measure>. TLS and cert auth from day one.
L: MQTT : broker local par site relayé vers le central, convention de topics, TLS dès le pilote.

## pilot-to-scale | pilote, industrialisation, passage à l'échelle, ROI | @karim
Q fr: Notre pilote marche, comment passer à 200 équipements ?
Pilote de 10 capteurs réussi (un défaut de roulement détecté). Maintenant on veut équiper 200 équipements. Qu'est-ce qui change ?
Q en: Pilot worked — how do we scale to 200 assets?
A x fr: Tout change : ce n'est plus un sujet technique, c'est un sujet d'organisation. Qui regarde les alertes chaque matin ? Qui crée l'OT dans SAP ? Qui change les piles ? Chiffre aussi le coût complet (capteur 350 €, installation, plateforme, 0,2 ETP d'analyste). Sur les 7 pilotes du groupe, les 3 qui ont échoué avaient une technique qui marchait mais personne pour traiter les alertes.
A x en: Scaling is an organisational problem: who reviews alerts daily, who creates work orders, who changes batteries. Count the full cost including analyst time. Our failed pilots had working tech and nobody owning the alerts.
L: Passage à l'échelle : définir qui traite les alertes et crée les OT ; la technique n'est pas le facteur limitant.

## current-signature | analyse du courant moteur, MCSA, capteur
Q en: Motor current signature analysis instead of vibration sensors?
For pumps in hard-to-reach places, can we use current signature analysis from the MCC instead of vibration sensors?
Q fr: Analyse de la signature de courant à la place des capteurs vibratoires ?
A x en: Yes for some failure modes: broken rotor bars, eccentricity, cavitation and load changes show well in current. Bearing defects in early stage are much weaker in current than in vibration. We tested on 6 pumps in Grenoble: good for process problems, late for bearings. Complementary, not a replacement.
A x fr: Oui pour certains modes (barres rotoriques, excentricité, cavitation, variations de charge). Pour les roulements en début de dégradation, c'est beaucoup moins sensible que la vibration. Complémentaire.
L: Analyse du courant : bonne pour les défauts rotor et procédé, tardive pour les roulements.

## ml-model-drift | modèle, dérive, apprentissage automatique, maintenance prédictive | @elodie
Q fr: Notre modèle de détection d'anomalies se dégrade après 6 mois
Le modèle (isolation forest) entraîné sur les données de la pompe doseuse donnait de bons résultats, maintenant il alarme tout le temps depuis le changement de produit dosé.
Q en: Anomaly model degraded after a process change
Isolation forest trained on dosing pump data alarms constantly since the product changed.
A x fr: Normal : le modèle a appris un régime de fonctionnement, le produit a changé la viscosité donc tout est « anormal ». Il faut soit inclure la variable de contexte (produit, viscosité, température) dans le modèle, soit un modèle par régime. Et prévoir un réentraînement déclenché par les changements de procédé, pas juste périodique.
A x en: The model learned one operating regime. Include context variables (product, viscosity, temperature) or train one model per regime, and trigger retraining on process changes.
L: Modèle d'anomalies : inclure les variables de contexte procédé et réentraîner à chaque changement de régime.

## sensor-mounting | montage capteur, accéléromètre, fixation | @tomasz
Q en: Magnet or stud mounting for permanent vibration sensors?
Installing permanent accelerometers on fans. Magnet base is easier, is it good enough?
Q fr: Capteurs vibratoires : fixation magnétique ou goujon ?
A x en: Stud (or epoxy-glued pad) for permanent sensors. A magnet on a curved or painted surface cuts the usable frequency range to ~2 kHz and can shift, which ruins trending. For bearing defect detection you need the high frequencies. Mount on the bearing housing, in the load zone, not on the fan casing.
A x fr: Goujon ou embase collée pour du permanent. L'aimant sur surface peinte ou courbe limite la bande passante et peut bouger. Sur le palier, dans la zone de charge, pas sur le carter.
L: Capteurs permanents : goujon ou embase collée sur le palier, pas d'aimant.

## edge-vs-cloud-processing | edge computing, FFT, bande passante
Q fr: Calculer la FFT dans le capteur ou dans le cloud ?
Faut-il envoyer les signaux bruts ou calculer les indicateurs (RMS, FFT, kurtosis) en local ?
Q en: FFT at the edge or in the cloud?
A x fr: Indicateurs en local (RMS vitesse, accélération, kurtosis, enveloppe), envoi périodique. Signal brut seulement sur événement ou à la demande, pour que l'analyste puisse regarder. En LoRaWAN tu n'as de toute façon pas la bande passante pour du brut régulier.
A x en: Compute indicators at the edge, send raw waveforms only on events or on request. LoRaWAN doesn't have the bandwidth for regular raw data anyway.
L: Indicateurs calculés en local, signal brut sur événement seulement.

## vendor-platform-lockin | plateforme, fournisseur, dépendance, données
Q en: Vendor IoT platform: how to avoid lock-in?
The sensor vendor wants us on their cloud platform with a yearly subscription. How do we keep control of our data?
Q fr: Plateforme IoT du fournisseur : comment éviter d'être captifs ?
A x en: Contract clause for data export (API or daily file) in an open format, and ideally sensors that speak standard LoRaWAN so you can change the application server. We required it in the 2024 tender; two vendors refused and were excluded.
A x fr: Clause contractuelle d'export des données (API ou fichier quotidien en format ouvert) et capteurs LoRaWAN standard pour pouvoir changer de serveur applicatif. On l'a exigé dans l'appel d'offres 2024.
L: Éviter la dépendance : clause d'export des données et capteurs sur protocole standard.

## twin-calibration-data | jumeau numérique, calage, modèle physique | @elodie
Q fr: Caler le modèle hydraulique du jumeau avec les mesures
Le modèle Modelica de la ligne de dosage donne des pressions 15 % au-dessus des mesures. On recale quels paramètres ?
Q en: Calibrating the hydraulic twin model against measurements
A x fr: Les pertes de charge singulières (coudes, vannes, filtres) sont presque toujours sous-estimées dans les catalogues, et les filtres s'encrassent. Recale d'abord les coefficients de perte de charge sur des points à débit connu, un par un, avec le filtre propre. Vérifie aussi la position et l'étalonnage des capteurs de pression (hauteur d'installation !).
A x en: Recalibrate singular loss coefficients first using known-flow operating points, with clean filters. Check sensor elevation and calibration.
L: Calage du jumeau : d'abord les pertes de charge singulières sur des points à débit connu.
"""

BANK += r"""
## +lorawan-range-plant
Q fr: Capteurs LoRaWAN au fond du hall qui ne remontent plus
Les capteurs sans fil posés sur les pompes au fond du hall perdent beaucoup de messages, ceux près de la passerelle marchent bien. On a plein de charpente métallique. Qu'est-ce que vous conseillez ?

## +anomaly-threshold-false-alarms
Q fr: Les alarmes des capteurs vibratoires sont ignorées, trop nombreuses
Depuis le déploiement des capteurs, on reçoit une vingtaine d'alertes par semaine et presque toutes sont fausses (machine à l'arrêt, démarrage...). Les techniciens ne les ouvrent plus.

## temperature-sensor-motors | température, moteurs, capteurs, surveillance | @karim
Q fr: Surveiller la température des moteurs : capteur ou thermographie ?
On voudrait surveiller en continu la température de {#n:30|50} moteurs critiques. Capteurs sans fil collés sur la carcasse, ou tournée thermographie ?
Q en: Continuous motor temperature monitoring — worth it?
A x fr: La température de carcasse réagit tard : quand elle monte, le problème est déjà avancé. Pour des moteurs critiques, mieux vaut un capteur combiné vibration + température (même prix). La température seule est utile pour détecter un problème de ventilation (capot bouché) ou de surcharge. Tournée thermographie trimestrielle pour le reste.
A x en: Casing temperature is a late indicator. Use combined vibration + temperature sensors for critical motors; temperature alone mostly catches cooling and overload issues.
L: Température de carcasse = indicateur tardif ; préférer un capteur combiné vibration + température.

## sap-notification-automation | SAP PM, avis automatique, intégration, alertes | @karim
Q en: Automatically creating SAP notifications from sensor alerts?
Should confirmed sensor alerts create SAP PM notifications automatically?
Q fr: Créer automatiquement des avis SAP à partir des alertes capteurs ?
A x en: Not automatically at first. We tried in Grenoble: 60 notifications in the first week, mostly noise, and planners got angry. Now an analyst confirms the alert in the platform and one click creates the notification with the trend attached. Automate only when the false alarm rate is under 10 %.
A x fr: Pas automatiquement au début : à Grenoble, 60 avis la première semaine, surtout du bruit. Un analyste confirme l'alerte et un clic crée l'avis avec la tendance. On automatise quand les fausses alarmes sont sous 10 %.
L: Alertes capteurs → SAP : validation humaine d'abord, automatisation quand les fausses alarmes sont sous 10 %.

## roi-predictive-business-case | ROI, business case, maintenance prédictive | @karim
Q fr: Construire le business case d'un projet de maintenance prédictive
Le directeur financier veut un ROI avant d'équiper la ligne {#l:L2|L4}. Comment vous chiffrez les gains ?
Q en: Building the business case for predictive maintenance
A x fr: Pars des pannes réelles sur 3 ans (SAP PM) : pour chaque panne évitable par la surveillance, coût de l'arrêt (heures × marge perdue) + réparation en urgence – réparation planifiée. Applique un taux de détection réaliste (60 %, pas 100 %). Coûts : capteurs, plateforme, et le temps d'analyste. Sur Katowice, retour en 14 mois. Ne promets pas plus.
A x en: Start from actual failures over three years, value each avoidable one (downtime × lost margin + emergency premium), apply a realistic 60 % detection rate, and include analyst time in costs.
L: Business case prédictif : pannes réelles, taux de détection réaliste (60 %), temps d'analyste dans les coûts.

## cybersecurity-ot-sensors | cybersécurité, OT, réseau, IoT
Q en: IT security refuses our gateway on the OT network
IT security won't let us connect the LoRaWAN gateway to the plant network. How did other pilots get approved?
Q fr: La sécurité informatique refuse notre passerelle sur le réseau usine
A x en: Follow the reference architecture: gateway in a dedicated VLAN/DMZ, outbound-only connection to the site edge server, TLS with certificates, no remote access from the vendor. With that document, Katowice and Grenoble got approval in two weeks. Bring IT security in at the start, not at the end.
A x fr: Suivre l'architecture de référence : VLAN dédié, connexions sortantes uniquement vers le serveur edge, TLS avec certificats, pas d'accès distant fournisseur. Impliquer la sécurité dès le début.
L: Passerelle IoT : VLAN dédié, flux sortants uniquement, TLS ; impliquer la sécurité informatique dès le début.
"""
