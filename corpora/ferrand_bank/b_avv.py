BANK = r"""
## pump-sizing-viscous | dimensionnement, pompe, viscosité, offre | @laurent
Q fr: Dimensionner une FP-300 pour un fluide visqueux ({#v:800|1200|450} cP)
Client en agroalimentaire qui veut pomper du sirop à {#v} cP, 12 m³/h, 4 bar. Nos courbes sont données à l'eau. Comment je corrige ?
Q en: Sizing a centrifugal pump for viscous fluid
Customer wants to pump a viscous syrup. Our curves are for water. How do I correct?
A x fr: Méthode de correction ANSI/HI 9.6.7 (l'ancien abaque Hydraulic Institute) : tu obtiens des coefficients pour le débit, la hauteur et le rendement. Au-delà de ~500 cP, une centrifuge devient mauvaise (rendement qui s'effondre), regarde plutôt une pompe volumétrique (notre gamme n'en a pas, on passe par le partenaire). Le fichier de calcul est dans la bibliothèque « Outils chiffrage ». Pense aussi à la puissance moteur : elle augmente fortement.
A x en: Use the ANSI/HI 9.6.7 viscosity correction. Above ~500 cP a centrifugal pump is a poor choice, go positive displacement via our partner. Re-check motor power.
A x es: Arriba de 500 cP ya no recomiendo centrífuga. En México lo resolvimos con bomba de lóbulos del socio comercial.
L: Fluide visqueux : correction HI 9.6.7, et au-delà de ~500 cP proposer une pompe volumétrique.

## cpq-price-override | CPQ, prix, remise, validation | @laurent
Q fr: Le CPQ refuse une remise de 18 %
Sur une offre DX-400 pour {#c:un syndicat des eaux|un brasseur|une papeterie}, le CPQ bloque la remise à 15 %. Le client attend 18 % pour s'aligner sur un concurrent. Qui valide ?
Q en: CPQ blocks discount above 15 %
A x fr: Au-delà de 15 % le CPQ demande une approbation du directeur commercial de zone (workflow automatique si tu coches « demande de dérogation » avec une justification concurrentielle). Mets le nom du concurrent et son prix si tu l'as. Délai habituel : 48 h. Pense plutôt à jouer sur le contenu (mise en service incluse, kit de pièces) qu'à la remise pure.
A x en: Above 15 % the CPQ routes to the area sales director if you tick "discount exception" with a competitive justification. Consider adding value (commissioning, spares kit) instead of pure discount.
L: Remise > 15 % : dérogation dans le CPQ avec justification concurrentielle ; préférer ajouter du contenu.

## tender-compliance-matrix | appel d'offres, matrice de conformité, réponse | @emily
Q en: How to build a compliance matrix for a large tender
First big tender (water utility, 340 pages of specs). How do you structure the compliance matrix?
Q fr: Matrice de conformité pour un gros appel d'offres
Premier gros appel d'offres (régie des eaux, CCTP de 340 pages). Comment structurer la matrice de conformité ?
A x en: Shred the spec: one line per "shall" requirement, with the clause number, the requirement text, our answer (Compliant / Partially / Not compliant / Alternative), a short justification and the reference to where it's answered in the proposal. Assign each line an owner. Deviations go in a separate summary at the front, customers read that first. Template in the library (Bid toolkit).
A x fr: Une ligne par exigence (« doit »), numéro de clause, réponse (Conforme / Partiellement / Non conforme / Variante), justification, renvoi vers le mémoire technique, et un responsable par ligne. Les écarts sont résumés en tête, c'est ce que le client lit en premier.
L: Matrice de conformité : une ligne par exigence, un responsable, écarts résumés en tête.

## incoterms-export | Incoterms, export, transport, offre | @mariafernanda
Q en: Which Incoterm for skids shipped to Mexico?
Customer in Mexico asks for DDP. Is it a good idea?
Q fr: Quel Incoterm pour un skid expédié au Mexique ?
Le client mexicain demande du DDP. Bonne idée ?
A x en: Avoid DDP to Mexico: you become the importer of record and you need a local tax registration, and customs clearance surprises are on you. We quote DAP (customer handles import) or we invoice through Ferrand México so it's a local sale. For skids also check the crate is ISPM-15 treated wood.
A x es: DDP a México no: tendríamos que ser el importador. Cotizamos DAP o facturamos desde Ferrand México como venta local.
A x fr: Pas de DDP au Mexique, on deviendrait importateur. DAP, ou facturation via Ferrand México.
L: Export Mexique : éviter le DDP, proposer DAP ou vente locale via Ferrand México.

## lead-time-promise | délai, planification, engagement, offre
Q fr: Quel délai annoncer dans l'offre pour un skid sur mesure ?
On annonce 12 semaines et on livre en 18. Comment vous estimez le délai ?
Q en: Realistic lead time for custom skids
We quote 12 weeks and deliver in 18.
A x fr: Le délai réel dépend des composants longs (variateurs, débitmètres électromagnétiques : 10-14 semaines en ce moment). Vérifie avec les achats avant de promettre. On ajoute aussi 2 semaines pour la validation des plans par le client, systématiquement sous-estimée. Formule : délai = max(composants longs) + 4 semaines d'assemblage/tests + délai client de validation.
A x en: Lead time = longest component + 4 weeks assembly/FAT + customer drawing approval time. Check long-lead items with purchasing before quoting.
L: Délai d'offre = composant le plus long + 4 semaines + validation client des plans.

## reference-customer-visit | référence client, visite, preuve
Q en: Customer wants to visit a reference installation
Prospect wants to see a DX-400 running at another customer. How do we organise it?
Q fr: Un prospect veut visiter une installation de référence
A x en: We have a list of 8 reference customers who agreed to visits (ask Laurent). Always ask the reference customer first, never promise a visit before. Bring a gift and keep it short. Québec: Ville de Laval is a great reference, very proud of their installation.
A x fr: Il y a une liste de 8 clients d'accord pour des visites. Toujours demander au client de référence avant de promettre. La station de Laval est une excellente référence.
L: Visite de référence : demander d'abord au client référent, liste des 8 références volontaires.

## technical-clarification | clarification, questions, acheteur, CCTP
Q fr: Questions techniques pendant l'appel d'offres : jusqu'où demander ?
Le CCTP est contradictoire sur le matériau (inox 316L page 12, 304L page 48). On pose la question ou on chiffre le plus cher ?
A x fr: Toujours poser la question par écrit, dans le délai prévu au règlement de consultation. La réponse est envoyée à tous les candidats, donc tout le monde chiffre sur la même base. Si le délai est passé, chiffre la base conforme la plus probable et mets l'autre en variante clairement identifiée.
L: Contradiction dans le CCTP : question écrite dans les délais ; sinon base + variante identifiée.

## cost-estimate-template | chiffrage, modèle, coûts, marge | @laurent
Q fr: Modèle de chiffrage commun pour les skids
Chaque bureau a son fichier Excel de chiffrage. On a des écarts de marge de 8 points entre Toulouse et Lyon pour des skids identiques.
Q en: Common cost estimation template for skids
A x fr: Le modèle commun existe depuis 2023 (CPQ pour le standard, fichier « Chiffrage skid v4 » pour le spécifique), avec les taux horaires groupe et les coefficients de risque par type de client. Les écarts viennent souvent des heures d'études : Toulouse compte les heures BE, Lyon les oublie. Il faut utiliser la v4 partout.
A x en: There's a common template since 2023 ("Skid estimate v4") with group hourly rates and risk coefficients. Gaps usually come from engineering hours being forgotten.
L: Chiffrage skid : modèle v4 commun, ne pas oublier les heures d'études.

## lost-deal-analysis | affaires perdues, analyse, concurrence
Q en: Do we analyse lost deals?
We lost 4 big tenders in a row to the same competitor. Does anyone collect win/loss data?
Q fr: On analyse les affaires perdues ?
Quatre gros appels d'offres perdus d'affilée contre le même concurrent. Quelqu'un collecte les raisons ?
A x en: Emily started a win/loss log in 2023 (Salesforce field "loss reason" + 20-min debrief call with the customer when possible). The pattern against that competitor is price on the pump plus a 5-year service contract bundled. We should answer with a service offer, not a discount.
A x fr: Il y a un suivi gagné/perdu dans Salesforce depuis 2023. Contre ce concurrent, c'est le contrat de service 5 ans inclus qui fait la différence, pas le prix de la pompe.
L: Affaires perdues : débrief client systématique ; ce concurrent gagne avec le service inclus.

## cpq-missing-option | CPQ, configuration, option manquante
Q fr: Option manquante dans le CPQ (capotage inox)
Le client veut un capotage inox sur le DX-200, l'option n'existe pas dans le CPQ. Je fais comment ?
Q en: Option missing in CPQ
A x fr: Ligne « article spécifique » dans le CPQ avec le prix donné par le BE (demande via le formulaire de cotation spéciale), et signale-le à l'équipe CPQ : si l'option revient plus de 3 fois par an, on la crée.
A x en: Use the "special item" line with a price from engineering, and report it to the CPQ team; if requested more than three times a year it becomes a standard option.
L: Option absente du CPQ : article spécifique chiffré par le BE, et remonter la demande.
"""

BANK += r"""
## +pump-sizing-viscous
Q fr: Pompe centrifuge pour du sirop épais, c'est raisonnable ?
Un prospect agroalimentaire veut une FP-300 pour transférer un produit très visqueux. Nos courbes sont à l'eau, je ne sais pas comment corriger ni si c'est le bon choix.

## +tender-compliance-matrix
Q fr: Répondre à un CCTP de plusieurs centaines de pages
C'est ma première réponse à un gros appel d'offres public (station d'épuration). Comment vous organisez le tableau de conformité pour ne rien oublier ?

## payment-terms-milestones | conditions de paiement, jalons, acompte, offre | @laurent
Q fr: Conditions de paiement pour un skid à 400 k€
Quel échéancier proposer pour un gros skid ? Le client veut 100 % à la réception.
Q en: Payment terms for large skids
A x fr: Standard groupe : 30 % à la commande, 40 % à la réception usine (FAT), 30 % à la mise en service, plafonné à 90 jours après livraison pour ne pas dépendre du planning du client. 100 % à la réception, jamais au-dessus de 50 k€ sans accord de la direction financière et une garantie.
A x en: Group standard: 30 % at order, 40 % at FAT, 30 % at commissioning capped at 90 days after delivery.
L: Échéancier skid : 30/40/30 avec plafond de 90 jours après livraison.

## competitor-equivalent | concurrence, équivalence, remplacement, pompe
Q en: Customer wants to replace a competitor pump like-for-like
Customer wants to replace a competitor's pump with ours, same footprint. How do we check equivalence quickly?
Q fr: Remplacer une pompe concurrente à l'identique
A x en: Ask for the nameplate photo and the duty point, not just the model. Check flange standard and position, shaft height and baseplate footprint. Our FP-200 matches most ISO 2858 pumps dimensionally. If it's not ISO 2858, propose an adapter baseplate and price it.
A x fr: Photo de la plaque signalétique et point de fonctionnement, brides, hauteur d'axe, empreinte du socle. La FP-200 correspond à la plupart des pompes ISO 2858.
L: Remplacement à l'identique : plaque, point de fonctionnement, dimensions ISO 2858.

## cpq-training | CPQ, formation, adoption, commerciaux | @laurent
Q fr: Les commerciaux contournent le CPQ avec leurs vieux fichiers Excel
Six mois après le lancement, la moitié des offres standard sont encore faites sur Excel. Comment faire adopter le CPQ ?
Q en: Sales bypass the CPQ
A x fr: Trois leviers : une formation courte par région avec des cas réels, la suppression des vieux fichiers de prix (ils ne sont plus mis à jour, donc faux), et la règle : une offre standard hors CPQ n'est pas validée par l'ADV. Et écouter les retours : il manquait deux options très demandées, ajoutées en mars.
A x en: Short regional training on real cases, retire old price files, no order processing for standard offers outside the CPQ, and fix the missing options users complain about.
L: Adoption CPQ : formation sur cas réels, retrait des anciens fichiers, règle de validation.
"""
