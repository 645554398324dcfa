BANK = r"""
## powerbi-refresh-gateway | Power BI, actualisation, passerelle, gateway | @sophie
Q fr: Actualisation Power BI qui échoue la nuit (passerelle)
Mon rapport {#r:TRS Grenoble|Suivi des coûts|Ventes Québec} s'actualise bien à la main dans Desktop mais l'actualisation planifiée échoue avec « The credentials provided for the SQL source are invalid » une nuit sur deux. La passerelle est sur le serveur {#s:SRV-BI01|SRV-APP04}.
Q en: Scheduled Power BI refresh fails through the gateway
Report refreshes fine in Desktop but the scheduled refresh fails every other night with invalid credentials on the SQL source.
A x fr: Une nuit sur deux, c'est typique d'un compte de service dont le mot de passe expire ou d'un compte personnel utilisé dans la passerelle. Va dans Paramètres > Gérer les connexions et les passerelles, vérifie le compte de la source : il faut un compte de service (svc-powerbi) et pas ton compte à toi. Si tu as deux passerelles en cluster, vérifie que les deux nœuds ont la même source configurée, sinon ça marche une fois sur deux selon le nœud qui prend la requête. C'était exactement ça pour nous.
A x en: "Every other night" usually means a gateway cluster where only one node has the right credentials, or a personal account. Use the service account on the data source and check both cluster members.
A o fr: Redémarre la passerelle, ça règle souvent le problème.
L: Actualisation qui échoue une fois sur deux : nœud de passerelle mal configuré ou compte personnel au lieu du compte de service.

## dax-ytd-fiscal | DAX, cumul annuel, exercice fiscal, Power BI | @sophie
Q fr: Cumul depuis le début de l'exercice en DAX (exercice qui commence en avril)
Notre exercice va d'avril à mars. TOTALYTD me donne un cumul janvier-décembre. Comment faire ?
Q en: DAX year-to-date with a fiscal year starting in April
TOTALYTD gives me calendar YTD. Our fiscal year runs April to March.
A x fr: TOTALYTD a un troisième argument pour la date de fin d'exercice : CA cumulé = TOTALYTD([CA], 'Calendrier'[Date], "03-31"). Et surtout, marque ta table calendrier comme table de dates et vérifie qu'elle est continue (pas de jours manquants), sinon les fonctions de time intelligence donnent n'importe quoi.
A x en: TOTALYTD takes a year-end date as third argument: TOTALYTD([Sales], 'Calendar'[Date], "03-31"). Make sure your calendar table is marked as a date table and has no gaps.
A o en: I just add a fiscal year column in Excel before importing.
L: TOTALYTD accepte une date de fin d'exercice ("03-31") ; table calendrier continue et marquée comme table de dates.

## oee-state-mapping | TRS, OEE, MES, états machine | @piotr
Q en: OEE numbers differ between MES and the shift report
MES says OEE {#o:71|64|58} % for line {#l:L2|L5}, the supervisors' Excel says 80 %. Who's right?
Q fr: TRS différent entre le MES et le rapport d'équipe
Le MES donne un TRS de {#o} % sur la ligne {#l}, le fichier Excel des chefs d'équipe dit 80 %. Qui a raison ?
A x en: Usually both, with different definitions. Check three things: 1) is planned maintenance excluded from planned time in one and not the other, 2) micro-stops under 2 minutes: the MES counts them as availability loss, manual reports don't see them, 3) the ideal cycle time: if Excel uses the "realistic" cycle time instead of the nameplate one, performance looks much better. We aligned Katowice, Grenoble and Monterrey on the group definition in 2024 (document in the library).
A x fr: Les deux, avec des définitions différentes : arrêts planifiés exclus ou non, micro-arrêts de moins de 2 min (invisibles à la main), et temps de cycle de référence. Il y a une définition groupe depuis 2024.
A o fr: Le MES, les chefs d'équipe arrangent toujours les chiffres.
L: Écarts de TRS : définition du temps requis, micro-arrêts et temps de cycle de référence ; utiliser la définition groupe.

## python-excel-merge | Python, pandas, Excel, fusion de fichiers | @julien
Q fr: Fusionner 40 fichiers Excel de relevés avec Python
J'ai 40 fichiers Excel (un par semaine) avec les relevés de {#x:consommation d'air|pression|température}, même structure mais parfois un onglet en plus. Je voudrais tout mettre dans un seul tableau. Je débute en Python.
Q en: Merging dozens of weekly Excel files with pandas
I have 40 weekly Excel files, same layout but sometimes extra sheets. Beginner in Python. How do I stack them?
A x fr: Avec pandas c'est quelques lignes :
import pandas as pd, glob
dfs = [pd.read_excel(f, sheet_name="Relevés").assign(fichier=f) for f in glob.glob("releves/*.xlsx")]
df = pd.concat(dfs, ignore_index=True)
Le sheet_name évite les onglets en trop, la colonne fichier te permet de retrouver d'où vient une ligne. Si les noms de colonnes varient (espaces, majuscules), normalise avec df.columns = df.columns.str.strip().str.lower(). Viens aux office hours du jeudi si tu bloques.
A x en: pd.concat over glob with a fixed sheet_name, plus a column with the source file name. Normalise column names if they differ. Come to Thursday office hours if stuck.
A o fr: Power Query fait ça sans coder : Données > À partir d'un dossier.
A x fr: @{asker} Power Query « À partir d'un dossier » marche très bien aussi si tu restes dans Excel/Power BI, c'est même plus simple à maintenir pour quelqu'un qui ne code pas.
L: Fusion de fichiers : pandas concat + glob (ou Power Query « À partir d'un dossier »).

## data-quality-duplicates | qualité des données, doublons, articles, SAP | @julien
Q fr: Doublons dans la base articles (pièces de rechange)
On a trouvé le même roulement 6205-2RS sous {#n:7|11|5} numéros d'article différents dans SAP. Comment détecter ces doublons à grande échelle ?
Q en: Duplicate material masters for spare parts
The same bearing exists under several material numbers. How do we find duplicates at scale?
A x fr: Normalise les désignations (majuscules, suppression des espaces et tirets, « 2RS » = « 2RSH » = « -2RS1 » selon les fabricants), puis compare sur la référence fabricant + fabricant. On a fait un script Python avec rapidfuzz : 2 800 doublons probables sur 41 000 articles, validés ensuite par le magasin. Le vrai sujet, c'est d'empêcher la création : recherche obligatoire avant création et un valideur par site.
A x en: Normalise descriptions and manufacturer part numbers, then fuzzy-match (rapidfuzz). We found ~2,800 likely duplicates out of 41,000. Then fix the creation process so it doesn't happen again.
L: Doublons d'articles : normalisation + comparaison floue, puis contrôle à la création.

## mes-opcua-timestamps | OPC UA, MES, horodatage, données machine | @piotr
Q en: OPC UA timestamps one hour off after DST change
Since the daylight saving change, the machine data in the MES is shifted by one hour for {#l:press line|paint line}. Source or server timestamp?
Q fr: Horodatage OPC UA décalé d'une heure depuis le changement d'heure
Depuis le passage à l'heure d'été, les données machines dans le MES sont décalées d'une heure. On prend le source timestamp ou le server timestamp ?
A x en: Some PLCs (older S7-300 with the CP gateway) send local time flagged as UTC. Always store UTC in the MES and convert at display. Use the server timestamp if the PLC clock is unreliable, and sync PLC clocks via NTP. In Katowice we had exactly this on the paint line gateway, fixed by setting the gateway to UTC.
A x fr: Stocker en UTC partout, convertir à l'affichage. Certains anciens automates envoient l'heure locale marquée comme UTC. Synchroniser les automates en NTP.
L: Données machines : UTC partout, conversion à l'affichage, automates synchronisés en NTP.

## powerbi-row-level-security | Power BI, sécurité, RLS, sites | @sophie
Q fr: Chaque site ne doit voir que ses chiffres dans le rapport Power BI
Le rapport des coûts de maintenance doit être partagé avec tous les sites, mais chacun ne doit voir que son site. On fait un rapport par site ?
Q en: Power BI: each plant should see only its own data
Share one report with all plants, each seeing only its own numbers. One report per plant?
A x fr: Non, un seul rapport avec la sécurité au niveau des lignes (RLS). Une table de correspondance email → site, un rôle avec le filtre [Email] = USERPRINCIPALNAME(), et tu affectes le groupe AD au rôle dans le service. Teste avec « Afficher en tant que rôle ». Attention : les membres de l'espace de travail en rôle Contributeur ou plus voient tout, la RLS ne s'applique qu'aux lecteurs.
A x en: One report with row-level security: mapping table email → plant, role filter on USERPRINCIPALNAME(). Note RLS doesn't apply to workspace members with edit rights.
L: RLS Power BI : table email → site et USERPRINCIPALNAME() ; ne s'applique pas aux contributeurs de l'espace.

## sql-slow-query | SQL, performance, index, requête | @julien
Q en: SQL query on production history takes 4 minutes
Query on the production history table ({#n:180|320} million rows) filtered on date and line takes 4 minutes. Tips?
Q fr: Requête SQL sur l'historique de production qui prend 4 minutes
Requête sur la table d'historique (plusieurs centaines de millions de lignes) filtrée par date et ligne : 4 minutes.
A x en: Look at the execution plan. You probably need a composite index on (line_id, timestamp) — order matters, equality column first. Avoid functions on the filtered column (WHERE CAST(ts AS date) = ... kills the index; use a range instead). For history tables that size, partition by month.
A x fr: Plan d'exécution d'abord. Index composite (ligne, horodatage), pas de fonction sur la colonne filtrée (utilise un intervalle de dates), partitionnement par mois.
A o fr: Exporte tout en CSV et travaille dans Excel.
L: Requête lente : index composite (colonne d'égalité d'abord), pas de fonction sur la colonne filtrée.

## excel-vlookup-errors | Excel, RECHERCHEV, erreurs, #N/A
Q fr: RECHERCHEV renvoie #N/A alors que la valeur existe
Je cherche des numéros d'article dans une extraction SAP, RECHERCHEV renvoie #N/A alors que je vois bien le numéro dans la liste.
Q en: VLOOKUP returns #N/A although the value is there
Looking up material numbers from an SAP export, VLOOKUP returns #N/A even though I can see the number.
A x fr: Classique avec les extractions SAP : les numéros sont en texte d'un côté et en nombre de l'autre, ou il y a des zéros de tête / des espaces. Teste avec =ESTTEXTE(A2). Solution : =RECHERCHEX(TEXTE(A2;"0");...) ou nettoie avec SUPPRESPACE. Et passe à RECHERCHEX, beaucoup plus robuste.
A x en: SAP exports mix text and numbers, plus leading zeros and trailing spaces. Check with ISTEXT, clean with TRIM, and use XLOOKUP.
L: #N/A sur extraction SAP : texte vs nombre, zéros de tête, espaces ; utiliser RECHERCHEX.

## dashboard-too-many-kpis | tableau de bord, indicateurs, conception
Q fr: Tableau de bord de direction avec 45 indicateurs
La direction du site veut un tableau de bord avec 45 KPI sur une page. Comment je les convaincs que c'est illisible ?
Q en: Management wants 45 KPIs on one dashboard page
How do I convince them it's unreadable?
A x fr: Ne discute pas dans l'abstrait : fais deux maquettes, celle avec 45 et celle avec 7 indicateurs principaux + lien vers le détail, et demande-leur de trouver en 10 secondes si le site va bien. Ça marche à tous les coups. Et pour chaque KPI, demande « quelle décision prenez-vous avec ce chiffre ? », ceux sans réponse partent.
A x en: Mock up both versions and run the 10-second test. For each KPI ask which decision it supports.
L: Tableau de bord : maquette comparative et question « quelle décision prenez-vous avec ce chiffre ? ».

## airflow-job-failure | Airflow, pipeline, échec, alerte | @julien
Q en: Airflow DAG fails silently at night
Our SAP-to-warehouse DAG sometimes fails at night and nobody notices until users complain.
Q fr: Flux Airflow qui plante la nuit sans que personne ne le voie
Notre DAG SAP → entrepôt échoue parfois la nuit, on le découvre quand les utilisateurs se plaignent.
A x en: Add on_failure_callback posting to the Teams data channel (webhook), plus a freshness check task at the end that fails if the target table's max(load_date) is older than expected. And put a "data as of" date on every report so users see stale data immediately.
A x fr: Callback d'échec vers le canal Teams, une tâche de contrôle de fraîcheur en fin de DAG, et la date « données au » affichée sur chaque rapport.
L: Pipelines : alerte d'échec vers Teams, contrôle de fraîcheur, date des données visible dans les rapports.

## power-query-locale | Power Query, séparateur décimal, paramètres régionaux
Q fr: Power Query lit mes décimales comme des milliers
Fichier CSV de Monterrey avec des points décimaux, mon Power Query (paramètres français) transforme 12.5 en 125.
Q en: Power Query turns decimals into thousands
CSV from Mexico with decimal points, Power Query with French locale reads 12.5 as 125.
A x fr: Dans l'étape « Type modifié », utilise « Modifier le type > Avec les paramètres régionaux » et choisis Anglais (États-Unis) pour cette colonne. Ne change pas les paramètres de tout le fichier, sinon ce sont les fichiers français qui casseront.
A x en: Use "Change type > Using locale" on that column with English (United States). Don't change the whole file's locale.
L: Séparateurs décimaux : « Modifier le type avec les paramètres régionaux » colonne par colonne.

## anomaly-sensor-data-cleaning | données capteurs, valeurs aberrantes, nettoyage | @piotr
Q en: Cleaning sensor data with spikes and flatlines
Temperature data from the MES has spikes (9999) and long flat periods. How do you clean it before analysis?
A x en: 9999 and -32768 are PLC error codes, replace them with null, don't interpolate blindly. Flat lines longer than the sensor's normal noise period usually mean a frozen value (communication loss, last value held): flag them using a rolling standard deviation of zero over N samples. Keep a quality column rather than deleting rows, so people know what was cleaned.
A x fr: 9999 et -32768 sont des codes d'erreur automate : à remplacer par des valeurs nulles. Les plats trop longs = valeur figée (perte de communication). Garder une colonne qualité plutôt que supprimer.
L: Données capteurs : codes d'erreur automate → null, détecter les valeurs figées, colonne qualité.

## report-naming-workspace | Power BI, espaces de travail, gouvernance
Q fr: Trop d'espaces de travail Power BI, personne ne retrouve rien
On a 60 espaces de travail Power BI, des rapports en double et des jeux de données copiés partout. Par où commencer le ménage ?
A x fr: Inventaire via l'API d'admin (ou le rapport d'utilisation) : supprime tout ce qui n'a pas été vu depuis 6 mois (après avoir prévenu). Ensuite un jeu de données certifié par domaine (ventes, maintenance, production) et les rapports qui s'y connectent en direct, plus de copies. Une convention de nommage [Site]-[Domaine]-[Public]. On l'a fait en 2025, on est passé à 22 espaces.
L: Gouvernance Power BI : supprimer l'inutilisé, jeux de données certifiés par domaine, convention de nommage.

## forecast-spare-consumption | prévision, consommation, pièces, Python
Q en: Forecasting spare parts consumption
Can we forecast consumption of spare parts with Python? Demand is very lumpy.
Q fr: Prévoir la consommation de pièces de rechange ?
Est-ce qu'on peut prévoir la consommation de pièces avec Python ? La demande est très irrégulière.
A x en: For lumpy demand classic forecasting (ARIMA etc.) fails. Use Croston or its SBA variant (statsforecast has it), or simply model the probability of at least one consumption per month. Honestly for most spare parts a min/max based on lead time and criticality beats any model.
A x fr: Pour une demande intermittente, méthode de Croston (ou SBA). Mais pour la plupart des pièces de rechange, un min/max basé sur le délai et la criticité fait mieux que n'importe quel modèle.
L: Demande intermittente : Croston/SBA, ou plus simplement min/max selon délai et criticité.
"""

BANK += r"""
## +powerbi-refresh-gateway
Q fr: Mon rapport Power BI ne se met plus à jour la nuit
Le rapport s'actualise quand je clique dans Desktop, mais dans le service l'actualisation planifiée plante une nuit sur deux (erreur d'identifiants sur la source SQL). C'est la passerelle ?

## +oee-state-mapping
Q fr: Pourquoi le TRS du MES est plus bas que celui des chefs d'équipe ?
Sur la même ligne et la même semaine, le MES affiche {#o:62|68} % de TRS et le fichier des chefs d'équipe 81 %. On me demande lequel présenter au comité de direction.

## +python-excel-merge
Q fr: Compiler des dizaines de fichiers Excel hebdomadaires en un seul
Chaque semaine on reçoit un fichier Excel de relevés, ça fait maintenant une quarantaine. Je voudrais un seul tableau pour faire des graphiques. Python ou autre chose ?

## powerbi-slow-report | Power BI, performance, lenteur, modèle | @sophie
Q fr: Rapport Power BI très lent (30 s par page)
Mon rapport de suivi des coûts met 30 secondes à afficher chaque page. Le fichier fait 900 Mo. Par où commencer ?
Q en: Power BI report takes 30 seconds per page
A x fr: 900 Mo c'est énorme : commence par l'Analyseur de performances (onglet Affichage) pour voir quel visuel est lent, puis DAX Studio / VertiPaq Analyzer pour voir quelles colonnes pèsent. Les coupables habituels : colonnes à forte cardinalité inutiles (identifiants, horodatages à la seconde), une table plate au lieu d'un schéma en étoile, et des mesures avec FILTER sur toute la table. Chez nous on est passé de 900 à 120 Mo en supprimant les colonnes inutiles et en séparant date et heure.
A x en: Use Performance Analyzer to find the slow visual, VertiPaq Analyzer to find heavy columns. Remove high-cardinality columns, split datetime into date and time, move to a star schema.
A o fr: Achète une capacité Premium, c'est plus rapide.
L: Rapport lent : Analyseur de performances, colonnes à forte cardinalité, schéma en étoile.

## mes-downtime-reasons | MES, causes d'arrêt, saisie, opérateurs | @piotr
Q en: Operators pick "Other" for 40 % of downtime reasons
In the MES, operators choose "Other" for almost half of the downtime events. How do we get usable reasons?
Q fr: Les opérateurs saisissent « Autre » pour 40 % des arrêts dans le MES
A x en: Too many reasons or badly worded ones. We reduced the list in Katowice from 64 to 18 reasons per machine type, worded the way operators talk, with a two-level tree (category, then detail). "Other" requires a comment. And show the Pareto back to the team every week: when operators see their input used, quality improves.
A x fr: Liste trop longue ou mal formulée. À Katowice on est passé de 64 à 18 causes par type de machine, dans les mots des opérateurs, « Autre » avec commentaire obligatoire, et le Pareto montré chaque semaine à l'équipe.
L: Causes d'arrêt MES : moins de 20 causes dans les mots des opérateurs, et retour hebdomadaire du Pareto.

## excel-to-powerbi-migration | Excel, Power BI, migration, reporting | @sophie
Q fr: Remplacer nos fichiers Excel de reporting mensuel par Power BI
Le reporting mensuel du contrôle de gestion, c'est 14 fichiers Excel liés entre eux. On veut passer à Power BI. Des conseils pour ne pas tout casser ?
Q en: Moving monthly Excel reporting to Power BI
A x fr: Ne reproduis pas les 14 fichiers à l'identique. Liste d'abord les questions auxquelles le reporting répond et qui le lit. Ensuite un modèle de données propre (faits : écritures SAP ; dimensions : centres de coûts, comptes, calendrier) et des pages par public. Garde Excel en parallèle deux clôtures, le temps de réconcilier les chiffres. On a fait ça à Montréal en 2024, la clôture est passée de 6 à 3 jours.
A x en: Don't replicate the spreadsheets. Start from the questions and the audience, build a clean star model from SAP postings, run both in parallel for two closings to reconcile.
L: Migration Excel → Power BI : partir des questions et des lecteurs, modèle propre, deux clôtures en parallèle.

## gdpr-personal-data-reports | RGPD, données personnelles, rapports, anonymisation
Q fr: Données personnelles dans les rapports de production
Un rapport Power BI affiche le nom des opérateurs avec leur nombre de rebuts. Le CSE a demandé à le retirer. Quelles règles ?
Q en: Operator names in production reports — GDPR?
A x fr: Une performance individuelle nominative, c'est une donnée personnelle et potentiellement un outil de surveillance : il faut une finalité claire, l'information des salariés et, en France, la consultation du CSE. Le plus simple : agréger au niveau de l'équipe ou du poste. Voir avec le DPO groupe avant de publier.
A x en: Named individual performance is personal data and may count as monitoring: clear purpose, employee information and works council consultation in France. Aggregate by team or station instead.
L: Performances nominatives : donnée personnelle ; agréger par équipe ou par poste, voir le DPO.

## sql-access-request | accès, base de données, SQL, droits
Q en: How do I get read access to the MES database?
I want to query the MES SQL database directly for an analysis. Who grants access?
Q fr: Comment obtenir un accès en lecture à la base du MES ?
A x en: Not on the production MES database directly: use the replica (MES-RO) which is refreshed every 15 minutes. Request through the IT portal, category "Data access", with your manager's approval. Piotr's team grants read roles on the views, not the raw tables.
A x fr: Pas sur la base de production : utilise la réplique MES-RO (rafraîchie toutes les 15 minutes). Demande via le portail IT, catégorie « Accès aux données », avec validation du manager.
L: Accès MES : réplique en lecture seule et vues, jamais la base de production.
"""
