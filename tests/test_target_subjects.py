"""Who commits to a target (SPEC Boundary cases, *Target subject*), by class of phrasing.

Each row runs a short article through `nevextract.extract` and checks the `subject` of the
target whose text holds `objective`. The sentences are reworded from real news pages (Xinhua,
China Daily, Reuters, Yicai, CnEVPost, government portals); every class has positives and
negatives (a row whose subject must NOT be the tempting wrong party).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import nevextract
from nevextract.kinds.target import subject


def _subject(text: str, objective: str) -> str | None:
    targets = [r for r in nevextract.extract(text).records if r.kind == "target"]
    hits = [t for t in targets if objective in t.text]
    assert hits, f"no target holds {objective!r}: {[t.text for t in targets]}"
    return hits[0].subject


# (class, article, objective, expected subject)
POSITIVES = [
    # a known firm joined by "and" to the name before it: the pair is the party
    (
        "joined-firm-pair",
        "CATL will build a plant in Hungary. Together with other Spanish companies, SungEel"
        " HiTech and Samsung C&T plan to build a black mass plant in Navarra, Spain by 2025.",
        "black mass plant",
        "SungEel HiTech and Samsung C&T",
    ),
    # the office that issues a government's plan is not the party: the place it governs
    (
        "issuing-office",
        "The Office of the People's Government of Wuxi Municipality issued the Action Plan on 3"
        " May 2024. The Plan proposed to attract leading enterprises to Wuxi Municipality, and"
        " target to introduce at least 12 projects worth over RMB100 million by 2026.",
        "12 projects",
        "Government of Wuxi Municipality",
    ),
    # a relative clause's party is its antecedent, not a name inside the clause
    (
        "relative-clause-antecedent",
        "The deal with Autobras Group, which at present owns 30 Chery dealerships in Brazil and"
        " aims to raise that number to 150 by 2026, was signed on Monday.",
        "150",
        "Autobras Group",
    ),
    # a government the text names by its nation, then a relative clause: its own words
    (
        "relative-clause-government",
        "The investment follows the incentives of the Indonesian government, which aims to have"
        " 600,000 electric cars produced in the country by 2030.",
        "600,000 electric cars",
        "the Indonesian government",
    ),
    # a document's issuer code before its number ("Guofa [2018] No. 22") is no party: the city
    # whose office issues the notice
    (
        "document-number",
        "Notice from the General Office of Wuhu Municipal People's Government on buses\nTo carry"
        ' out the "Notice on the Plan" (Guofa [2018] No. 22), the matters are notified as'
        " follows:\n1. By 2020, all buses in urban areas will be replaced with new energy"
        " vehicles.",
        "all buses",
        "Wuhu",
    ),
    # a quoted plan or notice title's capitalised words are the title, not the party: the
    # city whose office issues the notice
    (
        "quoted-title-words",
        "Notice from the General Office of Wuhu Municipal People's Government on new energy"
        ' vehicles\nTo carry out the "Notice of the State Council on Issuing the Three-Year'
        ' Action Plan to Win the Clean Air Campaign", the matters are notified as follows:\n'
        "1. By 2021, all taxis in urban areas will be replaced with new energy vehicles.",
        "all taxis",
        "Wuhu",
    ),
    # an "As ..." phrase opening the sentence describes the subject after its comma: "the
    # company" later means that firm, not the country in the as-phrase
    (
        "as-phrase-opener",
        "As China's largest fuel retailer, Sinopec's Hubei branch runs 3,000 stations in the"
        " province. According to the company's plan, it will build 40 hydrogen stations in"
        " Hubei by 2026.",
        "40 hydrogen stations",
        "Sinopec",
    ),
    # a firm named as the agent ("built by X") is the one a later "the company" means, over a
    # place named in between
    (
        "firm-reference-to-agent",
        "The buses were built by Yunnan Wulong Auto Co., Ltd., a sign of progress.\n\nBesides"
        " the 200 buses, the company will deliver 47 electric buses to the city of Foshan in"
        " Guangdong Province. The company aims to sell 2,000 NEVs in 2020.",
        "2,000 NEVs",
        "Yunnan Wulong Auto Co., Ltd.",
    ),
    # "Authorities in <place>" opening the sentence: the place, not the plural reference
    (
        "authorities-in",
        "Authorities in central China's Henan Province have ordered local buses to switch to"
        " electric vehicles.\n\nThe percentage should increase to 85 percent in 2019, according"
        " to the plan.",
        "85 percent",
        "Henan Province",
    ),
    # "the government" opening the clause before the cue, with no level or place named
    (
        "the-government",
        "To put FCEVs on the roads, the government has announced plans to build hydrogen"
        " infrastructure to support about 50,000 fuel-cell cars by 2025.",
        "hydrogen infrastructure",
        "the government",
    ),
    # a name continuing a list of places opened by a location word is a location, even one
    # the place list does not know
    (
        "listed-location",
        "Hainan issued a plan on Monday.\n\nNew energy vehicles are to be developed mainly in"
        " Haikou, Qionghai, Sanya, Sansha and Yangpu Economic Development Zone and other"
        " places.\n\nBy 2030, the whole island will completely ban the sale of fuel vehicles.",
        "ban the sale of fuel vehicles",
        "Hainan",
    ),
    # "the plan" points back to a plan issued "by" a party: that party, not the sentence's
    # subject
    (
        "plan-issuer",
        "Under a draft plan released on Wednesday by the Ministry of Industry and Information"
        " Technology, China will do more to support exploration.\n\nThe plan is targeting the"
        " creation of three to five new energy storage manufacturing firms by 2027.",
        "new energy storage manufacturing firms",
        "Ministry of Industry and Information Technology",
    ),
    # a place reference whose place was named only as a location, by a name ending in the
    # reference's noun: that name, or the short form in brackets after it
    (
        "place-ending",
        "The plan asks the city to build a demonstration zone based in the Wuhan Economic &"
        " Technological Development Zone (WEDZ).\n\nBy 2025, the zone will cultivate two to"
        " three ICV leading enterprises.",
        "ICV leading enterprises",
        "WEDZ",
    ),
    (
        "place-ending",
        "Hydrogen firms gather in the Lingang Special Zone of Shanghai.\n\nBy 2025, the zone"
        " will host 100 hydrogen stations.",
        "100 hydrogen stations",
        "Lingang Special Zone",
    ),
    # a national reference ("the country", "the central government") is the country named
    # last, not the province or city of the previous target
    (
        "national",
        "Shandong plans to build 3,000 charging stations by 2025.\n\n"
        "Under China's 14th Five-Year Plan (2021-2025), the country will build a nationwide"
        " fast-charging network by 2025.",
        "nationwide fast-charging network",
        "China",
    ),
    (
        "national",
        "China's sales of fuel cell vehicles rose 35 percent last year. Beijing plans to have"
        " 70 hydrogen stations by 2025, and the central government aims to have 50,000 fuel"
        " cell vehicles on the road by 2025.",
        "50,000 fuel cell vehicles",
        "China",
    ),
    (
        "national",
        "BYD opened a car plant in Thailand last year.\n\nThe country aims to make 30 percent"
        " of its car output electric by 2030.",
        "30 percent",
        "Thailand",
    ),
    (  # any country of places/places.txt's Countries section, not only the most-named ones
        "national",
        "Chery opened an assembly plant in Kyrgyzstan last year.\n\nThe country aims to have"
        " 10,000 electric vehicles on its roads by 2030.",
        "10,000 electric vehicles",
        "Kyrgyzstan",
    ),
    # "X Municipal People's Government": the place X, also after "of"
    (
        "government",
        "According to a plan issued by the general office of the Shiyan Municipal People's"
        " Government, the city will sell 100,000 new energy commercial vehicles a year by 2025.",
        "100,000 new energy commercial vehicles",
        "Shiyan",
    ),
    (
        "government",
        "The general office of the Xi’an Municipal People’s government has issued a notice."
        " By the end of 2022, the city will have built 10,000 charging piles.",
        "10,000 charging piles",
        "Xi’an",
    ),
    # a reference ("the company", "the city") whose party is named earlier in its sentence
    (
        "same-sentence",
        "Chery aims to export 1 million cars by 2025.\n\nGeely exported 50,438"
        " vehicles in the first half, and the company plans to build 10,000 cars a year in"
        " Uruguay by 2015.",
        "10,000 cars a year",
        "Geely",
    ),
    (
        "same-sentence",
        "Hefei aims to produce 1 million NEVs by 2025.\n\nShanghai's environmental authorities"
        " said in a plan released in June that the city will build a battery traceability"
        " system by 2025.",
        "traceability system",
        "Shanghai",
    ),
    # a firm reference after a sentence whose subject is a firm: that firm, not the party of
    # the target before
    (
        "previous-sentence",
        "Baidu aims to run 1,000 robotaxis by 2025.\n\nPony.ai, founded in 2016 and backed by"
        " Toyota, said it has logged 21 million km of tests. The company plans to deploy 1,000"
        " robotaxis in first-tier cities by 2025.",
        "first-tier cities",
        "Pony.ai",
    ),
    (
        "previous-sentence",
        "Toyota aims to sell 1.5 million electric cars by 2026.\n\nIn 2023, Hefei produced"
        " 747,000 new energy vehicles. Under an action plan for 2024-26, the municipal"
        " government aims to raise annual NEV output to 2 million units by 2026.",
        "2 million units",
        "Hefei",
    ),
    # the party of a speaker named with a title: "deputy general manager of Chery"
    (
        "speaker",
        '"Our goal is Europe," said Lu Jianhui, deputy general manager of Chery, adding that'
        " it aims to sell 1 million vehicles overseas by 2020.",
        "1 million vehicles",
        "Chery",
    ),
    (
        "speaker",
        "Zhang Lin, vice president of Geely Motor, told reporters on Friday that exports had"
        " grown, while its target is overseas sales of 100,000 units in 2015.",
        "100,000 units",
        "Geely Motor",
    ),
    # a bracketed ticker or outlet and a line-opening dateline are never the party
    (
        "bracketed",
        "BEIJING (Reuters) – CATL (SZ:), China's top battery maker, said it aims to raise 20"
        " billion yuan by 2021.",
        "20 billion yuan",
        "CATL",
    ),
    (
        "bracketed",
        "(Yicai Global) Dec. 10 -- The chairman of Svolt Energy Technology said the battery"
        " maker plans to reach 600 GWh of capacity by 2025.",
        "600 GWh",
        "Svolt Energy Technology",
    ),
    (
        "dateline",
        "Chongqing - Chongqing aims to produce 1 million new energy vehicles by 2025.",
        "1 million new energy vehicles",
        "Chongqing",
    ),
    # names between a clause joint (", and", "with", "while") and the cue: the subject
    (
        "joint",
        "Chery plans to expand its sales network in Europe, and Xpeng intends to enter"
        " Germany in 2024.",
        "enter Germany",
        "Xpeng",
    ),
    (
        "joint",
        "Japan leads in solid-state batteries, with Toyota and Nissan aiming for volume"
        " production by 2028.",
        "volume production",
        "Toyota and Nissan",
    ),
    (
        "joint",
        "Its profit fell 9 percent, with Great Wall planning to launch more than 10 NEV models"
        " in 2024.",
        "10 NEV models",
        "Great Wall",
    ),
    # a reference word right before a name describes it ("leading automaker FAW Group"): the
    # reference after "said" is that name, not the party of an earlier target
    (
        "speaker",
        "China aims to sell 5 million NEVs by 2025.\n\nXu Liuping, chairman of leading automaker"
        " FAW Group, said the company aims to sell more than 6 million vehicles by 2025.",
        "6 million vehicles",
        "FAW Group",
    ),
    # a pronoun opening a clause joined by "and" is the sentence's subject, not the last name
    (
        "joined-pronoun",
        "EVE Energy plans to buy a stake in Ruifu Lithium, which mines lithium ore, and it"
        " plans to invest 3 billion yuan in a battery plant by 2025.",
        "3 billion yuan",
        "EVE Energy",
    ),
    # a fronted phrase ("On November 5,") names no party: the main clause after it does, also
    # for a participle ("announcing plans to", "striving to") and after "reported that"
    (
        "fronted",
        "On November 5, NEV maker Xpeng unveiled its robotaxi lineup, announcing plans to"
        " launch three mass-produced models in 2026.",
        "three mass-produced models",
        "Xpeng",
    ),
    (
        "fronted",
        "Baidu aims to run 1,000 robotaxis by 2025.\n\nOn September 24, the Financial Times"
        " reported that Sany Group, China's largest electric truck maker, said it will expand"
        " overseas, striving to have half of its sales come from overseas by 2030.",
        "half of its sales",
        "Sany Group",
    ),
    # "That same day, X introduced ...": X is the sentence's subject a reference points to
    (
        "previous-sentence",
        "Xpeng aims to launch three robotaxi models in 2026. That same day, Pony.ai introduced"
        " its latest robotaxi, revealing that its costs had fallen. The company aims to expand"
        " its fleet to 1,000 vehicles by 2025.",
        "1,000 vehicles",
        "Pony.ai",
    ),
    # a possessive name owning a plan word is the party, even after a location word
    (
        "plan-owner",
        "Guiyang aims to electrify all its buses by 2025. The commitment is in line with"
        " China's national goal of achieving carbon neutrality by 2060.",
        "carbon neutrality",
        "China",
    ),
    # a firm reference whose noun ends a firm's name named earlier ("the power company")
    (
        "reference-noun",
        "Toyota aims to sell 1 million cars by 2026. Building the station will cost the Ningxia"
        " Electric Power Company 28 million yuan (about 4.4 million U.S. dollars), Gai said. The"
        " power company plans to build 33 charging stations by 2025.",
        "33 charging stations",
        "Ningxia Electric Power Company",
    ),
    # a plural reference ("The companies") is the two firms named together before it
    (
        "plural",
        "Toyota aims to sell 1 million cars by 2026. The LG Chem and Huayou Cobalt battery plant"
        " is set to rise in Saemangeum. The companies are also planning to invest KRW500 billion"
        " in a cathode plant by 2027.",
        "KRW500 billion",
        "LG Chem and Huayou Cobalt",
    ),
    # "X said its plant in Debrecen, Hungary, which ..., is set to": the speaker's plant
    (
        "said-its",
        "Tesla aims to sell 2 million cars by 2025. CATL, the world's largest EV battery maker,"
        " said its plant in Debrecen, Hungary, which will cost 7.34 billion euros, is set to"
        " start production in 2025.",
        "start production",
        "CATL",
    ),
    # a bracketed short name after a firm's name is not the party's name: the name is
    (
        "bracketed",
        "Tesla aims to sell 2 million cars by 2025. China's Contemporary Amperex Technology"
        " (CATL) plans to invest US$5 billion in a battery plant in Indonesia by 2026.",
        "US$5 billion",
        "Contemporary Amperex Technology",
    ),
    # "X added that Y will ...": Y is the party a later reference points to
    (
        "previous-sentence",
        "FAW aims to sell 3 million cars by 2025. Dong also added that Geely will launch a pure"
        " EV platform in October. Moreover, the company plans to roll out 15 EV models in 2025.",
        "15 EV models",
        "Geely",
    ),
    # a date before a comma opens no list of places: "In early June, China announced plans"
    (
        "location-list",
        "Chery aims to export 1 million cars by 2025. In early June, China announced plans to"
        " subsidize purchases of 4 million green cars by 2012.",
        "4 million green cars",
        "China",
    ),
    # "X unveiled a plan ... that aims to": the relative clause's plan is the subject's
    (
        "relative-that",
        "Hefei aims to produce 1 million NEVs by 2025.\n\nChina on Monday unveiled a"
        " development plan for its NEV industry that aims to raise NEV sales to 20 percent of"
        " all sales by 2025.",
        "20 percent",
        "China",
    ),
    # a reference two sentences after its party, the sentence between naming no party
    (
        "previous-sentence",
        "Beijing aims to switch 20,000 taxis to NEVs by 2020. Shenzhen, the technology hub in"
        " South China, has also taken the lead. Only fully electric vehicles will be registered"
        " as taxis there. By the end of 2019, the city aims to electrify 100 percent of its"
        " taxis.",
        "100 percent",
        "Shenzhen",
    ),
    # a participle with a possessive after the main clause ("signaling its ambition to") is
    # said of the main clause's subject, not of the last name before it
    (
        "participle",
        "Toyota aims to sell 1 million cars by 2026. Nio opened a plant in Hefei with partner"
        " JAC, signaling its plan to deliver 500,000 cars a year by 2027.",
        "500,000 cars",
        "Nio",
    ),
    # "Chongqing Mayor Hu Henghua said the city aims": the place before a title and a name
    (
        "speaker",
        "Toyota aims to sell 1 million cars by 2026. Chongqing Mayor Hu Henghua said the city"
        " aims to produce 1 million NEVs by 2025.",
        "1 million NEVs",
        "Chongqing",
    ),
    # "Under the plan, ..." naming no party: the party that issued the plan named before
    (
        "plan-owner",
        "Toyota aims to sell 1 million cars by 2026. Shanghai released a plan on Monday. Under"
        " the plan, 500 stations will be built by 2025.",
        "500 stations",
        "Shanghai",
    ),
    # a heading's word ("1 Action goal") is no party; an office of a place's government
    # ("The General Office of Jinan Municipal People's Government") is that place
    (
        "heading",
        "The General Office of Jinan Municipal People's Government has issued a three-year"
        " action plan for the hydrogen industry.\n\n1 Action goal\n\nBy 2022, the city will"
        " build more than 6 hydrogen refueling stations.",
        "6 hydrogen refueling stations",
        "Jinan",
    ),
    # an outlet's own reporting ("X has learned that", "X noticed that", a "【X】" byline) names
    # no party: the party is the one the report is about
    (
        "outlet",
        "Tram Resources has learned that on November 8th, Hubei Province released an action"
        " plan for hydrogen energy. It is explicitly stated that 100 hydrogen refueling stations"
        " will be built by 2027.",
        "be built",
        "Hubei Province",
    ),
    (
        "outlet",
        "【Autonews】Recently, Autonews noticed that, according to media reports, Anhui Province"
        " has launched the construction of charging infrastructure this year. They plan to"
        " achieve 75% coverage by 2024.",
        "75% coverage",
        "Anhui Province",
    ),
    # a capitalised reference word after a determiner ("The Group", "The Company") points back
    (
        "capitalised-reference",
        "Xiaomi Group reported record quarterly revenue on Thursday. The Group is aiming to"
        " deliver more than 10,000 units in June.",
        "10,000 units",
        "Xiaomi Group",
    ),
    # a participle compound ("State-owned", "Hangzhou-based") describes the reference after it
    (
        "descriptor",
        "State Grid Corp of China has installed charging stations along eight expressways.\n\n"
        "The State-owned company, based in Beijing, plans to build 10,000 charging stations by"
        " 2020.",
        "10,000 charging stations",
        "State Grid Corp of China",
    ),
    # "the capital of X" is a part of X (the city named before), not X; a document's title
    # ("the Opinions on ...") is no party, nor a name inside it; an appositive participle
    # ("dubbed ...") is no main clause
    (
        "capital-of",
        "Guangzhou approved a document on Monday, officials said.\n\nThe document, dubbed the"
        " Opinions on Speeding up the Development of Guangzhou's Automobile Industries, said"
        " that the capital of Guangdong province aims to make the output value exceed 1"
        " trillion yuan in 2025, and a world-class automobile industrial cluster will take"
        " shape then.",
        "1 trillion yuan",
        "Guangzhou",
    ),
    (
        "document-title",
        "Guangzhou approved a document on Monday, officials said.\n\nThe document, dubbed the"
        " Opinions on Speeding up the Development of Guangzhou's Automobile Industries, said"
        " that the capital of Guangdong province aims to make the output value exceed 1"
        " trillion yuan in 2025, and a world-class automobile industrial cluster will take"
        " shape then.",
        "world-class",
        "Guangzhou",
    ),
    # a plan's title that names a place ("Action Plan for Establishing Guangzhou as ...") is
    # that place's plan; a quoted nickname ("the 'City of Intelligent Vehicles'") is no party
    (
        "plan-title",
        "On September 15, 2025, the 'Action Plan for Establishing Guangzhou as a Pilot City for"
        " V2G Interaction (2025 - 2027)' was released. Grounded in Guangzhou's strategic role as"
        " the 'City of Intelligent Vehicles,' this plan aims to drive V2G interaction.\n\nBy"
        " the end of 2025, the objective is to have 600 intelligent charging stations.",
        "600 intelligent charging stations",
        "Guangzhou",
    ),
    # a capitalised action word before its object ("Achieving the goal") is no party
    (
        "action-word",
        "In March 2022, the National Development and Reform Commission issued a hydrogen plan,"
        " and proposed that by 2025 Achieving the development goal of 50,000 hydrogen fuel"
        " cell vehicles per year is a must.",
        "50,000",
        "National Development and Reform Commission",
    ),
    # "photo credit:" marks a caption: its names are no party a reference points to
    (
        "caption",
        "Hubei wants NEV sales to be over 40% of total car sales by 2025.\n\nNew VOYAH FREE;"
        " photo credit: VOYAH\n\nBy 2025, the province aims to ensure an NEV annual production"
        " capacity exceeding 2.5 million vehicles.",
        "2.5 million vehicles",
        "Hubei",
    ),
    # a speaker's listener ("told China Daily") and a body named "People's Congress" are no
    # party a firm reference points to
    (
        "told",
        "Anhui Jianghuai Automobile Co Ltd (JAC) will build a truck plant in Vietnam. Zuo"
        " Yan'an, chairman of the company, told China Daily on Tuesday that the plant is part of"
        " its overseas push. The company plans to export 15 percent of its products by 2015.",
        "15 percent",
        "Anhui Jianghuai Automobile Co Ltd",
    ),
    (
        "people's-congress",
        "Anhui Jianghuai Automobile Co Ltd (JAC) will build a truck plant in Vietnam. Zuo"
        " Yan'an, chairman of the company, spoke on the sidelines of the annual National"
        " People's Congress session. The company plans to export 15 percent of its products by"
        " 2015.",
        "15 percent",
        "Anhui Jianghuai Automobile Co Ltd",
    ),
    # a possessive reference ("the city's production is set to") points back like "the city"
    # does; a byline's "reporter X" and a "People's Congress" are no party
    (
        "possessive-reference",
        "Chongqing is turning into an automobile powerhouse, with sweeping plans to expand"
        " production.\n\nAccording to a report by Science and Technology Daily reporter Yong"
        " Li, Chongqing's automobile output has climbed back to second place. The second"
        " session of the Sixth Chongqing Municipal People's Congress opened recently, and"
        " Chongqing Mayor Hu Henghua announced that the city's automobile production is set"
        " to rank second in the country by 2023.",
        "rank second",
        "Chongqing",
    ),
    # a plan-report sentence naming no party in the clause: the sentence's subject issued it
    (
        "plan-issuer",
        "Shanghai issued many documents this spring, officials said.\n\nAccording to news on"
        " May 8, the Guangdong Provincial Development and Reform Commission and other"
        ' departments issued the "Implementation Plan for Cleaner Production in Guangdong'
        ' Province (2023-2025)",In order to keep promoting the electrification of urban buses'
        " and the construction of charging stations (piles), by 2025, full coverage of fast"
        " charging stations in expressway service areas will be achieved.",
        "full coverage",
        "Guangdong Provincial Development and Reform Commission",
    ),
    # "X's port city of Y": the sentence is about Y
    (
        "part-of",
        "enread.com\n\nDalian to switch buses\n\nNortheast China's port city of Dalian will"
        " move its buses and ride-hailing cars in urban areas over to environmentally-friendly"
        " vehicles in the coming few years.\nLocal public transport operators will replace all"
        " gasoline-powered vehicles running in its four urban districts with new energy"
        " vehicles by 2020, the city government said Monday.",
        "gasoline-powered",
        "Dalian",
    ),
    # "As X reported, ...": X is the source; an opening reference before a pronoun ("The
    # province ..., saying that by 2023 it aims to") is sure of the party right before it
    (
        "as-reported",
        "Guangdong wants its auto revenue to exceed 1.1 trillion yuan by 2025, officials"
        " said.\n\nAs CnEVPost reported late last month, central China's Anhui province"
        " appears set on becoming the Detroit of the East.\n\nThe province released a"
        " three-year action plan for its new energy vehicle industry, saying that by 2023 it"
        " aims to have more than 10 percent of China's NEV production.",
        "10 percent",
        "Anhui",
    ),
    # a body that names the party only as a location (or not at all) before the target: the
    # place the header's headline names, a province or city before a country
    (
        "header",
        "tutesl.com\nChongqing will build 20 hydrogen stations in the first phase\n\nPosted"
        " 2024-02-15\n\nHydrogen-powered cars are on their way! The latest news from the"
        " Chongqing Economic and Information Commission says that, under the guiding opinions"
        " on the battery car industry in Chongqing, the city's hydrogen vehicles will be rolled"
        " out in three phases, among which 20 hydrogen stations will be built from 2019 to"
        " 2022.",
        "20 hydrogen stations",
        "Chongqing",
    ),
    (
        "header",
        "stationerytrade.com\nHome > Headline > Articles\nBuilding a New Energy Vehicle City -"
        " What Gives China Ningbo Confidence?\nBy 2025, new energy vehicle production in"
        " Ningbo, China will exceed 700,000 units, over 50% of the city's total automobile"
        " production.",
        "700,000",
        "Ningbo",
    ),
    # a clause naming no party right after a sentence saying what its subject will do goes on
    # with that subject, not with the party of the target before
    (
        "will-before",
        "The roadmap was revised in 2018 to speed up clean transport, officials said.\n\n"
        "Shandong province has plans to have 500,000 new electric vehicles by 2022.\n\n"
        "Jiangsu province will promote the adoption of 250,000 clean energy vehicles. By the"
        " end of 2020, charging infrastructure to support 200,000 electric vehicles will be in"
        " place.",
        "200,000",
        "Jiangsu",
    ),
    # a governing body before the location word makes the place the party
    (
        "body-in-place",
        "Officials in eastern China's Jiangsu Province have approved a plan.\n\nUnder the plan,"
        " 300 hydrogen stations will be built by 2025.",
        "300 hydrogen stations",
        "Jiangsu Province",
    ),
    # a name right after a possessive pronoun is something the party owns, not a party
    (
        "possessed-name",
        "Stellantis said the deal will help it achieve its Dare Forward 2030 targets, which"
        " include reaching a 100% BEV sales mix in Europe by 2030.",
        "100%",
        "Stellantis",
    ),
    # ... a place too: "its Pakistan plant" is the firm's
    (
        "possessed-place",
        "Ruixin Motor sold 5 million cars last year. After plants in India and Thailand, its"
        " Pakistan plant is set to start production this year.",
        "start production",
        "Ruixin Motor",
    ),
    # a place's possessive before a firm noun describes the firm: the firm is the party
    (
        "place-possessive-firm-noun",
        "Ruixin Motor, China's biggest commercial-vehicle maker, announced its plan to sell 1.5"
        " million vehicles annually by 2026.",
        "1.5 million vehicles",
        "Ruixin Motor",
    ),
    # the parties of one clause listed with commas and "and": all of them
    (
        "listed-parties",
        "By 2025, Shanghai, Jiangsu and Zhejiang will build 500 hydrogen stations.",
        "500 hydrogen stations",
        "Shanghai, Jiangsu and Zhejiang",
    ),
    # a wire archive's dateline ("CITY Country Mon D") is no party
    (
        "wire-dateline",
        "CHENGDU China Oct 11 Ruixin Motor, a major independent carmaker, aims to start"
        " exporting 100,000 cars to Europe after 2025, an executive said.",
        "100,000 cars",
        "Ruixin Motor",
    ),
    # a dateline in capitals is no party, not even its last word
    (
        "capitals-dateline",
        "HONG KONG: Carmaker Ruixin Motor said it is confident. The automaker set a full-year"
        " sales target of 250,000 units.",
        "250,000 units",
        "Ruixin Motor",
    ),
    # a name's description may end on the name it relates to ("a unit of X"); the subject is
    # the name it describes, after an in-body dateline
    (
        "description-ending-on-a-name",
        "Shanghai, June 11 (Gasgoo.com) Ruixin Motor, China's biggest truck maker and a"
        " subsidiary of Beijing Auto, announced yesterday its plan to sell 1.5 million vehicles"
        " annually by 2015.",
        "1.5 million vehicles",
        "Ruixin Motor",
    ),
    # "X reported that Y ...": the source of the news is no party; the reported clause's
    # subject is, and a later reference points to it
    (
        "reported-that-source",
        "On Monday, Yicai Global reported that Hubei has issued a new plan. The province will"
        " build 500 charging stations by 2025.",
        "500 charging stations",
        "Hubei",
    ),
    # a firm that reports keeps its place as the party
    (
        "reported-that-firm",
        "The automaker BYD reported that its sales rose 20 percent. The company plans to build"
        " three plants in Europe by 2026.",
        "three plants",
        "BYD",
    ),
    # a firm reference with no firm before it in the body: the firm the headline names
    (
        "header-firm",
        "example.com\n\nToyota targets a 2.7% sales increase in China for 2016\n\nThe number"
        " one carmaker in the world plans to raise its annual sales target in China for 2016,"
        " as the market rebounds.\n\nToyota sold 1.1 million vehicles in China last year.\n",
        "raise its annual sales target",
        "Toyota",
    ),
    # an outlet's name ends with an outlet word: the place the story is about is the party
    (
        "outlet-name",
        "Bridging News spoke with officials to learn what Chongqing plans to do. The city will"
        " add 5,000 electric buses by 2025.",
        "5,000 electric buses",
        "Chongqing",
    ),
    # a goal list's heading names the owner ("The group's objectives include:"): its items
    # commit that party, the firm the reference points back to
    (
        "goal-list-heading-owner",
        "Geely Holding Group has announced a strategic roadmap for 2030.\n\nThe group's 2030"
        " strategic objectives include:\n- Achieving global sales exceeding 6.5 million"
        " vehicles.\n- Reaching a global revenue of over 1 trillion yuan.",
        "6.5 million vehicles",
        "Geely Holding Group",
    ),
    (
        "goal-list-heading-owner-place",
        "Hubei province has published a plan for hydrogen.\n\nThe province's main goals by"
        " 2025 are:\n- Building 100 hydrogen refueling stations.\n- Promoting 10,000 fuel cell"
        " vehicles.",
        "10,000 fuel cell vehicles",
        "Hubei",
    ),
    # a goal the objective opens by naming its owner ("the government's goal of ..."): that
    # owner, not the place the sentence before named
    (
        "possessed-goal-owner",
        "Guangdong sold 8,000 new energy vehicles last year.\n\nThat is far below the"
        " government's goal of 250,000 vehicles.",
        "250,000 vehicles",
        "the government",
    ),
    # a public body a demonym names is a party ("Chinese carmakers" is not)
    (
        "demonym-public-body",
        "Xinhua reports that the Chinese Ministry of Transport (MOT) is targeting 300,000 new"
        " energy vehicles on China's roads by 2020.",
        "300,000 new energy vehicles",
        "Chinese Ministry of Transport",
    ),
    # a list's heading and its items' labels are no party: the plan's owner named before is
    (
        "list-item-label",
        "Chongqing aims to electrify its public sector. Key Tasks - Public Service Vehicles:"
        " Promote 4,500 new energy public service vehicles by 2025 [7]. - Urban Buses: Target"
        " 6,500 new energy buses by 2025 [7].",
        "6,500 new energy buses",
        "Chongqing",
    ),
]

# (class, article, objective, a subject the target must NOT get)
NEGATIVES = [
    # a bulleted goal opening with one capitalised word the text also writes in lower case:
    # an adjective of the clause's subject, no party
    (
        "bullet-common-word",
        "The roadmap sets key goals for new vehicles by 2035:\n\n"
        "  • Key core technologies will be significantly improved by 2035;\n",
        "significantly improved",
        "Key",
    ),
    (
        "bullet-common-word",
        "The plan covers new energy vehicles.\n- New energy vehicles will become the mainstream"
        " product by 2035.\n",
        "mainstream product",
        "New",
    ),
    # a firm after "and" in an object is still no subject
    (
        "joined-firm-pair",
        "Tesla sells cars. CATL, which supplies Ford and BYD, plans to build 10 plants by 2030.",
        "10 plants",
        "BYD",
    ),
    # the words of a plan's title after its plan noun ("... Plan for Promoting the
    # Construction of Charging Infrastructure") are no party
    (
        "title-after-plan-noun",
        "Twelve departments issued the Implementation Plan for Promoting the Construction of"
        " Hydrogen Refuelling Infrastructure in Hebei Province. The plan states that by 2025,"
        " 100 stations will be built in the province.",
        "100 stations",
        "Construction of Hydrogen Refuelling Infrastructure",
    ),
    (
        "title-with-plan-noun",
        "Twelve departments issued the Implementation Plan for Promoting the Construction of"
        " Hydrogen Refuelling Infrastructure in Hebei Province. The plan states that by 2025,"
        " 100 stations will be built in the province.",
        "100 stations",
        "Implementation Plan for Promoting",
    ),
    # a firm reference never falls back to a place named only as a destination
    (
        "firm-reference-not-a-place",
        "Besides the 200 buses, the company will deliver 47 electric buses to the city of Foshan"
        " in Guangdong Province. The company aims to sell 2,000 NEVs in 2020.",
        "2,000 NEVs",
        "Foshan",
    ),
    # the name a description relates to ("a unit of X") is not the party described
    (
        "description-ending-on-a-name",
        "Ruixin Motor, China's biggest truck maker and a subsidiary of Beijing Auto, said it"
        " plans to sell 1.5 million vehicles annually by 2015.",
        "1.5 million vehicles",
        "Beijing Auto",
    ),
    # a capitalised common word after a heading's colon opens a clause; it names no party
    (
        "colon-heading",
        "Ministry of Industry and Information Technology: New energy vehicle sales will reach"
        " about 25% by 2025",
        "25%",
        "New",
    ),
    (
        "authorities-in",
        "Authorities in central China's Henan Province have ordered local buses to switch to"
        " electric vehicles.\n\nThe percentage should increase to 85 percent in 2019, according"
        " to the plan.",
        "85 percent",
        "Authorities",
    ),
    # a date closes a run of capitalised words: "Automotive News On February 6, Henan ..."
    (
        "on-date",
        "Caijing.com Automotive News On February 6, the press reported that the government had"
        " recently published a plan, which proposed to promote clean transport. By 2025, the"
        " replacement rate of urban buses with new energy vehicles will reach 100%.",
        "100%",
        "Automotive News On February",
    ),
    # a place's possessive between the location word and the place ("in China's X") keeps
    # the place a location
    (
        "possessive-location",
        "According to Gotion's announcement, the company will set up a battery project in"
        " Qingdao, a city in China's Shandong Province.\n\nThe phase 1 of the project is"
        " scheduled to begin production by 2025.",
        "begin production",
        "Shandong Province",
    ),
    (
        "the-government",
        "The government of Zhejiang plans to build 300 hydrogen stations by 2025.",
        "300 hydrogen stations",
        "the government",
    ),
    (
        "listed-location",
        "Chery teamed up with Huawei, Baidu and iFlytek on Monday.\n\nThe company plans to"
        " sell 100,000 smart cars by 2025.",
        "100,000 smart cars",
        "iFlytek",
    ),
    # ... but "by" a date or a means names no issuer: the plan's sentence's subject owns it
    (
        "plan-issuer",
        "Shanghai's hydrogen plan was published by the end of March.\n\nUnder the plan, 500"
        " hydrogen stations will be built by 2025.",
        "500 hydrogen stations",
        "March",
    ),
    # ... only a name ending in the reference's own noun: "the city" is not the zone
    (
        "place-ending",
        "Shanghai will build 100 hydrogen stations by 2025.\n\nFirms opened plants in the"
        " Lingang Special Zone last year.\n\nBy 2027, the city aims to have 500 hydrogen"
        " stations.",
        "500 hydrogen stations",
        "Lingang Special Zone",
    ),
    # "the province" is no national reference: the province, not the country
    (
        "national",
        "China's NEV sales rose last year. Jiangsu Province aims to produce 500,000 NEVs by"
        " 2025. The province also plans to build 2,000 charging stations by 2025.",
        "2,000 charging stations",
        "China",
    ),
    # no place before "Municipal People's Government": no made-up party
    (
        "government",
        "The Municipal People's Government issued the plan on Friday. By 2025, the city will"
        " build 200 charging stations.",
        "200 charging stations",
        "Municipal People",
    ),
    # the reference comes first, the place after it is a location
    (
        "same-sentence",
        "The company, which is based in the city of Hefei, said on Tuesday that it plans to"
        " reach a battery capacity of 300 GWh by 2025.",
        "300 GWh",
        "Hefei",
    ),
    # a line-opening dateline city is not the subject of the next sentence's company aim
    (
        "dateline",
        "Chongqing - Robotaxi companies have stepped up their push.\nOn November 5, Xpeng"
        " said it plans to launch three robotaxi models in 2026.",
        "three robotaxi models",
        "Chongqing",
    ),
    # a bracketed short name after a place is no separate party
    (
        "bracketed",
        "According to the plan of the Yangtze River Delta (YRD), the region plans to build 200"
        " hydrogen filling stations by 2025.",
        "200 hydrogen filling stations",
        "YRD",
    ),
    # a bracketed name after a common word is the party's own name
    (
        "bracketed",
        "Tesla aims to sell 2 million cars by 2025.\n\nThe Shenzhen-based carmaker (BYD) plans"
        " to sell 3.6 million vehicles by 2024.",
        "3.6 million vehicles",
        "Tesla",
    ),
    # "and" joining place names is no clause joint: places are locations
    (
        "joint",
        "BYD said its plants in Thailand and Brazil plan to make 300,000 cars by 2026.",
        "300,000 cars",
        "Brazil",
    ),
    # the sentence before names firms only as objects: no firm it points to
    (
        "previous-sentence",
        "CATL aims to raise 20 billion yuan by 2021.\n\nThe company has partnerships with"
        " Tesla, Volkswagen and BMW. The battery maker said it plans to invest 10 billion yuan"
        " in a new plant by 2025.",
        "10 billion yuan",
        "Volkswagen",
    ),
    # a quotation's place names are not the speaker's party
    (
        "speaker",
        '"Demand in Kazakhstan and Kyrgyzstan is strong," said Tang Wei, general manager of'
        " Changjiang Auto Trade, adding that it aims to export 15,000 vehicles this year.",
        "15,000 vehicles",
        "Kyrgyzstan",
    ),
    # a pronoun after "and" does not point to a name in a relative clause before it
    (
        "joined-pronoun",
        "EVE Energy plans to buy a stake in Ruifu Lithium, which mines lithium ore, and it"
        " plans to invest 3 billion yuan in a battery plant by 2025.",
        "3 billion yuan",
        "Ruifu Lithium",
    ),
    # the outlet that reports is not the party
    (
        "fronted",
        "On September 24, the Financial Times reported that Sany Group, China's largest"
        " electric truck maker, said it will expand overseas, striving to have half of its"
        " sales come from overseas by 2030.",
        "half of its sales",
        "Financial Times",
    ),
    # a possessive place before a word that is no plan is still a location
    (
        "plan-owner",
        "Toyota aims to sell 1 million electric cars in China's market by 2026.",
        "1 million electric cars",
        "China",
    ),
    # places listed after a location word ("plants in Thailand, Brazil and Hungary") are
    # locations, not the party a later clause points to
    (
        "location-list",
        "BYD has not announced a sales target for 2024. The company is building car plants in"
        " Thailand, Brazil and Hungary. The Thai plant, which has an annual capacity of 150,000"
        " vehicles, is set to begin production in 2024.",
        "begin production",
        "Brazil and Hungary",
    ),
    (
        "said-its",
        "Tesla aims to sell 2 million cars by 2025. CATL, the world's largest EV battery maker,"
        " said its plant in Debrecen, Hungary, which will cost 7.34 billion euros, is set to"
        " start production in 2025.",
        "start production",
        "Hungary",
    ),
    # "U.S." in "million U.S. dollars" is a place, never the firm a reference points to
    (
        "reference-noun",
        "Toyota aims to sell 1 million cars by 2026. Building the station will cost the power"
        " company 28 million yuan (about 4.4 million U.S. dollars), Gai said. The power company"
        " plans to build 33 charging stations by 2025.",
        "33 charging stations",
        "U.S",
    ),
    # a plan's name ("Vast Ocean Plan") is no party
    (
        "plan-name",
        "Changan aims to sell 5 million cars by 2030.\n\nVast Ocean Plan commits to European"
        " localisation.\n\nThe brand is set to open 100 stores in Europe by 2026.",
        "100 stores",
        "Vast Ocean Plan",
    ),
    # byline words ("【Text by ...】") are no party
    (
        "byline",
        "【Text by Observers Net, Wang Yi】Chinese manufacturing has its sights on overseas"
        " markets.\n\nIt will expand overseas, striving to have half of its revenue come from"
        " overseas by 2030.",
        "half of its revenue",
        "Text",
    ),
    # the sentence between names a party of its own: the reference is not sure of Shenzhen
    (
        "previous-sentence",
        "Shenzhen has taken the lead in electric taxis. Beijing aims to switch 20,000 taxis to"
        " NEVs by 2020. By the end of 2019, the city aims to electrify 100 percent of its taxis.",
        "100 percent",
        "Shenzhen",
    ),
    # the outlet that reports is no party
    (
        "outlet",
        "Tram Resources has learned that on November 8th, Hubei Province released an action"
        " plan for hydrogen energy. It is explicitly stated that 100 hydrogen refueling stations"
        " will be built by 2027.",
        "be built",
        "Resources",
    ),
    (
        "outlet",
        "【Autonews】Recently, Autonews noticed that, according to media reports, Anhui Province"
        " has launched the construction of charging infrastructure this year. They plan to"
        " achieve 75% coverage by 2024.",
        "75% coverage",
        "Recently",
    ),
    # a capitalised reference word is no name of its own
    (
        "capitalised-reference",
        "Xiaomi Group reported record quarterly revenue on Thursday. The Group is aiming to"
        " deliver more than 10,000 units in June.",
        "10,000 units",
        "Group",
    ),
    (
        "descriptor",
        "State Grid Corp of China has installed charging stations along eight expressways.\n\n"
        "The State-owned company, based in Beijing, plans to build 10,000 charging stations by"
        " 2020.",
        "10,000 charging stations",
        "State-owned",
    ),
    # the province after "the capital of" is not the party
    (
        "capital-of",
        "Guangzhou approved a document on Monday, officials said.\n\nThe document, dubbed the"
        " Opinions on Speeding up the Development of Guangzhou's Automobile Industries, said"
        " that the capital of Guangdong province aims to make the output value exceed 1"
        " trillion yuan in 2025.",
        "1 trillion yuan",
        "Guangdong",
    ),
    (
        "plan-title",
        "On September 15, 2025, the 'Action Plan for Establishing Guangzhou as a Pilot City for"
        " V2G Interaction (2025 - 2027)' was released. Grounded in Guangzhou's strategic role as"
        " the 'City of Intelligent Vehicles,' this plan aims to drive V2G interaction.\n\nBy"
        " the end of 2025, the objective is to have 600 intelligent charging stations.",
        "600 intelligent charging stations",
        "City of Intelligent Vehicles",
    ),
    (
        "told",
        "Anhui Jianghuai Automobile Co Ltd (JAC) will build a truck plant in Vietnam. Zuo"
        " Yan'an, chairman of the company, told China Daily on Tuesday that the plant is part of"
        " its overseas push. The company plans to export 15 percent of its products by 2015.",
        "15 percent",
        "China Daily",
    ),
    # a place named in a plan's title after a location word is no owner ("in line with the
    # Action Plan for Hubei"): the sentence's own subject is
    (
        "plan-title",
        "Wuhan released its charging plan on Monday, officials said. In line with the Action"
        " Plan for Hubei, Wuhan will build 500 charging stations by 2025.",
        "500 charging stations",
        "Hubei",
    ),
    (
        "plan-issuer",
        "Shanghai issued many documents this spring, officials said.\n\nAccording to news on"
        " May 8, the Guangdong Provincial Development and Reform Commission and other"
        ' departments issued the "Implementation Plan for Cleaner Production in Guangdong'
        ' Province (2023-2025)",In order to keep promoting the electrification of urban buses'
        " and the construction of charging stations (piles), by 2025, full coverage of fast"
        " charging stations in expressway service areas will be achieved.",
        "full coverage",
        "Shanghai",
    ),
    (
        "part-of",
        "enread.com\n\nDalian to switch buses\n\nNortheast China's port city of Dalian will"
        " move its buses and ride-hailing cars in urban areas over to environmentally-friendly"
        " vehicles in the coming few years.\nLocal public transport operators will replace all"
        " gasoline-powered vehicles running in its four urban districts with new energy"
        " vehicles by 2020, the city government said Monday.",
        "gasoline-powered",
        "Northeast China",
    ),
    (
        "as-reported",
        "Guangdong wants its auto revenue to exceed 1.1 trillion yuan by 2025, officials"
        " said.\n\nAs CnEVPost reported late last month, central China's Anhui province"
        " appears set on becoming the Detroit of the East.\n\nThe province released a"
        " three-year action plan for its new energy vehicle industry, saying that by 2023 it"
        " aims to have more than 10 percent of China's NEV production.",
        "10 percent",
        "CnEVPost",
    ),
    # "of the country's total" is an object's possessive, not the clause's reference
    (
        "possessive-reference",
        "Anhui province aims to nurture 3 to 5 NEV enterprises, officials said.\n\nThe"
        " planning says that by 2023, NEV production of the province may account for more than"
        " 10% of the country's total production volume while 70% auto parts will come from"
        " nearby suppliers.",
        "70% auto parts",
        "China",
    ),
    # a firm reference ("The world's largest EV maker") never falls back to the header's place
    (
        "header",
        "aljazeera.com\n\nEconomy\n\nChina's BYD says it will start selling EVs in Japan by"
        " early 2023\n\nThe world's largest EV maker plans to roll out the ATTO 3 sports"
        " utility vehicle in Japan starting January 2023.",
        "ATTO 3",
        "China",
    ),
    # a place in an outlet's name in the header ("Shanghai Daily") is no headline's place
    (
        "header",
        "Shanghai Daily\n\nNew energy vehicle makers step up output\n\nBy 2025, new energy"
        " vehicle production in Ningbo will exceed 700,000 units, over 50% of the city's total"
        " automobile production.",
        "700,000",
        "Shanghai",
    ),
    # a sentence about the past ("promoted ... last year") is no will-clause to go on with
    (
        "will-before",
        "The roadmap was revised in 2018 to speed up clean transport, officials said.\n\n"
        "Shandong province has plans to have 500,000 new electric vehicles by 2022.\n\n"
        "Jiangsu province promoted 250,000 clean energy vehicles last year. By the end of 2020,"
        " charging infrastructure to support 200,000 electric vehicles will be in place.",
        "200,000",
        "Jiangsu",
    ),
    # a photo caption's places are where the photo was taken, not the party of "the city"
    (
        "caption",
        "WUHAN, July 1 (Xinhua) -- Wuhan, the central Chinese city, will extend its testing"
        " roads to 500 km in three to five years.\n\nA self-driving bus is on display at a"
        " conference in Beijing, capital of China, Oct. 22, 2019. (Photo: Xinhua)\n\nThe city"
        " laid this out in an implementation scheme, the municipal government said.\n\n"
        "According to the plan, the city aims to complete the intelligent reconstruction of at"
        " least 100 km of open testing roads by 2025.",
        "100 km",
        "China",
    ),
    (
        "participle",
        "Toyota aims to sell 1 million cars by 2026. Nio opened a plant in Hefei with partner"
        " JAC, signaling its plan to deliver 500,000 cars a year by 2027.",
        "500,000 cars",
        "JAC",
    ),
    (
        "plan-owner",
        "Toyota aims to sell 1 million cars by 2026. Shanghai released a plan on Monday. Under"
        " the plan, 500 stations will be built by 2025.",
        "500 stations",
        "Toyota",
    ),
    (
        "heading",
        "The General Office of Jinan Municipal People's Government has issued a three-year"
        " action plan for the hydrogen industry.\n\n1 Action goal\n\nBy 2022, the city will"
        " build more than 6 hydrogen refueling stations.",
        "6 hydrogen refueling stations",
        "Action",
    ),
    (
        "heading",
        "Main Goals:By 2025, strive to achieve annual auto sales of around 32.3 million units.",
        "32.3 million units",
        "Goals",
    ),
    (
        "place-possessive-firm-noun",
        "China's largest EV maker says it aims to sell 2 million cars by 2026.",
        "2 million cars",
        "China",
    ),
    (
        "told-the-outlet",
        "Wang told The Nikkei that the partners will create a new brand. Though the partners"
        " have yet to settle on a name, they aim to release an SUV by 2025.",
        "release an SUV",
        "Nikkei",
    ),
    (
        "according-to-based-outlet",
        "According to Beijing-based CBN, the company announced in July that it plans to set up"
        " a venture. The trio aims to invest 3 billion yuan by 2025.",
        "3 billion yuan",
        "CBN",
    ),
    # capitals that are the initials of the common words before them ("private equity (PE)")
    (
        "acronym-of-common-noun",
        "The lead investor opened a private equity (PE) fund last week. It aims to raise 1"
        " billion yuan by 2025.",
        "1 billion yuan",
        "PE",
    ),
    (
        "stage-word",
        "The lidar maker entered the C-sample stage with a European carmaker and aims to start"
        " mass production in 2026.",
        "mass production",
        "C-sample",
    ),
    # a quantifier opening a summary bullet is no name (heldout175 FU07)
    (
        "quantifier-opening-a-bullet",
        "- Some new models will sell at five times the current average price\nThe Hong"
        " Kong-listed company plans to unveil dozens of new electric bicycles in 2019.",
        "unveil dozens",
        "Some",
    ),
]


@pytest.mark.parametrize(
    ("cls", "text", "objective", "subject"), POSITIVES, ids=[f"{r[0]}-{r[3]}" for r in POSITIVES]
)
def test_subject_of_class(cls: str, text: str, objective: str, subject: str) -> None:
    assert _subject(text, objective) == subject


@pytest.mark.parametrize(
    ("cls", "text", "objective", "wrong"), NEGATIVES, ids=[f"{r[0]}-not-{r[3]}" for r in NEGATIVES]
)
def test_subject_is_not_the_tempting_party(cls: str, text: str, objective: str, wrong: str) -> None:
    assert _subject(text, objective) != wrong


def test_golden_subjects_stay_jinan() -> None:
    from pathlib import Path

    text = (Path(__file__).resolve().parents[1] / "corpus" / "jinan-nev-2023.txt").read_text(
        encoding="utf-8"
    )
    targets = [r for r in nevextract.extract(text).records if r.kind == "target"]
    assert [t.subject for t in targets] == ["Jinan", "Jinan", "Jinan"]


@pytest.mark.parametrize(
    "change",
    [
        "unknown",
        "missing-plan_nouns",
        "missing-plural_references",
        "missing-part_references",
        "missing-report_verbs",
        "missing-outlet_words",
        "missing-issue_verbs",
    ],
)
def test_subject_words_schema_refuses_unknown_and_missing_keys(change: str) -> None:
    """subjects.json's lists are data with a schema: a misspelt key or a missing list fails."""
    import json
    from pathlib import Path

    from nevextract import pattern_schemas, resources

    path = Path(resources.patterns_dir()) / "en" / "targets" / "subjects.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    pattern_schemas.check("targets/subjects.json", data)  # the shipped file passes
    if change == "unknown":
        data["plural_reference"] = ["companies"]
    else:
        del data[change.removeprefix("missing-")]
    with pytest.raises(pattern_schemas.SchemaProblem):
        pattern_schemas.check("targets/subjects.json", data)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab-'’ .,\n_1AÉé\u0301·", max_size=40), st.data())
def test_runs_read_from_the_end_are_the_last_runs(text: str, data: st.DataObject) -> None:
    """`_RUN_BACK` (the words before a name, read from the end) finds the runs `_RUN`
    finds, last first, in any window."""
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    forward = [m.span() for m in subject._RUN.finditer(text, lo, hi)]
    backward = [m.span() for m in subject._RUN_BACK.finditer(text, lo, hi)]
    assert backward == forward[::-1]


def test_the_words_before_a_name_are_the_last_runs() -> None:
    text = "plants of the group in central China's Shandong"
    name = text.index("Shandong")
    assert subject._previous_word(text, name, 0) == "china's"
    assert subject._after_location_word(text, name, 0, subject._words())
    assert not subject._after_location_word("the chairman of Svolt", 16, 0, subject._words())
