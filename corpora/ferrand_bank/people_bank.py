"""Hand-written key people of Groupe Ferrand, plus pools used to fill the rest of the staff."""

# Key people: coordinators, sponsors, experts (some of them "hidden": no declared skills,
# bland profile), opted-out people. Their ids are p001.. in this order.
KEY_PEOPLE = [
    dict(key="claire", name="Claire Dubois", title="Ingénieure fiabilité", dept="Maintenance", loc="Lyon, FR", langs=["fr", "en"],
         joined="2015-09-01", skills=["AMDEC", "FMEA", "analyse vibratoire", "RCM", "GMAO"], aliases=["cdubois"],
         profile="Ingénieure fiabilité au siège depuis 2015, je fais le lien entre les équipes maintenance des sept sites. "
                 "Mon quotidien : AMDEC machines, analyse des arrêts récurrents, plans de maintenance préventive dans la GMAO, "
                 "et un peu d'analyse vibratoire quand Tomasz n'est pas dispo. J'anime la communauté Maintenance & fiabilité."),
    dict(key="bernard", name="Bernard Lachance", title="Mécanicien industriel", dept="Maintenance", loc="Trois-Rivières, QC", langs=["fr"],
         joined="1996-04-01", skills=[],
         profile="Mécanicien à l'usine de Trois-Rivières depuis 1996. Trois enfants, un chalet en Mauricie et pas mal de pêche l'été."),
    dict(key="tomasz", name="Tomasz Wiśniewski", title="Reliability Engineer", dept="Maintenance", loc="Katowice, PL", langs=["pl", "en"],
         joined="2017-02-01", skills=["vibration analysis", "thermography", "CMMS", "ultrasound", "ISO 18436 cat. III"],
         profile="Reliability engineer at the Katowice plant. I run the condition monitoring route (vibration, IR thermography, "
                 "ultrasound) for about 240 assets and I am certified ISO 18436-2 category III. Happy to look at your spectra, "
                 "just send the raw data, not a screenshot."),
    dict(key="philippe", name="Philippe Garnier", title="Directeur industriel groupe", dept="Direction industrielle", loc="Lyon, FR", langs=["fr", "en"],
         joined="2008-01-01", skills=["lean management", "excellence opérationnelle", "TPM"],
         profile="Philippe Garnier dirige la performance industrielle du groupe (7 sites, 2 400 personnes). Il sponsorise les "
                 "communautés Maintenance & fiabilité et Maintenance prédictive, et suit de près le taux de disponibilité des lignes."),
    dict(key="nathalie", name="Nathalie Roussel", title="Responsable qualité site", dept="Qualité", loc="Grenoble, FR", langs=["fr", "en"],
         joined="2012-06-01", skills=["8D", "ISO 9001", "audit interne", "AMDEC processus", "IATF 16949"],
         profile="Responsable qualité du site de Grenoble. Je pilote les 8D clients, la préparation des audits ISO 9001 et la "
                 "revue des non-conformités. Auditrice interne certifiée. J'aime les 8D bien faits, avec un vrai 5 pourquoi et "
                 "pas juste « erreur opérateur »."),
    dict(key="alejandro", name="Alejandro Treviño Garza", title="Ingeniero de calidad – Black Belt", dept="Calidad", loc="Monterrey, MX", langs=["es", "en"],
         joined="2016-03-01", skills=["SPC", "Six Sigma Black Belt", "Minitab", "capabilidad de proceso", "DOE"],
         profile="Ingeniero de calidad en la planta de Monterrey, Black Belt certificado. Me encargo del control estadístico de "
                 "procesos (SPC), estudios de capacidad Cp/Cpk y diseño de experimentos. I also post in English, no problem."),
    dict(key="agnieszka", name="Agnieszka Nowak", title="Technik laboratorium", dept="Jakość", loc="Katowice, PL", langs=["pl", "en"],
         joined="2011-10-01", skills=[],
         profile="Pracuję w laboratorium w Katowicach od 2011 roku."),
    dict(key="dominique", name="Dominique Perrin", title="Directeur qualité groupe", dept="Qualité", loc="Lyon, FR", langs=["fr", "en"],
         joined="2005-05-01", skills=["système de management", "ISO 9001", "relation client"],
         profile="Directeur qualité du groupe, sponsor de la communauté Qualité. Il porte le projet de certification multi-sites "
                 "ISO 9001:2015 et le tableau de bord des réclamations clients."),
    dict(key="sylvain", name="Sylvain Côté", title="Conseiller santé-sécurité", dept="SST", loc="Montréal, QC", langs=["fr", "en"],
         joined="2014-08-01", skills=["cadenassage", "CNESST", "analyse de risques", "SIMDUT", "espaces clos"],
         profile="Conseiller en santé-sécurité pour nos deux usines du Québec. Je m'occupe du programme de cadenassage, des "
                 "fiches de cadenassage par équipement, des espaces clos et des enquêtes d'accident avec la CNESST. "
                 "Si vous avez une question sur le cadenassage, écrivez-moi, je réponds vite."),
    dict(key="isabelle", name="Isabelle Marchand", title="Animatrice HSE", dept="HSE", loc="Lille, FR", langs=["fr"],
         joined="2009-01-01", skills=[],
         profile="Animatrice HSE sur le site de Lille. Je m'occupe des accueils sécurité, des affichages et du suivi des EPI."),
    dict(key="fatima", name="Fatima Benali", title="Responsable HSE groupe", dept="HSE", loc="Lyon, FR", langs=["fr", "en", "ar"],
         joined="2013-02-01", skills=["ISO 45001", "presqu'accidents", "ergonomie", "DUERP", "culture sécurité"],
         profile="Fatima Benali est responsable HSE du groupe. Elle coordonne la communauté Santé-sécurité, le reporting des "
                 "presqu'accidents et le plan ergonomie 2024-2026. Ancienne ergonome, elle passe encore beaucoup de temps sur les postes."),
    dict(key="marek", name="Marek Kowalczyk", title="Specjalista ds. BHP", dept="BHP", loc="Katowice, PL", langs=["pl", "en"],
         joined="2016-05-01", skills=["ATEX", "BHP", "ocena ryzyka"], opted_out=True,
         profile="Specjalista BHP w zakładzie w Katowicach. Strefy zagrożenia wybuchem, ocena ryzyka zawodowego, szkolenia."),
    dict(key="kevin", name="Kevin O'Brien", title="Customer Support Team Lead", dept="Service client", loc="Montréal, QC", langs=["en", "fr"],
         joined="2018-11-01", skills=["SLA", "Zendesk", "escalation", "ITIL", "customer support"],
         profile="I lead the North America customer support desk (8 agents, Montréal). Ticket triage, SLAs, escalation to "
                 "engineering and the knowledge base for FP pumps and DX dosing skids. Je me débrouille en français aussi."),
    dict(key="melanie", name="Mélanie Tremblay", title="Technicienne service après-vente", dept="Service client", loc="Trois-Rivières, QC", langs=["fr"],
         joined="2010-07-01", skills=[],
         profile="Sur la route quatre jours sur cinq, basée à Trois-Rivières."),
    dict(key="rodrigo", name="Rodrigo Salinas", title="Field Service Engineer", dept="Servicio", loc="Monterrey, MX", langs=["es", "en"],
         joined="2017-01-01", skills=["field service", "commissioning", "DX-Control", "PLC"],
         profile="Field service engineer for Mexico and the US south. Commissioning of DX dosing skids, troubleshooting of the "
                 "DX-Control PLC, customer training. Hablo español e inglés."),
    dict(key="veronique", name="Véronique Lambert", title="Directrice service client", dept="Service client", loc="Lyon, FR", langs=["fr", "en"],
         joined="2011-01-01", skills=["relation client", "NPS", "management"],
         profile="Directrice du service client groupe. Sponsor de la communauté SAV & support ; objectif 2026 : un seul outil de tickets pour tous les sites."),
    dict(key="julien", name="Julien Mercier", title="Data engineer", dept="DSI", loc="Lyon, FR", langs=["fr", "en"],
         joined="2019-04-01", skills=["Python", "SQL", "pandas", "Airflow", "qualité des données"], aliases=["jmercier"],
         profile="Data engineer à la DSI. Je construis les flux entre le MES, SAP et l'entrepôt de données (Python, Airflow, "
                 "PostgreSQL). Je coordonne la communauté Data & analytics : venez avec vos fichiers Excel de 200 Mo, on en fera quelque chose."),
    dict(key="sophie", name="Sophie Lavoie", title="Analyste d'affaires", dept="Finance", loc="Montréal, QC", langs=["fr", "en"],
         joined="2014-01-01", skills=["Excel", "Access"],
         profile="Analyste au contrôle de gestion à Montréal depuis 2014. J'aime ça quand les chiffres balancent."),
    dict(key="piotr", name="Piotr Zieliński", title="MES Developer", dept="IT", loc="Katowice, PL", langs=["pl", "en"],
         joined="2018-09-01", skills=["MES", "OPC UA", "SQL Server", "Ignition", "PLC data"],
         profile="MES developer in Katowice. I maintain the Ignition MES and the OPC UA gateways that collect machine data from "
                 "about 60 PLCs. If your OEE numbers look strange, the problem is usually in the state mapping, ask me."),
    dict(key="marc", name="Marc Aubert", title="Directeur des systèmes d'information", dept="DSI", loc="Lyon, FR", langs=["fr", "en"],
         joined="2016-01-01", skills=["stratégie SI", "ERP", "cybersécurité"],
         profile="DSI du groupe. Sponsor du programme S/4HANA et de la communauté Data & analytics."),
    dict(key="helene", name="Hélène Faure", title="Responsable développement RH", dept="RH", loc="Lyon, FR", langs=["fr", "en"],
         joined="2017-03-01", skills=["intégration", "tutorat", "formation", "parcours d'accueil"],
         profile="Je suis responsable du développement RH : parcours d'intégration, programme de tutorat, plan de formation. "
                 "J'ai lancé en 2026 la communauté Intégration & tutorat pour partager ce qui marche d'un site à l'autre."),
    dict(key="guillaume", name="Guillaume Bouchard", title="Chef d'équipe production", dept="Production", loc="Trois-Rivières, QC", langs=["fr"],
         joined="2005-06-01", skills=[],
         profile="Chef d'équipe de soir, ligne d'usinage."),
    dict(key="laurent", name="Laurent Girard", title="Ingénieur avant-vente", dept="Ventes", loc="Toulouse, FR", langs=["fr", "en"],
         joined="2013-09-01", skills=["chiffrage", "CPQ", "Salesforce", "appels d'offres", "dimensionnement pompes"],
         profile="Ingénieur avant-vente au bureau de Toulouse. Je chiffre les groupes de dosage et les skids sur mesure, je "
                 "réponds aux appels d'offres techniques et j'ai participé au paramétrage du CPQ en 2023."),
    dict(key="mariafernanda", name="María Fernanda López", title="Sales Engineer", dept="Ventas", loc="Monterrey, MX", langs=["es", "en"],
         joined="2019-02-01", skills=["pump sizing", "proposals", "Incoterms"],
         profile="Ingeniera de ventas para México y Centroamérica. Dimensionamiento de bombas, ofertas técnicas y comerciales."),
    dict(key="emily", name="Emily Carter", title="Proposal Manager", dept="Ventes", loc="Toulouse, FR", langs=["en", "fr"],
         joined="2020-01-01", skills=["bid management", "technical writing", "compliance matrix"],
         profile="Emily manages large bids (tenders above 500 k€) from the Toulouse office: compliance matrices, proposal "
                 "writing, red team reviews. She moved from Bristol in 2020 and now writes in both English and French."),
    dict(key="francois", name="François Berthier", title="Directeur commercial", dept="Ventes", loc="Lyon, FR", langs=["fr", "en"],
         joined="2010-01-01", skills=["négociation", "grands comptes"],
         profile="Directeur commercial groupe, sponsor de la communauté Avant-vente."),
    dict(key="annesophie", name="Anne-Sophie Morel", title="Responsable gestion des connaissances", dept="Transformation", loc="Lyon, FR", langs=["fr", "en"],
         joined="2021-01-01", skills=["knowledge management", "communautés de pratique", "SharePoint", "retour d'expérience"],
         profile="Je m'occupe de la gestion des connaissances : communautés de pratique, retours d'expérience, départs en "
                 "retraite et transfert de savoir-faire. J'accompagne les coordinateurs des communautés."),
    dict(key="david", name="David Nguyen", title="Ingénieur méthodes", dept="Bureau d'études", loc="Toulouse, FR", langs=["fr", "en"],
         joined="2012-01-01", skills=["CATIA V5"],
         profile="Ingénieur méthodes au bureau d'études de Toulouse."),
    dict(key="karim", name="Karim Haddad", title="Ingénieur IoT industriel", dept="Innovation", loc="Grenoble, FR", langs=["fr", "en", "ar"],
         joined="2020-05-01", skills=["IoT", "LoRaWAN", "capteurs vibratoires", "edge computing", "MQTT"],
         profile="Karim Haddad travaille à la cellule innovation de Grenoble. Il a déployé les premiers capteurs vibratoires "
                 "sans fil sur les pompes de process et coordonne la communauté Maintenance prédictive & jumeau numérique."),
    dict(key="elodie", name="Élodie Giraud", title="Ingénieure simulation", dept="Bureau d'études", loc="Toulouse, FR", langs=["fr", "en"],
         joined="2018-10-01", skills=["jumeau numérique", "simulation", "Modelica", "MATLAB", "machine learning"],
         profile="Ingénieure simulation au BE de Toulouse. Modèles physiques de pompes et de circuits hydrauliques, et depuis "
                 "2023 le jumeau numérique de la ligne de dosage de Grenoble."),
    dict(key="stephane", name="Stéphane Renaud", title="Chef de projet SAP", dept="DSI", loc="Lyon, FR", langs=["fr", "en"],
         joined="2009-01-01", skills=["SAP PM", "SAP S/4HANA", "migration ERP", "gestion de projet"],
         profile="Chef de projet du programme de migration SAP ECC vers S/4HANA (vague 1 : Lyon, Grenoble, Katowice). "
                 "Ancien key user PM, je connais les ordres de maintenance par cœur."),
    dict(key="beata", name="Beata Lewandowska", title="Specjalistka ds. księgowości", dept="Finanse", loc="Katowice, PL", langs=["pl", "en"],
         joined="2008-03-01", skills=[],
         profile="Księgowość, zakład Katowice."),
    dict(key="carlos", name="Carlos Méndez", title="Planeador de producción – Key user SAP PP", dept="Planeación", loc="Monterrey, MX", langs=["es", "en"],
         joined="2015-05-01", skills=["SAP PP", "MRP", "planeación"],
         profile="Planeador de producción y key user de SAP PP en Monterrey. Participo en la migración a S/4HANA (ola 2)."),
    dict(key="christophe", name="Christophe Lefebvre", title="Directeur du site de Lille", dept="Direction", loc="Lille, FR", langs=["fr", "en"],
         joined="2007-01-01", skills=["direction de site", "conduite du changement"],
         profile="Directeur du site de Lille depuis 2018."),
    dict(key="valerie", name="Valérie Dumont", title="Responsable RH site", dept="RH", loc="Lille, FR", langs=["fr"],
         joined="2006-09-01", skills=["relations sociales", "CSE", "reclassement", "GPEC"],
         profile="Responsable RH du site de Lille. Relations avec le CSE, accompagnement des salariés, mobilité interne."),
    dict(key="jeanmarc", name="Jean-Marc Ferrand", title="Président-directeur général", dept="Direction générale", loc="Lyon, FR", langs=["fr", "en"],
         joined="1999-01-01", skills=[],
         profile="Président du Groupe Ferrand, troisième génération de la famille."),
    dict(key="gerard", name="Gérard Petit", title="Technicien de maintenance", dept="Maintenance", loc="Lille, FR", langs=["fr"],
         joined="1992-02-01", skills=["électricité", "automatisme", "variateurs"], opted_out=True,
         profile="Électromécanicien, 30 ans de maintenance à Lille. Variateurs, automates, moteurs."),
    dict(key="olga", name="Olga Kamińska", title="Quality Inspector", dept="Jakość", loc="Katowice, PL", langs=["pl", "en"],
         joined="2015-01-01", skills=["inspection", "CMM"], opted_out=True,
         profile="Quality inspector, incoming inspection and final inspection of pump housings."),
    dict(key="luis", name="Luis Hernández", title="Técnico de servicio", dept="Servicio", loc="Monterrey, MX", langs=["es", "en"],
         joined="2013-08-01", skills=["reparación de bombas", "sellos mecánicos"], opted_out=True,
         profile="Técnico de servicio en campo. Reparación de bombas FP, sellos mecánicos, arranques."),
    dict(key="aurelie", name="Aurélie Vasseur", title="Comptable fournisseurs", dept="Finance", loc="Lille, FR", langs=["fr"],
         joined="2016-01-01", skills=["comptabilité fournisseurs"], opted_out=True,
         profile="Comptabilité fournisseurs, site de Lille."),
    dict(key="simon", name="Simon Gagnon", title="Directeur des opérations Amérique du Nord", dept="Direction industrielle", loc="Montréal, QC", langs=["fr", "en"],
         joined="2012-01-01", skills=["opérations", "santé-sécurité", "lean"],
         profile="Directeur des opérations pour Montréal et Trois-Rivières. Sponsor de la communauté Santé-sécurité."),
    dict(key="maxime", name="Maxime Pelletier", title="Technicien en instrumentation", dept="Maintenance", loc="Montréal, QC", langs=["fr", "en"],
         joined="2019-08-01", skills=["instrumentation", "4-20 mA", "HART", "étalonnage"],
         profile="Technicien en instrumentation et contrôle à Montréal. Transmetteurs, débitmètres, boucles 4-20 mA, étalonnage."),
    dict(key="catherine", name="Catherine Roy", title="Directrice des ressources humaines groupe", dept="RH", loc="Lyon, FR", langs=["fr", "en"],
         joined="2019-01-01", skills=["RH", "marque employeur", "relations sociales"],
         profile="DRH du groupe depuis 2019, arrivée de Québec. Sponsor de la communauté Intégration & tutorat."),
    dict(key="pawel", name="Paweł Mazur", title="Plant Manager", dept="Direction", loc="Katowice, PL", langs=["pl", "en"],
         joined="2014-01-01", skills=["plant management", "lean"],
         profile="Plant manager, Katowice. Responsible for 380 people and two production halls."),
    dict(key="hugo", name="Hugo Lemaire", title="Contrôleur de gestion industriel", dept="Finance", loc="Lyon, FR", langs=["fr", "en"],
         joined="2018-01-01", skills=["contrôle de gestion", "SAP CO", "Power BI"],
         profile="Contrôleur de gestion industriel, je suis les coûts de revient des sites France et je fais partie des key users CO du projet S/4."),
]

# opted-out people who must not author anything
SILENT_KEYS = ["aurelie"]

# --------------------------------------------------------------------------- names
NAMES = {
    "fr": dict(m="Thomas Nicolas Julien Sébastien Mathieu Antoine Olivier Romain Pierre Alexandre Yannick Florian Kévin Cédric Jérôme Benoît Arnaud Franck Damien Vincent Hervé Patrick Loïc Mehdi Rachid Yassine".split(),
               f="Camille Julie Émilie Aurélie Céline Sandrine Laetitia Marion Pauline Audrey Sarah Élise Amandine Charlotte Manon Virginie Nadia Sonia Léa Chloé Coralie Stéphanie".split(),
               last="Martin Bernard Thomas Petit Robert Richard Durand Leroy Moreau Simon Laurent Michel Lefèvre Garcia David Bertrand Roux Vincent Fournier Morel André Mercier Blanc Guérin Boyer Chevalier Lambert Bonnet Fontaine Rousseau Vidal Masson Lemoine Henry Perrot Carpentier Dupont Benoît Delattre Deschamps Hamdi Bouzid".split()),
    "qc": dict(m="Mathieu Étienne Jean-François Simon Patrick Marc-André Olivier Vincent Francis Jonathan Sébastien Martin Éric Samuel Félix Louis-Philippe".split(),
               f="Geneviève Marie-Ève Catherine Annie Isabelle Julie Valérie Émilie Karine Mélissa Josée Chantal Andréanne Marie-Pier".split(),
               last="Tremblay Gagnon Roy Côté Bouchard Gauthier Morin Lavoie Fortin Gagné Pelletier Bélanger Lévesque Bergeron Leblanc Paquette Simard Boucher Caron Beaulieu Cloutier Dubé Poirier Lapointe Ouellet Thibault Bédard Desjardins Vachon Lachance".split()),
    "pl": dict(m="Piotr Krzysztof Andrzej Tomasz Paweł Michał Marcin Łukasz Jakub Adam Grzegorz Wojciech Kamil Rafał Mateusz".split(),
               f="Anna Katarzyna Magdalena Agnieszka Joanna Ewa Monika Małgorzata Aleksandra Natalia Karolina Dorota Justyna".split(),
               last="Nowak Kowalski Wiśniewski Wójcik Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Krawczyk Kaczmarek Piotrowski Grabowski Pawlak Michalski Król".split()),
    "mx": dict(m="José Luis,Alejandro,Carlos,Juan Pablo,Luis,Fernando,Ricardo,Jorge,Miguel Ángel,Eduardo,Héctor,Arturo,Raúl".split(","),
               f="Ana Sofía,Mariana,Daniela,Guadalupe,Verónica,Patricia,Gabriela,Alejandra,Karla,Lucía,Fernanda".split(","),
               last="García Hernández Martínez López González Rodríguez Pérez Sánchez Ramírez Treviño Garza Cantú Villarreal Elizondo Flores Cavazos Leal Sepúlveda".split()),
    "en": dict(m="James Michael David Ryan Daniel Matthew Andrew Chris Tom Ben".split(),
               f="Sarah Rachel Laura Megan Jessica Hannah Emma Lucy Kate".split(),
               last="Walsh Thompson Mitchell Hughes Bennett Cooper Reid Murray Clarke Patel Harris Turner".split()),
}
ORIGIN_WEIGHTS = {"fr": 46, "qc": 26, "pl": 17, "mx": 16, "en": 6}
ORIGIN_SITES = {
    "fr": ["Lyon, FR", "Lyon, FR", "Grenoble, FR", "Grenoble, FR", "Lille, FR", "Lille, FR", "Lille, FR", "Toulouse, FR"],
    "qc": ["Montréal, QC", "Montréal, QC", "Trois-Rivières, QC", "Trois-Rivières, QC"],
    "pl": ["Katowice, PL"], "mx": ["Monterrey, MX"],
    "en": ["Montréal, QC", "Toulouse, FR", "Lyon, FR"],
}
PL_FEM = {"Kowalski": "Kowalska", "Wiśniewski": "Wiśniewska", "Kamiński": "Kamińska", "Lewandowski": "Lewandowska",
          "Zieliński": "Zielińska", "Szymański": "Szymańska", "Dąbrowski": "Dąbrowska", "Kozłowski": "Kozłowska",
          "Jankowski": "Jankowska", "Piotrowski": "Piotrowska", "Grabowski": "Grabowska", "Michalski": "Michalska"}


def random_name(origin, r):
    pool = NAMES[origin]
    gender = r.choice("mf")
    first = r.choice(pool[gender])
    last = r.choice(pool["last"])
    if origin == "pl" and gender == "f":
        last = PL_FEM.get(last, last)
    if origin == "mx" and r.random() < 0.3:
        last = last + " " + r.choice(pool["last"])
    return first, last, gender


def profile_lang(origin, loc, r):
    if origin in ("fr", "qc"):
        return "fr" if r.random() < 0.9 else "en"
    if origin == "en":
        return "en"
    if origin == "pl":
        return "pl" if r.random() < 0.35 else "en"
    return "es" if r.random() < 0.5 else "en"


DEPTS = {
    "Maintenance": dict(w=22, fr=["Technicien de maintenance|Technicienne de maintenance", "Mécanicien industriel|Mécanicienne industrielle", "Électrotechnicien|Électrotechnicienne", "Planificateur maintenance|Planificatrice maintenance", "Responsable maintenance"],
                        en=["Maintenance Technician", "Maintenance Planner", "Electrical Technician", "Maintenance Supervisor"],
                        es=["Técnico de mantenimiento|Técnica de mantenimiento", "Supervisor de mantenimiento|Supervisora de mantenimiento"],
                        pl=["Technik utrzymania ruchu", "Mechanik", "Elektryk"],
                        skills=["GMAO", "SAP PM", "hydraulique", "pneumatique", "soudure", "automatisme Siemens S7", "alignement laser", "lubrification", "roulements", "analyse vibratoire", "thermographie", "variateurs"],
                        focus=dict(fr=["le dépannage des lignes d'usinage", "la maintenance préventive des compresseurs et des pompes", "les automates et variateurs", "la planification des arrêts techniques"],
                                   en=["breakdown repair on the machining lines", "preventive maintenance of compressors and pumps", "PLCs and drives", "planning of shutdowns"],
                                   es=["el mantenimiento correctivo de las líneas", "el mantenimiento preventivo de bombas y compresores"],
                                   pl=["utrzymanie ruchu linii obróbki", "konserwację pomp i sprężarek"])),
    "Production": dict(w=20, fr=["Opérateur régleur|Opératrice régleuse", "Chef d'équipe production", "Responsable de ligne", "Pilote de ligne"],
                       en=["Production Supervisor", "Line Leader", "Machine Operator"],
                       es=["Supervisor de producción|Supervisora de producción", "Operador de máquina|Operadora de máquina"],
                       pl=["Operator maszyn", "Brygadzista|Brygadzistka", "Mistrz produkcji"],
                       skills=["5S", "SMED", "usinage CN", "lean", "TPM", "Fanuc", "soudure TIG", "peinture poudre", "management d'équipe"],
                       focus=dict(fr=["l'usinage des corps de pompe", "l'assemblage des groupes de dosage", "la ligne de peinture", "les changements de série"],
                                  en=["pump housing machining", "dosing skid assembly", "the paint line", "changeovers"],
                                  es=["el maquinado de carcasas", "el ensamble de bombas"],
                                  pl=["obróbkę korpusów pomp", "montaż zespołów dozujących"])),
    "Qualité": dict(w=11, fr=["Technicien qualité|Technicienne qualité", "Ingénieur qualité fournisseur|Ingénieure qualité fournisseur", "Auditeur interne|Auditrice interne", "Métrologue"],
                    en=["Quality Technician", "Supplier Quality Engineer", "Quality Engineer"],
                    es=["Inspector de calidad|Inspectora de calidad", "Ingeniero de calidad|Ingeniera de calidad"],
                    pl=["Inżynier jakości|Inżynierka jakości", "Kontroler jakości|Kontrolerka jakości"],
                    skills=["8D", "SPC", "ISO 9001", "métrologie", "MSP", "AMDEC", "Six Sigma Green Belt", "PPAP", "audit fournisseur"],
                    focus=dict(fr=["les réclamations clients", "la qualité fournisseurs", "le contrôle final", "la métrologie"],
                               en=["customer complaints", "supplier quality", "final inspection"],
                               es=["las quejas de clientes", "la calidad de proveedores"],
                               pl=["reklamacje klientów", "jakość dostawców"])),
    "HSE": dict(w=5, fr=["Animateur HSE|Animatrice HSE", "Technicien HSE|Technicienne HSE", "Conseiller SST|Conseillère SST"],
                en=["HSE Coordinator", "EHS Specialist"], es=["Coordinador de seguridad|Coordinadora de seguridad"], pl=["Specjalista BHP|Specjalistka BHP"],
                skills=["ISO 45001", "ATEX", "SST", "ergonomie", "sauveteur secouriste", "ISO 14001", "déchets"],
                focus=dict(fr=["les visites sécurité", "les permis de feu", "l'environnement et les déchets"], en=["safety walks", "hot work permits", "environment and waste"],
                           es=["las auditorías de seguridad"], pl=["szkolenia BHP"])),
    "Service client": dict(w=10, fr=["Technicien SAV|Technicienne SAV", "Chargé de support client|Chargée de support client", "Technicien itinérant|Technicienne itinérante"],
                           en=["Support Agent", "Field Service Technician", "Customer Service Representative"],
                           es=["Técnico de servicio|Técnica de servicio", "Agente de soporte"], pl=["Serwisant", "Specjalista obsługi klienta|Specjalistka obsługi klienta"],
                           skills=["SAV", "Zendesk", "pompes FP", "DX-Control", "mise en service", "relation client", "garnitures mécaniques"],
                           focus=dict(fr=["le support téléphonique niveau 1", "les interventions sur site client", "la gestion des retours sous garantie"],
                                      en=["level 1 phone support", "on-site interventions", "warranty returns"],
                                      es=["el soporte a clientes", "las visitas a campo"], pl=["obsługę zgłoszeń klientów"])),
    "IT": dict(w=7, fr=["Analyste BI", "Développeur MES|Développeuse MES", "Administrateur systèmes|Administratrice systèmes", "Data analyst"],
               en=["BI Analyst", "Data Analyst", "Systems Administrator", "IT Support Technician"],
               es=["Analista de sistemas", "Soporte de TI"], pl=["Administrator systemów|Administratorka systemów", "Analityk danych|Analityczka danych"],
               skills=["SQL", "Power BI", "Python", "Excel VBA", "Windows Server", "Lotus Notes", "AS/400", "Tableau", "MES"],
               focus=dict(fr=["les rapports Power BI de production", "le support utilisateurs", "les interfaces entre SAP et le MES"],
                          en=["production reporting", "user support", "SAP and MES interfaces"], es=["el soporte a usuarios"], pl=["raportowanie produkcji"])),
    "Ventes": dict(w=7, fr=["Ingénieur d'affaires|Ingénieure d'affaires", "Chargé d'offres|Chargée d'offres", "Assistant commercial|Assistante commerciale"],
                   en=["Account Manager", "Inside Sales Engineer"], es=["Ejecutivo de ventas|Ejecutiva de ventas"], pl=["Handlowiec", "Inżynier sprzedaży|Inżynierka sprzedaży"],
                   skills=["Salesforce", "chiffrage", "négociation", "CPQ", "prospection", "AutoCAD 2D"],
                   focus=dict(fr=["les clients de l'agroalimentaire", "les réponses aux appels d'offres publics", "le traitement des eaux"],
                              en=["water treatment accounts", "OEM customers"], es=["clientes de la industria minera"], pl=["klientów z branży chemicznej"])),
    "RH": dict(w=4, fr=["Chargé RH|Chargée RH", "Responsable formation", "Gestionnaire paie"], en=["HR Business Partner"], es=["Generalista de RH"], pl=["Specjalista ds. kadr|Specjalistka ds. kadr"],
               skills=["recrutement", "formation", "paie", "SIRH"],
               focus=dict(fr=["le recrutement des techniciens", "le plan de formation"], en=["recruitment"], es=["el reclutamiento"], pl=["rekrutację"])),
    "Supply chain": dict(w=7, fr=["Acheteur|Acheteuse", "Approvisionneur|Approvisionneuse", "Responsable logistique", "Gestionnaire de stock"],
                         en=["Buyer", "Logistics Coordinator"], es=["Comprador|Compradora", "Planeador de materiales|Planeadora de materiales"], pl=["Zaopatrzeniowiec", "Kierownik magazynu|Kierowniczka magazynu"],
                         skills=["achats", "SAP MM", "incoterms", "gestion de stock", "kanban"],
                         focus=dict(fr=["les achats de pièces de rechange", "le magasin central"], en=["spare parts purchasing"], es=["las compras de refacciones"], pl=["zakupy części zamiennych"])),
    "Bureau d'études": dict(w=5, fr=["Ingénieur méthodes|Ingénieure méthodes", "Dessinateur projeteur|Dessinatrice projeteuse", "Ingénieur projet|Ingénieure projet"],
                            en=["Design Engineer", "Project Engineer"], es=["Ingeniero de diseño|Ingeniera de diseño"], pl=["Konstruktor|Konstruktorka"],
                            skills=["CATIA V5", "SolidWorks", "calcul de structure", "hydraulique", "gestion de projet"],
                            focus=dict(fr=["la conception des skids de dosage", "l'industrialisation des nouveaux produits"], en=["skid design", "new product introduction"], es=["el diseño de skids"], pl=["projektowanie skidów"])),
    "Finance": dict(w=3, fr=["Contrôleur de gestion|Contrôleuse de gestion", "Comptable"], en=["Financial Analyst"], es=["Analista financiero|Analista financiera"], pl=["Księgowy|Księgowa"],
                    skills=["contrôle de gestion", "SAP FI", "Excel", "consolidation"],
                    focus=dict(fr=["le suivi des coûts de revient"], en=["cost reporting"], es=["los costos de planta"], pl=["rozliczenia kosztów"])),
}

STALE = ["Lotus Notes", "AS/400", "COBOL", "Six Sigma Green Belt", "AutoCAD 2D", "Windows XP", "Access", "Lean", "MS Project", "SAP R/3"]


def title_for(dept, lang, gender, r):
    t = r.choice(DEPTS[dept][lang])
    if "|" in t:
        t = t.split("|")[0 if gender == "m" else 1]
    return t


def skills_for(dept, r):
    x = r.random()
    if x < 0.22:
        return []
    pool = DEPTS[dept]["skills"]
    s = r.sample(pool, r.randint(1, min(4, len(pool))))
    if r.random() < 0.25:
        s.append(r.choice(STALE))
    return s


PROFILES = {
    "fr": [
        "Je suis {title} à {site} depuis {year}. Je m'occupe surtout de {focus}.",
        "{title} sur le site de {site}. Dans la maison depuis {year}, j'ai commencé en intérim et je suis resté{e}.",
        "{first} est {title} au sein de l'équipe {dept} de {site}. {Il} travaille principalement sur {focus}.",
        "Bonjour ! {title}, {site}. Je travaille sur {focus}. N'hésitez pas à me contacter par Teams.",
        "{title} ({dept}, {site}). Arrivé{e} chez Ferrand en {year} après dix ans en sous-traitance automobile.",
        "Je travaille à {site} comme {title}. Mon sujet du moment : {focus}.",
        "{first} a rejoint Ferrand en {year}. {Il} est {title} à {site} et s'intéresse à {focus}.",
    ],
    "en": [
        "{title} at the {site} site since {year}. Mostly working on {focus}.",
        "I joined Ferrand in {year} as {title} in {site}. Day to day I handle {focus}.",
        "{first} is a {title} in the {dept} team in {site}, focusing on {focus}.",
        "{title}, {site}. Before Ferrand I spent a few years in automotive. Current focus: {focus}.",
    ],
    "es": [
        "Soy {title} en la planta de {site} desde {year}. Me encargo principalmente de {focus}.",
        "{first} trabaja como {title} en {site}. Se enfoca en {focus}.",
        "{title} en {site}. Ingresé a Ferrand en {year}.",
    ],
    "pl": [
        "Pracuję jako {title} w zakładzie {site} od {year} roku. Zajmuję się głównie {focus}.",
        "{title}, {site}. W firmie od {year} roku.",
    ],
}


def profile_for(first, gender, title, dept, site, year, lang, r):
    tpl = r.choice(PROFILES[lang])
    focus = r.choice(DEPTS[dept]["focus"][lang])
    return tpl.format(title=title, site=site, year=year, focus=focus, first=first, dept=dept,
                      e="e" if gender == "f" else "", Il="Elle" if gender == "f" else "Il")
