"""National regulators beyond the big ones `agencies` names itself, in its table's shape.

Each row: (pattern, agency, jurisdiction, strength, literal hints, capitalised word hints),
the last two as `agencies` reads them (the hints for text with Chinese, the words for text
without). The agency code is the regulator's own abbreviation. A regulator of an EU member
state acts for its own country, not for the Union: its national licence ("after a
decentralised procedure") is that country's. Only regulators' names, no bare country
words: a country named in passing ("sold in Brazil") would otherwise become the
jurisdiction of events the article places nowhere.
"""

from __future__ import annotations

NationalRow = tuple[str, str, str, int, tuple[str, ...], str]

NATIONAL_ROWS: tuple[NationalRow, ...] = (
    # India's regulator, headed by the Drugs Controller General of India.
    (r"Central Drugs? Standards? Control Organi[sz]ation|CDSCO\b"
     r"|Drugs Controller General of India|DCGI\b|India's drug regulator|印度中央药品标准控制",
     "CDSCO", "IN", 2, ("Central Drug", "CDSCO", "Drugs Controller", "DCGI", "India's drug",
                        "印度中央药品"),
     "Central CDSCO Drugs DCGI India's"),
    (r"National Health Surveillance Agency|Brazilian Health Regulatory Agency|ANVISA\b|Anvisa\b"
     r"|Ag[eê]ncia Nacional de Vigil[aâ]ncia Sanit[aá]ria|巴西国家卫生监督局",
     "ANVISA", "BR", 2, ("Health Surveillance", "Health Regulatory Agency", "ANVISA", "Anvisa",
                         "Vigil", "巴西国家卫生"),
     "National Brazilian ANVISA Anvisa Ag"),
    (r"Health Sciences Authority|HSA\b|新加坡卫生科学局", "HSA", "SG", 2,
     ("Health Sciences", "HSA", "新加坡卫生"), "Health HSA"),
    (r"Federal Institute for Drugs and Medical Devices|BfArM\b"
     r"|Bundesinstitut f[uü]r Arzneimittel und Medizinprodukte|德国联邦药品和医疗器械研究所",
     "BfArM", "DE", 2, ("Federal Institute for Drugs", "BfArM", "Bundesinstitut", "德国联邦药品"),
     "Federal BfArM Bundesinstitut"),
    # Its initials once named, as German copy goes on: "the PEI approved" (with its article:
    # a bare "PEI" is as often Prince Edward Island).
    (r"Paul[- ]Ehrlich[- ]Institut(?:e)?|(?<=[Tt]he )PEI\b", "PEI", "DE", 2, ("Ehrlich", "PEI"),
     "Paul PEI"),
    (r"National Agency for the Safety of Medicines and Health Products|ANSM\b"
     r"|Agence nationale de s[eé]curit[eé] du m[eé]dicament",
     "ANSM", "FR", 2, ("Safety of Medicines", "ANSM", "Agence nationale"), "National ANSM Agence"),
    (r"Italian Medicines Agency|AIFA\b|Agenzia Italiana del Farmaco", "AIFA", "IT", 2,
     ("Italian Medicines", "AIFA", "Agenzia Italiana"), "Italian AIFA Agenzia"),
    (r"Spanish Agency (?:of|for) Medicines and (?:Medical Devices|Health Products)|AEMPS\b"
     r"|Agencia Espa[nñ]ola de Medicamentos y Productos Sanitarios",
     "AEMPS", "ES", 2, ("Spanish Agency", "AEMPS", "Agencia Espa"), "Spanish AEMPS Agencia"),
    (r"Federal Commission for (?:the )?Protection (?:against|from) Sanitary Risks?"
     r"|COFEPRIS\b|Cofepris\b",
     "COFEPRIS", "MX", 2, ("Sanitary Risk", "COFEPRIS", "Cofepris"), "Federal COFEPRIS Cofepris"),
    (r"South African Health Products Regulatory Authority|SAHPRA\b", "SAHPRA", "ZA", 2,
     ("Health Products Regulatory", "SAHPRA"), "South SAHPRA"),
    # "SFDA" alone is China's former State FDA (`agencies`): Saudi Arabia's only with its name.
    (r"Saudi (?:Arabia's )?Food and Drug Authority|Saudi (?:Arabia's )?S?FDA\b", "SFDA", "SA", 2,
     ("Saudi",), "Saudi"),
    (r"New Zealand Medicines and Medical Devices Safety Authority|Medsafe\b", "Medsafe", "NZ", 2,
     ("Medical Devices Safety", "Medsafe"), "New Medsafe"),
    (r"National Administration of Drugs, Foods and Medical (?:Devices|Technology)|ANMAT\b"
     r"|Administraci[oó]n Nacional de Medicamentos, Alimentos y Tecnolog[ií]a M[eé]dica",
     "ANMAT", "AR", 2, ("Drugs, Foods", "ANMAT", "Medicamentos, Alimentos"),
     "National ANMAT Administraci"),
    (r"National Pharmaceutical Regulatory Agency|NPRA\b", "NPRA", "MY", 2,
     ("Pharmaceutical Regulatory Agency", "NPRA"), "National NPRA"),
    (r"Health Products Regulatory Authority|HPRA\b", "HPRA", "IE", 2,
     ("Health Products Regulatory Authority", "HPRA"), "Health HPRA"),
    # Israel's regulator is its Ministry of Health, by the country's name (a bare "Ministry of
    # Health" or "MOH" is many countries'); the acronym in brackets after it is the same name.
    (r"(?:Israel(?:i|'s)?|the State of Israel's) (?:Ministry of Health|Health Ministry|MOH\b)"
     r"(?:\s*\(MOH\))?|Ministry of Health of (?:the State of )?Israel\b",
     "MOH", "IL", 2, ("Israel",), "Israel Israeli Ministry"),
    # Thailand's Food and Drug Administration (อย.), written "Thai FDA" so that it is never
    # the US FDA: its English names with the country's, or with "Thai FDA" in brackets.
    (r"Thai(?:land's)? (?:Food and Drug Administration|FDA)\b|Thailand FDA\b"
     r"|Food and Drug Administration,? (?:of )?Thailand\b"
     r"|Food and Drug Administration\s*[(（]Thai FDA[)）]",
     "Thai FDA", "TH", 2, ("Thai", "Food and Drug Administration"), "Thai Thailand Food"),
    (r"National Institute (?:of|for) (?:Food and Drug|Drug and Food) Surveillance|INVIMA\b"
     r"|Invima\b|Instituto Nacional de Vigilancia de Medicamentos y Alimentos",
     "INVIMA", "CO", 2, ("Surveillance", "INVIMA", "Invima", "Vigilancia de Medicamentos"),
     "National INVIMA Invima Instituto"),
    # The Emirates' federal regulator since 2024, and the ministry that registered medicines
    # before it (copy about older files names both).
    (r"Emirates Drug Establishment|EDE\b|(?:UAE|Emirati) drug regulator", "EDE", "AE", 2,
     ("Emirates Drug", "EDE", "UAE", "Emirati"), "Emirates EDE UAE Emirati"),
    (r"(?:UAE|Emirati) Ministry of Health(?: and Prevention)?|Ministry of Health and Prevention"
     r"|MOHAP\b", "MOHAP", "AE", 2, ("UAE", "Emirati", "Health and Prevention", "MOHAP"),
     "UAE Emirati Ministry MOHAP"),
    (r"Turkish Medicines and Medical Devices Agency|T[İI]TCK\b"
     r"|T[üu]rkiye [İI]la[çc] ve T[ıi]bbi Cihaz Kurumu",
     "TITCK", "TR", 2, ("Turkish Medicines", "TİTCK", "TITCK", "Cihaz Kurumu"),
     "Turkish T TITCK"),
    (r"Drug Regulatory Authority of Pakistan|DRAP\b", "DRAP", "PK", 2,
     ("Drug Regulatory Authority of Pakistan", "DRAP"), "Drug DRAP"),
    (r"Drug Administration of Viet ?[Nn]am|Vietnam(?:ese|'s)? Drug Administration|DAV\b"
     r"|C[uụ]c Qu[aả]n l[yý] D[uư][oợ]c",
     "DAV", "VN", 2, ("Drug Administration of Viet", "Drug Administration", "DAV", "Qu"),
     "Drug Vietnam Vietnamese Vietnam's DAV C"),
    # Indonesia's National Agency of Drug and Food Control, known by its Indonesian initials.
    (r"National Agency (?:of|for) Drug and Food Control|Badan (?:Pengawas Obat dan Makanan|POM)\b"
     r"|BPOM\b|Indonesia(?:n|'s) (?:Food and Drug (?:Authority|Agency)|FDA)\b",
     "BPOM", "ID", 2, ("Drug and Food Control", "Badan", "BPOM", "Indonesia"),
     "National Badan BPOM Indonesian Indonesia's"),
    # The Philippines' Food and Drug Administration, by the country's name with it (before
    # the US FDA's rows can take its words).
    (r"Philippines?(?:'s|')? (?:Food and Drug Administration|FDA)\b|FDA[- ]Philippines\b"
     r"|Food and Drug Administration,? (?:of )?(?:the )?Philippines\b"
     r"|FDA of the Philippines\b|Philippine FDA\b",
     "FDA Philippines", "PH", 2, ("Philippine", "FDA", "Food and Drug Administration"),
     "Philippine Philippines FDA Food"),
    (r"Egyptian Drug Authority|(?<=[Tt]he )EDA\b|\(EDA\)|EDA's\b", "EDA", "EG", 2,
     ("Egyptian Drug", "EDA"), "Egyptian EDA"),
)  # fmt: skip
