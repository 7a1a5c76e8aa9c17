"""The extractor on sentences written for each rule: several phrasings per fact.

Every case names facts that must be found and readings that must not be: negated,
modal or merely requested statements never produce the positive fact.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.tokens import Doc

from policygraph.model import Article, Entity, Extraction

pytestmark = pytest.mark.model

Triple = tuple[str, str, str]

CASES: list[tuple[str, set[Triple], set[Triple]]] = [
    # urgedToJoin: active, noun "calls for", passive with an agent
    ("Washington has urged Japan to join the Clean Network, a US initiative.",
     {("Japan", "urgedToJoin", "Clean Network")}, {("Japan", "participatesIn", "Clean Network")}),
    ("The US reiterated its calls for India to take part in its Clean Network.",
     {("India", "urgedToJoin", "Clean Network"), ("Clean Network", "promotedBy", "United States")},
     {("Clean Network", "promotedBy", "India"), ("India", "participatesIn", "Clean Network")}),
    ("Canada was pressed by the United States to sign up to the Clean Network, but Ottawa "
     "said it would not participate.",
     {("Canada", "urgedToJoin", "Clean Network")},
     {("United States", "urgedToJoin", "Clean Network"),
      ("Canada", "participatesIn", "Clean Network")}),
    # participatesIn: coordination, negation, modality
    ("Telstra, Optus and TPG Telecom in Australia have joined the Clean Network.",
     {("Telstra", "participatesIn", "Clean Network"), ("Optus", "participatesIn", "Clean Network"),
      ("TPG Telecom", "participatesIn", "Clean Network")},
     {("Australia", "participatesIn", "Clean Network")}),
    ("Brazil will not join the Clean Network, officials in Brasilia said.",
     set(), {("Brazil", "participatesIn", "Clean Network")}),
    ("Vietnam is considering whether to join the Clean Network.",
     set(), {("Vietnam", "participatesIn", "Clean Network")}),
    # usesEquipmentFrom: still using, relies on, stopped using, supplies
    ("LG U+ is the only South Korean carrier still using Huawei equipment.",
     {("LG U+", "usesEquipmentFrom", "Huawei"), ("LG U+", "basedIn", "South Korea")}, set()),
    ("Deutsche Telekom relies heavily on Huawei equipment in Germany.",
     {("Deutsche Telekom", "usesEquipmentFrom", "Huawei")}, set()),
    ("Vodafone and BT still use Huawei gear in parts of their networks in Britain.",
     {("Vodafone", "usesEquipmentFrom", "Huawei"), ("BT", "usesEquipmentFrom", "Huawei")}, set()),
    ("Telia stopped using Huawei equipment in 2019, and Telenor no longer buys from ZTE.",
     set(), {("Telia", "usesEquipmentFrom", "Huawei"), ("Telenor", "usesEquipmentFrom", "ZTE")}),
    ("Countries that have agreed not to use Huawei equipment include Poland.",
     set(), {("Poland", "usesEquipmentFrom", "Huawei")}),
    ("Ericsson supplies Bell Canada and Telus with radio equipment.",
     {("Bell Canada", "usesEquipmentFrom", "Ericsson"), ("Telus", "usesEquipmentFrom", "Ericsson")}, set()),
    # excludes: "aimed at shutting out", "keep ... out", "bars", a pronoun, negation
    ("The Clean Network aims to keep untrusted vendors such as Huawei and ZTE out of 5G networks.",
     {("Clean Network", "excludes", "Huawei"), ("Clean Network", "excludes", "ZTE")}, set()),
    ("The Telecommunications Security Act bars Huawei from British 5G networks.",
     {("Telecommunications (Security) Act 2021", "excludes", "Huawei")}, set()),
    ("The EU 5G Toolbox, adopted by the European Commission in January 2020, stopped short of "
     "a ban on Huawei.",
     {("EU 5G Toolbox", "promotedBy", "European Commission")},
     {("EU 5G Toolbox", "excludes", "Huawei")}),
    ("Germany has no plans to exclude Huawei under its IT Security Act.",
     set(), {("IT Security Act", "excludes", "Huawei")}),
    # basedIn: prepositions, possessives, demonyms, appositions
    ("Ericsson, the Swedish equipment maker, and Nokia, the Finnish supplier, stand to gain.",
     {("Ericsson", "basedIn", "Sweden"), ("Nokia", "basedIn", "Finland")}, set()),
    ("Japan's KDDI and China's ZTE signed a deal.",
     {("KDDI", "basedIn", "Japan"), ("ZTE", "basedIn", "China")}, set()),
    # promotedBy / announcedBy / announcedOn / linkedWith / partOf
    ("The Clean Network program is a US policy announced by Secretary of State Mike Pompeo in "
     "August.",
     {("Clean Network", "promotedBy", "United States"),
      ("Clean Network", "announcedBy", "Mike Pompeo")}, set()),
    ("India's Department of Telecommunications announced the trusted source framework in March.",
     {("Trusted Sources framework", "promotedBy", "India")}, set()),
    ("Seoul wants to link South Korea's New Southern Policy with the US' Indo-Pacific Strategy.",
     {("New Southern Policy", "linkedWith", "Indo-Pacific Strategy of the United States"),
      ("New Southern Policy", "promotedBy", "South Korea")}, set()),
    ("The Digital Silk Road, part of China's Belt and Road Initiative, has drawn scrutiny.",
     {("Digital Silk Road", "partOf", "Belt and Road Initiative"),
      ("Belt and Road Initiative", "promotedBy", "China")}, set()),
    # policies named only by a description: clause, noun phrase, hypothetical
    ("Romania's government on Monday banned Huawei from its 5G networks.",
     {("Romania's ban on Huawei", "excludes", "Huawei"),
      ("Romania's ban on Huawei", "promotedBy", "Romania")}, set()),
    ("The Dutch ban on ZTE equipment took effect last year.",
     {("Netherlands' ban on ZTE", "excludes", "ZTE")}, set()),
    ("Portugal is considering a ban on Huawei, but no decision has been taken.",
     set(), {("Portugal's ban on Huawei", "excludes", "Huawei")}),
    ("The Chinese Embassy warned that excluding Huawei would have consequences.",
     set(), {("China's ban on Huawei", "excludes", "Huawei")}),
    # lists, endorsements, replacements
    ("The Commerce Department added Hikvision and Dahua to the Entity List on Tuesday.",
     {("Entity List", "excludes", "Hikvision"), ("Entity List", "excludes", "Dahua Technology")},
     set()),
    ("The Digital Markets Act, endorsed by the European Parliament in July 2022, took effect.",
     {("Digital Markets Act", "promotedBy", "European Parliament")}, set()),
    ("KPN said it had already replaced its ZTE routers with Nokia gear.",
     {("KPN", "usesEquipmentFrom", "Nokia")}, {("KPN", "usesEquipmentFrom", "ZTE")}),
    ("Optus, owned by Singapore's Singtel, uses Huawei and Nokia in its 4G network.",
     {("Optus", "usesEquipmentFrom", "Huawei"), ("Optus", "usesEquipmentFrom", "Nokia")},
     {("Singtel", "usesEquipmentFrom", "Huawei")}),
    # people
    ("Foreign Minister Zbigniew Rau said Poland would sign the declaration.",
     {("Zbigniew Rau", "affiliatedWith", "Poland")}, set()),
    ("Chinese Foreign Ministry spokesperson Zhao Lijian called the plan political manipulation.",
     {("Zhao Lijian", "affiliatedWith", "Ministry of Foreign Affairs of China")}, set()),
    ("U.S. Secretary of Commerce Gina Raimondo met Japanese Minister of Economy, Trade and "
     "Industry Hiroshi Kajiyama in Tokyo on Tuesday.",
     {("Gina Raimondo", "affiliatedWith", "United States"),
      ("Hiroshi Kajiyama", "affiliatedWith", "Japan")}, set()),
    # usesEquipmentFrom: suppliers, contracts and partnerships, in both directions
    ("Huawei is the main equipment supplier to Globe Telecom in the Philippines, and ZTE is a "
     "key vendor for Telkomsel.",
     {("Globe Telecom", "usesEquipmentFrom", "Huawei"), ("Telkomsel", "usesEquipmentFrom", "ZTE")},
     set()),
    ("Huawei is not a supplier to Verizon. Nokia, a former supplier to Sprint, lost the deal.",
     set(), {("Verizon", "usesEquipmentFrom", "Huawei"), ("Sprint", "usesEquipmentFrom", "Nokia")}),
    ("Samsung won a $6.6 billion contract from Verizon to supply 5G equipment, while Ericsson "
     "hopes to win a contract from Telus.",
     {("Verizon", "usesEquipmentFrom", "Samsung Electronics")},
     {("Telus", "usesEquipmentFrom", "Ericsson")}),
    ("Swisscom awarded Ericsson a contract for its 5G radio network, and Vodafone inked a deal "
     "with Nokia.",
     {("Swisscom", "usesEquipmentFrom", "Ericsson"), ("Vodafone", "usesEquipmentFrom", "Nokia")},
     set()),
    ("Orange works with Nokia for its 5G rollout, and Ericsson partners with Indosat. BT has "
     "been told to stop working with Huawei.",
     {("Orange", "usesEquipmentFrom", "Nokia"),
      ("Indosat Ooredoo Hutchison", "usesEquipmentFrom", "Ericsson")},
     {("BT", "usesEquipmentFrom", "Huawei")}),
    ("Three UK's radio network is built by Huawei, and EE's core is supplied by Ericsson.",
     {("Three UK", "usesEquipmentFrom", "Huawei"), ("EE", "usesEquipmentFrom", "Ericsson")}, set()),
    ("Rome blocked Fastweb from signing a deal with Huawei for its 5G core.",
     set(), {("Fastweb", "usesEquipmentFrom", "Huawei")}),
    # an instrument named by a relative clause: who signed it, when
    ("Romania's law puts into effect a memorandum on 5G that President Klaus Iohannis signed "
     "with US President Donald Trump in August 2019.",
     {("United States-Romania memorandum on 5G", "announcedBy", "Klaus Iohannis"),
      ("United States-Romania memorandum on 5G", "announcedBy", "Donald Trump"),
      ("United States-Romania memorandum on 5G", "promotedBy", "Romania"),
      ("United States-Romania memorandum on 5G", "promotedBy", "United States")}, set()),
    # a subject whose title contains "of": still the subject
    ("Governments were pressed to join the Clean Network, which Secretary of State Mike "
     "Pompeo launched in August.",
     {("Clean Network", "announcedBy", "Mike Pompeo")}, set()),
    ("The Digital Silk Road, which Chinese Minister of Commerce Wang Wentao unveiled in "
     "Jakarta, worries Washington.",
     {("Digital Silk Road", "announcedBy", "Wang Wentao"),
      ("Digital Silk Road", "promotedBy", "China")},
     {("Digital Silk Road", "promotedBy", "United States")}),
    # where an official is sent is not whom they serve; a known surname alone is the person
    ("The talks were led by Richard Grenell, Trump's special envoy for Serbia and Kosovo "
     "peace negotiations, on Friday.",
     set(), {("Richard Grenell", "affiliatedWith", "Serbia"),
             ("Richard Grenell", "affiliatedWith", "Kosovo")}),
    ("Nicholas Burns, the US ambassador to China, met officials from Japan.",
     {("Nicholas Burns", "affiliatedWith", "United States")},
     {("Nicholas Burns", "affiliatedWith", "China")}),
    # "its" is the subject of its own clause; lobbying others to ban is not a ban
    ("Chipmakers such as SMIC, which Washington added to its Entity List in December, "
     "face new curbs.",
     {("Entity List", "promotedBy", "United States")},
     {("Entity List", "promotedBy", "SMIC")}),
    ("Washington has been lobbying allies to bar Huawei from their networks, and Canberra is "
     "pressing Wellington to exclude ZTE.",
     set(), {("United States' ban on Huawei", "excludes", "Huawei"),
             ("Australia's ban on ZTE", "excludes", "ZTE")}),
    # instruments named by what they do: a deal or warning against named companies, an
    # executive order; a business deal or a storm warning is no policy
    ("Austria's Interior Ministry has struck a deal with the country's operators to phase out "
     "components from Chinese suppliers Huawei and ZTE.",
     {("Austria's deal", "excludes", "Huawei"), ("Austria's deal", "excludes", "ZTE"),
      ("Austria's deal", "promotedBy", "Austria")}, set()),
    ("The cyber security agency of Estonia issued a warning against the use of software "
     "supplied by Huawei.",
     {("Estonia's warning", "excludes", "Huawei")}, set()),
    ("President Joe Biden signed an executive order on Tuesday, the United States said.",
     {("United States' executive order", "announcedBy", "Joe Biden"),
      ("United States' executive order", "promotedBy", "United States")}, set()),
    ("Telia signed a deal with Ericsson to replace Huawei gear, and the agency issued a storm "
     "warning for the coast.",
     {("Telia Company", "usesEquipmentFrom", "Ericsson")}, set()),
    # who uses the gear: "both of which", coordinated subjects, an owner's possessive
    ("Most exposed are Telia, controlled by the Swedish state, and Telenor, both of which rely "
     "on Huawei radio equipment.",
     {("Telia Company", "usesEquipmentFrom", "Huawei"), ("Telenor", "usesEquipmentFrom", "Huawei")},
     set()),
    ("Viettel and Vinaphone both launched 5G trials on Nokia equipment last year.",
     {("Viettel", "usesEquipmentFrom", "Nokia"), ("VNPT", "usesEquipmentFrom", "Nokia")},
     set()),
    ("Orange picked Ericsson, while Iliad's Free Mobile relies on Nokia.",
     {("Free", "usesEquipmentFrom", "Nokia"), ("Orange", "usesEquipmentFrom", "Ericsson")},
     {("Iliad", "usesEquipmentFrom", "Nokia")}),
    # precision: a title after a comma, a slogan, a portfolio, a company's "its"
    ("Jets flew over the South China Sea, Philippine Defense Secretary Delfin Lorenzana said.",
     {("Delfin Lorenzana", "affiliatedWith", "Philippines")},
     {("Delfin Lorenzana", "affiliatedWith", "China")}),
    ('The 5G phone censors terms such as "Free Tibet", the regulator said, and Xiaomi sold it.',
     set(), {("Free", "usesEquipmentFrom", "Xiaomi")}),
    ("Viettel said the choice was its own, not a result of Washington's decision to add "
     "Huawei to its Entity List.",
     {("Entity List", "promotedBy", "United States")}, {("Entity List", "promotedBy", "Viettel")}),
    # gear being replaced is in use; a group's named members join; "plan" the noun is no plan
    ("Sweden's Telia and Tele2 will gradually replace the Huawei equipment in their core "
     "networks with Ericsson gear.",
     {("Telia Company", "usesEquipmentFrom", "Huawei"), ("Tele2", "usesEquipmentFrom", "Huawei")},
     set()),
    ("Washington unveiled the Clean Network, a plan that 30 countries have joined, including "
     "Poland and Estonia.",
     {("Poland", "participatesIn", "Clean Network"), ("Estonia", "participatesIn", "Clean Network")},
     set()),
    ("Viettel made its first 5G call on imported Ericsson equipment.",
     {("Viettel", "usesEquipmentFrom", "Ericsson")}, set()),
    # "its chief executive, NAME": the sentence's subject, not the nearest company
    ("MTN launched 5G on Huawei equipment in 2020, and last year its chief executive, Ralph "
     "Mupita, praised Nokia.",
     {("Ralph Mupita", "affiliatedWith", "MTN")}, {("Ralph Mupita", "affiliatedWith", "Huawei")}),
    ("Indonesia hosted the summit, and its minister of communications, Budi Arie Setiadi, "
     "spoke first.",
     {("Budi Arie Setiadi", "affiliatedWith", "Indonesia")}, set()),
    ("At the White House, Pat Gelsinger said Intel would build plants in the United States.",
     {("Pat Gelsinger", "affiliatedWith", "Intel")},
     {("Pat Gelsinger", "affiliatedWith", "United States")}),
    # names in quotes or with their acronym before a policy noun
    ("Kenya launched the Digital Superhighway (DSH) programme in 2022.",
     {("Digital Superhighway", "promotedBy", "Kenya")}, set()),
    ("Ghana's Rural Connect Fund (RCF) scheme pays for masts in remote villages, and the "
     "National Security Agency (NSA) program is not a policy of Ghana.",
     {("Rural Connect Fund", "promotedBy", "Ghana")},
     {("National Security Agency", "promotedBy", "Ghana")}),
    ('Hanoi has never barred Huawei, and the "Make in Vietnam" campaign says nothing about '
     "foreign suppliers.",
     set(), {("Make in Vietnam", "excludes", "Huawei")}),
    # linkedWith: a subject policy with each one it complements; two names in one run
    ("The Alpha Initiative will complement the Trade and Investment Framework Agreement and "
     "the Digital Economy Partnership Agreement.",
     {("Alpha Initiative", "linkedWith", "Trade and Investment Framework Agreement"),
      ("Alpha Initiative", "linkedWith", "Digital Economy Partnership Agreement")},
     {("Trade and Investment Framework Agreement", "linkedWith",
       "Digital Economy Partnership Agreement")}),
    ("The work will build on the ongoing cooperation under the Beta Partnership Agreement "
     "(BPA) and the Gamma Dialogue Framework (GDF), officials said.",
     set(), {("Beta Partnership Agreement", "linkedWith", "Gamma Dialogue Framework")}),
    # a person right after an organisation's or a country's possessive serves it
    ("Leaders including Intel's Pat Gelsinger, Micron Technology's Sanjay Mehrotra and "
     "Advanced Micro Devices' Lisa Su attended.",
     {("Pat Gelsinger", "affiliatedWith", "Intel"),
      ("Sanjay Mehrotra", "affiliatedWith", "Micron Technology"),
      ("Lisa Su", "affiliatedWith", "AMD")}, set()),
    # "it", "both", "the carrier" as the user of equipment
    ("Union Wireless and Viaero Wireless won federal money. Both still run large parts of "
     "their networks on Huawei equipment.",
     {("Union Wireless", "usesEquipmentFrom", "Huawei"),
      ("Viaero Wireless", "usesEquipmentFrom", "Huawei")}, set()),
    ("Deutsche Telekom relies on Huawei antennas. The Bonn-based company said it welcomed "
     "the decision. It has chosen Ericsson as the supplier of its core network.",
     {("Deutsche Telekom", "usesEquipmentFrom", "Ericsson")}, set()),
    ("O2, owned by Spain's Telefonica, is unaffected: it built its radio network with "
     "Ericsson and Nokia.",
     {("O2", "usesEquipmentFrom", "Ericsson"), ("O2", "usesEquipmentFrom", "Nokia")},
     {("Telefónica", "usesEquipmentFrom", "Ericsson")}),
    ("Huawei supplies Telia's radios. Ericsson said it had chosen Nokia as a partner.",
     set(), {("Telia Company", "usesEquipmentFrom", "Nokia")}),
    ("Telia chose Nokia for its core. Ericsson lost the tender. It uses Huawei chips in "
     "its own products.",
     set(), {("Telia Company", "usesEquipmentFrom", "Huawei")}),
    # stopping one thing is not stopping the next
    ("Chunghwa Telecom stopped buying Huawei equipment and built its 5G network with Nokia.",
     {("Chunghwa Telecom", "usesEquipmentFrom", "Nokia")},
     {("Chunghwa Telecom", "usesEquipmentFrom", "Huawei")}),
    # a national unit is not based where its parent group is
    ("Vodafone Germany, the German arm of Britain's Vodafone Group, said it was ready.",
     {("Vodafone Germany", "basedIn", "Germany"), ("Vodafone", "basedIn", "United Kingdom")},
     {("Vodafone Germany", "basedIn", "United Kingdom")}),
    # a first name that is also a capital is not the country
    ("The report was written by Sofia Lindgren, a fellow at the institute, and Jordan Lee.",
     set(), {("Sofia Lindgren", "affiliatedWith", "Bulgaria")}),
    # export controls, curbs and restrictions: the imposing state's policy, excluding no one
    ("The U.S. Commerce Department imposed export controls on advanced chips in October.",
     {("United States' export controls", "promotedBy", "US Department of Commerce"),
      ("United States' export controls", "announcedBy", "US Department of Commerce")}, set()),
    ("The Dutch government on Wednesday announced new export restrictions on advanced "
     "semiconductor equipment, a move that will affect ASML.",
     {("Netherlands' export controls", "promotedBy", "Netherlands")},
     {("Netherlands' export controls", "excludes", "ASML")}),
    ("Japan tightened export curbs on three materials used to make displays.",
     {("Japan's export controls", "promotedBy", "Japan")}, set()),
    # a body of two parties is based in neither; a country's unknown firm is a firm
    ("Officials of the EU-US Trade and Technology Council met in Brussels.",
     set(), {("Trade and Technology Council", "basedIn", "United States")}),
    ("Canada's Teck Resources, which recovers germanium at its smelter, could benefit, "
     "unlike Vietnam's Minister of Information and Communications Nguyen Manh Hung.",
     {("Teck Resources", "basedIn", "Canada")},
     {("Minister of Information and Communications", "basedIn", "Vietnam")}),
    # announced in a reporting clause; a lower-case office inside a title
    ("OTTAWA — Canada will ban equipment from Huawei and ZTE, Innovation Minister "
     "Francois Roy and Public Safety Minister Marco Mendicino announced on Thursday.",
     {("Canada's ban on Huawei and ZTE", "announcedBy", "Marco Mendicino"),
      ("Canada's ban on Huawei and ZTE", "promotedBy", "Canada")}, set()),
    ("On Wednesday, Chinese embassy spokesperson Wang Lei expressed concern.",
     {("Wang Lei", "affiliatedWith", "China")}, set()),
    ("The deal was praised by Telstra's Vicki Brady and by Japan's Fumio Kishida.",
     {("Vicki Brady", "affiliatedWith", "Telstra"), ("Fumio Kishida", "affiliatedWith", "Japan")},
     set()),
    # promoters: coordinated subjects, "the two countries", people's countries, a bloc's prefix
    ("Norway and Chile unveiled the Pacific Data Partnership on Monday.",
     {("Pacific Data Partnership", "promotedBy", "Norway"),
      ("Pacific Data Partnership", "promotedBy", "Chile")}, set()),
    ("Officials from Ghana and Peru met in Lima. The two countries will share research and "
     "launched the Andean Cable Initiative as part of the effort.",
     {("Andean Cable Initiative", "promotedBy", "Ghana"),
      ("Andean Cable Initiative", "promotedBy", "Peru")}, set()),
    ("Estonian Prime Minister Kaja Kallas and Latvian President Egils Levits signed the Baltic "
     "Digital Charter.",
     {("Baltic Digital Charter", "promotedBy", "Estonia"),
      ("Baltic Digital Charter", "promotedBy", "Latvia"),
      ("Baltic Digital Charter", "announcedBy", "Kaja Kallas")}, set()),
    ("Ministers discussed the EU Foreign Subsidies Regulation and the NATO Cyber Defence Pledge.",
     {("Foreign Subsidies Regulation", "promotedBy", "European Union"),
      ("Cyber Defence Pledge", "promotedBy", "NATO")}, set()),
    # the actor of a relative clause is its head, not whom the clause names; a closer "urged"
    ("The move follows pressure from Ottawa, which in May imposed sweeping curbs on exports of "
     "nickel to India and has since urged Mexico and Chile to join its restrictions.",
     {("Canada's export controls", "promotedBy", "Canada"),
      ("Mexico", "urgedToJoin", "Canada's export controls"),
      ("Chile", "urgedToJoin", "Canada's export controls")},
     {("Canada's export controls", "promotedBy", "Mexico"),
      ("India", "urgedToJoin", "Canada's export controls"),
      ("Canada", "urgedToJoin", "Canada's export controls")}),
    # exporters barred from selling are restrained, not shut out; curbs that hit are no ban
    ("The Foreign Direct Product Rule bars suppliers such as Qualcomm from shipping chips to "
     "Huawei.",
     {("Foreign Direct Product Rule", "excludes", "Huawei")},
     {("Foreign Direct Product Rule", "excludes", "Qualcomm")}),
    # a policy spelt out before its mixed-case acronym, owned by the pair before it;
    # known leaders named by title and surname only
    ("Officials met for the first round of the Peru-Chile initiative on Secure Undersea "
     "Networks (iSUN). President Biden and Prime Minister Modi praised the iSUN.",
     {("initiative on Secure Undersea Networks", "promotedBy", "Peru"),
      ("initiative on Secure Undersea Networks", "promotedBy", "Chile")},
     {("Secure Undersea Networks", "basedIn", "Peru")}),
    ("President Biden and Prime Minister Modi announced the Acme Space Partnership in Tokyo.",
     {("Acme Space Partnership", "announcedBy", "Joe Biden"),
      ("Acme Space Partnership", "announcedBy", "Narendra Modi")}, set()),
    # two bodies' bans on one app are two bans; a law may name a firm; a power is no ban
    ("The European Commission's TikTok ban came first. The European Parliament's TikTok ban "
     "followed on Tuesday.",
     {("European Commission's ban on TikTok", "excludes", "TikTok"),
      ("European Commission's ban on TikTok", "promotedBy", "European Commission"),
      ("European Parliament's ban on TikTok", "promotedBy", "European Parliament")},
     {("European Commission's ban on TikTok", "promotedBy", "European Parliament")}),
    ("Congress passed the No Huawei in Federal Networks Act in December.",
     {("No Huawei in Federal Networks Act", "promotedBy", "US Congress")}, set()),
    ("The committee advanced the SAFE Act, a bill that would give the president the power "
     "to ban TikTok.",
     set(), {("SAFE Act", "excludes", "TikTok")}),
    # a known policy named in full keeps its known owner; "President Xi" is Xi Jinping,
    # and "He" is no person
    ("Ten years ago, President Xi proposed the Belt and Road Initiative. China defends it. "
     "He said so.",
     {("Belt and Road Initiative", "promotedBy", "China"),
      ("Belt and Road Initiative", "announcedBy", "Xi Jinping")},
     {("He Lifeng", "affiliatedWith", "China")}),
    # bodies named "<adjective> <head> for/on ..."; instruments named by their number
    ("The Supreme Council for Network Safety (SCNS) said in its Resolution 4/2022 that "
     "operators may not use such equipment, and the General Administration of Customs agreed.",
     {("Resolution 4/2022", "promotedBy", "Supreme Council for Network Safety")},
     {("Resolution 4/2022", "promotedBy", "General Administration of Customs")}),
    # an ambassador serves the sending country; a ministry with a comma in its name; an
    # operator's national unit
    ("Chinese Ambassador to Peru Li Wen praised Huawei. Peru welcomed it.",
     {("Li Wen", "affiliatedWith", "China")}, {("Li Wen", "affiliatedWith", "Peru")}),
    ("The Ministry of Energy, Mines and Technology said Vodafone Albania and Peru's Claro "
     "would share masts in Albania.",
     {("Vodafone Albania", "basedIn", "Albania")},
     {("Vodafone", "basedIn", "Albania"), ("Ministry of Energy", "basedIn", "Albania")}),
    # firms listed under a demonym are based there; export control rules are controls
    ("Several Japanese firms, including chip suppliers Stella Holdings and Acme Electronics, "
     "raised prices.",
     {("Stella Holdings", "basedIn", "Japan"), ("Acme Electronics", "basedIn", "Japan")},
     set()),
    # an official "at" a ministry (its name with commas and acronym) serves the ministry
    ("The delegation was led by Ana Soto, director of the Cable Office at the Ministry of "
     "Energy, Mines and Technology (MEMT).",
     {("Ana Soto", "affiliatedWith", "Ministry of Energy, Mines and Technology")},
     {("Ana Soto", "affiliatedWith", "Cable Office")}),
    # a state's decision or recommendation against named firms is its policy; a court's
    # decision on a merger is none
    ("Britain's decision to remove Huawei from its 5G networks by 2027 was welcomed.",
     {("United Kingdom's decision", "excludes", "Huawei"),
      ("United Kingdom's decision", "promotedBy", "United Kingdom")}, set()),
    ("The Lithuanian recommendation to get rid of phones made by Xiaomi surprised Beijing. "
     "The court's decision on the merger was expected in May.",
     {("Lithuania's recommendation", "excludes", "Xiaomi")},
     {("court's decision", "promotedBy", "Lithuania")}),
    ("Japan's July restrictions hit Samsung and SK Hynix.",
     {("Japan's restrictions", "promotedBy", "Japan")},
     {("Japan's restrictions", "excludes", "Samsung Electronics")}),
    # operators that say "they" chose a vendor chose it; a group named with its own
    # country stays the group when two of its national units are in the story
    ("Chile's second carrier, Entel, and Vodafone Spain, a unit of Britain's Vodafone, said on "
     "Tuesday they had selected Ericsson. Vodafone Italy also picked Ericsson.",
     {("Entel", "usesEquipmentFrom", "Ericsson"), ("Vodafone Spain", "usesEquipmentFrom", "Ericsson"),
      ("Vodafone Italia", "usesEquipmentFrom", "Ericsson"), ("Vodafone", "basedIn", "United Kingdom")},
     {("Vodafone", "usesEquipmentFrom", "Ericsson"),
      ("Vodafone Italia", "basedIn", "United Kingdom")}),
    ("Telus said it had chosen Samsung for its radio network, and Bell Canada's core comes from "
     "Nokia. Rogers' chief executive comes from Ericsson.",
     {("Telus", "usesEquipmentFrom", "Samsung Electronics"),
      ("Bell Canada", "usesEquipmentFrom", "Nokia")},
     {("Rogers", "usesEquipmentFrom", "Ericsson")}),
    # a named policy in apposition to an owner's programme is that owner's
    # a named cable is a project (Policy); the firms that plan, build or lay it take part,
    # a development bank that finances it backs it, a firm that only could does not
    ("Entel and Claro are mapping out the cable, known as PAC (Pacific-Andes Cable), which "
     "would link Lima to Santiago. The cable would be made and laid by Tokyo-based NEC.",
     {("Entel", "participatesIn", "PAC"), ("Claro", "participatesIn", "PAC"),
      ("NEC", "participatesIn", "PAC"), ("NEC", "basedIn", "Japan")}, set()),
    ("It follows a similar path to Andes-2 (Andean Express 2), a Quito-to-Lima cable now being "
     "laid by Texas-based Acme Subsea Networks. The Humboldt Cable, a project financed by the World "
     "Bank, could be built by Huawei.",
     {("Acme Subsea Networks", "participatesIn", "Andes-2"),
      ("Acme Subsea Networks", "basedIn", "United States"),
      ("Humboldt Cable", "promotedBy", "World Bank")},
     {("Huawei", "participatesIn", "Humboldt Cable"),
      ("World Bank", "participatesIn", "Humboldt Cable")}),
    # members, partners and bidders listed for a project, pact or auction take part in it;
    # firms that left it do not; a firm the NER missed in such a list is a firm wherever
    # it is named again
    ("After Acme Subsea Networks won the contract, Vodafone quit the Andes Cable consortium. "
     "The remaining members include Entel, Microsoft and Peru's Movistar.",
     {("Entel", "participatesIn", "Andes Cable"), ("Microsoft", "participatesIn", "Andes Cable")},
     {("Vodafone", "participatesIn", "Andes Cable"), ("Peru", "participatesIn", "Andes Cable")}),
    ("Chile's telecoms regulator closed its long-awaited spectrum auction on Friday. The four "
     "qualified bidders were Entel, Kestrel, Claro and WOM. Kestrel, whose "
     "network was built by Huawei, paid least.",
     {("Entel", "participatesIn", "Chile's spectrum auction"),
      ("Kestrel", "participatesIn", "Chile's spectrum auction"),
      ("Chile's spectrum auction", "promotedBy", "Chile"),
      ("Kestrel", "usesEquipmentFrom", "Huawei")}, set()),
    ("Peru closed its delayed 5G auction on Monday without barring Huawei. Peru's Andes Plan "
     "has members too; they were not named.",
     {("Peru's 5G auction", "promotedBy", "Peru")},
     {("Peru's 5G auction", "excludes", "Huawei")}),
    # a person named like the firm they founded is the person; a portfolio is no company
    ("Kaspersky Lab was listed. Eugene Kaspersky, the company's founder and chief executive, "
     "objected, as did Minister of Communications and Digital Technologies Jane Roe.",
     {("Eugene Kaspersky", "affiliatedWith", "Kaspersky Lab")},
     {("Jane Roe", "affiliatedWith", "Digital Technologies")}),
    # an instrument made under another is part of it ("it" is the policy before; "the
    # chip plan" only a policy called a plan); the signer of a relative clause announced it
    ("The Andes Rule bars Acme Networks. It was issued under the Digital Security Act, which "
     "former President Jane Roe signed in May 2019.",
     {("Andes Rule", "partOf", "Digital Security Act"),
      ("Digital Security Act", "announcedBy", "Jane Roe")}, set()),
    ("Chile adopted the Lima Principles. The chip plan was set up under the Pacific Working "
     "Group on Monday. Peru passed the Cyber Act on Friday.",
     {("Cyber Act", "promotedBy", "Peru")},
     {("Lima Principles", "partOf", "Pacific Working Group"),
      ("Cyber Act on Friday", "promotedBy", "Peru")}),
    # a numbered decree (its number is no date), the day on its verb (not the year of the
    # law it carries out), the law it details; "the X Law" and "the Law on X" are one law
    ("Peru's Digital Law was passed in 2019. Peru's cabinet on Tuesday issued Decree "
     "14/2021/PCM, which details how the 2019 Law on Digital Trust will be applied.",
     {("Decree 14/2021/PCM", "partOf", "Law on Digital Trust"),
      ("Decree 14/2021/PCM", "promotedBy", "Peru")}, set()),
    # a body that blocks access to platforms has a block on them; a judge blocking a merger
    # has none; a numbered regulation's issuer kind and year are its name, the year its date;
    # a network "based" somewhere is an organisation, not a programme
    ("Peru's Ministry of Transport and Communications on Saturday blocked access to search "
     "engine Yahoo, payments firm PayPal and several gaming services, including Epic Games, "
     "under Ministerial Regulation No. 7 of 2021. A judge blocked the merger of Claro and "
     "Entel. The Lima-based Andean Digital Rights Network criticised the rule.",
     {("Peru's block on Yahoo and PayPal", "excludes", "PayPal"),
      ("Peru's block on Yahoo and PayPal", "excludes", "Epic Games")},
     {("Peru's block on Yahoo and PayPal", "excludes", "Claro"),
      ("Andean Digital Rights Network", "promotedBy", "Peru")}),
    # a fund named in quotes keeps its noun; who set it up, and when, made it; who only
    # wants one set up made none
    ("Grants are paid through the \"green-chip\" fund that Chile's economy ministry set up "
     "in 2019. Lawmakers want the Commission to set up a \"chips diplomacy\" initiative.",
     {("green-chip fund", "promotedBy", "Chile")},
     {("chips diplomacy", "promotedBy", "European Commission")}),
    # a consortium is a firm; one a contract is signed with to build a project takes part
    ("Chile signed a 10-year contract with the Andes Link consortium to design, build and "
     "operate the Humboldt Cable. Peru signed a deal with Entel to buy towers.",
     {("Andes Link", "participatesIn", "Humboldt Cable")},
     {("Entel", "participatesIn", "Humboldt Cable")}),
    # a name right after a firm noun is a firm (an operator's a telco), not a firm's board
    ("Steam is run by US game developer Kestrel Games, which did not respond. The company "
     "Board met on Monday, as did telecom operator Andesnet.",
     {("Kestrel Games", "basedIn", "United States")},
     {("Board", "basedIn", "United States")}),
    # where a firm is based: a city, state or province before "-based", or after "based in"
    ("Shenzhen-based Sunrise Optics Ltd and Acme Microsystems Inc, a chipmaker headquartered in "
     "Bavaria, bid for the New Jersey contract, as did Roe Systems, which is based in Toronto.",
     {("Sunrise Optics Ltd", "basedIn", "China"), ("Acme Microsystems Inc", "basedIn", "Germany"),
      ("Roe Systems", "basedIn", "Canada")},
     {("Sunrise Optics Ltd", "basedIn", "Jersey"), ("Acme Microsystems Inc", "basedIn", "Jersey")}),
    ("Officials praised Conecta Rural, Peru's scheme for village towers, on Friday. Brussels "
     "will not fund Skyway, the EU's separate programme for pooling satellite capacity.",
     {("Conecta Rural", "promotedBy", "Peru"), ("Skyway", "promotedBy", "European Union")}, set()),
]


@pytest.fixture(scope="module")
def extractions() -> list[Extraction]:
    from policygraph.pipeline import extract

    arts = [Article(id=f"case-{i}", text=text, published=date(2021, 6, 10))
            for i, (text, _, _) in enumerate(CASES)]
    return list(extract(arts))


def labelled(ex: Extraction) -> set[Triple]:
    names = {e.key: e.label for e in ex.entities}
    return {(names.get(f.subject, f.subject), f.predicate, names.get(f.object, f.object))
            for f in ex.facts}


@pytest.mark.parametrize("index", range(len(CASES)), ids=[c[0][:48] for c in CASES])
def test_case(index: int, extractions: list[Extraction]) -> None:
    text, wanted, forbidden = CASES[index]
    got = labelled(extractions[index])
    assert wanted <= got, f"missing {wanted - got}"
    assert not (forbidden & got), f"wrong reading {forbidden & got}"


def test_status_of_described_policies() -> None:
    from policygraph.pipeline import extract

    text = "A federal judge blocked the TikTok ban on Sunday. A court suspended the WeChat ban."
    ex = next(extract([Article(id="s", text=text, published=date(2020, 9, 22))]))
    names = {e.key: e.label for e in ex.entities}
    status = {(names[v.subject], v.value) for v in ex.values if v.predicate == "status"}
    assert status == {("ban on TikTok", "blocked"), ("ban on WeChat", "suspended")}


def test_meeting_values_from_relative_dates(extractions: list[Extraction]) -> None:
    from policygraph.pipeline import extract

    text = ("SEOUL, Nov. 16 -- South Korea and the United States held their seventh senior "
            "economic dialogue via videoconference on Tuesday, led by Vice Foreign Minister "
            "Lee Do-hoon and U.S. Under Secretary of State Jose Fernandez. The talks lasted "
            "an hour and a half. The two sides discussed the Indo-Pacific Economic Framework "
            "but did not discuss the Clean Network.")
    ex = next(extract([Article(id="m", text=text, published=date(2022, 11, 16))]))
    meetings = [e for e in ex.entities if e.type.value == "Meeting"]
    assert len(meetings) == 1
    key = meetings[0].key
    values = {(v.predicate, v.value) for v in ex.values if v.subject == key}
    assert {("date", "2022-11-15"), ("ordinal", "7"), ("mode", "videoconference"),
            ("duration", "PT1H30M")} <= values
    got = labelled(ex)
    label = meetings[0].label
    assert (label, "participant", "South Korea") in got
    assert (label, "participant", "United States") in got
    assert (label, "ledBy", "Jose Fernandez") in got
    assert (label, "discussed", "Indo-Pacific Economic Framework for Prosperity") in got
    assert (label, "discussed", "Clean Network") not in got


def test_talks_with_a_person_are_led_by_them_and_named_after_the_people() -> None:
    from policygraph.pipeline import extract

    texts = [
        "Mike Pompeo arrived in Prague on Aug. 11. During the visit, Pompeo held talks with "
        "Czech Prime Minister Andrej Babis about the Clean Network.",
        "Foreign Minister Wang Yi had a meeting with Josep Borrell, the EU's foreign policy "
        "chief, in Brussels on June 3.",
    ]
    arts = [Article(id=f"tw{i}", text=t, published=date(2020, 8, 14)) for i, t in enumerate(texts)]
    exs = list(extract(arts))
    first = next(e for e in exs[0].entities if e.type.value == "Meeting")
    led = {f.object for f in exs[0].facts if f.subject == first.key and f.predicate == "ledBy"}
    assert {"person/mike-pompeo", "person/andrej-babis"} <= led
    assert first.label in {"Pompeo-Babiš meeting", "Babiš-Pompeo meeting"}
    second = next(e for e in exs[1].entities if e.type.value == "Meeting")
    led = {f.object for f in exs[1].facts if f.subject == second.key and f.predicate == "ledBy"}
    assert "person/josep-borrell" in led


def test_a_title_is_not_a_meeting_and_a_known_surname_is_a_person() -> None:
    from policygraph.pipeline import extract

    text = ("The deal was brokered by Richard Grenell, Trump's special presidential envoy for "
            "Serbia and Kosovo peace negotiations.")
    ex = next(extract([Article(id="t", text=text, published=date(2020, 9, 4))]))
    assert not [e for e in ex.entities if e.type.value == "Meeting"]
    labels = {e.label for e in ex.entities}
    assert "Donald Trump" in labels
    roles = {v.value for v in ex.values if v.predicate == "role"}
    assert roles == {"special presidential envoy for Serbia and Kosovo peace negotiations"}


def test_a_meeting_takes_its_own_day_not_another_event_s() -> None:
    from policygraph.pipeline import extract

    text = ("The deal was reached at talks in Brussels on Tuesday, where the EU trade chief met "
            "his Japanese counterpart, three weeks after Tokyo unveiled new rules on March 2.")
    ex = next(extract([Article(id="d", text=text, published=date(2023, 3, 24))]))
    meetings = [e.key for e in ex.entities if e.type.value == "Meeting"]
    dates = {v.value for v in ex.values if v.predicate == "date" and v.subject in meetings}
    assert dates == {"2023-03-21"}


def mentions_of(doc: Doc) -> list[tuple[str, str, str]]:
    return [(m.surface, m.key, m.type.value) for m in doc._.pg_mentions]


def test_policy_names_given_in_apposition_but_not_titles_or_citations() -> None:
    from policygraph.pipeline import load_pipeline

    nlp = load_pipeline()
    named = [
        ("Jakarta launched its industry roadmap , Nusantara Maju , in 2019 .",
         "Nusantara Maju"),
        ("Ruritania adopted a plan dubbed Digital Ruritania 2030 to build networks .",
         "Digital Ruritania 2030"),
        ("Nusantara Maju , the government 's digital blueprint , was launched .",
         "Nusantara Maju"),
    ]
    for text, name in named:
        found = mentions_of(nlp(text))
        assert (name, f"policy/{name.lower().replace(' ', '-')}", "Policy") in found, text
    for text in ["In Jakarta , a plan was approved .",
                 "The plan , Widodo said , would cost billions ."]:
        assert not [m for m in mentions_of(nlp(text)) if m[2] == "Policy"], text
    words = ("Jane Roe , the Deputy Assistant Secretary for Cyber and Information Policy , "
             "cited Section 12 of Act No. 181 .").split()
    found = mentions_of(nlp(" ".join(words)))
    assert not [m for m in found if m[2] == "Policy"]


def test_business_deals_and_weather_warnings_are_not_policies() -> None:
    from policygraph.pipeline import extract

    texts = ["Telia signed a deal with Ericsson to replace Huawei gear.",
             "The agency issued a storm warning for the coast of Norway."]
    arts = [Article(id=f"n{i}", text=t, published=date(2021, 6, 10)) for i, t in enumerate(texts)]
    for ex in extract(arts):
        assert not [e for e in ex.entities if e.type.value == "Policy"]


def test_an_or_alias_names_the_same_entity_later() -> None:
    from policygraph.pipeline import load_pipeline

    nlp = load_pipeline()
    doc = nlp("Thailand launched the Thailand Digital Economy Plan, or ThaiDEP, in March. "
              "Officials say ThaiDEP will cost billions. The Ministry of Finance, or the "
              "ministry, agreed.")
    found = mentions_of(doc)
    keys = {key for surface, key, _ in found if surface == "ThaiDEP"}
    assert keys == {"policy/digital-economy-plan"}
    assert sum(1 for surface, _, _ in found if surface == "ThaiDEP") == 2
    assert ("Ministry of Finance", "org/th-ministry-of-finance", "GovernmentBody") in found \
        or any(s == "Ministry of Finance" for s, _, _ in found), "no trailing comma in a name"


def test_a_policy_launched_at_talks_was_discussed_there() -> None:
    from policygraph.pipeline import extract

    text = ("The Atlantic Declaration was unveiled after Prime Minister Rishi Sunak and "
            "President Joe Biden held talks at the White House, the first meeting Sunak "
            "has had there.")
    ex = next(extract([Article(id="l", text=text, published=date(2023, 6, 9))]))
    meeting = next(e.key for e in ex.entities if e.type.value == "Meeting")
    discussed = {f.object for f in ex.facts if f.subject == meeting and f.predicate == "discussed"}
    assert discussed == {"policy/atlantic-declaration"}


def test_portfolios_letterheads_and_press_offices_are_not_organisations() -> None:
    from policygraph.pipeline import load_pipeline

    nlp = load_pipeline()
    doc = nlp("Vietnam's Minister of Science and Technology, Chu Ngoc Anh, spoke after the "
              "Council of Ministers Prime Minister Nikolai Denkov chaired met. Contact the Press "
              "Office for details.")
    found = {surface: etype for surface, _, etype in mentions_of(doc)}
    assert "Science and Technology" not in found
    assert found.get("Council of Ministers") == "GovernmentBody"
    assert not [s for s in found if "Press Office" in s or "Prime Minister" in s]


def test_talks_with_a_long_titled_official_and_a_later_ordinal() -> None:
    from policygraph.pipeline import extract

    text = ("Prime Minister Petr Fiala held talks with the US Under Secretary of State for "
            "Economic Growth, Energy and the Environment, Jose Fernandez, who is visiting Prague, "
            "on Monday. This was their second meeting this year. The talks lasted about an hour. "
            "Chips came up, as they had when Fiala met President Joe Biden on May 3.")
    ex = next(extract([Article(id="k", text=text, published=date(2023, 3, 22))]))
    talks = next(e.key for e in ex.entities if e.type.value == "Meeting"
                 and any(v.subject == e.key and v.value == "2023-03-20" for v in ex.values))
    led = {f.object for f in ex.facts if f.subject == talks and f.predicate == "ledBy"}
    assert {"person/petr-fiala", "person/jose-fernandez"} <= led
    assert "person/joe-biden" not in led
    values = {(v.predicate, v.value) for v in ex.values if v.subject == talks}
    assert {("ordinal", "2"), ("duration", "PT1H")} <= values


def test_a_law_in_an_article_about_one_country_is_that_country_s() -> None:
    from policygraph.pipeline import extract

    text = ("OSLO, March 3 (Reuters) - Norway's security police said on Friday that operators "
            "must follow the Electronic Communications Act when they pick 5G suppliers. Norway "
            "has not banned any vendor, and Huawei said it would comply.")
    ex = next(extract([Article(id="n", text=text, published=date(2023, 3, 3))]))
    promoted = {(f.subject, f.object) for f in ex.facts if f.predicate == "promotedBy"}
    assert ("policy/electronic-communications-act", "country/NO") in promoted


def test_meeting_phrasings() -> None:
    """Ordinals the parser detaches, "N-day" durations, a place means in person,
    and a body that names the meeting is not a party to it."""
    from policygraph.pipeline import extract

    texts = [
        "Japanese and U.S. officials held a two-day meeting in Tokyo on Nov. 3, the third "
        "round of the Japan-U.S. Economic Dialogue.",
        "India and the United States held their 13th Trade Policy Forum by videoconference "
        "on Jan. 11, lasting three hours.",
        "The inaugural U.S.-EU Trade and Technology Council meeting took place in Pittsburgh "
        "on Sept. 29.",
    ]
    arts = [Article(id=f"mt{i}", text=t, published=date(2021, 6, 10)) for i, t in enumerate(texts)]
    got = []
    for ex in extract(arts):
        meeting = next(e for e in ex.entities if e.type.value == "Meeting")
        values = {(v.predicate, v.value) for v in ex.values if v.subject == meeting.key}
        parties = {f.object for f in ex.facts if f.subject == meeting.key
                   and f.predicate == "participant"}
        got.append((values, parties))
    assert {("ordinal", "3"), ("duration", "P2D"), ("mode", "in person"),
            ("date", "2020-11-03")} <= got[0][0]
    assert got[0][1] == {"country/JP", "country/US"}
    assert {("ordinal", "13"), ("mode", "videoconference"), ("duration", "PT3H")} <= got[1][0]
    assert {("ordinal", "1"), ("date", "2020-09-29")} <= got[2][0]
    assert got[2][1] == {"country/US", "org/eu"}


def test_a_foreign_minister_is_not_given_the_other_officials_country() -> None:
    from policygraph.pipeline import extract

    text = ("Foreign Minister Park Jin met U.S. Secretary of State Antony Blinken in "
            "Washington on Monday.")
    ex = next(extract([Article(id="p", text=text, published=date(2022, 6, 15))]))
    affiliations = {(f.subject, f.object) for f in ex.facts if f.predicate == "affiliatedWith"}
    assert ("person/antony-blinken", "country/US") in affiliations
    assert ("person/park-jin", "country/US") not in affiliations


def test_an_unknown_firm_listed_with_a_known_one_is_a_firm_too() -> None:
    from policygraph.pipeline import load_pipeline

    nlp = load_pipeline()
    found = mentions_of(nlp("Qualcomm and Westbrook Semiconductor announced a deal. Samsung, "
                            "SK Hynix and Quillmark supply memory chips to Apple."))
    assert ("Westbrook Semiconductor", "org/westbrook-semiconductor", "Company") in found
    assert ("Quillmark", "org/quillmark", "Company") in found
    # alone, with nothing to say what it is, the same kind of name stays untyped
    assert not [m for m in mentions_of(nlp("Quillmark announced a deal.")) if m[0] == "Quillmark"]


def test_a_bare_brand_is_the_operator_that_carries_it() -> None:
    from policygraph.pipeline import extract

    text = ("Telefonica Deutschland, which sells under the O2 brand, buys radios from Nokia. "
            "O2 said the rules were clear.")
    ex = next(extract([Article(id="b", text=text, published=date(2021, 6, 10))]))
    telcos = {e.label for e in ex.entities if e.type.value == "Telco"}
    assert telcos == {"Telefónica Deutschland"}


def test_meetings_planned_past_in_a_relative_clause_and_named_after_family_names() -> None:
    from policygraph.pipeline import extract

    texts = [
        "Scholz, who met Chinese President Xi Jinping in Beijing in April, was cautious.",
        "Raimondo held talks with Chinese Commerce Minister Wang Wentao on Monday. Raimondo "
        "is due to meet Vice Premier He Lifeng later in her visit.",
        "Blinken will meet Foreign Minister Wang Yi next week.",
    ]
    arts = [Article(id=f"m{i}", text=t, published=date(2024, 7, 11)) for i, t in enumerate(texts)]
    past, talks, planned = list(extract(arts))
    meeting = next(e for e in past.entities if e.type.value == "Meeting")
    assert meeting.label == "Scholz-Xi meeting"  # Xi is the family name
    led = {f.object for f in past.facts if f.subject == meeting.key and f.predicate == "ledBy"}
    assert led == {"person/olaf-scholz", "person/xi-jinping"}
    # pg:date is a day (xsd:date): "in April" gives none
    assert not [v for v in past.values if v.subject == meeting.key and v.predicate == "date"]
    meetings = [e for e in talks.entities if e.type.value == "Meeting"]
    assert [m.label for m in meetings] == ["Raimondo-Wang meeting"]  # not the one "due"
    assert not [e for e in planned.entities if e.type.value == "Meeting"]


def test_who_acts_at_a_meeting_took_part_and_she_is_the_last_subject() -> None:
    from policygraph.pipeline import extract

    texts = [
        "At the first Nordic leaders' summit, held by video link on March 12, Prime Minister "
        "Jonas Gahr Store of Norway and Prime Minister Mette Frederiksen of Denmark agreed "
        "to set up a working group on 5G.",
        "Treasury Secretary Janet Yellen arrived in Beijing on Thursday. She met Premier Li "
        "Qiang on Friday and held talks with Vice Premier He Lifeng on Saturday.",
        "At the press conference, the minister said nothing about Huawei.",
    ]
    arts = [Article(id=f"s{i}", text=t, published=date(2023, 7, 12)) for i, t in enumerate(texts)]
    summit, visit, press = list(extract(arts))
    meeting = next(e.key for e in summit.entities if e.type.value == "Meeting")
    facts = {(f.predicate, f.object) for f in summit.facts if f.subject == meeting}
    assert {("participant", "country/NO"), ("participant", "country/DK")} <= facts
    assert sum(1 for p, _ in facts if p == "ledBy") == 2
    # two meetings on two days, each led by Yellen ("she") and her host
    labels = {e.label: e.key for e in visit.entities if e.type.value == "Meeting"}
    assert set(labels) == {"Yellen-Li meeting", "Yellen-He meeting"}
    days = {v.subject: v.value for v in visit.values if v.predicate == "date"}
    assert days == {labels["Yellen-Li meeting"]: "2023-07-07",
                    labels["Yellen-He meeting"]: "2023-07-08"}
    assert not [e for e in press.entities if e.type.value == "Meeting"]


def test_every_value_has_the_lexical_form_of_its_datatype(extractions: list[Extraction]) -> None:
    import re

    forms = {"date": r"\d{4}-\d{2}-\d{2}", "gYearMonth": r"\d{4}-\d{2}", "gYear": r"\d{4}",
             "integer": r"-?\d+", "duration": r"P(?:\d+[YMWD])*(?:T(?:\d+(?:\.\d+)?[HMS])+)?"}
    checked = 0
    for ex in extractions:
        for v in ex.values:
            if v.datatype in forms:
                assert re.fullmatch(forms[v.datatype], v.value), (v.predicate, v.value)
                checked += 1
            if v.predicate == "date":
                assert v.datatype == "date", "pg:date is an xsd:date (ontology contract)"
    assert checked > 10


def test_a_known_body_carries_its_acronym_even_when_spelt_out() -> None:
    from policygraph.pipeline import extract

    text = "The Office of the United States Trade Representative published the report."
    ex = next(extract([Article(id="u", text=text, published=date(2023, 6, 1))]))
    body = next(e for e in ex.entities if e.key == "org/ustr")
    assert "USTR" in body.alt_labels


def test_delegations_led_by_people_the_ner_does_not_know() -> None:
    from policygraph.pipeline import extract

    text = ("Officials held the third Norway-Chile trade dialogue in Oslo on Monday. The "
            "Chilean delegation was led by Ximena Olmedo, director of trade at the Foreign "
            "Ministry. Norway's side was led by Yoichi Iida, head of the Trade Department. "
            "The meeting was chaired by Prime Minister Mark Rutte.")
    ex = next(extract([Article(id="d", text=text, published=date(2019, 12, 17))]))
    meeting = next(e.key for e in ex.entities if e.type.value == "Meeting")
    led = {f.object for f in ex.facts if f.subject == meeting and f.predicate == "ledBy"}
    assert {"person/ximena-olmedo", "person/yoichi-iida"} <= led
    # a known person keeps their own country, whatever the article's
    assert ("person/mark-rutte", "affiliatedWith", "country/NO") not in {
        (f.subject, f.predicate, f.object) for f in ex.facts}


def test_a_regulator_is_a_public_body_and_keeps_its_one_word_name() -> None:
    from policygraph.pipeline import extract

    text = ("The two-day sale, run by telecoms regulator Anatel, raised billions. Claro "
            "and Vivo won licences.")
    ex = next(extract([Article(id="r", text=text, published=date(2021, 11, 5))]))
    types = {e.label: e.type.value for e in ex.entities}
    assert types.get("Anatel") == "GovernmentBody"


def test_what_the_leaders_raise_after_the_meeting_sentence_was_discussed() -> None:
    from policygraph.pipeline import extract

    texts = [
        "Trade Representative Katherine Tai and Commerce Minister Piyush Goyal held the 12th "
        "Trade Policy Forum in New Delhi on Tuesday. Minister Goyal briefed Ambassador Tai on "
        "India's Production Linked Incentive (PLI) scheme for telecom products.",
        "The Chips Act featured prominently when Prime Minister Fumio Kishida held talks "
        "with President Joe Biden at the White House on Jan. 13.",
    ]
    arts = [Article(id=f"t{i}", text=t, published=date(2023, 1, 20)) for i, t in enumerate(texts)]
    for ex, policy in zip(extract(arts), ["Production Linked Incentive", "CHIPS and Science Act"],
                          strict=True):  # the gazetteer knows the Chips Act by its full name
        names = {e.key: e.label for e in ex.entities}
        discussed = {names[f.object] for f in ex.facts if f.predicate == "discussed"}
        assert policy in discussed


def test_a_name_after_a_comma_is_no_list_member_unless_the_list_goes_on() -> None:
    from policygraph.pipeline import load_pipeline

    nlp = load_pipeline()
    found = mentions_of(nlp("The deal was confirmed by Huawei, Hartley reported on Monday."))
    assert [m for m in found if m[2] in {"Company", "Telco"}] == [
        ("Huawei", "org/huawei", "Company")]


def test_export_controls_named_by_what_they_cover() -> None:
    from policygraph.pipeline import extract

    texts = [
        "Australia said on Monday it would restrict exports of rare earth magnets.",
        "What Brazil's niobium and tantalum curbs mean for chipmakers exporting to Asia.",
        "The Dutch government said it will introduce new export restrictions on deposition "
        "tools.",
        "Japan's industry ministry updated its export control rules on lithography tools.",
    ]
    arts = [Article(id=f"x{i}", text=t, published=date(2023, 7, 12)) for i, t in enumerate(texts)]
    wanted = [("country/AU", "export controls on rare earth magnets"),
              ("country/BR", "export controls on niobium and tantalum"),
              ("country/NL", "export controls on deposition tools"),
              ("country/JP", "export controls on lithography tools")]
    for ex, (owner, name) in zip(extract(arts), wanted, strict=True):
        policies = [e for e in ex.entities if e.type.value == "Policy"]
        assert len(policies) == 1, [e.label for e in policies]
        assert name in policies[0].alt_labels | {policies[0].label}
        assert (policies[0].key, "promotedBy", owner) in {
            (f.subject, f.predicate, f.object) for f in ex.facts}


def test_a_host_and_guest_lead_the_meeting_they_hold_today() -> None:
    from policygraph.pipeline import extract

    text = ("Today, Foreign Minister Jane Roe of Ruritania hosted Finnish Foreign Minister "
            "Pekka Haavisto at the ministry for the inaugural meeting of the Arctic Data "
            "Dialogue.")
    ex = next(extract([Article(id="h", text=text, published=date(2023, 1, 31))]))
    meetings = [e.key for e in ex.entities if e.type.value == "Meeting"]
    assert len(meetings) == 1
    led = {f.object for f in ex.facts if f.subject == meetings[0] and f.predicate == "ledBy"}
    assert led == {"person/jane-roe", "person/pekka-haavisto"}
    values = {(v.predicate, v.value) for v in ex.values if v.subject == meetings[0]}
    assert {("date", "2023-01-31"), ("ordinal", "1")} <= values


def test_public_bodies_named_after_an_adjective_keep_their_whole_name() -> None:
    from policygraph.pipeline import extract

    text = ("The National Council on Data Protection and the General Administration of "
            "Standards met the Higher Council for Cyberspace Security on Monday.")
    ex = next(extract([Article(id="b", text=text, published=date(2023, 5, 26))]))
    bodies = {e.label for e in ex.entities if e.type.value == "GovernmentBody"}
    assert {"National Council on Data Protection", "General Administration of Standards",
            "Higher Council for Cyberspace Security"} <= bodies


def test_a_president_named_without_a_country_is_the_home_country_s() -> None:
    from policygraph.pipeline import extract

    text = ("Kenya's regulator approved the plan on Tuesday. It supports the Digital Economy "
            "Blueprint, launched by President Amani Otieno in 2019 to make Kenya a hub. "
            "Executive Vice-President Jane Roe of Acme Telecom welcomed it.")
    art = Article(id="k", text=text, published=date(2021, 3, 30), dateline="NAIROBI")
    ex = next(extract([art]))
    got = {(f.subject, f.predicate, f.object) for f in ex.facts}
    assert ("person/amani-otieno", "affiliatedWith", "country/KE") in got
    assert ("person/jane-roe", "affiliatedWith", "country/KE") not in got


def test_a_ministry_named_with_a_comma_keeps_its_whole_name() -> None:
    from policygraph.pipeline import extract

    text = "The Ministry of Information, Communications and Technology approved the plan."
    ex = next(extract([Article(id="mi", text=text, published=date(2021, 3, 30))]))
    bodies = {e.label for e in ex.entities if e.type.value == "GovernmentBody"}
    assert bodies == {"Ministry of Information, Communications and Technology"}


def test_the_two_leaders_who_met_were_named_in_the_sentence_before() -> None:
    from policygraph.pipeline import extract

    text = ("When Chilean President Ana Soto visited Lima on March 3 last year, she and "
            "Peruvian President Luis Vega signed a cable pact. The two leaders met in person "
            "at the palace for around two hours.")
    ex = next(extract([Article(id="p", text=text, published=date(2024, 10, 22))]))
    meetings = [e.key for e in ex.entities if e.type.value == "Meeting"]
    assert len(meetings) == 1
    led = {f.object for f in ex.facts if f.subject == meetings[0] and f.predicate == "ledBy"}
    assert led == {"person/ana-soto", "person/luis-vega"}
    values = {(v.predicate, v.value) for v in ex.values}
    assert {("date", "2023-03-03"), ("duration", "PT2H"), ("mode", "in person")} <= values
    roles = {v.value for v in ex.values if v.predicate == "role"}
    assert "President" in roles and not any(r.startswith("When") for r in roles)


def _policies(text: str, published: date = date(2024, 7, 11)) -> tuple[Extraction, list]:
    from policygraph.pipeline import extract

    ex = next(extract([Article(id="p", text=text, published=published)]))
    return ex, [e for e in ex.entities if e.type.value == "Policy"]


@pytest.mark.parametrize(("text", "names", "not_names"), [
    ("Norway will bar components made by Huawei and ZTE from the core of its 5G networks, "
     "the digital minister said. The deal took account of security concerns. The "
     "compromise stops short of a ban on antennas.", {"deal", "compromise"}, set()),
    ("Chile's regulator banned Huawei from its 5G auction on Monday. Operators welcomed "
     "this decision. The decision to appeal rests with Huawei.", {"decision"}, set()),
    ("Poland barred ZTE from public networks on Friday. The proposed rules would go "
     "further.", set(), {"rules", "proposed rules"}),
])
def test_what_later_sentences_call_a_described_measure_are_its_names(
        text: str, names: set[str], not_names: set[str]) -> None:
    _, policies = _policies(text)
    assert len(policies) == 1, [p.label for p in policies]
    got = policies[0].alt_labels | {policies[0].label}
    assert names <= got
    assert not not_names & got


def test_a_named_law_between_keeps_the_anaphor_off_the_measure() -> None:
    _, policies = _policies(
        "Norway will bar components made by Huawei from its 5G core. The Electronic "
        "Communications Act has allowed such steps since 2021. The decision was criticised.")
    ban = next(p for p in policies if "Huawei" in p.label)
    assert "decision" not in ban.alt_labels


def test_a_warning_issued_under_a_law_is_not_the_law() -> None:
    ex, policies = _policies(
        "The Czech cyber agency NUKIB issued a warning against the use of software supplied "
        "by Huawei. The warning was issued under the Cyber Security Act.")
    assert {p.label for p in policies} == {"Cyber Security Act", "Czech Republic's warning"}
    warning = next(p for p in policies if "warning" in p.label)
    got = {(f.subject, f.predicate, f.object) for f in ex.facts}
    assert {(warning.key, "promotedBy", "country/CZ"),
            (warning.key, "excludes", "org/huawei")} <= got
    act = next(p for p in policies if p.label == "Cyber Security Act")
    assert not {f for f in ex.facts if f.subject == act.key and f.predicate == "excludes"}


@pytest.mark.parametrize(("text", "kept", "dropped"), [
    ("The national cyber agency of Norway issued a warning against the use of software "
     "supplied by Huawei and ZTE. It does not exclude Huawei or ZTE products from the "
     "market.", set(), {"Huawei", "ZTE"}),
    ("Sweden will bar Huawei and ZTE from its 5G core. The decision does not apply to ZTE, "
     "which has no presence there.", {"Huawei"}, {"ZTE"}),
    ("Sweden will bar Huawei and ZTE from its 5G core. The decision applies to ZTE as well.",
     {"Huawei", "ZTE"}, set()),
])
def test_a_measure_said_not_to_exclude_a_firm_does_not(
        text: str, kept: set[str], dropped: set[str]) -> None:
    ex, _ = _policies(text)
    names = {e.key: e.label for e in ex.entities}
    excluded = {names[f.object] for f in ex.facts if f.predicate == "excludes"}
    assert kept <= excluded
    assert not dropped & excluded


@pytest.mark.parametrize(("text", "body", "acronym"), [
    ("The Independent Media Authority of South Africa (IMASA) assigned spectrum to "
     "the operators in April. IMASA said more would follow.",
     "Independent Media Authority of South Africa", "IMASA"),
    ("The National Communications Authority of Ghana fined two operators on Monday.",
     "National Communications Authority of Ghana", None),
    ("Operators need a licence from the Spectrum Authority of Kenya (SAK), which "
     "regulates the sector.", "Spectrum Authority of Kenya", "SAK"),
])
def test_a_body_named_with_its_country_keeps_it_and_its_acronym(
        text: str, body: str, acronym: str | None) -> None:
    ex, _ = _policies(text)
    got = {e.label: e for e in ex.entities}
    assert got[body].type.value == "GovernmentBody"
    country = next(e for e in ex.entities if e.type.value == "Country")
    assert body.endswith(country.label)
    assert (got[body].key, "basedIn", country.key) in {
        (f.subject, f.predicate, f.object) for f in ex.facts}
    if acronym:  # the acronym is the body's, not the country's
        assert acronym in got[body].alt_labels
        assert acronym not in country.alt_labels


def test_an_ambassador_to_a_country_serves_no_body_named_after_it() -> None:
    ex, _ = _policies(
        "The Communications Authority of Kenya granted the spectrum. Chinese Ambassador to "
        "Kenya Zhou Pingjian said the trial showed the vitality of the cooperation.")
    zhou = next(e.key for e in ex.entities if e.label == "Zhou Pingjian")
    served = {f.object for f in ex.facts if f.subject == zhou and f.predicate == "affiliatedWith"}
    assert served == {"country/CN"}


@pytest.mark.parametrize(("text", "user", "vendors"), [
    ("MTN South Africa launched 5G on Tuesday. The network has been built with technology "
     "partners Ericsson and Huawei.", "MTN South Africa", {"Ericsson", "Huawei"}),
    ("Vodacom launched 5G on Monday. Its network was built by Nokia and ZTE.",
     "Vodacom", {"Nokia", "ZTE"}),
    ("The network has been built with Telia's technology partners Ericsson and Nokia.",
     "Telia Company", {"Ericsson", "Nokia"}),
    ("Telia's main supplier, Nokia, said the work was done.", "Telia Company", {"Nokia"}),
])
def test_a_network_built_with_or_by_vendors_and_an_operator_s_partners(
        text: str, user: str, vendors: set[str]) -> None:
    ex, _ = _policies(text)
    names = {e.key: e.label for e in ex.entities}
    got = {(names[f.subject], names[f.object]) for f in ex.facts
           if f.predicate == "usesEquipmentFrom"}
    assert got == {(user, v) for v in vendors}


@pytest.mark.parametrize("text", [
    "MTN launched 5G. The network was not built with Huawei equipment.",
    "MTN launched 5G. The network could be built with Huawei gear.",
    "The ministry launched a plan. The network will be built by Nokia.",
    "Huawei, Telia's former supplier, was not invited.",
])
def test_no_vendor_for_a_network_not_or_not_yet_built(text: str) -> None:
    ex, _ = _policies(text)
    assert not [f for f in ex.facts if f.predicate == "usesEquipmentFrom"]


def test_a_bare_brand_is_the_one_national_unit_the_article_names() -> None:
    ex, _ = _policies("MTN South Africa launched 5G across South Africa. MTN's partners Ericsson and "
                      "Huawei built it. MTN Group said more would follow.")
    unit = next(e for e in ex.entities if e.label == "MTN South Africa")
    got = {(f.subject, f.predicate, f.object) for f in ex.facts}
    assert {(unit.key, "usesEquipmentFrom", "org/ericsson"),
            (unit.key, "basedIn", "country/ZA")} <= got
    group = [e for e in ex.entities if e.label == "MTN"]  # "MTN Group" stays the group
    assert all((g.key, "usesEquipmentFrom", "org/ericsson") not in got for g in group)


@pytest.mark.parametrize(("text", "listed", "not_listed"), [
    ("The Commerce Department placed 28 Chinese organisations on its Entity List on Monday. "
     "Besides Hikvision, the list includes Dahua Technology and SenseTime.",
     {"Hikvision", "Dahua Technology", "SenseTime"}, set()),
    ("The Commerce Department put Huawei on the Entity List in May. Washington added "
     "Hikvision to its trade blacklist on Monday.", {"Huawei", "Hikvision"}, set()),
    ("The Entity List now includes YMTC and CXMT.", {"YMTC", "CXMT"}, set()),
    ("The Entity List does not include Tencent. The list could include ByteDance.",
     set(), {"Tencent", "ByteDance"}),
])
def test_a_list_includes_its_members(text: str, listed: set[str], not_listed: set[str]) -> None:
    ex, _ = _policies(text)
    names = {e.key: e.label for e in ex.entities}
    got = {names[f.object] for f in ex.facts
           if f.predicate == "excludes" and names[f.subject] == "Entity List"}
    assert listed <= got
    assert not not_listed & got


@pytest.mark.parametrize(("text", "policy"), [
    ("Decree No. 44196-MSP-MICITT was signed by President Rodrigo Chaves on Monday.",
     "Decree No. 44196-MSP-MICITT"),
    ("Ruritania's Ordinance No. 12/2021 bars Huawei from state networks.", "Ordinance No. 12/2021"),
    ("Firms from states outside the Budapest Convention may not supply 5G gear.",
     "Budapest Convention"),
    ("Canada joined the Paris Agreement in 2016.", "Paris Agreement"),
])
def test_instruments_named_by_number_and_treaties_named_after_a_city(
        text: str, policy: str) -> None:
    _, policies = _policies(text)
    assert policy in {p.label for p in policies}


@pytest.mark.parametrize("text", [
    "The forum opened at the China National Convention Center in Beijing.",
    "The Beijing Initiative on 5G was launched.",
])
def test_a_building_or_a_capital_s_plan_is_no_treaty(text: str) -> None:
    _, policies = _policies(text)
    assert not [p for p in policies if "Convention" in p.label or p.label == "Beijing Initiative"]


def test_the_convention_is_the_convention_not_the_last_policy_named() -> None:
    ex, _ = _policies(
        "Costa Rica's decree bars suppliers from states outside the Budapest Convention. "
        "Decree No. 44196-MSP-MICITT was signed on Monday. Costa Rica joined the convention "
        "in 2017.")
    names = {e.key: e.label for e in ex.entities}
    joined = {names[f.object] for f in ex.facts
              if f.predicate == "participatesIn" and names[f.subject] == "Costa Rica"}
    assert joined == {"Budapest Convention"}


def _leaders_of(ex: Extraction) -> list[set[str]]:
    """The keys of who led each meeting of ``ex``, meeting by meeting."""
    meetings = [e.key for e in ex.entities if e.type.value == "Meeting"]
    return [{f.object for f in ex.facts if f.subject == k and f.predicate == "ledBy"}
            for k in meetings]


def _meeting_leaders(text: str) -> list[set[str]]:
    """The names of who led each meeting of ``text`` (published 2020-06-15)."""
    ex, _ = _policies(text, published=date(2020, 6, 15))
    names = {e.key: e.label for e in ex.entities}
    return [{names[k] for k in keys} for keys in _leaders_of(ex)]


@pytest.mark.parametrize(("text", "leaders"), [
    ("Japanese Prime Minister Fumio Kishida is due to meet Chinese President Xi Jinping in "
     "Lima on Nov. 15.", [{"Fumio Kishida", "Xi Jinping"}]),
    ("President Moon Jae-in and Prime Minister Shinzo Abe are expected to hold their first "
     "formal summit on Dec. 24 in Chengdu.", [{"Moon Jae-in", "Shinzo Abe"}]),
    ("Prime Minister Mark Rutte discussed the export controls with U.S. President Joe Biden "
     "when the two leaders met at the White House in January.", [{"Mark Rutte", "Joe Biden"}]),
    # only possible, refused, or planned with no day: no meeting
    ("Japanese Prime Minister Fumio Kishida hopes to meet Chinese President Xi Jinping in "
     "Lima on Nov. 15.", []),
    ("Japanese Prime Minister Fumio Kishida could meet Chinese President Xi Jinping on "
     "Nov. 15.", []),
    ("Japanese Prime Minister Fumio Kishida will not meet Chinese President Xi Jinping.", []),
    ("Commerce Secretary Jane Roe is due to meet Vice Premier He Lifeng later in her visit.", []),
])
def test_planned_meetings_with_a_day_and_the_two_leaders_in_the_same_sentence(
        text: str, leaders: list[set[str]]) -> None:
    assert _meeting_leaders(text) == leaders


@pytest.mark.parametrize(("text", "person", "body"), [
    ("Oleksandr Turchynov, the secretary of the National Security and Defence Council, said "
     "the services were used for propaganda.", "Oleksandr Turchynov",
     "National Security and Defence Council"),
    ("Mykola Bondarenko, head of the State Agency for Special Communications, said the "
     "block would stay.", "Mykola Bondarenko", "State Agency for Special Communications"),
])
def test_a_name_before_its_office_in_apposition_is_a_person(
        text: str, person: str, body: str) -> None:
    ex, _ = _policies(text)
    names = {e.key: e.label for e in ex.entities}
    assert (person, "affiliatedWith", body) in {
        (names[f.subject], f.predicate, names[f.object]) for f in ex.facts}


@pytest.mark.parametrize("text", [
    "Deutsche Telekom, the operator of the network, said no.",
    "Great Britain, the head of the alliance, said no.",
])
def test_an_organisation_or_country_in_apposition_to_an_office_is_no_person(text: str) -> None:
    ex, _ = _policies(text)
    assert not [e for e in ex.entities if e.type.value == "Person"]


def test_firms_listed_with_their_country_in_brackets_are_based_there() -> None:
    ex, _ = _policies("The services concerned are:\n1. Yahoo search engine - Yahoo Inc. (United "
                      "States)\n2. Steam and Dota 2 - Valve Corporation (United States)\n"
                      "3. PayPal - PayPal Pte Ltd (Singapore)\n\nHuawei (China) and Nokia "
                      "(Finland) bid. The deal (China) was odd.")
    names = {e.key: e.label for e in ex.entities}
    got = {(names[f.subject], names[f.object]) for f in ex.facts if f.predicate == "basedIn"}
    assert {("Yahoo", "United States"), ("PayPal Pte Ltd", "Singapore"),
            ("Huawei", "China"), ("Nokia", "Finland")} <= got
    assert not [label for label in names.values() if " - " in label]


def _meeting_participants(text: str) -> set[str]:
    ex, _ = _policies(text, published=date(2023, 10, 20))
    names = {e.key: e.label for e in ex.entities}
    return {names[f.object] for f in ex.facts if f.predicate == "participant"}


@pytest.mark.parametrize(("text", "wanted", "unwanted"), [
    ("The second Arctic Data Forum was held in Oslo on Oct. 18, hosted by Prime Minister "
     "Jonas Gahr Store. Delegations from 30 countries registered to attend, among them "
     "Finnish President Sauli Niinisto and Estonian Prime Minister Kaja Kallas.",
     {"Finland", "Estonia"}, set()),
    ("The second Arctic Data Forum was held in Oslo on Oct. 18, hosted by Prime Minister "
     "Jonas Gahr Store. Leaders who did not attend include Finnish President Sauli Niinisto.",
     set(), {"Finland"}),
    ("The second Arctic Data Forum was held in Oslo on Oct. 18, hosted by Prime Minister "
     "Jonas Gahr Store. Leaders who may attend next year include Finnish President Sauli "
     "Niinisto.", set(), {"Finland"}),
])
def test_attendees_listed_after_a_meeting_bring_their_countries(
        text: str, wanted: set[str], unwanted: set[str]) -> None:
    got = _meeting_participants(text)
    assert wanted <= got
    assert not unwanted & got


def test_a_bare_measure_after_two_of_its_kind_is_the_last_one_named() -> None:
    ex, policies = _policies(
        "Washington imposed export controls on advanced chips in October. The Dutch "
        "government announced export controls on lithography tools on Friday. Prime Minister "
        "Mark Rutte discussed the export controls with U.S. President Joe Biden when the two "
        "leaders met at the White House on Jan. 17.")
    names = {e.key: e.label for e in ex.entities}
    discussed = {names[f.object] for f in ex.facts if f.predicate == "discussed"}
    dutch = next(p.label for p in policies if p.label.startswith("Netherlands"))
    assert discussed == {dutch}


@pytest.mark.parametrize(("text", "owner_of"), [
    # "the Huawei prohibition" is the half of the plural ban that bars Huawei
    ("Estonia's bans on Huawei and ZTE have run into courts. On Saturday the minister "
     "postponed the Huawei prohibition by a week. Then a judge blocked the ZTE ban.",
     {"Huawei prohibition": "Huawei", "ZTE ban": "ZTE"}),
    # a later ban on the same firm by another country does not take the earlier name
    ("Latvia's bans on ZTE and Huawei were challenged in May. A judge lifted the ZTE ban in "
     "June. Lithuania banned ZTE and Huawei in July.", {"ZTE ban": "ZTE"}),
])
def test_a_later_name_of_one_target_names_that_half_of_a_plural_ban(
        text: str, owner_of: dict[str, str]) -> None:
    ex, policies = _policies(text)
    names = {e.key: e.label for e in ex.entities}
    for surface, firm in owner_of.items():
        holders = [p for p in policies if surface in p.alt_labels | {p.label}]
        assert len(holders) == 1, (surface, [p.label for p in policies])
        excluded = {names[f.object] for f in ex.facts
                    if f.subject == holders[0].key and f.predicate == "excludes"}
        assert excluded == {firm}
        assert "Lithuania" not in holders[0].label


@pytest.mark.parametrize(("text", "name"), [
    # a title-case complement after "for" or "on" belongs to the name
    ("The leaders announced the Ruritania Partnership for Maritime Domain Awareness, which "
     "will track ships.", "Ruritania Partnership for Maritime Domain Awareness"),
    ("Acme is central to the National Strategy for Artificial Intelligence 2031, which the "
     "government launched in 2017.", "National Strategy for Artificial Intelligence 2031"),
    # an instrument's number, and the year after it
    ("Operators must register under Minister of Trade Regulation No. 12 of 2021 by July.",
     "Minister of Trade Regulation No. 12 of 2021"),
    # a cited section leads to the law it is part of
    ("The agency acted under Section 14 of the Acme Data Protection Act.",
     "Acme Data Protection Act"),
    ("It was listed under Section 1237 of the Acme Authorization Act for Fiscal Year 1999.",
     "Acme Authorization Act for Fiscal Year 1999"),
    # the NER takes the "Bill" that ends a law's name for a person
    ("Ministers said the Telecommunications (Security) Bill will be introduced in the autumn.",
     "Telecommunications (Security) Bill"),
    # a licence's code; rules named in the plural; laws named head first
    ("The Treasury issued General License D-2 on Friday.", "General License D-2"),
    ("Acme was reviewed under the Cybersecurity Review Measures.", "Cybersecurity Review Measures"),
    ("Ruritania amended the Law on Communications in 2016.", "Law on Communications"),
    # a country inside a law's name is part of it
    ("Ottawa cited national security under the Investment Canada Act.", "Investment Canada Act"),
    ("The Act on the Protection of Personal Information was amended.",
     "Act on the Protection of Personal Information"),
])
def test_a_policy_s_name_runs_on_past_its_head_word(text: str, name: str) -> None:
    from policygraph.pipeline import load_pipeline

    found = [m for m in mentions_of(load_pipeline()(text)) if m[2] == "Policy"]
    # one policy, named in full (a cited section is another name of it)
    assert name in [m[0] for m in found] and len({m[1] for m in found}) == 1


@pytest.mark.parametrize(("text", "name"), [
    ("Ruritania passed the Digital Markets Act on Monday.", "Digital Markets Act"),
    ("The Acme Innovation Initiative for Kenya was announced.", "Acme Innovation Initiative"),
    ("The Acme Data Act on the books since 2019 was amended.", "Acme Data Act"),
    ("Bill Gates met Jane Law in May to discuss the Acme Data Act.", "Acme Data Act"),
    ("Kenya General License D-2 (PDF)", "General License D-2"),
])
def test_a_date_or_a_country_after_a_policy_is_not_part_of_its_name(text: str, name: str) -> None:
    from policygraph.pipeline import load_pipeline

    found = [m[0] for m in mentions_of(load_pipeline()(text)) if m[2] == "Policy"]
    assert found == [name]


@pytest.mark.parametrize(("text", "head", "excluded", "owner"), [
    # a state orders firms to sell what they hold: a divestment order excluding them
    ("On Nov. 2 the minister announced that the Canadian government had ordered Huawei and "
     "ZTE to divest their holdings in three mining firms.", "divestment order",
     {"Huawei", "ZTE"}, "Canada"),
    ("Britain forced Wingtech to sell its stake in a chip plant on Wednesday.",
     "divestment order", {"Wingtech Technology"}, "United Kingdom"),
    # a state orders others to block firms: a ban on the firms blocked
    ("The Ukrainian government ordered internet providers to block Yandex and VKontakte.",
     "ban", {"Yandex", "VK"}, "Ukraine"),
])
def test_an_order_laid_on_someone_is_a_measure_against_the_firms_it_names(
        text: str, head: str, excluded: set[str], owner: str) -> None:
    ex, policies = _policies(text)
    assert len(policies) == 1, [p.label for p in policies]
    names = {e.key: e.label for e in ex.entities}
    facts = {(f.predicate, names[f.object]) for f in ex.facts if f.subject == policies[0].key}
    assert head in policies[0].label
    assert {("excludes", firm) for firm in excluded} <= facts
    assert ("promotedBy", owner) in facts


@pytest.mark.parametrize("text", [
    "Ruritania could order Huawei to sell its stake in the network.",
    "Canada did not order ZTE to divest its holdings.",
    "Did Ghana ban Huawei too?",
    "Canada ordered ZTE to pay a fine.",
])
def test_a_possible_denied_or_asked_order_or_ban_is_no_measure(text: str) -> None:
    _, policies = _policies(text)
    assert not policies, [p.label for p in policies]


def test_people_expected_at_a_summit_take_part_but_do_not_lead_it() -> None:
    ex, _ = _policies("Prime Minister Justin Trudeau of Canada and President Xi Jinping of "
                      "China are both expected at the G20 summit in Bali on Nov. 15.",
                      published=date(2022, 11, 3))
    names = {e.key: e.label for e in ex.entities}
    got = {(f.predicate, names.get(f.object, f.object)) for f in ex.facts
           if f.subject.startswith("meeting/")}
    assert {("participant", "Canada"), ("participant", "China")} <= got
    assert not {p for p, _ in got if p == "ledBy"}


def test_he_is_the_person_named_before_him_and_meeting_suppliers_is_no_meeting() -> None:
    ex, _ = _policies(
        "Officials of Japan and South Korea held talks in Tokyo on Friday. The Korean side was "
        "led by Jeon Wook-jung. Trade Minister Sung Yun-mo said Korea would raise the issue "
        "at the WTO. Samsung Electronics Vice Chairman Lee Jae-yong returned from Japan, where "
        "he met suppliers.", published=date(2019, 7, 12))
    leaders = {f.object for f in ex.facts if f.predicate == "ledBy"}
    assert "person/jeon-wook-jung" in leaders
    assert not leaders & {"person/lee-jae-yong", "person/sung-yun-mo"}


def test_a_minister_of_one_country_is_not_put_in_another_s_ministry() -> None:
    ex, _ = _policies("On May 25 the U.S. Secretary of Commerce, Gina Raimondo, met China's "
                      "Minister of Commerce, Wang Wentao, according to the Department of "
                      "Commerce.", published=date(2023, 6, 30))
    wang = {f.object for f in ex.facts if f.subject == "person/wang-wentao"
            and f.predicate == "affiliatedWith"}
    assert wang == {"country/CN"}


@pytest.mark.parametrize(("text", "firm"), [
    ("Tommi Uitto, a Nokia executive, wrote on Twitter that Nokia had won the deal.", "Twitter"),
    ("In a post on WeChat, the minister said the ban would stay.", "WeChat"),
    ("The embassy said on WeChat that Huawei had done nothing wrong.", "WeChat"),
])
def test_a_platform_where_something_was_said_is_no_actor(text: str, firm: str) -> None:
    ex, _ = _policies(text)
    assert firm not in {e.label for e in ex.entities}


def test_a_platform_a_state_acts_on_is_an_actor() -> None:
    ex, _ = _policies("Nigeria suspended Twitter on Friday after it deleted a post.")
    assert "Twitter" in {e.label for e in ex.entities}


def test_a_headline_s_capitalised_order_is_no_person() -> None:
    ex, _ = _policies("Embassy Spokesperson's Remarks on Canada's Divestment Order\n\n"
                      "Canada ordered three firms to sell their stakes.")
    assert not [e for e in ex.entities if e.type.value == "Person"]


@pytest.mark.parametrize(("text", "owner"), [
    # a licence or sanctions named after a country are about it, not its own
    ("Ruritania General License D-2 widens the exemptions in the Iran sanctions.", None),
    ("The Treasury said the Iran sanctions would stay.", None),
    ("The US sanctions on Huawei were tightened in May.", "United States"),
    ("Iran's sanctions on three US firms took effect on Monday.", "Iran"),
])
def test_a_country_before_a_licence_or_sanctions_may_be_their_target(
        text: str, owner: str | None) -> None:
    ex, policies = _policies(text)
    names = {e.key: e.label for e in ex.entities}
    promoters = {names[f.object] for f in ex.facts if f.predicate == "promotedBy"}
    assert promoters == ({owner} if owner else set()), [p.label for p in policies]


def test_a_country_s_spectrum_auction_is_its_policy() -> None:
    ex, policies = _policies("Brazil's 5G spectrum auction closed on Friday after two days "
                             "of bidding run by the regulator Anatel.")
    assert [p.label for p in policies] == ["Brazil's 5G spectrum auction"]
    assert (policies[0].key, "promotedBy", "country/BR") in {
        (f.subject, f.predicate, f.object) for f in ex.facts}


@pytest.mark.parametrize(("text", "person", "served"), [
    ("Jane Roe of Kenya was elected Secretary-General with 139 votes.", "person/jane-roe",
     "country/KE"),
    ("Her only rival, Ivan Petrov of Russia, received 25.", "person/ivan-petrov", "country/RU"),
    ("She succeeds Li Wen of the People's Republic of China.", "person/li-wen", "country/CN"),
    # a founder serves the firm: passive, reduced relative, relative clause
    ("Huawei was founded by Ren Zhengfei in 1987.", "person/ren-zhengfei", "org/huawei"),
    ("DeepSeek, based in Hangzhou and founded by Liang Wenfeng, has not commented.",
     "person/liang-wenfeng", "org/deepseek"),
    ("Jane Roe, who founded Alibaba in 1999, spoke in Paris.", "person/jane-roe", "org/alibaba"),
])
def test_a_person_of_a_country_or_a_firm_s_founder_serves_it(
        text: str, person: str, served: str) -> None:
    ex, _ = _policies(text)
    assert (person, "affiliatedWith", served) in {(f.subject, f.predicate, f.object)
                                                  for f in ex.facts}


@pytest.mark.parametrize("text", [
    "The Duke of York visited Japan in May.",
    "Jane Roe of Kenya Airways spoke in Nairobi.",
    "Huawei was not founded by Jane Roe.",
])
def test_a_title_a_firm_named_after_a_country_or_a_denial_is_no_affiliation(text: str) -> None:
    ex, _ = _policies(text)
    assert not [f for f in ex.facts if f.predicate == "affiliatedWith"
                and f.object.startswith(("country/JP", "country/KE", "org/huawei"))]


@pytest.mark.parametrize(("text", "based"), [
    # the firms in apposition to a country's operators are its; an operator group's
    # national unit is based where the text says
    ("Kazakhstan's four mobile operators, Kcell, Beeline, Tele2 and Altel, sent messages.",
     {"Kcell", "Beeline", "Tele2"}),
    ("Nigeria's telecom operators, including MTN Nigeria and Globacom, blocked access.",
     {"MTN Nigeria", "Globacom"}),
    ("Germany's Vodafone said it would remove the parts by 2029.", {"Vodafone"}),
])
def test_operators_said_to_be_a_country_s_are_based_there(text: str, based: set[str]) -> None:
    ex, _ = _policies(text)
    names = {e.key: e.label for e in ex.entities}
    got = {names[f.subject] for f in ex.facts if f.predicate == "basedIn"}
    assert based <= got


def test_a_foreign_demonym_after_an_operator_does_not_move_it() -> None:
    ex, _ = _policies("Operators Vodafone and Telefonica Deutschland, which trades as O2 "
                      "Telefonica, Chinese components must go by 2029.")
    assert not [f for f in ex.facts if f.predicate == "basedIn" and f.object == "country/CN"]


def test_carmakers_and_suppliers_outside_telecoms_are_companies_too() -> None:
    ex, _ = _policies("Volkswagen, Bosch and the carmakers' association warned of production "
                      "stoppages. Honda cut output at a plant in Mexico.")
    firms = {e.label for e in ex.entities if e.type.value == "Company"}
    assert {"Volkswagen", "Robert Bosch", "Honda Motor"} <= firms


@pytest.mark.parametrize(("text", "parties"), [
    ("South Korean and Japanese officials held talks in Tokyo on Friday.",
     {"country/KR", "country/JP"}),
    ("Japanese and Chinese negotiators sat down face to face in Geneva on Monday.",
     {"country/JP", "country/CN"}),
    ("Kenyan and Ethiopian delegations sat down for talks in Addis Ababa on Monday.",
     {"country/KE", "country/ET"}),
])
def test_officials_named_by_their_nationality_bring_their_countries_to_talks(
        text: str, parties: set[str]) -> None:
    ex, _ = _policies(text, published=date(2019, 7, 12))
    got = {f.object for f in ex.facts if f.predicate == "participant"}
    assert parties <= got


@pytest.mark.parametrize("text", ["A Japanese company held talks with investors on Friday.",
                                  "Japanese officials sat down in the hall on Friday."])
def test_a_nationality_of_a_firm_or_a_seat_taken_is_no_party_to_talks(text: str) -> None:
    ex, _ = _policies(text, published=date(2019, 7, 12))
    assert not [f for f in ex.facts if f.predicate == "participant"]


@pytest.mark.parametrize(("text", "name"), [
    # a quoted name before a proposal or a law, even in lower case
    ('Some delegates pointed to the "New IP" proposal that Acme floated in 2019.', "New IP"),
    ("She contrasted it with Ruritania's \"sovereign internet\" law, which takes effect in May.",
     "sovereign internet"),
    # a quoted phrase that ends in a policy noun names a policy
    ('Tokyo is considering removing Seoul from its "white list" of trusted partners.',
     "white list"),
])
def test_a_policy_named_in_quotes(text: str, name: str) -> None:
    from policygraph.pipeline import load_pipeline

    found = [m[0] for m in mentions_of(load_pipeline()(text)) if m[2] == "Policy"]
    assert name in found


@pytest.mark.parametrize(("text", "funders"), [
    ("The Acme Cable is to link Lima with Cusco. It is being paid for by Australia, Japan and "
     "the United States.", {"country/AU", "country/JP", "country/US"}),
    ("The Acme Corridor is funded by Chile and the World Bank.", {"country/CL", "org/world-bank"}),
    ("Peru and Chile are financing the Acme Corridor.", {"country/PE", "country/CL"}),
    ("Japan paid for the Acme Corridor in 2019.", {"country/JP"}),
])
def test_states_and_lenders_that_pay_for_a_project_promote_it(text: str,
                                                              funders: set[str]) -> None:
    ex, policies = _policies(text)
    assert len(policies) == 1
    got = {f.object for f in ex.facts if f.predicate == "promotedBy"
           and f.subject == policies[0].key}
    assert funders <= got, got


@pytest.mark.parametrize("text", [
    "The Acme Corridor would be funded by Chile.",
    "Chile did not fund the Acme Corridor.",
    "The Acme Corridor is funded by Beta Electronics.",
    "The Acme Corridor is funded by Chilean banks.",
])
def test_who_would_or_did_not_pay_or_a_firm_that_pays_is_no_promoter(text: str) -> None:
    ex, _ = _policies(text)
    assert not [f for f in ex.facts if f.predicate == "promotedBy"], text


@pytest.mark.parametrize(("text", "name"), [
    ("Peru and Chile signed a digital economy partnership agreement on Thursday.",
     "digital economy partnership agreement"),
    ("Peru and Chile signed a critical minerals partnership agreement on Thursday.",
     "critical minerals partnership agreement"),
])
def test_what_states_sign_is_named_by_all_its_kind_words(text: str, name: str) -> None:
    _, policies = _policies(text)
    assert len(policies) == 1 and name in policies[0].alt_labels, [
        (p.label, p.alt_labels) for p in policies]


@pytest.mark.parametrize(("text", "state", "day"), [
    ("The Peruvian government on Wednesday approved €140 million of investment aid for a "
     "chip plant that Acme Semiconductor plans to build near Lima.", "country/PE", "2024-07-10"),
    ("Chile will give Acme Semiconductor a $3 billion grant for its new plant, the economy "
     "ministry said on Monday.", "country/CL", "2024-07-08"),
    ("Japan approved an additional subsidy of ¥590 billion for Acme Semiconductor on Tuesday.",
     "country/JP", "2024-07-09"),
])
def test_public_money_a_state_gives_a_firm_is_its_policy_the_firm_takes_part_in(
        text: str, state: str, day: str) -> None:
    ex, policies = _policies(text)
    assert len(policies) == 1, [p.label for p in policies]
    key = policies[0].key
    facts = {(f.subject, f.predicate, f.object) for f in ex.facts}
    assert {(key, "promotedBy", state),
            ("org/acme-semiconductor", "participatesIn", key)} <= facts
    assert not any(f[1] == "excludes" for f in facts)
    assert (key, "announcedOn", day) in {(v.subject, v.predicate, v.value) for v in ex.values}
    # a state's demonym names it by the state's name: "Peru's aid", no "Peruvian's aid"
    assert not any(n.split()[0] in {"Peruvian's", "Chilean's", "Japanese's"}
                   for n in policies[0].alt_labels | {policies[0].label})


def test_a_sum_a_state_approves_is_a_subsidy_even_before_its_firm_is_named() -> None:
    ex, policies = _policies("Japan approved a subsidy of ¥590 billion on Tuesday.")
    assert [p.key for p in policies] == ["policy/jp-subsidy"]


@pytest.mark.parametrize("text", [
    "Beta Chips did not apply for aid from Peru.",
    "Chile considered a grant for Beta Chips.",
    "Peru will not give Acme Semiconductor a subsidy.",
    "Peru sent military aid to Chile.",
    "Chile's regulator approved the grant of spectrum to Acme Telecom.",
    "Peru's government said aid would follow.",
    "Peru's proposed subsidy for Acme Semiconductor was debated.",
    "Peru approved $50 million of military aid for Chile's army.",
    "Peru's aid drew criticism.",
])
def test_aid_not_given_only_weighed_or_of_another_kind_is_no_policy(text: str) -> None:
    _, policies = _policies(text)
    assert not policies, [p.label for p in policies]


def test_a_state_s_subsidies_for_two_firms_are_two_and_a_sum_alone_joins_the_one() -> None:
    _, policies = _policies("Japan gave Acme Semiconductor a ¥10 billion subsidy in May and "
                            "approved a ¥5 billion subsidy for Beta Electronics in June.")
    assert len(policies) == 2, [p.label for p in policies]
    _, policies = _policies("The EU cleared €5bn German aid. The European Commission on "
                            "Tuesday approved a €5 billion German state aid measure for Acme "
                            "Semiconductor.")
    assert len(policies) == 1, [p.label for p in policies]


def test_a_firm_led_by_another_is_no_policy_the_other_promotes() -> None:
    for text in ("Peru's €5 billion aid came as the Samsung-led Acme Semiconductor broke "
                 "ground in Lima.",
                 "EU clears €5bn German aid as Samsung-led Acme Semiconductor breaks ground"):
        ex, policies = _policies(text)
        assert len(policies) == 1, text
        assert {f.object for f in ex.facts if f.predicate == "promotedBy"} <= {
            "country/PE", "country/DE"}, text
    ex, _ = _policies("Peru joined the U.S.-led Clean Network in May.")
    assert ("policy/clean-network", "promotedBy", "country/US") in {
        (f.subject, f.predicate, f.object) for f in ex.facts}


@pytest.mark.parametrize(("text", "name"), [
    ("The grant is paid under the Investment Aid Act (Act No. 5/2018), the ministry said.",
     "Investment Aid Act"),
    ("It is the Acme Act (No. 12 of 2019) that applies.", "Acme Act"),
    ("The Data (Use and Access) Act applies to Acme.", "Data (Use and Access) Act"),
])
def test_a_law_s_name_ends_before_a_bracket_it_does_not_close(text: str, name: str) -> None:
    from policygraph.pipeline import load_pipeline

    assert [m[0] for m in mentions_of(load_pipeline()(text)) if m[2] == "Policy"] == [name]


@pytest.mark.parametrize("text", ['The minister called the "very good" plan a success.',
                                  'He said "the plan is dead" on Monday.'])
def test_a_quoted_opinion_or_sentence_is_no_policy_name(text: str) -> None:
    from policygraph.pipeline import load_pipeline

    assert not [m for m in mentions_of(load_pipeline()(text)) if m[2] == "Policy"]


def test_a_state_s_suspension_of_a_platform_is_a_measure_against_it() -> None:
    ex, policies = _policies("Nigeria's suspension of Twitter drew criticism on Monday.")
    assert len(policies) == 1
    got = {(f.predicate, f.object) for f in ex.facts if f.subject == policies[0].key}
    assert {("excludes", "org/twitter"), ("promotedBy", "country/NG")} <= got


@pytest.mark.parametrize(("text", "words"), [
    ("Peru's telecoms regulator ordered operators to block access to WeChat for 60 days. "
     "\"A ban on a whole app punishes everyone,\" the union said.", {"ban", "block"}),
    ("The Peruvian government ordered a two-week suspension of WeChat on Friday. Peru's ban "
     "on WeChat drew criticism.", {"suspension", "ban"}),
    ("Chile suspended Telegram on Monday. Chile's block on Telegram is its first.",
     {"block"}),
])
def test_a_state_s_ban_block_and_suspension_of_one_app_are_one_measure(
        text: str, words: set[str]) -> None:
    ex, policies = _policies(text)
    assert len(policies) == 1, [p.label for p in policies]
    names = " ".join(policies[0].alt_labels | {policies[0].label}).split()
    assert words <= set(names)
    assert any(f.predicate == "excludes" and f.subject == policies[0].key for f in ex.facts)


def test_a_ban_and_a_suspension_of_two_apps_stay_two() -> None:
    _, policies = _policies("Peru banned WeChat in May. Peru's suspension of Telegram began "
                            "in June.")
    assert len(policies) == 2, [p.label for p in policies]


@pytest.mark.parametrize("text", [
    "Regulator orders 30-day WeChat suspension. The Peru Telecommunications Authority "
    "ordered operators to block WeChat on Monday.",
    "Peru's seven-month suspension of WeChat ended in May.",
])
def test_a_length_joined_by_hyphens_keeps_the_owner_and_is_named_whole(text: str) -> None:
    ex, policies = _policies(text)
    assert len(policies) == 1, [p.label for p in policies]
    names = policies[0].alt_labels | {policies[0].label}
    assert not any(n.startswith(("day ", "month ")) for n in names), names
    got = {(f.predicate, f.object) for f in ex.facts if f.subject == policies[0].key}
    assert {("excludes", "org/wechat"), ("promotedBy", "country/PE")} <= got


@pytest.mark.parametrize("text", ["Huawei's suspension of shipments to Russia was reported.",
                                  "The suspension of talks with Japan was criticised."])
def test_a_firm_s_own_suspension_or_suspended_talks_are_no_measure(text: str) -> None:
    _, policies = _policies(text)
    assert not policies, [p.label for p in policies]


def test_a_summit_two_weeks_after_the_report_is_this_year_s() -> None:
    ex, _ = _policies("Prime Minister Justin Trudeau of Canada and President Xi Jinping of "
                      "China are both expected at the G20 summit in Bali on November 15.",
                      published=date(2022, 11, 3))
    dates = {v.value for v in ex.values if v.predicate == "date"}
    assert dates == {"2022-11-15"}


def test_sat_down_for_at_the_end_of_an_article_does_not_fail_the_relations() -> None:
    ex, _ = _policies("Japanese and Chinese officials sat down for")
    assert ex.warnings == ()


@pytest.mark.parametrize("text", [
    "On Friday Angela Merkel said she had spoken by phone with Emmanuel Macron.",
    "Angela Merkel talked by telephone with Emmanuel Macron on Friday.",
    "Angela Merkel spoke over video with Emmanuel Macron on Friday.",
])
def test_a_call_by_phone_or_video_is_a_meeting_of_both_people(text: str) -> None:
    ex, _ = _policies(text, published=date(2021, 6, 15))
    leaders = {f.object for f in ex.facts if f.predicate == "ledBy"}
    assert leaders == {"person/angela-merkel", "person/emmanuel-macron"}
    assert [v.value for v in ex.values if v.predicate == "date"] == ["2021-06-11"]


@pytest.mark.parametrize("text", [
    "Angela Merkel did not speak by phone with Emmanuel Macron on Friday.",
    "Angela Merkel spoke with Emmanuel Macron on Friday about the vote.",
    "Angela Merkel may speak by phone with Emmanuel Macron on Friday.",
])
def test_a_denied_possible_or_unspecified_conversation_is_no_call(text: str) -> None:
    ex, _ = _policies(text, published=date(2021, 6, 15))
    assert not [e for e in ex.entities if e.type.value == "Meeting"]


def test_who_acts_right_after_talks_held_them() -> None:
    ex, _ = _policies("After talks at the palace that lasted about an hour, Angela Merkel and "
                      "Emmanuel Macron signed a Strategic Economic Partnership.")
    leaders = {f.object for f in ex.facts if f.predicate == "ledBy"}
    assert leaders == {"person/angela-merkel", "person/emmanuel-macron"}
    assert [v.value for v in ex.values if v.predicate == "duration"] == ["PT1H"]


def test_a_person_after_a_clause_about_talks_with_someone_else_did_not_hold_them() -> None:
    ex, _ = _policies("After talks with Ruritania stalled, Angela Merkel signed the decree.")
    assert not [f for f in ex.facts if f.predicate == "ledBy"]


def test_people_on_a_country_s_side_of_talks_serve_that_country() -> None:
    ex, _ = _policies("On the German side were Minister of Trade Angela Merkel and "
                      "Ambassador Emmanuel Macron; on the French side were Olaf Scholz and "
                      "Mark Rutte.")
    served = {(f.subject, f.object) for f in ex.facts if f.predicate == "affiliatedWith"}
    assert {("person/angela-merkel", "country/DE"), ("person/emmanuel-macron", "country/DE"),
            ("person/olaf-scholz", "country/FR"), ("person/mark-rutte", "country/FR")} <= served
    assert ("person/olaf-scholz", "country/DE") not in served


def test_a_side_that_is_no_country_s_gives_no_affiliation() -> None:
    ex, _ = _policies("On the other side were Olaf Scholz and Mark Rutte.")
    assert not [f for f in ex.facts if f.predicate == "affiliatedWith"]


@pytest.mark.parametrize(("text", "person", "country"), [
    ("The committee was chaired by Eva Maydell (EPP, BG) on Tuesday.",
     "person/eva-maydell", "country/BG"),
    ("The rapporteur, Jane Roe (S&D, RO), spoke first.", "person/jane-roe", "country/RO"),
    ("Senator Jane Roe (D-Calif.) objected to the bill on Tuesday.", "person/jane-roe",
     "country/US"),
])
def test_a_country_code_or_party_tag_after_a_name_is_the_person_s_country(
        text: str, person: str, country: str) -> None:
    ex, _ = _policies(text)
    assert (person, country) in {(f.subject, f.object) for f in ex.facts
                                 if f.predicate == "affiliatedWith"}


@pytest.mark.parametrize("text", ["Jane Roe (Reuters) reported the vote on Tuesday.",
                                  "Jane Roe (IT director) reported the vote on Tuesday."])
def test_an_outlet_or_a_role_in_brackets_is_no_country(text: str) -> None:
    ex, _ = _policies(text)
    assert not [f for f in ex.facts if f.predicate == "affiliatedWith"
                and f.object.startswith("country/")]


@pytest.mark.parametrize(("text", "name"), [
    ("Jane Roe is a senior fellow at the Example Policy Institute (EPI).", "Example Policy Institute"),
    ("John Doe, a fellow at the Oslo-based Example Technology Forum, said the caps were lifted.",
     "Example Technology Forum"),
])
def test_institutes_and_forums_are_organisations_not_policies(text: str, name: str) -> None:
    ex, policies = _policies(text)
    assert not policies
    assert (name, "Organization") in {(e.label, e.type.value) for e in ex.entities}


def test_a_place_based_firm_is_based_there_and_its_analyst_works_for_it_not_the_place() -> None:
    ex, _ = _policies("John Doe, an analyst at Oslo-based Example Capital, said the bid was low.")
    facts = {(f.subject, f.predicate, f.object) for f in ex.facts}
    assert ("org/example-capital", "basedIn", "country/NO") in facts
    assert ("person/john-doe", "affiliatedWith", "org/example-capital") in facts
    assert ("person/john-doe", "affiliatedWith", "country/NO") not in facts
    assert [v.value for v in ex.values if v.predicate == "role"] == ["analyst"]


def test_operators_after_a_dash_are_the_country_s_and_a_controlling_owner_buys_nothing() -> None:
    ex, _ = _policies("Russia's four largest mobile operators - MTS, MegaFon, VimpelCom, which "
                      "trades as Beeline, and Tele2, which is controlled by state-run Rostelecom "
                      "- all buy radio equipment from both Nokia and Ericsson, analysts say.")
    based = {f.subject for f in ex.facts if f.predicate == "basedIn" and f.object == "country/RU"}
    assert {"org/mts", "org/megafon", "org/tele2"} <= based
    assert not [f for f in ex.facts if f.predicate == "basedIn" and f.object != "country/RU"]
    users = {f.subject for f in ex.facts if f.predicate == "usesEquipmentFrom"}
    assert {"org/mts", "org/megafon"} <= users and "org/rostelecom" not in users


def test_an_ambiguous_firm_name_counts_in_a_list_of_known_firms_only() -> None:
    ex, _ = _policies("The Commission designated the five American groups Alphabet, Amazon, "
                      "Apple, Meta and Microsoft as gatekeepers.")
    firms = {e.label for e in ex.entities if e.type.value == "Company"}
    assert {"Alphabet", "Amazon", "Microsoft"} <= firms
    ex, _ = _policies("Farmers burned forest in the Amazon and the Congo basins.")
    assert not [e for e in ex.entities if e.type.value == "Company"]


def test_a_known_person_in_capitals_is_the_same_person() -> None:
    ex, _ = _policies("The letter was signed by JOSEPH R. BIDEN on Monday. Joe Biden later "
                      "spoke about it.")
    assert [e.key for e in ex.entities if e.type.value == "Person"] == ["person/joe-biden"]


@pytest.mark.parametrize(("text", "day"), [
    ("On the afternoon of 10 September, right after the welcome ceremony, Angela Merkel held "
     "talks with Emmanuel Macron.", "2020-09-10"),
    ("On May 3, two days after the vote, Angela Merkel met Emmanuel Macron in Paris.",
     "2021-05-03"),
])
def test_a_meeting_s_day_before_an_after_phrase_and_a_day_the_ner_left_out(
        text: str, day: str) -> None:
    ex, _ = _policies(text, published=date(2021, 6, 15))
    assert [v.value for v in ex.values if v.predicate == "date"] == [day]


def test_a_bare_short_name_is_the_country_qualified_act_the_article_names() -> None:
    ex, policies = _policies("The committee adopted its report on the European Chips Act. The "
                             "Chips Act is Europe's answer to the United States' CHIPS and "
                             "Science Act, signed in August 2022.")
    keys = {p.label: p.key for p in policies}
    assert set(keys) == {"European Chips Act", "CHIPS and Science Act"}
    european = next(p for p in policies if p.label == "European Chips Act")
    assert "Chips Act" in european.alt_labels
    assert not [f for f in ex.facts if f.subject == keys["European Chips Act"]
                and f.object == "country/US"]


@pytest.mark.parametrize(("text", "dated"), [
    ("The European Commission tabled the European Chips Act on 8 February 2022.", True),
    ("The Ruritanian delegation was not at the table when the Acme Act passed on Monday.",
     False),
])
def test_a_tabled_act_was_announced_and_a_table_is_no_verb(text: str, dated: bool) -> None:
    ex, _ = _policies(text)
    announced = [f for f in ex.facts if f.predicate == "announcedBy"]
    assert bool(announced) is dated
    if dated:
        assert [v.value for v in ex.values if v.predicate == "announcedOn"] == ["2022-02-08"]


def test_a_root_verb_is_not_hedged_by_its_own_lemma_but_what_it_asks_for_is() -> None:
    from policygraph.nlp.relations import irrealis
    from policygraph.pipeline import load_pipeline

    doc = load_pipeline()("Ruritania urged Acme to leave the market.")
    urged = next(t for t in doc if t.dep_ == "ROOT")
    leave = next(t for t in doc if t.lower_ == "leave")
    assert not irrealis(urged)  # the urging itself happened
    assert irrealis(leave)  # the leaving was only asked for


@pytest.mark.parametrize(("text", "role", "body"), [
    ("White House press secretary Jane Roe said implementation falls to the next "
     "administration.", "White House press secretary", "White House"),
    ("EU foreign policy chief Jane Roe said no deal was reached.", "EU foreign policy chief",
     "European Union"),
    # a country opening the title is no part of the role; a body is, as written
    ("U.S. trade chief Jane Roe said no deal was reached.", "trade chief", "United States"),
    ("The new trade minister Jane Roe said so.", "trade minister", None),
])
def test_lower_case_words_compounded_into_a_title_belong_to_it(
        text: str, role: str, body: str | None) -> None:
    ex, _ = _policies(text)
    assert [v.value for v in ex.values if v.predicate == "role"] == [role]
    labels = {e.key: e.label for e in ex.entities}
    served = {labels[f.object] for f in ex.facts if f.predicate == "affiliatedWith"}
    assert body is None or body in served


def test_who_speaks_after_talks_did_not_hold_them() -> None:
    ex, _ = _policies("Angela Merkel said after the talks that no deal was reached.")
    assert not [f for f in ex.facts if f.predicate == "ledBy"]


def test_a_firm_argued_for_before_a_title_is_not_the_titled_person_s_employer() -> None:
    ex, _ = _policies("At the argument, Jane Roe argued for Huawei and Solicitor General John "
                      "Doe for the government.")
    assert not [f for f in ex.facts if f.predicate == "affiliatedWith"
                and f.object == "org/huawei"]


@pytest.mark.parametrize(("text", "key"), [
    ("The European Commission said Brussels would act. Brussels' answer is the Chips Act.",
     "org/eu"),
    ("The EU Chips Act is Brussels' answer to American subsidies.", "org/eu"),
    ("Brussels summoned the Chinese ambassador, Belgium's foreign ministry said.",
     "country/BE"),
    ("Brussels summoned the Chinese ambassador on Monday.", "country/BE"),
])
def test_brussels_is_the_union_in_an_article_about_the_union_and_else_belgium(
        text: str, key: str) -> None:
    ex, _ = _policies(text)
    keys = {e.key for e in ex.entities}
    assert key in keys
    assert {"org/eu", "country/BE"} - {key} - keys == {"org/eu", "country/BE"} - {key}


@pytest.mark.parametrize(("text", "name"), [
    ("Those agencies form a body formalized by Executive Order 13913, signed in April.",
     "Executive Order 13913"),
    ("The rule is issued under Executive Order 14117 of February 28, 2024.",
     "Executive Order 14117"),
])
def test_an_order_s_number_is_part_of_its_name_though_the_ner_calls_it_a_date(
        text: str, name: str) -> None:
    _, policies = _policies(text)
    assert [p.label for p in policies] == [name]


@pytest.mark.parametrize(("text", "body"), [
    ("The Federal Example Commission sued Acme on Monday. Commissioner Jane Roe dissented.",
     "org/federal-example-commission"),
    ("The European Commission fined Acme. Commissioner Jane Roe said it was fair.",
     "org/european-commission"),
    ("The Federal Trade Commission and the European Commission met. Commissioner Jane Roe "
     "spoke.", None),
])
def test_a_commissioner_serves_the_article_s_one_commission(text: str, body: str | None) -> None:
    ex, _ = _policies(text)
    served = {f.object for f in ex.facts if f.predicate == "affiliatedWith"
              and f.subject == "person/jane-roe"}
    assert served == ({body} if body else set())


@pytest.mark.parametrize(("text", "owner"), [
    ("The tender is the core of the programme that Prime Minister Abiy Ahmed of Ethiopia made "
     "a pillar of his Home-Grown Economic Reform Agenda.", "country/ET"),
    ("Acme chief executive Jane Roe presented her Growth Strategy on Monday.", None),
])
def test_his_or_her_policy_is_the_country_the_person_serves(text: str, owner: str | None) -> None:
    ex, policies = _policies(text)
    promoters = {f.object for f in ex.facts if f.predicate == "promotedBy"}
    assert promoters == ({owner} if owner else set())


@pytest.mark.parametrize(("text", "roles"), [
    ("Commissioners Jane Roe and John Doe also voted in favour.",
     {"person/jane-roe": "Commissioner", "person/john-doe": "Commissioner"}),
    ("Prime Ministers Yoshihide Suga of Japan and Scott Morrison of Australia agreed.",
     {"person/yoshihide-suga": "Prime Minister"}),
    ("Jane Roe and John Doe objected to the bill.", {}),
])
def test_a_plural_title_before_coordinated_names_is_each_one_s(
        text: str, roles: dict[str, str]) -> None:
    ex, _ = _policies(text)
    got = {v.subject: v.value for v in ex.values if v.predicate == "role"}
    assert {k: got.get(k) for k in roles} == roles
    assert roles or not got


def test_a_side_named_in_two_words_is_a_country_s_side_too() -> None:
    ex, _ = _policies("On the South Korean side were Jane Roe and John Doe.")
    served = {(f.subject, f.object) for f in ex.facts if f.predicate == "affiliatedWith"}
    assert served == {("person/jane-roe", "country/KR"), ("person/john-doe", "country/KR")}


@pytest.mark.parametrize(("text", "key", "kind"), [
    ("Acme Tele, the larger of the islands' two mobile operators, said on Thursday it had "
     "signed a contract with Ericsson.", "org/acme-tele", "Telco"),
    ("Vortex Dynamics, a Ruritanian chipmaker, said on Monday it would appeal the order.",
     "org/vortex-dynamics", "Company"),
    ("Jane Roe, a company spokeswoman, said on Monday it would appeal the order.",
     "person/jane-roe", "Person"),
])
def test_an_apposition_types_a_name_the_ner_took_for_a_person_s(
        text: str, key: str, kind: str) -> None:
    ex, _ = _policies(text)
    assert {e.key: e.type.value for e in ex.entities}.get(key) == kind


def test_an_acronym_in_brackets_after_a_name_is_no_country_code() -> None:
    ex, _ = _policies("Huawei built the 4G networks of both Acme Tele (AT) and its rival "
                      "Globex. AT's board evaluated Ericsson.")
    assert "country/AT" not in {e.key for e in ex.entities}
    assert not [f for f in ex.facts if f.predicate == "affiliatedWith"]


def test_a_firm_s_first_word_alone_is_the_firm_named_in_full_before() -> None:
    ex, _ = _policies("Taiwan Mobile and Chunghwa Telecom bid for the spectrum. Chunghwa, the "
                      "island's biggest operator, said on Monday it would keep buying radio "
                      "gear from Nokia.")
    assert sorted(e.key for e in ex.entities if e.type.value == "Telco") == [
        "org/chunghwa-telecom", "org/taiwan-mobile"]


@pytest.mark.parametrize(("text", "day"), [
    ("Jane Roe will meet John Doe in Lima on Monday.", "2021-06-21"),
    ("Jane Roe is due to meet John Doe in Lima on Thursday.", "2021-06-17"),
    ("The EU is hosting another round of the dialogue with Jane Roe in Brussels on Monday.",
     "2021-06-21"),
    ("Jane Roe met John Doe in Lima on Monday.", "2021-06-14"),
    ("Jane Roe was due to meet John Doe in Lima on Thursday.", "2021-06-10"),
])
def test_a_weekday_of_a_meeting_to_come_is_the_next_one(text: str, day: str) -> None:
    ex, _ = _policies(text, published=date(2021, 6, 15))  # a Tuesday
    assert [v.value for v in ex.values if v.predicate == "date"] == [day]


def test_a_round_of_talks_is_led_by_who_held_it() -> None:
    assert _meeting_leaders("Commerce Secretary Wilbur Ross held a third round of trade "
                            "talks with Chinese Vice Premier Liu He in Beijing on Sunday.") == [
        {"Wilbur Ross", "Liu He"}]


def test_a_meeting_on_the_sidelines_of_a_summit_is_the_two_leaders_not_the_summit() -> None:
    ex, _ = _policies("Jane Roe met Acmean Foreign Minister John Doe on the margins of the "
                      "ASEAN summit in Jakarta on Friday.")
    meetings = [e for e in ex.entities if e.type.value == "Meeting"]
    assert [m.label for m in meetings] == ["Roe-Doe meeting"]
    assert not [f for f in ex.facts if f.predicate == "participant" and "asean" in f.object]


def test_a_plural_title_inside_an_org_span_still_names_the_first_person() -> None:
    ex, policies = _policies(
        "India and the United States on Tuesday held the first meeting of their Initiative on "
        "Critical and Emerging Technology (iCET), led by National Security Advisors Ajit Doval "
        "and Jake Sullivan.")
    names = {e.key: e.label for e in ex.entities}
    assert {names[f.object] for f in ex.facts if f.predicate == "ledBy"} == {
        "Ajit Doval", "Jake Sullivan"}
    assert [p.label for p in policies] == ["Initiative on Critical and Emerging Technology"]
    # "their" initiative: both states that held the meeting
    assert {names[f.object] for f in ex.facts if f.predicate == "promotedBy"} == {
        "India", "United States"}


@pytest.mark.parametrize(("text", "policy"), [
    ("The firm is central to the National Strategy for Artificial Intelligence 2031.",
     "National Strategy for Artificial Intelligence 2031"),
    ("Ruritania joined the Trilateral Partnership for Infrastructure Investment in the "
     "Indo-Pacific in July 2018.", "Trilateral Partnership for Infrastructure Investment in the "
     "Indo-Pacific"),
])
def test_a_programme_named_head_first_keeps_the_words_before_and_after(
        text: str, policy: str) -> None:
    _, policies = _policies(text)
    assert [p.label for p in policies] == [policy]


def test_a_firm_described_in_a_relative_clause_is_not_listed() -> None:
    ex, _ = _policies("The Commerce Department added Huawei and SMIC, a chipmaker that buys "
                      "tools from Applied Materials, to the Entity List.")
    names = {e.key: e.label for e in ex.entities}
    assert {names[f.object] for f in ex.facts if f.predicate == "excludes"} == {"Huawei", "SMIC"}


@pytest.mark.parametrize(("text", "unit", "country"), [
    ("Regulators cleared Samsung China Semiconductor on Monday.",
     "Samsung China Semiconductor", "China"),
    ("Regulators cleared Intel Semiconductor (Dalian) and SK hynix Semiconductor (China) on "
     "Monday.", "SK hynix Semiconductor (China)", "China"),
])
def test_a_firm_a_place_and_a_company_word_is_a_subsidiary_of_its_own(
        text: str, unit: str, country: str) -> None:
    ex, _ = _policies(text)
    names = {e.key: e.label for e in ex.entities}
    assert unit in names.values()
    assert ("Intel" in text) == ("Intel Semiconductor (Dalian)" in names.values())
    assert (unit, country) in {(names[f.subject], names[f.object]) for f in ex.facts
                               if f.predicate == "basedIn"}
    assert "Samsung Electronics" not in names.values()


def test_a_firm_and_a_company_word_without_a_place_is_the_firm() -> None:
    ex, _ = _policies("Regulators cleared Samsung Electronics and Intel Semiconductor on Monday.")
    assert "Intel Semiconductor" not in {e.label for e in ex.entities}


def test_a_minister_of_a_ministry_named_before_serves_the_ministry_s_country() -> None:
    ex, _ = _policies("The United States and South Korea spoke. Washington said the rule would "
                      "stand. The Ministry of Trade, Industry and Energy said it would work with "
                      "Washington. Trade Minister Yeo Han-koo had raised the matter in the "
                      "United States.")
    names = {e.key: e.label for e in ex.entities}
    assert {names[f.object] for f in ex.facts if f.subject == "person/yeo-han-koo"
            and f.predicate == "affiliatedWith"} == {
        "Ministry of Trade, Industry and Energy", "South Korea"}


def test_a_former_official_no_longer_serves_the_body_but_serves_the_firm_of_now() -> None:
    ex, _ = _policies("Dana Marsh, a former BIS official who is now a partner at the "
                      "Washington law firm Pemberton Vale, said the listing would bite.")
    names = {e.key: e.label for e in ex.entities}
    assert {names[f.object] for f in ex.facts if f.predicate == "affiliatedWith"} == {"Pemberton Vale"}
    assert ("Pemberton Vale", "Company") in {(e.label, e.type.value) for e in ex.entities}
    assert ("Pemberton Vale", "United States") in {
        (names[f.subject], names[f.object]) for f in ex.facts if f.predicate == "basedIn"}


def test_the_country_an_envoy_is_posted_to_takes_no_part_in_their_meeting() -> None:
    assert _meeting_participants("On Oct. 11, China's ambassador to Denmark, Feng Tie, met "
                                 "Prime Minister Jane Roe in Oslo.") == {"China"}


@pytest.mark.parametrize(("text", "label", "facts"), [
    ("The Commerce Department imposed a seven-year denial order on ZTE in April.",
     "United States' denial order",
     {("excludes", "ZTE"), ("promotedBy", "US Department of Commerce")}),
    ("Canada's divestment order requires three Chinese firms to sell their stakes.",
     "Canada's divestment order", {("promotedBy", "Canada")}),
    ("The Dutch emergency order was lifted on Wednesday.", "Netherlands' emergency order",
     {("promotedBy", "Netherlands")}),
])
def test_an_order_of_a_kind_governments_make_is_a_policy(
        text: str, label: str, facts: set[tuple[str, str]]) -> None:
    ex, policies = _policies(text)
    names = {e.key: e.label for e in ex.entities}
    assert [p.label for p in policies] == [label]
    assert facts <= {(f.predicate, names[f.object]) for f in ex.facts}


@pytest.mark.parametrize("text", ["A court order blocked the sale of Acme.",
                                  "In order to comply, ZTE paid the fine."])
def test_other_orders_are_no_policies(text: str) -> None:
    assert _policies(text)[1] == []


def test_tariffs_are_the_policy_of_whoever_imposed_them_not_of_who_answered() -> None:
    ex, policies = _policies(
        "China struck back at new U.S. tariffs on Tuesday, announcing levies on American coal. "
        "China's Customs Tariff Commission said it would impose a 15% tariff on U.S. coal.")
    names = {e.key: e.label for e in ex.entities}
    owners = {(names[f.subject], names[f.object]) for f in ex.facts if f.predicate == "promotedBy"}
    assert ("United States' tariffs", "United States") in owners
    assert ("United States' tariffs", "China") not in owners
    chinese = next(p for p in policies if p.label == "China's tariffs")
    assert (chinese.label, "China") in owners


def test_a_measure_that_leaves_a_firm_s_shares_alone_still_excludes_the_firm() -> None:
    ex, _ = _policies("The Commerce Department imposed a denial order on ZTE in April. The ban "
                      "will stay until ZTE pays. It does not cover ZTE's listed shares.")
    assert {f.object for f in ex.facts if f.predicate == "excludes"} == {"org/zte"}


@pytest.mark.parametrize(("text", "served"), [
    ("The Indian delegation included Ambassador Taranjit Singh Sandhu and Principal Scientific "
     "Adviser Ajay Kumar Sood.", {("Taranjit Singh Sandhu", "India"), ("Ajay Kumar Sood", "India")}),
    ("NASA Administrator Bill Nelson and NSF Director Sethuraman Panchanathan joined the US side.",
     {("Bill Nelson", "United States"), ("Sethuraman Panchanathan", "United States")}),
    ("The Indian delegation did not include Ajay Kumar Sood.", set()),
])
def test_members_of_a_country_s_delegation_serve_it(
        text: str, served: set[tuple[str, str]]) -> None:
    ex, _ = _policies(text)
    names = {e.key: e.label for e in ex.entities}
    got = {(names[f.subject], names[f.object]) for f in ex.facts if f.predicate == "affiliatedWith"
           and f.object.startswith("country/")}
    assert got == served


def test_a_company_word_before_minister_is_the_minister_s_portfolio() -> None:
    ex, _ = _policies("Communications and Digital Technologies Minister Stella Ndabeni-Abrahams "
                      "said the policy would be published.")
    assert [e.label for e in ex.entities if e.type.value != "Person"] == []


@pytest.mark.parametrize(("text", "person", "role"), [
    ("Prime Minister Bárður á Steig Nielsen met the ambassador on Monday.",
     "Bárður á Steig Nielsen", "Prime Minister"),
    ("Trade Commissioner Maroš Šefčovič said the talks went well.", "Maroš Šefčovič",
     "Trade Commissioner"),
])
def test_names_in_any_script_and_with_particles_are_people(
        text: str, person: str, role: str) -> None:
    ex, _ = _policies(text)
    people = {e.key: e.label for e in ex.entities if e.type.value == "Person"}
    assert list(people.values()) == [person]
    assert [v.value for v in ex.values if v.predicate == "role"] == [role]


def test_two_pairs_of_leaders_are_two_meetings() -> None:
    assert sorted(map(sorted, _meeting_leaders(
        "Donald Trump met Chinese President Xi Jinping in Osaka on June 29. Cyril Ramaphosa "
        "also met Xi in Osaka."))) == [["Cyril Ramaphosa", "Xi Jinping"],
                                        ["Donald Trump", "Xi Jinping"]]


def test_names_listed_respectively_serve_the_organisations_in_the_same_places() -> None:
    ex, _ = _policies("The letter was signed by the chief executives of Vodacom, MTN and Cell C "
                      "- Shameel Joosub, Godfrey Motsa and Douglas Stevenson respectively.")
    names = {e.key: e.label for e in ex.entities}
    assert {(names[f.subject], names[f.object]) for f in ex.facts
            if f.predicate == "affiliatedWith"} == {
        ("Shameel Joosub", "Vodacom"), ("Godfrey Motsa", "MTN"), ("Douglas Stevenson", "Cell C")}
    assert {v.value for v in ex.values if v.predicate == "role"} == {"chief executive"}


def test_lists_of_different_lengths_are_not_paired() -> None:
    ex, _ = _policies("The chief executives of Vodacom, MTN and Cell C - Shameel Joosub and "
                      "Godfrey Motsa respectively - signed it.")
    # (only the gazetteer, which knows Vodacom's chief, may tie a name to a firm here)
    assert not [f for f in ex.facts if f.predicate == "affiliatedWith"
                and f.evidence.rule != "gazetteer"]


@pytest.mark.parametrize(("text", "owners"), [
    ("LONDON, May 3 (Example Wire) - Britain will enforce the Network Integrity Act "
     "from October, the ministry said. The Network Integrity Act bars Huawei.",
     {"United Kingdom"}),
    ("BEIJING, Feb 4 (Example Wire) - China hit back on Tuesday. China's ministry said so. "
     "President Donald Trump imposed the tariff under the Emergency Powers Act, and China "
     "answered.", set()),
])
def test_a_law_is_the_home_country_s_unless_its_sentence_ties_it_to_another(
        text: str, owners: set[str]) -> None:
    ex, policies = _policies(text)
    names = {e.key: e.label for e in ex.entities}
    law = next(p for p in policies if p.label.endswith("Act"))
    assert {names[f.object] for f in ex.facts
            if f.subject == law.key and f.predicate == "promotedBy"} == owners


def test_a_side_named_after_its_people_takes_only_those_before_it() -> None:
    ex, _ = _policies("The meeting was co-chaired by Jane Roe and John Doe on the American "
                      "side, and by European Commission Executive Vice Presidents Ann Poe and "
                      "Max Moe for the EU.")
    served = {(f.subject, f.object) for f in ex.facts if f.predicate == "affiliatedWith"
              and f.object == "country/US"}
    assert served == {("person/jane-roe", "country/US"), ("person/john-doe", "country/US")}


def test_the_side_of_a_border_is_a_place_not_a_delegation() -> None:
    ex, _ = _policies("Jane Roe and John Doe met at Chushul, on the Indian side of the Line of "
                      "Actual Control, on Tuesday.")
    assert not [f for f in ex.facts if f.predicate == "affiliatedWith"]


@pytest.mark.parametrize(("text", "roles"), [
    ("Today, the Honourable Jane Roe, Minister of Innovation, Science and Industry, and the "
     "Honourable John Doe, Minister of Public Safety, announced the plan.",
     {"Jane Roe": "Minister of Innovation, Science and Industry",
      "John Doe": "Minister of Public Safety"}),
    ("On Monday, the Secretary of State for Digital, Culture, Media and Sport, the Rt Hon "
     "Oliver Dowden MP, announced the rules.",
     {"Oliver Dowden": "Secretary of State for Digital, Culture, Media and Sport"}),
    ("Secretary of Commerce Jane Roe met Minister of Public Safety John Doe.",
     {"Jane Roe": "Secretary of Commerce", "John Doe": "Minister of Public Safety"}),
])
def test_styles_and_listed_portfolios_in_ministers_titles(text: str, roles: dict[str, str]) -> None:
    ex, policies = _policies(text)
    names = {e.key: e.label for e in ex.entities}
    assert {names[v.subject]: v.value for v in ex.values if v.predicate == "role"} == roles
    assert {e.label for e in ex.entities if e.type.value == "Person"} == set(roles)
    assert policies == []


def test_a_meeting_that_ends_on_a_day_is_dated_by_its_first_day() -> None:
    ex, _ = _policies("The three-day summit, which ended on Sunday, was hosted by Prime Minister "
                      "Fumio Kishida of Japan.", published=date(2023, 5, 22))  # a Monday
    assert [(v.predicate, v.value) for v in ex.values if v.predicate in {"date", "duration"}] \
        == [("date", "2023-05-19"), ("duration", "P3D")]


def test_a_meeting_that_brings_together_leaders_of_countries_has_them_as_parties() -> None:
    got = _meeting_participants(
        "The three-day meeting in Hiroshima on Oct. 19 brings together the leaders of Japan, "
        "the United States, Britain and Canada, as well as the European Union.")
    assert got == {"Japan", "United States", "United Kingdom", "Canada", "European Union"}


def test_a_meeting_that_does_not_bring_them_together_has_no_such_parties() -> None:
    assert _meeting_participants("The summit in Oslo on Oct. 19 did not bring together the "
                                 "leaders of Japan and Canada.") == set()


@pytest.mark.parametrize(("text", "leaders"), [
    ("Angela Merkel held a video call with Chinese President Xi Jinping and French President "
     "Emmanuel Macron on April 16.", [{"Angela Merkel", "Xi Jinping", "Emmanuel Macron"}]),
    ("Jane Roe had a phone call with Chinese President Xi Jinping on Tuesday.",
     [{"Jane Roe", "Xi Jinping"}]),
    ("Jane Roe issued a call for talks with Chinese President Xi Jinping.", []),
    ("Jane Roe did not hold a call with Chinese President Xi Jinping.", []),
])
def test_a_call_held_with_someone_is_a_meeting(text: str, leaders: list[set[str]]) -> None:
    assert _meeting_leaders(text) == leaders


def test_a_state_that_pressed_others_to_join_is_not_urged_itself() -> None:
    ex, _ = _policies("The United States, which under former President Donald Trump pressed "
                      "allies to join its Clean Network programme, has continued to urge Berlin "
                      "to go further.")
    assert not [f for f in ex.facts if f.predicate == "urgedToJoin"]


def test_firms_told_to_enforce_a_measure_are_not_its_targets() -> None:
    ex, _ = _policies("The ministry acted under the Information Technology Act. The department "
                      "had told operators, including Reliance Jio and Bharti Airtel, to block "
                      "access. The regulator ordered Acme Telecom to remove Huawei gear under "
                      "the Network Act.")
    names = {e.key: e.label for e in ex.entities}
    assert {names[f.object] for f in ex.facts if f.predicate == "excludes"} == {"Huawei"}


def test_a_title_is_no_body_and_a_known_person_also_serves_the_firm_the_article_names() -> None:
    ex, _ = _policies("G42's chairman is Sheikh Tahnoon bin Zayed Al Nahyan, the UAE's National "
                      "Security Adviser, which is why the company's choices are watched.")
    names = {e.key: e.label for e in ex.entities}
    assert "National Security Adviser" not in names.values()
    assert {names[f.object] for f in ex.facts if f.predicate == "affiliatedWith"} == {
        "United Arab Emirates", "G42"}


def test_a_company_that_says_it_will_phase_out_gear_is_not_a_policy_s_it() -> None:
    ex, _ = _policies("The Network Act bars Huawei from 5G networks. G42 has said it will "
                      "phase out hardware from ByteDance, the owner of TikTok.")
    assert {f.object for f in ex.facts if f.predicate == "excludes"} == {"org/huawei"}


@pytest.mark.parametrize(("text", "leaders"), [
    ("Washington pressed the Netherlands to follow suit, and Prime Minister Mark Rutte "
     "discussed the subject with President Joe Biden at the White House on January 17.",
     [{"Mark Rutte", "Joe Biden"}]),
    ("Jane Roe discussed the plan with reporters on Monday.", []),
    ("Jane Roe did not discuss the plan with President Joe Biden on Monday.", []),
    ("Jane Roe may discuss the plan with President Joe Biden on Monday.", []),
])
def test_discussing_something_with_a_leader_on_a_day_is_a_meeting(
        text: str, leaders: list[set[str]]) -> None:
    assert _meeting_leaders(text) == leaders


def test_the_place_of_a_meeting_takes_no_part_in_it() -> None:
    assert _meeting_participants("The Netherlands and the United States agreed. Mark Rutte "
                                 "discussed the subject with President Joe Biden at the White "
                                 "House on Oct. 17.") == {"Netherlands", "United States"}


def test_three_as_a_number_is_no_operator() -> None:
    ex, _ = _policies("Three and a half years is a tight window for a full radio swap, the "
                      "operators said of their 5G networks.")
    assert not [e for e in ex.entities if e.type.value == "Telco"]


def test_a_law_s_year_and_its_known_as_name_belong_to_it() -> None:
    ex, policies = _policies("Under the Network (Interception and Security) Act 2013, known as "
                             "NISA, operators must notify the bureau. NISA names no supplier.")
    assert [(p.label, "NISA" in p.alt_labels) for p in policies] == [
        ("Network (Interception and Security) Act 2013", True)]
    assert not [e for e in ex.entities if e.type.value in {"Telco", "Company"}]


def test_who_launched_something_at_a_summit_led_it() -> None:
    assert _meeting_leaders("The council was launched by President Joe Biden and European "
                            "Council President Charles Michel at a U.S.-EU summit in Brussels "
                            "on June 15.") == [{"Joe Biden", "Charles Michel"}]


@pytest.mark.parametrize(("text", "uses"), [
    ("Vodafone said it would keep using Huawei equipment in its radio network.", True),
    ("Vodafone said it would use Huawei equipment.", False),
    ("Vodafone said it would not keep using Huawei equipment.", False),
])
def test_keeping_on_using_gear_is_using_it(text: str, uses: bool) -> None:
    ex, _ = _policies(text)
    assert bool([f for f in ex.facts if f.predicate == "usesEquipmentFrom"]) is uses


@pytest.mark.parametrize(("text", "leaders"), [
    ("German Chancellor Olaf Scholz hosted French President Emmanuel Macron, Italian Prime "
     "Minister Mario Draghi and Spanish Prime Minister Pedro Sanchez in Berlin on Tuesday.",
     [{"Olaf Scholz", "Emmanuel Macron", "Mario Draghi", "Pedro Sánchez"}]),
    ("On Monday President Emmanuel Macron received Olaf Scholz at the Elysee Palace.",
     [{"Emmanuel Macron", "Olaf Scholz"}]),
    ("Olaf Scholz welcomed Mario Draghi to Berlin on March 3 for a working lunch.",
     [{"Olaf Scholz", "Mario Draghi"}]),
    ("Olaf Scholz will not host Mario Draghi in Berlin on March 3.", []),
    ("Olaf Scholz welcomed the decision on March 3.", []),
    ("Olaf Scholz hosted Mario Draghi in Berlin, officials said.", []),  # no day: no meeting
])
def test_a_leader_who_hosts_receives_or_welcomes_another_on_a_day_met_them(
        text: str, leaders: list[set[str]]) -> None:
    assert _meeting_leaders(text) == leaders


def test_hosting_at_a_place_is_in_person_and_their_talks_carry_the_length() -> None:
    ex, _ = _policies("Olaf Scholz hosted Mario Draghi and Pedro Sanchez at the Chancellery "
                      "on Friday. Their talks lasted about two and a half hours.")
    values = {v.predicate: v.value for v in ex.values if v.subject.startswith("meeting/")}
    assert values["mode"] == "in person"
    assert values["duration"] == "PT2H30M"


@pytest.mark.parametrize("text", [
    "Angela Merkel and Emmanuel Macron spoke by phone for 90 minutes on Friday, their second "
    "call this year.",
    "Emmanuel Macron and Angela Merkel talked by video on Friday; it was their second call.",
])
def test_two_people_who_spoke_by_phone_held_a_call_and_its_ordinal_counts(text: str) -> None:
    ex, _ = _policies(text, published=date(2021, 6, 15))
    leaders = {f.object for f in ex.facts if f.predicate == "ledBy"}
    assert leaders == {"person/angela-merkel", "person/emmanuel-macron"}
    assert [v.value for v in ex.values if v.predicate == "ordinal"] == ["2"]


def test_a_meeting_s_length_written_before_it() -> None:
    ex, _ = _policies("Acme's chief Jane Roe testified at a five-hour House committee hearing "
                      "chaired by Senator John Doe on March 23.")
    assert [v.value for v in ex.values if v.predicate == "duration"] == ["PT5H"]


@pytest.mark.parametrize(("text", "org"), [
    ('"It is a test case," said Jane Roe, director of the Lima-based Example State Policy '
     'Center.', "Example State Policy Center"),
    ('"The agenda is easy," said Jane Roe, a researcher at the Tokyo-based Example Institute '
     'for Strategy.', "Example Institute for Strategy"),
    ("Jane Roe, a fellow at the Centre for Example Technology Policy, said the rule was weak.",
     "Centre for Example Technology Policy"),
])
def test_a_centre_or_institute_named_after_a_policy_is_an_organisation(text: str, org: str) -> None:
    ex, policies = _policies(text)
    assert not policies
    orgs = {e.label for e in ex.entities if e.type.value == "Organization"}
    assert orgs == {org}
    assert any(f.predicate == "affiliatedWith" and f.object.startswith("org/") for f in ex.facts)


def test_a_convention_centre_is_a_venue_not_an_organisation() -> None:
    ex, _ = _policies("Jane Roe spoke at the Example Convention Centre in Lima on Friday.")
    assert not [e for e in ex.entities if e.type.value == "Organization"]


def test_capitals_that_co_host_a_meeting_are_their_states_and_its_chairs_lead_it() -> None:
    ex, _ = _policies("Secretary of State Mike Pompeo said on Friday that Washington and Lima "
                      "would co-host a ministerial meeting on trade in Lima on Feb. 13-14. "
                      "Pompeo and Peruvian Foreign Minister Jane Roe will chair the two-day "
                      "gathering.", published=date(2019, 1, 12))
    facts = {(f.predicate, f.object) for f in ex.facts if f.subject.startswith("meeting/")}
    assert {("participant", "country/US"), ("participant", "country/PE"),
            ("ledBy", "person/mike-pompeo"), ("ledBy", "person/jane-roe")} <= facts
    values = {v.predicate: v.value for v in ex.values if v.subject.startswith("meeting/")}
    assert values["date"] == "2019-02-13" and values["duration"] == "P2D"


def test_officials_from_two_capitals_are_no_metonyms_for_their_states() -> None:
    ex, _ = _policies("Officials from Lima and Quito sat down face to face on Monday.")
    assert not [f for f in ex.facts if f.predicate == "participant"]


def test_a_state_in_the_name_of_another_state_s_capital_is_not_named_there() -> None:
    for text in ("Ministers met in Fort-de-France on Friday.",
                 "Peru's minister arrived in Fort-de-France on Friday."):
        ex, _ = _policies(text)
        assert "country/FR" not in {e.key for e in ex.entities}, text
    # the capital as its government, and a city named after its own state, are still states
    ex, _ = _policies("Fort-de-France said it would answer on Friday.")
    assert "country/MQ" in {e.key for e in ex.entities}
    ex, _ = _policies("Ministers met in Mexico City on Friday.")
    assert "country/MX" in {e.key for e in ex.entities}


@pytest.mark.parametrize("text", [
    "Huawei dismissed Zhang Wei on Monday. Police detained Zhang, a sales director at "
    "Huawei's Polish unit, on Tuesday.",
    "Zhang Wei joined the board in May. Zhang, chief engineer of Huawei, said little.",
])
def test_a_family_name_written_first_names_the_person_and_takes_the_apposition(text: str) -> None:
    ex, _ = _policies(text)
    assert [e.label for e in ex.entities if e.type.value == "Person"] == ["Zhang Wei"]
    assert ("person/zhang-wei", "affiliatedWith", "org/huawei") in {
        (f.subject, f.predicate, f.object) for f in ex.facts}


def test_a_surname_in_a_list_of_people_takes_no_title_from_the_next_name() -> None:
    ex, _ = _policies("Mr Albanese, Mr Kishida and Indian Prime Minister Narendra Modi met in "
                      "Hiroshima on Saturday.", published=date(2023, 5, 21))
    roles = {v.subject: v.value for v in ex.values if v.predicate == "role"}
    assert roles == {"person/narendra-modi": "Prime Minister"}


@pytest.mark.parametrize(("text", "name"), [
    ('The leaders set out the "Example Principles on Technology Design, Development, '
     'Governance, and Use" on Friday.',
     "Example Principles on Technology Design, Development, Governance, and Use"),
    ('The Quad met. Its statement set out the "Quad Principles on Design, Development and '
     'Use".', "Quad Principles on Design, Development and Use"),
    ('"We back the Example Network," Jane Roe said.', "Example Network"),
])
def test_a_policy_name_in_quotes_runs_to_the_closing_mark(text: str, name: str) -> None:
    _, policies = _policies(text)
    assert [p.label for p in policies] == [name]


@pytest.mark.parametrize(("text", "owners"), [
    ("Diplomats said the ABCDE defence partnership, which Japan, France and India unveiled on "
     "March 3, was not discussed.", {"JP", "FR", "IN"}),
    ("Japan joined the ABCDE trade pact in 2020.", set()),
])
def test_an_acronym_before_a_pact_noun_names_the_pact_and_its_clause_gives_owners(
        text: str, owners: set[str]) -> None:
    ex, policies = _policies(text)
    assert [p.label for p in policies] == ["ABCDE"]
    assert {f.object.removeprefix("country/") for f in ex.facts
            if f.predicate == "promotedBy"} == owners


def test_a_known_body_before_a_pact_noun_is_no_pact() -> None:
    _, policies = _policies("Ruritania signed the EU trade pact on Monday.")
    assert not policies


def test_a_day_takes_the_year_its_sentence_gives_the_same_month() -> None:
    ex, _ = _policies("On a tour of the Andes in March 2017, Jane Roe met President John Doe in "
                      "Lima on March 14.", published=date(2023, 5, 29))
    assert [v.value for v in ex.values if v.predicate == "date"] == ["2017-03-14"]


@pytest.mark.parametrize(("text", "joins"), [
    ("Greece signed a memorandum of understanding on the Belt and Road Initiative.", True),
    ("Italy signed an MoU with China on the Belt and Road Initiative in 2019.", True),
    ("Italy did not sign a memorandum on the Belt and Road Initiative.", False),
    ("Slovakia signed a memorandum of understanding on 5G security on Oct. 23.", False),
])
def test_signing_a_memorandum_on_a_programme_joins_it_but_not_the_memorandum_itself(
        text: str, joins: bool) -> None:
    ex, _ = _policies(text)
    assert bool([f for f in ex.facts if f.predicate == "participatesIn"]) is joins


@pytest.mark.parametrize(("text", "owner"), [
    ("EU sanctions on Russia bar the export of chips to its arms makers.", "org/eu"),
    ("Japan tightened its export rules on chipmaking equipment in July.", "country/JP"),
])
def test_a_bloc_s_sanctions_and_a_state_s_export_rules_are_its_measures(text: str, owner: str) -> None:
    ex, policies = _policies(text)
    assert len(policies) == 1
    assert ("promotedBy", owner) in {(f.predicate, f.object) for f in ex.facts
                                     if f.subject == policies[0].key}


def test_a_think_tank_that_calls_for_sanctions_owns_none() -> None:
    _, policies = _policies("The Example Policy Institute called for sanctions on Acme.")
    assert not policies


@pytest.mark.parametrize(("text", "body"), [
    ("Jane Roe, Acme's chief executive, testified before the Senate Commerce Committee on "
     "May 3.", "org/senate-commerce"),  # the gazetteer's committee
    ("Acme chief Jane Roe was grilled for about four hours by the Senate Banking Committee on "
     "May 9.", "org/senate-banking-committee"),
    ("The regulator will brief the Bundestag's digital affairs committee on Thursday.", None),
])
def test_a_witness_before_a_committee_on_a_day_is_a_hearing_the_committee_holds(
        text: str, body: str | None) -> None:
    ex, _ = _policies(text, published=date(2021, 6, 15))
    meetings = [e for e in ex.entities if e.type.value == "Meeting"]
    assert len(meetings) == 1
    facts = {(f.predicate, f.object) for f in ex.facts if f.subject == meetings[0].key}
    assert not [f for f in facts if f[0] == "ledBy"]  # the witness does not lead it
    if body is not None:
        assert ("participant", body) in facts


@pytest.mark.parametrize("text", [
    "The minister briefed reporters on Monday.",
    "Jane Roe did not testify before the committee on Monday.",
    "Jane Roe testified in court on Monday.",
])
def test_briefing_reporters_or_not_testifying_is_no_hearing(text: str) -> None:
    ex, _ = _policies(text)
    assert not [e for e in ex.entities if e.type.value == "Meeting"]


@pytest.mark.parametrize(("text", "listed"), [
    ("Acme Semiconductor, a Chinese chipmaker, has been on the Entity List since December 2020.",
     True),
    ("Huawei was added to the Entity List in 2019.", True),
    ("ZTE remains on the Entity List.", True),
    ("ZTE is not on the Entity List.", False),
    ("Huawei could be added to the Entity List.", False),
])
def test_a_firm_on_or_added_to_a_list_is_excluded_by_it(text: str, listed: bool) -> None:
    ex, _ = _policies(text)
    assert bool([f for f in ex.facts if f.predicate == "excludes"]) is listed


def test_a_meeting_the_next_day_counts_from_the_sentence_s_other_day() -> None:
    ex, _ = _policies("Emmanuel Macron arrived in Seoul on March 3 and held talks with President "
                      "Moon Jae-in the next day.", published=date(2021, 6, 15))
    meetings = [e for e in ex.entities if e.type.value == "Meeting"]
    assert [m.label for m in meetings] == ["Macron-Moon meeting"]  # a Korean family name first
    assert [v.value for v in ex.values if v.predicate == "date"] == ["2021-03-04"]


def test_the_buyer_whose_deal_with_a_vendor_is_blocked_is_not_excluded() -> None:
    ex, _ = _policies("Ruritania used the Alpha Security Act to block Acme Tel's 5G core deal "
                      "with Huawei.")
    assert {f.object for f in ex.facts if f.predicate == "excludes"} == {"org/huawei"}


def test_a_subject_that_names_the_state_without_a_name_is_no_firm_before_it() -> None:
    ex, _ = _policies("Acme is central to the Alpha Strategy for Artificial Intelligence 2031, "
                      "which the government launched in 2017.")
    assert not [f for f in ex.facts if f.predicate in {"promotedBy", "announcedBy"}
                and f.object.startswith("org/")]


@pytest.mark.parametrize(("text", "org", "kind", "country"), [
    ('"It is a ban," said Jane Roe, a telecoms analyst at Lisbon-based brokerage Example '
     'Valores.', "Example Valores", "Company", "country/PT"),
    ('"It is solid," said Jane Roe, a security researcher at Kuala Lumpur-based Example Labs.',
     "Example Labs", "Company", "country/MY"),
    ("Jane Roe, a senior fellow at the Example Institute for Peace, said the rule was weak.",
     "Example Institute for Peace", "Organization", None),
])
def test_the_firm_or_institute_an_analyst_works_at_is_named_typed_and_placed(
        text: str, org: str, kind: str, country: str | None) -> None:
    ex, _ = _policies(text)
    orgs = {e.label: e.type.value for e in ex.entities if e.key.startswith("org/")}
    assert orgs == {org: kind}
    facts = {(f.predicate, f.object) for f in ex.facts}
    assert ("affiliatedWith", f"org/{org.lower().replace(' ', '-')}") in facts
    if country is not None:
        assert ("basedIn", country) in facts


def test_a_fellow_at_a_one_word_place_names_no_firm() -> None:
    ex, _ = _policies('"No," said Jane Roe, a fellow at Harvard.')
    # (the gazetteer knows Harvard University, an organisation; no firm is made of it)
    assert not [e for e in ex.entities if e.type.value in {"Company", "Telco"}]
    ex, _ = _policies('"No," said Jane Roe, a fellow at Kingsbridge.')
    assert not [e for e in ex.entities if e.key.startswith("org/")]


def test_operators_that_open_a_sentence_share_its_second_verb() -> None:
    ex, _ = _policies("Telus and Bell Canada run Huawei base stations across their LTE "
                      "networks but chose Ericsson and Nokia for 5G in 2020.")
    uses = {(f.subject, f.object) for f in ex.facts if f.predicate == "usesEquipmentFrom"}
    assert {(t, v) for t in ("org/bce", "org/telus")
            for v in ("org/huawei", "org/ericsson", "org/nokia")} <= uses


def test_the_day_of_a_clause_on_a_participant_is_not_the_meeting_s() -> None:
    ex, _ = _policies("President Jane Roe, sworn in on Monday, greeted them at the airport and "
                      "met them in her office.")
    assert not [v for v in ex.values if v.predicate == "date"]


def test_a_former_official_now_at_an_institute_serves_the_institute() -> None:
    ex, _ = _policies('"The argument is gone," said Jane Roe, a former trade official and now a '
                      'fellow at the Lima-based Example Asia Institute.')
    assert ("person/jane-roe", "org/example-asia-institute") in {
        (f.subject, f.object) for f in ex.facts if f.predicate == "affiliatedWith"}


def test_his_talks_are_led_by_the_person_named_before() -> None:
    ex, _ = _policies("Jane Roe visited Beijing at the end of March; the statement issued after "
                      "his talks with Chinese President Xi Jinping on March 31 did not mention 5G.",
                      published=date(2023, 5, 4))
    assert _leaders_of(ex) == [{"person/jane-roe", "person/xi-jinping"}]


def test_a_malay_leader_is_called_by_the_first_name() -> None:
    ex, _ = _policies("Prime Minister Mahathir Mohamad flew to Tokyo in May. Mahathir praised "
                      "Japan's technology; a communique after his talks with Prime Minister "
                      "Shinzo Abe on May 30 named no company.", published=date(2019, 6, 4))
    assert [e.label for e in ex.entities if e.type.value == "Meeting"] == ["Mahathir-Abe meeting"]
    assert _leaders_of(ex) == [{"person/mahathir-mohamad", "person/shinzo-abe"}]


@pytest.mark.parametrize(("text", "people"), [
    ("Download PDF\n\nThe ministry said on Monday it would act.", set()),
    ("Acme's apps were pulled from the App Store on Monday.", set()),
    ("Lt Gen Jane Roe, the head of the council, said the rule stands.", {"Jane Roe"}),
    ("Lawyer Jane Roe said the order would be challenged.", {"Jane Roe"}),
])
def test_buttons_shops_and_ranks_are_no_people_s_names(text: str, people: set[str]) -> None:
    ex, _ = _policies(text)
    assert {e.label for e in ex.entities if e.type.value == "Person"} == people


@pytest.mark.parametrize("text", [
    "All four are registered to bid in the 5G spectrum auction run by the regulator Arcep, "
    "due to start on 29 September.",
    "The regulator Arcep held a 5G spectrum auction in October.",
])
def test_a_spectrum_auction_is_the_policy_of_the_regulator_that_runs_it(text: str) -> None:
    ex, policies = _policies(text, published=date(2020, 7, 24))
    assert len(policies) == 1
    assert ("promotedBy", "org/arcep") in {(f.predicate, f.object) for f in ex.facts
                                           if f.subject == policies[0].key}


@pytest.mark.parametrize(("text", "firm"), [
    ('"It is hard," said Jane Roe, principal at Lima-based consultancy Example Telecom '
     'Advisory.', "org/example-telecom-advisory"),
    ('"It is hard," said Jane Roe, semiconductor analyst at Lima-based Examplebank.',
     "org/examplebank"),
    ('"It is hard," said Jane Roe, a technology lawyer at Lima-based Example Iyer Partners.',
     "org/example-iyer-partners"),
    ("Our guest Jane Roe, a sanctions lawyer at the Washington firm Example & Rowe, explains "
     "the rules. Acme said the firm would comply.", "org/example-rowe"),
])
def test_principals_lawyers_and_one_word_firms_placed_by_a_base_are_employers(
        text: str, firm: str) -> None:
    ex, _ = _policies(text)
    assert {f.object for f in ex.facts if f.predicate == "affiliatedWith"
            and f.subject == "person/jane-roe"} == {firm}


def test_a_person_in_apposition_to_a_programme_s_head_is_no_programme() -> None:
    from policygraph.pipeline import extract

    text = ("\"It will take years,\" said Lucia Ferro, director of the digital inclusion programme "
            "at the Lima-based Andes Institute. Sato Ken, head of Japan's chip strategy office, "
            "agreed.")
    ex = next(extract([Article(id="x", text=text, published=date(2021, 6, 10))]))
    types = {e.label: e.type.value for e in ex.entities}
    assert types.get("Lucia Ferro") == "Person"
    assert "Sato Ken" not in types or types["Sato Ken"] == "Person"
    assert not [e for e in ex.entities if e.type.value == "Policy"]


def test_a_numbered_decree_is_dated_by_its_own_verb_and_one_law_has_one_node() -> None:
    from policygraph.pipeline import extract

    text = ("Chile issues decree under Digital Trust Law\n\nChile's cabinet on Tuesday issued "
            "Decree 14/2021, which details how the 2019 Law on Digital Trust will be applied.")
    ex = next(extract([Article(id="x", text=text, published=date(2021, 6, 10))]))
    labels = {e.key: e.label for e in ex.entities}
    days = {(labels[v.subject], v.value) for v in ex.values if v.predicate == "announcedOn"}
    assert ("Decree 14/2021", "2021-06-08") in days
    laws = [e.label for e in ex.entities if e.type.value == "Policy" and "Trust" in e.label]
    assert len(laws) == 1, laws


def test_a_chamber_of_commerce_its_bracketed_name_and_a_planned_hybrid_workshop() -> None:
    from policygraph.pipeline import extract

    text = ("Drafts drew objections from the European Chamber of Commerce in Peru (EuroCham "
            "Peru), which said the rules would raise costs. The Ministry of Production is "
            "expected to explain the rules at a workshop with EuroCham Peru in Lima on 25 "
            "August, which will also be streamed online. The Enterprise Chamber of the Lima "
            "court ruled on Monday.")
    ex = next(extract([Article(id="x", text=text, published=date(2021, 6, 10))]))
    names = {e.key: e.label for e in ex.entities}
    types = {e.label: e.type.value for e in ex.entities}
    assert types["European Chamber of Commerce"] == "Organization"
    assert types.get("Enterprise Chamber") != "Organization"
    facts = labelled(ex)
    workshop = next(k for k, v in names.items() if v == "workshop")
    assert (("workshop", "participant", "Ministry of Production") in facts
            and ("workshop", "participant", "European Chamber of Commerce") in facts)
    values = {(v.predicate, v.value) for v in ex.values if v.subject == workshop}
    assert ("date", "2021-08-25") in values and ("mode", "hybrid") in values


def test_an_owner_in_a_relative_clause_a_leader_s_order_and_its_untagged_day() -> None:
    from policygraph.pipeline import extract

    text = ("Trade Minister Li Qiang met Chile's trade minister. Peru's trade ministry said Li "
            "had raised concerns over the export controls on lithium that Bogota imposed last "
            "October and over President Gabriel Boric's executive order of Aug 9 that limits "
            "foreign stakes in mines.")
    ex = next(extract([Article(id="x", text=text, published=date(2023, 8, 28))]))
    names = {e.key: e.label for e in ex.entities}
    assert {e.type.value for e in ex.entities if e.label == "Li"} <= {"Person"}
    facts = labelled(ex)
    values = {(names[v.subject], v.predicate, v.value) for v in ex.values}
    controls = next(n for n in names.values() if "export controls" in n)
    order = next(n for n in names.values() if "executive order" in n)
    assert (controls, "promotedBy", "Colombia") in facts
    assert (controls, "announcedOn", "2022-10") in values
    assert (controls, "announcedBy", "Colombia") not in facts  # a state promotes, never announces
    assert (order, "announcedBy", "Gabriel Boric") in facts
    assert (order, "announcedOn", "2023-08-09") in values
    # his, and his country's now the gazetteer knows whom Boric serves
    entity = next(e for e in ex.entities if e.label == order)
    assert "Gabriel Boric's executive order" in {entity.label, *entity.alt_labels}
    assert (order, "promotedBy", "Chile") in facts


def test_a_meeting_with_neither_a_day_nor_a_party_is_not_recorded() -> None:
    """The ontology's shape asks a pg:Meeting for a date or a participant: "the talks with
    He", with one leader and no party or day, is too little to be one."""
    from policygraph.pipeline import extract

    text = ("Officials said the curbs were narrow. In the talks with He, Jane Roe defended the "
            "curbs as narrowly targeted.")
    ex = next(extract([Article(id="x", text=text, published=date(2023, 7, 12))]))
    keys = {e.key for e in ex.entities if e.type.value == "Meeting"}
    dated = {v.subject for v in ex.values if v.predicate == "date"}
    with_party = {f.subject for f in ex.facts if f.predicate == "participant"}
    assert keys <= dated | with_party


def test_export_licensing_its_day_of_effect_and_a_hyphenated_given_name() -> None:
    """Exporters required to obtain licences is export control; "from Aug. 1" is when it
    applies, not when it was made; "Lin" after "Lin Wei-ming" is him, not a namesake the
    gazetteer knows; the controls "that the U.S. Commerce Department imposed in October last
    year" are the department's, of that month."""
    from policygraph.pipeline import extract

    text = ("Peru will require exporters of copper and zinc to obtain licences from Aug. 1, "
            "the government said on Monday. Lima has criticised the export controls on chips "
            "and chipmaking tools that the U.S. Commerce Department imposed in October last "
            "year. \"It is a warning,\" said Lin Wei-ming, an analyst at Acme Metals Research. "
            "Lin said the rules could change. Peru's exporters will not need permits for tin.")
    ex = next(extract([Article(id="x", text=text, published=date(2023, 7, 4))]))
    names = {e.key: e.label for e in ex.entities}
    people = {e.label for e in ex.entities if e.type.value == "Person"}
    assert people == {"Lin Wei-ming"}
    facts = labelled(ex)
    values = {(names[v.subject], v.predicate, v.value) for v in ex.values}
    assert ("Peru's export controls", "promotedBy", "Peru") in facts
    assert ("Peru's export controls", "announcedOn", "2023-07-03") in values
    us = next(n for n in names.values() if "export controls" in n and "Peru" not in n)
    assert (us, "promotedBy", "US Department of Commerce") in facts
    assert (us, "announcedOn", "2022-10") in values


def test_a_visit_someone_arrives_for_is_a_meeting_and_a_visit_as_a_time_is_not() -> None:
    from policygraph.pipeline import extract

    text = ("Trade Minister Jane Roe is due to arrive in Lima on Thursday for a four-day "
            "visit, her first in the post. Roe will meet Peru's president later in her visit.")
    ex = next(extract([Article(id="x", text=text, published=date(2023, 7, 4))]))
    names = {e.key: e.label for e in ex.entities}
    visits = [k for k, v in names.items() if "visit" in v]
    assert len(visits) == 1
    facts = labelled(ex)
    label = names[visits[0]]
    assert {(label, "ledBy", "Jane Roe"), (label, "participant", "Peru")} <= facts
    values = {(v.predicate, v.value) for v in ex.values if v.subject == visits[0]}
    assert {("date", "2023-07-06"), ("duration", "P4D")} <= values


def test_a_year_ending_an_instrument_s_name_dates_it() -> None:
    from policygraph.pipeline import extract

    text = ("Rules in Ministerial Regulation No. 7 of 2021 apply to platforms. Operators must "
            "also follow the Digital Trust Act 2019.")
    ex = next(extract([Article(id="x", text=text, published=date(2023, 7, 4))]))
    names = {e.key: e.label for e in ex.entities}
    values = {(names[v.subject], v.value) for v in ex.values if v.predicate == "announcedOn"}
    assert ("Ministerial Regulation No. 7 of 2021", "2021") in values
    assert ("Digital Trust Act 2019", "2019") in values


def test_a_meeting_held_by_one_body_is_named_after_it() -> None:
    from policygraph.pipeline import extract

    text = ("At a meeting on Tuesday, the National Security Council, chaired by Prime Minister "
            "Jane Roe, decided to impose strict conditions on suppliers.")
    ex = next(extract([Article(id="x", text=text, published=date(2023, 7, 6))]))
    meetings = [e for e in ex.entities if e.type.value == "Meeting"]
    assert [m.label for m in meetings] == ["National Security Council meeting"]
    assert "meeting of the National Security Council" in meetings[0].alt_labels


def _one(text: str, published: date = date(2023, 8, 3)) -> Extraction:
    from policygraph.pipeline import extract

    return next(extract([Article(id="x", text=text, published=published)]))


def test_a_body_s_own_name_in_brackets_and_the_ban_it_imposes() -> None:
    ex = _one("The Danish Data Authority (Datavernet) has imposed a temporary ban on Meta's use "
              "of personal data for advertising. It is addressed to Meta Platforms, Inc. "
              "Datavernet said the decision does not ban Facebook or Instagram.")
    body = next(e for e in ex.entities if e.type.value == "GovernmentBody")
    assert body.label == "Danish Data Authority" and "Datavernet" in body.alt_labels
    ban = next(e for e in ex.entities if e.type.value == "Policy")
    assert "temporary ban on Meta" in ban.alt_labels
    facts = labelled(ex)
    assert {(ban.label, "excludes", "Meta Platforms"),
            (ban.label, "promotedBy", "Danish Data Authority"),
            (ban.label, "announcedBy", "Danish Data Authority")} <= facts
    # Facebook is Meta's platform, not another name of Meta: the denial leaves Meta banned
    assert (ban.label, "excludes", "Facebook") not in facts


@pytest.mark.parametrize(("second", "leader"), [
    ("Jane Roe led the meeting for the authority.", True),
    ("Jane Roe chaired the meeting.", True),
    ("Jane Roe did not chair the meeting.", False),
    ("Jane Roe will chair the next meeting.", False),
])
def test_who_leads_a_video_meeting_reported_before(second: str, leader: bool) -> None:
    ex = _one("On 30 June, the Swedish Post and Telecom Authority met representatives of "
              f"Ericsson in a video meeting that lasted about an hour. {second}")
    meetings = [e for e in ex.entities if e.type.value == "Meeting"]
    assert len(meetings) == 1
    values = {(v.predicate, v.value) for v in ex.values if v.subject == meetings[0].key}
    assert {("mode", "videoconference"), ("date", "2023-06-30"), ("duration", "PT1H")} <= values
    facts = labelled(ex)
    assert (meetings[0].label, "participant", "Ericsson") in facts
    assert ((meetings[0].label, "ledBy", "Jane Roe") in facts) is leader


def test_a_unit_named_in_full_once_is_the_same_unit_named_short() -> None:
    ex = _one("The order is addressed to Dublin-based Meta Platforms Ireland Limited. On Monday "
              "the regulator met officials of Meta Platforms Ireland in Oslo.")
    units = {e.label for e in ex.entities if e.label.startswith("Meta Platforms Ireland")
             and e.type.value != "Meeting"}
    assert units == {"Meta Platforms Ireland Limited"}
    assert "Ireland" not in {o for s, p, o in labelled(ex) if p == "participant"}


@pytest.mark.parametrize("text", [
    "Crowds at the Kenyatta Memorial Hall in Nairobi grew large on Tuesday.",
    "Flights to Kenyatta International Airport resumed on Tuesday.",
])
def test_a_place_named_after_a_known_person_is_no_mention_of_them(text: str) -> None:
    assert not [e for e in _one(text).entities if e.type.value == "Person"]


def test_a_cabinet_secretary_s_portfolio_names_the_ministry() -> None:
    ex = _one("Trade Cabinet Secretary Jane Roe said the rules would apply, according to the "
              "Ministry of Trade and Industry.")
    facts = labelled(ex)
    assert ("Jane Roe", "affiliatedWith", "Ministry of Trade and Industry") in facts
    assert not [e for e in ex.entities if "Cabinet" in e.label]


@pytest.mark.parametrize(("text", "body"), [
    ("Her office, the Office of the Data Protection Commissioner (ODPC), said so.",
     "Office of the Data Protection Commissioner"),
    ("Office of Management and Budget Director Jane Roe issued the guidance.",
     "Office of Management and Budget"),
])
def test_an_office_named_after_a_title_keeps_it_and_a_title_after_an_office_does_not(
        text: str, body: str) -> None:
    assert [e.label for e in _one(text).entities if e.type.value == "GovernmentBody"] == [body]


def test_a_law_written_with_a_comma_before_its_year_is_dated_by_it() -> None:
    ex = _one("The firm is registered as a data controller under the Data Protection Act, 2019, "
              "but that is not an endorsement.")
    assert [(v.predicate, v.value) for v in ex.values] == [("announcedOn", "2019")]


@pytest.mark.parametrize(("text", "name", "kind", "country"), [
    ("The app is developed by Lima-based Andes Tools for Data.", "Andes Tools for Data",
     "Company", "Peru"),
    ("Jane Roe, a lawyer with the Quito-based Example Rights Initiative, said so.",
     "Example Rights Initiative", "Organization", "Ecuador"),
    ("The contract went to Nairobi-based startup Savanna Labs.", "Savanna Labs",
     "Organization", "Kenya"),
])
def test_a_name_after_a_place_and_based_is_an_organisation_there(
        text: str, name: str, kind: str, country: str) -> None:
    ex = _one(text)
    assert {(e.label, e.type.value) for e in ex.entities} >= {(name, kind)}
    assert (name, "basedIn", country) in labelled(ex)


def test_a_government_s_suspension_of_a_firm_founded_by_a_known_person() -> None:
    ex = _one("The government has suspended the activities of Orbcoin in Kenya, pending "
              "investigations. Interior Cabinet Secretary Jane Roe announced the suspension on "
              "Wednesday. Orbcoin was co-founded by OpenAI chief executive Sam Altman.")
    label = "Kenya's suspension of Orbcoin"
    facts = labelled(ex)
    assert {(label, "excludes", "Orbcoin"), (label, "promotedBy", "Kenya"),
            (label, "announcedBy", "Jane Roe"), ("Sam Altman", "affiliatedWith", "Orbcoin")} <= facts
    assert (label, "announcedOn", "2023-08-02") in {
        (label, v.predicate, v.value) for v in ex.values}
    denied = _one("The government of Kenya did not suspend Huawei.")
    assert not [e for e in denied.entities if e.type.value == "Policy"]


def test_a_conference_dated_by_its_end_and_by_its_days_is_one_meeting() -> None:
    ex = _one("Officials from 20 countries ended a two-day conference in Prague on Friday. "
              "The Prague Example Conference was held on Thursday and Friday. Prime Minister "
              "Jane Roe opened the meeting.", date(2019, 5, 3))
    meetings = [e for e in ex.entities if e.type.value == "Meeting"]
    assert len(meetings) == 1
    assert ("date", "2019-05-02") in {(v.predicate, v.value) for v in ex.values
                                      if v.subject == meetings[0].key}


def test_the_government_s_ban_is_the_article_s_country_s_and_another_state_s_is_its_own() -> None:
    ex = _one("Nepal's ministers met on Monday. The government has decided to ban TikTok, the "
              "app owned by China's ByteDance. Nepal will block it at once. India, Nepal's "
              "southern neighbour, banned TikTok in 2020.")
    facts = labelled(ex)
    assert {("Nepal's ban on TikTok", "promotedBy", "Nepal"),
            ("India's ban on TikTok", "promotedBy", "India")} <= facts
    assert ("Nepal's ban on TikTok", "promotedBy", "India") not in facts
    # with no country the article is about, "the government" is nobody's
    assert not _one("The government has decided to ban TikTok.").facts


def test_a_demonym_before_another_country_s_body_names_a_body_of_its_own() -> None:
    facts = labelled(_one("Nepali Congress general secretary Gagan Thapa criticised the ban."))
    assert ("Gagan Thapa", "affiliatedWith", "Nepali Congress") in facts
    assert not any(o == "US Congress" for _, _, o in facts)


@pytest.mark.parametrize(("text", "operator"), [
    ("Both state-owned Nepal Telecom and Ncell confirmed the order.", "Nepal Telecom"),
    ("Ethiopia Telecom will sell a stake this year.", "Ethiopia Telecom"),
])
def test_a_country_s_name_and_telecom_is_its_operator(text: str, operator: str) -> None:
    ex = _one(text)
    assert (operator, "Telco") in {(e.label, e.type.value) for e in ex.entities}
    assert not _one("The Nepal Telecom Authority wrote to operators.").entities[0].type.value \
        == "Telco"


def test_a_ministry_many_states_name_alike_is_the_article_s_country_s() -> None:
    text = ("Platforms used in Nepal must register with the Ministry of Communication and "
            "Information Technology. Nepal's Cabinet approved the rule.")
    bodies = [e for e in _one(text).entities if e.type.value == "GovernmentBody"]
    assert [b.key for b in bodies if "ministry" in b.key] == [
        "org/np-ministry-of-communication-and-information-technology"]
    assert "Cabinet of Nepal" in {b.label for b in bodies}  # (its cabinet is one too)


@pytest.mark.parametrize(("second", "taking_part"), [
    ("The advisory was co-authored by agencies from the United States, Britain and Japan, "
     "among them the FBI.", {"United States", "United Kingdom", "Japan",
                             "Federal Bureau of Investigation"}),
    ("The advisory was not co-authored by Britain.", set()),
])
def test_an_agency_s_advisory_and_the_states_and_bodies_that_co_author_it(
        second: str, taking_part: set[str]) -> None:
    ex = _one("The Australian Signals Directorate on Tuesday published a joint advisory that "
              f"attributes a hacking campaign to a state group. {second}", date(2024, 7, 10))
    advisory = next(e.label for e in ex.entities if e.type.value == "Policy")
    facts = labelled(ex)
    assert {(advisory, "announcedBy", "Australian Signals Directorate"),
            (advisory, "promotedBy", "Australian Signals Directorate")} <= facts
    assert {s for s, p, o in facts if p == "participatesIn" and o == advisory} == taking_part
    assert (advisory, "announcedOn", "2024-07-09") in {
        (advisory, v.predicate, v.value) for v in ex.values}


def test_each_leader_in_a_list_of_demonym_titles_serves_their_own_state() -> None:
    facts = labelled(_one("Biden met Kazakh President Kassym-Jomart Tokayev, Kyrgyz President "
                          "Sadyr Japarov and Tajik President Emomali Rahmon in New York.",
                          date(2023, 9, 19)))
    served = {(s, o) for s, p, o in facts if p == "affiliatedWith"}
    assert {("Kassym-Jomart Tokayev", "Kazakhstan"), ("Sadyr Japarov", "Kyrgyzstan"),
            ("Emomali Rahmon", "Tajikistan")} <= served
    assert ("Sadyr Japarov", "Kazakhstan") not in served


def test_a_firm_named_with_a_company_word_is_no_policy_whatever_its_apposition() -> None:
    ex = _one("Acmetel is controlled by Grupo Ejemplo and Fintech Advisory, the fund of "
              "Mexican investor Jane Roe.")
    kinds = {(e.label, e.type.value) for e in ex.entities}
    assert {("Grupo Ejemplo", "Company"), ("Fintech Advisory", "Company")} <= kinds
    assert not [e for e in ex.entities if e.type.value == "Policy"]


def test_a_registered_name_joined_by_and_is_one_firm_and_a_programme_runs_past_and() -> None:
    ex = _one("Acme Assembly and Test Private Limited will set up a unit under the Programme "
              "for Development of Chips and Display Manufacturing in Ruritania.")
    kinds = {(e.label, e.type.value) for e in ex.entities}
    assert ("Acme Assembly and Test Private Limited", "Company") in kinds
    assert not [k for k in kinds if k[1] == "GovernmentBody"]
    assert ("Programme for Development of Chips and Display Manufacturing", "Policy") in kinds


def test_a_conference_that_opened_on_a_day_runs_until_another_and_its_chair_in_a_clause() -> None:
    ex = _one("The vote was held on the fourth day of the 21st Example Conference, which opened "
              "on Monday at the Palace of the Parliament and runs until Oct. 14. Jane Roe, a "
              "Romanian lawmaker who chairs the conference, announced the result.",
              date(2022, 9, 29))
    meeting = next(e for e in ex.entities if e.type.value == "Meeting")
    values = {(v.predicate, v.value) for v in ex.values if v.subject == meeting.key}
    assert {("date", "2022-09-26"), ("duration", "P19D"), ("ordinal", "21")} <= values
    facts = labelled(ex)
    assert {(meeting.label, "ledBy", "Jane Roe"), ("Jane Roe", "affiliatedWith", "Romania")} <= facts
    assert ("Jane Roe", "role", "lawmaker") in {(e.label, v.predicate, v.value)
                                                for v in ex.values for e in ex.entities
                                                if e.key == v.subject}
    assert not [e for e in ex.entities if e.type.value == "GovernmentBody"]  # the palace


@pytest.mark.parametrize(("text", "kind"), [
    ('Western governments opposed "New Example", a proposal for a new internet design.',
     "Policy"),
    ('"The result is clear," said Jane Roe, a telecoms policy fellow at the Example Forum.',
     "Person"),
])
def test_a_quoted_name_before_a_policy_noun_and_a_policy_noun_in_a_title(
        text: str, kind: str) -> None:
    labels = {e.label: e.type.value for e in _one(text).entities}
    name = "New Example" if kind == "Policy" else "Jane Roe"
    assert labels.get(name) == kind
    assert list(labels.values()).count("Policy") == (kind == "Policy")


@pytest.mark.parametrize(("last", "day"), [
    ("The decision was made on Friday 14 July.", "2023-07-14"),
    ("Jane Roe said on Tuesday the decision was taken to protect privacy.", None),
    ("The decision will be taken on Friday.", None),
])
def test_the_day_a_decision_was_made_dates_the_measure_last_described(
        last: str, day: str | None) -> None:
    ex = _one("The Danish Data Authority has imposed a temporary ban on Meta's use of data. It "
              f"is addressed to Meta Platforms, Inc. {last}", date(2023, 7, 17))
    ban = next(e for e in ex.entities if e.type.value == "Policy")
    assert "temporary ban" in ban.alt_labels
    got = [v.value for v in ex.values if v.subject == ban.key and v.predicate == "announcedOn"]
    assert got == ([day] if day else [])


def test_a_law_the_gazetteer_gives_an_owner_is_not_the_home_country_s() -> None:
    ex = _one("Norway's regulator acted under Article 66 of the General Data Protection "
              "Regulation (GDPR). Norway is in the EEA. Norway's ministers agreed.")
    assert ("General Data Protection Regulation", "promotedBy", "Norway") not in labelled(ex)


def test_extractor_examples() -> None:
    """The examples in the extractor's docstrings hold."""
    import doctest

    from policygraph.nlp import descriptions, linker, meetings, relations, sentences

    for module in (meetings, relations, descriptions, linker, sentences):
        assert doctest.testmod(module).failed == 0, module.__name__


def test_an_attendee_takes_part_the_days_of_a_span_and_no_meeting_is_none() -> None:
    ex = _one("Canada's Prime Minister Jane Roe will attend the Example leaders' meeting in Lima "
              "on Nov. 15 and 16. Her office said no meeting with John Doe has been scheduled.",
              date(2024, 11, 6))
    meetings = [e for e in ex.entities if e.type.value == "Meeting"]
    assert len(meetings) == 1
    values = {(v.predicate, v.value) for v in ex.values if v.subject == meetings[0].key}
    assert {("date", "2024-11-15"), ("duration", "P2D")} <= values
    facts = labelled(ex)
    assert (meetings[0].label, "ledBy", "Jane Roe") not in facts
    assert (meetings[0].label, "participant", "Canada") in facts


@pytest.mark.parametrize(("third", "topics"), [
    ("The leaders also discussed security, trade and investment, and regional connectivity.",
     {"security", "trade and investment", "regional connectivity"}),
    ("The leaders did not discuss security, trade or energy.", set()),
])
def test_what_the_leaders_discussed_and_a_meeting_that_lasted_just_over_an_hour(
        third: str, topics: set[str]) -> None:
    ex = _one("Biden met Kazakh President Kassym-Jomart Tokayev on Tuesday. The meeting lasted "
              f"just over an hour, a U.S. official said. {third}", date(2023, 9, 19))
    meeting = next(e for e in ex.entities if e.type.value == "Meeting")
    values = [(v.predicate, v.value) for v in ex.values if v.subject == meeting.key]
    assert ("duration", "PT1H") in values
    assert {v for p, v in values if p == "topic"} == topics


@pytest.mark.parametrize(("text", "firm", "home"), [
    ("Andina was one day old when it signed for the chips. The Lima-based artificial "
     "intelligence company, launched on Monday, said Nvidia would supply it.", "Andina", "Peru"),
    ("Kestrel grew fast last year. The startup said on Monday it would hire 200 people.",
     "Kestrel", None),
    ("Jane Roe said the order was slow. Roe was tired. The company said nothing.", None, None),
])
def test_a_name_the_next_sentence_describes_as_a_firm_is_one(
        text: str, firm: str | None, home: str | None) -> None:
    ex = _one(text)
    firms = {e.label for e in ex.entities if e.type.value == "Company" and e.label != "Nvidia"}
    assert firms == ({firm} if firm else set())
    if home:
        assert (firm, "basedIn", home) in labelled(ex)


def test_he_is_the_one_person_named_before_and_covering_lists_topics() -> None:
    ex = _one("The advisory comes a month after a visit by Chinese Premier Li Qiang. He and Prime "
              "Minister Anthony Albanese held the ninth annual leaders' meeting in Canberra on "
              "June 17, covering trade, consular cases and visas.", date(2024, 7, 10))
    meeting = next(e for e in ex.entities if e.type.value == "Meeting")
    facts = labelled(ex)
    assert {(meeting.label, "ledBy", "Li Qiang"), (meeting.label, "ledBy", "Anthony Albanese")} \
        <= facts
    values = {(v.predicate, v.value) for v in ex.values if v.subject == meeting.key}
    assert {("topic", "trade"), ("topic", "consular cases"), ("topic", "visas")} <= values
    roles = {v.value for v in ex.values if v.predicate == "role"}
    assert "Prime Minister" in roles and not any(r.startswith("He ") for r in roles)
    # two people named before: "he" is not clear, and nobody is taken for him
    two = _one("Premier Li Qiang and President Xi Jinping spoke on Monday. He and Prime "
               "Minister Anthony Albanese held talks in Canberra on June 17.", date(2024, 7, 10))
    assert not any(p == "ledBy" and o in {"Li Qiang", "Xi Jinping"} for _, p, o in labelled(two))


@pytest.mark.parametrize(("order", "policy"), [
    ("The federal government has ordered TikTok's Canadian business to wind up.", True),
    ("The federal government may order TikTok's Canadian business to wind up.", False),
])
def test_a_firm_s_national_business_is_its_unit_and_an_order_to_wind_it_up_excludes_it(
        order: str, policy: bool) -> None:
    ex = _one(f"Canada acted on Wednesday. {order} The risks are tied to ByteDance's operations "
              "in Canada through TikTok Technology Canada Inc., the company's Canadian arm.",
              date(2024, 11, 6))
    units = [e for e in ex.entities if e.label == "TikTok Technology Canada Inc."]
    assert len(units) == 1 and "TikTok's Canadian business" in units[0].alt_labels
    facts = labelled(ex)
    orders = [e.label for e in ex.entities if e.type.value == "Policy"]
    assert bool(orders) is policy
    for label in orders:
        assert {(label, "excludes", "TikTok Technology Canada Inc."),
                (label, "promotedBy", "Canada")} <= facts
        assert (label, "excludes", "TikTok") not in facts


def test_parties_courts_and_a_group_with_a_country_in_its_name() -> None:
    ex = _one("The bill was backed by the ruling Example Justice Party. The pro-Ruritanian "
              "Peoples' Democratic Party and the main opposition Republican People's Party "
              "voted against. Acme appealed to the Constitutional Court. \"It is a lever,\" said "
              "Jane Roe, coordinator of the Istanbul-based Open Web Turkey Initiative.",
              date(2020, 7, 29))
    kinds = {e.label: e.type.value for e in ex.entities}
    # a party in power is a government body; any other party an organisation
    assert kinds["Example Justice Party"] == "GovernmentBody"
    assert kinds["Peoples' Democratic Party"] == "Organization"
    assert kinds["Republican People's Party"] == "Organization"
    assert "US Democratic Party" not in kinds
    assert kinds["Constitutional Court"] == "GovernmentBody"
    # the group's name holds a country's: the group, not Turkey
    assert kinds["Open Web Turkey Initiative"] == "Organization"
    assert ("Jane Roe", "affiliatedWith", "Open Web Turkey Initiative") in labelled(ex)
    assert ("Jane Roe", "affiliatedWith", "Turkey") not in labelled(ex)


def test_a_court_named_with_its_district_and_named_short_later() -> None:
    ex = _one("Judge Jane Roe of the U.S. District Court for the District of Columbia blocked "
              "the label. The Supreme Court of the United States heard the case. The Supreme "
              "Court upheld the law.", date(2021, 3, 15))
    courts = sorted(e.label for e in ex.entities if e.type.value == "GovernmentBody")
    assert courts == ["Supreme Court of the United States",
                      "United States District Court for the District of Columbia"]
    # people meet at a court: a place there, not a body
    talks = _one("The two men held talks at the Royal Court on Tuesday. Officials did not say "
                 "whether chips came up in the Royal Court talks.", date(2025, 5, 14))
    assert not [e for e in talks.entities if e.type.value == "GovernmentBody"]
    # a city that starts a court's name is its seat, not its country's government
    seat = _one("The Enterprise Chamber of the Amsterdam Court of Appeal suspended him.")
    assert [e.label for e in seat.entities] == ["Amsterdam Court of Appeal"]


def test_a_son_in_law_is_no_law_and_a_party_lawmaker_is_a_person() -> None:
    ex = _one("Users insulted his son-in-law, Finance Minister Jane Roe, on Monday. Example "
              "Justice Party lawmaker Rumeysa Kadak told the assembly the law would be used "
              "against insults.", date(2020, 7, 29))
    assert not [e for e in ex.entities if e.type.value == "Policy"]
    people = {e.label for e in ex.entities if e.type.value == "Person"}
    assert {"Jane Roe", "Rumeysa Kadak"} <= people
    roles = {(v.subject.split("/")[-1], v.value) for v in ex.values if v.predicate == "role"}
    assert ("rumeysa-kadak", "Example Justice Party lawmaker") in roles


@pytest.mark.parametrize(("text", "excluded"), [
    ("Turkey lifted its ban on Wikipedia in December after a court ruling.", "Wikipedia"),
    ("The regulator blocked Facebook, WhatsApp, Signal and Viber on Tuesday.", "Signal"),
])
def test_platforms_the_gazetteer_knows(text: str, excluded: str) -> None:
    ex = _one(text, date(2021, 1, 13))
    assert any(e.label == excluded and e.type.value == "Company" for e in ex.entities)
    # "signal" alone is a word, even in telecoms news
    plain = _one("The 5G signal was weak. Signal strength fell on the operator's network.")
    assert not [e for e in plain.entities if e.label == "Signal"]


def test_a_ban_lifted_is_the_country_s_and_names_what_it_excluded() -> None:
    ex = _one("Turkey lifted its ban on Wikipedia in December after the Constitutional Court "
              "ruled that the block violated freedom of expression.", date(2020, 7, 29))
    facts = labelled(ex)
    ban = next(e for e in ex.entities if e.type.value == "Policy")
    assert "ban on Wikipedia" in {ban.label, *ban.alt_labels}
    assert {(ban.label, "excludes", "Wikipedia"), (ban.label, "promotedBy", "Turkey")} <= facts
    assert (ban.key, "status", "lifted") in {(v.subject, v.predicate, v.value) for v in ex.values}


@pytest.mark.parametrize(("text", "leaders", "mode"), [
    ("Recep Tayyip Erdoğan set the plan in motion on July 1, speaking to his party's "
     "provincial heads by video conference.", {"Recep Tayyip Erdoğan"}, "videoconference"),
    ("On Tuesday, Jane Roe spoke to President John Doe of Peru by phone.",
     {"Jane Roe", "John Doe"}, "phone call"),
    ("Prime Minister Jane Roe addressed Acme Party officials via videoconference on Monday.",
     {"Jane Roe"}, "videoconference"),
])
def test_a_call_made_to_someone_by_phone_or_video_is_a_meeting(
        text: str, leaders: set[str], mode: str) -> None:
    ex = _one(text, date(2020, 7, 29))
    meetings = [e for e in ex.entities if e.type.value == "Meeting"]
    assert len(meetings) == 1
    facts = labelled(ex)
    assert {(meetings[0].label, "ledBy", p) for p in leaders} <= facts
    assert (meetings[0].key, "mode", mode) in {(v.subject, v.predicate, v.value) for v in ex.values}


def test_talking_to_reporters_by_phone_is_no_meeting() -> None:
    ex = _one("Jane Roe talked to reporters by phone on Tuesday.", date(2020, 7, 29))
    assert not [e for e in ex.entities if e.type.value == "Meeting"]


@pytest.mark.parametrize("text", [
    "The bill passed the Grand National Assembly. The general assembly session opened on "
    "Tuesday afternoon and ran through the night.",
    "The National Assembly debated the bill. The plenary session on Tuesday lasted six hours.",
])
def test_a_chamber_s_session_is_the_legislature_s_meeting(text: str) -> None:
    ex = _one(text, date(2020, 7, 29))
    meetings = [e for e in ex.entities if e.type.value == "Meeting"]
    assert len(meetings) == 1
    body = next(e.label for e in ex.entities if e.type.value == "GovernmentBody")
    assert (meetings[0].label, "participant", body) in labelled(ex)
    assert (meetings[0].key, "date", "2020-07-28") in {
        (v.subject, v.predicate, v.value) for v in ex.values}
    # a committee's session, with no chamber named: nothing to go on
    none = _one("The Senate voted. A session of the committee is due on Friday.")
    assert not [e for e in none.entities if e.type.value == "Meeting"]


def test_bidders_listed_after_a_colon_take_part_in_the_auction() -> None:
    ex = _one("Colombia's first 5G auction closed on Wednesday. The regulator handed a block "
              "to each of three bidders: Claro, WOM and Vodafone Turkey.", date(2023, 12, 21))
    facts = labelled(ex)
    auction = next(e.label for e in ex.entities if e.type.value == "Policy")
    # (bare "Claro" in a Colombian story is the group's Colombian unit)
    assert {(firm, "participatesIn", auction)
            for firm in ("Claro Colombia", "WOM", "Vodafone Turkey")} <= facts
    # no auction in the article: a list of winners takes part in nothing
    prize = _one("The jury named three winners: Claro, WOM and Vodafone Turkey.")
    assert not [f for f in prize.facts if f.predicate == "participatesIn"]


@pytest.mark.parametrize(("text", "head"), [
    ("Uganda blocked Facebook on Tuesday.", "block"),
    ("Museveni said his government had shut Facebook out of Uganda.", "block"),
    ("Uganda's regulator suspended access to Facebook on Tuesday.", "suspension"),
    ("Museveni confirms Facebook block as regulator orders social media cut.", "block"),
])
def test_a_platform_blocked_or_cut_off_is_a_policy_excluding_it(text: str, head: str) -> None:
    ex = _one(text, date(2021, 1, 13))
    policies = [e.label for e in ex.entities if e.type.value == "Policy"]
    assert len(policies) == 1 and head in policies[0]
    assert (policies[0], "excludes", "Facebook") in labelled(ex)


@pytest.mark.parametrize("text", [
    "Italy's government has blocked operator Fastweb from signing a deal with Huawei.",
    "Claro took an 80MHz block in the 3.5GHz band; nobody bid for the extended AWS blocks.",
    "Acme blocked the merger.",
])
def test_blocking_a_deal_or_a_block_of_spectrum_is_no_ban(text: str) -> None:
    ex = _one(text, date(2021, 1, 13))
    assert not [e for e in ex.entities if e.type.value == "Policy"]


def test_bodies_named_with_an_acronym_a_ruling_movement_and_an_observatory() -> None:
    ex = _one("Facebook took down accounts linked to the Government Citizens Interaction Centre "
              "at the Ministry of ICT and National Guidance. He spoke for the ruling National "
              "Resistance Movement. \"It is control,\" said Jane Roe, a researcher at the "
              "Digital Rights Observatory in Kampala.", date(2021, 1, 13))
    kinds = {e.label: e.type.value for e in ex.entities}
    assert kinds["Government Citizens Interaction Centre"] == "GovernmentBody"
    assert kinds["Ministry of ICT and National Guidance"] == "GovernmentBody"
    assert kinds["National Resistance Movement"] == "GovernmentBody"
    assert kinds["Digital Rights Observatory"] == "Organization"


def _meeting_facts(ex: Extraction) -> tuple[dict[str, str], set[Triple], set[tuple[str, str, str]]]:
    names = {e.key: e.label for e in ex.entities}
    values = {(names.get(v.subject, v.subject), v.predicate, v.value) for v in ex.values}
    return names, labelled(ex), values


def test_a_meeting_named_twice_in_a_sentence_then_by_its_chair_and_who_took_part() -> None:
    ex = _one("The gateway was not on the agenda of last month's first ASEAN Digital Ministers' "
              "Meeting, which was held by video conference on Jan. 21 and 22. The two-day "
              "meeting, chaired by Malaysian Minister Saifuddin Abdullah with Myanmar as "
              "vice-chair, adopted the ASEAN Digital Masterplan 2025. Cambodia took part along "
              "with the other nine members.", date(2021, 2, 18))
    _, facts, values = _meeting_facts(ex)
    meeting = next(e.label for e in ex.entities if e.type.value == "Meeting")
    assert {(meeting, "date", "2021-01-21"), (meeting, "duration", "P2D"),
            (meeting, "mode", "videoconference")} <= values
    assert {(meeting, "ledBy", "Saifuddin Abdullah"), (meeting, "participant", "Myanmar"),
            (meeting, "participant", "Cambodia"), (meeting, "participant", "ASEAN")} <= facts
    # the meeting adopted the plan: what it took up, not Myanmar's plan
    plan = next(e.label for e in ex.entities if e.type.value == "Policy")
    assert "Masterplan 2025" in plan and (meeting, "discussed", plan) in facts
    assert (plan, "promotedBy", "Myanmar") not in facts


def test_a_bloc_s_envoys_meet_and_a_host_takes_part_where_another_chairs() -> None:
    ex = _one("EU ambassadors gave the green light at their meeting in Brussels on 22 July. EU "
              "foreign ministers are due to hold an informal meeting in Berlin on 27 and 28 "
              "August, chaired by Josep Borrell and hosted by German Foreign Minister Heiko "
              "Maas.", date(2020, 7, 30))
    names, facts, values = _meeting_facts(ex)
    days = {v for m, p, v in values if p == "date"}
    assert days == {"2020-07-22", "2020-08-27"}
    berlin = next(m for m, p, v in values if (p, v) == ("date", "2020-08-27"))
    assert (berlin, "duration", "P2D") in values
    assert {(berlin, "ledBy", "Josep Borrell"), (berlin, "participant", "Germany"),
            (berlin, "participant", "European Union")} <= facts
    assert (berlin, "ledBy", "Heiko Maas") not in facts
    brussels = next(m for m, p, v in values if (p, v) == ("date", "2020-07-22"))
    assert (brussels, "participant", "European Union") in facts


def test_the_two_leaders_talks_at_a_summit_that_is_a_meeting_of_its_own() -> None:
    ex = _one("Australian Prime Minister Anthony Albanese and Tuvalu Prime Minister Kausea "
              "Natano signed the Falepili Union on the sidelines of the 52nd Pacific Islands "
              "Forum Leaders Meeting, which opened in the Cook Islands on Monday and closes on "
              "Friday. The two leaders held about an hour of talks before the signing. The Forum "
              "meeting is chaired by Cook Islands Prime Minister Mark Brown. After the talks, "
              "the two leaders met the press.", date(2023, 11, 10))
    names, facts, values = _meeting_facts(ex)
    forum = "52nd Pacific Islands Forum Leaders Meeting"
    assert {(forum, "date", "2023-11-06"), (forum, "duration", "P5D"),
            (forum, "ordinal", "52")} <= values
    assert (forum, "ledBy", "Mark Brown") in facts
    talks = [e.label for e in ex.entities if e.type.value == "Meeting" and e.label != forum]
    assert len(talks) == 1  # "met the press" is no second meeting
    assert {(talks[0], "ledBy", "Anthony Albanese"), (talks[0], "ledBy", "Kausea Natano")} \
        <= facts
    assert (talks[0], "duration", "PT1H") in values
    # the day the summit opened is not the day of the leaders' talks
    assert not [v for m, p, v in values if m == talks[0] and p == "date"]
    assert (talks[0], "ledBy", "Mark Brown") not in facts
    # what two leaders sign by a capitalised name is an instrument
    assert ("Falepili Union", "announcedBy", "Anthony Albanese") in facts


@pytest.mark.parametrize(("text", "person", "country"), [
    ("Turkey passed the law on Wednesday. Twitter users insulted President Recep Tayyip "
     "Erdoğan's son-in-law, Finance Minister Jane Roe, on Monday.", "Jane Roe", "Turkey"),
    ("Uganda votes on Thursday. President Yoweri Museveni said his government had shut "
     "Facebook out of Uganda, a day after the US-based company removed a network of accounts.",
     "Yoweri Museveni", "Uganda"),
])
def test_a_minister_or_president_with_no_country_named_serves_the_article_s(
        text: str, person: str, country: str) -> None:
    ex = _one(text, date(2021, 1, 13))
    assert (person, "affiliatedWith", country) in labelled(ex)


def test_talks_between_two_leaders_go_by_both_orders_of_their_names() -> None:
    ex = _one("Prime Minister Anthony Albanese and Prime Minister Kausea Natano met in "
              "Rarotonga on Thursday.", date(2023, 11, 10))
    meeting = next(e for e in ex.entities if e.type.value == "Meeting")
    names = {meeting.label, *meeting.alt_labels}
    assert {"Albanese-Natano talks", "Natano-Albanese talks", "Albanese-Natano meeting",
            "Natano-Albanese meeting"} <= names


def test_names_with_particles_and_their_surnames() -> None:
    ex = _one("\"This is a signal,\" said Anneke de Vries, a researcher at the Example Centre "
              "for Digital Security. Commission President Ursula von der Leyen met Prime "
              "Minister Narendra Modi on Monday. Later, von der Leyen and Modi agreed.",
              date(2020, 7, 30))
    people = {e.label for e in ex.entities if e.type.value == "Person"}
    assert people == {"Anneke de Vries", "Ursula von der Leyen", "Narendra Modi"}
    assert ("Anneke de Vries", "affiliatedWith", "Example Centre for Digital Security") \
        in labelled(ex)
    meeting = next(e for e in ex.entities if e.type.value == "Meeting")
    assert "von der Leyen-Modi meeting" in {meeting.label, *meeting.alt_labels}
    # a place before a comma and a researcher is nobody's name
    place = _one("The Hague is calm, a researcher at Example Labs said.")
    assert not [e for e in place.entities if e.type.value == "Person"]


def test_sanctions_a_bloc_imposes_and_a_country_aligns_with() -> None:
    ex = _one("The European Union has imposed its first ever sanctions over cyber-attacks, "
              "targeting six people. The attack hit the Organisation for the Prohibition of "
              "Chemical Weapons (OPCW) in The Hague.", date(2020, 7, 30))
    sanctions = next(e for e in ex.entities if e.type.value == "Policy")
    assert "sanctions over cyber-attacks" in sanctions.alt_labels
    assert (sanctions.label, "promotedBy", "European Union") in labelled(ex)
    assert any(e.label == "Organisation for the Prohibition of Chemical Weapons"
               and e.type.value == "Organization" for e in ex.entities)
    aligned = _one("Montenegro has aligned itself with the European Union's sanctions against "
                   "Russia over the war in Ukraine.", date(2022, 8, 31))
    policy = next(e for e in aligned.entities if e.type.value == "Policy")
    assert "sanctions against Russia" in policy.alt_labels
    assert ("Montenegro", "participatesIn", policy.label) in labelled(aligned)
    # a bloc that has not imposed them owns none
    none = _one("The European Union has not imposed its sanctions over cyber-attacks.")
    assert not [e for e in none.entities if e.type.value == "Policy"]


@pytest.mark.parametrize(("text", "body", "day"), [
    ("Taiwan acted on Sunday. Economics Minister Kuo Jyh-huei is scheduled to answer questions "
     "about the listing at the Legislative Yuan's Economics Committee on Wednesday.",
     "Economics Committee", "2025-06-18"),
    ("Jane Roe appeared before the Senate Commerce Committee on Tuesday.",
     "Senate Commerce Committee", "2025-06-10"),
])
def test_answering_questions_at_a_committee_is_a_hearing(text: str, body: str, day: str) -> None:
    ex = _one(text, date(2025, 6, 15))
    names, facts, values = _meeting_facts(ex)
    hearing = next(e.label for e in ex.entities if e.type.value == "Meeting")
    assert (hearing, "participant", body) in facts and (hearing, "date", day) in values
    # a minister is no member of the committee that shares a word of the title
    assert not [f for f in facts if f[1] == "affiliatedWith" and f[2] == body]
    press = _one("Jane Roe answered questions from reporters at the ministry on Monday.")
    assert not [e for e in press.entities if e.type.value == "Meeting"]


def test_firms_added_to_a_state_s_list_are_excluded_by_it() -> None:
    ex = _one("Taiwan has added China's Huawei Technologies and chipmaker Semiconductor "
              "Manufacturing International Corp (SMIC) to its export control list. Both are "
              "already on the U.S. Entity List.", date(2025, 6, 15))
    facts = labelled(ex)
    listed = next(e for e in ex.entities if e.type.value == "Policy"
                  and "export control list" in {e.label, *e.alt_labels})
    assert {(listed.label, "excludes", "Huawei"), (listed.label, "excludes", "SMIC"),
            (listed.label, "promotedBy", "Taiwan")} <= facts
    # the state that keeps a named list adds to that one, not to a second
    us = _one("The Commerce Department added Hikvision to the Entity List. Washington added "
              "Huawei to its trade blacklist in May.", date(2019, 10, 8))
    assert [e.label for e in us.entities if e.type.value == "Policy"] == ["Entity List"]
    assert not [e for e in _one("Peru did not add Huawei to its export control list.").entities
                if e.type.value == "Policy"]


def test_a_body_named_with_its_country_and_spelt_by_its_acronym_and_its_briefing() -> None:
    ex = _one("Cambodia acted. The operator will need a licence from the Telecommunication "
              "Regulator of Cambodia (TRC). The TRC has invited licensed operators to a "
              "briefing on the gateway licence at its Phnom Penh office on March 3.",
              date(2021, 2, 18))
    body = next(e for e in ex.entities if e.type.value == "GovernmentBody")
    assert body.label == "Telecommunication Regulator of Cambodia" and "TRC" in body.alt_labels
    names, facts, values = _meeting_facts(ex)
    briefing = next(e.label for e in ex.entities if e.type.value == "Meeting")
    assert (briefing, "participant", body.label) in facts
    assert (briefing, "date", "2021-03-03") in values
    press = _one("The ministry invited reporters to a press briefing on Monday.")
    assert not [e for e in press.entities if e.type.value == "Meeting"]


def test_the_names_a_sentence_lists_as_a_country_s_operators_are_its_telcos() -> None:
    ex = _one("Cambodia's three mobile operators are Cellcard, Smart Axiata and Metfone.",
              date(2021, 2, 18))
    facts = labelled(ex)
    for telco in ("Cellcard", "Metfone"):
        assert any(e.label == telco and e.type.value == "Telco" for e in ex.entities)
        assert (telco, "basedIn", "Cambodia") in facts
    places = _one("The operators are based in Lima and Quito.")
    assert not [e for e in places.entities if e.type.value == "Telco"]


def test_a_hyphenated_plural_title_is_each_person_s_role() -> None:
    ex = _one("The European Commission was represented by Executive Vice-Presidents Margrethe "
              "Vestager and Valdis Dombrovskis.", date(2023, 5, 16))
    roles = {v.subject.split("/")[-1]: v.value for v in ex.values if v.predicate == "role"}
    assert roles["valdis-dombrovskis"] == "Executive Vice-President"
    assert roles["margrethe-vestager"].startswith("Executive Vice-President")


def test_a_number_that_spells_an_operator_s_name_before_a_noun_is_a_number() -> None:
    ex = _one("Operators are busy on 5G.\nThree working groups\nIts three working groups cover "
              "telecoms. Vodafone and Three merged their 5G networks.", date(2023, 5, 16))
    threes = [e for e in ex.entities if e.label == "Three UK"]
    assert len(threes) == 1 and "Three working groups" not in threes[0].alt_labels


@pytest.mark.parametrize(("text", "name"), [
    ("India left Huawei and ZTE out of its 5G trials in 2021; the council's telecoms work "
     "does not touch that decision.", "5G trials"),
    ("India kept Huawei and ZTE out of its 5G networks in 2021.", "ban on Huawei"),
])
def test_firms_a_state_leaves_out_of_its_programme_are_excluded(text: str, name: str) -> None:
    ex = _one(text, date(2023, 5, 16))
    policy = next(e for e in ex.entities if e.type.value == "Policy")
    assert name in {policy.label, *policy.alt_labels}
    assert {(policy.label, "excludes", "Huawei"), (policy.label, "promotedBy", "India")} \
        <= labelled(ex)
    kept_in = _one("India did not leave Huawei out of its 5G trials.", date(2023, 5, 16))
    assert not [e for e in kept_in.entities if e.type.value == "Policy"]


def test_co_chairs_listed_and_a_side_represented_by_its_ministers_lead_the_meeting() -> None:
    ex = _one("The European Union and India held the first ministerial meeting of their Trade "
              "and Technology Council in Brussels on Tuesday. India sent three co-chairs: "
              "External Affairs Minister S. Jaishankar, Commerce Minister Piyush Goyal and "
              "Rajeev Chandrasekhar, Minister of State for Electronics. The European Commission "
              "was represented by Executive Vice-Presidents Margrethe Vestager and Valdis "
              "Dombrovskis. EU foreign policy chief Josep Borrell joined parts of the day, but "
              "did not co-chair.", date(2023, 5, 16))
    names, facts, values = _meeting_facts(ex)
    meeting = next(e.label for e in ex.entities if e.type.value == "Meeting")
    leaders = {o for m, p, o in facts if m == meeting and p == "ledBy"}
    assert leaders == {"S. Jaishankar", "Piyush Goyal", "Rajeev Chandrasekhar",
                       "Margrethe Vestager", "Valdis Dombrovskis"}
    assert (meeting, "participant", "European Commission") in facts
    assert (meeting, "mode", "in person") in values


def test_a_hearing_with_the_two_companies_an_article_is_about() -> None:
    ex = _one("The regulator cleared the merger of Vodafone and Three UK. Vodafone will own 51% "
              "of the business; Three UK the rest. Both still use Huawei gear. The inquiry "
              "group held its final hearing with the two companies on 19 November at its "
              "London office; the session lasted about three hours.", date(2024, 12, 5))
    names, facts, values = _meeting_facts(ex)
    hearing = next(e.label for e in ex.entities if e.type.value == "Meeting")
    assert {(hearing, "participant", "Vodafone"), (hearing, "participant", "Three UK")} <= facts
    assert (hearing, "participant", "Huawei") not in facts
    assert {(hearing, "date", "2024-11-19"), (hearing, "duration", "PT3H"),
            (hearing, "mode", "in person")} <= values


def test_a_brand_the_text_calls_a_country_s_unit_is_based_there() -> None:
    ex = _one("Claro is the Colombian unit of Mexico's America Movil and the country's largest "
              "operator.", date(2023, 12, 21))
    facts = labelled(ex)
    assert ("Claro", "basedIn", "Colombia") in facts
    assert ("Claro", "basedIn", "Brazil") not in facts  # the gazetteer's home of the brand
    assert ("América Móvil", "basedIn", "Mexico") in facts


def test_who_acts_at_a_summit_through_a_second_verb_takes_part() -> None:
    # "pledged" has no subject of its own: the leaders of the first verb pledged at the summit
    ex = _one("The leaders of Peru, Chile and Japan launched an economic corridor and pledged "
              "new money at their first three-way summit, held in Lima on Thursday.",
              date(2024, 4, 12))
    _, facts, values = _meeting_facts(ex)
    summit = next(e.label for e in ex.entities if e.type.value == "Meeting")
    assert {(summit, "participant", c) for c in ("Peru", "Chile", "Japan")} <= facts
    assert {(summit, "date", "2024-04-11"), (summit, "ordinal", "1")} <= values
    other = _one("Peru and Chile signed a trade deal and agreed on new port rules at the summit "
                 "in Lima on Thursday.", date(2024, 4, 12))
    _, facts, _ = _meeting_facts(other)
    assert {("summit in Lima", "participant", "Peru"),
            ("summit in Lima", "participant", "Chile")} <= facts


@pytest.mark.parametrize("text", [
    "A summit in Lima between President Jane Roe and Chile's President John Doe was called "
    "off on Sunday after the Chilean delegation did not come.",
    "Peru cancelled the talks with Chile planned for Monday.",
    "The meeting of Peru and Chile on Monday was postponed.",
])
def test_a_meeting_called_off_is_no_meeting(text: str) -> None:
    ex = _one(text, date(2024, 12, 17))
    assert not [e for e in ex.entities if e.type.value == "Meeting"]


def test_a_firm_s_common_word_name_counts_where_the_ner_reads_it_as_a_firm() -> None:
    # no telecoms word, no other firm listed: the NER's reading of "Apple" decides
    ex = _one("Peru has filed complaints against Apple, accusing the company of buying "
              "smuggled tin. Apple said it disputes the claims.", date(2024, 12, 17))
    assert ("Apple", "Company") in {(e.label, e.type.value) for e in ex.entities}
    fruit = _one("Farmers in Peru export the Apple and the pear. Prices fell.", date(2024, 1, 5))
    assert "Apple" not in {e.label for e in fruit.entities}


def test_a_group_with_its_own_country_stays_the_group_beside_its_unit() -> None:
    ex = _one("Norway's Telenor Group agreed to sell Telenor Myanmar. Telenor said the buyer "
              "would keep the staff.", date(2021, 7, 9))
    unit = next(e for e in ex.entities if "Telenor Myanmar" in {e.label, *e.alt_labels})
    assert "Telenor" not in unit.alt_labels  # (the gazetteer knows the unit as ATOM Myanmar)
    assert ("Telenor", "basedIn", "Norway") in labelled(ex)
    # with no country of its own, the bare name is the unit the article is about
    unit = _one("Acmetel Peru launched 5G in Lima. Acmetel said more cities would follow.")
    assert not [e for e in unit.entities if e.label == "Acmetel"]


def test_registered_names_with_two_legal_forms_are_firms_of_their_own() -> None:
    ex = _one("The five companies are Greece-based Intellexa S.A.; Intellexa Limited, "
              "registered in Ireland; North Macedonia's Cytrox AD and Hungary's Cytrox "
              "Holdings Zrt. The Commerce Department had listed Cytrox Holdings in July.",
              date(2024, 3, 6))
    facts = labelled(ex)
    assert {("Intellexa S.A.", "basedIn", "Greece"), ("Intellexa Limited", "basedIn", "Ireland"),
            ("Cytrox AD", "basedIn", "North Macedonia"),
            ("Cytrox Holdings Zrt", "basedIn", "Hungary")} <= facts
    assert ("Intellexa S.A.", "basedIn", "Ireland") not in facts
    holdings = next(e for e in ex.entities if e.label == "Cytrox Holdings Zrt")
    assert "Cytrox Holdings" in holdings.alt_labels
    # one legal form only: the group itself
    one = _one("Huawei Technologies Co. Ltd said it would appeal.")
    assert {e.label for e in one.entities if e.type.value == "Company"} == {"Huawei"}


def test_a_law_firm_named_after_people_or_a_city_and_its_partners() -> None:
    ex = _one("He is now a partner at the Lima law firm Roe Vance LLP.")
    assert "Roe Vance LLP" in {e.label for e in ex.entities if e.type.value == "Company"}
    assert not [e for e in ex.entities if e.type.value == "Person"]  # not JD Vance
    case = _one("The case was brought by a team led by Robert Amsterdam of the Washington-based "
                "law firm Amsterdam & Partners. \"They knew,\" Amsterdam said.")
    facts = labelled(case)
    assert ("Robert Amsterdam", "affiliatedWith", "Amsterdam & Partners") in facts
    assert ("Amsterdam & Partners", "basedIn", "United States") in facts
    assert "Netherlands" not in {e.label for e in case.entities}
    research = _one("\"It is a gamble,\" said Jane Roe of the Lima-based Andes Policy Institute.")
    assert ("Jane Roe", "affiliatedWith", "Andes Policy Institute") in labelled(research)
    assert ("Jane Roe", "affiliatedWith", "Peru") not in labelled(research)


def test_what_states_sign_is_a_policy_whatever_it_is_about() -> None:
    ex = _one("Peru's President Jane Roe and Chile's President John Doe signed a peace "
              "agreement in Lima on Friday. Ecuador was not a party to it.", date(2025, 8, 9))
    policy = next(e for e in ex.entities if e.type.value == "Policy")
    assert "peace agreement" in {policy.label, *policy.alt_labels}
    facts = labelled(ex)
    assert {(policy.label, "promotedBy", "Peru"), (policy.label, "promotedBy", "Chile")} <= facts
    assert (policy.label, "promotedBy", "Ecuador") not in facts
    pair = _one("Foreign Minister Jane Roe and Mike Pompeo signed a near-identical US-Peru "
                "declaration in Washington.", date(2020, 10, 2))
    assert "US-Peru declaration" in {e.label for e in pair.entities} | {
        a for e in pair.entities for a in e.alt_labels}


@pytest.mark.parametrize("text", [
    "Acme Telecom, a unit of a French group, signed an agreement with Huawei in 2018.",
    "Peru signed a memorandum of understanding on the Belt and Road Initiative.",
    "Britain hosted a conference that launched the Lima Process; Peru signed its declaration.",
    "Peru and Chile signed three memorandums on Friday.",
])
def test_what_is_signed_is_no_new_policy_when_a_firm_another_name_or_many_are_meant(
        text: str) -> None:
    ex = _one(text, date(2024, 3, 6))
    labels = {e.label for e in ex.entities if e.type.value == "Policy"}
    assert not {x for x in labels if x.split()[-1].lower() in {
        "agreement", "memorandum", "memorandums", "declaration", "understanding"}}


def test_a_treaty_dated_by_the_year_before_its_name_and_made_between_states() -> None:
    ex = _one("Roe said an attack would invoke the 1951 Mutual Defense Treaty between Lima and "
              "Washington. They discussed the 1977 Neutrality Treaty between Panama and the "
              "United States.", date(2024, 4, 12))
    facts = labelled(ex)
    assert {("Mutual Defense Treaty", "promotedBy", "Peru"),
            ("Mutual Defense Treaty", "promotedBy", "United States"),
            ("Neutrality Treaty", "promotedBy", "Panama"),
            ("Neutrality Treaty", "promotedBy", "United States")} <= facts
    _, _, values = _meeting_facts(ex)
    assert {("Mutual Defense Treaty", "announcedOn", "1951"),
            ("Neutrality Treaty", "announcedOn", "1977")} <= values
    # a year that opens a clause dates nothing and names no policy
    firm = _one("In 2017 the Solomon Islands Submarine Cable Company signed a contract.")
    assert not [e for e in firm.entities if e.type.value == "Policy"]


def test_a_summit_of_a_body_hosted_by_two_leaders_and_attended_by_others() -> None:
    ex = _one("Roe made the announcement at a summit of the NATO allies around the Baltic Sea, "
              "hosted at the Presidential Palace by Finnish President Alexander Stubb and "
              "Estonian Prime Minister Kristen Michal. The leaders of Denmark and Poland "
              "attended, as did Henna Virkkunen of the European Commission.", date(2025, 1, 15))
    _, facts, _ = _meeting_facts(ex)
    summit = next(e.label for e in ex.entities if e.type.value == "Meeting")
    assert {(summit, "participant", "NATO"), (summit, "ledBy", "Alexander Stubb"),
            (summit, "ledBy", "Kristen Michal"), (summit, "participant", "Finland"),
            (summit, "participant", "Estonia"), (summit, "participant", "Denmark"),
            (summit, "participant", "Poland"),
            (summit, "participant", "European Commission")} <= facts
    assert (summit, "ledBy", "Henna Virkkunen") not in facts  # she attended


def test_who_did_not_attend_or_is_a_meeting_s_subject_takes_no_part() -> None:
    ex = _one("Peru and Chile held a summit in Lima on Monday. Bolivia did not attend. "
              "Ministers discussed a meeting of Ecuador's creditors.", date(2025, 1, 15))
    _, facts, _ = _meeting_facts(ex)
    assert not {f for f in facts if f[1] == "participant" and f[2] in {"Bolivia", "Ecuador"}}
    # a meeting named before, whose chair the sentence gives: still one meeting
    again = _one("Peru and Chile met in Lima on Jan. 21 and 22. The two-day meeting, chaired by "
                 "Peru's Jane Roe, adopted a plan.", date(2021, 2, 18))
    assert len([e for e in again.entities if e.type.value == "Meeting"]) == 1


def test_a_country_s_parliament_is_its_legislature_named_as_written() -> None:
    ex = _one("Peru's Parliament on Wednesday passed the bill. Parliament will sit again in May.")
    body = next(e for e in ex.entities if e.type.value == "GovernmentBody")
    assert body.label == "Peru's Parliament" and ("Peru's Parliament", "basedIn", "Peru") in \
        labelled(ex)
    assert len([e for e in ex.entities if e.type.value == "GovernmentBody"]) == 1
    kenya = _one("The Kenyan parliament passed the bill; the Parliament of Kenya sits in Nairobi.")
    assert len([e for e in kenya.entities if e.type.value == "GovernmentBody"]) == 1
    # the legislature the article names by its own name: one body
    bundestag = _one("The Bundestag passed the law. Germany's parliament had debated it.")
    bodies = [e for e in bundestag.entities if e.type.value == "GovernmentBody"]
    assert [b.label for b in bodies] == ["Bundestag"] and "parliament" in bodies[0].alt_labels
    # another name that opens with the word
    party = _one("Kenya's Congress Party won the vote.")
    assert "Congress Party" in {e.label for e in party.entities}


def test_operators_listed_between_dashes_or_by_semicolons() -> None:
    ex = _one("LIMA - Peru passed the law. The country's three mobile operators - Acmetel, a "
              "unit of Chile's Betacom; Gamma-Mobil, majority-owned by the state; and Deltafon, "
              "owned by a bank - would have to block sites.", date(2024, 1, 25))
    telcos = {e.label for e in ex.entities if e.type.value == "Telco"}
    assert {"Acmetel", "Gamma-Mobil", "Deltafon"} <= telcos
    two = _one("In Peru, the two mobile operators - state-owned Andina and Sol, which is owned "
               "by Telekom Slovenije - run 4G networks.", date(2020, 9, 5))
    assert {"Andina", "Sol"} <= {e.label for e in two.entities if e.type.value == "Telco"}
    # a list of where the operators are is no list of names
    where = _one("In Peru, all five mobile operators are on the Clean Telco list.")
    assert not [e for e in where.entities if e.label == "Clean Telco"]


@pytest.mark.parametrize(("text", "fact"), [
    ("It cut the cable owned by Finnish grid operator Fingrid.", ("Fingrid", "basedIn", "Finland")),
    ("Lines used by Finland's state-owned Cinia were cut.", ("Cinia", "basedIn", "Finland")),
    ("Telenor sold its unit to M1 Group, a Beirut-based investment firm.",
     ("M1 Group", "basedIn", "Lebanon")),
    ("A campus is backed by the Emirati fund MGX.", ("MGX", "basedIn", "United Arab Emirates")),
    ("The consortium is led by New York-based BlackRock and Terminal Investment Limited (TiL).",
     ("BlackRock", "basedIn", "United States")),
    ("It holds 90% of Panama Ports Company, the Panamanian unit.",
     ("Panama Ports Company", "basedIn", "Panama")),
    ("Istmo Advisory, a Panama City consultancy, said so.", ("Istmo Advisory", "basedIn", "Panama")),
])
def test_unknown_firms_named_by_what_the_text_calls_them(
        text: str, fact: tuple[str, str, str]) -> None:
    assert fact in labelled(_one(text, date(2025, 3, 5)))


def test_unknown_firms_typed_by_their_kind() -> None:
    ex = _one("It cut the cable owned by Finnish grid operator Fingrid. BlackRock and Terminal "
              "Investment Limited (TiL) bought it.")
    kinds = {e.label: e.type.value for e in ex.entities}
    assert kinds.get("Fingrid") == "Company"  # no telecoms operator
    assert kinds.get("Terminal Investment Limited") == "Company"
    # the place of another firm in the apposition is not this one's
    unit = labelled(_one("Acme Telecom, a unit of the Lima-based Beta Holdings, said so."))
    assert ("Acme Telecom", "basedIn", "Peru") not in unit


def test_a_ruler_s_title_and_two_ministers_each_of_their_own_country() -> None:
    ex = _one("The plan was agreed at a meeting chaired by Brunei's Sultan Hassanal Bolkiah on "
              "April 24.", date(2021, 7, 9))
    facts = labelled(ex)
    assert ("Hassanal Bolkiah", "affiliatedWith", "Brunei") in facts
    assert "Company" not in {e.type.value for e in ex.entities}
    _, _, values = _meeting_facts(ex)
    assert ("Hassanal Bolkiah", "role", "Sultan") in values
    pair = labelled(_one("Foreign Minister Ararat Mirzoyan of Armenia and Foreign Minister "
                         "Jeyhun Bayramov of Azerbaijan initialled the text."))
    assert {("Ararat Mirzoyan", "affiliatedWith", "Armenia"),
            ("Jeyhun Bayramov", "affiliatedWith", "Azerbaijan")} <= pair
    assert ("Jeyhun Bayramov", "affiliatedWith", "Armenia") not in pair


def test_a_new_activity_called_by_name_announced_by_a_leader_of_its_body() -> None:
    ex = _one("NATO will send ships to the Baltic Sea under a new activity called Sea "
              "Watch, Secretary General Jane Roe announced on Tuesday.", date(2025, 1, 15))
    facts = labelled(ex)
    assert {("Sea Watch", "promotedBy", "NATO"),
            ("Sea Watch", "announcedBy", "Jane Roe")} <= facts
    _, _, values = _meeting_facts(ex)
    assert {("Sea Watch", "announcedOn", "2025-01-14"),
            ("Jane Roe", "role", "Secretary General")} <= values


def test_schemes_corridors_and_what_is_no_policy() -> None:
    ex = _one("The lawyers say LISCA, an industry traceability scheme that Apple supports, has "
              "certified minerals. The statement launches the Luzon Economic Corridor.")
    assert {"LISCA", "Luzon Economic Corridor"} <= {e.label for e in ex.entities
                                                   if e.type.value == "Policy"}
    firm = _one("Kenya suspended Acmecoin, the cryptocurrency project that has been paying "
                "Kenyans to scan their irises.")
    assert not [e for e in firm.entities if e.type.value == "Policy"]


def test_a_meeting_named_by_its_place_and_between_whom_after_where_and_when() -> None:
    ex = _one("The case was brought on behalf of Justice Minister Jane Roe. The filings were "
              "agreed at a meeting in Kinshasa on Dec. 9 between Roe and the legal team.",
              date(2024, 12, 17))
    meeting = next(e for e in ex.entities if e.type.value == "Meeting")
    assert meeting.label == "meeting in Kinshasa" and "Kinshasa meeting" in meeting.alt_labels
    _, facts, values = _meeting_facts(ex)
    assert (meeting.label, "ledBy", "Jane Roe") in facts
    assert (meeting.label, "date", "2024-12-09") in values


def test_who_signs_at_a_summit_through_a_participle_takes_part() -> None:
    ex = _one("President Jane Roe of Peru and President John Doe of Chile signed a declaration in "
              "Lima on Friday, committing their countries to end a dispute, at a summit hosted "
              "by Brazil's President Lula.", date(2025, 8, 9))
    _, facts, _ = _meeting_facts(ex)
    summit = next(e.label for e in ex.entities if e.type.value == "Meeting")
    assert {(summit, "ledBy", "Jane Roe"), (summit, "ledBy", "John Doe"),
            (summit, "participant", "Peru"), (summit, "participant", "Chile")} <= facts


def test_sanctions_a_body_imposes_are_its_own_not_on_the_firm_whose_people_are_named() -> None:
    ex = _one("On Friday, the Treasury Department's Office of Foreign Assets Control (OFAC) "
              "announced sanctions on 12 executives and senior leaders of AO Kaspersky Lab.",
              date(2024, 6, 24))
    policy = next(e for e in ex.entities if e.type.value == "Policy")
    assert "OFAC sanctions" in policy.alt_labels
    facts = labelled(ex)
    assert (policy.label, "promotedBy", "Office of Foreign Assets Control") in facts
    assert not {f for f in facts if f[1] == "excludes"}  # its executives, not the firm
    firms = _one("Peru imposed sanctions on Acme Telecom and Beta Systems on Monday.")
    assert {(f[0], f[2]) for f in labelled(firms) if f[1] == "promotedBy"} == {
        ("Peru's sanctions", "Peru")}


def test_a_known_firm_s_units_named_by_country_where_the_article_names_several() -> None:
    ex = _one("The complaints target Apple France, Apple Retail France and Apple Retail Belgium. "
              "Apple said it disputes the claims.", date(2024, 12, 17))
    facts = labelled(ex)
    assert {("Apple France", "basedIn", "France"), ("Apple Retail France", "basedIn", "France"),
            ("Apple Retail Belgium", "basedIn", "Belgium")} <= facts
    assert "Apple" in {e.label for e in ex.entities}
    # one unit named once: the firm itself, as the gazetteer knows it
    one = _one("Huawei Canada said it would comply with the ban.", date(2022, 5, 19))
    assert "Huawei Canada" not in {e.label for e in one.entities}


def test_a_summit_is_in_person_unless_said_and_a_year_in_an_apposition_dates_a_policy() -> None:
    ex = _one("Peru and Chile held a summit on Friday. The designations were made under "
              "Executive Order 13694, a 2015 order aimed at malicious cyber activity.",
              date(2024, 3, 6))
    _, _, values = _meeting_facts(ex)
    summit = next(e.label for e in ex.entities if e.type.value == "Meeting")
    assert (summit, "mode", "in person") in values
    assert ("Executive Order 13694", "announcedOn", "2015") in values
    virtual = _one("Peru and Chile held a virtual summit on Friday.", date(2024, 3, 6))
    _, _, values = _meeting_facts(virtual)
    assert {v for v in values if v[1] == "mode"} == {(
        next(e.label for e in virtual.entities if e.type.value == "Meeting"), "mode",
        "videoconference")}


def test_leaders_who_talked_after_a_summit_and_a_visit_a_day_before() -> None:
    ex = _one("The leaders of the Philippines, Japan and the United States pledged new money "
              "at their first three-way summit, held at the White House on Thursday. President "
              "Ferdinand Marcos Jr., President Joe Biden and Prime Minister Fumio Kishida "
              "talked for about two hours, a day after Biden hosted Kishida for a state visit.",
              date(2024, 4, 12))
    names, facts, values = _meeting_facts(ex)
    meetings = [e.label for e in ex.entities if e.type.value == "Meeting"]
    summit = next(m for m in meetings if "summit" in m)
    visit = next(m for m in meetings if "visit" in m)
    assert {(summit, "ledBy", "Ferdinand Marcos Jr."), (summit, "ledBy", "Fumio Kishida"),
            (visit, "ledBy", "Joe Biden"), (visit, "ledBy", "Fumio Kishida")} <= facts
    assert {(summit, "date", "2024-04-11"), (summit, "duration", "PT2H"),
            (visit, "date", "2024-04-10")} <= values
    assert (visit, "duration", "PT2H") not in values
    # one person talking to reporters is no meeting
    alone = _one("President Joe Biden talked to reporters for ten minutes on Friday.")
    assert not [e for e in alone.entities if e.type.value == "Meeting"]


def test_a_name_before_a_leader_of_something_is_a_person() -> None:
    ex = _one("In Greece, spyware was found on the phone of Nikos Androulakis, leader of the "
              "opposition Example party, in 2022.")
    people = [e for e in ex.entities if e.type.value == "Person"]
    assert [p.label for p in people] == ["Nikos Androulakis"]


def test_a_chamber_s_debate_is_its_meeting_and_a_name_s_online_is_no_mode() -> None:
    ex = _one("LIMA – Peru's Parliament on Wednesday passed the Online Safety Bill after a "
              "two-day debate. Speaker Jane Roe presided over both days of the debate, which "
              "opened on Tuesday.", date(2024, 1, 25))
    names, facts, values = _meeting_facts(ex)
    debates = [e.label for e in ex.entities if e.type.value == "Meeting"]
    assert len(debates) == 1
    debate = debates[0]
    assert (debate, "participant", "Peru's Parliament") in facts
    assert {(debate, "date", "2024-01-23"), (debate, "duration", "P2D")} <= values
    assert not {v for v in values if v[1] == "mode" and v[2] == "videoconference"}
    # a debate about something is no sitting
    talk = _one("There is a debate over Huawei's role in Peru's networks.")
    assert not [e for e in talk.entities if e.type.value == "Meeting"]


def test_a_signing_ceremony_is_a_meeting_of_its_own() -> None:
    ex = _one("President Jane Roe held a summit with Chile's President John Doe in Santiago on "
              "May 21. On Tuesday Roe signed the law at a ceremony in Lima attended by "
              "lawmakers.", date(2022, 8, 9))
    meetings = {e.label: e for e in ex.entities if e.type.value == "Meeting"}
    assert len(meetings) == 2
    ceremony = next(m for m in meetings.values()
                    if "ceremony" in {m.label, *m.alt_labels} or "ceremony" in m.label)
    assert "summit" not in ceremony.alt_labels
    hosted = _one("President Jane Roe hosted the signing in the Oval Office on Friday.",
                  date(2020, 9, 5))
    _, facts, values = _meeting_facts(hosted)
    signing = next(e.label for e in hosted.entities if e.type.value == "Meeting")
    assert (signing, "ledBy", "Jane Roe") in facts and (signing, "date", "2020-09-04") in values


def test_a_name_after_the_kind_of_firm_it_is_is_a_firm_whatever_the_ner_read() -> None:
    ex = _one("Ruritania's state mining company Minera Andina signed a contract with the "
              "Chinese consortium RXB. RXB groups its recycling unit Bolpo and Chinese miner "
              "Zintek. A third bidder, China's Tongda Guoan, has an agreement with Minera "
              "Andina. German carmaker Voltara and the Peruvian miner Minsur declined to bid.")
    firms = {e.label for e in ex.entities if e.type.value == "Company"}
    assert {"Minera Andina", "RXB", "Bolpo", "Zintek", "Tongda Guoan", "Voltara",
            "Minsur"} <= firms
    assert not [e for e in ex.entities if e.type.value == "Person"]
    facts = labelled(ex)
    assert {("Zintek", "basedIn", "China"), ("Voltara", "basedIn", "Germany"),
            ("Minsur", "basedIn", "Peru"), ("Tongda Guoan", "basedIn", "China")} <= facts
    # a person after a title stays a person
    person = _one("Mining Minister Jane Roe said the unit would open in May.")
    assert {e.label for e in person.entities if e.type.value == "Person"} == {"Jane Roe"}


def test_a_registered_name_with_its_place_and_where_it_is_registered() -> None:
    ex = _one("Acme signed with Singapore Rimac Investment Limited, the Singapore-registered "
              "vehicle of the consortium. The Lima-registered Andes Cobre Corporation bid too.")
    facts = labelled(ex)
    assert ("Singapore Rimac Investment Limited", "basedIn", "Singapore") in facts
    assert ("Andes Cobre Corporation", "basedIn", "Peru") in facts


def test_an_acronym_that_spells_the_country_in_keeps_it_in_the_name() -> None:
    ex = _one("The Association of Mobile Telecom Operators of Peru (AMTOP) met the regulator. "
              "AMTOP said it would comply. The Chamber of Commerce of Peru (CCP) agreed.")
    by_label = {e.label: e for e in ex.entities}
    assert "AMTOP" in by_label["Association of Mobile Telecom Operators of Peru"].alt_labels
    assert not [e for e in ex.entities if e.type.value == "Country" and "AMTOP" in e.alt_labels]
    # the article's own acronym wins over a party the gazetteer knows by the same letters
    chamber = by_label["Chamber of Commerce of Peru"]
    assert chamber.type.value == "Organization" and "CCP" in chamber.alt_labels
    assert not [e for e in ex.entities if "Communist" in e.label]
    # an acronym that does not spell the country leaves the name where the NER ended it
    plain = _one("The Association of Mobile Telecom Operators of Peru (AMTO) met.")
    assert "Association of Mobile Telecom Operators of Peru" not in {
        e.label for e in plain.entities}


def test_words_that_open_a_sentence_are_no_part_of_a_law_s_name() -> None:
    ex = _one("Nothing in the Cyber Security Act allows this. Everything under the Data "
              "Protection Act is covered.")
    assert {e.label for e in ex.entities if e.type.value == "Policy"} == {
        "Cyber Security Act", "Data Protection Act"}


def test_sheikh_after_another_title_is_part_of_a_two_word_name() -> None:
    ex = _one("The UN has called on Prime Minister Sheikh Hasina's government to act.")
    people = {e.label for e in ex.entities if e.type.value == "Person"}
    assert people == {"Sheikh Hasina"}
    royal = _one("Energy Minister Prince Abdulaziz bin Salman attended.")
    assert "Prince Abdulaziz" not in {e.label for e in royal.entities}


def test_a_place_s_district_is_no_firm_and_a_based_group_keeps_its_country_word() -> None:
    ex = _one("The regulator's building in Dhaka's Agargaon area was closed. Jane Roe of the "
              "Lima-based Digital Rights Peru said it.")
    assert "Agargaon" not in {e.label for e in ex.entities}
    group = next(e for e in ex.entities if e.label == "Digital Rights Peru")
    assert group.type.value == "Organization"
    assert {("Digital Rights Peru", "basedIn", "Peru"),
            ("Jane Roe", "affiliatedWith", "Digital Rights Peru")} <= labelled(ex)


def test_a_country_s_ministry_by_its_portfolio_in_lower_case() -> None:
    ex = _one("China's foreign ministry said on Friday it hoped Peru would be fair. Peru's "
              "defence ministry and the Chilean interior ministry did not comment.")
    bodies = {e.label: e for e in ex.entities if e.type.value == "GovernmentBody"}
    assert "China's foreign ministry" in bodies["Ministry of Foreign Affairs of China"].alt_labels
    assert {"Peru's defence ministry", "Chile's interior ministry"} <= set(bodies)
    assert ("Peru's defence ministry", "basedIn", "Peru") in labelled(ex)
    # two states' ministries of one portfolio are two bodies
    two = _one("China's Foreign Ministry and Peru's Foreign Ministry met.")
    assert len([e for e in two.entities if e.type.value == "GovernmentBody"]) == 2
    # the ministry the article named in full, called by its portfolio later
    again = _one("Peru's Ministry of Production and Trade (MPT) set the rules. On July 1, "
                 "Peru's trade ministry announced them.")
    assert len([e for e in again.entities if e.type.value == "GovernmentBody"]) == 1


def test_a_firm_is_based_where_its_headquarters_are() -> None:
    ex = _one("Zorvex Holdings' headquarters in Lima were raided. Telefonica, which has its "
              "headquarters in Madrid, said nothing. A Zorvex Holdings antenna on display at "
              "the company's headquarters in Cusco, Peru, in March.")
    facts = labelled(ex)
    assert {("Zorvex Holdings", "basedIn", "Peru"), ("Telefónica", "basedIn", "Spain")} <= facts
    # a ministry's headquarters say nothing of the firm named after them
    other = _one("The ministry's headquarters in Lima were raided by Acme Corp staff.")
    assert not [f for f in other.facts if f.predicate == "basedIn"]


def test_makers_are_firms_and_lawmakers_people() -> None:
    ex = _one("Italian drugmaker Menarini said so. Green Party lawmaker Konstantin von Notz "
              "disagreed.")
    types = {e.label: e.type.value for e in ex.entities}
    assert types["Menarini"] == "Company" and types["Konstantin von Notz"] == "Person"
    assert ("Menarini", "basedIn", "Italy") in labelled(ex)


def test_a_relative_clause_says_what_happened_whatever_the_sentence_weighs() -> None:
    ex = _one("Roe weighs whether to leave China's Belt and Road Initiative, which Peru "
              "joined in 2019.")
    assert ("Peru", "participatesIn", "Belt and Road Initiative") in labelled(ex)
    modal = _one("Roe may sign the Acme Accord, which Peru would join later.")
    assert not [f for f in modal.facts if f.predicate == "participatesIn"]


def test_what_states_sign_with_others_is_all_of_theirs_and_named_by_its_purpose() -> None:
    ex = _one("In September China signed an agreement with Peru and Chile to revamp the Andes "
              "railway, which engineers built in the 1970s. The U.S., the EU, Bolivia and "
              "Zambia signed a memorandum of understanding on the corridor in October 2023.")
    facts = labelled(ex)
    deal = next(e for e in ex.entities if e.type.value == "Policy"
                and "agreement to revamp the Andes railway" in {e.label, *e.alt_labels})
    assert {(deal.label, "promotedBy", c) for c in ("China", "Peru", "Chile")} <= facts
    memo = next(e.label for e in ex.entities if "memorandum" in e.label)
    assert {(memo, "promotedBy", c) for c in ("United States", "European Union", "Bolivia",
                                               "Zambia")} <= facts


def test_a_short_name_two_countries_share_is_the_one_the_article_names() -> None:
    ex = _one("Biden met the presidents of Angola and the Democratic Republic of Congo. "
              "Congo's president spoke.")
    congo = next(e for e in ex.entities if e.label == "Democratic Republic of the Congo")
    assert "Congo" in congo.alt_labels
    assert "Republic of the Congo" not in {e.label for e in ex.entities}
    alone = _one("Congo's president spoke.")
    assert not [e for e in alone.entities if e.type.value == "Country"]


def test_names_listed_after_their_countries_with_a_person_s_are_people() -> None:
    ex = _one("The summit was attended by Zambia's Hakainde Hichilema, Congo's Félix "
              "Tshisekedi and Tanzanian Vice-President Philip Mpango.")
    people = {e.label for e in ex.entities if e.type.value == "Person"}
    assert {"Hakainde Hichilema", "Félix Tshisekedi", "Philip Mpango"} <= people
    _, facts, values = _meeting_facts(ex)
    assert ("Hakainde Hichilema", "affiliatedWith", "Zambia") in facts
    assert not [v for v in values if v[0] == "Hakainde Hichilema" and v[1] == "role"]
    assert ("Philip Mpango", "role", "Vice-President") in values


def test_the_summit_someone_hosted_is_the_event_the_sentence_before_told_of() -> None:
    ex = _one("President Joe Biden stood on the quay at Lobito on Wednesday beside the "
              "presidents of Angola, Zambia and Peru. The summit was hosted by Angolan "
              "President João Lourenço and attended by Zambia's Hakainde Hichilema and "
              "Tanzanian Vice-President Philip Mpango.", date(2024, 12, 5))
    _, facts, values = _meeting_facts(ex)
    summit = next(e.label for e in ex.entities if e.type.value == "Meeting")
    assert (summit, "date", "2024-12-04") in values
    assert (summit, "ledBy", "João Lourenço") in facts
    assert (summit, "ledBy", "Hakainde Hichilema") not in facts  # he attended it
    assert (summit, "participant", "Zambia") in facts
    # a day told of in a sentence about other people is not the summit's
    other = _one("Prices rose on Monday in Lima. The summit was hosted by Angolan President "
                 "João Lourenço.", date(2024, 12, 5))
    assert not [v for v in other.values if v.predicate == "date"]


def test_the_bill_is_the_last_bill_named_not_the_last_law() -> None:
    ex = _one("The Online Safety Amendment Bill 2024 returns to the House on Friday. The bill "
              "amends the Online Safety Act 2021. The committee recommended on Tuesday that "
              "the bill be passed.", date(2024, 11, 29))
    names = {e.key: e.label for e in ex.entities}
    dated = {(names[v.subject], v.value) for v in ex.values if v.predicate == "announcedOn"}
    assert ("Online Safety Act 2021", "2021") in dated
    assert ("Online Safety Act 2021", "2024-11-26") not in dated


def test_a_bare_chamber_is_the_article_s_country_s_when_the_default_one_s_is_absent() -> None:
    ex = _one("CANBERRA – Australia will bar children under 16 from social media after the "
              "Senate passed the bill by 34 votes to 19 on Thursday. A Senate amendment bars "
              "platforms from asking for passports.", date(2024, 11, 29))
    senates = [e for e in ex.entities if "Senate" in {e.label, *e.alt_labels}]
    assert [e.label for e in senates] == ["Senate of Australia"]
    # where the other country's politics are in the article, its chamber stays its own
    us = _one("Canada removed TikTok from government phones. In Washington, President Joe "
              "Biden's White House backed a ban that has not passed the full House.")
    assert "House of Canada" not in {e.label for e in us.entities}


def test_x_listed_with_other_platforms_is_the_company() -> None:
    ex = _one("The ban covers Reddit, X and LinkedIn.")
    assert "X" in next(e for e in ex.entities if e.label == "X Corp").alt_labels
    assert not [e for e in _one("Article X of the law and Generation X voters.").entities
                if e.type.value == "Company"]


def test_officers_named_by_whose_and_its_serve_the_organisation_meant() -> None:
    ex = _one("Beta is controlled by Ruritanian conglomerate Acme Holdings (AH), whose chief "
              "executive Jane Roe chairs Beta.")
    assert ("Jane Roe", "affiliatedWith", "Acme Holdings") in labelled(ex)
    council = _one("The Peru Consumer Council said it would ask the Supreme Court to revoke the "
                   "decision. \"Two operators for 30 million people is a duopoly,\" said its "
                   "secretary-general, Maria Gonzalez.")
    facts = labelled(council)
    assert ("Maria Gonzalez", "affiliatedWith", "Peru Consumer Council") in facts
    assert ("Maria Gonzalez", "affiliatedWith", "Supreme Court") not in facts
    # a list of operators ends where the quote does: the speaker is no telco
    assert "Maria Gonzalez" in {e.label for e in council.entities if e.type.value == "Person"}


def test_a_board_meeting_named_by_the_body_s_acronym_takes_part_and_lasts() -> None:
    ex = _one("Commissioners arrive for the PTA board meeting at the regulator's headquarters "
              "on Thursday.\n\nLIMA – The Peru Telecom Authority (PTA) on Thursday cleared the "
              "merger. The meeting ran for about 11 hours.", date(2022, 10, 21))
    _, facts, values = _meeting_facts(ex)
    meeting = next(e.label for e in ex.entities if e.type.value == "Meeting")
    assert (meeting, "participant", "Peru Telecom Authority") in facts
    assert {(meeting, "date", "2022-10-20"), (meeting, "duration", "PT11H")} <= values


def test_a_member_or_party_of_a_policy_takes_part_in_it() -> None:
    ex = _one("Italy is still a member of China's Belt and Road Initiative. Peru is no longer a "
              "member of that initiative. Chile is not a party to the initiative.")
    facts = labelled(ex)
    assert ("Italy", "participatesIn", "Belt and Road Initiative") in facts
    assert not {("Peru", "participatesIn", "Belt and Road Initiative"),
                ("Chile", "participatesIn", "Belt and Road Initiative")} & facts
    # a named alliance that is no policy of the article is not "that" policy
    five = _one("Ruritania banned Acme from its 5G networks. With the ban, Ruritania becomes the "
                "last member of the Five Eyes intelligence-sharing alliance to act.")
    assert not [f for f in five.facts if f.predicate == "participatesIn"]


def test_the_programme_a_relative_clause_describes_after_a_name_and_its_acronym() -> None:
    ex = _one("India and the US signed a memorandum of understanding on Saturday to build the "
              "India-Middle East-Europe Economic Corridor (IMEC). The corridor is part of the "
              "Partnership for Global Infrastructure and Investment (PGII), the G7 programme "
              "that Biden launched last year.", date(2023, 9, 10))
    facts = labelled(ex)
    pgii = "Partnership for Global Infrastructure and Investment"
    assert ("India-Middle East-Europe Economic Corridor", "partOf", pgii) in facts
    assert (pgii, "announcedBy", "Joe Biden") in facts
    assert not [f for f in facts if "memorandum" in f[0] and f[1] == "announcedBy"]
    names = {e.key: e.label for e in ex.entities}
    assert (pgii, "2022") in {(names[v.subject], v.value) for v in ex.values}


def test_a_based_name_opening_with_capitals_is_whole() -> None:
    ex = _one("Dubai-based DP World, which runs terminals along the route, said it was ready.")
    assert ("DP World", "basedIn", "United Arab Emirates") in labelled(ex)


def test_a_summit_on_whose_eve_two_leaders_met_is_not_their_meeting() -> None:
    ex = _one("President Jane Roe and Prime Minister John Doe held a bilateral meeting in "
              "Lima. The two leaders met for about an hour on Sunday afternoon at the "
              "presidential office, on the eve of the ninth trilateral summit of Peru, Chile "
              "and Bolivia.", date(2024, 5, 27))
    _, facts, values = _meeting_facts(ex)
    bilateral = next(e for e in ex.entities if e.type.value == "Meeting"
                     and (e.label, "ledBy", "Jane Roe") in facts)
    assert "summit" not in bilateral.label and (bilateral.label, "ordinal", "9") not in values
    assert (bilateral.label, "date", "2024-05-26") in values


def test_a_firm_named_with_its_legal_form_then_without_it() -> None:
    ex = _one("The row began after Tokyo-based Zorvex Corp. disclosed a leak. The ministry "
              "issued guidance to Zorvex on March 5. On May 8, Zorvex chief executive Takeshi "
              "Idezawa said Zorvex would end its outsourcing to Zorvex Cloud.")
    firm = next(e for e in ex.entities if e.label == "Zorvex Corp.")
    assert "Zorvex" in firm.alt_labels
    assert ("Takeshi Idezawa", "affiliatedWith", "Zorvex Corp.") in labelled(ex)
    assert "Zorvex Cloud" not in firm.alt_labels


def test_a_two_word_family_name_the_article_repeats_is_part_of_the_name() -> None:
    ex = _one("Zorvex, the vehicle of executive vice chairman Marco Tronchetti Provera, holds "
              "14%. Officials heard Zorvex on June 6, with Tronchetti Provera attending.")
    assert "Marco Tronchetti Provera" in {e.label for e in ex.entities}
    assert "Marco Tronchetti" not in {e.label for e in ex.entities}


def test_a_minister_of_a_ministry_one_named_state_has_serves_that_state() -> None:
    ex = _one("Japan's Ministry of Internal Affairs and Communications issued guidance to the "
              "firm. In Seoul, politicians called it an attempt to push a South Korean firm out of "
              "Japan. Kang Do-hyun, the Second Vice Minister of Science and ICT, said the "
              "government would respond firmly.")
    facts = labelled(ex)
    assert ("Kang Do-hyun", "affiliatedWith", "South Korea") in facts
    assert ("Kang Do-hyun", "affiliatedWith", "Japan") not in facts


def test_a_pronoun_after_an_opening_quote_is_no_part_of_a_law_s_name() -> None:
    ex = _one("\"Switching a country off is not moderation,\" said Rezaul Karim. \"Nothing in "
              "the Cyber Security Act allows this.\"")
    assert [e.label for e in ex.entities if e.type.value == "Policy"] == ["Cyber Security Act"]


def test_states_that_sign_an_open_convention_take_part_in_it() -> None:
    ex = _one("Peru, Chile and the European Union were among the first to sign the Council of "
              "Europe's convention on artificial intelligence on Thursday. The Framework "
              "Convention on Artificial Intelligence was opened for signature in Vilnius. "
              "Andorra and Norway signed, as did Israel, and Japan. Canada did not sign. "
              "Bolivia will sign later.", date(2024, 9, 5))
    convention = "Framework Convention on Artificial Intelligence"
    joined = {f[0] for f in labelled(ex) if f[1:] == ("participatesIn", convention)}
    assert joined == {"Peru", "Chile", "European Union", "Andorra", "Norway", "Israel", "Japan"}
    # a deal two states sign with each other is theirs, no convention they join
    deal = _one("Peru signed a trade deal with Chile on Monday.")
    assert not [f for f in deal.facts if f.predicate == "participatesIn"]


def test_a_title_then_a_three_word_name() -> None:
    ex = _one("Council of Europe Secretary General Marija Pejčinović Burić said the treaty "
              "was meant to protect rights. Secretary of Commerce Gina Raimondo agreed.")
    names, _, values = _meeting_facts(ex)
    assert {"Marija Pejčinović Burić", "Gina Raimondo"} <= set(names.values())
    assert ("Marija Pejčinović Burić", "role", "Council of Europe Secretary General") in values


def test_a_bare_meeting_of_ministers_is_named_by_whom_it_gathers() -> None:
    ex = _one("The convention was opened for signature at a conference of the Council of "
              "Europe's justice ministers in Vilnius, hosted by Lithuanian Justice Minister "
              "Ewelina Dobrowolska.")
    meeting = next(e for e in ex.entities if e.type.value == "Meeting")
    assert meeting.label == "conference of the Council of Europe's justice ministers"
    council = _one("Roe spoke at a meeting of the Security Council on Monday.")
    assert next(e.label for e in council.entities
                if e.type.value == "Meeting") == "Security Council meeting"


def test_a_title_that_names_one_state_s_office_yields_to_the_company_kept() -> None:
    ex = _one("India's Minister of Commerce and Industry Piyush Goyal met Katherine Tai. "
              "Minister Goyal was accompanied by Commerce Secretary B.V.R. Subrahmanyam.")
    assert ("B.V.R. Subrahmanyam", "affiliatedWith", "United States") not in labelled(ex)


def test_a_state_s_embassy_by_its_possessive_demonym_or_name() -> None:
    ex = _one("China's embassy in Berlin said the U.S. Embassy in Pretoria was closed. The "
              "Embassy of Peru in Chile agreed. A spokesman for the Chilean embassy declined.")
    bodies = {e.label for e in ex.entities if e.type.value == "GovernmentBody"}
    assert {"China's embassy in Berlin", "U.S. Embassy in Pretoria", "Embassy of Peru in Chile",
            "Chilean embassy"} <= bodies
    facts = labelled(ex)
    assert ("China's embassy in Berlin", "basedIn", "China") in facts
    # where an embassy is is no fact the text states of it: annotators differ
    assert ("China's embassy in Berlin", "basedIn", "Germany") not in facts
    credit = _one("Roe met Doe in Lima. (US Embassy in Lima website)")
    assert not [e for e in credit.entities if e.type.value == "GovernmentBody"]


def test_a_body_known_by_another_name_after_its_long_one() -> None:
    ex = _one("The State Inspectorate for Control in the Sphere of Informatization and "
              "Telecommunications, known as Regcom, said it had added the networks to its "
              "register. Jane Roe, the head of Regcom, said so.")
    body = next(e for e in ex.entities if e.type.value == "GovernmentBody")
    assert "Regcom" in body.alt_labels
    assert ("Jane Roe", "affiliatedWith", body.label) in labelled(ex)
    venture = _one("The licences went to Singtel and to a joint venture of StarHub and M1, "
                   "known as JVCo.")
    assert not [e for e in venture.entities if "JVCo" in e.alt_labels and e.label == "StarHub"]


def test_a_news_outlet_is_an_organisation_and_a_source_never_a_party() -> None:
    ex = _one("Bloomberg: The US Department of Commerce yesterday updated its export control "
              "rules on advanced chips, Reuters reported.")
    types = {e.label: e.type.value for e in ex.entities}
    assert types["Bloomberg"] == types["Reuters"] == "Organization"
    assert not [f for f in labelled(ex) if f[2] in {"Bloomberg", "Reuters"}
                and f[1] in {"promotedBy", "announcedBy"}]


def test_a_based_institute_for_something_is_an_organisation() -> None:
    ex = _one("Tomas Vaitkus of the Vilnius-based Baltic Institute for Technology Policy said "
              "it. Ana Poe of the Lima-based Andes Data Labs Limited agreed.")
    types = {e.label: e.type.value for e in ex.entities}
    assert types["Baltic Institute for Technology Policy"] == "Organization"


def test_an_ambiguous_firm_name_shown_once_to_be_the_firm_is_the_firm_elsewhere() -> None:
    ex = _one("The six qualified bidders were Cell C, MTN, Rain, Telkom and Vodacom. Rain, "
              "whose 5G network was built by China's Huawei, will switch on first.")
    assert ("Rain", "usesEquipmentFrom", "Huawei") in labelled(ex)
    weather = _one("Heavy rain hit Johannesburg. Rain, the forecasters said, would last.")
    assert not [e for e in weather.entities if e.label == "Rain"]


@pytest.mark.parametrize(("text", "telco", "country"), [
    ("Access providers in Uzbekistan, including Uztelecom and the mobile operators Ucell and "
     "Mobiuz, applied the block.", "Mobiuz", "Uzbekistan"),
    ("Luanda-based Angola Cables said it was studying a fibre link.", "Angola Cables", "Angola"),
    ("Bitė and Telia said they would replace the equipment.", "Bitė", None),
    ("Vocus said its fibre network was unaffected.", "Vocus", None),
])
def test_more_operators_are_known_with_their_home(text: str, telco: str,
                                                  country: str | None) -> None:
    ex = _one(text)
    assert telco in {e.label for e in ex.entities if e.type.value == "Telco"}
    if country is not None:  # a home the gazetteer knows is stated where the article names it
        assert (telco, "basedIn", country) in labelled(ex)


@pytest.mark.parametrize(("text", "regulator", "country"), [
    ("Portugal's ANACOM said the auction would go ahead.", "ANACOM", "Portugal"),
    ("In Belgium, the BIPT set the conditions.", "BIPT", "Belgium"),
    ("Spain's competition watchdog CNMC opened a case.", "CNMC", "Spain"),
])
def test_telecom_regulators_of_more_countries_are_known(text: str, regulator: str,
                                                         country: str) -> None:
    ex = _one(text)
    body = next(e for e in ex.entities if regulator in {e.label, *e.alt_labels})
    assert body.type.value == "GovernmentBody"
    assert (body.label, "basedIn", country) in labelled(ex)


def test_a_long_name_known_by_a_name_the_gazetteer_has_is_that_body() -> None:
    ex = _one("The Office for Oversight in the Field of Posts and Telecommunications, known as "
              "ANACOM, said it had added the firms to its register.")
    bodies = [e for e in ex.entities if e.type.value == "GovernmentBody"]
    assert len(bodies) == 1 and "ANACOM" in {bodies[0].label, *bodies[0].alt_labels}


# -- heldout18, read: orders, bodies named twice, units of a group, people at institutes --

@pytest.mark.parametrize(("text", "announcer", "promoter"), [
    ("LIMA - Justice Jane Roe of Peru's Supreme Court on Friday ordered the \"immediate, "
     "complete and total\" suspension of the social network Zorvex in the country.",
     "Jane Roe", "Supreme Court"),
    ("Peru's telecom regulator, Osiptel, on Monday ordered a nationwide suspension of the "
     "messaging app Telegram.", "Osiptel", "Osiptel"),
    ("Judge Jane Roe ordered the suspension of Telegram on Friday.", "Jane Roe", None),
])
def test_who_orders_a_measure_on_a_firm_announces_it(text: str, announcer: str,
                                                     promoter: str | None) -> None:
    ex = _one(text, date(2024, 8, 31))
    facts = labelled(ex)
    policy = next(e.label for e in ex.entities if e.type.value == "Policy")
    assert (policy, "announcedBy", announcer) in facts
    assert any(s == policy and p == "excludes" for s, p, _ in facts)
    if promoter is not None:
        assert (policy, "promotedBy", promoter) in facts
    # the judge announced it; the court does not announce it as well
    assert (policy, "announcedBy", "Supreme Court") not in facts


def test_an_order_denied_is_no_measure() -> None:
    ex = _one("The regulator did not order a ban on Telegram.")
    assert not [e for e in ex.entities if e.type.value == "Policy"]


def test_a_dateline_is_no_part_of_a_title() -> None:
    ex = _one("LIMA - Justice Jane Roe of Peru's Supreme Court ruled on Friday.")
    assert ("Jane Roe", "role", "Justice") in {
        ({e.key: e.label for e in ex.entities}[v.subject], v.predicate, v.value)
        for v in ex.values}


@pytest.mark.parametrize(("text", "firm"), [
    ("Phones must come with Max, a messaging app built by VK.", "Max"),
    ("Peru ordered the suspension of the social network Zorvex on Friday.", "Zorvex"),
    ("said Beatriz Olmedo, an analyst at the Madrid brokerage Castellana Valores.",
     "Castellana Valores"),
    ("The government ordered the state holding company SEPI to buy shares.", "SEPI"),
    ("Russia's four largest mobile operators, MTS, MegaFon, Beeline and T2, carry it out.", "T2"),
])
def test_a_firm_is_known_by_the_kind_of_firm_it_is_called(text: str, firm: str) -> None:
    ex = _one(text)
    assert firm in {e.label for e in ex.entities if e.type.value in {"Company", "Telco"}}
    assert firm not in {e.label for e in ex.entities if e.type.value == "Person"}


def test_the_fund_of_an_investor_leaves_the_investor_a_person() -> None:
    ex = _one("Telecom is controlled by Fintech Advisory, the fund of Mexican investor "
              "David Martinez.")
    assert "David Martinez" not in {e.label for e in ex.entities if e.type.value == "Company"}


def test_a_body_named_by_its_shape_then_by_its_known_name_is_one_body() -> None:
    ex = _one("Moraes told the National Telecommunications Agency, Anatel, to make sure "
              "that internet providers cut off access.")
    bodies = [e for e in ex.entities if e.type.value == "GovernmentBody"]
    assert len(bodies) == 1
    assert "National Telecommunications Agency" in bodies[0].alt_labels


def test_a_list_of_bodies_is_not_one_body() -> None:
    ex = _one("Officials from the Finance Ministry, Anatel and the central bank met.")
    assert "Finance Ministry" not in {a for e in ex.entities for a in e.alt_labels}


def test_a_brand_said_to_be_part_of_its_group_is_its_national_unit() -> None:
    ex = _one("In Brazil, the operators - Claro, controlled by Mexico's America Movil; TIM, "
              "part of Italy's Telecom Italia; and Vivo, owned by Spain's Telefonica - said "
              "they would comply.")
    facts = labelled(ex)
    assert ("TIM Brasil", "basedIn", "Brazil") in facts
    assert ("Telecom Italia", "basedIn", "Italy") in facts
    assert ("TIM Brasil", "basedIn", "Italy") not in facts
    # the group is called by the name the article gives it, not the unit's
    assert "TIM" not in {e.label for e in ex.entities if e.label != "TIM Brasil"}


@pytest.mark.parametrize(("text", "org"), [
    ("Conexis Brasil Digital, the association of the country's largest operators, said its "
     "members would comply.", "Conexis Brasil Digital"),
    ("said Jane Roe, a lawyer at the Lima-based Instituto Vertice.", "Instituto Vertice"),
])
def test_associations_and_institutes_are_organisations(text: str, org: str) -> None:
    ex = _one(text)
    assert org in {e.label for e in ex.entities if e.type.value == "Organization"}


def test_a_person_called_by_a_role_of_a_few_words_is_a_person() -> None:
    ex = _one("Yolanda Diaz, the Second Vice-President and leader of Sumar, welcomed it. "
              "\"It is blocking,\" said Beatriz Olmedo, a telecoms analyst at Acme Capital.")
    people = {e.label for e in ex.entities if e.type.value == "Person"}
    assert {"Yolanda Diaz", "Beatriz Olmedo"} <= people


@pytest.mark.parametrize(("text", "affiliated"), [
    ("Jane Roe, who studies internet law at the Example Institute, spoke.", True),
    ("Jane Roe, who teaches law at Lima University, said so.", True),
    ("Jane Roe, who once worked at Acme Bank, said so.", False),
    ("Jane Roe, who worked at Acme Bank until 2019, said so.", False),
])
def test_who_works_or_studies_at_an_institution_is_its(text: str, affiliated: bool) -> None:
    ex = _one(text)
    got = any(s == "Jane Roe" and p == "affiliatedWith" for s, p, _ in labelled(ex))
    assert got is affiliated


@pytest.mark.parametrize(("text", "org", "country"), [
    ("Jane Roe works at the Digital Rights Observatory in Vilnius, Lithuania.",
     "Digital Rights Observatory", "Lithuania"),
    ("said Jane Roe, an analyst at Gran Via Securities in Madrid.", "Gran Via Securities",
     "Spain"),
    ("said Jane Roe, a fellow at the Example Institute in Nairobi.", "Example Institute",
     "Kenya"),
])
def test_an_institution_someone_works_at_is_based_in_its_city(text: str, org: str,
                                                              country: str) -> None:
    assert (org, "basedIn", country) in labelled(_one(text))


def test_a_court_in_a_city_is_left_to_the_gazetteer() -> None:
    ex = _one("Acme can challenge the decision at the General Court in Luxembourg.")
    assert not [f for f in labelled(ex) if f[1] == "basedIn" and f[2] == "Luxembourg"]


@pytest.mark.parametrize(("text", "policy"), [
    ("She studies Russian internet regulation in Vilnius.", False),
    ("Critics note that Russian law obliges such services to hand over data.", False),
    ("Russia's new internet regulation takes effect in May.", True),
])
def test_regulation_and_law_as_a_field_are_no_policy(text: str, policy: bool) -> None:
    ex = _one(text)
    assert bool([e for e in ex.entities if e.type.value == "Policy"]) is policy


def test_a_bare_block_of_another_firm_is_another_block() -> None:
    ex = _one("The designation came days after Russia's block on Facebook and Instagram. "
              "Telegram survived worse: the regulator's 2018 Telegram block failed.")
    facts = labelled(ex)
    assert not [f for f in facts if f[1] == "excludes" and f[2] == "Telegram"
                and "Facebook" in f[0]]
    assert ("block on Telegram", "excludes", "Telegram") in facts


def test_a_verb_opening_a_sentence_is_no_word_of_a_law() -> None:
    ex = _one('The minister said: "Using the Goods Availability Act is highly exceptional."')
    assert {e.label for e in ex.entities if e.type.value == "Policy"} == {
        "Goods Availability Act"}


def test_a_relative_clause_is_no_apposition_of_a_proposal() -> None:
    ex = _one("The decision was taken at Tuesday's weekly meeting of the Council of Ministers, "
              "which discussed the purchase on a proposal from the Ministry of Finance.")
    assert not [e for e in ex.entities if e.type.value == "Policy"]


def test_an_official_told_something_in_a_phone_call_met_the_other() -> None:
    ex = _one("The Minister of Economic Affairs, Vincent Karremans, has used the act. On "
              "Friday the minister informed John Doe, the European Commission's commissioner "
              "for trade, of the decision in a telephone call.", date(2025, 10, 12))
    _, facts, values = _meeting_facts(ex)
    call = next(e.label for e in ex.entities if e.type.value == "Meeting")
    # "the minister" is the one minister named before
    assert {(call, "ledBy", "Vincent Karremans"), (call, "ledBy", "John Doe"),
            (call, "participant", "European Commission")} <= facts
    assert (call, "date", "2025-10-10") in values


def test_a_call_only_planned_is_no_meeting() -> None:
    ex = _one("Jane Roe will inform John Doe of the decision in a phone call.")
    assert not [e for e in ex.entities if e.type.value == "Meeting"]


@pytest.mark.parametrize(("text", "meant"), [
    ("Trade Minister Jane Roe met John Doe. Later the minister flew home.", "Jane Roe"),
    ("Jane Roe, the trade minister, met John Doe. Later the trade minister flew home.",
     "Jane Roe"),
    # two ministers named before: "the minister" is neither for certain
    ("Trade Minister Jane Roe met Finance Minister John Doe. Later the minister flew home.",
     None),
    # "the minister of trade" names a portfolio, not the one named before
    ("Trade Minister Jane Roe met John Doe. The minister of finance was away.", None),
])
def test_the_title_alone_is_the_one_person_called_so_before(text: str,
                                                            meant: str | None) -> None:
    from policygraph.pipeline import load_pipeline

    doc = load_pipeline()(text)
    found = [m.name for m in doc._.pg_mentions if m.kind == "anaphor"
             and m.type.value == "Person"]
    assert found == ([meant] if meant else [])


def test_a_hyphenated_date_with_the_year_last_is_day_first() -> None:
    from policygraph.articles import parse_text

    art = parse_text("Headline\n\nGovernment of the Netherlands\nNews item | 12-10-2025 | 21:05"
                     "\n\nThe minister acted. The order was published today.")
    assert art.published.isoformat()[:16] == "2025-10-12T21:05"


def test_a_platform_its_group_runs_has_no_home_of_its_own() -> None:
    # Instagram is Meta's: the gazetteer knows Meta's home, not a home of Instagram's
    ex = _one("The fine concerns the model Meta introduced for Instagram users in the EU. "
              "Meta Platforms is based in the United States.")
    facts = labelled(ex)
    assert ("Instagram", "basedIn", "United States") not in facts


def test_a_known_international_body_is_not_based_where_it_sits() -> None:
    ex = _one("Acme can challenge the decision at the EU General Court in Luxembourg.")
    assert not [f for f in labelled(ex) if f[1] == "basedIn"]


@pytest.mark.parametrize(("text", "name", "kind", "country"), [
    ("Spain's AEPD opened an inquiry.", "Spanish Data Protection Agency", "GovernmentBody",
     "Spain"),
    ("Brazil's CADE approved the deal.", "CADE", "GovernmentBody", "Brazil"),
    ("A report by Germany's Kiel Institute said so.", "Kiel Institute for the World Economy",
     "Organization", "Germany"),
    ("India's Paytm said it would comply.", "Paytm", "Company", "India"),
])
def test_regulators_institutes_and_platforms_of_more_countries_are_known(
        text: str, name: str, kind: str, country: str) -> None:
    ex = _one(text)
    entity = next(e for e in ex.entities if e.label == name)
    assert entity.type.value == kind
    assert (name, "basedIn", country) in labelled(ex)


@pytest.mark.parametrize(("text", "body"), [
    ("Malatsi briefed Parliament's Portfolio Committee on Communications and Digital "
     "Technologies, chaired by Diko.", "Portfolio Committee on Communications and Digital "
                                       "Technologies"),
    ("The bill was cleared by the Sectoral Oversight Committee on Media, Youth, Heritage and "
     "New Citizen, chaired by Jane Roe.", "Sectoral Oversight Committee on Media, Youth, "
                                          "Heritage and New Citizen"),
])
def test_a_committee_on_several_fields_is_named_whole(text: str, body: str) -> None:
    ex = _one(text)
    assert [e.label for e in ex.entities if e.type.value == "GovernmentBody"] == [body]
    assert not [e for e in ex.entities if e.type.value == "Company"]


def test_a_committee_meeting_on_a_day_is_no_committee_on_the_day() -> None:
    ex = _one("Jane Roe told the Economics Committee on Wednesday that the deal was safe.")
    assert not [e for e in ex.entities if "Wednesday" in e.label]


def test_a_second_apposition_is_no_part_of_the_title_but_its_body_is_the_person_s() -> None:
    ex = _one("Minister Solly Malatsi spoke on Tuesday. Malatsi, the Minister of Communications "
              "and Digital Technologies and a member of the Democratic Alliance, briefed MPs.")
    names = {e.key: e.label for e in ex.entities}
    roles = {v.value for v in ex.values if names.get(v.subject) == "Solly Malatsi"
             and v.predicate == "role"}
    assert "Minister of Communications and Digital Technologies" in roles
    assert not [r for r in roles if "member" in r]
    assert ("Solly Malatsi", "affiliatedWith", "Democratic Alliance") in labelled(ex)


def test_an_acronym_the_article_defines_beats_the_gazetteer_s_letters() -> None:
    ex = _one("The Economic Freedom Fighters (EFF) called it a Starlink clause. The EFF and "
              "Vodacom disagreed.")
    eff = next(e for e in ex.entities if "EFF" in {e.label, *e.alt_labels})
    assert eff.label == "Economic Freedom Fighters"
    assert "Electronic Frontier Foundation" not in {e.label for e in ex.entities}


def test_a_policy_unit_is_an_organisation() -> None:
    ex = _one("said Thabo Nkosi, a researcher at the Johannesburg-based Mzansi Digital "
              "Policy Unit.")
    assert ("Mzansi Digital Policy Unit", "basedIn", "South Africa") in labelled(ex)
    assert "Mzansi Digital Policy Unit" in {e.label for e in ex.entities
                                            if e.type.value == "Organization"}


def test_a_briefing_takes_the_day_the_sentence_before_gave_its_speaker() -> None:
    ex = _one("Communications Minister Solly Malatsi told MPs on Tuesday that his change was "
              "no favour. Malatsi briefed Parliament's Portfolio Committee on Communications "
              "and Digital Technologies, chaired by the ANC's Khusela Diko, on a draft policy "
              "direction he published in the Government Gazette on Friday.",
              date(2025, 5, 28))
    _, facts, values = _meeting_facts(ex)
    meeting = next(e.label for e in ex.entities if e.type.value == "Meeting")
    # the day the draft was published is the draft's; the briefing was on Tuesday
    assert (meeting, "date", "2025-05-27") in values
    assert (meeting, "ledBy", "Khusela Diko") in facts
    assert (meeting, "ledBy", "Solly Malatsi") not in facts


def test_a_trade_representative_is_a_title_unless_the_office_is_named() -> None:
    ex = _one("EU trade commissioner Maros Sefcovic met U.S. Trade Representative Jamieson "
              "Greer in Washington on April 14.", date(2025, 4, 23))
    assert ("Jamieson Greer", "affiliatedWith", "United States") in labelled(ex)
    assert not [e for e in ex.entities if e.type.value == "GovernmentBody"
                and "Trade Representative" in e.label]
    names = {e.key: e.label for e in ex.entities}
    assert ("Jamieson Greer", "U.S. Trade Representative") in {
        (names[v.subject], v.value) for v in ex.values if v.predicate == "role"}
    named = _one("The Office of the U.S. Trade Representative said U.S. Trade Representative "
                 "Katherine Tai would travel.")
    assert [e for e in named.entities if e.type.value == "GovernmentBody"]


def test_a_firm_removed_from_a_list_is_not_excluded() -> None:
    ex = _one("The Commission removed Facebook Marketplace from the list of services covered "
              "by the Digital Markets Act.")
    assert not [f for f in labelled(ex) if f[1] == "excludes"]


def test_what_a_metonym_does_to_foreign_firms_is_not_where_it_is() -> None:
    ex = _one("The European Union fined Meta. Meta said Brussels was holding American "
              "companies to rules their rivals did not face.")
    assert not [f for f in labelled(ex) if f[0] == "European Union" and f[1] == "basedIn"]


def test_a_meeting_told_in_a_since_clause_took_place() -> None:
    ex = _one("Jakarta has pressed Apple Inc. to build a factory since Apple chief executive "
              "Tim Cook met then-President Joko Widodo in Jakarta in April.", date(2024, 11, 26))
    _, facts, _ = _meeting_facts(ex)
    meeting = next(e.label for e in ex.entities if e.type.value == "Meeting")
    assert {(meeting, "ledBy", "Tim Cook"), (meeting, "ledBy", "Joko Widodo"),
            (meeting, "participant", "Apple"), (meeting, "participant", "Indonesia")} <= facts
    assert not [e for e in _one("Peru urged Chile to act before Roe could meet Doe.").entities
                if e.type.value == "Meeting"]


def test_a_ban_called_by_a_product_is_named_so() -> None:
    ex = _one("Indonesia's Industry Ministry barred sales of Google's Pixel phones in October. "
              "The Pixel ban has little effect on the market.", date(2024, 11, 26))
    ban = next(e for e in ex.entities if e.type.value == "Policy")
    assert "Pixel ban" in {ban.label, *ban.alt_labels}
    assert (ban.label, "excludes", "Google") in labelled(ex)


def test_a_title_or_a_common_word_is_no_one_s_family_name() -> None:
    ex = _one("Saudi Crown Prince Mohammed bin Salman met the delegation. Apple said its "
              "Wi-Fi chips were safe.")
    people = {e.label for e in ex.entities if e.type.value == "Person"}
    assert "Matthew Prince" not in people
    assert not [p for p in people if p.startswith("Wi ")]


def test_a_family_name_after_an_unknown_first_name_is_not_the_gazetteer_s_person() -> None:
    ex = _one("Reporting by Marta Lindqvist and Pieter Vos; the cable will land in Lisbon.")
    assert "Kurtis Lindqvist" not in {e.label for e in ex.entities}


def test_who_announced_what_a_chair_agreed_does_not_lead_the_meeting() -> None:
    ex = _one("The change was agreed at Wednesday's Cabinet meeting, chaired by Prime Minister "
              "Anwar Ibrahim, and announced by Fahmi Fadzil at a press conference.",
              date(2023, 5, 4))
    _, facts, _ = _meeting_facts(ex)
    assert any(p == "ledBy" and o == "Anwar Ibrahim" for _, p, o in facts)
    assert not any(p == "ledBy" and o == "Fahmi Fadzil" for _, p, o in facts)


def test_a_day_said_of_another_noun_is_not_the_meeting_s() -> None:
    ex = _one("Thursday's decision came out of the ninth export control policy dialogue "
              "between Japan's Ministry of Economy, Trade and Industry (METI) and South "
              "Korea's Ministry of Trade, Industry and Energy (MOTIE), a three-day meeting that "
              "opened in Tokyo on Tuesday.", date(2023, 3, 17))
    _, _, values = _meeting_facts(ex)
    dialogue = next(e.label for e in ex.entities if e.type.value == "Meeting")
    assert (dialogue, "date", "2023-03-14") in values


@pytest.mark.parametrize(("text", "owner", "target"), [
    ("Peru will lift the ban it imposed on Huawei in 2019.", "Peru", "Huawei"),
    ("Japan will drop the export controls it imposed in 2019 on South Korea.", "Japan", None),
])
def test_a_measure_it_imposed_is_the_subject_s(text: str, owner: str,
                                              target: str | None) -> None:
    ex = _one(text)
    policy = next(e.label for e in ex.entities if e.type.value == "Policy")
    facts = labelled(ex)
    assert (policy, "promotedBy", owner) in facts
    if target is not None:
        assert (policy, "excludes", target) in facts


@pytest.mark.parametrize(("text", "party", "kind"), [
    ("Predator was found on the phone of Nikos Androulakis, leader of the opposition PASOK "
     "party, and the scandal grew.", "PASOK", "Organization"),
    ("Jane Roe, leader of the ruling Acme Freedom party, said so.", "Acme Freedom",
     "GovernmentBody"),
])
def test_a_party_named_before_the_word_party(text: str, party: str, kind: str) -> None:
    ex = _one(text)
    assert (party, kind) in {(e.label, e.type.value) for e in ex.entities}
    leader = next(e.label for e in ex.entities if e.type.value == "Person")
    assert (leader, "affiliatedWith", party) in labelled(ex)


def test_an_adjective_and_the_word_party_name_no_party() -> None:
    ex = _one("Members of the Conservative party objected to the Chinese party line.")
    assert not [e for e in ex.entities if e.type.value in {"Organization", "GovernmentBody"}]


def test_a_regulation_named_in_full_then_by_its_known_short_name_is_one() -> None:
    ex = _one("Indonesia's Minister of Communication and Informatics Regulation No. 5 of 2020 "
              "(Permenkominfo 5/2020) requires platforms to register.")
    assert len([e for e in ex.entities if e.type.value == "Policy"]) == 1


@pytest.mark.parametrize("text", [
    "TIM, part of Italy", "said Roe, an analyst at Acme Securities in", "Acme Telecom, owned by "
    "Peru's", "ordered the suspension of", "the minister", "U.S. Trade Representative",
    "PASOK party", "(Permenkominfo 5/2020)", "informed Doe in a phone call", "Thursday's",
])
def test_a_text_that_stops_inside_a_pattern_breaks_no_component(text: str) -> None:
    from policygraph.pipeline import extract

    ex = next(extract([Article(id="x", text=text, published=date(2024, 1, 1))]))
    assert not ex.warnings, ex.warnings


@pytest.mark.parametrize(("text", "org"), [
    ("Opposition leader Jane Roe of the Acme Freedom Front said the bill was rushed.",
     "Acme Freedom Front"),
    ("Lawyer Jane Roe of the Ruritania Lawyers Guild said so.", "Ruritania Lawyers Guild"),
])
def test_a_person_of_an_organisation_is_its(text: str, org: str) -> None:
    ex = _one(text)
    assert ("Jane Roe", "affiliatedWith", org) in labelled(ex)


def test_a_place_before_based_is_no_organisation_of_the_person() -> None:
    ex = _one("Lawyer Dana Omarova of the Almaty-based Legal Media Centre said so.")
    facts = labelled(ex)
    assert not [f for f in facts if f[0] == "Dana Omarova" and f[2] == "Almaty"]
    assert "Almaty" not in {e.label for e in ex.entities if e.type.value == "Organization"}


@pytest.mark.parametrize(("text", "absent"), [
    ("The operators cut prices. State House had made no announcement.",
     "US House of Representatives"),
    ("The operators cut prices. The attack came days before the group's Free Peru World Summit.",
     "Free"),
    ("Mobile operators cut prices. Roe spoke at the Three Rivers Forum in Lima.", "Three"),
])
def test_a_firm_s_common_word_name_inside_a_longer_name_is_no_mention(text: str,
                                                                      absent: str) -> None:
    assert absent not in {e.label for e in _one(text).entities}


def test_a_common_word_firm_named_alone_or_as_a_unit_still_counts() -> None:
    ex = _one("The operators cut prices. On Monday Free said it would cut prices, and so did "
              "Orange France.")
    assert {"Free", "Orange"} <= {e.label for e in ex.entities if e.type.value == "Telco"}


@pytest.mark.parametrize(("text", "name"), [
    ("Roe's Ruritanian Party for Open Trade (RPOT) called the law draconian.",
     "Ruritanian Party for Open Trade"),
    ("The ministry runs the Government Security and Service Organisation (GSSO), which "
     "manages the platform.", "Government Security and Service Organisation"),
    ("Jane Roe, a researcher at the Lima-based Institute for Euro-Andean Studies, said so.",
     "Institute for Euro-Andean Studies"),
])
def test_an_organisation_is_named_whole(text: str, name: str) -> None:
    ex = _one(text)
    assert name in {e.label for e in ex.entities}


def test_a_known_body_that_only_opens_a_council_s_name_is_the_council() -> None:
    ex = _one("Jane Roe, spokeswoman for the White House National Security Council, said the "
              "United States condemned the attack.")
    assert ("Jane Roe", "affiliatedWith", "White House National Security Council") in labelled(ex)
    assert "White House" not in {e.label for e in ex.entities}


@pytest.mark.parametrize(("text", "body"), [
    ("Washington sanctioned Peru's Ministry of Intelligence and Security on Friday. It also "
     "named the intelligence minister, Jane Roe.", "Ministry of Intelligence and Security"),
    ("The Treasury Department acted on Friday. Jane Roe, Under Secretary of the Treasury for "
     "Terrorism and Financial Intelligence, said so.", "US Department of the Treasury"),
])
def test_a_title_names_the_body_the_article_names(text: str, body: str) -> None:
    assert ("Jane Roe", "affiliatedWith", body) in labelled(_one(text))


def test_a_lower_case_portfolio_names_no_other_body() -> None:
    ex = _one("Ruritania's Ministry of Intelligence and Security said so, and the foreign "
              "minister, Jane Roe, agreed.")
    assert not [f for f in labelled(ex) if f[0] == "Jane Roe" and f[2].startswith("Ministry")]


def test_the_publisher_s_name_in_capitals_on_the_masthead_is_the_credit_s() -> None:
    from policygraph.pipeline import extract

    text = ("Police officers stand outside the embassy in Lima on Thursday. Photo: Rimac "
            "Herald\n\nThe ministry said so.")
    ex = next(extract([Article(id="x", text=text, published=date(2022, 9, 10),
                               publisher="THE RIMAC HERALD")]))
    assert ("Rimac Herald", "Organization") in {(e.label, e.type.value) for e in ex.entities}
    assert not [e for e in ex.entities if e.type.value == "Person"]


@pytest.mark.parametrize(("place", "text", "unit", "country"), [
    ("MONTEVIDEO", "Movistar, the local unit of Spain's Telefónica, won a block.",
     "Movistar Uruguay", "Uruguay"),
    ("BOGOTA", "Movistar and Claro won blocks in the auction.", "Movistar Colombia", "Colombia"),
])
def test_a_group_s_brand_named_bare_is_its_unit_where_the_story_is(place: str, text: str,
                                                                   unit: str,
                                                                   country: str) -> None:
    from policygraph.pipeline import extract

    ex = next(extract([Article(id="x", text=text, published=date(2023, 5, 10),
                               dateline=place)]))
    found = {e.label: e for e in ex.entities}
    assert unit in found and "Movistar" in found[unit].alt_labels
    assert "Telefónica" not in found or "Movistar" not in found["Telefónica"].alt_labels
    ex = next(extract([Article(id="x", text=f"{text} {country} sold the spectrum.",
                               published=date(2023, 5, 10), dateline=place)]))
    assert (unit, "basedIn", country) in labelled(ex)


def test_a_group_named_by_its_own_name_stays_the_group() -> None:
    from policygraph.pipeline import extract

    ex = next(extract([Article(id="x", text="Spain's Telefónica said its results improved.",
                               published=date(2023, 5, 10), dateline="MONTEVIDEO")]))
    assert ("Telefónica", "basedIn", "Spain") in labelled(ex)


def test_latin_america_is_no_country() -> None:
    ex = _one("Acmetel launched Latin America's first 5G network, and South America followed.")
    assert "United States" not in {e.label for e in ex.entities}


@pytest.mark.parametrize(("text", "party", "kind"), [
    ("Jane Roe was appointed at the proposal of the opposition Frente Amplio.", "Frente Amplio",
     "Organization"),
    ("Jane Roe, a member of the ruling Pueblo Unido, said so.", "Pueblo Unido",
     "GovernmentBody"),
])
def test_a_name_after_opposition_or_ruling_is_a_party(text: str, party: str, kind: str) -> None:
    assert (party, kind) in {(e.label, e.type.value) for e in _one(text).entities}


@pytest.mark.parametrize("text", [
    "Peru applied in December to join the Comprehensive and Progressive Agreement for "
    "Trans-Pacific Partnership (CPTPP).",
    "Peru tried to join the Clean Network.",
    "Peru refused to sign on to the Clean Network.",
    "Peru failed to join the Clean Network before the deadline.",
])
def test_applying_or_trying_to_join_is_not_joining(text: str) -> None:
    assert not [f for f in labelled(_one(text)) if f[1] == "participatesIn"]


def test_a_measure_that_applies_to_a_firm_still_excludes_it() -> None:
    ex = _one("Peru's ban on Huawei equipment, which applies to all operators, took effect.")
    assert any(p == "excludes" and o == "Huawei" for _, p, o in labelled(ex))


def test_an_acronym_the_article_spells_out_is_its_own_not_the_gazetteer_s() -> None:
    ex = _one("The CCP cleared the deal. Officials had waited for the Competition Commission of "
              "Pakistan (CCP) to rule, and the CCP announced its decision in Islamabad.")
    bodies = {e.label: e for e in ex.entities if e.type.value == "GovernmentBody"}
    assert "CCP" in bodies["Competition Commission of Pakistan"].alt_labels
    assert "Chinese Communist Party" not in bodies


@pytest.mark.parametrize(("text", "firm", "country"), [
    ("\"It is stretched,\" said Jane Roe, head of research at Karachi brokerage Indus Acme "
     "Securities.", "Indus Acme Securities", "Pakistan"),
    ("\"It is stretched,\" said Jane Roe, a senior analyst at the Bergen security firm Acme "
     "Security.", "Acme Security", "Norway"),
])
def test_a_city_before_the_kind_of_firm_places_it(text: str, firm: str, country: str) -> None:
    ex = _one(text)
    assert (firm, "basedIn", country) in labelled(ex)
    assert ("Jane Roe", "affiliatedWith", firm) in labelled(ex)
    roles = {v.value for v in ex.values if v.predicate == "role"}
    assert roles and not [r for r in roles if firm in r]  # the role stops before "at"


def test_a_minister_s_title_is_no_organisation() -> None:
    ex = _one("The results were announced, flanked by Federal Minister for Information "
              "Technology and Telecommunication Jane Roe.")
    assert not [e for e in ex.entities if e.type.value in {"Company", "Organization"}]
    roles = {v.value for v in ex.values if v.predicate == "role"}
    assert "Federal Minister for Information Technology and Telecommunication" in roles


@pytest.mark.parametrize(("text", "body"), [
    ("The ministry will brief the Seimas Committee on National Security and Defence on "
     "Thursday.", "Seimas Committee on National Security and Defence"),
    ("The operators cut prices. The Nepal Telecom Authority wrote to them.",
     "Nepal Telecom Authority"),
])
def test_a_known_name_opening_a_body_s_name_is_the_body(text: str, body: str) -> None:
    assert (body, "GovernmentBody") in {(e.label, e.type.value) for e in _one(text).entities}


@pytest.mark.parametrize(("text", "body"), [
    ("Norway's prime minister said the Storting has been informed.", "Storting"),
    ("Norway handed the case to Kripos, the national criminal investigation service.", "Kripos"),
])
def test_a_national_institution_known_by_its_own_name(text: str, body: str) -> None:
    ex = _one(text)
    assert (body, "GovernmentBody") in {(e.label, e.type.value) for e in ex.entities}
    assert (body, "basedIn", "Norway") in labelled(ex)


@pytest.mark.parametrize("text", [
    "Claro and Entel each won a 100MHz block on Tuesday in Peru's first auction of frequencies "
    "for 5G services.",
    "Peru sold spectrum on Tuesday in its first auction of airwaves for 5G services, with the "
    "country's mobile operators — Claro, Bitel and Entel — winning frequencies.",
    "Peru held its first 5G spectrum auction on Tuesday. Claro and Entel bought blocks of "
    "spectrum.",
])
def test_operators_that_win_spectrum_take_part_in_the_auction(text: str) -> None:
    ex = _one(text, date(2023, 5, 10))
    auction = next(e for e in ex.entities if e.type.value == "Policy")
    assert "auction" in auction.label and (auction.label, "promotedBy", "Peru") in labelled(ex)
    winners = {s for s, p, o in labelled(ex) if p == "participatesIn" and o == auction.label}
    assert "Entel" in winners and any(w.startswith("Claro") for w in winners)


def test_an_operator_that_won_nothing_or_may_buy_later_takes_no_part() -> None:
    ex = _one("Peru held its first 5G auction. Claro did not win any spectrum, and Entel may "
              "buy a block later.", date(2023, 5, 10))
    assert not [f for f in labelled(ex) if f[1] == "participatesIn"]


def test_the_country_s_auction_is_the_article_s_country_s() -> None:
    from policygraph.pipeline import extract

    ex = next(extract([Article(id="x", text="Claro won a block on Tuesday in the country's "
                               "first auction of frequencies for 5G services.",
                               published=date(2023, 5, 10), dateline="LIMA")]))
    auction = next(e for e in ex.entities if e.type.value == "Policy")
    assert "5G auction" in auction.alt_labels
    assert auction.key.startswith("policy/pe-")


@pytest.mark.parametrize(("text", "names"), [
    ("Peru's government imposed a nationwide internet shutdown on Monday, cutting off mobile "
     "data.", {"internet shutdown", "nationwide internet shutdown"}),
    ("LIMA - Internet and telephone services were back across most of Peru on Thursday "
     "after a nationwide shutdown of nearly 48 hours.", {"nationwide shutdown"}),
])
def test_a_state_s_internet_shutdown_is_its_policy(text: str, names: set[str]) -> None:
    from policygraph.pipeline import extract

    ex = next(extract([Article(id="x", text=text, published=date(2025, 10, 2),
                               dateline="LIMA")]))
    shutdown = next(e for e in ex.entities if e.type.value == "Policy")
    assert names <= shutdown.alt_labels | {shutdown.label}
    assert (shutdown.label, "promotedBy", "Peru") in labelled(ex)


@pytest.mark.parametrize("text", [
    "The US government shutdown ended on Friday after a budget deal.",
    "The plant's shutdown for maintenance lasted a week, Acme said.",
])
def test_a_shutdown_of_no_network_is_no_policy(text: str) -> None:
    assert not [e for e in _one(text).entities if e.type.value == "Policy"]


def test_whose_role_is_a_person_makes_the_person_its_officer() -> None:
    ex = _one("The Law Association of Ruritania, whose president is Jane Roe, said it was "
              "studying the acts.")
    assert ("Jane Roe", "affiliatedWith", "Law Association of Ruritania") in labelled(ex)
    assert {v.value for v in ex.values if v.predicate == "role"} == {"president"}


@pytest.mark.parametrize(("text", "person", "bloc"), [
    ("The European Union launched a naval mission at a meeting chaired by the bloc's foreign "
     "policy chief, Jane Roe.", "Jane Roe", "European Union"),
    ("ASEAN met on Friday. The bloc's secretary-general, Jane Roe, said so.", "Jane Roe",
     "ASEAN"),
])
def test_the_bloc_s_officer_is_the_bloc_s(text: str, person: str, bloc: str) -> None:
    assert (person, "affiliatedWith", bloc) in labelled(_one(text))


@pytest.mark.parametrize(("text", "group", "kind"), [
    ("John Doe, chief executive of the digital rights group Bloggers of Peru, has said the "
     "laws threaten free expression.", "Bloggers of Peru", "Organization"),
    ("The privacy watchdog Acme Watch said so.", "Acme Watch", "Organization"),
])
def test_a_name_after_a_described_civic_group_is_the_group(text: str, group: str,
                                                           kind: str) -> None:
    ex = _one(text)
    assert (group, kind) in {(e.label, e.type.value) for e in ex.entities}


def test_a_firm_s_group_is_no_civic_group_and_roles_stop_before_the_group() -> None:
    ex = _one("John Doe, chief executive of the digital rights group Bloggers of Peru, spoke.")
    assert {v.value for v in ex.values if v.predicate == "role"} == {"chief executive"}
    assert ("John Doe", "affiliatedWith", "Bloggers of Peru") in labelled(ex)
    shipping = _one("NotPetya hit the Danish shipping group Acme Lines, which is a victim.")
    assert "Organization" not in {e.type.value for e in shipping.entities}


def test_the_group_named_with_its_own_country_is_not_its_unit() -> None:
    ex = _one("AT&T Mexico, the Mexican unit of U.S. carrier AT&T, declined to comment.")
    facts = labelled(ex)
    assert ("AT&T", "basedIn", "United States") in facts
    assert ("AT&T Mexico", "basedIn", "Mexico") in facts
    assert ("AT&T Mexico", "basedIn", "United States") not in facts


def test_the_bill_is_the_lead_s_law_not_the_one_it_replaces() -> None:
    ex = _one("Peru's new Acme Telecommunications Law took effect on Thursday.\n\nThe law "
              "replaces the 2014 Federal Broadcasting Law. The Senate approved the bill on "
              "Saturday, June 28.", date(2025, 7, 17))
    dated = {(e.label, v.value) for v in ex.values if v.predicate == "announcedOn"
             for e in ex.entities if e.key == v.subject}
    assert ("Acme Telecommunications Law", "2025-06-28") in dated
    assert ("Federal Broadcasting Law", "2025-06-28") not in dated


def test_an_organisation_s_leaders_meeting_is_named_without_its_length() -> None:
    ex = _one("Completion came on the last day of the four-day 51st Pacific Islands Forum "
              "Leaders Meeting in Suva, chaired by Fiji's Prime Minister, Jane Roe. Tonga "
              "announced its withdrawal from the Pacific Islands Forum days before the meeting.",
              date(2022, 7, 15))
    meetings = [e for e in ex.entities if e.type.value == "Meeting"]
    assert [m.label for m in meetings] == ["51st Pacific Islands Forum Leaders Meeting"]
    assert "Pacific Islands Forum" not in meetings[0].alt_labels
    _, facts, values = _meeting_facts(ex)
    assert {("duration", "P4D"), ("ordinal", "51")} <= {(p, v) for _, p, v in values}
    assert (meetings[0].label, "participant", "Pacific Islands Forum") in facts


@pytest.mark.parametrize("text", [
    "LIMA — Peru's lower house approved the cyber bill, which Peru's president backs. "
    "Washington said nothing. Rights groups objected.\n\nOn Monday the Senate approved it too.",
    "Peru's cyber bill, which Peru's president backs, drew US criticism.\n\nThe bill went to "
    "the Senate, which amended it.",
])
def test_the_senate_in_a_story_about_another_country_is_that_country_s(text: str) -> None:
    # the United States comes into the story, but not its legislature, and not near the chamber
    ex = _one(text)
    assert "Senate of Peru" in {e.label for e in ex.entities}
    assert "US Senate" not in {e.label for e in ex.entities}


def test_the_senate_stays_the_us_senate_beside_us_lawmakers() -> None:
    ex = _one("Peru's president backs the bill, Peru's minister said. US lawmakers want a ban "
              "of their own. The Senate votes on it next week.")
    assert "US Senate" in {e.label for e in ex.entities}


@pytest.mark.parametrize(("text", "name", "role"), [
    ("King Jan II signed the media law of Peru on Friday.", "Jan II", "King"),
    ("LIMA — The decree of Sultan Omar Roe III took effect in Peru on Monday.",
     "Omar Roe III", "Sultan"),
])
def test_a_ruler_with_a_regnal_number_is_a_person_of_the_story_s_country(
        text: str, name: str, role: str) -> None:
    ex = _one(text)
    names = {e.key: e.label for e in ex.entities}
    assert (name, "role", role) in {(names[v.subject], v.predicate, v.value) for v in ex.values}
    assert (name, "Peru") in {(names[f.subject], names[f.object]) for f in ex.facts
                              if f.predicate == "affiliatedWith"}
    assert all(e.type.value != "Person" for e in _one("The team won World War II trivia.").entities)


def test_a_known_law_its_own_chamber_passed_is_still_its_country_s() -> None:
    ex = _one("The United States is betting on chips. The Senate approved the CHIPS and Science "
              "Act in July, and President Joe Biden signed it later.", date(2022, 8, 9))
    names = {e.key: e.label for e in ex.entities}
    owners = {names[f.object] for f in ex.facts if f.predicate == "promotedBy"}
    assert "United States" in owners


def _typed(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.type.value) for e in _one(text).entities}


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("Peru's state lender, Banco de Fomento de Peru (BAFOPE), financed the plan.",
     "Banco de Fomento de Peru", "Company"),
    ("Trade Finance Peru (TFP) lent the money to the carrier.", "Trade Finance Peru",
     "GovernmentBody"),
    ("The Fundación para el Desarrollo de Peru (FUNDEP) objected to the plan.",
     "Fundación para el Desarrollo de Peru", "Organization"),
])
def test_a_name_ending_in_a_country_s_with_its_own_acronym_is_an_organisation(
        text: str, name: str, kind: str) -> None:
    ex = _one(text)
    entity = next(e for e in ex.entities if e.label == name)
    assert entity.type.value == kind
    assert all(e.type.value != "Country" or len(e.alt_labels) == 0 for e in ex.entities)
    # the country's own acronym stays the country's
    assert ("United Arab Emirates", "Country") in _typed(
        "The United Arab Emirates (UAE) signed the accord on Monday.")


def test_a_bank_for_something_is_an_organisation_of_states() -> None:
    assert ("Andean Bank for Rural Integration", "Organization") in _typed(
        "Peru borrowed from the Andean Bank for Rural Integration last year.")


@pytest.mark.parametrize("text", [
    "The law, which President Jane Roe proposed in March, was backed by her Acme Ideas party.",
    "Prime Minister Jane Roe's Acme Ideas party won the vote on the cyber law.",
])
def test_a_sitting_leader_s_party_governs(text: str) -> None:
    assert ("Acme Ideas", "GovernmentBody") in _typed(text)


def test_a_former_leader_s_party_and_opposition_parties_do_not_govern() -> None:
    assert ("Acme Ideas", "Organization") in _typed(
        "Former President Jane Roe said her Acme Ideas party would fight the law.")
    typed = _typed("The opposition parties ARENA and the FMLN voted against the law in June.")
    assert {("ARENA", "Organization"), ("FMLN", "Organization")} <= typed


def test_a_firm_with_a_common_word_name_owning_a_named_product_is_the_firm() -> None:
    assert ("Apple", "Company") in _typed("The game sold well on Apple's App Store.")
    assert not _typed("The Amazon's Great Bend is wide.")


@pytest.mark.parametrize(("text", "owner", "names"), [
    ("Peru has banned exports of copper cathodes, a notice said on Tuesday.", "Peru",
     {"ban on exports of copper cathodes"}),
    ("Peru imposed a ban on copper exports last year.", "Peru", {"ban on copper exports"}),
    ("Chile's ban on timber imports drew criticism from loggers.", "Chile",
     {"ban on timber imports"}),
])
def test_a_state_s_ban_on_exports_or_imports_of_a_good_is_its_policy(
        text: str, owner: str, names: set[str]) -> None:
    ex = _one(text)
    policy = next(e for e in ex.entities if e.type.value == "Policy")
    assert names <= {policy.label, *policy.alt_labels}
    labels = {e.key: e.label for e in ex.entities}
    assert (policy.label, owner) in {(labels[f.subject], labels[f.object]) for f in ex.facts
                                     if f.predicate == "promotedBy"}


def test_a_ban_not_made_and_a_ban_on_nothing_traded_are_no_trade_bans() -> None:
    assert not [e for e in _one("Peru did not ban copper exports.").entities
                if e.type.value == "Policy"]
    assert not [e for e in _one("Peru is weighing a ban on copper exports.").entities
                if e.type.value == "Policy"]


def test_the_words_of_a_second_naming_of_the_ban_are_its_names_too() -> None:
    ex = _one("Peru has banned exports of copper cathodes. Miners say the ban on copper "
              "exports will cost jobs.")
    policies = [e for e in ex.entities if e.type.value == "Policy"]
    assert len(policies) == 1
    assert "ban on copper exports" in policies[0].alt_labels


@pytest.mark.parametrize(("text", "name", "kind", "country"), [
    ("The Chamber of Industry of Peru said it welcomed the plan.",
     "Chamber of Industry of Peru", "Organization", "Peru"),
    ("It was led by Acme's acquisition of Beta Minerals.", "Beta Minerals", "Company", None),
    ("Sydney-listed Premier Andean Metals said it would build a smelter.",
     "Premier Andean Metals", "Company", None),
    ("Peru's Department of Mineral Resources agreed on Monday.",
     "Department of Mineral Resources", "GovernmentBody", None),
])
def test_organisations_named_by_their_trade_or_their_country(
        text: str, name: str, kind: str, country: str | None) -> None:
    ex = _one(text)
    labels = {e.key: e.label for e in ex.entities}
    assert (name, kind) in {(e.label, e.type.value) for e in ex.entities}
    assert "Australia" not in labels.values()  # "Sydney-listed": where it trades
    assert not any(e.type.value == "Person" for e in ex.entities)
    if country:
        assert (name, country) in {(labels[f.subject], labels[f.object]) for f in ex.facts
                                   if f.predicate == "basedIn"}


def test_firms_listed_as_all_of_a_country_are_based_there() -> None:
    for text, firms in [
            ("Jinlong Mining Group, Huaxin Metals and Tianyu Lithium Group, all of China, "
             "bought mines.", {"Jinlong Mining Group", "Huaxin Metals", "Tianyu Lithium Group"}),
            ("Peru sold two mines to Jinlong Mining Group and Huaxin Metals, both from China.",
             {"Jinlong Mining Group", "Huaxin Metals"})]:
        ex = _one(text)
        labels = {e.key: e.label for e in ex.entities}
        based = {(labels[f.subject], labels[f.object]) for f in ex.facts
                 if f.predicate == "basedIn"}
        assert {(firm, "China") for firm in firms} <= based


def test_a_chief_executive_named_without_a_firm_serves_the_story_s_firm() -> None:
    story = "Acme Corp bought Beta Networks. Acme Corp said the deal closed on Monday. "
    ex = _one(story + "Chief executive Jane Roe said Acme Corp would keep its headquarters.")
    labels = {e.key: e.label for e in ex.entities}
    assert ("Jane Roe", "Acme Corp") in {(labels[f.subject], labels[f.object])
                                          for f in ex.facts if f.predicate == "affiliatedWith"}
    # the sentence must name the story's firm: not a rival she speaks of
    other = _one(story + "Chief executive Jane Roe said Beta Networks had been a rival.")
    assert not [f for f in other.facts if f.predicate == "affiliatedWith"]


@pytest.mark.parametrize("text", [
    "The deal was cleared by the panel, the group of US Justice and Defense officials, after "
    "Acme Corp agreed to audits. The group will stay in Peru.",
])
def test_a_group_of_a_country_s_officials_places_no_firm(text: str) -> None:
    ex = _one("Acme Corp is a satellite firm. " + text)
    assert not [f for f in ex.facts if f.predicate == "basedIn" and f.object == "country/US"]


def test_a_firm_described_as_a_country_s_research_firm_is_based_there() -> None:
    ex = _one('"Prices will rise," said Jane Roe, an analyst at Acme Research, a Peru '
              "research firm.")
    assert ("org/acme-research", "country/PE") in {(f.subject, f.object) for f in ex.facts
                                                    if f.predicate == "basedIn"}


def test_a_state_an_agreement_is_signed_with_is_its_owner_too() -> None:
    ex = _one("Peru signed a fisheries agreement with Chile in May.")
    labels = {e.key: e.label for e in ex.entities}
    owners = {labels[f.object] for f in ex.facts if f.predicate == "promotedBy"}
    assert owners == {"Peru", "Chile"}


def test_a_pact_and_an_agreement_between_the_same_states_are_one_and_others_lose_bare_names(
        ) -> None:
    ex = _one("LIMA – Peru and Chile sign trade pact\n\nPeru and Chile signed a bilateral "
              "trade agreement in Lima on Tuesday. It came after Bolivia signed a trade "
              "agreement with Ecuador in May.")
    policies = [e for e in ex.entities if e.type.value == "Policy"]
    assert len(policies) == 2
    ours = next(e for e in policies if "Chile" in e.label)
    other = next(e for e in policies if "Bolivia" in e.label)
    assert "bilateral trade agreement" in ours.alt_labels
    assert "trade agreement" not in other.alt_labels | {other.label}


def test_a_firm_and_the_brand_it_trades_as_are_one_firm() -> None:
    for text in ["Beta Networks Ltd, which operates as Claro Peru, will pay.",
                 "Acme Holdings SA, trading as Entel Peru, won the licence."]:
        telcos = [e for e in _one(text).entities if e.type.value == "Telco"]
        assert len(telcos) == 1, text


def test_a_name_an_apposition_calls_a_firm_is_one_and_its_city_places_it() -> None:
    ex = _one("Acme is owned by Al Roe, a Peruvian hedge fund. "
              '"Prices will rise," said Jane Doe, an analyst at Roe Securities, a Cusco '
              "brokerage.")
    labels = {e.key: e.label for e in ex.entities}
    assert ("Al Roe", "Company") in {(e.label, e.type.value) for e in ex.entities}
    based = {(labels[f.subject], labels[f.object]) for f in ex.facts if f.predicate == "basedIn"}
    assert {("Al Roe", "Peru"), ("Roe Securities", "Peru")} <= based
    assert ("Jane Roe", "Person") in {(e.label, e.type.value) for e in _one(
        "Jane Roe, a software developer, said so.").entities}


def test_a_minister_s_name_runs_over_a_particle() -> None:
    ex = _one("Minister for Digital Affairs Sara El Fassi Benali opened the forum in Lima.")
    assert "Sara El Fassi Benali" in {e.label for e in ex.entities}


def test_a_chinese_given_name_after_the_english_one_is_the_same_person() -> None:
    ex = _one("Secretary for Trade Jane Lau opened the fair. Prices will fall, Secretary for "
              "Trade Jane Lau Mei-ling told traders. Lau said so.")
    people = [e for e in ex.entities if e.type.value == "Person"]
    assert [p.label for p in people] == ["Jane Lau Mei-ling"]
    assert {"Jane Lau", "Lau"} <= people[0].alt_labels


def test_a_chief_executive_s_title_is_no_part_of_his_name() -> None:
    ex = _one("Chief Executive John Roe will appoint the regulator's head.")
    assert ("John Roe", "role", "Chief Executive") in {
        (e.label, v.predicate, v.value) for e in ex.entities for v in ex.values
        if v.subject == e.key}


@pytest.mark.parametrize(("text", "name", "alias"), [
    ("The Andes Digital Coalition (ADC) said it would appeal.",
     "Andes Digital Coalition", "ADC"),
    ("The American Chamber of Commerce in Peru (AmCham) warned of higher costs.",
     "American Chamber of Commerce in Peru", "AmCham"),
])
def test_a_body_named_with_its_acronym_is_one_organisation(text: str, name: str,
                                                           alias: str) -> None:
    ex = _one(text)
    org = next(e for e in ex.entities if e.label == name)
    assert org.type.value == "Organization" and alias in org.alt_labels
    assert all(alias not in e.alt_labels for e in ex.entities if e.type.value == "Country")


def test_a_bloc_s_acronym_opens_its_council_s_name() -> None:
    ex = _one("Ministers met at a meeting of the ANDEX Trade Council on Friday.")
    assert ("ANDEX Trade Council", "GovernmentBody") in {
        (e.label, e.type.value) for e in ex.entities}


def test_what_a_signed_declaration_is_for_is_one_of_its_names() -> None:
    ex = _one("Peru and Chile signed a declaration to end the fishing dispute on Monday.")
    policy = next(e for e in ex.entities if e.type.value == "Policy")
    assert "declaration to end the fishing dispute" in policy.alt_labels


def test_judges_named_by_style_and_surname_are_people_of_their_court() -> None:
    ex = _one("Mr Justice Hartley of the High Court heard the case on Monday. Later, Mr "
              "Justice Roe ruled on the appeal.")
    labels = {e.key: e.label for e in ex.entities}
    assert {"Hartley", "Roe"} <= {e.label for e in ex.entities if e.type.value == "Person"}
    assert ("Hartley", "High Court") in {(labels[f.subject], labels[f.object])
                                         for f in ex.facts if f.predicate == "affiliatedWith"}


def test_a_known_party_in_opposition_is_an_organisation_led_by_its_leader() -> None:
    ex = _one("Britain's opposition Conservative Party, led by Jane Roe, criticised the deal.")
    party = next(e for e in ex.entities if e.label == "Conservative Party")
    assert party.type.value == "Organization"
    labels = {e.key: e.label for e in ex.entities}
    assert ("Jane Roe", "Conservative Party") in {
        (labels[f.subject], labels[f.object]) for f in ex.facts if f.predicate == "affiliatedWith"}


@pytest.mark.parametrize("text", ["It will build a rail link to Jane Roe airport.",
                                  "The president received him at Roe Palace on Monday."])
def test_a_place_named_after_someone_is_no_person(text: str) -> None:
    assert not [e for e in _one(text).entities if e.type.value == "Person"]


def test_a_think_tank_in_a_city_is_based_in_its_country() -> None:
    ex = _one('"Prices will rise," said Jane Roe, a senior fellow at the Andes Institute for '
              "Foreign Affairs, a Lima think tank.")
    labels = {e.key: e.label for e in ex.entities}
    assert ("Andes Institute for Foreign Affairs", "Peru") in {
        (labels[f.subject], labels[f.object]) for f in ex.facts if f.predicate == "basedIn"}


@pytest.mark.parametrize(("text", "year"), [
    ('The filters were installed under Peru\'s 2019 "clean web" law.', "2019"),
    ("The rule was made under Peru's Digital Services Act of 2005.", "2005"),
    ("Courts cite the Acme Civil Act, Peru's 2014 data law, in such cases.", "2014"),
    ("Peru used the Acme Supplies Act. The Acme Supplies Act dates from 1952.", "1952"),
])
def test_a_year_beside_a_law_s_name_dates_it(text: str, year: str) -> None:
    ex = _one(text)
    assert year in {v.value for v in ex.values if v.predicate == "announcedOn"}


def test_a_minister_far_from_another_country_in_the_sentence_serves_the_story_s_country(
        ) -> None:
    ex = _one("LIMA — The licences are part of Peru's strategy, which Minister for Digital "
              "Affairs Jane Roe has tied to the games that Peru will host with Chile and "
              "Bolivia. Peru said so.")
    labels = {e.key: e.label for e in ex.entities}
    assert ("Jane Roe", "Peru") in {(labels[f.subject], labels[f.object]) for f in ex.facts
                                    if f.predicate == "affiliatedWith"}
    # a foreign country right beside the title may be hers: no guess
    near = _one("LIMA — Peru said so. Minister Jane Roe of Chile arrived on Monday.")
    near_labels = {e.key: e.label for e in near.entities}
    assert ("Jane Roe", "Peru") not in {(near_labels[f.subject], near_labels[f.object])
                                        for f in near.facts if f.predicate == "affiliatedWith"}


def test_a_secretary_general_without_a_body_serves_the_organisation_the_story_is_about(
        ) -> None:
    ex = _one("NATO will patrol the Baltic Sea, Secretary General Jane Roe announced on "
              "Tuesday. NATO allies met in Helsinki.")
    labels = {e.key: e.label for e in ex.entities}
    served = {(labels[f.subject], labels[f.object]) for f in ex.facts
              if f.predicate == "affiliatedWith"}
    assert ("Jane Roe", "NATO") in served
    other = _one("The UN said so. Secretary-General Jane Roe of the Commonwealth spoke. The UN "
                 "agreed.")
    other_labels = {e.key: e.label for e in other.entities}
    assert ("Jane Roe", "United Nations") not in {
        (other_labels[f.subject], other_labels[f.object]) for f in other.facts
        if f.predicate == "affiliatedWith"}


def test_a_head_of_state_who_approves_a_law_gives_it_assent() -> None:
    ex = _one("LIMA — King Jan II on Saturday approved Peru's new cybercrime law. The "
              "Cybercrime Law No. 17 of 2023 replaces the old one.", date(2023, 8, 13))
    labels = {e.key: e.label for e in ex.entities}
    assert ("Cybercrime Law No. 17 of 2023", "Jan II") in {
        (labels[f.subject], labels[f.object]) for f in ex.facts if f.predicate == "announcedBy"}
    # a minister who approves a strategy does not announce it by that
    other = _one("Minister Jane Roe approved the Acme Strategy on Monday.")
    assert not [f for f in other.facts if f.predicate == "announcedBy"]


def test_a_treaty_named_after_a_city_is_no_one_s_pact() -> None:
    ex = _one("Peru joined the Quito cybercrime pact in 2019, officials said.")
    assert not [e for e in ex.entities if e.type.value == "Policy" and "Ecuador" in e.label]


def test_a_foreign_official_far_off_in_the_sentence_leaves_the_minister_the_story_s(
        ) -> None:
    ex = _one("LIMA — Peru said so. Foreign Minister Jane Roe said on Monday that the talks, "
              "which were first proposed years ago by Chilean President John Doe, would go on.")
    labels = {e.key: e.label for e in ex.entities}
    assert ("Jane Roe", "Peru") in {(labels[f.subject], labels[f.object]) for f in ex.facts
                                    if f.predicate == "affiliatedWith"}


def _named_facts(ex: Extraction) -> set[tuple[str, str, str]]:
    labels = {e.key: e.label for e in ex.entities}
    return {(labels[f.subject], f.predicate, labels[f.object]) for f in ex.facts}


def _values(ex: Extraction) -> set[tuple[str, str, str]]:
    labels = {e.key: e.label for e in ex.entities}
    return {(labels[v.subject], v.predicate, v.value) for v in ex.values}


def _the_meeting(ex: Extraction) -> tuple[Entity, set[tuple[str, str, str]],
                                          set[tuple[str, str, str]]]:
    """The extraction's one meeting, with its named facts and values."""
    meeting = next(e for e in ex.entities if e.type.value == "Meeting")
    return meeting, _named_facts(ex), _values(ex)


def test_a_plural_title_gives_each_listed_leader_the_title_and_the_country_named() -> None:
    ex = _one("Presidents Jane Roe of Peru, Ann Poe of Chile and Jon Vik Doe of Bolivia "
              "attended.")
    facts, values = _named_facts(ex), _values(ex)
    for person, country in [("Jane Roe", "Peru"), ("Ann Poe", "Chile"), ("Jon Vik Doe", "Bolivia")]:
        assert (person, "affiliatedWith", country) in facts
        assert (person, "role", "President") in values
    two = _one("Foreign Ministers Jane Roe and John Doe met in Lima.")
    assert {("Jane Roe", "role", "Foreign Minister"),
            ("John Doe", "role", "Foreign Minister")} <= _values(two)
    # one name without its country is no list
    assert not [e for e in _one("Presidents Day fell on Monday.").entities
                if e.type.value == "Person"]


def test_a_research_centre_named_with_its_city_and_field_is_an_organisation() -> None:
    ex = _one("Jane Roe, a senior lecturer at the Lima Centre for Andean Studies, said so.")
    facts = _named_facts(ex)
    assert ("Jane Roe", "affiliatedWith", "Lima Centre for Andean Studies") in facts
    assert ("Lima Centre for Andean Studies", "basedIn", "Peru") in facts
    assert ("Jane Roe", "role", "senior lecturer") in _values(ex)
    other = _one("John Doe of the Quito Institute for Euro-Atlantic Security spoke.")
    assert "Quito Institute for Euro-Atlantic Security" in {e.label for e in other.entities}
    # a venue is no organisation
    venue = _one("The talks were held at the Lima Convention Centre for Events.")
    assert not [e for e in venue.entities if e.type.value == "Organization"]


def test_summoning_an_envoy_is_a_meeting_led_by_who_summons() -> None:
    ex = _one("Foreign Minister Jane Roe summoned Chile's ambassador, John Doe, to the "
              "ministry on Wednesday.", date(2025, 5, 28))
    meeting, facts, values = _the_meeting(ex)
    assert (meeting.label, "ledBy", "Jane Roe") in facts
    assert (meeting.label, "ledBy", "John Doe") not in facts
    assert (meeting.label, "participant", "Chile") in facts
    assert {(meeting.label, "date", "2025-05-28"), (meeting.label, "mode", "in person")} <= values
    passive = _one("Chile's envoy was summoned to the foreign ministry in Lima on Tuesday.",
                   date(2025, 5, 28))
    assert [e for e in passive.entities if e.type.value == "Meeting"]
    # summoning firms to talks is an invitation to the talks, no summons
    talks = _one("Minister Jane Roe summoned Acme and Betacorp to talks on May 3.")
    assert {e.label for e in talks.entities if e.type.value == "Meeting"} == {"talks"}
    assert not [e for e in _one("Peru did not summon Chile's ambassador on Monday.").entities
                if e.type.value == "Meeting"]


def test_it_at_the_head_of_a_sentence_is_the_last_sentence_s_body() -> None:
    ex = _one("The National Cyber Agency (NCA) took a hard line on Chinese technology. In "
              "December 2018 it issued a warning against the use of software from Huawei and "
              "ZTE in critical systems.")
    warning = next(e for e in ex.entities if e.type.value == "Policy")
    facts = _named_facts(ex)
    assert {(warning.label, "excludes", "Huawei"), (warning.label, "excludes", "ZTE"),
            (warning.label, "announcedBy", "National Cyber Agency")} <= facts
    assert {"National Cyber Agency warning", "warning against Huawei and ZTE"} <= \
        warning.alt_labels | {warning.label}
    ban = _one("Peru's regulator took a hard line on Chinese technology. In May it banned "
               "Huawei from the 5G auction.")
    assert any(p == "promotedBy" and o == "Peru" for _, p, o in _named_facts(ban))


def test_a_ruling_party_and_the_opposition_party_named_before_its_description() -> None:
    ex = _one("The ruling Ruritanian Dream party passed the law on 14 May. Ruritanian Dream "
              "had withdrawn a similar bill.")
    assert ("Ruritanian Dream", "GovernmentBody") in {(e.label, e.type.value)
                                                      for e in ex.entities}
    opp = _one("Acme Unity, the largest opposition party, said it would appeal.")
    assert ("Acme Unity", "Organization") in {(e.label, e.type.value) for e in opp.entities}
    # a demonym and "party" alone name no party
    plain = _one("The Chinese Communist party said so.")
    assert {e.type.value for e in plain.entities} == {"Country"}


def test_a_title_before_its_remit_names_the_country_of_the_title() -> None:
    ex = _one("Washington is watching. John Doe, Assistant Secretary of State for Andean "
              "Affairs, held talks in Lima on 14 May.", date(2024, 5, 28))
    assert ("John Doe", "affiliatedWith", "United States") in _named_facts(ex)


def test_a_treaty_dated_in_its_name() -> None:
    ex = _one("Both sides agreed to resolve it under the Quito Agreement of 17 February 1966.")
    assert ("Quito Agreement", "announcedOn", "1966-02-17") in _values(ex)
    other = _one("It builds on the Acme Accord of March 3, 2001, which Peru signed.")
    assert ("Acme Accord", "announcedOn", "2001-03-03") in _values(other)
    plain = _one("It builds on the Acme Accord of Peru and Chile.")
    assert not [v for v in plain.values if v.predicate == "announcedOn"]


def test_a_minister_after_another_s_apposition_keeps_his_own_title() -> None:
    ex = _one("It was signed by Tilek Roe, Peru's Minister of Transport, Zheng Doe, chairman of "
              "Chile's Planning Commission, and Ann Poe, Bolivia's Minister of Energy.")
    values, facts = _values(ex), _named_facts(ex)
    assert ("Tilek Roe", "role", "Minister of Transport") in values
    assert ("Zheng Doe", "role", "Minister of Transport") not in values
    assert ("Zheng Doe", "affiliatedWith", "Peru") not in facts
    assert ("Tilek Roe", "affiliatedWith", "Peru") in facts


def test_names_listed_after_a_plural_for_firms_are_firms() -> None:
    ex = _one("It provides for a joint venture of the state railway companies: Peru Vanta "
              "Zorro, Ruta Chile Norte and Acme Rail.")
    firms = {e.label for e in ex.entities if e.type.value == "Company"}
    assert {"Peru Vanta Zorro", "Ruta Chile Norte", "Acme Rail"} <= firms
    assert ("Peru Vanta Zorro", "basedIn", "Peru") in _named_facts(ex)
    # one name is no list
    one = _one("The companies: Jane Roe said so.")
    assert not [e for e in one.entities if e.type.value == "Company"]


def test_a_media_company_named_by_its_description_and_its_licence_revoked() -> None:
    ex = _one("LIMA – Peru's broadcasting regulator on Tuesday revoked the licence of TV Acme, "
              "the independent Chilean television channel that moved to Lima.",
              date(2022, 12, 7))
    assert ("TV Acme", "Company") in {(e.label, e.type.value) for e in ex.entities}
    revocation = next(e for e in ex.entities if e.type.value == "Policy")
    facts = _named_facts(ex)
    assert {(revocation.label, "excludes", "TV Acme"),
            (revocation.label, "promotedBy", "Peru")} <= facts
    assert "revocation of TV Acme's licence" in revocation.alt_labels
    site = _one("Acme News, the Lima-based news site, has worked from the city since 2014.")
    assert ("Acme News", "basedIn", "Peru") in _named_facts(site)
    # a revoked visa is no firm's licence
    assert not [e for e in _one("Peru revoked Jane Roe's visa.").entities
                if e.type.value == "Policy"]
    # a block the regulator will only ask for is no part of the revocation
    later = _one("Peru's regulator on Tuesday revoked the licence of TV Acme. The revocation "
                 "takes effect on Thursday, and the council said it would also ask for the "
                 "channel's YouTube feed to be blocked in Peru.", date(2022, 12, 7))
    assert not [f for f in _named_facts(later) if f[1] == "excludes" and f[2] == "YouTube"]


def test_roles_of_the_media_and_hyphenated_titles() -> None:
    ex = _one("Its editor-in-chief, John Doe, apologised. Then presenter Jane Roe said on air "
              "that the board, chaired by Ann Poe, its chairman, had met.")
    values = _values(ex)
    assert {("John Doe", "role", "editor-in-chief"), ("Jane Roe", "role", "presenter"),
            ("Ann Poe", "role", "chairman")} <= values


def test_saint_short_forms_and_latin_american_are_no_united_states() -> None:
    ex = _one("Jane Roe, St Vincent's Prime Minister, convened the Latin American leaders.")
    countries = {e.label for e in ex.entities if e.type.value == "Country"}
    assert countries == {"Saint Vincent and the Grenadines"}
    assert ("Jane Roe", "role", "Prime Minister") in _values(ex)


def test_hacking_groups_by_tracking_name_and_by_description() -> None:
    ex = _one("Peru blamed Acme Spider, a state-backed hacking group, the ransomware group "
              "Beta Panda and APT99 for the attacks.")
    groups = {e.label for e in ex.entities if e.type.value == "Organization"}
    assert {"Acme Spider", "Beta Panda", "APT99"} <= groups
    # a firm described as a firm stays one
    bank = _one("Acme Bank, a Lima lender, said so.")
    assert ("Acme Bank", "Company") in {(e.label, e.type.value) for e in bank.entities}


def test_a_plenary_session_of_the_chamber_chaired_by_its_speaker() -> None:
    ex = _one("Peru's parliament on Tuesday overrode the veto. Eighty deputies voted to "
              "override it, at a plenary session chaired by Speaker Jane Roe.", date(2024, 5, 28))
    session, facts, values = _the_meeting(ex)
    assert (session.label, "ledBy", "Jane Roe") in facts
    assert (session.label, "participant", "Peru's parliament") in facts
    assert {(session.label, "date", "2024-05-28"), (session.label, "mode", "in person"),
            ("Jane Roe", "role", "Speaker")} <= values


def test_a_name_apposed_to_a_country_s_title_is_a_person_s() -> None:
    ex = _one("The Peruvian delegation was led by Jane Roe, Minister for Foreign Affairs, and "
              "the Chilean delegation by Wen Zhao, Chile's Vice Foreign Minister.")
    assert ("Wen Zhao", "role", "Vice Foreign Minister") in _values(ex)
    assert ("Wen Zhao", "affiliatedWith", "Chile") in _named_facts(ex)


def test_talks_over_two_named_weekdays_last_two_days() -> None:
    ex = _one("Peru and Chile held the 25th round of boundary talks in Lima on Monday and "
              "Tuesday.", date(2023, 10, 25))
    talks = next(e for e in ex.entities if e.type.value == "Meeting")
    assert {(talks.label, "date", "2023-10-23"), (talks.label, "duration", "P2D")} <= _values(ex)


def test_a_summit_named_again_by_its_kind_and_the_leaders_listed_as_attending() -> None:
    ex = _one("LIMA, July 31 (Acme) - Andean leaders imposed sanctions on Bolivia at an "
              "emergency summit in Lima on Sunday. The extraordinary summit of the Andean "
              "Community was chaired by Peruvian President Jane Roe. The sanctions close "
              "borders. Presidents John Doe of Chile and Ann Poe of Ecuador attended.")
    summits = [e for e in ex.entities if e.type.value == "Meeting"]
    assert len(summits) == 1
    summit = summits[0].label
    facts = _named_facts(ex)
    assert {(summit, "ledBy", "Jane Roe"), (summit, "participant", "Chile"),
            (summit, "participant", "Ecuador")} <= facts
    assert (summit, "date", "2023-07-30") in _values(ex)


def test_a_state_company_named_for_its_country_and_a_utility_described_after_its_name(
        ) -> None:
    ex = _one("Peru sells power through lines run by the Grid Company of Peru (GCP) "
              "to ELECTROBOL, Bolivia's state power utility.")
    firms = {(e.label, e.type.value) for e in ex.entities}
    assert {("Grid Company of Peru", "Company"), ("ELECTROBOL", "Company")} <= firms


def test_a_person_recognised_as_a_country_s_officeholder_serves_it() -> None:
    ex = _one("The junta detained Jane Roe. The leaders said they recognised only Roe as "
              "Peru's president.")
    assert ("Jane Roe", "affiliatedWith", "Peru") in _named_facts(ex)
    other = _one("Jane Roe spoke as Peru's guest on Monday.")
    assert ("Jane Roe", "affiliatedWith", "Peru") not in _named_facts(other)


def test_it_was_chaired_by_names_the_chair_of_the_meeting_just_told_of() -> None:
    ex = _one("The Andean summit ended in Lima on Wednesday. The two-day meeting at the Acme "
              "concert hall was only the fourth summit in the bloc's history. It was chaired "
              "by Peru's Prime Minister Jane Roe.", date(2023, 5, 17))
    summit, facts, values = _the_meeting(ex)
    assert (summit.label, "ledBy", "Jane Roe") in facts
    assert {(summit.label, "ordinal", "4"), (summit.label, "duration", "P2D")} <= values


def test_romance_particles_inside_an_organisation_s_name() -> None:
    ex = _one("Jane Roe, an economist at the Lima-based Instituto Acme de Comercio, said so.")
    assert ("Jane Roe", "affiliatedWith", "Instituto Acme de Comercio") in _named_facts(ex)
    # a city's particle is no firm's: the firm is the one named after the city
    city = _one("We asked John Doe, a partner at the Rio de Janeiro consultancy Acme "
                "Consultoria, what the rules mean.")
    assert {e.label for e in city.entities if e.type.value == "Company"} == {"Acme Consultoria"}


def test_a_military_command_is_a_government_body() -> None:
    ex = _one("General Jane Roe, the head of U.S. Northern Command, warned.")
    assert "GovernmentBody" in {e.type.value for e in ex.entities if "Northern Command" in e.label}


def test_a_free_trade_agreement_named_by_its_two_states() -> None:
    ex = _one("The Chile-Peru free trade agreement has been in force since 2010.")
    pact = next(e for e in ex.entities if e.type.value == "Policy")
    assert {(pact.label, "promotedBy", "Chile"), (pact.label, "promotedBy", "Peru")} <= \
        _named_facts(ex)


def test_an_undersecretary_s_portfolio_is_no_firm_and_a_style_no_part_of_the_title() -> None:
    ex = _one("Undersecretary for Communications and Information Technology Dr Jane Roe "
              "said the rules were ready.")
    assert not [e for e in ex.entities if e.type.value == "Company"]
    assert ("Jane Roe", "role", "Undersecretary for Communications and Information "
            "Technology") in _values(ex)
    assert ("Jane Roe", "role", "Professor") in _values(_one("Professor Jane Roe said so."))


def test_a_briefing_attended_by_firms_and_chaired_by_an_official_at_the_ministry() -> None:
    ex = _one("At a briefing at the ministry's Lima headquarters on Sunday, attended by "
              "the three mobile operators, Acme Mobile, Beta Mobile and Gamma Mobile, Minister "
              "Jane Roe said the rules were ready. Officials at the briefing, which Roe "
              "chaired, said so.", date(2023, 2, 13))
    briefing, facts, values = _the_meeting(ex)
    assert {(briefing.label, "ledBy", "Jane Roe"),
            (briefing.label, "participant", "Acme Mobile")} <= facts
    assert {(briefing.label, "date", "2023-02-12"), (briefing.label, "mode", "in person")} <= values
    # a press briefing is no meeting
    assert not [e for e in _one("At a press briefing on Monday, the minister said so.").entities
                if e.type.value == "Meeting"]


def test_the_decree_that_issues_a_law_is_the_law() -> None:
    ex = _one("Royal Decree 9/2021 is in force from today. The Data Protection Law was issued "
              "by Sultan Jan Roe by Royal Decree 9/2021 on 9 February last year.",
              date(2023, 2, 13))
    laws = [e for e in ex.entities if e.type.value == "Policy"]
    assert [law.label for law in laws] == ["Data Protection Law"]
    assert "Royal Decree 9/2021" in laws[0].alt_labels
    # a decree the law replaces is another instrument
    other = _one("The Data Law replaced Decree 12/2019.")
    assert len([e for e in other.entities if e.type.value == "Policy"]) == 2


def test_a_named_pact_described_before_between_its_parties() -> None:
    ex = _one("France was angered by the ACME security pact between the United States, "
              "Britain and Australia.")
    facts = _named_facts(ex)
    for party in ("United States", "United Kingdom", "Australia"):
        assert (party, "participatesIn", "ACME") in facts
    assert ("France", "participatesIn", "ACME") not in facts
    # a treaty between two states is theirs, no club with members
    two = _named_facts(_one("It invoked the Acme Treaty between Peru and Chile."))
    assert ("Acme Treaty", "promotedBy", "Peru") in two
    assert not [f for f in two if f[1] == "participatesIn"]


def test_no_firm_imposes_sanctions_and_its_minister_is_the_clause_subject_s() -> None:
    ex = _one("Acme sanctions imposed in March by the Ruritanian Office of Assets Control "
              "target Betacorp Science Co., a Lima-based company it described as a front.")
    assert not [f for f in _named_facts(ex) if f[1] == "promotedBy" and "Betacorp" in f[2]]
    sent = _one("Officials from the United Nations attended as observers, and Peru sent its "
                "foreign minister, Jane Roe.")
    facts = _named_facts(sent)
    assert ("Jane Roe", "affiliatedWith", "Peru") in facts
    assert ("Jane Roe", "affiliatedWith", "United Nations") not in facts


def test_the_two_leaders_who_sign_are_the_last_two_people_named() -> None:
    ex = _one("The Peruvian delegation was led by Jane Roe, Minister for Foreign Affairs, and "
              "the Chilean delegation by John Doe, Chile's Vice Foreign Minister. The two "
              "delegation leaders signed the Cooperation Agreement on the Joint Technical Team.")
    pact = next(e.label for e in ex.entities if e.type.value == "Policy")
    facts = _named_facts(ex)
    assert {(pact, "announcedBy", "Jane Roe"), (pact, "announcedBy", "John Doe")} <= facts


def test_a_new_policy_a_state_or_its_official_announces() -> None:
    ex = _one("Washington is watching. Secretary of State John Doe announced on 23 May a new "
              "visa restriction policy for the officials who rigged the vote in Peru.",
              date(2024, 5, 28))
    policy = next(e for e in ex.entities if e.type.value == "Policy")
    assert "visa restriction policy" in policy.alt_labels | {policy.label}
    assert {(policy.label, "announcedBy", "John Doe"),
            (policy.label, "promotedBy", "United States")} <= _named_facts(ex)
    # a state's foreign policy in general, or a firm's privacy policy, is no measure
    for text in ("Peru's foreign policy is changing.", "Acme changed its privacy policy."):
        assert not [e for e in _one(text).entities if e.type.value == "Policy"]


def test_delegates_a_sentence_lists_took_part_in_the_meeting_just_told_of() -> None:
    ex = _one("Officials held a conference on 5G security in Lima on Thursday. Delegates "
              "included the United States, Germany, Japan and Chile.", date(2019, 5, 3))
    conference, facts, _ = _the_meeting(ex)
    for state in ("United States", "Germany", "Japan", "Chile"):
        assert (conference.label, "participant", state) in facts
    # those a sentence lists as the conference's critics did not come to it
    critics = _one("Officials held a conference on 5G security in Lima on Thursday. Critics "
                   "included the United States and Chile.", date(2019, 5, 3))
    assert not [f for f in _named_facts(critics) if f[1] == "participant" and f[2] == "Chile"]


def test_a_title_before_a_surname_alone_and_acting_titles_are_no_names() -> None:
    # the gazetteer gives the full name; the text's only title is before the surname
    ex = _one("The Acme Act, which parliament passed and President Macron signed in 2021, "
              "bans Huawei.")
    assert ("Emmanuel Macron", "role", "President") in _values(ex)
    # "Chairwoman Roe" and "then Acting Chairwoman" are one woman's titles, no people
    titled = _one("The meeting was chaired by Jane Roe, then Acting Chairwoman. Later "
                  "Chairwoman Roe said the rule was right.")
    assert [e.label for e in titled.entities if e.type.value == "Person"] == ["Jane Roe"]
    assert ("Jane Roe", "role", "Acting Chairwoman") in _values(titled)


def test_statements_about_a_policy_and_a_passive_without_by_name_no_announcer() -> None:
    ex = _one("Commissioners Jane Roe and John Doe issued separate statements supporting "
              "the Acme Order.")
    assert not [f for f in _named_facts(ex) if f[1] == "announcedBy"]
    listed = _one("The Acme List, which the Ruritania Bureau maintains under the Beta Act "
                  "of 2019, was first published in March 2021.")
    facts = _named_facts(listed)
    assert ("Acme List", "partOf", "Beta Act") in facts
    assert not [f for f in facts if f[1] == "announcedBy"]
    # who issues the order itself announces it
    issued = _named_facts(_one("Jane Roe issued the Acme Order on Monday."))
    assert ("Acme Order", "announcedBy", "Jane Roe") in issued


def test_a_programme_named_again_by_the_end_of_its_name_but_not_a_law() -> None:
    ex = _one("Peru runs the Acme Networks Reimbursement Program. The Reimbursement Program "
              "is not affected.")
    assert [e.label for e in ex.entities if e.type.value == "Policy"] == [
        "Acme Networks Reimbursement Program"]
    laws = _one("The Cyber Security and Cyber Crimes Act of 2021 was repealed. The Cyber "
                "Crimes Act was passed in 2025.")
    assert len([e for e in laws.entities if e.type.value == "Policy"]) == 2


def test_operators_that_sign_or_are_granted_telecom_licences_take_part_in_them() -> None:
    ex = _one("LIMA - Peru's mobile operators, Claro Peru and Entel Peru, signed 15-year 5G "
              "licences with Osiptel on Monday. Bitel signed its own 5G licence in January.",
              date(2024, 10, 8))
    licence = next(e.label for e in ex.entities if e.type.value == "Policy")
    facts = _named_facts(ex)
    for firm in ("Claro Peru", "Entel Peru", "Bitel"):
        assert (firm, "participatesIn", licence) in facts
        assert (licence, "promotedBy", firm) not in facts
    assert {(licence, "promotedBy", "Osiptel"), (licence, "announcedBy", "Osiptel")} <= facts
    granted = _named_facts(_one("Osiptel granted 5G licences to Claro Peru and Entel Peru."))
    assert ("Entel Peru", "participatesIn", "Peru's 5G licences") in granted
    # an export licence is no operator's; a licence not signed is not held
    assert not [e for e in _one("The Commerce Department granted export licences to "
                                "Intel.").entities if e.type.value == "Policy"]
    assert not [f for f in _named_facts(_one("Claro Peru did not sign a 5G licence."))
                if f[1] == "participatesIn"]


def test_a_group_s_former_name_and_a_city_named_capital() -> None:
    # (the gazetteer knows e& by its old name too, and its Egyptian unit by "Etisalat Misr")
    ex = _one("CAIRO - Egypt's regulator fined the operators in Egypt on Monday. Egypt's "
              "regulator said the UAE's e& group, formerly Etisalat, would pay its share. "
              "The fines were announced in the New Example Capital.")
    group = next(e for e in ex.entities if e.label == "e&")
    assert "Etisalat" in group.alt_labels
    assert not [e for e in ex.entities if e.type.value == "Company"]
    # a body's name ends before the day it acted on
    day = _one("Acme signed a deal with the National Telecom Authority on Monday.")
    assert "National Telecom Authority" in {e.label for e in day.entities}


def test_arabic_names_keep_their_given_name_particles_and_articles() -> None:
    ex = _one("The pact was signed by Oman's Minister of Transport Ahmed bin Saif Al-Roe "
              "and the UAE's Minister of Energy and Infrastructure Hamdan Al Doe, in the "
              "presence of Iraqi Prime Minister Mohammed Ali al-Zain. Zain said the "
              "visit opens a new page.")
    people = {e.label for e in ex.entities if e.type.value == "Person"}
    assert {"Ahmed bin Saif Al-Roe", "Hamdan Al Doe", "Mohammed Ali al-Zain"} <= people
    # "Mohammed" opens another name than a known Mohammed's; "Zain" is no operator here
    assert not [e for e in ex.entities if e.type.value in {"Telco", "Company"}]
    assert len(people) == 3
    values = _values(ex)
    assert ("Ahmed bin Saif Al-Roe", "role", "Minister of Transport") in values
    assert ("Mohammed Ali al-Zain", "role", "Prime Minister") in values
    # a party named with its people: the whole name
    # a known person's one-word name that opens another person's name is no mention of them
    from policygraph.nlp.mentions import _opens_other_name
    from policygraph.pipeline import load_pipeline

    named = load_pipeline()("Iraqi Prime Minister Mohammed Ali al-Zain met him.")
    first = next(t.i for t in named if t.text == "Mohammed")
    assert _opens_other_name(named, first, "Amina J. Mohammed")
    assert not _opens_other_name(named, first, "Mohammed Ali al-Zain")
    party = _one("He raised the Andean Workers' Party (AWP), which Peru says uses Chile as a "
                 "base.")
    assert "Andean Workers' Party" in {e.label for e in party.entities}


def test_a_conference_a_month_earlier_opened_and_attended_is_not_today_s_talks() -> None:
    ex = _one("LIMA, April 22 - Peru's President Jane Roe and Chile's President John Doe held "
              "talks at the palace on Monday. Peru first presented the project at a conference "
              "in Lima in May last year, opened by Roe and attended by transport ministers of "
              "ten countries, among them Bolivia, Ecuador and Chile.", date(2024, 4, 22))
    meetings = {e.label for e in ex.entities if e.type.value == "Meeting"}
    assert len(meetings) == 2 and "conference" in meetings
    talks = next(m for m in meetings if m != "conference")
    facts, values = _named_facts(ex), _values(ex)
    assert ("conference", "ledBy", "Jane Roe") in facts
    for state in ("Bolivia", "Ecuador", "Chile"):
        assert ("conference", "participant", state) in facts
    assert (talks, "date", "2024-04-22") in values
    assert not [v for v in values if v[0] == "conference" and v[1] == "date"]


def test_a_bloc_is_no_brand_of_the_bank_named_after_it_and_who_heads_the_bank() -> None:
    ex = _one("The bloc's bank, the New Development Bank, lent to Peru. BRICS ministers met "
              "in Lima.", date(2023, 8, 24))
    labels = {e.label for e in ex.entities}
    assert {"BRICS", "New Development Bank"} <= labels
    headed = _one("The plan backs lending by the Lima-based Acme Bank, which is headed by "
                  "former Peruvian president Jane Roe.")
    assert ("Jane Roe", "affiliatedWith", "Acme Bank") in _named_facts(headed)


def test_a_foreign_minister_serves_no_other_country_s_foreign_ministry() -> None:
    ex = _one("Chile's foreign ministry said the talks went well. Peruvian Foreign Minister "
              "John Doe said Peru would study it. Foreign Minister Jane Roe of Chile said so.")
    facts = _named_facts(ex)
    assert ("Jane Roe", "affiliatedWith", "Chile's foreign ministry") in facts
    assert not [f for f in facts if f[0] == "John Doe" and "ministry" in f[2]]


def test_a_summit_s_close_its_opening_day_and_the_next_summit() -> None:
    ex = _one("LIMA - Leaders agreed on Thursday to admit Bolivia from 1 January 2024, "
              "President Jane Roe announced at the close of the 15th Andean summit. The "
              "three-day summit at the Lima Convention Centre, which opened on Tuesday, was "
              "chaired by Roe. Chile takes over the chair on 1 January and will host next "
              "year's summit.", date(2023, 8, 24))
    meetings = [e for e in ex.entities if e.type.value == "Meeting"]
    assert len(meetings) == 1
    values = _values(ex)
    summit = meetings[0].label
    assert {(summit, "date", "2023-08-22"), (summit, "duration", "P3D"),
            (summit, "ordinal", "15")} <= values
    assert not [v for v in values if v[1] == "date" and v[2] != "2023-08-22"]


def test_a_conversation_held_is_a_meeting_and_a_summit_keeps_its_own_month() -> None:
    ex = _one("On Thursday Jane Roe and John Doe held a brief conversation in Lima, the first "
              "since the Acme summit in Quito in November.", date(2023, 8, 24))
    values = _values(ex)
    assert ("brief conversation", "date", "2023-08-24") in values
    assert ("brief conversation", "ledBy", "Jane Roe") in _named_facts(ex)
    assert not [v for v in values if v[1] == "date" and v[0] != "brief conversation"]
    assert not [e for e in _one("Peru and Chile did not have a conversation about it.").entities
                if e.type.value == "Meeting"]


def test_a_signing_ceremony_takes_the_day_its_agreement_was_signed() -> None:
    ex = _one("Peru and Chile signed an intergovernmental agreement on Thursday to build a "
              "railway. The agreement on the railway was signed at a ceremony in Lima hosted "
              "by Jane Roe, Peru's Minister of Transport.", date(2024, 6, 7))
    ceremony = next(e for e in ex.entities if e.type.value == "Meeting")
    assert (ceremony.label, "date", "2024-06-06") in _values(ex)
    # a meeting told as before the review keeps its day
    council = _one("Following a review, the cabinet of Peru met on 14 July 2020.",
                   date(2020, 10, 8))
    assert [v for v in _values(council) if v[1] == "date"] == [
        (next(e.label for e in council.entities if e.type.value == "Meeting"), "date",
         "2020-07-14")]


def test_a_mixer_added_to_a_named_sanctions_list_is_designated() -> None:
    ex = _one("Peru sanctions crypto mixer Acme Cash over laundering. Peru's Office of Asset "
              "Control on Monday added Acme Cash, a service that mixes deposits, to its list "
              "of Designated Persons.", date(2022, 8, 9))
    assert ("Acme Cash", "Company") in {(e.label, e.type.value) for e in ex.entities}
    policy = next(e for e in ex.entities if e.type.value == "Policy")
    assert {"designation of Acme Cash", "sanctions on Acme Cash"} <= policy.alt_labels | {
        policy.label}
    facts = _named_facts(ex)
    assert (policy.label, "excludes", "Acme Cash") in facts
    assert (policy.label, "announcedOn", "2022-08-08") in _values(ex)


def test_a_post_held_before_is_no_part_of_the_title_and_a_list_no_apposition() -> None:
    ex = _one("\"Screen the addresses,\" said Jane Roe, a partner at the Lima law firm Acme & "
              "Beta who worked at the Ruritania Tax Office until 2019.")
    assert ("Jane Roe", "role", "partner") in _values(ex)
    facts = _named_facts(ex)
    assert ("Jane Roe", "affiliatedWith", "Acme & Beta") in facts
    assert ("Jane Roe", "affiliatedWith", "Ruritania Tax Office") not in facts
    listed = _one("The council was launched by the President of the Acme Commission, Ann Poe, "
                  "the President of the Acme Council, Jane Roe, and Chilean President John Q. "
                  "Doe, in 2021.")
    assert not [v for v in _values(listed) if v[0] == "Jane Roe" and "Doe" in v[2]]


def test_a_parliament_named_by_its_country_and_by_its_own_name_is_one_body() -> None:
    ex = _one("OSLO - Norway's parliament, the Storting, voted 101 to 68 on Tuesday to ban "
              "the sale.", date(2021, 11, 10))
    bodies = [e for e in ex.entities if e.type.value == "GovernmentBody"]
    assert [b.label for b in bodies] == ["Storting"]
    # named by its country's possessive alone, it keeps the words it was written with
    alone = _one("Critics said the breach of the Norwegian parliament was serious.")
    body = next(e for e in alone.entities if e.type.value == "GovernmentBody")
    assert body.label == "Storting" and "Norwegian parliament" in body.alt_labels


def test_a_memorandum_signed_with_a_state_and_dated_by_its_own_verb() -> None:
    ex = _one("Chile, which opened an embassy in Lima last year, signed a memorandum on "
              "cooperation in the fisheries sector with Peru in 2019.", date(2021, 11, 10))
    policy = next(e for e in ex.entities if e.type.value == "Policy")
    facts = _named_facts(ex)
    assert {(policy.label, "promotedBy", "Chile"),
            (policy.label, "promotedBy", "Peru")} <= facts
    assert (policy.label, "announcedOn", "2019") in _values(ex)
    # two signatories promote what they sign; they are no members of it
    assert not [f for f in facts if f[1] == "participatesIn"]


def test_three_or_more_signatories_take_part_and_a_headline_pact_is_the_memorandum() -> None:
    ex = _one("Peru, Chile, Bolivia and Ecuador sign Andean Road pact as Roe visits Lima\n\n"
              "LIMA, April 22 - Peru, Chile, Bolivia and Ecuador signed a memorandum of "
              "understanding on Monday to cooperate on the Andean Road, a planned railway.",
              date(2024, 4, 22))
    policies = [e for e in ex.entities if e.type.value == "Policy"
                if "memorandum" in e.label or "pact" in e.label]
    assert len(policies) == 1
    facts = _named_facts(ex)
    for state in ("Peru", "Chile", "Bolivia", "Ecuador"):
        assert (state, "participatesIn", policies[0].label) in facts


def test_a_joint_communique_two_ministers_sign_is_their_states_and_announced_by_them() -> None:
    ex = _one("Peru's Foreign Minister Jane Roe and Chile's Foreign Minister John Doe signed a "
              "joint communique in Lima after talks.")
    policy = next(e for e in ex.entities if e.type.value == "Policy")
    assert "joint communique" in policy.alt_labels | {policy.label}
    facts = _named_facts(ex)
    assert {(policy.label, "announcedBy", "Jane Roe"), (policy.label, "announcedBy", "John Doe"),
            (policy.label, "promotedBy", "Peru"), (policy.label, "promotedBy", "Chile")} <= facts


def test_towns_on_a_route_are_no_people() -> None:
    for text in ("The line runs from Lima through Cusco and Pha Lek.",
                 "Peru's line from Lima to Ban Phon is still under construction."):
        assert not [e for e in _one(text).entities if e.type.value == "Person"]
    # a person after "to" and a place is still one
    assert "Jane Roe" in {e.label for e in _one("The prize went to Peru and Jane Roe.").entities}


def test_a_name_an_apposition_calls_an_industry_group_is_an_organisation() -> None:
    ex = _one("The Acme Tech Accord, an industry group whose members include Lima-based "
              "Acme Corp, said researchers were not protected.")
    kinds = {e.label: e.type.value for e in ex.entities}
    assert kinds["Acme Tech Accord"] == "Organization"
    # an accord an apposition calls an agreement stays a policy
    pact = _one("The Acme Accord, a trade agreement between Peru and Chile, took effect.")
    assert ("Acme Accord", "Policy") in {(e.label, e.type.value) for e in pact.entities}


def test_a_licence_signing_ceremony_presided_over_by_a_minister() -> None:
    ex = _one("LIMA - Peru's mobile operators, Claro Peru and Entel Peru, signed 15-year 5G "
              "licences with Osiptel on Monday. The licences were signed at a ceremony at the "
              "Ministry of Communications in Lima, presided over by Minister of Communications "
              "Jane Roe. Bitel had no part in it: Bitel signed its own 5G licence in January.",
              date(2024, 10, 8))
    licence = next(e.label for e in ex.entities if e.type.value == "Policy")
    facts, values = _named_facts(ex), _values(ex)
    # "15-year" is no day; the day of the signing is Monday's
    assert (licence, "announcedOn", "2024-10-07") in values
    assert {("ceremony", "ledBy", "Jane Roe"), ("ceremony", "discussed", licence),
            ("ceremony", "participant", "Claro Peru"), ("ceremony", "participant", "Osiptel"),
            ("ceremony", "date", "2024-10-07")} <= facts | values
    # who signed its own licence in January took no part in Monday's ceremony
    assert ("ceremony", "participant", "Bitel") not in facts
    # "the licences" alone is the article's one telecom licence, part of a strategy
    part = _named_facts(_one("Osiptel granted 5G licences to Claro Peru and Entel Peru. The "
                             "licences are part of the government's Acme Digital "
                             "Strategy."))
    assert ("Peru's 5G licences", "partOf", "Acme Digital Strategy") in part


def test_a_chamber_s_vote_on_a_day_is_its_sitting() -> None:
    ex = _one("LIMA - Peru's parliament on Tuesday passed the Acme Data Act. Chile's Senate "
              "cleared the Beta Bill on Monday, and the Congress of Peru approved it by voice "
              "vote on Wednesday.", date(2024, 3, 7))
    meetings = {e.key: e.label for e in ex.entities if e.type.value == "Meeting"}
    facts, values = _named_facts(ex), _values(ex)
    votes = {(label, v) for label in meetings.values()
             for (s, p, v) in values if s == label and p == "date"}
    assert len(meetings) == 3 and {d for _, d in votes} == {"2024-03-05", "2024-03-04",
                                                             "2024-03-06"}
    # each vote is its chamber's, on what it voted (the bill "it" stands for)
    monday = next(label for label, d in votes if d == "2024-03-04")
    wednesday = next(label for label, d in votes if d == "2024-03-06")
    assert (monday, "discussed", "Beta Bill") in facts
    assert (wednesday, "discussed", "Beta Bill") in facts
    assert not any(s == wednesday and o == "Acme Data Act" for s, _, o in facts)
    # a vote not held, or planned, or told without its day, is no sitting
    assert ("Parliament vote", "participant", "Peru's parliament") in facts
    # "the bill" alone is the law the article is about, not the old one named last
    story = _named_facts(_one("Chile's Acme Data Act sets new rules. Critics say the Acme "
                              "Data Act goes too far. It replaces the Beta Act of 1990. Chile's "
                              "Senate passed the bill on Monday."))
    assert ("Senate vote", "discussed", "Acme Data Act") in story
    assert ("Senate vote", "discussed", "Beta Act") not in story
    for text in ["Chile's Senate did not pass the Beta Bill on Monday.",
                 "Chile's Senate will vote on the Beta Bill on Tuesday.",
                 "Chile's Senate passed the Beta Bill last year.",
                 "The Senate Foreign Affairs Committee voted on Monday to back the bill."]:
        assert not any(e.type.value == "Meeting" for e in _one(text).entities), text


def test_their_meeting_and_the_two_leaders_talking_are_one_meeting_of_theirs() -> None:
    ex = _one("President Jane Roe of Peru and President John Doe of Chile agreed on Wednesday "
              "to reopen their border, the main result of their first face-to-face meeting in "
              "two years. The two leaders talked for about three hours at a ranch near Lima. "
              "It was their third meeting since Roe took office.", date(2024, 5, 9))
    meetings = [e for e in ex.entities if e.type.value == "Meeting"]
    assert len(meetings) == 1
    meeting, facts, values = _the_meeting(ex)
    label = meeting.label
    assert {(label, "ledBy", "Jane Roe"), (label, "ledBy", "John Doe"),
            (label, "date", "2024-05-08"), (label, "duration", "PT3H"),
            (label, "ordinal", "3")} <= facts | values
    # "first ... in two years" counts years, not meetings; nor is it the meeting's name
    assert not any(n.lower().startswith("first") for n in {label, *meeting.alt_labels})
    # "the two leaders" who talk are the two people named last
    talked = _one("President Jane Roe of Peru arrived in Santiago on Tuesday as a guest of "
                  "President John Doe of Chile. The two leaders talked for about three hours on "
                  "Wednesday.", date(2024, 5, 9))
    _, facts, values = _the_meeting(talked)
    assert {("Roe-Doe meeting", "ledBy", "Jane Roe"), ("Roe-Doe meeting", "ledBy", "John Doe"),
            ("Roe-Doe meeting", "date", "2024-05-08")} <= facts | values
    # "their" with one person named, or the two not the ones acting, is nobody's meeting
    alone = _one("President Jane Roe of Peru spoke on Wednesday about their first meeting.")
    assert not any(e.type.value == "Meeting" for e in alone.entities)


def test_a_list_of_portfolios_ending_in_and_the_is_one_name() -> None:
    ex = _one("Peru's Ministry of Energy, Mines and the Digital Economy ordered the cut. Jane "
              "Roe, Minister for Energy, Mines, Cities and the Arts, signed it.")
    bodies = {e.label for e in ex.entities if e.type.value == "GovernmentBody"}
    assert "Ministry of Energy, Mines and the Digital Economy" in bodies
    assert ("Jane Roe", "role", "Minister for Energy, Mines, Cities and the Arts") in _values(ex)
    # two bodies joined by "and the" stay two; a list of places is no portfolio
    two = _one("Peru's Ministry of Energy and the Acme Commission ordered the cut. Jane Roe, "
               "Minister of Energy, Lima and Cusco, signed it.")
    assert "Ministry of Energy" in {e.label for e in two.entities}
    assert ("Jane Roe", "role", "Minister of Energy") in _values(two)


def test_a_local_firm_trading_as_its_group_s_brand_and_a_brand_s_local_firm() -> None:
    ex = _one("DAKAR - Sonatel, which trades as Orange, and Expresso Senegal, two mobile "
              "operators, raised mobile data prices on Monday. France's Orange, which owns 42% "
              "of Sonatel, said nothing.")
    labels = {e.label: e for e in ex.entities}
    # the brand Sonatel trades as is no other name of Sonatel, nor makes the group local
    assert "Orange" not in labels["Sonatel"].alt_labels and "Orange" in labels
    assert ("Orange", "basedIn", "Senegal") not in _named_facts(ex)
    # a brand the gazetteer knows in the story's country is that country's firm ...
    local = _one("Senegal's regulator fined Sonatel, Free and Expresso Senegal on Monday. Free "
                 "said it would appeal.")
    firm = next(e for e in local.entities if "Free" in {e.label, *e.alt_labels})
    assert (firm.label, "basedIn", "Senegal") in _named_facts(local)
    assert (firm.label, "basedIn", "France") not in _named_facts(local)
    # ... unless the story names the brand's own firm by its country
    home = _one("France's Free and Senegal's Sonatel, two mobile operators, signed a roaming "
                "deal on Monday. Free said the deal covers 5G.")
    assert ("Free", "basedIn", "France") in _named_facts(home)
    assert not any("Free" in e.alt_labels for e in home.entities if e.label != "Free")


def test_a_channel_s_licence_withdrawn_and_a_bill_not_named_before() -> None:
    ex = _one("LIMA - Peru's communications ministry cut the signal of the private channel "
              "Acme TV on Sunday and withdrew its licence. On Monday, Congress passed a bill "
              "on elections. The bill, tabled by the opposition Popular Force party, was "
              "backed by the government.", date(2024, 2, 7))
    firms = {e.label for e in ex.entities if e.type.value == "Company"}
    assert "Acme TV" in firms  # "the private channel Acme TV": a broadcaster is a firm
    policy = next(e for e in ex.entities if e.type.value == "Policy")
    assert {"licence withdrawal", "Acme TV licence withdrawal"} <= policy.alt_labels
    facts = _named_facts(ex)
    assert (policy.label, "excludes", "Acme TV") in facts
    # "the bill" is no withdrawal named before it: the party tabled a bill, not that
    assert not any(s == policy.label and p in {"promotedBy", "announcedBy"}
                   and "Popular Force" in o for s, p, o in facts)


def test_a_suspension_of_mobile_data_a_ministry_announces_is_a_shutdown() -> None:
    ex = _one("LIMA - Peru's Ministry of Transport and Communications announced the "
              "suspension of mobile data in Puno on Sunday, citing threats to public order.",
              date(2024, 2, 7))
    policy = next(e for e in ex.entities if e.type.value == "Policy")
    assert "suspension of mobile data" in {policy.label, *policy.alt_labels}
    assert (policy.label, "promotedBy", "Ministry of Transport and Communications") in \
        _named_facts(ex)
    # a cut of something else, or the suspension of a firm, is no shutdown
    for text in ["Peru's central bank announced a cut in rates on Sunday.",
                 "Peru's Ministry of Transport and Communications announced a tariff cut on "
                 "Sunday.",
                 "Peru's Ministry of Transport and Communications announced the suspension "
                 "of its data protection rules on Sunday."]:
        assert not any(e.type.value == "Policy" for e in _one(text).entities), text


def test_treasurers_judges_and_commanders_have_titles_and_two_titles_joined() -> None:
    values = _values(_one("Peru's Treasurer, Jane Roe, met Judge John Doe and Ann Poe, commander "
                          "of Peru's southern military district, on Monday."))
    assert {("Jane Roe", "role", "Treasurer"), ("John Doe", "role", "Judge"),
            ("Ann Poe", "role", "commander of Peru's southern military district")} <= values
    # "the Treasurer and Acme's chief executive, X": his title is the second one
    two = _values(_one("The deal followed talks between the Treasurer and Acme Corp's Chief "
                       "Executive Officer, John Doe, on Sunday."))
    assert ("John Doe", "role", "Chief Executive Officer") in two
    # one person's double title stays whole
    assert ("Jane Roe", "role", "President and CEO") in _values(
        _one("President and CEO Jane Roe said the deal works."))


def test_a_law_s_year_after_a_comma_and_a_right_to_act_are_in_its_name() -> None:
    ex = _one("NEW DELHI - India's new law amends the Right to Repair Act, 2015, and replaces the "
              "Acme Data Bill, 2019, which the government withdrew last year.")
    policies = {e.label for e in ex.entities if e.type.value == "Policy"}
    assert {"Right to Repair Act, 2015", "Acme Data Bill, 2019"} <= policies
    values = _values(ex)
    assert {("Right to Repair Act, 2015", "announcedOn", "2015"),
            ("Acme Data Bill, 2019", "announcedOn", "2019")} <= values
    assert ("Acme Data Bill, 2019", "promotedBy", "India") in _named_facts(ex)
    # "to" joins no other words into a law's name
    other = _one("Peru's Congress voted to keep the Acme Act in force.")
    assert {e.label for e in other.entities if e.type.value == "Policy"} == {"Acme Act"}


def test_what_is_done_at_the_opening_of_a_summit_is_done_there() -> None:
    ex = _one("Peru and Chile signed the Acme Accord at the close of the summit in Lima on "
              "Friday.", date(2024, 9, 23))
    meeting, facts, values = _the_meeting(ex)
    label = meeting.label
    assert {(label, "participant", "Peru"), (label, "participant", "Chile"),
            (label, "discussed", "Acme Accord"), (label, "date", "2024-09-20")} <= facts | values
    # one who speaks at the opening of a conference takes part; she does not lead it
    spoke = _one("Jane Roe of Peru spoke at the opening of the Acme Conference in Lima on "
                 "Monday.", date(2024, 9, 23))
    assert not any(p == "ledBy" for _, p, _ in _named_facts(spoke))
    assert any(p == "participant" and o == "Peru" for _, p, o in _named_facts(spoke))


def test_a_person_s_name_the_ner_cut_in_two_is_joined_again() -> None:
    from spacy.lang.en import English
    from spacy.tokens import Doc

    from policygraph.nlp.mentions import _joined_people

    vocab = English().vocab

    def people(words: list[str], heads: list[int], deps: list[str],
               ents: list[str]) -> list[str]:
        doc = Doc(vocab, words=words, heads=heads, deps=deps, ents=ents)
        return [e.text for e in _joined_people(doc) if e.label_ == "PERSON"]

    # "Minister Jane Ann Roe said": one name, the first part a compound of the second
    assert people(["Minister", "Jane", "Ann", "Roe", "said"], [3, 2, 3, 4, 4],
                  ["compound", "compound", "compound", "nsubj", "ROOT"],
                  ["O", "B-PERSON", "I-PERSON", "B-PERSON", "O"]) == ["Jane Ann Roe"]
    # two people side by side, not one name's parts, stay two ("Jane Roe, Doe said")
    assert people(["Jane", "Roe", "Doe", "said"], [1, 3, 1, 3],
                  ["compound", "nsubj", "appos", "ROOT"],
                  ["B-PERSON", "I-PERSON", "B-PERSON", "O"]) == ["Jane Roe", "Doe"]


def test_a_firm_s_product_named_after_it_is_not_another_firm() -> None:
    # an operator whose name is a common word ("Play") is that firm on its own; after
    # another firm's name it is that firm's product
    def firms(text: str) -> set[str]:
        return {e.label for e in _one(text).entities if e.type.value in {"Telco", "Company"}}

    assert "Play" in firms("Mobile operators in Poland, including Play, said the Acme app "
                           "was pulled on Monday.")
    assert firms("Mobile operators said the app can no longer be downloaded from Apple's App "
                 "Store or Google Play in Peru.") == {"Apple", "Google"}


def test_a_rule_on_a_topic_in_a_named_law_leaves_the_topic_out_of_the_name() -> None:
    ex = _one("Peru's ministry will pursue special rules on AI in the Acme Data Act.")
    assert {e.label for e in ex.entities if e.type.value == "Policy"} == {"Acme Data Act"}
    kept = _one("Peru passed the Transparency in Supply Chains Act on Monday.")
    assert {e.label for e in kept.entities if e.type.value == "Policy"} == {
        "Transparency in Supply Chains Act"}


def test_a_firm_making_changes_a_law_requires_does_not_take_part_in_the_law() -> None:
    ex = _one("The service will resume once Globex Corp has made the changes required under "
              "the Acme Data Act.")
    assert not any(p == "participatesIn" for _, p, _ in _named_facts(ex))
    # a firm building a project, or a phase of it, takes part in it
    for text in ("Globex Corp will build the first phase of the Acme Network.",
                 "Globex Corp is building the cable, known as the Acme Network."):
        assert ("Globex Corp", "participatesIn", "Acme Network") in _named_facts(_one(text))


def test_a_former_post_is_no_affiliation_and_a_minister_heads_no_authority() -> None:
    ex = _one("Communications Minister Jane Roe ordered a review on Friday. It is led by John "
              "Doe, a former deputy chair of the Ruritanian Communications Authority (RCA).")
    facts = _named_facts(ex)
    assert not any(p == "affiliatedWith" for who, p, _ in facts if who == "John Doe")
    assert ("Jane Roe", "affiliatedWith", "Ruritanian Communications Authority") not in facts
    assert ("John Doe", "role", "former deputy chair of the Ruritanian Communications "
            "Authority (RCA)") in _values(ex)
    # now in the post, he is the authority's
    now = _one("The review is led by John Doe, deputy chair of the Ruritanian Communications "
               "Authority (RCA).")
    assert ("John Doe", "affiliatedWith", "Ruritanian Communications Authority") in \
        _named_facts(now)


def test_a_dateline_city_that_is_no_capital_places_the_story() -> None:
    from policygraph.pipeline import extract

    text = ("Acme Telecom, owned by a Peruvian group listed in Peru, was questioned by the "
            "Senate on Friday.")
    ex = next(extract([Article(id="x", text=text, published=date(2023, 5, 10),
                               dateline="TORONTO")]))
    assert "Senate of Canada" in {e.label for e in ex.entities}
    assert "Senate of Peru" not in {e.label for e in ex.entities}


def test_a_place_based_firm_named_like_an_operator_is_a_telco() -> None:
    types = {e.label: e.type.value
             for e in _one("Lima-based Acme Wireless runs Huawei radios on 14 sites, and "
                           "Lima-based Acme Systems makes the masts.").entities}
    assert (types["Acme Wireless"], types["Acme Systems"]) == ("Telco", "Company")


def test_titles_with_their_adjective_after_a_list_s_comma_and_not_a_law_after_a_name() -> None:
    roles = _values(_one("Chief financial officer Jane Roe and senior political adviser John "
                         "Doe quit."))
    assert {("Jane Roe", "role", "Chief financial officer"),
            ("John Doe", "role", "senior political adviser")} <= roles
    # "Ana Poe of the Acme Project, Senator Jane Roe": the title starts after the comma
    listed = _values(_one("Around the table were Ana Poe of the Acme Project, Senator Jane Roe "
                          "and Representative John Doe."))
    assert ("Jane Roe", "role", "Senator") in listed
    assert ("John Doe", "role", "Representative") in listed
    # what a person was named under is no title
    named = _one("Treasury named its director, Jane Roe, and deputy director, John Doe, under "
                 "the Acme Accountability Act of 2016.")
    assert not any(p == "role" and "Act" in v for _, p, v in _values(named))


def test_a_middle_name_a_language_and_a_title_are_no_country_and_no_name() -> None:
    ex = _one("Ana Sofia Roe of the Acme Project and Representative John Doe met the police "
              "force, known by its Spanish initials PNR.")
    labels = {e.label for e in ex.entities}
    assert "John Doe" in labels and "Representative John Doe" not in labels
    assert not {"Bulgaria", "Spain"} & labels
    # the capital and the country's people, named as such, stay
    kept = {e.label for e in _one("Sofia and Madrid said on Monday that Spanish officials "
                                  "would visit.").entities}
    assert {"Bulgaria", "Spain"} <= kept


def test_a_legislator_s_title_the_ner_took_into_the_name_is_left_out() -> None:
    from spacy.tokens import Doc

    from policygraph.pipeline import load_pipeline

    nlp = load_pipeline()
    for title in ("Representative", "Congresswoman", "Lawmaker"):
        doc = Doc(nlp.vocab, words=["and", title, "Jane", "Roe", ",", "chair"],
                  ents=["O", "B-PERSON", "I-PERSON", "I-PERSON", "O", "O"])
        person = nlp.get_pipe("pg_mentions")._person(doc, doc.ents[0])
        assert person is not None and person.name == "Jane Roe"


def test_a_police_force_named_in_full_is_a_government_body() -> None:
    ex = _one("Treasury sanctioned Ruritania's Revolutionary National Police on Friday.")
    assert {e.label: e.type.value for e in ex.entities}[
        "Revolutionary National Police"] == "GovernmentBody"


def test_getting_people_back_online_is_no_mode_of_a_meeting() -> None:
    for text, online in (("Jane Roe met John Doe on Friday. Much of the meeting turned on "
                          "getting Ruritanians back online.", False),
                         ("Jane Roe met John Doe on Friday. Much of the meeting turned on "
                          "online platforms.", False),
                         ("Jane Roe met John Doe online on Friday.", True)):
        modes = {v for _, p, v in _values(_one(text, date(2021, 7, 31))) if p == "mode"}
        assert ("videoconference" in modes) is online


def test_the_director_named_along_with_a_sanctioned_body_is_its() -> None:
    ex = _one("The Treasury sanctioned Acme Telecom on Friday, along with its chief executive, "
              "Jane Roe.")
    assert ("Jane Roe", "affiliatedWith", "Acme Telecom") in _named_facts(ex)
    # named with a body the article does not name: nobody's, not the sanctioning office's
    other = _one("The Office of Foreign Assets Control designated the police force, together "
                 "with its director, Jane Roe.")
    assert not any(p == "affiliatedWith" for _, p, _ in _named_facts(other))


def test_a_ban_in_a_clause_of_its_own_is_its_own_and_the_subject_s() -> None:
    ex = _one("Since April 2020, the Acme Directive has required approval for any investment, "
              "and Peru has blocked 200 apps since its first app ban, on Acme Corp and 58 "
              "others.")
    facts = _named_facts(ex)
    assert ("Acme Directive", "excludes", "Acme Corp") not in facts
    ban = next(e for e in ex.entities if e.type.value == "Policy" and e.label != "Acme Directive")
    assert {(ban.label, "excludes", "Acme Corp"), (ban.label, "promotedBy", "Peru")} <= facts
    assert {"app ban", "ban on Acme Corp"} <= ban.alt_labels | {ban.label}
    banned = _one("Since April 2020, the Acme Directive has required approval for any "
                  "investment, and Peru has banned Acme Corp.")
    assert not any(s == "Acme Directive" and p == "excludes" for s, p, _ in _named_facts(banned))
    # "Peru's app ban on Acme Corp" is that ban, not the directive named before it
    noun = _one("The Acme Directive has required approval since April 2020, and Peru's app ban "
                "on Acme Corp took effect in June.")
    assert not any(s == "Acme Directive" and p == "excludes" for s, p, _ in _named_facts(noun))


def test_a_summit_under_way_from_one_weekday_to_another_began_this_week() -> None:
    on = {v for _, p, v in _values(_one("Peru is hosting the Acme summit in Lima from Tuesday "
                                        "to Thursday.", date(2024, 10, 23))) if p == "date"}
    assert on == {"2024-10-22"}
    later = {v for _, p, v in _values(_one("Peru is hosting the Acme summit in Lima from "
                                           "Thursday to Friday.", date(2024, 10, 23)))
             if p == "date"}
    assert later == {"2024-10-24"}


def test_the_kind_of_ban_between_its_owner_and_it_keeps_the_owner() -> None:
    ex = _one("Peru's equipment ban on Acme Corp took effect in June.")
    ban = next(e for e in ex.entities if e.type.value == "Policy")
    assert (ban.label, "promotedBy", "Peru") in _named_facts(ex)
    assert "equipment ban" in ban.alt_labels


def test_a_bare_congress_is_the_dateline_country_s_and_a_junior_s_surname_is_his() -> None:
    from policygraph.pipeline import extract

    text = ("President John Roe Jr. on Monday signed the Acme Act, witnessed by Representative "
            "Jim Roe. Congress moved quickly. The House passed its bill on September 20, and "
            "the Senate approved its version on September 27. Roe also signed a second law.")
    ex = next(extract([Article(id="x", text=text, published=date(2022, 10, 11),
                               dateline="LIMA")]))
    labels = {e.label: e for e in ex.entities}
    assert "Senate of Peru" in labels
    assert not {"US Congress", "US Senate", "US House of Representatives"} & set(labels)
    assert "Roe" in labels["John Roe Jr."].alt_labels
    assert "Roe" not in labels["Jim Roe"].alt_labels
    # a bare "Congress" is the congress of the country the story is filed from, and only
    # then: an article about a country, filed from nowhere, may be about the US Congress
    from spacy.tokens import Doc

    from policygraph.linking import Gazetteer
    from policygraph.model import EntityType
    from policygraph.nlp.mentions import Mention, _home_chambers
    from policygraph.pipeline import load_pipeline

    words = "Peru and Peru said so . Roe signed it . Congress moved quickly .".split()
    doc = Doc(load_pipeline().vocab, words=words,
              sent_starts=[k in {0, 6, 10} for k in range(len(words))])
    peru = [Mention(k, k + 1, "country/PE", EntityType.COUNTRY, "Peru", "Peru", "name", "PE")
            for k in (0, 2)]
    congress = Mention(10, 11, "org/us-congress", EntityType.GOVERNMENT_BODY, "Congress",
                       "US Congress", "name", "US")
    homes = {}
    for dateline in ("LIMA", None):
        doc._.pg_dateline = dateline
        homes[dateline] = [m.name for m in _home_chambers(doc, [*peru, congress],
                                                          Gazetteer.load())]
    assert homes == {"LIMA": ["Congress of Peru"], None: []}


def test_numbered_decrees_by_year_and_number_and_a_syndicate_and_a_particle_name() -> None:
    ex = _one("President Jane Roe signed Decree-Law No. 2022-54 on 13 September. Decree-Law 54 "
              "was not on the agenda. The Acme Directive 22-01 applies. The National Syndicate "
              "of Ruritanian Journalists objected, likening it to laws Zine El Abidine Ben Ali "
              "used.")
    found = {e.label: e for e in ex.entities}
    assert "Decree-Law 54" in found["Decree-Law No. 2022-54"].alt_labels
    assert "Acme Directive 22-01" in found
    assert found["National Syndicate of Ruritanian Journalists"].type.value == "Organization"
    assert "Zine El Abidine Ben Ali" in found


def test_a_trilogue_ended_by_a_deal_is_a_meeting_of_the_deal_s_maker() -> None:
    ex = _one("Peru reached a provisional agreement on the Acme Act late on Friday, ending the "
              "fifth and final trilogue on the law, which ran for about 36 hours.",
              date(2023, 12, 9))
    meeting, facts, values = _the_meeting(ex)
    label = meeting.label
    assert {(label, "participant", "Peru"), (label, "discussed", "Acme Act"),
            (label, "ordinal", "5"), (label, "duration", "PT36H")} <= facts | values


def test_a_duration_is_written_as_the_text_gives_it() -> None:
    from policygraph.graph import build_graph
    from policygraph.pipeline import extract

    art = Article(id="x", text="Peru and Chile held talks in Lima on Friday that ran for "
                  "about 36 hours.", published=date(2023, 12, 9))
    turtle = build_graph([next(extract([art]))]).serialize(format="turtle")
    assert '"PT36H"^^xsd:duration' in turtle


def test_an_operator_sold_to_another_is_its_own_firm_and_freedom_of_information_is_none() -> None:
    ex = _one("Industry Minister Jane Roe approved the transfer of Freedom Mobile's licences "
              "from Shaw Communications to Quebecor's Vidéotron. Vidéotron is paying Shaw for "
              "Freedom.")
    firms = {e.label: e for e in ex.entities if e.type.value in {"Telco", "Company"}}
    assert {"Freedom Mobile", "Vidéotron", "Quebecor"} <= set(firms)
    assert "Freedom" in firms["Freedom Mobile"].alt_labels
    assert firms["Quebecor"].type.value == "Telco"
    other = _one("The operator Telus filed a Freedom of Information request.")
    assert "Freedom Mobile" not in {e.label for e in other.entities}


def test_a_firm_named_after_its_seat_and_kind_and_one_called_by_its_acronym() -> None:
    ex = _one("The model had been made and sold by ZVX Consulting, a Budapest-based firm "
              "licensed to use the Acme brand. Government spokesman Jim Poe said ZVX was a "
              "trading intermediary. ZVX's chief executive, Jane Roe, told an American "
              "broadcaster that she did not make the pagers. A Santiago-based company, Acme "
              "Global, handled the deal.")
    facts = _named_facts(ex)
    assert {("Jane Roe", "affiliatedWith", "ZVX Consulting"),
            ("Acme Global", "basedIn", "Chile")} <= facts


def test_a_firm_s_service_announced_as_suspended_is_the_announcer_s_suspension() -> None:
    ex = _one("Peru's regulator said Acme Corp's app service has been suspended.")
    ban = next(e for e in ex.entities if e.type.value == "Policy")
    assert {(ban.label, "excludes", "Acme Corp"), (ban.label, "promotedBy", "Peru")} <= \
        _named_facts(ex)
    # shares suspended from trading, or a firm's own word on its service: no measure
    for text in ("Acme Corp's shares have been suspended from trading, the Lima exchange said.",
                 "Acme Corp said its service has been suspended.",
                 "Acme Corp said Globex Corp's app service has been suspended."):
        assert not any(e.type.value == "Policy" for e in _one(text).entities)


def test_a_lawyer_with_a_group_and_a_specialist_on_a_country() -> None:
    ex = _one("Jane Roe, a lawyer with the Lima-based Acme Rights Collective, said so. \"It is "
              "a floor,\" said John Doe, a Chile specialist at the Acme Centre for Andean "
              "Studies.")
    facts, values = _named_facts(ex), _values(ex)
    assert {("Jane Roe", "role", "lawyer"), ("John Doe", "role", "Chile specialist")} <= values
    assert ("John Doe", "affiliatedWith", "Acme Centre for Andean Studies") in facts
    assert ("John Doe", "affiliatedWith", "Chile") not in facts


def test_a_leader_named_only_for_an_administration_is_no_person_of_the_story() -> None:
    from policygraph.pipeline import extract

    def people(text: str) -> set[str]:
        ex = next(extract([Article(id="x", text=text, published=date(2021, 7, 31))]))
        return {e.label for e in ex.entities if e.type.value == "Person"}

    for text in ("Peru's ministry, which the Biden administration designated in January, "
                 "objected.",
                 "The force belongs to Peru's Interior Ministry, which the Trump administration "
                 "designated in January."):
        assert people(text) == set()
    assert people("The Biden administration acted on Friday. Biden spoke later.") == {
        "Joe Biden"}


def test_a_treaty_named_head_first_keeps_its_whole_name() -> None:
    ex = _one("Peru's President Jane Roe and Chile's President Ana Diaz signed the Treaty on the "
              "State Border in Lima on Thursday.")
    assert "Treaty on the State Border" in {e.label for e in ex.entities}
    assert {("Treaty on the State Border", "announcedBy", "Jane Roe")} <= _named_facts(ex)
    # a name may run on over "of", "in", "on the" and the countries inside it, but not a day
    ex = _one("The two leaders signed the Cooperation Agreement on the Responsibilities of the "
              "Joint Team on the Demarcation of the Peru-Chile Boundary, and the 1998 Agreement "
              "on the Maintenance of Peace in the Peru-Chile Border Areas on Monday.")
    assert {"Cooperation Agreement on the Responsibilities of the Joint Team on the Demarcation "
            "of the Peru-Chile Boundary",
            "Agreement on the Maintenance of Peace in the Peru-Chile Border Areas"} <= {
        e.label for e in ex.entities if e.type.value == "Policy"}
    # its own year, not the year of what the sentence names before it
    ex = _one("The talks are guided by the principles agreed in 1988 and the 1998 Agreement on "
              "the Maintenance of Peace in the Peru-Chile Border Areas.")
    assert ("Agreement on the Maintenance of Peace in the Peru-Chile Border Areas",
            "announcedOn", "1998") in _values(ex)
    for text in ("The Agreement on Thursday was hailed by Roe.",
                 "Peru signed the Treaty on Chile on Monday."):
        assert not any(e.type.value == "Policy" for e in _one(text).entities)


def test_a_long_name_signed_by_two_is_announced_by_both() -> None:
    ex = _one("Jane Roe and Ana Diaz signed the Cooperation Agreement on the Responsibilities "
              "and Functions of the Joint Technical Team on the Delimitation of the Boundary.")
    agreement = next(e.label for e in ex.entities if e.type.value == "Policy")
    assert agreement.endswith("Delimitation of the Boundary")
    assert {(agreement, "announcedBy", "Jane Roe"), (agreement, "announcedBy", "Ana Diaz")} <= \
        _named_facts(ex)


def test_a_decree_numbered_with_its_year_after_a_hyphen() -> None:
    ex = _one("Acme launched the tender in February 2021 under Decree No. 539-20, issued by "
              "President Jane Roe. The rules follow Resolution 12-2021.")
    assert {"Decree No. 539-20", "Resolution 12-2021"} <= {e.label for e in ex.entities}
    # its name before the head, over several words
    assert "Binding Acme Directive 17-01" in {e.label for e in _one(
        "The agency issued Binding Acme Directive 17-01 in 2017.").entities}
    # a number after a spaced dash is the sentence's, not the decree's
    assert "Decree 1234" in {e.label for e in _one(
        "Peru issued Decree 1234 - 19 officials were hurt.").entities}


def test_a_firm_or_institute_named_in_its_own_language() -> None:
    typed = {(e.label, e.type.value) for text in (
        "Compañía Peruana de Teléfonos, which operates under the Acme brand, bid.",
        "Grupo Roe said it would bid.", "Fundación Peruana de Datos said it would bid.")
        for e in _one(text).entities}
    assert {("Compañía Peruana de Teléfonos", "Company"), ("Grupo Roe", "Company"),
            ("Fundación Peruana de Datos", "Organization")} <= typed
    assert not {t for t in typed if t[1] == "Person"}


def test_a_firm_s_first_word_the_ner_left_out_of_a_person_s_name() -> None:
    from spacy.tokens import Span

    from policygraph.pipeline import load_pipeline

    nlp = load_pipeline()
    doc = nlp.make_doc("Compañía Peruana de Teléfonos bid.")
    doc.ents = [Span(doc, 1, 4, "PERSON")]  # as the NER reads it in some sentences
    assert [(m.surface, m.type.value) for m in nlp.get_pipe("pg_mentions")._ner_mentions(doc)] \
        == [("Compañía Peruana de Teléfonos", "Company")]


def test_a_known_brand_in_brackets_after_a_firm_s_full_name_is_that_firm() -> None:
    ex = _one("Bids came from Compañía Peruana de Datos (Entel) and Acme.")
    entel = next(e for e in ex.entities if e.label == "Entel")
    assert entel.type.value == "Telco" and "Compañía Peruana de Datos" in entel.alt_labels
    # an ambiguous brand is the article's own firm of that brand, or no known firm
    for text in ("Two offers came from Compañía Peruana de Teléfonos (Claro) and Acme Movil. "
                 "Claro, the biggest Peruvian mobile operator, paid most.",
                 "Two offers came from Compañía Peruana de Teléfonos (Claro) and Acme Movil. "
                 "Compañía Peruana de Teléfonos, which operates under the Claro brand, paid "
                 "most. Claro is the biggest Peruvian mobile operator."):
        ex = _one(text)
        assert [(e.label, e.type.value) for e in ex.entities if "Claro" in {
            e.label, *e.alt_labels}] == [("Claro Peru", "Telco")]
    ex = _one("Two offers came from Compañía Peruana de Teléfonos (Claro) and Acme Movil.")
    assert [(e.label, e.type.value) for e in ex.entities if "Claro" in e.alt_labels] == [
        ("Compañía Peruana de Teléfonos", "Company")]
    # a known firm's own brand in brackets stays its brand
    ex = _one("Bids came from Telefonica del Peru (Movistar) and Acme.")
    assert [e.label for e in ex.entities] == ["Telefónica"]
    # the letters of the name in brackets are its own acronym, whatever firm has them
    ex = _one("Jane Roe, managing director of the industry body Digital Identity Guild Inc "
              "(DIGI), said the rules were vague.")
    assert "Digital Identity Guild Inc" in {e.label for e in ex.entities}
    assert not {e.label for e in ex.entities if e.type.value == "Telco"}


def test_an_acronym_then_the_name_it_stands_for_is_one_body() -> None:
    ex = _one("The state holding company SEAP will buy 10%. SEAP, the Sociedad Estatal de "
              "Activos Publicos, said it would hold it.")
    firms = [e for e in ex.entities if e.type.value in {"Company", "Organization"}]
    assert [(e.label, sorted(e.alt_labels)) for e in firms] == [
        ("SEAP", ["Sociedad Estatal de Activos Publicos"])]
    # a list after the acronym is no apposition
    ex = _one("The state holding company SEAP will buy 10%. SEAP, the Sociedad Estatal de "
              "Activos Publicos and Acme Corp said they would hold it.")
    assert all(not e.alt_labels for e in ex.entities if e.label == "SEAP")


def test_a_spectrum_tender_is_the_article_s_auction() -> None:
    text = ("Peru's regulator opens offers in 5G tender\n"
            "The Peruvian Telecommunications Authority (PTA) today opened the offers in the "
            "international public tender for the 3300-3600 MHz band. The PTA launched the "
            "tender in February 2021 under Decree No. 539-20. Acme Movil, a Peruvian operator, "
            "did not take part in the tender.")
    ex = _one(text, date(2021, 10, 11))
    tender = next(e for e in ex.entities if e.type.value == "Policy" and "tender" in e.label)
    facts, values = _named_facts(ex), _values(ex)
    assert {(tender.label, "promotedBy", "Peru"),
            (tender.label, "partOf", "Decree No. 539-20")} <= facts
    assert (tender.label, "announcedOn", "2021-02") in values
    assert (tender.label, "participatesIn", "Acme Movil") not in facts
    # a tender for gear, legal tender, and an auction named in passing: none
    for other in ("Acme excluded Globex from a tender for 5G core equipment in Peru, which "
                  "sold 3.5 GHz spectrum last year.",
                  "Peru made bitcoin legal tender; Peru's 5G spectrum is unsold.",
                  "Peru bars Acme from its networks\nThe operators bidding in next month's 5G "
                  "spectrum auction may not use Acme gear, Peru's regulator said."):
        assert not any(e.type.value == "Policy" and ("tender" in e.label or "auction" in
                                                     e.label) for e in _one(other).entities)


def test_a_tender_for_bands_in_a_release_that_names_its_state_once() -> None:
    # Peru and Chile are named once each; the regulator's release names its own body often
    ex = _one("Regulator opens offers in tender\nThe Peruvian Telecommunications "
              "Authority (PTA) today opened the offers in the international public tender for "
              "the 3300-3600 MHz band, the first in Peru. The PTA said Acme Movil, a unit of "
              "Chile's Globex Corp, did not bid. The PTA will award the band on Thursday.",
              date(2021, 10, 11))
    tenders = [e for e in ex.entities if e.type.value == "Policy"]
    assert [t.label for t in tenders] == ["Peru's tender"]
    assert "spectrum auction" in tenders[0].alt_labels  # what it sells: the band
    assert ("Peru's tender", "promotedBy", "Peru") in _named_facts(ex)


def test_rules_made_under_a_law_and_not_under_another() -> None:
    facts = _named_facts(_one("The ministry adopted the Acme Rules under the Data Act, not under "
                              "the Cyber Act that is still being negotiated."))
    assert ("Acme Rules", "partOf", "Data Act") in facts
    assert ("Acme Rules", "partOf", "Cyber Act") not in facts
    facts = _named_facts(_one("The ministry adopted the Acme Rules in May 2021 under the Data "
                              "Act, with the Cyber Act in mind."))
    assert ("Acme Rules", "partOf", "Data Act") in facts


def test_the_decision_after_an_auction_is_the_measure_before_it() -> None:
    ex = _one("Peru banned Huawei from its 5G networks on Tuesday. The operators bidding in "
              "Peru's 5G spectrum auction next month must comply. Huawei said it was studying "
              "the decision.")
    ban = next(e for e in ex.entities if e.type.value == "Policy" and "Huawei" in e.label)
    assert "decision" in ban.alt_labels


def test_a_strategic_partnership_two_states_raise_their_ties_to() -> None:
    ex = _one("President Jane Roe and Chilean President Ana Diaz announced that relations "
              "between Peru and Chile had been raised to a \"comprehensive strategic cooperative "
              "partnership\" after talks in Lima, a visit overshadowed by a row with Bolivia.")
    pact = next(e for e in ex.entities if e.type.value == "Policy")
    assert "comprehensive strategic cooperative partnership" in pact.alt_labels
    facts = _named_facts(ex)
    assert {(pact.label, "promotedBy", "Peru"), (pact.label, "promotedBy", "Chile"),
            (pact.label, "announcedBy", "Jane Roe"), (pact.label, "announcedBy", "Ana Diaz")} \
        <= facts
    assert (pact.label, "promotedBy", "Bolivia") not in facts
    ex = _one("Peru and Chile upgraded their relations to a comprehensive strategic partnership.")
    assert {e.label for e in ex.entities if e.type.value == "Policy"} == {
        "Peru-Chile comprehensive strategic partnership"}
    # every state of a list; not one a comma sets aside
    ex = _one("Relations between Peru and Chile, long strained by a row with Bolivia, were "
              "raised to a comprehensive strategic partnership on Wednesday.")
    assert {f[2] for f in _named_facts(ex) if f[1] == "promotedBy"} == {"Peru", "Chile"}
    ex = _one("Peru, Chile, Bolivia and Ecuador raised their ties to a comprehensive strategic "
              "partnership.")
    assert {f[2] for f in _named_facts(ex) if f[1] == "promotedBy"} == {
        "Peru", "Chile", "Bolivia", "Ecuador"}
    for text in ("Peru did not upgrade its ties with Chile to a strategic partnership.",
                 "Acme signed a strategic partnership with Globex Corp.",
                 "Peru and Chile signed a partnership on fisheries."):
        assert not any(e.type.value == "Policy" and "partnership" in e.label
                       for e in _one(text).entities)


def test_a_memorandum_is_named_by_what_it_is_on() -> None:
    ex = _one("Peru's fisheries ministry signed a memorandum on the blue economy with Chile's "
              "Ministry of Commerce, and Peru and Chile signed a memorandum on disaster risk "
              "reduction.")
    names = {n for e in ex.entities if e.type.value == "Policy" for n in {e.label, *e.alt_labels}}
    assert {"memorandum on the blue economy", "memorandum on disaster risk reduction"} <= names
    # "on the corridor" names a thing named before; "the work of a team" goes on
    for text in ("Peru and Chile signed a memorandum on the corridor.",
                 "Peru and Chile signed an agreement on the work of a joint technical team.",
                 "Peru and Chile signed an agreement on technical work of a joint team."):
        assert {e.label for e in _one(text).entities if e.type.value == "Policy"} <= {
            "Peru-Chile memorandum", "Peru-Chile agreement"}


def test_a_heading_in_capitals_names_no_body_by_its_common_word() -> None:
    ex = _one("Peru cut the internet.\n2 / WHO PULLED THE PLUG\nThe operators cut mobile data.")
    assert "World Health Organization" not in {e.label for e in ex.entities}
    ex = _one("Peru cut the internet.\n2 / THE ORDER\nThe WHO said the operators cut mobile data.")
    assert "World Health Organization" in {e.label for e in ex.entities}


def test_a_firm_that_sells_under_a_known_brand_is_that_brand() -> None:
    for text in ("Peru's two operators, Entel Peru and Acme Telecom, which sells its services "
                 "under the Bitel brand, cut mobile data.",
                 "Acme Telecom, which operates under the Bitel name, bid."):
        bitel = next(e for e in _one(text).entities if e.label == "Bitel")
        assert "Acme Telecom" in bitel.alt_labels
    # a brand that is no name of the firm before: not "under the Bitel deal"
    ex = _one("Acme Telecom, which sells its services under a deal with Bitel, bid.")
    assert "Acme Telecom" not in next(e for e in ex.entities if e.label == "Bitel").alt_labels


def test_a_government_that_suspends_internet_access_imposes_a_shutdown() -> None:
    ex = _one("Peru has been offline since Saturday. Communications Minister Jane Roe went on "
              "state television on Saturday evening to announce that the government was "
              "suspending internet access across the whole country until further notice.",
              date(2023, 8, 28))
    cut = next(e for e in ex.entities if e.type.value == "Policy")
    assert {"internet suspension", "suspension of internet access"} <= {cut.label,
                                                                        *cut.alt_labels}
    assert {(cut.label, "promotedBy", "Peru"), (cut.label, "announcedBy", "Jane Roe")} <= \
        _named_facts(ex)
    assert (cut.label, "announcedOn", "2023-08-26") in _values(ex)
    ex = _one("Peru cut mobile data on Sunday, the ministry said.", date(2023, 8, 28))
    assert [e.label for e in ex.entities if e.type.value == "Policy"] == ["Peru's shutdown"]
    # an operator carrying it out, a denial, an earlier cut, access to a firm: none
    for text in ("Acme Telecom cut mobile data within hours.", "Peru did not cut mobile data.",
                 "Peru had also cut mobile data during unrest in June 2023.",
                 "Peru cut access to Acme's app on Sunday.", "Peru cut rates on Sunday.",
                 "Peru restricted access on Sunday.",
                 "Peru's two carriers, Acmefon and Betafon, cut mobile data.",
                 "Peru's Acme Foundation cut mobile data on Sunday."):
        assert not any(e.type.value == "Policy" and "shutdown" in e.label
                       for e in _one(text).entities), text


def test_a_cut_the_government_ordered_and_a_ministry_announced_is_one() -> None:
    ex = _one("LIMA – Mobile internet came back across Peru on Wednesday, three days after the "
              "government ordered operators to suspend mobile data. The Ministry of Digital "
              "Affairs had announced the temporary suspension of mobile data from 10 p.m. on "
              "Sunday.", date(2024, 2, 7))
    cuts = [e for e in ex.entities if e.type.value == "Policy"]
    assert len(cuts) == 1
    assert {(cuts[0].label, "promotedBy", "Peru"),
            (cuts[0].label, "promotedBy", "Ministry of Digital Affairs")} <= _named_facts(ex)


def test_a_regulator_suspends_the_broadcasts_of_named_stations() -> None:
    ex = _one("Also on Saturday, the High Authority for Media (HAM), Peru's media regulator, "
              "suspended the broadcasts of the French stations France 24 and Radio Acme and of "
              "the francophone channel Canal Acme, accusing them of bias.", date(2023, 8, 28))
    firms = {e.label for e in ex.entities if e.type.value == "Company"}
    assert {"France 24", "Radio Acme", "Canal Acme"} <= firms
    cut = next(e for e in ex.entities if e.type.value == "Policy")
    assert {(cut.label, "excludes", f) for f in ("France 24", "Radio Acme", "Canal Acme")} | {
        (cut.label, "promotedBy", "High Authority for Media")} <= _named_facts(ex)
    assert "suspension of broadcasts" in cut.alt_labels
    # each name a plural kind of firm lists, of its kind
    assert {(e.label, e.type.value) for e in _one(
        "The carriers Acme Wireless and Betafon cut mobile data.").entities} == {
        ("Acme Wireless", "Telco"), ("Betafon", "Telco")}
    # a number after a country is no channel without a word for one
    assert [e.label for e in _one("Peru has 24 regions.").entities] == ["Peru"]


def test_an_elections_centre_and_an_observatory_named_in_french() -> None:
    typed = {(e.label, e.type.value) for text in (
        "The Peruvian Elections Centre has not said when it will publish results.",
        "\"It is wrong,\" said Laura Diaz of the Lima-based Observatoire Citoyen du Numérique.",
        "The Election Observers Association said the vote was fair.") for e in _one(text).entities}
    assert {("Peruvian Elections Centre", "GovernmentBody"),
            ("Observatoire Citoyen du Numérique", "Organization"),
            ("Election Observers Association", "Organization")} <= typed


def test_a_state_that_also_signed_a_declaration_takes_part_in_it() -> None:
    facts = _named_facts(_one("France and India backed the Lima Declaration on Tuesday. The "
                              "European Union also signed the declaration, formally the "
                              "Statement on Inclusive Data for People."))
    assert ("European Union", "participatesIn", "Lima Declaration") in facts
    assert ("Lima Declaration", "promotedBy", "European Union") not in facts
    facts = _named_facts(_one("The European Union signed the Lima Declaration on Tuesday."))
    assert ("Lima Declaration", "promotedBy", "European Union") in facts


def test_a_court_that_struck_down_two_laws_in_one_clause() -> None:
    values = _values(_one("The court struck down the Acme Act in 2015 and its successor, the "
                          "Beta Act, in July 2020."))
    assert {("Acme Act", "status", "struck down"), ("Beta Act", "status", "struck down")} <= \
        values
    values = _values(_one("The court struck down the Acme Act in 2015 and its successor, the "
                          "Beta Act, survived."))
    assert ("Beta Act", "status", "struck down") not in values


def test_an_ambiguous_firm_name_that_an_apposition_calls_a_firm() -> None:
    ex = _one("In May, Ireland's regulator fined Meta, the US owner of Facebook, a record sum.")
    assert ("Meta Platforms", "Company") in {(e.label, e.type.value) for e in ex.entities}
    assert not any(e.label == "Meta Platforms" for e in _one(
        "Meta, the word, is Greek for beyond.").entities)


def test_a_body_adopts_a_decision_of_a_kind() -> None:
    ex = _one("The European Commission on Monday adopted its adequacy decision for the Data "
              "Privacy Framework.", date(2023, 7, 10))
    decision = next(e for e in ex.entities if e.label == "adequacy decision")
    assert {(decision.label, "promotedBy", "European Commission")} <= _named_facts(ex)
    assert (decision.label, "announcedOn", "2023-07-10") in _values(ex)
    # a court's ruling, a board's investment, a decision to do something: none
    for text in ("Peru's Supreme Court adopted a court decision on Friday.",
                 "The board adopted its investment decision.",
                 "Peru's ministry said its adequacy decision was under review.",
                 "The European Commission on Monday discussed its adequacy decision.",
                 "Globex Corp on Monday adopted its adequacy decision."):
        assert not any(e.type.value == "Policy" for e in _one(text).entities), text


def test_an_order_adopted_under_a_section_of_an_act() -> None:
    ex = _one("The Order on Revocation and Termination, adopted under Section 214 of the "
              "Communications Act, directs Acme Telecom to stop providing services.")
    act = next(e for e in ex.entities if e.label == "Communications Act")
    assert "Section 214 of the Communications Act" in act.alt_labels
    assert ("Order on Revocation and Termination", "partOf", "Communications Act") in \
        _named_facts(ex)
    # what "it" was: the object of the same verb before, not the last policy named
    ex = _one("Peru adopted the Acme Rules on Monday. Chile praised the Beta Plan. It was "
              "adopted under the Data Act.")
    assert ("Acme Rules", "partOf", "Data Act") in _named_facts(ex)
    assert ("Beta Plan", "partOf", "Data Act") not in _named_facts(ex)
    # a section cited in lower case: made under the Act
    ex = _one("The Final Order was made by the minister, Jane Roe, under section 26 of the "
              "Data Security Act 2021.")
    assert ("Final Order", "partOf", "Data Security Act 2021") in _named_facts(ex)
    assert not any(e.type.value == "Policy" for e in _one(
        "The Order on Monday was adopted.").entities)


def test_a_person_who_now_runs_a_body_and_a_chairman_of_then() -> None:
    # a name before "a former FCC staffer who" is a person's, whatever the NER reads
    from policygraph.nlp.mentions import _appositive_people
    from policygraph.pipeline import load_pipeline

    doc = load_pipeline()("\"It is late,\" said Marcus Vale, a former FCC staffer who now "
                          "runs the Acme Security Forum.")
    assert [m.surface for m in _appositive_people(doc)] == ["Marcus Vale"]
    ex = _one("\"This closes the door,\" said Marcus Vale, a former FCC staffer who now runs "
              "the Lima-based Acme Security Forum.")
    assert ("Marcus Vale", "affiliatedWith", "Acme Security Forum") in _named_facts(ex)
    assert ("Marcus Vale", "affiliatedWith", "Federal Communications Commission") not in \
        _named_facts(ex)
    for text in ("Jane Roe, who headed the Acme Institute, said so.",
                 "Jane Roe, who no longer runs the Acme Institute, said so."):
        assert not any(f[1] == "affiliatedWith" for f in _named_facts(_one(text))), text
    # "under then-Chairman": his title then, without the words that say when
    ex = _one("In December 2020, under then-Chairman Jane Roe, Peru's regulator opened "
              "proceedings against Acme Telecom.")
    assert ("Jane Roe", "role", "Chairman") in _values(ex)
    assert ("Jane Roe", "role", "President") in _values(_one(
        "Under then-President Jane Roe, Peru's regulator opened proceedings."))
    assert ("Jane Roe", "role", "Under Secretary") in _values(_one(
        "Under Secretary Jane Roe said so."))
    # a post held then is no affiliation now
    assert ("Jane Roe", "affiliatedWith", "White House") in _named_facts(_one(
        "Chile protested after White House spokeswoman Jane Roe spoke."))
    assert not _named_facts(_one("Chile protested after then-White House spokeswoman Jane "
                                 "Roe spoke."))


def test_a_policy_that_took_effect_is_in_force() -> None:
    for text in ("Peru's Trade Minister Regulation No. 31 of 2023, which took effect on "
                 "Tuesday, bars sales on social media.", "The Acme Act came into force in May.",
                 "The Acme Act entered into force in May."):
        assert any(v[1:] == ("status", "in force") for v in _values(_one(text))), text
    for text in ("The Acme Act will take effect in May.", "The Acme Act has not come into force.",
                 "The Acme Act took center stage.", "The Acme Act came into view in May."):
        assert not any(v[1] == "status" for v in _values(_one(text))), text


def test_a_double_surname_the_ner_cut_at_its_hyphen_is_the_whole_name() -> None:
    ex = _one("Photo: Prime Minister Devi Persaud-Khan greets President John Poe at the palace "
              "on Friday.\nPeru and Chile signed a trade deal on Friday.")
    assert {e.label for e in ex.entities if e.type.value == "Person"} == {
        "Devi Persaud-Khan", "John Poe"}
    # two people's surnames joined: neither is the other's
    ex = _one("Peru and Chile signed a pact on Friday. A report said the Boluarte-Boric "
              "call took place on Thursday.")
    assert "Boluarte-Boric" not in {e.label for e in ex.entities}
    # a hyphen before a lower-case word ends the name: "Poe-led talks", "Roe-backed rules"
    for text, name in (("Peru and Chile held Jane Poe-led talks in Lima on Friday.", "Jane Poe"),
                       ("Peru held talks on Friday. Jane Roe-backed rules were approved.",
                        "Jane Roe"),
                       ("Peru held talks on Friday. John Poe-run firms were fined.", "John Poe"),
                       # a given name of two parts, the second in lower case, goes on
                       ("Peru held talks on Friday, said Roe Tae-yoon, an analyst at Acme.",
                        "Roe Tae-yoon"),
                       ("Peru held talks on Friday, said Roe Ji-won, an analyst at Acme.",
                        "Roe Ji-won")):
        assert {e.label for e in _one(text).entities if e.type.value == "Person"} == {name}


def test_a_caption_s_bare_agreement_is_the_headline_s_and_a_name_the_ner_cut_short() -> None:
    text = ("Peru signs free trade agreement with Chile\n"
            "Photo: Trade Minister José Luis Quispe signs the agreement at a Lima hotel, with "
            "Chilean minister Ana Roe beside him.\n"
            "LIMA — Peru and Chile signed a free trade agreement on Wednesday. José Luis "
            "Quispe, Peru's trade minister, signed for Peru. Peru is not a member of the "
            "Comprehensive and Progressive Agreement for Trans-Pacific Partnership.")
    ex = _one(text, date(2023, 5, 11))
    facts = _named_facts(ex)
    # "signs the agreement" before any named agreement: the headline's, not the trade pact
    # named paragraphs later
    assert ("Peru-Chile free trade agreement", "announcedBy", "José Luis Quispe") in facts
    assert not any(f[0].startswith("Comprehensive") for f in facts), facts
    # "José Luis| Quispe signs": the NER stopped short of the name written in full later
    assert {e.label for e in ex.entities if e.type.value == "Person"} == {
        "José Luis Quispe", "Ana Roe"}
    # a bare one with an owner of its own is that owner's, not the earlier one's
    ex = _one("Japan will restrict exports of 23 types of chipmaking tools, the trade ministry "
              "said on Friday. The decision follows export controls unveiled by the United "
              "States last October.")
    assert ("United States' export controls", "promotedBy", "United States") in \
        _named_facts(ex)
    # without the full name elsewhere the NER's span stands
    short = _one("Photo: Trade Minister José Luis Quispe signs the agreement in Lima on "
                 "Wednesday.")
    assert "José Luis Quispe" not in {e.label for e in short.entities}


def test_a_government_s_cabinet_is_a_body_and_its_vote_on_a_day_a_sitting() -> None:
    ex = _one("LIMA — The cabinet voted on Sunday to shut Acme TV's bureau in Peru. Prime "
              "Minister Jane Roe, who chaired the meeting, called it a security step.",
              date(2024, 5, 6))
    meeting, facts, values = _the_meeting(ex)
    assert meeting.label == "Cabinet vote"
    assert {("Cabinet vote", "participant", "Cabinet of Peru"),
            ("Cabinet vote", "ledBy", "Jane Roe")} <= facts
    assert ("Cabinet vote", "date", "2024-05-05") in values
    # "Chile's cabinet", "the Chilean cabinet": that country's, whatever the article is about
    for text in ("Peru's ban is final. Chile's cabinet approved a similar ban on Acme.",
                 "Peru's ban is final. The Chilean cabinet approved a similar ban on Acme."):
        assert "Cabinet of Chile" in {e.label for e in _one(text).entities}, text
    # posts in a cabinet, its office, a cabinet not formed yet, a heading: no body
    for text in ("Peru's Cabinet Secretary Jane Roe and a cabinet minister spoke in Peru.",
                 "The Cabinet Office in Peru said so.", "Peru's new cabinet was sworn in.",
                 "THE CABINET ON SATURDAY\nPeru's ministers met.",
                 "The cabinet ministers of Peru met.", "They met in the Cabinet Room in Peru."):
        assert "Cabinet of Peru" not in {e.label for e in _one(text).entities}, text
    # "Cabinet" alone, as some governments name theirs: the article's country's
    for text in ("Cabinet, at its meeting on Monday, decided to grant Acme a licence to "
                 "serve Peru.",
                 "LIMA — The Acme licence, which was approved by Cabinet on Monday, runs for "
                 "ten years. Peru's regulator welcomed it."):
        assert "Cabinet of Peru" in {e.label for e in _one(text).entities}, text
    # the Council of Ministers the article names is its cabinet
    ex = _one("Peru's Council of Ministers approved the ban. The cabinet will review it.")
    assert [e.label for e in ex.entities if e.type.value == "GovernmentBody"] == [
        "Council of Ministers"]
    # after a chamber's vote, "the meeting" is another one
    ex = _one("The Senate of Peru passed the Acme Bill on Sunday. Jane Roe, who chaired the "
              "meeting, said so.", date(2024, 5, 6))
    assert not any(f[1] == "ledBy" for f in _named_facts(ex))


def test_instruments_named_by_their_number_as_notices_and_announcements() -> None:
    for name in ("Announcement No. 7 of 2024", "Notification No. 12/2022",
                 "Circular No. 5 of 2021"):
        ex = _one(f"Today Peru's trade ministry issued {name} on export controls.")
        assert name in {e.label for e in ex.entities if e.type.value == "Policy"}, name
    assert not any(e.type.value == "Policy" for e in _one(
        "The Notice was posted in Peru on Monday.").entities)


def test_a_vision_named_after_two_capitals_is_a_policy_not_the_cities() -> None:
    ex = _one("At a news conference after the talks, the two presidents launched the "
              "Lima-Santiago Vision, a plan for port investment.")
    assert "Lima-Santiago Vision" in {e.label for e in ex.entities if e.type.value == "Policy"}
    assert "Paris Agreement" in {e.label for e in _one("Peru signed the Paris Agreement.").entities}
    # a firm's name that goes on after the head is no policy
    assert not any(e.type.value == "Policy" for e in _one(
        "Lima Vision Systems makes cameras in Peru.").entities)


def test_a_treaty_named_head_first_with_a_list_of_what_it_is_on() -> None:
    ex = _one("Peru and Chile signed the Treaty on Lasting Peace, Long-Term Trade and "
              "Navigation on Tuesday.")
    assert "Treaty on Lasting Peace, Long-Term Trade and Navigation" in {
        e.label for e in ex.entities if e.type.value == "Policy"}
    # a comma that ends no list is where the name ends
    for text in ("Peru signed the Agreement on Trade, Chile said on Tuesday.",
                 "Peru signed the Agreement on Trade, and Trade Minister Jane Roe welcomed it."):
        assert "Agreement on Trade" in {e.label for e in _one(text).entities}, text


def test_the_people_a_leader_signs_with_announce_it_too() -> None:
    facts = _named_facts(_one("President Jane Roe signed the Treaty on Lasting Peace with "
                              "Chile's John Poe and Bolivia's Ann Doe on Tuesday."))
    assert {("Treaty on Lasting Peace", "announcedBy", who)
            for who in ("Jane Roe", "John Poe", "Ann Doe")} <= facts
    assert ("Acme Plan", "announcedBy", "John Poe") in _named_facts(_one(
        "President Jane Roe unveiled the Acme Plan with John Poe on Monday."))
    # what the law deals with, or what she signed it with, signs nothing
    for text in ("President Jane Roe signed the Acme Act, which deals with John Poe's firm.",
                 "President Jane Roe signed the Acme Act in the presence of John Poe.",
                 "President Jane Roe met John Poe and signed the Acme Act.",
                 "President Jane Roe announced the Acme Act with a nod to John Poe."):
        assert ("Acme Act", "announcedBy", "John Poe") not in _named_facts(_one(text)), text


def test_a_plant_named_after_a_person_is_no_person() -> None:
    for text in ("Acme Metals' Edwin Marsh Works in Peru will close.",
                 "Acme runs the John Poe Mine in Peru.",
                 "Acme's Ann Doe Shipyard in Peru will close."):
        assert not any(e.type.value == "Person" for e in _one(text).entities), text
    ex = _one("Jane Roe works at Acme Steel in Peru.")
    assert "Jane Roe" in {e.label for e in ex.entities if e.type.value == "Person"}


def test_a_union_named_before_the_word_union_is_an_organisation() -> None:
    ex = _one("Jane Roe, head of the Acme Miners union, criticised the plan in Peru.")
    assert ("Jane Roe", "affiliatedWith", "Acme Miners") in _named_facts(ex)
    assert {e.label: e.type.value for e in ex.entities}.get("Acme Miners") == "Organization"


def test_a_so_called_law_and_the_chamber_that_passed_it_in_a_relative_clause() -> None:
    ex = _one("Peru invoked the so-called Acme TV law, which the Congress of Peru passed on "
              "3 March.", date(2024, 5, 5))
    facts = _named_facts(ex)
    assert ("Acme TV law", "promotedBy", "Congress of Peru") in facts
    assert ("Congress vote", "discussed", "Acme TV law") in facts
    assert "Acme TV" not in {e.label for e in ex.entities}  # no firm inside the law's name
    # "so-called" before anything but a policy's name names no policy
    assert not any(e.type.value == "Policy" for e in _one(
        "Acme is a so-called Big Tech firm in Peru.").entities)


def test_who_speaks_after_talks_with_someone_took_part_in_them() -> None:
    meeting, facts, _ = _the_meeting(_one(
        "LIMA — President Jane Roe of Peru said on Thursday that she would name Chile a "
        "strategic partner, after talks with President John Poe of Chile at her office.",
        date(2024, 5, 24)))
    assert {(meeting.label, "ledBy", "Jane Roe"), (meeting.label, "ledBy", "John Poe")} <= facts
    facts = _named_facts(_one("President Jane Roe of Peru said after talks with President "
                              "John Poe of Chile that the two states were friends."))
    assert any(f[1:] == ("ledBy", "Jane Roe") for f in facts), facts
    # talks with no one named: a speaker after them may have been at none
    ex = _one("President Jane Roe of Peru said after the talks that Chile was a friend.")
    assert not any(f[1] == "ledBy" for f in _named_facts(ex))


def test_the_day_a_long_subject_s_verb_hangs_on_dates_what_it_issued() -> None:
    ex = _one("Today the Trade Ministry of Peru and the Customs Service of Peru issued "
              "Announcement No. 7 of 2024 on mineral exports.", date(2024, 4, 4))
    assert ("Announcement No. 7 of 2024", "announcedOn", "2024-04-04") in _values(ex)


def test_a_state_that_has_asked_to_join_was_not_urged_to() -> None:
    assert not _named_facts(_one("Peru has asked to join the Acme Initiative."))
    for text in ("Peru has been asked to join the Acme Initiative.",
                 "Peru, pressed by the United States to join the Acme Initiative, said no."):
        assert ("Peru", "urgedToJoin", "Acme Initiative") in _named_facts(_one(text)), text


def test_a_summit_under_someone_s_chairmanship_is_led_by_them() -> None:
    for text in ("Peru, Chile and Bolivia held their first summit in Lima on Friday under the "
                 "chairmanship of Peru's President Jane Roe.",
                 "The leaders agreed on Friday to form a council at their first summit, held in "
                 "Lima under the chairmanship of Peru's President Jane Roe."):
        facts = _named_facts(_one(text, date(2025, 4, 4)))
        assert any(f[1:] == ("ledBy", "Jane Roe") for f in facts), text
        assert any(f[1:] == ("participant", "Peru") for f in facts), text
    # a state in the chair takes part
    facts = _named_facts(_one("The ministers met in Lima on Friday under the chairmanship of "
                              "Chile.", date(2025, 4, 4)))
    assert any(f[1:] == ("participant", "Chile") for f in facts)


def test_who_chaired_a_meeting_and_who_only_watched_in_the_next_clause() -> None:
    ex = _one("Peru and Chile held talks in Lima on Monday. The talks were chaired by Trade "
              "Minister Jane Roe, and Prime Minister John Poe witnessed the signing.",
              date(2023, 7, 17))
    facts = _named_facts(ex)
    assert any(f[1:] == ("ledBy", "Jane Roe") for f in facts)
    assert not any(f[1:] == ("ledBy", "John Poe") for f in facts)
    # both in the "by" still lead it, and one named after "and by"
    facts = _named_facts(_one("Peru and Chile held talks in Lima on Monday. The talks were "
                              "chaired by Jane Roe and John Poe.", date(2023, 7, 17)))
    assert {f[2] for f in facts if f[1] == "ledBy"} == {"Jane Roe", "John Poe"}


def test_an_event_later_that_day_is_not_the_day_s_summit() -> None:
    ex = _one("Peru and Chile held their first summit in Lima on Friday. Jane Roe was due to "
              "address the opening of the Acme Trade Forum later on Friday.", date(2025, 4, 4))
    meetings = [e.label for e in ex.entities if e.type.value == "Meeting"]
    assert meetings and "Acme Trade Forum" not in meetings
    facts = _named_facts(ex)
    assert not any(f[0] == "Acme Trade Forum" and f[1] == "participant" for f in facts)


def test_a_meeting_where_an_act_of_the_sentence_before_was_done_has_its_day() -> None:
    for first in ("Peru signed the treaty to join the Acme Pact in Lima on Sunday.",
                  "On Sunday Peru signed its accession treaty in Lima."):
        ex = _one(f"{first} Trade Minister Jane Roe signed the protocol at the annual meeting "
                  "of the Acme Council, which Chile chairs this year.", date(2023, 7, 17))
        assert any(v[1:] == ("date", "2023-07-16") for v in _values(ex)
                   if v[0] not in {"Acme Pact"}), first
    # another act, or one still to come, gives no day
    for text in ("Peru adopted the rules on Sunday. Jane Roe signed the protocol at the annual "
                 "meeting of the Acme Council.",
                 "Peru signed the treaty in Lima on Sunday. Jane Roe will sign the protocol at "
                 "the annual meeting of the Acme Council."):
        ex = _one(text, date(2023, 7, 17))
        meetings = {e.label for e in ex.entities if e.type.value == "Meeting"}
        assert not any(v[0] in meetings and v[1] == "date" for v in _values(ex)), text


def test_states_set_beside_a_pact_s_members_take_part_in_it() -> None:
    for text in ("Peru joined the Acme Trade Pact on Sunday. Ministers from the 11 members, "
                 "Chile, Mexico and Japan, took part.",
                 "The Acme Trade Pact's members, Chile, Mexico and Japan, have ratified it.",
                 "Peru joined the Acme Trade Pact on Sunday. Ministers from its members, Chile, "
                 "Mexico and Japan, did not attend."):
        facts = _named_facts(_one(text))
        assert {("Chile", "participatesIn", "Acme Trade Pact"),
                ("Mexico", "participatesIn", "Acme Trade Pact"),
                ("Japan", "participatesIn", "Acme Trade Pact")} <= facts, text
    # the parser lists them as the noun's conjuncts
    facts = _named_facts(_one("Peru joined the Acme Trade Pact on Sunday. Ministers from the "
                              "members, Vietnam, Laos and Cambodia, took part."))
    assert {("Vietnam", "participatesIn", "Acme Trade Pact"),
            ("Laos", "participatesIn", "Acme Trade Pact")} <= facts
    # a bloc's members, or the members of a ban, are no pact's
    for text in ("Peru joined the Acme Trade Pact on Sunday. The EU's members, France and "
                 "Germany, objected.",
                 "Peru joined the Acme Trade Pact on Sunday. Ministers from the ASEAN members, "
                 "Vietnam, Laos and Cambodia, took part.",
                 "Peru unveiled the Digital Trade Strategy on Sunday. Its members, Chile and "
                 "Mexico, objected."):
        facts = _named_facts(_one(text))
        assert not any(f[0] in {"France", "Germany", "Chile", "Mexico", "Vietnam", "Laos"}
                       and f[1] == "participatesIn" for f in facts), text


def test_a_chamber_many_states_name_alike_is_its_state_s() -> None:
    for text, state in (("Chile's Chamber of Deputies approved the bill on Monday.", "Chile"),
                        ("The Chilean Chamber of Deputies approved the bill on Monday.", "Chile"),
                        ("Peru's Senate passed the bill on Monday. It now goes to the Chamber "
                         "of Deputies, which has not said when it will consider it.", "Peru")):
        bodies = {e.label: e.type.value for e in _one(text).entities}
        assert bodies.get(f"Chamber of Deputies of {state}") == "GovernmentBody", text
        assert "Chamber of Deputies" not in bodies, text  # not a firm the NER read as well
    # a one-word name ("the Parliament") is mostly the short name of one named in full
    labels = {e.label for e in _one("Peru banned the app on Monday. The European Parliament "
                                    "followed on Tuesday, and the Parliament's ban also covers "
                                    "phones used for work.").entities}
    assert "Parliament of Peru" not in labels


def test_a_provider_of_internet_or_mobile_service_is_a_telco() -> None:
    for text in ("Peruvian internet provider Acmelink began blocking the app on Sunday.",
                 "Peruvian mobile provider Acmelink began blocking the app on Sunday.",
                 "Peruvian internet service provider Acmelink began blocking the app on Sunday."):
        types = {e.label: e.type.value for e in _one(text).entities}
        assert types.get("Acmelink") == "Telco", text
    types = {e.label: e.type.value for e in _one("Peruvian cloud provider Acmelink began "
                                                 "blocking the app on Sunday.").entities}
    assert types.get("Acmelink") == "Company"


def test_cities_a_route_s_name_lists_are_not_their_states() -> None:
    for text in ("Crude reaches Peru through the Quito-Bogota-Lima pipeline.",
                 "Goods reach Peru on the Quito-Lima highway and the Bogota-Lima rail link."):
        labels = {e.label for e in _one(text).entities}
        assert "Ecuador" not in labels and "Colombia" not in labels, text
    # a capital acting, or the capitals of a meeting's name, are still their states
    labels = {e.label for e in _one("Quito said on Monday that it would answer Peru.").entities}
    assert "Ecuador" in labels


def test_a_person_s_party_named_after_their_possessive() -> None:
    for text, party in (("The move follows the local elections, in which President Jane "
                         "Roe's Peru Progress Party suffered its worst defeat.",
                         "Peru Progress Party"),
                        ("Two months after Jane Roe's United Example Congress won the election "
                         "in Peru, she took office.", "United Example Congress")):
        assert ("Jane Roe", "affiliatedWith", party) in _named_facts(_one(text)), text
    # a party's congress, a visit, a firm's unit: no party of hers
    for text in ("Jane Roe's party congress opened in Lima on Monday.",
                 "Jane Roe's Acme Holdings unit bought a stake in Peru on Monday.",
                 "Jane Roe's Example Institute for Trade Studies published a report in Peru."):
        assert not any(f[0] == "Jane Roe" and f[1] == "affiliatedWith"
                       for f in _named_facts(_one(text))), text


def test_a_party_s_leaning_before_its_name_is_no_part_of_it() -> None:
    for text in ("In Peru the Islamist New Dawn Party won votes by campaigning against trade.",
                 "In Peru the leftist party and the Hardline New Dawn Party won votes."):
        labels = {e.label for e in _one(text).entities}
        assert "New Dawn Party" in labels, text
    # a leaning word that is the name's own, in a name of two words, stays
    assert "Islamist Party" in {e.label for e in _one("In Peru the Islamist Party won votes."
                                                      ).entities}


def test_a_state_that_blocks_a_firm_s_app_by_its_name_bans_the_firm() -> None:
    for text in ("Peru has blocked the Telegram messaging app, the communications ministry "
                 "said on Monday.",
                 "Peru blocked the TikTok app on Monday.",
                 "Peru blocked the WhatsApp service on Monday."):
        facts = _named_facts(_one(text))
        assert any(f[1] == "excludes" and f[0].startswith("Peru's block")
                   for f in facts), (text, facts)
    # a deal or a plan a firm's name qualifies is no service of the firm
    facts = _named_facts(_one("Peru blocked the Telegram deal on Monday."))
    assert not any(f[1] == "excludes" for f in facts)


def test_the_meeting_told_of_next_is_the_one_just_named() -> None:
    ex = _one("Peru convened the third gathering of the Acme Initiative in Lima this week. The "
              "meeting ran from March 1 to March 2 and brought together Chile, Bolivia and the "
              "European Union. Jane Roe, Peru's foreign minister, chaired the gathering.",
              date(2024, 3, 5))
    meetings = [e for e in ex.entities if e.type.value == "Meeting"]
    assert len(meetings) == 1
    facts = _named_facts(ex)
    assert {f[2] for f in facts if f[1] == "participant"} >= {"Peru", "Chile", "Bolivia"}
    assert any(f[1:] == ("ledBy", "Jane Roe") for f in facts)
    assert ("ordinal", "3") in {v[1:] for v in _values(ex)}
    # another day is another meeting
    ex = _one("Peru and Chile held talks in Lima on Monday. The meeting on Wednesday brought "
              "together Bolivia and Ecuador.", date(2024, 3, 5))
    assert len([e for e in ex.entities if e.type.value == "Meeting"]) == 2


def test_states_that_take_part_in_a_meeting_and_a_list_after_a_colon() -> None:
    for verb in ("took part in", "participated in"):
        ex = _one(f"Peru hosted a summit of the Acme Forum in Lima on Monday. Chile and Bolivia "
                  f"{verb} the summit.", date(2024, 3, 5))
        assert {f[2] for f in _named_facts(ex) if f[1] == "participant"} >= {
            "Chile", "Bolivia"}, verb
    # the group's members listed after a colon, in the sentence or as the next one
    ex = _one("Four new members joined the Acme Pact this year and took part in the summit "
              "in Lima on Monday: Chile, Bolivia, Ecuador and Brazil.", date(2024, 3, 5))
    facts = _named_facts(ex)
    for state in ("Chile", "Bolivia", "Ecuador", "Brazil"):
        assert (state, "participatesIn", "Acme Pact") in facts
        assert any(f[1:] == ("participant", state) for f in facts)
    facts = _named_facts(_one("Several members have joined the Acme Pact since 2020: Chile "
                              "and Peru.", date(2024, 3, 5)))
    assert {f[0] for f in facts if f[1] == "participatesIn"} == {"Chile", "Peru"}
    # words other than names after the colon: no list
    facts = _named_facts(_one("Four members joined the Acme Pact this year: a step Chile and "
                              "Peru welcomed.", date(2024, 3, 5)))
    assert not any(f[1] == "participatesIn" for f in facts)


def test_a_day_of_an_act_not_done_does_not_date_the_talks() -> None:
    ex = _one("Canada and Japan took part in the talks but did not sign on Thursday.",
              date(2024, 9, 6))
    assert not any(v[1] == "date" for v in _values(ex))
    ex = _one("Canada and Japan took part in the talks on Thursday but did not sign.",
              date(2024, 9, 6))
    assert ("date", "2024-09-05") in {v[1:] for v in _values(ex)}


def test_products_joined_by_and_name_the_tariffs() -> None:
    for text in ("The steel and aluminium tariffs the United States imposed in 2018 were cited.",
                 "Peru imposed steel and copper tariffs on Chile in 2019."):
        ex = _one(text, date(2024, 3, 5))
        pol = next(e for e in ex.entities if e.type.value == "Policy")
        names = {pol.label, *pol.alt_labels}
        assert any(n.endswith(" and aluminium tariffs") or n.endswith(" and copper tariffs")
                   for n in names), names


def test_a_kind_of_measure_a_body_can_impose_is_no_policy() -> None:
    for text in ("If talks fail, the European Commission can impose countermeasures, such as "
                 "tariffs, limits on services or exclusion from procurement.",
                 "Peru could impose measures such as tariffs on Chilean copper."):
        later = " The steel and aluminium tariffs the United States imposed in 2018 were cited."
        facts = _named_facts(_one(text + later, date(2024, 3, 5)))
        assert {f[2] for f in facts if f[1] in {"promotedBy", "announcedBy"}} == {
            "United States"}, text


def test_who_chairs_a_body_s_committee_works_for_the_body() -> None:
    ex = _one("Jane Roe, a lawmaker who chairs the European Parliament's trade committee, "
              "called it a signal.", date(2024, 3, 5))
    assert ("Jane Roe", "affiliatedWith", "European Parliament") in _named_facts(ex)
    assert ("Jane Roe", "role", "chair of the European Parliament's trade committee") in \
        _values(ex)
    ex = _one("John Poe, who runs the Acme Institute's Lima office, spoke.", date(2024, 3, 5))
    assert ("John Poe", "role", "head of the Acme Institute's Lima office") in _values(ex)
    # a post held once is not held now
    ex = _one("John Poe, who ran the European Parliament's trade committee, spoke.",
              date(2024, 3, 5))
    assert not any(f[1] == "affiliatedWith" for f in _named_facts(ex))
    assert not any(v[1] == "role" for v in _values(ex))


def test_a_law_that_enters_into_force_today_is_in_force() -> None:
    for text in ("The Acme Data Act enters into force today.", "The Acme Act takes effect now."):
        assert ("status", "in force") in {v[1:] for v in _values(_one(text))}, text
    for text in ("The Acme Act takes effect in May.", "The Acme Act does not take effect today."):
        assert not any(v[1] == "status" for v in _values(_one(text))), text


def test_a_body_that_adopted_it_adopted_the_law_last_named() -> None:
    ex = _one("The Acme Regulation was drafted by Peru. The Commission proposed it in 2021. "
              "The Council of the EU adopted it on Oct. 23.", date(2023, 12, 27))
    assert ("Acme Regulation", "announcedBy", "Council of the European Union") in \
        _named_facts(ex)
    assert ("Acme Regulation", "announcedOn", "2023-10-23") in _values(ex)
    # the thread of "it" broken by a sentence on something else, or an act still to come
    for text in ("Peru proposed the Acme Regulation in 2021. Chile sent a report. The Council "
                 "of the EU adopted it on Oct. 23.",
                 "Peru proposed the Acme Regulation in 2021. The Council of the EU is expected "
                 "to adopt it on Oct. 23."):
        ex = _one(text, date(2023, 12, 27))
        assert not any(f[2] == "Council of the European Union" for f in _named_facts(ex)), text
    # "it" after a sentence on "the bill": the law the bill is
    ex = _one("The Acme Act replaces the Beta Law of 2014. The Senate of Peru approved the bill "
              "on Saturday. The Chamber of Deputies of Peru passed it on Tuesday.",
              date(2025, 7, 17))
    facts = _named_facts(ex)
    assert ("Acme Act", "promotedBy", "Chamber of Deputies of Peru") in facts
    assert ("Beta Law", "promotedBy", "Chamber of Deputies of Peru") not in facts


def test_a_ban_on_a_list_of_goods_and_a_hyphenated_product_are_named_whole() -> None:
    cases = {"Peru issued a ban on exports of gold, copper and tin to Chile.":
             "ban on exports of gold, copper and tin",
             "On Monday Peru restricted exports of high-bandwidth memory to Chile.":
             "export controls on high-bandwidth memory"}
    for text, name in cases.items():
        ex = _one(text, date(2024, 12, 10))
        pol = next(e for e in ex.entities if e.type.value == "Policy")
        assert any(n.endswith(name) for n in {pol.label, *pol.alt_labels}), (text, pol)
    # a comma before another clause ends the goods
    ex = _one("Peru said in March that it would ban exports of 23 types of copper ore, and days "
              "later Chile published its own rules.", date(2024, 12, 10))
    assert not any("days" in e.key for e in ex.entities)


def test_a_candidate_s_role_and_party() -> None:
    ex = _one("Independent candidate John Poe announced on Monday a new phase of protests.",
              date(2024, 11, 12))
    assert ("John Poe", "role", "Independent candidate") in _values(ex)
    ex = _one("The results gave victory to the Acme Party's candidate, Jane Roe.",
              date(2024, 11, 12))
    assert ("Jane Roe", "role", "candidate") in _values(ex)
    assert ("Jane Roe", "affiliatedWith", "Acme Party") in _named_facts(ex)


def test_a_law_someone_signed_on_a_day_is_not_signed_on_to() -> None:
    ex = _one("Peru joined the Acme Pact, which President Jane Roe signed on April 4.",
              date(2020, 6, 18))
    assert ("Acme Pact", "announcedBy", "Jane Roe") in _named_facts(ex)
    assert ("Acme Pact", "announcedOn", "2020-04-04") in _values(ex)
    # "signed on to" is still joining
    ex = _one("Chile signed on to the Acme Pact on April 4.", date(2020, 6, 18))
    assert ("Chile", "participatesIn", "Acme Pact") in _named_facts(ex)


@pytest.mark.parametrize("verb", ["dealt with", "was devoted to", "centred on"])
def test_what_a_meeting_dealt_with_it_discussed(verb: str) -> None:
    ex = _one("Peru's foreign minister Jane Roe met Chile's ambassador John Poe in Lima on "
              f"Monday. The meeting {verb} the Acme Act, Roe said.")
    meeting, facts, _ = _the_meeting(ex)
    assert (meeting.label, "discussed", "Acme Act") in facts


@pytest.mark.parametrize("second", [
    "The package adds Acme Trade Group and Beta Electronics to its list.",
    "It targets Acme Trade Group and Beta Electronics.",
])
def test_a_sanctions_package_that_lists_firms_excludes_them(second: str) -> None:
    ex, policies = _policies("The EU adopted its 14th package of sanctions against Russia on "
                             f"Monday. {second}")
    package = next(p.key for p in policies if "package" in p.label)
    got = {f.object for f in ex.facts if f.subject == package and f.predicate == "excludes"}
    assert {"org/acme-trade-group", "org/beta-electronics"} <= got


@pytest.mark.parametrize("text", [
    "Peru launched the Acme Initiative in May. The Acme Initiative targets Beta Electronics.",
    "The EU adopted its 14th package of sanctions against Russia on Monday. It does not "
    "target Acme Trade Group.",
    "Peru passed the Acme Sanctions Act in May. The list includes Acme Trade Group.",
])
def test_a_fund_s_target_a_denied_one_or_another_list_s_firm_is_not_excluded(text: str) -> None:
    ex, _ = _policies(text)
    assert not [f for f in ex.facts if f.predicate == "excludes"], text


@pytest.mark.parametrize(("text", "owner"), [
    ("The listings were adopted on Monday by the Council of the European Union as part of its "
     "latest package of sanctions against Russia.", "org/council-of-the-eu"),
    ("The EU adopted a new sanctions package against Russia on Monday.", "org/eu"),
    ("Britain's latest package of sanctions took effect on Monday.", "country/GB"),
    ("The new British sanctions package took effect on Monday.", "country/GB"),
])
def test_a_package_of_sanctions_a_bloc_or_state_adopted_is_its_policy(text: str,
                                                                       owner: str) -> None:
    ex, policies = _policies(text)
    assert len(policies) == 1 and "sanctions package" in policies[0].alt_labels, [
        p.label for p in policies]
    assert not any("British's" in n for n in policies[0].alt_labels | {policies[0].label})
    assert (policies[0].key, "promotedBy", owner) in {
        (f.subject, f.predicate, f.object) for f in ex.facts}


@pytest.mark.parametrize("text", [
    "EU states are still debating a new package of sanctions.",
    "The EU did not, despite weeks of pressure from Kyiv, adopt a new package of sanctions.",
    "Hungary blocked the EU's new package of sanctions on Monday.",
    "The EU's proposed package of sanctions drew criticism.",
    "Peru's stimulus package passed. The package of measures helps exporters.",
])
def test_a_package_only_debated_not_adopted_or_of_no_sanctions_is_no_policy(text: str) -> None:
    _, policies = _policies(text)
    assert not policies, [p.label for p in policies]


def test_the_firms_a_package_counts_and_then_names_are_excluded_and_the_package_discussed(
        ) -> None:
    ex, policies = _policies(
        "The EU adopted a new sanctions package against Russia on Monday. The package adds 41 "
        "companies to the list. Among them are Acme Trade Group and Beta Electronics. The "
        "meeting on Tuesday between Peru's foreign minister Jane Roe and EU Ambassador John Poe "
        "dealt with the sanctions package.")
    assert len(policies) == 1
    facts = {(f.subject, f.predicate, f.object) for f in ex.facts}
    package = policies[0].key
    assert {(package, "excludes", "org/acme-trade-group"),
            (package, "excludes", "org/beta-electronics")} <= facts
    assert any(p == "discussed" and o == package for _, p, o in facts)


@pytest.mark.parametrize("text", [
    "Peru's regulator granted a satellite broadband licence to Eutelsat OneWeb on Monday.",
    "Peru's cabinet, at its meeting on Monday, decided to grant a ten-year licence to Eutelsat "
    "OneWeb, the satellite operator based in London, to provide satellite broadband capacity "
    "in Peru.",
])
def test_a_broadband_licence_a_state_grants_a_firm_is_one_it_takes_part_in(text: str) -> None:
    ex, policies = _policies(text)
    assert len(policies) == 1, [p.label for p in policies]
    facts = {(f.subject, f.predicate, f.object) for f in ex.facts}
    assert {(policies[0].key, "promotedBy", "country/PE"),
            ("org/oneweb", "participatesIn", policies[0].key)} <= facts


@pytest.mark.parametrize("text", [
    "Peru's regulator granted Eutelsat OneWeb a licence to export chips.",
    "Peru awarded a ten-year licence to Eutelsat OneWeb, prying open its closed mobile market.",
])
def test_a_licence_for_no_network_service_is_no_policy(text: str) -> None:
    _, policies = _policies(text)
    assert not policies, [p.label for p in policies]


@pytest.mark.parametrize("text", [
    # the parser reads "parliament" as the sentence's noun and "approved" as describing it
    "The bill bans social scoring.\nPeru's parliament on Thursday approved in first reading "
    "a draft Law on Artificial Intelligence.",
    "Peru's parliament on Thursday approved the Acme Law on Artificial Intelligence.",
])
def test_a_chamber_s_vote_with_its_day_before_the_verb_is_a_sitting_on_the_law(text: str) -> None:
    ex = _one(text, date(2025, 6, 13))
    meeting, facts, values = _the_meeting(ex)
    assert (meeting.label, "date", "2025-06-12") in values
    assert any(p == "discussed" and "Artificial Intelligence" in o for _, p, o in facts), facts


def test_a_chamber_the_parser_made_the_sentence_s_noun_still_votes_on_its_day() -> None:
    """"Peru's parliament on Thursday approved the Acme Law", parsed (as the model does
    with some such sentences) as a noun that "approved" describes: still its vote."""
    from spacy.tokens import Span

    from policygraph.model import EntityType
    from policygraph.nlp.meetings import _chamber_votes
    from policygraph.nlp.mentions import Mention
    from policygraph.pipeline import load_pipeline

    model = load_pipeline()
    words = ["Peru", "'s", "parliament", "on", "Thursday", "approved", "the", "Acme", "Law",
             "."]
    doc = Doc(model.vocab, words=words, heads=[2, 0, 2, 5, 3, 2, 8, 8, 5, 2],
              deps=["poss", "case", "ROOT", "prep", "pobj", "acl", "det", "compound", "dobj",
                    "punct"],
              pos=["PROPN", "PART", "NOUN", "ADP", "PROPN", "VERB", "DET", "PROPN", "PROPN",
                   "PUNCT"],
              lemmas=["Peru", "'s", "parliament", "on", "Thursday", "approve", "the", "Acme",
                      "Law", "."],
              tags=["NNP", "POS", "NN", "IN", "NNP", "VBD", "DT", "NNP", "NNP", "."],
              ents=["B-GPE", "O", "O", "O", "B-DATE", "O", "O", "O", "O", "O"],
              sent_starts=[True] + [False] * 9)
    chamber = Mention(0, 3, "org/pe-parliament", EntityType.GOVERNMENT_BODY,
                      "Peru's parliament", "Parliament of Peru", "name", "PE")
    law = Mention(7, 9, "policy/acme-law", EntityType.POLICY, "Acme Law", "Acme Law", "name")
    votes = _chamber_votes(Span(doc, 0, 10), [chamber, law], [chamber, law], date(2025, 6, 13))
    assert [(v.date[0] if v.date else None, list(v.discussed)) for v in votes] == [
        ("2025-06-12", ["policy/acme-law"])]


def test_a_state_secretary_is_no_secretary_of_state() -> None:
    text = ("Peru's Ministry of Foreign Affairs lobbied for the decision. {title} Jane Roe met "
            "officials of the State Department in Washington on 20 January.")
    state = "org/us-state"
    rank = {(f.subject, f.object) for f in _one(text.format(title="State Secretary")).facts
            if f.predicate == "affiliatedWith"}
    assert ("person/jane-roe", state) not in rank
    us = {(f.subject, f.object) for f in _one(text.format(title="Secretary of State")).facts
          if f.predicate == "affiliatedWith"}
    assert ("person/jane-roe", state) in us


@pytest.mark.parametrize(("text", "based"), [
    ("Among them are Acme Trade Group, Beta Electronics and Gamma Logistics, all three based "
     "in Lima.", {"org/acme-trade-group", "org/beta-electronics", "org/gamma-logistics"}),
    ("Acme Trade Group and Beta Electronics, both based in Lima, denied it.",
     {"org/acme-trade-group", "org/beta-electronics"}),
    # without "both" the participle is the last one's
    ("Acme Trade Group and Beta Electronics, based in Lima, denied it.",
     {"org/beta-electronics"}),
])
def test_firms_listed_before_both_or_all_based_in_a_city_are_each_based_there(
        text: str, based: set[str]) -> None:
    ex = _one(text)
    assert {f.subject for f in ex.facts if f.predicate == "basedIn"
            and f.object == "country/PE"} == based


@pytest.mark.parametrize(("text", "name"), [
    ("The Press Union of Peru said it would appeal. Its president, Jane Roe, spoke.",
     "Press Union of Peru"),
    ("The Digital Rights Coalition of Peru said it would appeal.",
     "Digital Rights Coalition of Peru"),
])
def test_a_union_or_coalition_named_so_is_an_organisation(text: str, name: str) -> None:
    ex = _one(text)
    assert (name, "Organization") in {(e.label, e.type.value) for e in ex.entities}


def test_the_union_alone_is_no_organisation_of_its_own() -> None:
    ex = _one("The European Union adopted the Acme Act. The Union said it would review it.")
    assert [e.label for e in ex.entities if e.type.value == "Organization"] == ["European Union"]


@pytest.mark.parametrize("text", [
    "Harald Global declined to comment on the licence.",
    "The licence went to Harald Global, which runs a campus near Lima.",
])
def test_a_name_ending_in_global_is_a_firm_not_a_person(text: str) -> None:
    ex = _one(text)
    assert not [e.label for e in ex.entities if e.type.value == "Person"]
    assert any(e.label.endswith("Global") and e.type.value == "Company" for e in ex.entities)


@pytest.mark.parametrize(("text", "name"), [
    ("Peru's ICT association, ACTI, which represents 150 firms, asked for more time.", "ACTI"),
    ("The journalists' union, SNP, said it would appeal.", "SNP"),
    ("Chile's mining federation, SONAMI, said so.", "SONAMI"),
])
def test_an_organisation_named_after_its_kind_and_a_comma(text: str, name: str) -> None:
    ex = _one(text)
    assert (name, "Organization") in {(e.label, e.type.value) for e in ex.entities}
    assert not [e.label for e in ex.entities if e.type.value == "Company"]
    seat = {f.object for f in ex.facts if f.predicate == "basedIn"}
    # the state whose association it is: "Peru's ICT association, ACTI," (none for SNP)
    assert seat == ({"country/PE"} if "Peru's" in text else
                    {"country/CL"} if "Chile's" in text else set())


def test_an_organisation_found_by_its_context_is_found_again_by_its_name() -> None:
    ex = _one("Peru's ICT association, ACTI, asked for more time. \"The risk is for small "
              "firms,\" said Jane Roe, ACTI's executive director.")
    facts = {(f.subject, f.predicate, f.object) for f in ex.facts}
    assert ("person/jane-roe", "affiliatedWith", "org/acti") in facts
