BANK = r"""
## pm-notification-migration | SAP PM, avis, migration, historique | @stephane
Q fr: Reprise de l'historique des avis PM dans S/4
On reprend combien d'années d'historique d'avis et d'OT maintenance dans S/4HANA ? Les techniciens veulent « tout ».
Q en: How much PM history do we migrate to S/4?
Technicians want all maintenance notifications and orders migrated. What's the programme decision?
A x fr: Décision du comité de pilotage de mars 2024 : on reprend les OT ouverts et les avis ouverts, plus les points de mesure et compteurs. L'historique clôturé reste consultable dans l'ancien système en lecture seule (archivage SAP ILM) pendant 10 ans. Reprendre 15 ans d'historique coûterait des mois de nettoyage pour une valeur faible. Pour les équipements critiques, on a fait un résumé d'historique (pannes principales) dans le texte long de l'équipement.
A x en: Steering committee decision (March 2024): migrate open orders and notifications, measuring points and counters. Closed history stays read-only in the legacy system for 10 years. Critical assets get a failure history summary in the equipment long text.
A o fr: Les techniciens vont râler, ils utilisent l'historique tous les jours.
L: Reprise S/4 : objets ouverts seulement, historique clôturé consultable en lecture seule ; résumé pour les équipements critiques.

## test-script-key-user | tests, key user, recette, scénarios | @stephane
Q fr: Rédiger les scénarios de test d'intégration : quel niveau de détail ?
Je suis key user MM à {site}. On me demande d'écrire les scénarios de test pour la recette d'intégration. Quel niveau de détail ?
Q en: Writing integration test scripts as a key user
A x fr: Un scénario = un processus de bout en bout (de la demande d'achat au paiement, par exemple), pas une transaction. Pour chaque étape : transaction ou appli Fiori, données d'entrée précises (article, fournisseur, quantité), résultat attendu. Quelqu'un d'autre que toi doit pouvoir l'exécuter. Les modèles sont dans le SharePoint du programme, dossier 04-Tests.
A x en: One script = one end-to-end process (procure-to-pay), each step with the transaction/Fiori app, exact input data and expected result. Someone else must be able to run it.
A x pl: W Katowicach pisaliśmy scenariusze od zamówienia do płatności, z dokładnymi danymi testowymi. Szablon jest na SharePoint programu.
L: Scénario de test : un processus de bout en bout, données précises, exécutable par quelqu'un d'autre.

## material-master-cleansing | données de base, articles, nettoyage, migration | @beata
Q en: Material master cleansing before migration — who decides?
We have 41 000 materials in Katowice, a third are inactive. Who decides what we don't migrate?
Q fr: Nettoyage des articles avant migration : qui décide ?
A x en: Rule agreed in the data workstream: no movement in 3 years and no open document → not migrated, unless the plant flags it as a critical spare. Each site gets the list, the site maintenance manager and the warehouse manager sign off. In Katowice we dropped 14 500 materials this way. Finance must check there is no stock value left on them before.
A x fr: Règle du lot données : pas de mouvement depuis 3 ans et aucun document ouvert = non repris, sauf pièce critique signalée par le site. Validation par le responsable maintenance et le magasin, et la finance vérifie qu'il n'y a plus de valeur de stock.
L: Articles non repris : 3 ans sans mouvement et aucun document ouvert, sauf pièce critique ; validation site et finance.

## fiori-performance | Fiori, performance, lenteur, appli | | after=2025-04-10
Q fr: Les applis Fiori sont lentes le matin à Katowice
Entre 7h et 9h, les applis Fiori mettent 10-15 s à s'ouvrir pour les utilisateurs de Katowice. Lyon n'a pas le problème.
Q en: Fiori apps slow in the morning for one site
A x fr: Souvent le cache navigateur et le nombre de tuiles : les utilisateurs de Katowice ont le rôle « tous processus » avec 140 tuiles. On réduit à leurs vraies applis. Vérifie aussi la bande passante du lien MPLS à cette heure-là (les sauvegardes du serveur de fichiers local tournaient jusqu'à 8h30 !).
A x en: Too many tiles on the launchpad (roles too broad) and, in our case, local file server backups saturating the WAN link until 8:30.
L: Fiori lent : trop de tuiles (rôles trop larges) et saturation du lien réseau par des sauvegardes.

## cutover-weekend | bascule, cutover, week-end, stocks, inventaire | @stephane | after=2025-05-01
Q fr: Planning de bascule : inventaire physique avant le go-live ?
Pour la vague 2 (Monterrey, Lille, Québec), on fait un inventaire physique complet avant la bascule ou on reprend les stocks SAP ?
Q en: Full physical inventory before go-live?
A x fr: Pour la vague 1, on a fait un inventaire tournant renforcé les 2 mois avant sur les articles A et B, et un inventaire complet uniquement des emplacements critiques le vendredi de la bascule. Un inventaire complet le week-end de bascule, c'est ingérable. Gel des mouvements de stock le vendredi 14h, reprise lundi 6h.
A x en: Wave 1: intensive cycle counting for two months on A/B items, full count only on critical locations on cutover Friday. Stock movements frozen Friday 2 pm until Monday 6 am.
A x es: En Monterrey vamos a hacer conteo cíclico intensivo desde septiembre en artículos A y B. El viernes de la migración congelamos movimientos a las 14:00.
L: Bascule : inventaire tournant renforcé avant, comptage complet seulement des emplacements critiques, gel des mouvements.

## mrp-live-results | MRP Live, planification, PP, résultats | @carlos
Q en: MRP Live gives different planned orders than classic MRP
In the test system MRP Live (MD01N) creates different planned orders than our old MD01 for the same materials.
Q fr: MRP Live donne des résultats différents du MRP classique
A x en: Usually lot-sizing and planning horizon settings: MD01N doesn't support some old lot-sizing procedures and uses the planning file differently. Also check materials with special procurement keys — several of ours fell back to classic MRP silently. Compare on 20 materials with the log (MD_MRP_FORCE_CLASSIC shows which ones are forced to classic).
A x es: Revisen los procedimientos de tamaño de lote: algunos no son compatibles con MRP Live. La transacción MD_MRP_FORCE_CLASSIC muestra qué materiales se van al MRP clásico.
L: MRP Live : vérifier les procédures de taille de lot et les matériaux forcés en MRP classique (MD_MRP_FORCE_CLASSIC).

## authorizations-roles | habilitations, rôles, SoD, sécurité | | after=2025-04-10
Q fr: Habilitations : les utilisateurs n'ont plus accès à leurs transactions après bascule
Lundi matin après la bascule, 30 % des tickets sont des problèmes d'habilitations. C'était pareil en vague 1 ?
Q en: Authorisation issues after go-live
A x fr: Oui, pareil. Pour la vague 2 : tests d'habilitations avec de vrais utilisateurs (pas les key users qui ont tous les droits) pendant la recette, une équipe habilitations dédiée sur place la première semaine, et des rôles provisoires un peu plus larges pendant 2 semaines avec revue SoD ensuite.
A x en: Same in wave 1. Test roles with real end users, not key users; dedicated authorisation team on site during hypercare.
L: Habilitations : tester avec de vrais utilisateurs finaux et prévoir une équipe dédiée en hypercare.

## business-partner-vendors | business partner, fournisseurs, clients, conversion | @beata
Q en: Business partner conversion errors for vendors
CVI conversion fails for 600 vendors with missing tax numbers or duplicate addresses.
Q fr: Erreurs de conversion business partner sur les fournisseurs
A x en: Run the CVI cockpit precheck early and fix in the source: tax numbers, postal codes and duplicate vendors. For Polish vendors the NIP format must be without dashes. We fixed 1 100 vendors in Katowice in about three weeks with two people. Block and don't migrate vendors without transactions in 2 years.
A x fr: Lancer les contrôles préalables CVI tôt et corriger à la source (numéros fiscaux, codes postaux, doublons). Les fournisseurs inactifs depuis 2 ans ne sont pas repris.
L: Conversion business partner : contrôles CVI tôt, correction à la source, fournisseurs inactifs non repris.

## training-end-users | formation, utilisateurs finaux, go-live | | after=2025-05-01
Q fr: Formation des utilisateurs finaux : quand la faire ?
On forme les utilisateurs 2 mois avant le go-live ou la semaine d'avant ?
Q en: When to train end users?
A x fr: Vague 1 : formés 2 mois avant, ils avaient tout oublié. Pour la vague 2 : formation dans les 3 semaines avant le go-live, sur le système de formation avec leurs propres données, et des « super-utilisateurs » présents dans chaque atelier la première semaine.
A x en: Within three weeks of go-live, with realistic data, plus floor walkers during the first week.
L: Formation utilisateurs : dans les 3 semaines avant le go-live, avec super-utilisateurs sur le terrain.

## maintenance-plan-conversion | plans de maintenance, conversion, stratégie
Q fr: Plans de maintenance par stratégie ou plans simples dans S/4 ?
On a un mélange de plans simples et de plans par stratégie. Le programme veut harmoniser. Lequel ?
Q en: Single-cycle or strategy maintenance plans in S/4?
A x fr: Décision PM : plans à cycle unique partout sauf pour les équipements avec plusieurs fréquences imbriquées (compresseurs : 2 000 h / 8 000 h / 16 000 h), où on garde la stratégie. C'est plus simple à comprendre pour les planificateurs et ça évite les erreurs de paquets.
A x en: Single-cycle plans everywhere except assets with nested frequencies (compressors), which keep strategy plans.
L: Plans de maintenance : cycle unique par défaut, stratégie seulement pour les fréquences imbriquées.
"""

BANK += r"""
## +pm-notification-migration
Q fr: Est-ce qu'on garde l'historique des pannes après le passage à S/4 ?
Les techniciens de {site} s'inquiètent : ils consultent l'historique des avis tous les jours pour diagnostiquer. Est-ce qu'il sera dans S/4HANA ?

## +material-master-cleansing
Q fr: Articles inactifs : on les reprend dans S/4 ou pas ?
Un tiers de nos articles n'a pas bougé depuis des années. Quelle est la règle du programme pour les reprendre ou non ?

## fixed-asset-migration | immobilisations, finance, migration, FI-AA | @beata
Q en: Fixed asset migration: balances don't reconcile
In the mock load, fixed asset net book values differ from ECC by a few thousand euros for Katowice.
Q fr: Reprise des immobilisations : écarts de valeur nette
A x en: Usually depreciation posted in the legacy system after the extraction date, or assets with a depreciation start date in the future. Run the depreciation in ECC up to the cutover period before extracting, and reconcile per asset class. In Katowice the difference was 14 assets under construction settled twice. Fixed in the source.
A x fr: En général des amortissements passés après la date d'extraction. Lancer l'amortissement jusqu'à la période de bascule avant extraction et rapprocher par catégorie d'immobilisation.
L: Immobilisations : amortir jusqu'à la période de bascule avant extraction, rapprocher par catégorie.

## interface-mes-s4 | interface, MES, confirmations, ordres de fabrication | @carlos
Q en: MES production confirmations fail in the S/4 test system
Confirmations from the MES to S/4 fail with "order not released" for about 10 % of orders.
Q fr: Les confirmations de production du MES échouent dans S/4
A x en: Check the release timing: in S/4 we changed to release at scheduling, but some order types still have manual release. Also the MES sends the confirmation before the goods issue for components on some lines, which triggers backflush errors. Carlos has the mapping of order types.
A x es: Revisen los tipos de orden: algunos todavía tienen liberación manual. Y en algunas líneas el MES manda la notificación antes de la salida de componentes.
L: Confirmations MES : vérifier la libération des ordres par type d'ordre et l'ordre des messages.

## hypercare-ticket-triage | hypercare, tickets, support, go-live | @stephane
Q fr: Organisation du support pendant l'hypercare
Combien de personnes faut-il pour trier les tickets la première semaine après le go-live ?
Q en: Staffing hypercare after go-live
A x fr: En vague 1 : 380 tickets la première semaine pour 3 sites. Triage central par 2 personnes (une fonctionnelle, une technique), un key user par module sur chaque site, et une réunion de 8 h chaque matin. Les habilitations représentaient 30 % des tickets, prévois une équipe dédiée.
A x en: Wave 1: 380 tickets in week one for three sites. Central triage by two people, a key user per module per site, daily 8 am call, separate authorisation team.
L: Hypercare : triage central, key users par module et par site, équipe habilitations dédiée.

## local-tax-mexico | fiscalité, Mexique, facturation électronique, CFDI | @carlos
Q en: Electronic invoicing (CFDI) in S/4 for Mexico
How is the CFDI electronic invoicing handled in S/4 for Monterrey? Same provider as today?
Q es: ¿Cómo se maneja el CFDI en S/4HANA?
A x en: We keep the same certified provider (PAC) through the SAP Document and Reporting Compliance add-on. The CFDI 4.0 fields (tax regime, postal code of the customer) must be complete in the business partner, otherwise invoices are rejected. That's the main cleansing task for wave 2.
A x es: Mismo PAC, vía SAP Document and Reporting Compliance. Los campos de CFDI 4.0 (régimen fiscal, código postal del cliente) deben estar completos en el business partner.
L: CFDI Mexique : même PAC via DRC, champs CFDI 4.0 complets dans le business partner.
"""
