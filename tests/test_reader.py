"""Tests of nevextract.reader: header metadata, body span, footer boilerplate, file reading."""

from __future__ import annotations

import hashlib
import json
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from nevextract import reader
from nevextract.errors import ArticleError
from nevextract.reader import ArticleParts, parse_article, read_text

CORPUS = Path(__file__).parents[1] / "corpus"
ARTICLES = sorted(
    p for p in CORPUS.rglob("*.txt") if (p.parent / "gold" / f"{p.stem}.json").is_file()
)

BODY = (
    "Jinan sold 158,000 heavy trucks in 2022, up 12 percent on the year before, officials said.\n"
    "\n"
    "The city aims to make 500,000 new energy vehicles a year by 2025, the plan says.\n"
)
LAST_BODY_LINE = "The city aims to make 500,000 new energy vehicles a year by 2025, the plan says."


def _gold(article: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (article.parent / "gold" / f"{article.stem}.json").read_text(encoding="utf-8")
    )
    return data


def _spans(record: dict[str, Any]) -> list[tuple[int, int]]:
    spans = [(record["start"], record["end"])] if "start" in record else []
    return spans + [(s, e) for s, e in record.get("mentions", [])]


def _sentence(text: str, record: dict[str, Any]) -> str:
    """The record's gold sentence, else the line it stands in."""
    if record.get("sentence"):
        return str(record["sentence"])
    start = text.rfind("\n", 0, record["start"]) + 1
    end = text.find("\n", record["start"])
    return text[start : end if end >= 0 else len(text)].strip()


def _article(header: str, body: str = BODY, footer: str = "") -> tuple[str, ArticleParts]:
    text = header + body + footer
    return text, parse_article(text)


def _body(text: str, parts: ArticleParts) -> str:
    return text[parts.body_start : parts.body_end]


# --- corpus (gold metadata and record offsets) ---------------------------------------------


def test_corpus_is_found() -> None:
    assert len(ARTICLES) >= 10


# Held-out articles whose `source` the reader gets wrong (title and date are right); strict,
# so a fix that makes one pass must remove it here.
# Gold that contradicts SPEC: S01's in-body dateline "BEIJING (Reuters) -" names an outlet, so
# SPEC's source is Reuters (as for D12, the same layout), while its gold has the site fallback.
SOURCE_MISSES = {
    # heldout198-205 (fresh, scored blind at 64984e7 and 42735d7)
    "GR02-steelorbis-pao-shang-roca-coahuila-45m-auto-parts": (
        "source: read 'GMT+3', this gold has 'steelorbis.com'"
    ),
    "GU03-seaisi-kallanish-ganfeng-goulamina-first-concentrate-shipment": (
        "source: read 'seaisi.org', this gold has 'Kallanish'"
    ),
    "GV04-evmagz-chinese-ev-shipments-eu-september-60517-up-61pct": (
        "source: read 'evmagz.com', this gold has 'Auto News'"
    ),
    "GV12-steelorbis-auto-parts-firms-garcia-nuevo-leon-tesla-10000-jobs": (
        "source: read 'GMT+3', this gold has 'steelorbis.com'"
    ),
    "GX12-batterytech-cnevpost-china-ev100-nev-16-5m-2025-penetration-over-50pct": (
        "source: read 'battery-tech.net', this gold has 'CnEVPost'"
    ),
    "GY04-highergroundtimes-washington-times-chinese-ev-makers-thailand-1bn": (
        "source: read 'highergroundtimes.com', this gold has 'The Washington Times'"
    ),
    "GY06-newsdeed-the-age-ap-chinese-carmakers-key-players-byd-australia-4811": (
        "source: read 'newsdeed.com', this gold has 'The Age'"
    ),
    # heldout174-193 (fresh, scored blind at 2c58a8b, c0ae6b7, 49b55e0, be1cf94, 3245b71)
    "FT12-menafn-chinese-cars-latin-america-usd8-5bn-20-percent-51-percent-ev": (
        "source: read 'menafn.com', this gold has 'MENAFN'"
    ),
    "FU02-chinabuses-kinglong-busworld-2009-overseas-revenue-50pct-plan": (
        "source: read 'm.chinabuses.org', this gold has 'english.chinabuses.com'"
    ),
    "FW04-globalev-reuters-mexico-one-in-ten-cars-chinese-443-9pct": (
        "source: read 'Internet', this gold has 'globalev.news'"
    ),
    "FW06-yicaiglobal-yunnan-energy-separator-plant-cny4-5bn-1-6bn-sqm": (
        "source: read 'Yicai Global', this gold has 'yicaiglobal.com'"
    ),
    "FX09-cloudfront-caixin-ningbo-ronbay-saemangeum-80000t-triple-korea": (
        "source: read 'd33gy59ovltp76.cloudfront.net', this gold has 'Caixin Global'"
    ),
    "FY04-tropicalhainan-ankai-150-electric-buses-haikou-410-ordered-2016": (
        "source: read 'tropicalhainan.com', this gold has 'english.anhuinews.com'"
    ),
    "FY10-globaltimes-foton-daimler-jv-shareholders-100000-trucks-2012-2015": (
        "source: read 'globaltimes.cn', this gold has 'Global Times'"
    ),
    "FZ07-pcgroup-fuelcellsworks-mof-fcev-subsidy-2-34bn-yuan": (
        "source: read 'pcgroup.vn', this gold has 'FuelCellsWorks'"
    ),
    "GA07-autoua-turkey-40pct-additional-duty-chinese-cars-7000-minimum": (
        "source: read 'autonews.autoua.net', this gold has 'VOA'"
    ),
    "GA13-carsifu-bernama-baic-gurun-ev-plant-rm300m-2000-3000-evs": (
        "source: read 'carsifu.my', this gold has 'BERNAMA'"
    ),
    "GE01-todayaz-trend-genertec-kostanay-plant-100000-cars-by-2020": (
        "source: read 'today.az', this gold has 'Trend'"
    ),
    "GE04-acecdn-standard-chinese-firms-us570m-zimbabwe-lithium-taa-premier": (
        "source: read '7prvw7.c2.acecdn.net', this gold has 'The Standard'"
    ),
    "GF01-investstockholm-senior-separator-eskilstuna-sek-2-5bn": (
        "source: read 'Press release', this gold has 'press.investstockholm.com'"
    ),
    "GF06-tomorrowinvestor-australia-chinese-ev-influx-byd-evdirect-au49000": (
        "source: read 'Tomorrow Investor', this gold has 'tomorrowinvestor.com'"
    ),
    "GH01-blogspot-four-ministries-nev-subsidy-notice-2013-2015-10000-5000": (
        "source: read '星期一', this gold has 'tubeandfitting45degree.blogspot.com'"
    ),
    "GI04-chinadaily-geely-drb-hicom-ahtv-500000-by-2035": (
        "source: read 'CHINA DAILY', this gold has 'China Daily'"
    ),
    "GJ02-petrominerals-29-lithium-firms-2024-results-tianqi-7-905bn-loss": (
        "source: read 'petromineralscorp.com', this gold has 'International Financial News'"
    ),
    "GJ04-eotsu-china-car-exports-russia-jan-july-2023-405000-5-65bn": (
        "source: read 'China.', this gold has 'Rossa Primavera News Agency'"
    ),
    "GJ06-techtaiwan-china-automotive-mcu-shortage-25pct-domestic-2025": (
        "source: read 'techtaiwan.com', this gold has 'Commercial Times'"
    ),
    "GJ10-nianews-tass-china-car-exports-russia-jan-aug-482000-6-76bn": (
        "source: read 'nia-news.cn', this gold has 'TASS'"
    ),
    "GK02-motiondigest-prnewswire-baic-bjev-swap-stations-200-end-2017": (
        "source: read 'motiondigest.com', this gold has 'PRNewswire'"
    ),
    "GK04-chinadaily-mirror-galaxy-resources-zhangjiagang-17000t-lithium": (
        "source: read 'chinadaily.com.cn', this gold has 'China Daily'"
    ),
    "GK08-autoblog-peoplesdaily-qyev-tianjin-plant-20000-exports-2011": (
        "source: read 'autoblog.com', this gold has 'People's Daily Online'"
    ),
    "GL10-xqwheel-wan-gang-new-round-nev-demonstration-25-cities": (
        "source: read 'Hits', this gold has 'xq-wheel.com'"
    ),
    "GM04-chinaplus-busworld-kortrijk-2017-chinese-e-bus-makers-europe": (
        "source: read 'Liang Wenxi China Plus', this gold has 'China Plus'"
    ),
    "GM05-insideevs-yutong-88-e12-keolis-norge-bergen": (
        "source: read 'insideevs.com', this gold has 'sustainable-bus.com'"
    ),
    # heldout170-173 (fresh, scored blind at 345ad33)
    "FQ03-chinatrucks-skywell-panzhihua-1-2bn-9000-units-projected-50bn-2025": "source: the "
    "mobile host read where this gold keeps the www host the page names",
    "FR08-greencarcongress-gasgoo-60000-nevs-trials-11-cities-2008": "source: the outlet the "
    "post credits ('Gasgoo') not read over the site",
    "FS02-globalneighbours-caixin-brazil-battleground-chinese-ev-makers-10pct-70pct": "source: "
    "the outlet named only in photo credits ('Caixin') not read",
    "FS03-bne-szijjarto-two-more-chinese-battery-makers-hungary-sunwoda-3bn": "source: the "
    "site's name ('bne IntelliNews') not read over its host",
    # heldout166-169 (fresh, scored blind at b72a39b; FL06, FN04, FN09's title and date fixed
    # as layout classes)
    "FL09-decypha-mubasher-egypt-military-factory-200-foton-2000-buses-45pct": "a footer's "
    "timestamp line naming the outlet ('Mubasher') not read; the feed's host kept as the source",
    "FL11-independent-ug-afp-byd-morocco-tangier-plant-2500-jobs-1m-by-2025": "source: the "
    "wire credited in the lead ('(AFP)') not read over the reposting paper's host",
    "FM01-yicaiglobal-xtc-ningde-cathode-70000t-august-2025": "source: 'Yicai' read where this "
    "gold keeps 'Yicai Global'",
    "FN09-apdnews-globaltimes-zhangjiakou-new-energy-2022-olympics": "source: a byline's outlet "
    "in capitals ('BY APD NEWS') not read as the outlet",
    # heldout162-165 (fresh, scored blind at 0ee8c49; FH03, FH10, FH12, FI01, FJ06 and FH02's
    # title fixed as layout classes, with EP08, AY09, BO02 and EK11's title)
    "FH02-urdupoint-sputnik-china-car-exports-russia-june-2023-1-027bn": "source: the first of "
    "'(UrduPoint News / Sputnik - ...)' read where this gold keeps the wire it reposts",
    "FH05-yicaiglobal-ganfeng-tesla-20pct-lithium-hydroxide-lg-chem-45000t": "source: 'Yicai' "
    "read where this gold keeps 'Yicai Global'",
    "FI11-greencarcongress-ankai-plug-in-hybrid-bus-us-market": "source: 'Global Atlanta.' "
    "opening the lead not read as the outlet",
    "FK12-globes-israel-ev-sales-up-70pct-2022-10460-geely-2624": "source: the closing credit "
    "'Published by Globes, ...' not read",
    # heldout158-161 (fresh, scored blind at 9c32675)
    "FD03-metal-smm-changsha-80-projects-cathode-7bn-yuan": "source: the host read where the "
    "gold keeps the outlet ('SMM'); FG01's gold keeps the host for the same site",
    "FE06-wheelon-gasgoo-lifan-missed-189000-target-rmb5-2bn": "source: a repost's host read "
    "where the gold keeps the credited outlet ('Gasgoo.com')",
    "FF08-chinadaily-fuzhou-ban-fossil-fuel-buses-by-2020-1068": "source: a section subdomain "
    "('covid-19.chinadaily.com.cn') read where the gold keeps the site",
    "FG01-metal-smm-qinghai-lithium-chain-100bn-2016-2020": "source: the outlet ('SMM') read "
    "where the gold keeps the host; FD03's gold keeps the outlet for the same site",
    # heldout154-157 (fresh, scored blind at ae7d591)
    "FA04-vietnamplus-yadea-bac-ninh-plant-one-million-capacity": "source: the agency named "
    "only in the closing credit ('VNA') where the site's host is read",
    "FB04-reportify-chongqing-public-sector-electrification-180000-nevs-2025": "source: a "
    "summary site's host read where the gold keeps the Chinese outlet line under the headline",
    "FB11-ycwb-shenzhen-trillion-level-auto-cluster-plan-2023-2025": "source: a Chinese "
    "outlet line with author and time labels ('作者:', '发表时间') read whole",
    "FC07-reportify-sina-star-charge-wanbang-hong-kong-ipo-726000-stations": "source: a "
    "summary site's host read where the gold keeps the outlet it summarises",
    # heldout150-153 (fresh, scored blind at cfadece)
    "EX07-gbabrief-foshan-fuel-cell-rmb100bn-within-ten-years": "source: the site's name in its "
    "header ('GBA Brief') read where the gold keeps the domain",
    # heldout146-149 (fresh, scored blind at c210813)
    "ER06-webull-zhitong-sinotruk-heavy-truck-august-2025-84000": "an outlet-and-clock line "
    "('Zhitongcaijing · 09/03 02:33') taken as the title over the headline; the outlet not read",
    "ES11-chinadaily-evcard-hongqiao-300000-cars-2020": "source: a page with no site line; the "
    "gold names the subsite's domain",
    "ET08-foshannews-foshan-charging-mandate-100pct-residential": "source: the site's own name "
    "('Foshan China') in its header, where the reader gives the domain",
    "EU07-chinadaily-tianjin-new-energy-policies-2013-2020-2000-cars-2015": "source: the "
    "regional edition's domain ('europe.chinadaily.com.cn') where the gold keeps the main one",
    # heldout142-145 (fresh, scored blind at f78d129); a closing wire credit ('Source: Reuters',
    # '-Reuters', '[Xinhua]') where this gold names the wire and SPEC the dateline's outlet
    # (26 earlier gold files keep the site there, 15 the credit)
    "EN01-dailynewshungary-mti-chervon-miskolc-17-5bn-forint-parts-plant": "source: a closing "
    "'Source: MTI' credit",
    "EO02-cna-reuters-evolution-energy-btr-graphite-9-9pct-a4-9m": "source: a closing 'Source: "
    "Reuters' credit",
    "EO03-observerbd-reuters-indonesia-nickel-35bn-by-2033-catl-lygend": "source: a '-Reuters' "
    "credit closing the last paragraph",
    "EP10-thebricspost-xinhua-sinotruk-asian-exports-20852-2012": "source: a '[Xinhua]' credit "
    "line under the dateline",
    "EQ01-carscoops-reuters-jac-bahia-plant-100000-by-2014-shc-200-dealers": "source: a closing "
    "'Story source: Reuters' credit",
    "EQ05-inautonews-gasgoo-derways-chinese-cars-100000-by-2014": "source: a closing 'Source: "
    "Gasgoo' credit",
    "EN03-ttm-deep-news-ronbay-catl-120bn-yuan-lfp-deal-3-05m-tons": "source: an aggregator's "
    "credit of the writing outlet ('Deep News') not read",
    "EN05-scmp-libproxy-apt-electronics-hk-ipo-48pct-debut-geely": "source: a university proxy "
    "copy of SCMP: no site line, the outlet not read",
    "EN07-krasia-36kr-ningde-zhixiang-catl-hello-rmb200m-zhonhen": "source: the outlet's name "
    "('KrASIA') where the reader gives its domain",
    "EN08-intellinews-eurasianet-byd-uzbekistan-jizzakh-50000-units": "source: a republished "
    "story's original outlet ('Eurasianet') not read",
    # heldout138-141 (fresh, scored blind at 3122c9c)
    "EK02-omanobserver-reuters-yahua-tesla-lithium-hydroxide-630-880m": "source: a wire credit "
    "on an aggregator page ('Reuters') not read; the site's domain given",
    "EK08-howosinotruk-sinotruk-10000-exports-october-2022-76000": "source: an 'Add' share "
    "widget line taken as the outlet",
    "EL10-cubadata-xinhua-yutong-cuba-200-buses-5348-2007-2009": "source: a blog repost of a "
    "Xinhua story: the credit not read, the blog's domain given",
    "EL11-baidutranslate-zigong-nev-plan-2024-2025-16000-nevs": "source: the notice's 'Source:' "
    "line read with the 'Category: ...' label fused after it",
    "EM03-chinabuses-king-long-chuxiong-110-buses-yunnan-200000-nevs-2020": "source: the mobile "
    "site's domain ('m.chinabuses.org') given where the gold names the site line's 'www.'",
    "EM11-irishtimes-reuters-byd-e6-by-end-2009-nine-million-by-2025": "source: a CDN host "
    "line taken as the outlet over the Reuters credit",
    # heldout134-137 (fresh, scored blind at 3ac4b15)
    "EI02-anyfans-scmp-weride-hong-kong-listing-10000-robotaxis": "a mirror's breadcrumb page "
    "(headline printed three times, 'Homepage / business /'): the date and outlet not read",
    # heldout130-133 (fresh, scored blind at a0b0843)
    # heldout126-129 (fresh, scored blind at 332fec1)
    "DY09-zebethmedia-nio-sweden-swap-station-europe-20-100": "source: the site's own name "
    "line read where this gold keeps the site's domain",
    "EA02-gasgoo-most-carmakers-miss-2012-targets-faw-vw-1-5m-goal": "source: the author line "
    "'From Gasgoo.comJanuary 23, 2013' gives the outlet as written ('Gasgoo.com', as EE03's gold "
    "has it for 'Ally From Gasgoo.com'), where this gold gives 'Gasgoo'",
    # heldout122-125 (fresh, scored blind at 37c72c1)
    "DT10-yicai-byd-gac-toyota-h1-2022-sales-goal-midpoint-646000": "source: this gold keeps "
    "the site where '(Yicai Global)' opens the lead (13 other gold files read the outlet)",
    "DW08-yicai-cngr-rigqueza-three-nickel-matte-plants-usd1-3bn": "source: this gold keeps "
    "the site where '(Yicai Global)' opens the lead (13 other gold files read the outlet)",
    "DT13-hkzuran-reuters-spain-133m-euros-stellantis-catl-zaragoza": "source: a closing "
    "'[Reuters]' credit on a spam mirror not read; the site given (BG10's gold keeps the site "
    "for the same closing '[Caixin]' credit on a mirror)",
    # heldout118-121 (fresh, scored blind at 2c6a3ff)
    "DS09-yicai-general-science-thai-capacity-cny1-9bn": "source: gold keeps the site although "
    "the dateline '(Yicai) Sept. 27 --' names the outlet (as S01's gold does)",
    # heldout106-109 (fresh, scored blind at 51a1d4f)
    "DG16-ferro-alloys-reuters-china-moly-huayue-stake-60000t": "the bracketed site credit's "
    "capitals ('[Ferro-Alloys.com]') where the reader gives the site line's lower case",
    "S01-reuters-catl-q3-2024-profit": "gold has the site fallback although the in-body "
    "dateline '(Reuters)' names an outlet (SPEC and D12 say Reuters)",
    # heldout22 (fresh, scored blind at d576dce)
    # heldout23 (fresh, scored blind at a167942)
    # heldout28 (fresh, scored blind at d07a846)
    "AD10-gulfnews-polestar-q1-losses-narrow-revenue-84pct": "a standalone 'Bloomberg' byline "
    "line under the doubled photo caption not read; source fell back to the site",
    # heldout70/73 (fresh, scored blind at 762e244)
    "BT11-marketbeatnow-reuters-factbox-catl-byd-energy-storage-69gwh": "source: a headline "
    "closed by its wire credit ('... in Energy Storage by Reuters') not read",
    "BW08-carzxzc-changan-jiangsu-nev-base-240000": "source: the lead's '(ZXZC)' read as the "
    "outlet, where this gold keeps the site (heldout68's BR11 gold gives 'ZXZC' for the same "
    "layout)",
    "CA08-peninsula-afp-xpeng-double-countries-2025": "source: this gold reads the outlet from "
    "the photo credit ('(Photo by Pedro Pardo / AFP)'), which the reader never does",
    "CE11-mojugang-smm-guangdong-power-grid-10000-charging-points-2020": "source: this gold reads "
    "the outlet from a closing 'Source: SMM' line, where D10 and BM15's gold keep the site",
}
# Held-out articles whose header the reader misreads: kept as measured, strict, so a fix that
# makes one pass must remove it here. (heldout7/8's five misreads are fixed as layout classes:
# a deck then a byline, "In This Article:" and WeChat share widgets, an editor's initials and
# "Editor in charge:" credits, a host's IP address as the site line.)
HEADER_MISSES: dict[str, str] = {
    # heldout198-205 (fresh, scored blind at 64984e7 and 42735d7)
    "GR05-thedeepdive-cmoc-84722t-cobalt-nine-months-2024-catl": (
        "title: read None, this gold has \"CMOC's Cobalt Surge Floods Global Marke...'; "
        "published: read 2025-04-28, this gold has None"
    ),
    "GR10-vietstock-yadea-bac-giang-100m-two-million-motorcycles": (
        "title: read 'Jan 23rd at 08:29', this gold has 'Yadea break ground on its $100 "
        "million ...'"
    ),
    "GR11-mexiconewsdaily-yinlun-salinas-victoria-80m-plant": (
        "published: read 2024-11-17, this gold has None"
    ),
    "GS10-daily8-7news-gwm-australia-top-five-by-2030-50000-sales": (
        "published: read None, this gold has 2025-07-16; source: read 'daily8.com', this gold "
        "has '7NEWS'"
    ),
    "GU01-zawya-guide-group-sokhna-ev-battery-ro-membrane-63-9m": (
        "title: read 'PHOTO', this gold has None"
    ),
    "GV03-cmgroup-smm-lithium-carbonate-rmb88000-up-66pct-2021": (
        "title: read 'Shanghai Nonferrous Metals News', this gold has 'Lithium carbonate "
        "prices soared 66% in ...'; source: read 'cmgroup.net', this gold has 'SMM'"
    ),
    "GV05-nationaldailypress-eu-duties-7-8-35-3pct-nev-exports-jan-oct-2024": (
        "title: read 'EU Tariff Imposition', this gold has None"
    ),
    "GV10-marklines-fuyao-fy2015-sales-13-6bn-yuan-tianjin-cny1bn-moraine": (
        "title: read 'Net profit 2,607.50 2,217.28 17.60', this gold has 'Fuyao Glass "
        "Industry Group Co., Ltd. Bu...'"
    ),
    "GW03-sec-kandi-ksv-12-3m-acquisition-by-june-30-2008": (
        "title: read \"owns the land and facilities, under an ...', this gold has 'Kandi Paves "
        "The Way For Mass Production...'"
    ),
    "GW06-automotiveit-boston-power-bjev-c70-400mwh-plant": (
        "title: read 'BAIC C70.automotiveIT', this gold has None"
    ),
    "GW07-automotivefleet-jonway-ev-minivan-dongfeng-20000-2016": (
        "title: read 'Photo: Zap and Jonway Auto', this gold has None"
    ),
    "GW08-investorshub-china-bak-fy2012-outlook-bak-tianjin-12500-units": (
        "title: read 'Re: None', this gold has None"
    ),
    "GW10-greencarcongress-zap-jonway-a380-electric-suv-china": (
        "title: read 'The Jonway A380. Click to enlarge.', this gold has 'ZAP, Zhejiang "
        "Jonway Partner to Target ...'"
    ),
    "GX07-woodmac-china-ev-penetration-70pct-by-2030-battery-sector": (
        "title: read 'Principal Analyst, EV & Battery Supply ...', this gold has 'Motoring "
        "along: how Chinese EV producti...'"
    ),
    "GY08-dailyheraldnewstoday-chinese-car-brands-australia-2024-mg-20369": (
        "title: read None, this gold has 'Most popular Chinese car brands in Aust...'"
    ),
    # heldout194-197 (fresh, scored blind at a1b178b)
    "GN04-doanhnghiephoinhap-hithium-growatt-vietnam-usd900m-30-hectares": (
        "published: a day-first '10/06/2023' read month first"
    ),
    "GO01-autonews-reuters-saic-foton-hydrogen-10000-15000-by-2025": (
        "title: read the author line in capitals 'YILEI SUN and BRENDA GOH'"
    ),
    "GO03-inautonews-volvo-china-goal-2020-two-years-early-200000": (
        "title: an image's alt text 'image' fused onto the headline's end"
    ),
    "GO08-4evriders-kandi-car-sharing-750-towers-100000-vehicles": (
        "title: read the standfirst under the headline, after a theme's sample widget"
    ),
    "GO10-peoplecn-xinhua-a123-wanxiang-ebitda-2015-profit-2016": (
        "title: read a related-story headline, where this gold has none"
    ),
    "GO11-inautonews-volvo-800000-by-2020-china-plants-us-2018": (
        "title: an image's alt text 'image' fused onto the headline's end"
    ),
    "GP03-equalocean-caam-2019-forecast-1-6m-evs-28-1m-cars": (
        "title: a headline closed by a full stop not read; source: read 'equalocean.com', this "
        "gold has 'EqualOcean'"
    ),
    "GP13-fastmarkets-great-wall-thailand-ev-3-5-pact-100000-baht-2024-2027": (
        "title: read fused navigation links 'MethodologyContact usLogin', where this gold has none"
    ),
    "GQ12-mobilityrising-el-nasr-yutong-e-bus-1500-by-2027-ethiopia-duty-20pct": (
        "title: read the label 'From the newsletter' under the headline"
    ),
    # heldout174-193 (fresh, scored blind at 2c58a8b, c0ae6b7, 49b55e0, be1cf94, 3245b71)
    "FT03-advfn-niu-q3-2022-revenue-rmb1153m-320798-e-scooters": (
        "title: read 'world's leading provider of smart urban mobility solutio...', this gold has"
        " None; published: read 2022-09-30, this gold has None; source: read '.', this gold has "
        "'au.advfn.com'"
    ),
    "FT06-yicai-tinci-gotion-calb-870000t-725000t-electrolytes-cny33bn": (
        "title: read None, this gold has 'China's Tinci Soars After Landing Two Long-Term Orders "
        "f...'; source: read 'yicaiglobal.com', this gold has 'Yicai'"
    ),
    "FU05-roskill-didi-chuxing-1m-evs-2020-2bn-users-10m-fleet": (
        "title: read 'Electric vehicles: Didi Chuxing, the Chinese Uber, plans...', this gold has"
        " None"
    ),
    "FV01-wodefinance-yiche-sanya-battery-swap-pilot-scheme-4500-evs-25-stations": (
        "title: read None, this gold has 'Sanya supports the application of new energy vehicle "
        "pow...'; source: read 'wodefinance.com', this gold has 'Easy Car News'"
    ),
    "FW05-particlenews-latin-america-trade-defenses-chinese-evs-101bn-deficit": (
        "title: read 'Overview', this gold has None"
    ),
    "FX08-thelec-sk-innovation-ronbai-cathode-600bn-won-65000t-2025": (
        "published: read 2024-04-16, this gold has 2021-06-15; source: read '. (화', this gold has"
        " 'thelec.net'"
    ),
    "FY05-chinagate-xinhua-norway-post-tests-saic-maxus-ev80-renewable-2025": (
        "title: read 'Off the wire', this gold has 'Norway Post testing out Chinese electric "
        "van'; published: read None, this gold has 2017-12-02"
    ),
    "FZ01-bastillepost-miit-hydrogen-pilot-100000-fcvs-2030": (
        "title: read None, this gold has 'China launches application pilot program to boost "
        "hydrog...'"
    ),
    "FZ04-reuters-sgcc-2900-stations-540000-pylons-by-2015": (
        "title: read 'BEIJING, Sept 28 State Grid Corp of China', this gold has None"
    ),
    "GA08-dailyalpha-catl-hyperstrong-60gwh-sodium-ion-deal": (
        "title: read 'A recent major supply agreement has signalled that sodiu...', this gold has"
        " None"
    ),
    "GA10-argusmedia-brazil-camex-ev-tariff-35pc-january-2027-byd-denied": (
        "published: read None, this gold has 2025-07-30"
    ),
    "GC08-bikes4sale-china-fails-500000-ev-goal-byd-us-plans": (
        "published: read None, this gold has 2012-01-02"
    ),
    "GC10-insideevs-kandi-1000-evs-chengdu-rmb-133m-car-share": (
        "title: read 'Kandi EV Vending Machine', this gold has None"
    ),
    "GE02-donga-lges-huayou-recycling-jv-mou-60bn-won-li-cycle": (
        "title: read None, this gold has 'LG to build joint company for battery recycling with "
        "Chi...'; published: read None, this gold has 2022-07-27"
    ),
    "GE12-businessgreen-byd-adl-uk-chassis-assembly-70pct": (
        "title: read 'Firms announce plans to transfer assembly of electric bu...', this gold has"
        " None"
    ),
    "GF04-futunn-easpring-24h1-revenue-3-54bn-yuan-ternary-shipments": (
        "title: read 'Key points of investment', this gold has None"
    ),
    "GF07-gmteight-evcipa-charging-october-2024-3-391m-public-piles": (
        "title: read None, this gold has 'Chinese Charging Alliance: From January to October, "
        "the...'; published: read None, this gold has 2024-11-12; source: read 'gmteight.com', "
        "this gold has 'GMT"
    ),
    "GF08-autocango-china-public-charging-2-909m-techarge-552077": (
        "title: read 'A Deep Dive into China's Public Charging Infrastructure...', this gold has "
        "'China's Charging Infrastructure: Powering the EV Revolut...'"
    ),
    "GF11-futunn-rongbai-2024h1-revenue-6-888bn-yuan-ternary-53000t": (
        "title: read 'Description of the event', this gold has None"
    ),
    "GH03-blogspot-beijing-200000-electric-cars-by-2017-charging-every-5km": (
        "title: read None, this gold has '200,000 electric cars on Beijing's roads'"
    ),
    "GH06-socialnews-efe-beijing-charging-points-5m-evs-13th-fyp-12pct-2020": (
        "title: read None, this gold has 'Over 112,000 charging points in Beijing for electric "
        "veh...'"
    ),
    "GH09-evehiclepolicy-hubei-charging-swapping-layout-150000-nevs-2021": (
        "title: read 'Information that Hubei Province will further advance the...', this gold has"
        " 'Hubei will promote the development of new energy and int...'"
    ),
    "GJ05-futunn-yadea-h1-2024-interim-revenue-down-15-4pct": (
        "title: read 'Summary by Futu AI', this gold has 'YADEA: ANNOUNCEMENT OF INTERIM "
        "RESULTSFOR THE SIX MONTHS...'"
    ),
    "GJ08-polskienews-chinese-auto-parts-hungary-huf-80bn-halms-debrecen": (
        "published: read None, this gold has 2018-02-22"
    ),
    "GK12-scmp-tailg-ipo-overseas-30pct-revenue-within-three-years": (
        "title: read 'New, this gold has ; Chinese: read bicycle maker looks abroad for survival "
        "as sharing apps c...', this gold has 'Chinese bicycle maker looks abroad for survival as"
        " shari...'; source: read 'scmp.com', this gold has 'SCMP'"
    ),
    "GL04-whtiger-wuhan-deputy-mayor-hydrogen-vehicle-meeting-2017": (
        "title: read 'Xu Honglan holding A Meeting to Study and Promote the De...', this gold has"
        " 'Xu Honglan holding A Meeting to Study and Promote the De...'; published: read None, "
        "this gold has 2017-08-28"
    ),
    "GL11-c40-shenzhen-nev-promotion-11041-vehicles-july-2015": (
        "title: read 'Chinese version can be found here.', this gold has None"
    ),
    "GM11-4evriders-byd-49-e6-taxis-bogota-q1-2013": (
        "title: read 'BYD is short for Build Your Dreams.', this gold has '49 BYD e6 EV Taxis "
        "Headed For Bogotá'"
    ),
    # heldout170-173 (fresh, scored blind at 345ad33)
    "FP02-b92-linglong-serbia-eur-400mn-tire-plant-report": "a headline fused with its summary "
    "and date on one line not read; the paper the report credits not read as the source",
    "FP03-euromining-kuvimba-sandawana-310m-lithium-concentrator": "a dateline place "
    "('Belgrade') taken as the title, a related story's date and outlet read",
    "FP08-charter97-belgee-one-tenth-of-plan-double-2019": "a site's slogan ('For our and your "
    "freedom!') taken as the title",
    "FP09-essdaily-hithium-mesquite-texas-10gwh-opening-200m": "a page's date line not read",
    "FR01-cnevpost-henan-highway-service-areas-charging-end-2022": "a page title carrying the "
    "site's name ('...-CnEVPost'): the reader strips the name, this gold keeps it",
    "FR10-supamachinery-mot-green-transportation-opinions-2020-2035": "a bulleted first line "
    "this gold reads as the title",
    "FS04-kiwievc-chinese-ev-central-asia-500m-121pct-astana-1-55bn": "a second, longer copy "
    "of the title ('... – Industry News 2307') passed over",
    "FS08-insideevs-gasgoo-catl-baic-bjev-pride-power-five-year-deal": "a headline-less repost: "
    "the wire credited in the lead ('Gasgoo') not read as the source",
    "FS10-longbridge-portai-china-charging-network-20-million-2025": "an AI summary widget's "
    "greeting ('I'm PortAI, I can summarize articles.') taken as the title",
    "FS11-europeantech-egypt-gv-auto-faw-bestune-2025-65pct-20m": "a summary line under the "
    "headline taken as the title",
    "FS12-defencepk-xinjianjingyi-cheng-group-pakistan-ev-plant-showrooms": "a forum repost's "
    "headline not read",
    # heldout166-169 (fresh, scored blind at b72a39b)
    "FN12-cn24-cls-ndrc-nea-rural-charging-opinions-exempt-by-2030": "a headline in brackets "
    "read without them, where this gold keeps the brackets",
    "FO06-naaju-xinhua-byd-chile-100-k9fe-buses-metbus-70-pesos": "a day-first date "
    "('06/07/2018' on a Peruvian aggregator) read month-first",
    # heldout162-165 (fresh, scored blind at 0ee8c49)
    "FH07-tireworld-domestic-automakers-price-cuts-haval-h6-30032": "a fused section label "
    "('EditorObserve') taken as the title of a page with none",
    "FH08-titans-huayou-cobalt-hungary-acs-cathode-1-3bn-euros-100000t": "the headline not read",
    "FI06-chinabuses-zonda-interview-overseas-70pct-2008": "an interview's first line taken as "
    "the title of a page with none",
    "FJ11-ecns-nev-battery-recycling-guideline-350000-tonnes-2025": "the lead sentence taken "
    "as the title of a page with none",
    "FK03-menafn-trend-geely-uzbekistan-ev-production-dongfeng-45m": "a hard-wrapped lead "
    "opening with '(MENAFN- Trend News Agency) TASHKENT, ...' taken as the title; the agency "
    "not read as the source",
    "FK05-nepalenergyforum-republica-nepal-ev-imports-rs-12-73bn-5017-units": "a deck taken as "
    "the title over the headline; the paper credited at the end not read",
    "FK09-wardsauto-great-wall-chery-asbestos-recall-australia-21500-2250": "a date line under "
    "the deck and the byline not read",
    # heldout158-161 (fresh, scored blind at 9c32675)
    "FE02-argusmedia-china-anode-overcapacity-guizhou-800000t-2025": "a byline's date not read",
    "FE04-busnews-matchedje-mozambique-100000-vehicles-2017": "a blog's tagline taken as the "
    "title; the reposted story's dated credit not read",
    "FF01-gmteight-ndrc-high-power-charging-100000-units-2027": "an all-numeric '08/07/2025' "
    "date read month-first where the gold reads it day-first",
    "FF03-cnevpost-shandong-energy-plan-8000-charging-swap-stations-100-hydrogen-2025": "the "
    "headline not told from the lead",
    "FF05-imsilkroad-jiangxi-auto-industry-603000-vehicles-2017-development-goals": "a numbered "
    "section heading ('I.Current State') taken as the title",
    "FF10-investhk-zhongshan-new-energy-storage-action-plan-rmb5bn": "a notice's long title "
    "line not taken as the title",
    "FF13-ihfca-yangtze-river-delta-h2-corridor-plan-500-hrs-2030": "the page's date not read",
    "FG10-chinadailyhk-inner-mongolia-ningxia-clean-hydrogen": "the headline not taken as the "
    "title",
    # heldout154-157 (fresh, scored blind at ae7d591)
    "FA07-technode-quartz-aiways-u5-europe-early-2020": "a quoted story's headline line "
    "('... – Quartz') taken as the page's title",
    "FA09-kandigroup-jv-1500-evs-tianjin-jiangyin-end-2016": "a press release's 'Jinhua, China, "
    "July 21, 2016 -' dateline not read as the date",
    "FB08-gmteight-ndrc-v2g-pilot-notice-60pct-off-peak-500kw": "a headline with a colon after "
    "a ministry's name not taken as the title",
    "FC02-marklines-mexico-chinese-vehicles-30pct-imports-20pct-sales-2023": "a related "
    "story's headline above the page's own taken as the title",
    "FC05-batteriesnews-great-wall-chery-recall-18000-cars-battery-safety": "a lower-case tag "
    "line taken as the title; the site's name read as the source where the gold keeps the host",
    "FC09-chinascope-xinhua-middle-east-chinese-evs-578100-exports-israel-68-31pct": "a closing "
    "'Source: Xinhua, July 18, 2024' credit not read for date and source",
    # heldout150-153 (fresh, scored blind at cfadece)
    "EV11-advfn-prnewswire-cbak-9m-2024-battery-revenue-113-9m": "a release on a broker's page: "
    "a table caption taken as the title, the PRNewswire dateline not read",
    "EW04-wardsauto-geely-belarus-60000-by-2015-double-by-2016": "a dated byline ('May 1, "
    "2012') under the headline not read as the date",
    "EW10-inautonews-bloomberg-kandi-rental-expansion-shares-record": "an image label ('image') "
    "glued onto the headline kept in the title",
    "EX09-scmp-tangshan-30-hydrogen-stations-2500-fcvs-2025": "a caption page: its date line "
    "not read",
    "EX12-chinaenvironmentnews-shandong-hydrogen-expressway-10-stations": "a closing 'SOURCE: "
    "2021-11-19.' line (a date as the source field) not read as the date",
    "EY07-cmgroup-tsingshan-nickel-matte-60kt-huayou-1-1mt-2023": "a section line ('Shanghai "
    "Nonferrous Metals News') taken as the title, the date line under it not read",
    "EY11-kandivehicle-ruibo-alliance-300000-vehicles-within-five-years": "a repost line's date "
    "read, a day after the gold's",
    # heldout146-149 (fresh, scored blind at c210813)
    "ER04-bytebriefly-byd-geely-zeekr-november-2023-deliveries": "a keyword-tag line taken as "
    "the title of a headline-less page",
    "ER07-pnchina-autonews-china-joyson-takata-1-6bn-supplier-buying-spree": "the headline not "
    "read; the lead paragraph with its 'SHANGHAI --' dateline taken as the title",
    "ER08-justauto-chemchina-pirelli-eur7-1bn-clepa-consolidation": "a keyword-tag line taken "
    "as the title of a headline-less page",
    "ES03-metalnomist-xintaihe-laixi-anode-50000t-2029": "a category label ('| Graphite "
    "Anodes') taken as the title of a headline-less page",
    "ET10-tropicalhainan-hainan-2017-plan-4960-evs": "the headline not read over the site's chrome",
    "EU03-netherlandsinnovation-mot-14th-fyp-transport-services-80pct-nev": "the lead sentence "
    "taken as the title where the headline is above it",
    "EU10-shine-shanghaidaily-hainan-all-vehicles-new-energy-2030-5600-nevs": "a print note "
    "('The story appears on Page A3') taken as the title",
    # heldout142-145 (fresh, scored blind at f78d129)
    "EN10-caixinglobal-xinhua-citic-dicastal-morocco-350m-euro-6m-wheels": "a title-case "
    "headline ('Chinese Manufacturer Deals for Wheels in Morocco') not read as the title",
    "EN12-defencepk-russians-snap-up-china-made-cars-80000-jan-feb-2023": "a byline glued onto "
    "the headline ('...Biggest BuyersBy Z...') kept in the title",
    "EO07-indonesiaminer-bloomberg-rept-battero-weda-bay-plant": "a 'Mining.com / Tsingshan "
    "Holding Group' credit line taken as the title, the site's name as the source",
    "EO10-chinaknowledge-jinzhong-auto-parts-ipo-rmb380m-chinext": "headline, date and outlet "
    "of a China Knowledge page not read",
    "EQ03-hfqgxnyjs-hefei-notice-all-buses-nev-by-2020-55pct": "a notice's long title not read; "
    "its addressee line taken as the title",
    "EQ07-oats-lifan-effa-brazil-plant-647m-yuan-10000": "a photo credit line ('Lifan 620 "
    "Image: Carsfans2012') taken as the title",
    # heldout138-141 (fresh, scored blind at 3122c9c)
    "EJ03-fastmarkets-ganfeng-jiangte-yichun-lines-deal-ended-40000-yuan-t": "a menu line "
    "('MethodologyContact usLogin') taken as the title of a headline-less page",
    "EJ05-ceenergynews-semcorp-debrecen-separator-plant-huf-65-5bn-440-jobs": "the headline "
    "not read under the site's chrome",
    "EJ11-szdaily-bloomberg-yadea-vin-diesel-founders-us1-9bn-90pct": "a date-and-clock line "
    "naming the outlet above the headline ('2020-09-03  08:53    Shenzhen Daily') taken as the "
    "title: date and source not read",
    "EK04-naphjas-zhida-ev-charging-hong-kong-ipo-hk1bn": "a day-and-month label ('27 Feb') "
    "glued to the headline kept in the title",
    "EK06-itiger-deep-news-weichai-113bn-commercial-vehicle-h1-2025": "a very long headline "
    "not read as the title; the outlet in the credit line not read",
    "EK11-steelorbis-xinquan-aguascalientes-100m-plant-700-jobs": "source: a 'GMT+3' clock "
    "read as the outlet",
    "EM01-chinadaily-shenzhen-35000-evs-within-three-years": "a byline cut at its bracket "
    "('By Yu Hongyan (') taken as the title",
    "EM05-compasslist-nio-delivery-delays-xpeng-30000-by-end-2019": "the headline and its date "
    "line not read under the site's chrome",
    "EM06-nbdpress-ev-startups-delivery-race-nio-9726-wm-motor-postponed": "an image file name "
    "('_____________5.thumb_head') taken as the title of a headline-less page",
    "EM08-shaolingongfu-gotion-thailand-pack-plant-2gwh-to-8gwh": "a caption over a "
    "headline-less page taken as the title",
    # heldout134-137 (fresh, scored blind at 3ac4b15)
    "EF04-istanbulpost-volkswagen-china-october-deliveries-274100": "a short headline over a "
    "lead paragraph ('Volkswagen Sales in China Fell') not read",
    "EF05-chinaorg-chinadaily-gm-china-july-2009-sales-144593": "a caption between pipes with "
    "its '[China Daily]' credit taken as the title of a headline-less page",
    "EH09-tablemedia-china-ev-sales-may-2022-360000": "a share button's label ('Copied!') taken "
    "as the title",
    "EI01-h2iq-prnewswire-xcmg-100-hydrogen-trucks-1000-by-2025": "a photo-credit URL line "
    "taken as the title over the release's headline",
    "EI05-industrytechinsights-robot-trucks-sany-10000-a-year": "a logo line and a doubled "
    "headline: the fused dateline under them ('July 29, 2022: -') not read",
    "EI09-defencepk-nikkei-envision-aesc-new-plants-late-2020s": "a date fused to the headline "
    "('... 1,000-km range25 February, 2022') not split off",
    # heldout130-133 (fresh, scored blind at a0b0843)
    "ED02-nada-reuters-bmw-q4-2022-margin-9-8pct-revenue-42-9bn-euros": "this gold keeps the "
    "wire suffix in the title ('... dividend falls - Reuters'), which the reader cuts",
    # heldout126-129 (fresh, scored blind at 332fec1)
    # heldout122-125 (fresh, scored blind at 37c72c1)
    "DT02-feillong-brake-heavy-truck-sales-april-2020-113000": "a day-first date ('12-05-2020') "
    "read month-first",
    "DW07-rhomotion-sodium-ion-update-hithium-q4-2025": "a standfirst above the headline: no "
    "title read",
    # heldout118-121 (fresh, scored blind at 2c6a3ff)
    # heldout21 and heldout22 (fresh, scored blind at d576dce)
    "F04-asiaict-great-wall-2024-results": "the first body line under the 'MM/DD YYYY' date "
    "line taken as title",
    "F11-42how-lithium-carbonate-below-400000": "a headline that is a full sentence ending "
    "in '.' not taken as title",
    # heldout23 (fresh, scored blind at a167942)
    "I05-marklines-dongfeng-14th-five-year-targets": "the subtitle line taken as the title",
    "I10-breakinglatest-chongqing-trillion-nev-cluster-2027": "the title's site suffix cut "
    "(gold keeps the stored title line whole, as V03)",
    "I12-researchinchina-yutong-new-energy-bus-base": "the title's site suffix cut (gold keeps "
    "the stored title line whole, as V03)",
    # heldout32 (fresh, scored blind at 3f680c8; AH03, AH05, AH06 fixed as layout classes)
    "AH01-imsilkroad-xinhua-ev-startups-q1-2021": "a subscription pop-up's prose above the "
    "headline ends the header scan: headline, 'April 06, 2021' date line and the in-body "
    "Xinhua dateline missed",
    "AH11-thestreet-tesla-rivals-july-2022-deliveries": "a one-sentence stand-first with no "
    "headline above it read as a headline written as a sentence (gold: no title; N06 has such "
    "a sentence as its title)",
    "AH13-chinadaily-vehicle-exports-q1-2007": "a 2007 layout: headline, '(Shanghai Daily)' "
    "and 'Updated: 2007-04-28 13:52' fused with the first paragraph under a section trail",
    # heldout35 (fresh, scored blind at 28fd680; AK11, AK12 fixed as layout classes)
    "AK02-khodrokaar-chinese-carmakers-price-cuts-again": "source: the second paragraph's "
    "'Khodrocar - ' credit (a bare outlet and a dash, no place or brackets) not read",
    "AK08-enodoworks-enovate-750m-yuan-round": "a teaser truncated with '…' glued onto the "
    "headline ('...: reportEnovate sold 5,321 EVs ...') kept in the title",
    # heldout36/37 (fresh, scored blind at 7b5c9a0; AL02, AL11, AM05, AM08, AM09 fixed as layout
    # classes: a 'Home News' trail glued before the headline and a credit label glued onto the
    # source field, an inline 'Related: X' mid-story, a bracketed label, a closing '(Outlet
    # date)' credit, a lone bullet over a split highlight list)
    "AL04-everychina-king-long-overseas-5bn-yuan": "a photo caption line above a headline "
    "with its '[Photo / China Daily]' credit glued on read as the first paragraph",
    # heldout38/39 (fresh, scored blind at ef54f28)
    "AN13-trailandstreet-gac-500000-exports-2027": "a blog's question crosshead under the "
    "headline ('First what did GAC announce?') taken as the title",
    "AO02-sourcesome-xinhua-cpca-july-nev-sales-878000": "a site's postal-address widget "
    "('Dorchester Center, MA 02124') taken as the title",
    "AO04-gmt8press-lithium-supply-chain-overseas-oman-morocco": "source: the outlet 'GMT "
    "Eight' is named only by its site gmt8press.com",
    "AO08-43b-chery-2024-sales-2025-growth-goal": "a '摘要:' teaser line over a page with no "
    "headline taken as the title",
    "AO12-36kr-power-battery-installs-910gwh-jan-oct": "a two-sentence headline ending in '?' "
    "read as the first paragraph",
    "AO14-menafn-byd-tops-tesla-q4-2024-ev-deliveries": "source: '(MENAFN)' opening the lead "
    "paragraph with no date not read",
    # heldout40/41 (fresh, scored blind at 7fe91f6, the end of the tenth round)
    "AP03-ttm-sunwoda-thailand-phase-ii-482m": "source: 'Deep News10-30' (the outlet glued "
    "to a year-less date) not read",
    "AP05-chinatrucks-tangshan-swap-trucks-10000-nevs": "source: the outlet 'chinatrucks' "
    "named only by its site m.chinatrucks.com",
    "AP07-app-guangzhou-electric-buses-2020": "source: '(APP)' in a year-less dateline not read",
    "AP11-trsensing-csg-13th-five-year-charging-plan": "source: a 'from:' field with the next "
    "field's label glued on ('China Southern Power Griddate')",
    "AP13-laitimes-geely-faw-five-year-plans-2025": "a 'Written by / Cow heel Shang' credit "
    "taken as the title of a page with no headline",
    "AQ05-mashviral-tesla-shanghai-model-3-price-cut-16pct": "a 'Loading...' widget taken as "
    "the title",
    "AQ06-cnevpost-nev-retail-september-580000-penetration": "a summary sentence over a page "
    "with no headline taken as the title",
    "AQ13-seekingalpha-dongfeng-2021-sales-target-3-292m": "source: 'SA News Editor1' (a "
    "byline's job title) read as the outlet",
    # heldout42/43 (fresh, scored blind at ca7f476; AS05 and AS11 fixed as layout classes: a
    # headline under the date line over a one-word label above it; a press release's 'Place,
    # Month D, YYYY –' opening)
    "AR07-enghunan-hunan-200000-charging-piles-2020": "a portal's language menu taken as the "
    "title and a stale widget date above it as the publication date",
    "AS01-asianetnews-prnewswire-great-wall-tula-plant-starts-production": "a 'Country for PR: "
    "China' field above the date line taken as the title (the headline is under the date line)",
    "AS08-shanghaidaily-volvo-2014-operating-profit": "a print edition's 'The story appears on' "
    "/ 'Page A10' header taken as the title",
    # heldout44/45 (fresh, scored blind at a0c9f88; AT06, AU01 and AU06 fixed as layout classes: a
    # wire archive's hard-wrapped first paragraph, a '#Tag' line, a byline 'By X,Outlet')
    "AT08-chinadaily-bda-bjev-approval-70000-80000-target": "source: the subdomain "
    "'global.chinadaily.com.cn' given for the site 'chinadaily.com.cn'",
    "AU12-metal-catl-q1-2025-net-profit-13-9bn": "a pull quote in quotation marks over a page "
    "with no headline taken as the title",
    # heldout46/47 (fresh, scored blind at 15caf46; AV03, AV05, AV07 and AW11 fixed as layout
    # classes: the wire archive's first paragraph, a byline's reporter in capitals before the
    # outlet, a headline fused with 'Updated:' and its pipe, a 'Home > ... >' trail)
    "AV13-urdupoint-shanghai-10000-hydrogen-cars-2023": "source: the dateline's credit "
    "'UrduPoint News / Sputnik' read as 'UrduPoint News' (gold: the site's name 'UrduPoint')",
    # heldout48/49 (fresh, scored blind at 2402b47; AY13 fixed as a layout class: a dash before
    # the bracketed outlet of an in-body dateline; the date glued to a Chinese outlet's name
    # fixed, its name is not read as the source)
    "AX09-36kr-cheyun-ev-startups-2025-kpi-completion": "source: '车云' glued before the date "
    "(a Chinese name, which may be a reporter's) not read",
    "AX11-36kr-ifeng-countdown-leapmotor-1m-goal": "source: '凤凰网汽车' glued before the date "
    "not read",
    "AX12-ttm-ev-startups-2025-annual-targets-missed": "a summary sentence over a page with no "
    "headline taken as the title",
    "AY12-36kr-cheyun-startups-2025-kpi-xpeng-89-5pct": "source: '车云' glued before the date "
    "not read (the same story as AX09)",
    # heldout50/51 (fresh, scored blind at 4528a43; AZ06, AZ11, AZ13 and BA02 fixed as layout
    # classes: a date line with a page-view counter, an in-body dateline with full stops, tags
    # in lower case, a 'Skip to main content' link)
    "AZ07-4ll-dahecai-puyang-nev-promotion-plan-2025": "source: an 'Author:Dahe Cai Cube' field "
    "naming the outlet not read",
    "BA03-playcrazygame-gwm-brazil-r10bn-plan-r30bn-revenue": "a deck sentence over a page with "
    "no headline taken as the title",
    "BA05-shacknews-volkswagen-xpeng-700m-stake-4-99pct": "a headline fused with the first "
    "paragraph on one line, no title read",
    "BA09-cnevpost-caam-nev-sales-november-786000-penetration": "an image's alt text "
    "('... CAAM data show-CnEVPost') over a page with no headline taken as the title",
    # heldout52/53 (fresh, scored blind at daa3845; BB13 and BC11 fixed as layout classes: a
    # blog theme's sample widget and placeholder Latin, a lead sentence closed by a prompt)
    "BC07-schmidtmatthias-chinese-brands-west-europe-q1-2024-2-9pct": "an infographic's caption "
    "under an 'Updated: Apr 28' line taken as the title over the headline above it",
    # heldout54/55 (fresh, scored blind at a081f1a; BE07 fixed as a layout class: a newsletter
    # sign-up block under the headline)
    # heldout56/57 (fresh, scored blind at e97f3cf; BG11 fixed as a layout class: a press
    # release's dateline naming a country after its city)
    "BF10-fujian-fdi-qingkou-auto-zone-300000-eic-sets-project": "a project table's field label "
    "('Working Progress in Prior Period:') over a page with no headline taken as the title",
    "BG02-inautonews-chery-jan-nov-2011-exports-149462": "an image widget's word glued onto the "
    "headline ('... through November image') kept in the title",
    "BG10-coreza-technode-byd-turkey-plant-1bn-end-2026": "a mirror that prints the headline "
    "only in its footer ('... · TechNode'): no title read",
    # heldout58/59 (fresh, scored blind at d8c978b; BH03, BH09, BH10, BI05 and BI09 fixed as
    # layout classes: a lead closed by 'According to the Plan:', a page-date widget over a
    # headline with its own date, a Chinese source label, an 'Update Time:' label and file
    # fields, a share bar's slogan)
    "BH05-seatrade-yangtze-shore-power-installation-2025": "a deck paragraph, then a byline "
    "and the 'July 29, 2021' date line: the date under the deck not read",
    "BH07-blogspot-reuters-byd-700000-2010-target-400000-2009": "source: a blog's copy "
    "crediting Reuters in its body, not in a dateline",
    "BI01-advfn-prnewswire-zeekr-q1-2024-results-33059-deliveries": "a press release's "
    "dateline hard-wrapped after its city ('HANGZHOU,' / 'China, June 11, 2024 /PRNewswire/ "
    "--') not read; a crosshead taken as the title",
    "BI04-ttm-deep-news-sunwoda-h1-2025-adjusted-profit-down-28pct": "source: 'Deep News' "
    "credited in a byline-less lead, not read",
    "BI10-lbkrs-dolphin-research-leapmotor-q2-2025-call-580000-650000": "source: the research "
    "house 'Dolphin Research' named in the lead, not read",
    # heldout60/61 (fresh, scored blind at 9cc7518; BJ01, BK04, BK05 and BK06 fixed as layout
    # classes: bracketed portal buttons after the date, an SEC filing's cover page, a stock
    # photo's credit line, a reposting site's bulleted date over the story's own dateline)
    "BJ07-chinaservicesinfo-jiangxi-yichun-ganzhou-lithium-longnan-100bn-cluster": "a page two "
    "that opens with a crosshead ('Increased R&D'): the crosshead taken as the title",
    "BJ10-hongda-chem-yichun-lithium-revenue-46-54bn-2021-stock-widgets": "a site's section "
    "blurbs cut off with dots above the story: a blurb taken as the title",
    "BK10-asiafinancial-talent-new-energy-series-a-100m-yuan": "a picture's keyword line and "
    "its caption under the deck: the deck taken as the title",
    # heldout62/63 (fresh, scored blind at 898af66; BL08, BL11 and BM15 fixed as layout
    # classes: a closing credit over template debris, a headline written as one long sentence
    # over its dateline, a date's bracketed 'Updated' label)
    "BL05-newser-gm-5bn-hit-china-joint-ventures": "source: a dateline hard-wrapped over two "
    "lines ('(Newser)' / '–') not read",
    "BL06-intelliga-bmw-q2-2015-ebit-1-8bn-euros-china-slowdown": "a summary sentence over a "
    "page with no headline taken as the title",
    # heldout64/65 (fresh, scored blind at e56be22; BN04 and BN07 fixed as layout classes: a
    # page of emoji-bulleted lists under colon-closed labels, a flash headline in brackets)
    "BN09-cnevpost-china-battery-installs-january-2022-16-2gwh": "a summary sentence over a "
    "page with no headline taken as the title",
    "BN13-seattleeva-gasgoo-china-installed-battery-2018-56-9gwh": "source: a byline fused "
    "with the deck ('By Gasgoo Up 56.3% from the past year.') not read",
    "BO10-switchtv-shenzhen-supercharging-city-match-gas-stations-2025": "source: a section "
    "label ('China News') between headline and date read as the outlet",
    "BO13-evdriven-gcc-byd-uruguay-500-buses-2015": "source: an outlet named without an outlet "
    "word ('Green Car Congress') between headline and date not read",
    # heldout66/67 (fresh, scored blind at 1ad0bc0; BP14 and BP06 fixed as layout classes: an
    # outlet's byline with its edition under the dateline, a caption's unspaced credit in capitals)
    "BP02-kcomber-catl-9m-2023-net-profit-31-1bn": "a headline written as a sentence with a "
    "ticker in brackets over the story: no title read",
    "BP03-sgpjbg-nio-q1-2025-results-pdf-rmb12bn": "a file-share page's Chinese header over a "
    "release whose title is fused to its wire dateline: header, date and outlet missed",
    "BP13-telkdeep-chinese-evs-europe-11pct-june-dataforce": "a headline ending in a question "
    "over the story: no title read",
    "BQ02-reportify-xinhua-inner-mongolia-hydrogen-cluster-end-2025": "a dated credit line at "
    "the page's end ('Xin Hua She ... 2025-09-21') not read",
    "BQ09-daily8-scmp-catl-sinopec-nio-30000-swap-stations": "a hard-wrapped first paragraph "
    "under an 'Advertisement' widget: its first line taken as the title",
    # heldout70-73 (fresh, scored blind at 762e244; BW03 fixed as a layout class: a site menu
    # fused without spaces over the date line)
    "BT04-asiaict-carmakers-price-war-start-2026-70-models": "the first body line under the "
    "'MM/DD YYYY' date line and a view counter taken as title (as F04)",
    "BT06-gmt8press-cui-dongshu-2024-carmaker-gross-margins-15pct": "a two-sentence headline "
    "over a 'date' label and a day-first '08/04/2025' not read: no title, no date",
    # heldout74-77 (fresh, scored blind at 3f800df; BX04, BX05, BZ07, BZ12, BY11 and CA08's title
    # fixed as layout classes: a social handle and a glued stock code, a results release's
    # highlights crosshead, an app prompt, an arrowed link and an EDGAR exhibit header, an image
    # credit naming its source, a store opening at its caption, two labelled dates in a bar)
    "BX03-techzle-jato-chinese-brands-europe-share-1-35pct": "a subheading over a page with no "
    "headline taken as the title",
    "BY10-oodaloop-pony-ai-1000-robotaxis-2025": "a newsletter promo over a breadcrumb ending "
    "in the headline and its copy: no title read",
    "BY12-autoblog-jac-30bn-yuan-jv-1m-evs": "a promo debris line ('Amazon Prime Day 2024') "
    "over the headline taken as the title",
    "BZ11-nasdaq-reuters-tianqi-q3-2021-profit-444m-yuan": "a 'Contributor' label alone on its "
    "line over the byline ('Tom Daly Reuters'): the byline taken as the title",
    # heldout78-81 (fresh, scored blind at b2d7deb; CE09 and CB04's date fixed as layout
    # classes: a push-notification prompt and a video block, a year glued onto the month)
    "CB01-informationbz-seres-h1-2024-rmb14bn-to-huawei-65bn-revenue": "a two-sentence headline "
    "over a bare date line and a fused language switcher: neither read",
    "CB04-cheryinternational-chery-holding-h1-2018-exports-67459": "a headline fused with the "
    "first body sentence on one line: no title read",
    "CB10-enodoworks-welion-1-5bn-yuan-series-d-solid-state": "a headline fused with its deck "
    "('... production lineThe round was led by ...'): no title read",
    "CB12-36kr-seres-first-eight-months-2025-sales-296202-down-9pct": "a two-sentence headline "
    "ending in a question: no title read",
    "CC03-marklines-lifan-300000-nevs-2020": "a deck line under the headline taken as the title",
    "CC07-equalocean-wm-motor-100000-goal-2019": "a tag line ('COVID-19 and China') under the "
    "headline taken as the title",
    "CC09-marketwired-kandi-hangzhou-20000-nevs-2012": "source: a wire credit inside the lead's "
    "bracket ('JINHUA, CHINA--(Marketwire - December 13, 2010) -') read as the company",
    "CD07-carzxzc-baic-bluepark-h1-2023-loss-forecast-1-8-2-1bn": "source: the lead's '(ZXZC)' "
    "read as the outlet, where this gold keeps the site (as BW08)",
    "CD09-defencepk-chinadaily-china-65pct-global-nev-sales-august": "source: the outlet's "
    "domain alone on the line under the date ('chinadaily.com.cn') not read",
    "CD13-marketnewsdesk-globenewswire-hesai-q2-2025-352095-lidars": "a results release's "
    "highlight lines above its dateline: the last highlight taken as the title",
    # heldout82-85 (fresh, scored blind at f703741; CF12 and CG04 fixed as layout classes: a
    # closing dated credit with a pipe after it, a China Daily caption's bracketed capitals credit)
    "CG01-aolaikelin-chinadaily-gm-china-5m-units-2015": "a Chinese promo line over a page with "
    "no headline taken as the title",
    "CG02-longwaybrake-12th-five-year-goals-saic-6m-dongfeng-faw-5m": "a headline ending in a "
    "question under a 'You are here:' trail: no title read",
    "CG05-mtg-nikkei-gac-3m-units-2020": "source: a footer credit ('via ... - Nikkei Asian "
    "Review.') not read",
    "CG13-autoblog-dongfeng-100000-evs-2015-3bn-yuan": "source: a bracketed '[Source: China Car "
    "Times]' credit line not read",
    "CH01-automotiveworld-chery-august-2025-sales-242736-exports": "a release's lead sentence "
    "printed as its own first line taken as the title",
    "CH04-futunn-saic-q3-2024-net-profit-down-93-5pct": "a section label ('Description of the "
    "event') over a page with no headline taken as the title",
    "CH09-hani-lges-catl-non-china-battery-race-24-1gwh-april-2023": "the deck sentence under "
    "the headline taken as the title",
    "CI03-iol-reuters-toyota-5-5m-electrified-2025-not-formal-target": "source: the outlet this "
    "gold names (Reuters) stands in no dateline the reader reads",
    # heldout86-89 (fresh, scored blind at b3c3b58; CL06, CM05 and CM07 fixed as layout
    # classes: a 'Follow us on' prompt, an outdated-browser banner, a byline closed by a domain)
    "CJ06-enodoworks-dealstreetasia-svolt-6bn-yuan-series-b-plus-third-round-2021": "a headline "
    "closed by an ellipsis ('... this year …'): the ellipsis dropped from the title",
    "CL01-asiafinancial-xiaomi-q2-2024-ev-unit-27307-deliveries": "a standfirst over a page with "
    "no headline taken as the title",
    "CL08-issuu-eve-power-debrecen-huf-400bn-first-european-plant": "a magazine page's story "
    "headline, which this gold leaves null, read as the title",
    "CM02-gulfobserver-indonesia-600000-evs-2030-neta-tkdn-60pct-2025": "source: the site's "
    "name ('The Gulf Observer') where the reader keeps the domain",
    "CM09-keyanhelp-chinaorg-2010-banner-year-faw-5m-2015-targets-150bn": "a crosshead over a "
    "page with no headline taken as the title",
    # heldout90-93 (fresh, scored blind at f686ef8; CQ02 and CK08 fixed as a layout class: the
    # site's name opening the lead before the place it writes from, 'Gasgoo Munich- ...')
    "CN01-equalocean-great-wall-january-2022-sales-down-20pct-111778": "a standfirst over a page "
    "with no headline taken as the title",
    "CN06-everychina-auto-exports-h1-2011-381100-chery-jac": "a dated line this gold reads as "
    "the publication date not read",
    "CO08-srnnews-reuters-dongfeng-europe-80000-2026": "a radio network's day label read as the "
    "outlet, and the headline under it not read",
    "CO09-chinabuses-foton-five-overseas-factories-4m-750000": "a dated line this gold reads as "
    "the publication date not read",
    "CP08-marklines-caam-december-2023-sales-3-156m-2023-30-094m": "a portal's page title "
    "('Flash report, December 2023') taken as the headline",
    "CQ03-gasgoo-zhu-jiangming-no-loss-1068-stores-1m-2026": "source: the outlet named in a "
    "dateline this gold reads and the reader does not",
    "CQ10-reuters-gac-motor-exports-2015-strategy-detroit": "hard-wrapped wire copy: source "
    "read from the host where this gold keeps Reuters",
    "CQ13-36kr-xpeng-2026-target-550000-600000-three-strategies": "an editors' credit line "
    "('Editors | Li Qin, Yang Xuan') taken as the title",
    # heldout114-117 (fresh, scored blind at 1fc0a21; DN04, with CZ01 and BC11, fixed as a
    # layout class: a wire's closing '(END) Dow Jones Newswires' marker over its time line)
    "DL05-reportify-seres-h1-2025-revenue-62-402bn-profit-2-941bn-debt-ratio-76pct": "a Chinese "
    "title stored at the page's end not read",
    "DM09-playcrazygame-gwm-brazil-iracemapolis-r10bn-60pct-2025": "a caption line taken as "
    "the title over the headline",
    "DO08-investing-jefferies-seres-downgrade-600000-guidance-2026": "an unrelated story's "
    "headline (page furniture) taken as the title; a regional subdomain given as the source",
    # heldout110-113 (fresh, scored blind at 8e1de5e; DJ14, CX09 and CL12 fixed as a layout
    # class: a news app's credit line, outlet and year-less date, under the headline; DH06 as
    # a headline quoted whole with its wire's credit after it)
    "DI10-naturaldeposit-evergrande-hengchi-5-production-1m-goal-2025": "a photo's lower-case "
    "alt text taken as the title",
    "DJ01-reportify-changjiang-great-wall-9m-2025-sales-923400-tank-dealers": "source: the "
    "paper credited in the lead, not read",
    "DK02-emobilcar-gotion-300gwh-2025-goettingen-18gwh": "a related headline over the story "
    "taken as the title",
    "DK04-kathari-reuters-factbox-chinese-ev-makers-europe-plants": "source: Reuters read "
    "where this gold keeps the reposting site",
    # heldout106-109 (fresh, scored blind at 51a1d4f; DE02 and DG01 fixed as layout classes: a
    # hard-wrapped wire lead with a comma after its place, a time glued onto the outlet)
    "DD01-netdania-globenewswire-hesai-q3-2023-revenue-445-6m-lidar-47440": "a release's summary "
    "line taken as the title over its headline",
    "DF08-iraqmachinery-car-price-cuts-asian-games-village-133600-yuan": "a quoted headline "
    "ending in a question and the dated line under it not read",
    "DG10-suzhouinfo-battery-alliance-white-paper-overseas-30pct": "a journal's '摘要' "
    "(abstract) label taken as the title",
    # heldout102-105 (fresh, scored blind at 3e3b9c3; CZ04 and DB12 fixed as layout classes: a
    # 'Title:' field label, a promo between chevrons)
    "CZ03-carzxzc-geely-2023-revenue-179-2bn-profit-5-308bn-exports-274000": "source: the "
    "lead's '(ZXZC)' read as the outlet, where this gold keeps the site (as BW08)",
    "CZ07-itiger-byd-overseas-jan-jul-2025-550300-export-target-800000": "a teaser sentence over "
    "a page with no headline taken as the title",
    "CZ11-cnevpost-tag-catl-europe-spain-stellantis-jv-4-26bn-50gwh": "a tag page's heading "
    "('CATL Europe') passed over for the first teaser's headline",
    "DA01-seetao-sunwoda-dongfeng-yichang-30gwh-12bn-yuan": "source: the outlet 'Seetao' named "
    "only by its site",
    "DA04-pattayamail-tna-great-wall-thailand-22-6bn-baht-90pct-2025": "source: the agency "
    "'TNA' credited in the copy, not read",
    "DA07-urdupoint-miit-work-plan-27m-auto-sales-9m-nevs-2023": "source: a reporter's byline "
    "with a social handle ('Mohammad Ali (@ChaudhryMAli88') read as the outlet",
    "DA09-argusmedia-huayou-huaxiang-nickel-sulphate-200mn-ami-stake": "a dated line this gold "
    "reads as the publication date not read",
    "DA10-entornointeligente-xinhua-xian-2m-vehicle-capacity-2022": "a site's logo line "
    "('Entornointeligente.com /') taken as the title",
    "DA13-globaltimes-ce-brilliance-auto-quadrupling-2m-by-2015": "source: the credited outlet "
    "'CE.cn' not read",
    "DB03-tdi-catl-debrecen-hungary-7-3bn-euros-100gwh-9000-jobs": "a dated line and the "
    "outlet's initials ('TDI') not read",
    "DB06-3wmats-chinadaily-september-2023-output-2-85m-saic-482188-great-wall-121632": "an "
    "origin field's URL given as the source; a deck over a page with no headline taken as "
    "the title",
    "DC03-equalocean-xpeng-2024-letter-30-products-4000-hires": "source: the outlet 'EqualOcean "
    "News' named only by its site",
    # heldout98-101 (fresh, scored blind at e8adcf4; CX10 and CX02 fixed as layout classes: a
    # page title cut inside its words over the whole headline, a blog's meta bar)
    "CW08-globaltimes-dongfeng-1m-sales-two-years-early-target-1-5m": "a dated line this gold "
    "reads as the publication date not read",
    "CW10-afrh2p-shanghai-fuel-cell-draft-3000-vehicles-2020": "source: a blog's 'Source:' line "
    "naming the story's headline before its outlets, the headline kept in the source",
    "CX04-newsx-cailian-leapmotor-second-profitable-startup-li-auto-q3-loss-624m": "source: "
    "'Cailian Press' credited in the lead, not read",
    "CY03-chinabuses-zhongtong-overseas-25pct-2014": "source: the mobile subdomain given where "
    "this gold keeps the www host",
    "CY04-equalocean-xpeng-200-supercharging-stations-2019-1000-three-years": "a 'March 18th, "
    "2019' date line not read; the outlet 'EqualOcean' named only by its site",
    "CY13-fantasycars-byd-uk-electric-buses-200-a-year": "source: 'Bloomberg' credited in the "
    "copy, not read",
    "CY14-researchinchina-chery-wuhu-ev-plant-200000-nevs-2020": "source: 'China Daily' credited "
    "in the copy, not read",
    "CY15-chinadaily-chery-erdos-plant-dalian-2011-wuhu-2012": "a sub-headline over a page with "
    "no headline taken as the title",
    "CY16-chinadaily-shenzhen-byd-e6-taxis-100-24000-evs-2012": "a photo caption with its "
    "bracketed credit ('[Zhang Xiaoyu / for China Daily]') taken as the title",
    "CY17-autoblog-byd-e6-taxis-shenzhen-goal-1500": "a gallery caption ('BYD E6 – Click above "
    "for high-res image gallery') taken as the title; the source credited in the copy not read",
    # heldout94-97 (fresh, scored blind at 4814f0d)
    "CR03-gmteight-price-wars-100-models-byd-53000-yuan": "a day-first '10/06/2025' read month "
    "first, and the outlet 'GMT Eight' named only by its site",
    "CR05-eulerpool-tianqi-ganfeng-nine-month-losses-5-7bn": "a related-news footer's date taken "
    "as the publication date; the outlet 'Eulerpool News' named only by its site",
    "CR12-inautonews-toyota-china-2016-target-1-15m": "an image widget's word glued onto the "
    "headline ('... for 2016 image', as BG02); the closing 'Via Reuters' credit not read",
    "CS02-autoevolution-chinese-carmakers-raise-2010-targets": "source: the site's logo line "
    "('autoevolution') read as the outlet, where this gold keeps the domain",
    "CS05-42how-gwm-brazilian-strategy-11-5bn-yuan": "a headline written as a sentence with a "
    "full stop not taken as the title",
    "CS07-gasgoo-joint-ventures-2026-in-china-for-china-pledges": "source: the outlet 'Gasgoo' "
    "named only by its subdomain",
    "CS09-insideevs-kandi-3500-evs-luzhou-kunming": "a photo's alt text over a page with no "
    "headline taken as the title",
    "CT06-36kr-china-entrepreneur-gac-2024-profit-824m-h1-loss-2-538bn-jd-catl": "source: a "
    "magazine named in Chinese ('中国企业家杂志') not read",
    "CT08-nasdaq-quiver-lotus-technology-q1-2025-1274-deliveries-93m-revenue": "source: the "
    "data house credited in the byline ('Quiver Quantitative') not read",
    "CT10-laitimes-gac-aion-jan-apr-2024-sales-70200-down-41-16pct-nepal": "source: an account "
    "name ('Rim visibility') under the headline, a phrase of the lead read instead",
    "CU03-chinadaily-zhuhai-sunwoda-30gwh-base-12bn-yuan": "source: a bracketed site credit "
    "('(cityofzhuhai.com)') not read; the host's subdomain given",
    "CU04-insideevs-gac-nev-plant-200000-goal-400000": "a deck over a page with no headline "
    "taken as the title",
    "CU09-informationbz-nissan-ceo-china-solid-state-2028": "source: 'according to fast "
    "technology' in the lead not read",
    "CU11-evmagz-lexus-shanghai-plant-completion-august-2026": "source: a closing 'Source: "
    "carnewschina.com' credit not read",
    "CU12-yibada-mercedes-10-electric-models-2025-eq-decade": "source: the site's logo line "
    "('YIBADA') read as the outlet, where this gold keeps the domain",
    # heldout68/69 (fresh, scored blind at 3110edc; BR05 fixed as a layout class: an 'Issuing
    # time:' label under a long menu)
    "BS11-taptechnews-dongfeng-h1-2024-nev-380000-2024-goals": "source: the lead's 'TapTechNews "
    "July 3rd news' read as the outlet, where the gold keeps the site",
    "BE10-world-today-news-cls-leapmotor-q3-2022-revenue-4-288bn": "source: a 'News from the "
    "Associated Finance Press' lead under a credited caption, the outlet not read",
}
# (heldout14's seven misreads and heldout12's two are fixed as layout classes: a bracketed wire
# credit line by the date line, a source field under the dateline with a meta bar's separator,
# press-release highlight lines above the dateline, photographer/agency and "Provided to"
# photo credits, "Publish:" / "Post time:" labels and Mon-DD-YYYY dates, a labelled post date
# closing a page with no dateline, a summary list's heading and a reading prompt; see
# LAYOUT_CLASSES.)
# (heldout13's five misreads are fixed as layout classes: an outlet's name over a bare date
# line, a headline with its byline glued on, a headline over a short deck and a byline, a view
# counter in a meta line, an author line naming the outlet under the headline; see
# LAYOUT_CLASSES.)
# (heldout11's five misreads are fixed as layout classes: a site navigation menu and its
# breadcrumb above the headline, a Chinese date label, a headline printed twice around its deck,
# a site slogan above the headline, a summary line under the headline with no dateline.)
# Held-out articles whose body the reader starts too late (a deck or summary line under the
# headline is body per SPEC) or ends too early: strict, like HEADER_MISSES.
BODY_MISSES: dict[str, str] = {
    # heldout198-205 (fresh, scored blind at 64984e7 and 42735d7)
    "GV10-marklines-fuyao-fy2015-sales-13-6bn-yuan-tianjin-cny1bn-moraine": (
        "a record's span falls outside the body the reader finds"
    ),
    "GW03-sec-kandi-ksv-12-3m-acquisition-by-june-30-2008": (
        "a record's span falls outside the body the reader finds"
    ),
    "GW10-greencarcongress-zap-jonway-a380-electric-suv-china": (
        "a record's span falls outside the body the reader finds"
    ),
    # heldout194-197 (fresh, scored blind at a1b178b)
    "GO06-scmp-leapmotor-europe-exports-third-quarter-next-year": (
        "a record's span falls outside the body the reader finds"
    ),
    # heldout174-193 (fresh, scored blind at 2c58a8b, c0ae6b7, 49b55e0, be1cf94, 3245b71)
    "FT03-advfn-niu-q3-2022-revenue-rmb1153m-320798-e-scooters": (
        "a record's span falls outside the body the reader finds (its header read differs from "
        "this gold's)"
    ),
    "FU05-roskill-didi-chuxing-1m-evs-2020-2bn-users-10m-fleet": (
        "a record's span falls outside the body the reader finds (its header read differs from "
        "this gold's)"
    ),
    "FZ04-reuters-sgcc-2900-stations-540000-pylons-by-2015": (
        "a record's span falls outside the body the reader finds (its header read differs from "
        "this gold's)"
    ),
    "FZ07-pcgroup-fuelcellsworks-mof-fcev-subsidy-2-34bn-yuan": (
        "a record's span falls outside the body the reader finds (its header read differs from "
        "this gold's)"
    ),
    "GM11-4evriders-byd-49-e6-taxis-bogota-q1-2013": (
        "a record's span falls outside the body the reader finds (its header read differs from "
        "this gold's)"
    ),
    # heldout170-173 (fresh, scored blind at 345ad33)
    "FS08-insideevs-gasgoo-catl-baic-bjev-pride-power-five-year-deal": "the body starts after "
    "a line this gold reads as body",
    "FS11-europeantech-egypt-gv-auto-faw-bestune-2025-65pct-20m": "the body starts after the "
    "summary line read as the title",
    # heldout162-165 (fresh, scored blind at 0ee8c49)
    "FK03-menafn-trend-geely-uzbekistan-ev-production-dongfeng-45m": "the body starts after "
    "the lead's first line read as the title",
    "FK05-nepalenergyforum-republica-nepal-ev-imports-rs-12-73bn-5017-units": "the body starts "
    "after the deck read as the title",
    # heldout158-161 (fresh, scored blind at 9c32675)
    "FD09-scmp-amp-xpeng-nio-li-auto-november-2021-record-deliveries": "the body starts after "
    "a caption above the headline read as header",
    # heldout154-157 (fresh, scored blind at ae7d591)
    # heldout150-153 (fresh, scored blind at cfadece)
    "EV11-advfn-prnewswire-cbak-9m-2024-battery-revenue-113-9m": "the body starts after a table "
    "caption read as the title",
    # heldout146-149 (fresh, scored blind at c210813)
    "ER07-pnchina-autonews-china-joyson-takata-1-6bn-supplier-buying-spree": "the body starts "
    "after a lead paragraph read as the title",
    "EU03-netherlandsinnovation-mot-14th-fyp-transport-services-80pct-nev": "the body starts "
    "after a lead sentence read as the title",
    # heldout142-145 (fresh, scored blind at f78d129)
    "EQ07-oats-lifan-effa-brazil-plant-647m-yuan-10000": "the body starts after a photo credit "
    "line read as the title",
    # heldout138-141 (fresh, scored blind at 3122c9c)
    "EL03-yidaiyilu-xinhua-svolt-thailand-module-pack-plant-60000-thai-30pct-2030": "the body "
    "starts after a photo caption above the dateline (a caption is body per SPEC)",
    "EM08-shaolingongfu-gotion-thailand-pack-plant-2gwh-to-8gwh": "the body starts after a "
    "caption read as the title",
    "EM12-evworld-geely-ig-concept-3000-evs-next-year-30000-by-2016": "the body starts after a "
    "'PHOTO CAPTION:' line, a headline and a summary line read as header",
    # heldout134-137 (fresh, scored blind at 3ac4b15)
    "EF05-chinaorg-chinadaily-gm-china-july-2009-sales-144593": "the body starts after a "
    "caption read as the title",
    # heldout126-129 (fresh, scored blind at 332fec1)
    # heldout122-125 (fresh, scored blind at 37c72c1)
    # heldout118-121 (fresh, scored blind at 2c6a3ff)
    # heldout114-117 (fresh, scored blind at 1fc0a21)
    "DM09-playcrazygame-gwm-brazil-iracemapolis-r10bn-60pct-2025": "the body starts after a "
    "caption line read as the title",
    # heldout110-113 (fresh, scored blind at 8e1de5e)
    "DK02-emobilcar-gotion-300gwh-2025-goettingen-18gwh": "the body starts after a related "
    "headline read as the title",
    # heldout102-105 (fresh, scored blind at 3e3b9c3)
    "CZ07-itiger-byd-overseas-jan-jul-2025-550300-export-target-800000": "the body starts after "
    "a teaser sentence read as the title",
    "CZ11-cnevpost-tag-catl-europe-spain-stellantis-jv-4-26bn-50gwh": "the body starts after "
    "the first teaser's headline read as the title",
    # heldout98-101 (fresh, scored blind at e8adcf4)
    "CY16-chinadaily-shenzhen-byd-e6-taxis-100-24000-evs-2012": "the body starts after a photo "
    "caption read as the title",
    "CY17-autoblog-byd-e6-taxis-shenzhen-goal-1500": "the body starts after a gallery caption "
    "read as the title",
    # heldout94-97 (fresh, scored blind at 4814f0d)
    "CS09-insideevs-kandi-3500-evs-luzhou-kunming": "the body starts after a photo's alt text "
    "read as the title",
    "CU04-insideevs-gac-nev-plant-200000-goal-400000": "the body starts after the deck read as "
    "the title",
    "E13-xinhua-hefei-nev-cluster-trillion-2027": "a photo caption under the headline left in "
    "the header",
    "F04-asiaict-great-wall-2024-results": "the body starts too late (the first body line read "
    "as title)",
    # heldout32 (fresh, scored blind at 3f680c8)
    "AH11-thestreet-tesla-rivals-july-2022-deliveries": "the body starts too late (the "
    "stand-first read as title)",
    # heldout38 (fresh, scored blind at ef54f28)
    "AN08-businesslive-byd-800000-overseas-2025": "a photo caption with a 'Picture: REUTERS/...'"
    " credit above the lead left in the header",
    "AN13-trailandstreet-gac-500000-exports-2027": "the body starts after a question crosshead "
    "read as title",
    # heldout40/41 (fresh, scored blind at 7fe91f6)
    "AQ06-cnevpost-nev-retail-september-580000-penetration": "the body starts after a summary "
    "sentence read as title",
    # heldout48 (fresh, scored blind at 2402b47)
    "AX12-ttm-ev-startups-2025-annual-targets-missed": "the body starts after a summary "
    "sentence read as title",
    # heldout51 (fresh, scored blind at 4528a43)
    "BA03-playcrazygame-gwm-brazil-r10bn-plan-r30bn-revenue": "the body starts after a deck "
    "sentence read as title",
    # heldout62 (fresh, scored blind at 898af66)
    "BL06-intelliga-bmw-q2-2015-ebit-1-8bn-euros-china-slowdown": "the body starts after a "
    "summary sentence read as title",
    # heldout59 (fresh, scored blind at d8c978b)
    "BI01-advfn-prnewswire-zeekr-q1-2024-results-33059-deliveries": "the body starts after a "
    "crosshead read as title (the hard-wrapped dateline above it not read)",
    # heldout53 (fresh, scored blind at daa3845)
    "BC07-schmidtmatthias-chinese-brands-west-europe-q1-2024-2-9pct": "the body starts after "
    "an infographic's caption read as title",
    # heldout80 (fresh, scored blind at b2d7deb)
    "CD13-marketnewsdesk-globenewswire-hesai-q2-2025-352095-lidars": "the body starts after a "
    "release's highlight lines read as header and title",
    "CH01-automotiveworld-chery-august-2025-sales-242736-exports": "the body starts after a "
    "release's lead sentence read as title",
    "CL01-asiafinancial-xiaomi-q2-2024-ev-unit-27307-deliveries": "the body starts after a "
    "standfirst read as title",
}
# (heldout10's four misreads are fixed as layout classes: a dated "(Outlet – date)" credit,
# a byline name written with initials, a reading-time label fused onto the headline, an
# in-body dateline without comma or dash naming the outlet; see PAGE_LAYOUTS.)


def _metadata_param(article: Path) -> Any:
    reason = SOURCE_MISSES.get(article.stem) or HEADER_MISSES.get(article.stem)
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(article, marks=marks, id=article.stem)


@pytest.mark.parametrize("article", [_metadata_param(a) for a in ARTICLES])
def test_corpus_metadata(article: Path) -> None:
    gold = _gold(article)
    parts = parse_article(read_text(article)[0])
    assert parts.title == gold["title"]
    published = gold["published"]
    assert parts.published == (date.fromisoformat(published) if published else None)
    assert parts.source == gold["source"]
    if gold.get("site") is not None:
        assert parts.site == gold["site"]


def _body_param(article: Path) -> Any:
    reason = BODY_MISSES.get(article.stem)
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(article, marks=marks, id=article.stem)


@pytest.mark.parametrize("article", [_body_param(a) for a in ARTICLES])
def test_corpus_records_lie_in_body(article: Path) -> None:
    text, _ = read_text(article)
    parts = parse_article(text)
    assert 0 <= parts.body_start < parts.body_end <= len(text)
    assert not text[parts.body_end - 1].isspace()
    records = _gold(article)["records"]
    for record in records:
        if "start" in record:
            assert text[record["start"] : record["end"]] == record["text"]
        for start, end in _spans(record):
            assert parts.body_start <= start < end <= parts.body_end, record
    header = text[: parts.body_start]
    footer = text[parts.body_end :]
    sentences = {_sentence(text, r) for r in records if "start" in r}
    for line in header.splitlines():
        if line.strip() == parts.title:
            continue  # a headline repeated in the body as an image's alt text (D09)
        for sentence in sentences:
            assert sentence not in line, line
    for sentence in sentences:
        assert sentence not in footer


# --- datelines -----------------------------------------------------------------------------

DATELINES = [
    ("Updated: Jun 8, 2023 english.jinan.gov.cn Print", date(2023, 6, 8), "english.jinan.gov.cn"),
    ("By Li Fusheng | China Daily | Updated: 2023-04-12 07:22", date(2023, 4, 12), "China Daily"),
    ("By Xing Yi | China Daily | Updated: 2021-06-21 08:08", date(2021, 6, 21), "China Daily"),
    ("Source: Xinhua | 2023-05-09 16:40:12 | Editor: huaxia", date(2023, 5, 9), "Xinhua"),
    ("Source: Xinhua| 2018-05-16 17:38:26|Editor: Yamei", date(2018, 5, 16), "Xinhua"),
    ("Updated: May 9, 2023 16:40 Xinhua", date(2023, 5, 9), "Xinhua"),
    ("(Xinhua) 11:08, March 28, 2024", date(2024, 3, 28), "Xinhua"),
    ("11/16/2019 | 03:58am EST | Reuters", date(2019, 11, 16), "Reuters"),
    ("Date: 2020-04-08    Source: Weichai Group", date(2020, 4, 8), "Weichai Group"),
    ("CnEVPost | Feb 23, 2022", date(2022, 2, 23), "CnEVPost"),
    ("nCa Report | September 26, 2023", date(2023, 9, 26), "nCa"),
    ("By Reuters | April 25, 2024", date(2024, 4, 25), "Reuters"),
    ("(chinadaily.com.cn)| Updated : 2025-10-21", date(2025, 10, 21), "chinadaily.com.cn"),
    (
        "By Chen Meiling | chinadaily.com.cn | Updated: 2022-11-02 08:15",
        date(2022, 11, 2),
        "chinadaily.com.cn",
    ),
    ("Caixin Global | 2021-09-28 17:02 | By Ding Yi", date(2021, 9, 28), "Caixin Global"),
    (
        "By Sun Rui | Global Times | Published: Dec 11, 2023 09:40 PM",
        date(2023, 12, 11),
        "Global Times",
    ),
    ("By Ma Jie | Shanghai Daily | 20 May 2024", date(2024, 5, 20), "Shanghai Daily"),
    (
        "By Zhou Mo in Changzhou | China Daily | Updated: 2024-01-09 07:41",
        date(2024, 1, 9),
        "China Daily",
    ),
    ("Yicai Global | 2022-08-17 14:30", date(2022, 8, 17), "Yicai Global"),
    ("Updated: Jun 27, 2023 english.yibin.gov.cn Print", date(2023, 6, 27), "english.yibin.gov.cn"),
    ("Published: Sept 30, 2023 | Xinhua", date(2023, 9, 30), "Xinhua"),
    ("June 8, 2023 | Bloomberg News", date(2023, 6, 8), "Bloomberg News"),
    ("Posted: 8 June 2023 10:05 a.m. | CGTN", date(2023, 6, 8), "CGTN"),
    ("Source：Xinhua | Date：2023-06-08", date(2023, 6, 8), "Xinhua"),
    ("Electrive | 08.06.2023", date(2023, 6, 8), "Electrive"),
    # a source field naming an outlet in a caseless script; "at" of a time is no name
    ("time:2025-04-30 source:高工锂电", date(2025, 4, 30), "高工锂电"),
    # a click counter and a date written without spaces
    ("Click:390    DateTime:Nov.07,2019", date(2019, 11, 7), None),
    ("Source: Xinhua | Mar 3, 2022 at 9:15", date(2022, 3, 3), "Xinhua"),
]


@pytest.mark.parametrize(("dateline", "published", "source"), DATELINES)
def test_dateline_styles(dateline: str, published: date, source: str) -> None:
    text, parts = _article(f"Industries\n\nJinan promotes new energy vehicles\n\n{dateline}\n\n")
    assert parts.title == "Jinan promotes new energy vehicles"
    assert parts.published == published
    assert parts.source == source
    assert parts.site is None
    assert _body(text, parts) == BODY.rstrip()


def test_author_credit_alone_is_not_a_source_and_site_is_the_fallback() -> None:
    header = "english.example.com\n\nHeadline of the day\n\nBy Li Fusheng | Updated: 2023-04-12\n\n"
    _, parts = _article(header)
    assert parts.site == "english.example.com"
    assert parts.source == "english.example.com"
    assert parts.published == date(2023, 4, 12)


def test_headline_with_a_date_is_not_a_dateline() -> None:
    header = "BYD opens plant on March 3, 2024 in Jinan\n\nCnEVPost | Mar 4, 2024\n\n"
    _, parts = _article(header)
    assert parts.title == "BYD opens plant on March 3, 2024 in Jinan"
    assert parts.published == date(2024, 3, 4)


def test_header_boilerplate_is_skipped_for_title_and_body() -> None:
    header = (
        "marketscreener.com\n\nSHANGHAI STOCK EXCHANGE > Beiqi Foton Motor Co., Ltd.\n\n"
        "BEIQI FOTON MOTOR CO., LTD. (600166)\n\nHome > News > Industry\n\n"
        "Business | Autos & Transportation\n\nGlobal Edition\n\nLanguage Switch\n\nNews\n\n"
        "Foton aims to sell 200,000 trucks by 2025\n\nPrint\n\nShare\n\n"
        "11/16/2019 | 03:58am EST | Reuters\n\n"
        "Video PlayerClose\n\nShare\nShare - WeChat\n\nPrint\n\n"
    )
    text, parts = _article(header)
    assert parts.site == "marketscreener.com"
    assert parts.title == "Foton aims to sell 200,000 trucks by 2025"
    assert parts.source == "Reuters"
    assert _body(text, parts) == BODY.rstrip()


def test_caption_and_summary_lines_are_body() -> None:
    caption = "Cars wait at Haitong port in Shanghai. [Photo by Li Jin/China Daily]\n\n"
    summary = "The plant is expected to reach full capacity in about a year.\n\n(Image: BYD)\n\n"
    text, parts = _article("Cars sail out\n\nCnEVPost | Feb 23, 2022\n\n", caption + summary + BODY)
    assert text[parts.body_start :].startswith("Cars wait at Haitong")


def test_no_dateline_body_starts_at_first_prose_line() -> None:
    text, parts = _article("example.com\n\nJinan promotes new energy vehicles\n\n")
    assert parts.title == "Jinan promotes new energy vehicles"
    assert parts.published is None
    assert parts.source == "example.com"
    assert _body(text, parts) == BODY.rstrip()


def test_no_header_at_all() -> None:
    _, parts = _article("")
    assert parts == ArticleParts(None, None, None, None, 0, len(BODY.rstrip()))
    assert parse_article("") == ArticleParts(None, None, None, None, 0, 0)


def test_crlf_offsets_index_the_text() -> None:
    text = "Headline\r\n\r\nCnEVPost | Feb 23, 2022\r\n\r\n" + BODY.replace("\n", "\r\n")
    parts = parse_article(text)
    assert text[parts.body_start :].startswith("Jinan sold")
    assert text[parts.body_end - 1] == "." and text[parts.body_end :] == "\r\n"


# --- footer --------------------------------------------------------------------------------

FOOTERS = {
    "copyright": "\nCopyright©2024 China Daily. All rights reserved.\n",
    "copyright-range": "\nCopyright © 2000-2018 XINHUANET.com All rights reserved.\n",
    "copyright-sign": "\n© 2023 nCa - News Central Asia. All rights reserved.\n",
    "copyright-long": "\nCopyright 1995 - 2021. All rights reserved. The content shall not be "
    "republished.\n\nLicense for publishing multimedia online 0108263\n\n"
    "Registration Number: 130349\n\nFOLLOW US\n",
    "icp": "\n京ICP备13028878号-6\n\n京公网安 京公网安备 11010502032503号\n",
    "icp-shanghai": "\n沪ICP备14025463号-2\n沪公网安备 31010602000123号\n",
    "editor": "\n[Editor: Yamei]\n\nCopyright © 2000-2018 XINHUANET.com All rights reserved.\n",
    "reporting": "\n(Reporting by Yilei Sun and Brenda Goh; Editing by Edwina Gibbs)\n",
    "stock-widget": "\nStocks mentioned in the article\nChange Last 1st jan.\n"
    "BEIQI FOTON MOTOR CO., LTD. -1.58% 1.87 End-of-day quote. 2.75%\n",
    "stock-lines": "\nChange Last 1st jan.\nTOYOTA MOTOR CORPORATION 0.40% 7826 "
    "End-of-day quote. 26.63%\n",
    "related": "\nRelated stories\nXinghe to open 20 stores in Thailand by 2023\n"
    "EV makers cut prices by up to 5% in July, the association said on Monday.\n",
    "related-articles": "\nRelated articles:\nBYD sells 3 million cars in 2023\n",
    # links cut short ("...") are no story, nor a copyright line after them
    "related-cut-links": "\nRelated News\n"
    "Country's path of peaceful development boosts trade and ...\n"
    "US chip export curbs may fuel 'market uncertainty' for firms in Asia, analysts say ...\n"
    "Copyright ©2000-2021 anhuinews.com All rights reserved. Reproduction in whole or in part "
    "without permission is prohibited.\n",
    # one teaser paragraph under a link, then another link: the footer's related list
    "related-teasers": "\nRELATED CONTENT\nStartup Readies Solar-Powered EV\n"
    "Germany's Sono Motors GmbH says it has received 5,000 orders for its upcoming Sion electric "
    "car, which can be partly recharged by its solar panels.\nBYD opens a plant in Hungary\n",
    "back-to-top": "\nBack to top\n\nR & D\n\n20000 +\nGlobal R & D personnel\n• 5,000,000 units\n",
    "standards": "\nOur Standards: The Thomson Reuters Trust Principles.\n\n"
    "© 2024 Reuters. All rights reserved.\n",
    "follow": "\nFollow us on WeChat\n\nShare\n",
}


@pytest.mark.parametrize("footer", FOOTERS.values(), ids=FOOTERS.keys())
def test_footer_markers_end_the_body(footer: str) -> None:
    text, parts = _article("Headline\n\nCnEVPost | Feb 23, 2022\n\n", BODY, footer)
    assert _body(text, parts).endswith(LAST_BODY_LINE)
    assert parts.body_end == text.index(LAST_BODY_LINE) + len(LAST_BODY_LINE)


def test_related_links_inside_the_story_are_skipped_and_the_story_goes_on() -> None:
    # "Related articles:" and its links between paragraphs: two whole story paragraphs follow
    links = (
        "\nRelated articles:\nGlobal EV sales to drop by 43% says Wood Mackenzie\n"
        "$7bn Fund to drive EV adoption in China's Shandong province\n\n"
    )
    story = (
        "The roadmap was first published in 2018 to speed up the rollout of sustainable transport "
        "with higher fuel efficiency.\n\nAs part of the revised roadmap, Inner Mongolia province "
        "has committed to deploy 100,000 new energy vehicles by 2025.\n"
    )
    text, parts = _article("Headline\n\nCnEVPost | Feb 23, 2022\n\n", BODY + links + story)
    assert _body(text, parts).endswith("100,000 new energy vehicles by 2025.")
    skipped = {text[a:b] for a, b in parts.skip}
    assert {"Related articles:", "$7bn Fund to drive EV adoption in China's Shandong province"} <= (
        skipped
    )


def test_exchange_rate_note_stays_in_body() -> None:
    text, parts = _article("Headline\n\nCnEVPost | Feb 23, 2022\n\n", BODY + "\n($1 = 7.27 yuan)\n")
    assert _body(text, parts).endswith("($1 = 7.27 yuan)")


def test_ordinary_paragraphs_mentioning_footer_words_are_kept() -> None:
    tail = (
        "\nThe carmaker said related stories in the press were wrong, and it will follow us "
        "regulators' copyright rules.\n\nEditors at the paper said it sold 3,000 cars in July.\n"
    )
    text, parts = _article("Headline\n\nCnEVPost | Feb 23, 2022\n\n", BODY + tail)
    assert _body(text, parts).endswith("it sold 3,000 cars in July.")


# --- read_text -----------------------------------------------------------------------------


def test_read_text_returns_text_and_raw_sha256(tmp_path: Path) -> None:
    raw = "Headline\r\n\r\nJinan sold 158,000 trucks — up 12 percent.\n".encode()
    path = tmp_path / "a.txt"
    path.write_bytes(raw)
    text, digest = read_text(path)
    assert text == raw.decode("utf-8")
    assert digest == hashlib.sha256(raw).hexdigest()
    assert read_text(str(path)) == (text, digest)


def test_read_text_strips_bom_but_hashes_it(tmp_path: Path) -> None:
    raw = b"\xef\xbb\xbfHeadline\n"
    path = tmp_path / "bom.txt"
    path.write_bytes(raw)
    assert read_text(path) == ("Headline\n", hashlib.sha256(raw).hexdigest())


def test_read_text_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="not found") as info:
        read_text(tmp_path / "missing.txt")
    assert info.value.path == str(tmp_path / "missing.txt")


def test_read_text_directory(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="directory"):
        read_text(tmp_path)


@pytest.mark.parametrize(("raw", "offset"), [(b"abc\xffdef", 3), (b"\xef\xbb\xbfab\xc3(", 5)])
def test_read_text_invalid_utf8_names_byte_offset(tmp_path: Path, raw: bytes, offset: int) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(raw)
    with pytest.raises(ArticleError, match=rf"UTF-8.*byte offset {offset}\b"):
        read_text(path)


@pytest.mark.parametrize("raw", [b"", b"\xef\xbb\xbf", b"\n \n"])
def test_read_text_empty_file(tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(raw)
    with pytest.raises(ArticleError, match="empty"):
        read_text(path)


# --- speed ---------------------------------------------------------------------------------


def test_parse_is_fast_on_a_long_article() -> None:
    text = "Headline\n\nCnEVPost | Feb 23, 2022\n\n" + BODY * 5000 + FOOTERS["copyright"]
    began = time.perf_counter()
    parts = parse_article(text)
    assert time.perf_counter() - began < 1.0
    assert _body(text, parts).endswith(LAST_BODY_LINE)


# --- real header layouts (table-driven; each class has negatives) --------------------------

# (id, header above BODY, title, published, source); the site line is "example.com" when given
LAYOUTS = [
    # a date line above the headline
    (
        "date-above-title",
        "6 September 2022\n\nChinese battery maker to invest in Hungary\n\n",
        "Chinese battery maker to invest in Hungary",
        date(2022, 9, 6),
        None,
    ),
    (
        "date-above-title-site",
        "example.com\n\nMarch 3, 2022\n\nBYD opens its new plant in Jinan\n\n",
        "BYD opens its new plant in Jinan",
        date(2022, 3, 3),
        "example.com",
    ),
    (
        "weekday-date",
        "Headline of the day here\n\nThursday, March 3, 2022\n\n",
        "Headline of the day here",
        date(2022, 3, 3),
        None,
    ),
    # widget debris fused into the dateline, widget lines around it
    (
        "comments-print-email",
        "Headline of the day here\n\n3 Comment(s)Print E-mail Xinhua, May 2, 2022\n"
        "Adjust font size:\n\n",
        "Headline of the day here",
        date(2022, 5, 2),
        "Xinhua",
    ),
    (
        "font-size-tail",
        "Shanghai plans ahead for hydrogen| Updated: Jun 24, 2022 L M S\n\n",
        "Shanghai plans ahead for hydrogen",
        date(2022, 6, 24),
        None,
    ),
    (
        "listen-widget",
        "China unveils a plan to double charging piles\nListen to the full version\n\n"
        "Oct 17, 2025\n\n",
        "China unveils a plan to double charging piles",
        date(2025, 10, 17),
        None,
    ),
    (
        "read-time",
        "Nio delivers 10,000 cars in March\n\n3 minute read\n\nMarch 3, 2022\n\n3 min read\n\n",
        "Nio delivers 10,000 cars in March",
        date(2022, 3, 3),
        None,
    ),
    (
        "advertisement",
        "Advertisement 1\n\nREPT Battero rises in its Hong Kong debut\n\nArticle content\n\n"
        "Story continues below\n\nDec 18, 2023\n\n",
        "REPT Battero rises in its Hong Kong debut",
        date(2023, 12, 18),
        None,
    ),
    (
        "fused-time",
        "Xpeng cuts prices of its G9 SUV\n\nDecember 5, 20225:29 AM UTCUpdated 2 days ago\n\n",
        "Xpeng cuts prices of its G9 SUV",
        date(2022, 12, 5),
        None,
    ),
    # author lines: the outlet is the source, the reporter never
    (
        "author-from",
        "Geely opens a plant in Ningbo\n\nLi Wei From Gasgoo| March 3 , 2022 09:15 BJT\n\n",
        "Geely opens a plant in Ningbo",
        date(2022, 3, 3),
        "Gasgoo",
    ),
    (
        "author-paren",
        "BYD bets big on electric cars\n\nBy Wang Yu and Lyu Chang (China Daily) Updated: "
        "2016-06-28 07:14\n\n",
        "BYD bets big on electric cars",
        date(2016, 6, 28),
        "China Daily",
    ),
    (
        "reporter-pipe",
        "example.com\n\nGeely opens a plant in Ningbo\n\nLi Wei | March 3, 2022\n\n",
        "Geely opens a plant in Ningbo",
        date(2022, 3, 3),
        "example.com",
    ),
    (
        "reporter-caps",
        "example.com\n\nGeely opens a plant in Ningbo\n\nPublished: 12 Mar. 2025, 10:30\n-\n"
        "- CHO YONG-JUN\n\n",
        "Geely opens a plant in Ningbo",
        date(2025, 3, 12),
        "example.com",
    ),
    (
        "posted-by",
        "example.com\n\nGeely opens a plant in Ningbo\n\nPosted on March 3, 2022 by John Smith\n\n",
        "Geely opens a plant in Ningbo",
        date(2022, 3, 3),
        "example.com",
    ),
    (
        "source-editor",
        "Geely opens a plant in Ningbo\n\nSource: Xinhua Editor: huaxia 2022-03-03 09:15:30\n\n",
        "Geely opens a plant in Ningbo",
        date(2022, 3, 3),
        "Xinhua",
    ),
    (
        "source-line-above",
        "Geely opens a plant in Ningbo\n\nSource: Xinhua\n\nEditor: Liu Jie\n\n"
        "2022-03-03 09:15:30\n\n",
        "Geely opens a plant in Ningbo",
        date(2022, 3, 3),
        "Xinhua",
    ),
    (
        "tags-not-source",
        "example.com\n\nBAIC to go all-electric by 2025\n\n"
        "December 13th 2017 | China | Passenger vehicles | BAIC Group\n\n",
        "BAIC to go all-electric by 2025",
        date(2017, 12, 13),
        "example.com",
    ),
    (
        "bloomberg-at",
        "Bloomberg News\n\nMarch 3, 2022 at 9:15 AM GMT+8\n\n",
        None,
        date(2022, 3, 3),
        "Bloomberg News",
    ),
    (
        "cgtn",
        "Geely opens a plant in Ningbo\n\nUpdated 15:21, 03-Mar-2022\n\n",
        "Geely opens a plant in Ningbo",
        date(2022, 3, 3),
        None,
    ),
    (
        "published-on",
        "Geely opens a plant in Ningbo\n\nPublished On 5 Dec 2022\n\n",
        "Geely opens a plant in Ningbo",
        date(2022, 12, 5),
        None,
    ),
    (
        "no-space-after-comma",
        "Hydrogen city to be built\n\nUpdated: Jan 22,2018 9:14 AM     Xinhua\n\n",
        "Hydrogen city to be built",
        date(2018, 1, 22),
        "Xinhua",
    ),
    (
        "by-glued",
        "example.com\n\nXpeng G6 launched in China\n\nByTycho de Feijter\n\nJune 29, 2023\n\n",
        "Xpeng G6 launched in China",
        date(2023, 6, 29),
        "example.com",
    ),
    (
        "by-colon",
        "example.com\n\nNEV Sales Hit 700,000 In December\n\nBy: Mark Kane\n\n"
        "Jan 12, 2024 at 9:15am ET\n\n",
        "NEV Sales Hit 700,000 In December",
        date(2024, 1, 12),
        "example.com",
    ),
    (
        "written-by",
        "example.com\n\nEV startups double deliveries\n\n"
        "Written by Jane Doe Published on 3 Mar 2022\n\n",
        "EV startups double deliveries",
        date(2022, 3, 3),
        "example.com",
    ),
    (
        "middle-dots",
        "example.com\n\nLi Auto posts record quarter\n\n"
        "Cheyenne Cheng · 3 min read · Published on March 3, 2022\n\n",
        "Li Auto posts record quarter",
        date(2022, 3, 3),
        "example.com",
    ),
    (
        "outlet-middle-dot",
        "pandaily.com\n\nXiaomi SU7 deliveries top 10,000\n\nPandaily · May 3, 2024\n\n",
        "Xiaomi SU7 deliveries top 10,000",
        date(2024, 5, 3),
        "Pandaily",
    ),
    (
        "news-provided-by",
        "example.com\n\nCATL Unveils Its Qilin Battery\n\nNews provided by\n\nCATL\n\n"
        "Mar 03, 2022, 09:15 ET\n\n",
        "CATL Unveils Its Qilin Battery",
        date(2022, 3, 3),
        "example.com",
    ),
    (
        "question-headline",
        "example.com\n\nCan China's carmakers survive the long price war this year?\n\n",
        "Can China's carmakers survive the long price war this year?",
        None,
        "example.com",
    ),
    (
        "page-title-suffix",
        "reuters.com\n\nBYD opens a plant in Hungary | Reuters\n\nMarch 3, 2022\n\n",
        "BYD opens a plant in Hungary",
        date(2022, 3, 3),
        "reuters.com",
    ),
    (
        "site-title-suffix",
        "cnevpost.com\n\nNio delivers 10,000 cars - CnEVPost\n\nMarch 3, 2022\n\n",
        "Nio delivers 10,000 cars",
        date(2022, 3, 3),
        "cnevpost.com",
    ),
    # press releases: marker, company line, a headline set on two lines, wire dateline
    (
        "press-release",
        "[Press Release]\n\nBYD Company Limited\n\nBYD Launches a New Blade Battery Plant\n"
        "in Hungary\n\nSHENZHEN, China, March 3, 2022 /PRNewswire/ -- BYD said on Thursday "
        "it would build a plant.\n\n",
        "BYD Launches a New Blade Battery Plant in Hungary",
        date(2022, 3, 3),
        "PRNewswire",
    ),
    # a dateline's place may open with a Latin capital that carries a mark
    (
        "press-release-marked-capital",
        "Gotion opens its Slovak plant\n\nŠURANY, Slovakia, Nov. 4, 2025 /PRNewswire/ -- "
        "Gotion said it had opened a plant.\n\n",
        "Gotion opens its Slovak plant",
        date(2025, 11, 4),
        "PRNewswire",
    ),
    (
        "press-release-places",
        "Global BEV Sales Grow 29% YoY in Q3 2023\n\n"
        "Seoul, Beijing, Boston, Hong Kong – December 18, 2023\n\n",
        "Global BEV Sales Grow 29% YoY in Q3 2023",
        date(2023, 12, 18),
        None,
    ),
    (
        "for-immediate-release",
        "FOR IMMEDIATE RELEASE\n\nCATL unveils a sodium-ion battery\n\n"
        "(SHANGHAI, 5 May 2021) ── CATL said on Wednesday it had begun production.\n\n",
        "CATL unveils a sodium-ion battery",
        date(2021, 5, 5),
        None,
    ),
    # in-body datelines: a year gives the date, the outlet the source
    (
        "xinhua-lead",
        "example.com\n\nHefei draws battery makers\n\nHEFEI, June 2 (Xinhua) -- Hefei "
        "said on Friday it had signed 30 battery projects.\n\n",
        "Hefei draws battery makers",
        None,
        "Xinhua",
    ),
    (
        "reuters-lead",
        "example.com\n\nChangan aims high\n\nBEIJING (Reuters) -Chairman Zhu said on "
        "Tuesday the carmaker aims to sell 3 million cars.\n\n",
        "Changan aims high",
        None,
        "Reuters",
    ),
    (
        "two-city-lead",
        "example.com\n\nBYD shares rise\n\nHONG KONG/SHANGHAI, March 3 (Reuters) - Shares of "
        "BYD rose on Thursday after the carmaker said sales had doubled.\n\n",
        "BYD shares rise",
        None,
        "Reuters",
    ),
    (
        "outlet-lead",
        "example.com\n\nSvolt almost doubles its capacity goal\n\n(Yicai Global) Dec. 10 -- "
        "The chairman of Svolt said the company will double its capacity target.\n\n",
        "Svolt almost doubles its capacity goal",
        None,
        "Yicai Global",
    ),
    (
        "fused-headline-lead",
        "example.com\n\nEleven Chinese Automakers Set Sales Targets(Yicai) Jan. 19 -- "
        "Eleven Chinese automakers have announced their sales targets for the year.\n\n",
        "Eleven Chinese Automakers Set Sales Targets",
        None,
        "Yicai",
    ),
    (
        "site-name-lead",
        "taptechnews.com\n\nShenzhen builds an ultra-charging city\n\nTapTechNews on "
        "June 15th, according to a CCTV report, Shenzhen now has 10,956 charging stations.\n\n",
        "Shenzhen builds an ultra-charging city",
        None,
        "TapTechNews",
    ),
    # summary bullets under the headline are body, never the title
    (
        "bullets-above-dateline",
        "Global BEV Sales Grow 29% YoY\n\n  • Global BEV sales rose 29% YoY.\n"
        "  • Sales will reach 10 million\n\nSeoul, Boston – December 18, 2023\n\n",
        "Global BEV Sales Grow 29% YoY",
        date(2023, 12, 18),
        None,
    ),
    (
        "bullets-no-dateline",
        "China plans more chargers\n\n- 28 million chargers by 2027\n- support 80 million EVs\n\n",
        "China plans more chargers",
        None,
        None,
    ),
    # a photo caption above the dateline is header, not the title and not the end of the header
    (
        "caption-above-dateline",
        "https://www.example.com/chinese-automaker-changan-aims-to-sell-3-million-"
        "cars-in-2025/?utm_source=rss\n\nFILE PHOTO: A picture shows the emblem of the "
        "Changan carmaker at the auto exhibition in Beijing, China October 18, 2018. "
        "REUTERS/Thomas Peter\n\nAugust 24, 2021\n\nBEIJING (Reuters) - Chinese automaker "
        "Changan said on Tuesday it aims to sell 3 million cars.\n\n",
        "Chinese automaker Changan aims to sell 3 million cars in 2025",
        date(2021, 8, 24),
        "Reuters",
    ),
    # an outlet label other than "Source:", glued to the name, widget debris after the date
    (
        "from-label-font-debris",
        "fdi.example.gov.cn\n\nChinese companies take top spots in batteries\n\n"
        "From:China Daily Date:2023-02-20【Font:large regular\n\n",
        "Chinese companies take top spots in batteries",
        date(2023, 2, 20),
        "China Daily",
    ),
    (
        "src-label",
        "BYD sells more cars in May\n\nSrc: CGTN | 2023-06-08 10:05\n\n",
        "BYD sells more cars in May",
        date(2023, 6, 8),
        "CGTN",
    ),
    (
        "from-label-line-above-date",
        "example.com\n\nBYD sells more cars in May\n\nFrom: Xinhua\n2023-06-08\n\n",
        "BYD sells more cars in May",
        date(2023, 6, 8),
        "Xinhua",
    ),
    # view counters and an empty credit fused into the date line name no outlet
    (
        "counter-and-empty-credit",
        "example.com\n\nYunnan will build a battery industry\n\n2022-06-14 0 By\n\n",
        "Yunnan will build a battery industry",
        date(2022, 6, 14),
        "example.com",
    ),
    (
        "labelled-view-counter",
        "BYD sells more cars in May\n\n2023-06-08 | Views: 1,204 | Xinhua\n\n",
        "BYD sells more cars in May",
        date(2023, 6, 8),
        "Xinhua",
    ),
    # the site's brand written as a line above the headline, when the dateline names no outlet
    (
        "site-brand-line",
        "urdupoint.com\n\nUrduPoint.com\nUrduPoint\n\nChina To Further Boost Car Sales\n\n"
        "Faizan Hashmi 3 minutes ago Tue 03rd December 2019 | 01:59 PM\n\n",
        "China To Further Boost Car Sales",
        date(2019, 12, 3),
        "UrduPoint",
    ),
    # a hosting domain and the outlet it reposts from
    (
        "site-slash-outlet",
        "english.www.gov.cn\n\nApp\n\nNEV to speed up development\n"
        "Updated: December 16, 2020 10:41 english.www.gov.cn/Xinhua\n\n",
        "NEV to speed up development",
        date(2020, 12, 16),
        "Xinhua",
    ),
    # an outlet's staff credited on their own line: header, never the headline
    (
        "outlet-staff-credit",
        "asia.nikkei.com\n\nChina led world with 500,000 electric car exports in 2021\n\n"
        "Nikkei staff writers\nMarch 8, 2022 18:50 JST\n\n",
        "China led world with 500,000 electric car exports in 2021",
        date(2022, 3, 8),
        "Nikkei",
    ),
    (
        "wire-staff-credit",
        "BYD sells more cars in May\n\nReuters Staff\n\nJune 8, 2023\n\n",
        "BYD sells more cars in May",
        date(2023, 6, 8),
        "Reuters",
    ),
    # an in-body dateline whose dash was lost in a repost
    (
        "lead-dateline-without-dash",
        "example.com\n\nFAW plans to sell 4.1 million vehicles\n\n"
        "CHANGCHUN, Jan. 21, 2022 (Xinhua) China FAW Group plans to sell 4.1 million "
        "vehicles this year, the company said.\n\n",
        "FAW plans to sell 4.1 million vehicles",
        date(2022, 1, 21),
        "Xinhua",
    ),
    # the outlet alone on the line under the dateline, a date line also above the headline
    (
        "outlet-line-below-dateline",
        "news.cgtn.com\n\n2023.01.19 10:31 GMT+8\n\nInFocus: Can record EV sales "
        "continue into 2023?\n\nUpdated 2023.01.19 10:31 GMT+8\nCGTN\n\n",
        "InFocus: Can record EV sales continue into 2023?",
        date(2023, 1, 19),
        "CGTN",
    ),
    # time zones beyond China's and vote counters on the date line
    (
        "india-time-zone",
        "business-standard.com\n\nHong Kong pitches itself as an EV assembly base\n\n"
        "Bloomberg\n2 min read Last Updated : Sep 13 2025 | 9:04 AM IST\nConnect with us\n"
        "Facebook IconLinkedIN Icon\n\n",
        "Hong Kong pitches itself as an EV assembly base",
        date(2025, 9, 13),
        "Bloomberg",
    ),
    (
        "vote-counter-line",
        "aastocks.com\n\nBYD Li Yunfei: CN Auto Brands Hailing Best Globalization Window\n"
        "Recommend 53 Positive 94 Negative 33 |\n2025-06-03 10:15\n\n",
        "BYD Li Yunfei: CN Auto Brands Hailing Best Globalization Window",
        date(2025, 6, 3),
        "aastocks.com",
    ),
    # a dateline's place on its own line and a "You are here" trail are never the headline
    (
        "place-line-no-dateline",
        "businesstimes.com.sg\n\nYou are here\nCATL aims for global domination\n"
        "It tripled production capacity for lithium-ion car batteries in past year to meet "
        "demand\nNingde, China\n\n",
        "CATL aims for global domination",
        None,
        "businesstimes.com.sg",
    ),
    # widget lines between the dateline and the body: font size, language switch, captions
    (
        "font-size-words-and-languages",
        "chinadaily.com.cn\n\nFAW sets 2010 sales target at 2.3m units\n"
        "Updated: 2010-01-25 10:29\nLarge Medium Small |\n"
        "한어Русский языкEnglishFrançais日本語DeutschPortuguês\n\n",
        "FAW sets 2010 sales target at 2.3m units",
        date(2010, 1, 25),
        "chinadaily.com.cn",
    ),
    # a breadcrumb trail and the logo's repeated name fused after a labelled outlet; the
    # site's brand line above the dateline is not the headline
    (
        "label-with-breadcrumb-tail",
        "autobeta.net\n\nChina's listed carmakers report mixed quarterly profits\n\n"
        "AutoBeta\n2024-11-17 Update From: AutoBeta autobeta NAV: AutoBeta > News >\n"
        "Share\n\n",
        "China's listed carmakers report mixed quarterly profits",
        date(2024, 11, 17),
        "AutoBeta",
    ),
    # a one-word label or place under the headline is not the headline
    (
        "label-under-headline",
        "laitimes.com\n\nlaitimes\n\nExpert interpretation丨 China's new energy vehicle "
        "production and sales lead the world\n\nGuide\n\n",
        "Expert interpretation丨 China's new energy vehicle production and sales lead the world",
        None,
        "laitimes",
    ),
    # glued font buttons and a picture's file name between the dateline and the body
    (
        "glued-font-buttons-and-image-file",
        "eng.example.gov.cn\n\nHome > Latest > Contents\n\nChina leads the world in EV "
        "adoption\n\nUpdated: June 8, 2023 Source: Xinhua News Agency\nfontLarger fontSmaller\n"
        "圖片1.png\n\n",
        "China leads the world in EV adoption",
        date(2023, 6, 8),
        "Xinhua News Agency",
    ),
    # a date line above the headline and a labelled source line under it
    (
        "date-above-title-source-below",
        "afr-h2-p.com\n\nTuesday, 20 February 2018\n\nChinese city Wuhan: 3,000 hydrogen "
        "vehicles by 2020\n\nSource: Xinhua, 21st February 2018, by Yan\n\n",
        "Chinese city Wuhan: 3,000 hydrogen vehicles by 2020",
        date(2018, 2, 20),
        "Xinhua",
    ),
    # a blog's "Added by <site name>, <date>" credit line
    (
        "blog-added-by-site",
        "fuelcellsworks.com\n\nChinese city will have 3,000 hydrogen cars by 2020\n"
        "Chinese city will have 3,000 hydrogen cars by 2020\n"
        "author Added by FuelCellsWorks, February 19, 2018\n\n",
        "Chinese city will have 3,000 hydrogen cars by 2020",
        date(2018, 2, 19),
        "FuelCellsWorks",
    ),
    # a page title's suffix naming a one-word outlet brand; a trust widget under the dateline
    (
        "title-suffix-brand-outlet",
        "defence.pk\n\nBYD sold 50,492 NEVs in July, up 234% from a year ago - CnEVPost\n\n"
        "Phate Zhang\n\n",
        "BYD sold 50,492 NEVs in July, up 234% from a year ago",
        None,
        "defence.pk",
    ),
    (
        "trust-widget",
        "scmp.com\n\nBYD sells more cars in May\n\nUpdated: 9:15am, 27 Feb, 2021\n\n"
        "Why you can trust SCMP\n\n",
        "BYD sells more cars in May",
        date(2021, 2, 27),
        "scmp.com",
    ),
    # a comment count after its label, and a taxonomy field, name no outlet
    (
        "comments-count-after-label",
        "example.com\n\nBeijing promotes smart connected vehicles\n\n"
        "23 October 2018, Comments 0\n\n",
        "Beijing promotes smart connected vehicles",
        date(2018, 10, 23),
        "example.com",
    ),
    (
        "taxonomy-field-and-empty-editor",
        "energytrend.com\n\nGogoro to Launch Smartscooters in Taiwan for the First Time\n\n"
        "published: 2015-03-31 14:52 | editor: | category: News\n\n",
        "Gogoro to Launch Smartscooters in Taiwan for the First Time",
        date(2015, 3, 31),
        "energytrend.com",
    ),
    # translation credits under the headline are never the headline
    (
        "translation-credits",
        "jw.ijiwei.com\n\nCN\nBeijing leads the way in smart vehicle industry\n"
        "Chinese article by 爱集微\nEnglish Editor 张未名\n09-30 19:03\n\n",
        "Beijing leads the way in smart vehicle industry",
        None,
        "jw.ijiwei.com",
    ),
    # a blog post's meta bar (author and category glued, a comment link) and a portrait's
    # caption under the headline are furniture, not the headline (BD03, BD09)
    # a headline written as one long sentence, right over its dateline (BL11)
    (
        "long-sentence-headline-over-dateline",
        "autobeta.net\n\nPlease pay attention\n\nWeChat public account\n\nSales of joint venture"
        " brands have declined collectively, and Dongfeng Group expects half-year net profit to"
        " plummet by 80% compared with the same period last year.\n\n2024-03-03 Update From:"
        " AutoBeta\n\n",
        "Sales of joint venture brands have declined collectively, and Dongfeng Group expects"
        " half-year net profit to plummet by 80% compared with the same period last year.",
        date(2024, 3, 3),
        "AutoBeta",
    ),
    # a byline crediting an outlet (and its edition) under the dateline names the source
    # (BP14); a reporter's byline there does not
    (
        "outlet-byline-under-dateline",
        "chinadaily.com.cn\n\nGreat Wall says sales of H8 may resume\n\nUpdated: 2014-09-20 06:44"
        "\n\nBy Bloomberg(HK Edition)\n\n",
        "Great Wall says sales of H8 may resume",
        date(2014, 9, 20),
        "Bloomberg",
    ),
    (
        "reporter-byline-under-dateline",
        "chinadaily.com.cn\n\nGreat Wall says sales of H8 may resume\n\nUpdated: 2014-09-20 06:44"
        "\n\nBy Li Wei\n\n",
        "Great Wall says sales of H8 may resume",
        date(2014, 9, 20),
        "chinadaily.com.cn",
    ),
    # an "Issuing time:" label under a long menu (BR05): the header is read past 40 lines
    (
        "issuing-time-under-long-menu",
        "www.example.com\n\n"
        + "".join(f"Menu item {i}\n" for i in range(45))
        + "\nChina's top destination for auto exports changes hands\n\n"
        "Issuing time:2026-01-28 Author: Back to list\n\n",
        "China's top destination for auto exports changes hands",
        date(2026, 1, 28),
        "www.example.com",
    ),
    # a caption closing with an unspaced credit in capitals is no headline (BP06)
    (
        "caption-with-unspaced-caps-credit",
        "example.com\n\nThe launch of the Haval H8 SUV has been delayed twice this year. LU"
        " HANXIN/CHINA DAILY\n\n",
        None,
        None,
        "example.com",
    ),
    # a date's "Updated" label in brackets names no outlet (BM15)
    (
        "updated-label-in-brackets",
        "example.com\n\nGeely wants half its sales to be electric\n\n"
        "18 Aug 2022 05:46PM (Updated: 18 Aug 2022 05:46PM)\n\n",
        "Geely wants half its sales to be electric",
        date(2022, 8, 18),
        "example.com",
    ),
    (
        "post-meta-bar-comment-link",
        "example.nl\n\nGUANGDONG: Part of the National FCV Demonstration City Alliances\n\n"
        "David BekkersHydrogen Leave a Comment\n\n",
        "GUANGDONG: Part of the National FCV Demonstration City Alliances",
        None,
        "example.nl",
    ),
    (
        "portrait-caption-under-headline",
        "example.com\n\nXiaomi Sets Ambitious Target of 130,000 EV Deliveries\n"
        "Lu Weibing, Xiaomi Partner and President\n",
        "Xiaomi Sets Ambitious Target of 130,000 EV Deliveries",
        None,
        "example.com",
    ),
    # a magazine's short headline over its deck and a byline closed by a year-less update
    # label (EZ03); the deck opens the body
    (
        "short-headline-deck-tailed-byline",
        "example.com\nEconomy\n\nBattery Battle\n\nBattery suppliers and automakers are vying"
        " to secure their own supplies of lithium as prices increase\n\n"
        "By Chen Weishan , Xu Ming Updated Sept.1\n\n",
        "Battery Battle",
        None,
        "example.com",
    ),
    # a translated Chinese credit: the outlet's reporter by name (FC10)
    (
        "translated-reporter-credit",
        "example.com\n\nChina's electric vehicles are favored in the Middle East\n\n"
        "Xinhua News Agency reporter Li Teng\n",
        "China's electric vehicles are favored in the Middle East",
        None,
        "Xinhua News Agency",
    ),
    # a press-release wire's name and date under the headline (FE09)
    (
        "wire-name-and-date",
        "example.com\n\nGotion and VinES break ground at joint venture battery factory\n\n"
        "PRNewswire November 21, 2022\n\n",
        "Gotion and VinES break ground at joint venture battery factory",
        date(2022, 11, 21),
        "PRNewswire",
    ),
    # a trade site's numeric date glued onto the headline's end (FD11, DJ06)
    (
        "numeric-date-after-headline",
        "example.com\n\nZhongchuang Xinhang to construct 100,000 t per year LEP project "
        "09-12-2023\n\n",
        "Zhongchuang Xinhang to construct 100,000 t per year LEP project",
        date(2023, 9, 12),
        "example.com",
    ),
    # a post's tags after the bar's separator under the headline (FG06, DE14)
    (
        "tags-after-bar-separator",
        "example.com\nShenyang Plans Natural Gas Vehicle and Station Growth\n\n"
        "| China, Shenyang\n\n",
        "Shenyang Plans Natural Gas Vehicle and Station Growth",
        None,
        "example.com",
    ),
    # the same host printed twice in a source field: a logo's alt text beside its link (FD06)
    (
        "source-field-host-twice",
        "example.com\n\nChile has the largest electric bus fleet in Latin America\n\n"
        "Source: energialimpiaparatodos.com energialimpiaparatodos.com\n\n",
        "Chile has the largest electric bus fleet in Latin America",
        None,
        "energialimpiaparatodos.com",
    ),
]


@pytest.mark.parametrize(
    ("header", "title", "published", "source"),
    [case[1:] for case in LAYOUTS],
    ids=[case[0] for case in LAYOUTS],
)
def test_header_layouts(
    header: str, title: str | None, published: date | None, source: str | None
) -> None:
    text, parts = _article(header)
    assert (parts.title, parts.published, parts.source) == (title, published, source)
    assert _body(text, parts).endswith(LAST_BODY_LINE)
    assert parts.title is None or parts.title not in _body(text, parts)


# (id, header, what must not happen): lines that look like the classes above but are not
NOT_LAYOUTS = [
    # a dateline's own fields before a numeric date are no headline
    (
        "labelled-numeric-date",
        "example.com\n\nCarmakers set their targets for 2024\n\nMondo Cars Updated on "
        "2024-02-01\n\n",
        "Carmakers set their targets for 2024",
        date(2024, 2, 1),
        "example.com",
    ),
    # a wire's name is an outlet only in a dateline: a headline naming one stays a headline
    (
        "headline-naming-a-wire",
        "example.com\n\nBYD joins the Business Wire roster on March 3, 2024\n\n",
        "BYD joins the Business Wire roster on March 3, 2024",
        None,
        "example.com",
    ),
    # three capitalised words over a deck with no byline under it: the deck is the headline
    (
        "label-over-deck-no-byline",
        "example.com\n\nIndustry Watch Today\n\nBattery suppliers and automakers are vying"
        " to secure their own supplies of lithium as prices increase\n\n",
        "Battery suppliers and automakers are vying to secure their own supplies of lithium as"
        " prices increase",
        None,
        "example.com",
    ),
    # a capitalised firm before a date in a headline is no byline glued to it
    (
        "headline-firm-before-date",
        "example.com\n\nBYD MAY 5, 2021 sales beat every forecast in China\n\n",
        "BYD MAY 5, 2021 sales beat every forecast in China",
        None,
        "example.com",
    ),
    (
        "headline-ending-in-date",
        "BYD opens plant on March 3, 2024 in Jinan\n\nCnEVPost | Mar 4, 2024\n\n",
        "BYD opens plant on March 3, 2024 in Jinan",
        date(2024, 3, 4),
        "CnEVPost",
    ),
    (
        "headline-names-firm-and-date",
        "Li Auto sells 10,000 cars, March 3, 2022\n\n",
        "Li Auto sells 10,000 cars, March 3, 2022",
        None,
        None,
    ),
    (
        "no-year-no-date",
        "Foton sells more trucks\n\nApr. 8 (Xinhua) -- Foton sold more trucks in "
        "March, the company said.\n\n",
        "Foton sells more trucks",
        None,
        "Xinhua",
    ),
    (
        "firm-on-date-is-no-outlet",
        "example.com\n\nBYD sells more cars\n\nBYD on June 15th said it "
        "sold more cars than a year earlier in May.\n\n",
        "BYD sells more cars",
        None,
        "example.com",
    ),
    (
        "parenthesis-without-dash",
        "example.com\n\nBYD sells more cars\n\n(Image credit: BYD) The "
        "carmaker sold 10,000 more cars in May than a year earlier.\n\n",
        "BYD sells more cars",
        None,
        "example.com",
    ),
    (
        "two-line-title-and-deck",
        "BYD sells more cars\nThe carmaker sold more cars in May than a year "
        "before.\n\nCnEVPost | Mar 4, 2024\n\n",
        "BYD sells more cars",
        date(2024, 3, 4),
        "CnEVPost",
    ),
    (
        "section-line-above-title",
        "Corporate\nSzijjarto: Chinese battery maker to invest\n\n6 September 2022\n\n",
        "Szijjarto: Chinese battery maker to invest",
        date(2022, 9, 6),
        None,
    ),
    (
        "dash-in-headline-is-kept",
        "Geely - the carmaker that bought Volvo\n\nCnEVPost | Mar 4, 2024\n\n",
        "Geely - the carmaker that bought Volvo",
        date(2024, 3, 4),
        "CnEVPost",
    ),
    (
        "long-question-is-body",
        "example.com\n\nCarmaker sets a goal\n\nWhat will happen to the carmakers that sold "
        "fewer than 100,000 cars last year when the subsidies end?\n\n",
        "Carmaker sets a goal",
        None,
        "example.com",
    ),
    (
        "label-above-lowercase-headline",
        "Business news\niPhone maker Foxconn enters the EV market\n\nMarch 3, 2022\n\n",
        "iPhone maker Foxconn enters the EV market",
        date(2022, 3, 3),
        None,
    ),
    (
        "the-sun-is-an-outlet",
        "Geely opens a plant\n\nThe Sun | March 3, 2022\n\n",
        "Geely opens a plant",
        date(2022, 3, 3),
        "The Sun",
    ),
    # "From" without a colon in a headline is no label; a number in an outlet's name is kept
    (
        "from-in-headline-is-no-label",
        "From Hefei to Hungary: BYD expands\n\nCnEVPost | Mar 4, 2024\n\n",
        "From Hefei to Hungary: BYD expands",
        date(2024, 3, 4),
        "CnEVPost",
    ),
    (
        "number-in-outlet-name",
        "BYD sells more cars in May\n\nBy Li Wei | 21st Century Business Herald | 2023-06-08\n\n",
        "BYD sells more cars in May",
        date(2023, 6, 8),
        "21st Century Business Herald",
    ),
    # a brand line is the site's whole name, not part of it, nor a section label
    (
        "part-of-site-name-is-no-brand",
        "urdupoint.com\n\nPoint\n\nChina To Further Boost Car Sales\n\n"
        "Faizan Hashmi | 03 December 2019\n\n",
        "China To Further Boost Car Sales",
        date(2019, 12, 3),
        "urdupoint.com",
    ),
    (
        "section-label-is-no-brand",
        "english.news.cn\n\nNews\n\nChina To Further Boost Car Sales\n\n"
        "Faizan Hashmi | 03 December 2019\n\n",
        "China To Further Boost Car Sales",
        date(2019, 12, 3),
        "english.news.cn",
    ),
    (
        "brand-line-yields-to-dateline-outlet",
        "urdupoint.com\n\nUrduPoint\n\nChina To Further Boost Car Sales\n\n"
        "Xinhua | 03 December 2019\n\n",
        "China To Further Boost Car Sales",
        date(2019, 12, 3),
        "Xinhua",
    ),
    # a slash that does not follow a domain; a person's staff-like line is no outlet
    (
        "slash-without-domain",
        "BYD sells more cars in May\n\nUpdated: 2023-06-08 Xinhua/Reuters\n\n",
        "BYD sells more cars in May",
        date(2023, 6, 8),
        "Xinhua/Reuters",
    ),
    (
        "staff-line-of-unknown-outlet",
        "example.com\n\nBYD sells more cars in May\n\nAcme staff writers\nJune 8, 2023\n\n",
        "BYD sells more cars in May",
        date(2023, 6, 8),
        "example.com",
    ),
    # a lead without a day, or followed by lower case, is no dateline
    (
        "place-outlet-without-day",
        "example.com\n\nFAW plans to sell more vehicles\n\nCHANGCHUN (Xinhua) China FAW "
        "Group plans to sell 4.1 million vehicles this year, the company said.\n\n",
        "FAW plans to sell more vehicles",
        None,
        "example.com",
    ),
    # a one-word first body line is not the outlet unless it names one
    (
        "short-line-below-dateline-is-body",
        "example.com\n\nBYD sells more cars in May\n\nJune 8, 2023\n\nHighlights\n\n",
        "BYD sells more cars in May",
        date(2023, 6, 8),
        "example.com",
    ),
    # a headline listing places with a verb is a headline
    (
        "headline-with-comma-places",
        "example.com\n\nShanghai, Shenzhen add charging piles\n\nJune 8, 2023\n\n",
        "Shanghai, Shenzhen add charging piles",
        date(2023, 6, 8),
        "example.com",
    ),
    # language names inside a headline do not make a switcher
    (
        "languages-in-headline",
        "example.com\n\nBYD adds English, French and German voice control\n\nJune 8, 2023\n\n",
        "BYD adds English, French and German voice control",
        date(2023, 6, 8),
        "example.com",
    ),
    # a short headline with nothing headline-like above it stays the headline
    (
        "short-headline-kept",
        "example.com\n\nBusiness\n\nElectric dreams\n\nJune 8, 2023\n\n",
        "Electric dreams",
        date(2023, 6, 8),
        "example.com",
    ),
    # a word repeated in the same case is part of the outlet's name ("Walla Walla")
    (
        "repeated-word-in-outlet-name",
        "BYD sells more cars in May\n\nSource: Walla Walla Union-Bulletin | 2023-06-08\n\n",
        "BYD sells more cars in May",
        date(2023, 6, 8),
        "Walla Walla Union-Bulletin",
    ),
    # a blog post credited to a person names no outlet
    (
        "blog-posted-by-person",
        "example.com\n\nChinese city will have 3,000 hydrogen cars by 2020\n\n"
        "Posted by Li Wei, February 19, 2018\n\n",
        "Chinese city will have 3,000 hydrogen cars by 2020",
        date(2018, 2, 19),
        "example.com",
    ),
    # a sentence naming a picture file is no widget; a dated first paragraph is no dateline
    (
        "image-name-in-prose",
        "example.com\n\nMarch 3, 2022\n\nBYD opens its new plant in Jinan\n\n"
        "March 3, 2022 marked the opening of the plant, shown in plant.png, the firm said.\n\n",
        "BYD opens its new plant in Jinan",
        date(2022, 3, 3),
        "example.com",
    ),
    # a one-word suffix that does not end in an outlet word is part of the headline
    (
        "title-suffix-brand-not-outlet",
        "example.com\n\nXpeng unveils a new driver assistance system - AutoPilot\n\n"
        "June 8, 2023\n\n",
        "Xpeng unveils a new driver assistance system - AutoPilot",
        date(2023, 6, 8),
        "example.com",
    ),
    # "English editor" starting a headline in lower case is no credit; an outlet that follows
    # a taxonomy field is still read
    (
        "english-editor-headline",
        "example.com\n\nEnglish editor joins the EV maker's board\n\nJune 8, 2023\n\n",
        "English editor joins the EV maker's board",
        date(2023, 6, 8),
        "example.com",
    ),
    (
        "taxonomy-then-outlet",
        "example.com\n\nBYD sells more cars in May\n\n2023-06-08 | Category: Autos | Xinhua\n\n",
        "BYD sells more cars in May",
        date(2023, 6, 8),
        "Xinhua",
    ),
    # a headline about comments, or naming a chairman's move, is still the headline
    (
        "headline-about-comments",
        "example.com\n\nBYD chief's remarks on price war draw 300 comments\n\nJune 8, 2023\n\n",
        "BYD chief's remarks on price war draw 300 comments",
        date(2023, 6, 8),
        "example.com",
    ),
    (
        "headline-naming-a-chairman",
        "example.com\n\nWang Chuanfu, BYD Chairman, Unveils Blade Battery 2.0\n\nJune 8, 2023\n\n",
        "Wang Chuanfu, BYD Chairman, Unveils Blade Battery 2.0",
        date(2023, 6, 8),
        "example.com",
    ),
]


@pytest.mark.parametrize(
    ("header", "title", "published", "source"),
    [case[1:] for case in NOT_LAYOUTS],
    ids=[case[0] for case in NOT_LAYOUTS],
)
def test_header_layout_negatives(
    header: str, title: str | None, published: date | None, source: str | None
) -> None:
    _, parts = _article(header)
    assert (parts.title, parts.published, parts.source) == (title, published, source)


def test_summary_bullets_and_target_lists_are_body() -> None:
    bullets = "• Global BEV sales rose 29% YoY.\n• Sales will reach 10 million units\n\n"
    text, parts = _article(
        "Global BEV Sales Grow\n\n" + bullets + "Seoul, Boston – December 18, 2023\n\n",
        BODY + "\nThe plan sets these targets:\n- 500 stations by 2025\n- 3,000 taxis by 2026\n",
    )
    assert text[parts.body_start :].startswith("• Global BEV sales rose 29%")
    assert _body(text, parts).endswith("- 3,000 taxis by 2026")
    dateline = text.index("Seoul")
    assert parts.skip == ((text.index("units") + len("units"), text.index("Jinan sold")),)
    assert parts.skip[0][0] < dateline < parts.skip[0][1]


def test_header_cues_are_checked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from nevextract.errors import ConfigError
    from nevextract.reader import HEADER_CUES_PATH, header_cues
    from nevextract.resources import PATTERNS_DIR_ENV, clear_caches, resolve_pattern_path

    good = resolve_pattern_path(HEADER_CUES_PATH).read_text(encoding="utf-8")
    (tmp_path / "reader").mkdir()
    bad = [
        ('{"id": "x", "class": "gadget", "pattern": "Print"}', "class.*'gadget'"),
        ('{"id": "x", "class": "widget", "pattern": "(Print"}', "bad header cue"),
        ('{"id": "widget-share", "class": "widget", "pattern": "Print"}', "duplicate id"),
    ]
    monkeypatch.setenv(PATTERNS_DIR_ENV, str(tmp_path))
    try:
        for row, problem in bad:
            (tmp_path / HEADER_CUES_PATH).write_text(good + row + "\n", encoding="utf-8")
            clear_caches()
            with pytest.raises(ConfigError, match=problem) as info:
                header_cues()
            assert info.value.line == len(good.splitlines()) + 1
            assert info.value.path.endswith("header.jsonl")
    finally:
        monkeypatch.delenv(PATTERNS_DIR_ENV)
        clear_caches()


def test_widget_lines_inside_the_body_are_skipped() -> None:
    body = BODY + "\nAdvertisement 2\nStory continues below\n\nSales rose 5 percent in May.\n"
    text, parts = _article("Headline\n\nCnEVPost | Feb 23, 2022\n\n", body)
    ad = text.index("Advertisement 2")
    assert (ad, ad + len("Advertisement 2")) in parts.skip
    assert _body(text, parts).endswith("Sales rose 5 percent in May.")
    # a sentence that merely starts with a widget word is body
    text, parts = _article(
        "Headline\n\nCnEVPost | Feb 23, 2022\n\n", "Share prices rose 5 percent.\n"
    )
    assert parts.skip == ()


def test_widget_line_yields_no_record() -> None:
    import nevextract

    text = "Headline\n\nCnEVPost | Feb 23, 2022\n\n" + BODY + "\nAdvertisement 2\n\nThe end.\n"
    records = nevextract.extract(text).records
    assert not [r for r in records if r.text == "2"]
    assert any(r.text == "158,000 heavy trucks" for r in records)


# an SEC Form 6-K cover page over the press release it files (BG05, BK04): the cover is header
FILING_COVER = (
    "ir.example.com\n\nUNITED STATES\n\nSECURITIES AND EXCHANGE COMMISSION\n\nFORM 6-K\n\n"
    "PURSUANT TO RULE 13a-16 OR 15d-16 OF THE SECURITIES EXCHANGE ACT OF 1934\n\n"
    "Commission File Number: 001-39466\n\n"
    "Indicate by check mark whether the registrant files annual reports under cover Form 20-F "
    "or Form 40-F.\n\nForm 20-F ☒   Form 40-F ☐\n\nExhibit 99.1\n\n"
    "Press release: XPENG Reports First Quarter 2024 Unaudited Financial Results\n\n"
    "Date: May 21, 2024\n\nEX-99.1\n\nExhibit 99.1\n\n"
    "XPENG Reports First Quarter 2024 Unaudited Financial Results\n\n"
    "Quarterly total revenues were RMB6.55 billion, a 49.8% decrease quarter-over-quarter\n\n"
    "Quarterly gross margin was 12.9%, an increase of 6.7 percentage points\n\n"
    "GUANGZHOU, China, May 21, 2024 (GLOBE NEWSWIRE) — XPeng Inc. today released its "
    "unaudited financial results for the three months ended March 31, 2024.\n"
)


def test_filing_cover_page_is_header() -> None:
    import nevextract

    parts = parse_article(FILING_COVER)
    assert parts.title == "XPENG Reports First Quarter 2024 Unaudited Financial Results"
    assert (parts.published, parts.source) == (date(2024, 5, 21), "GLOBE NEWSWIRE")
    assert FILING_COVER[parts.body_start :].startswith("Quarterly total revenues")
    texts = [r.text for r in nevextract.extract(FILING_COVER).records]
    # no record from the cover ("Act of 1934", "Form 20-F", "Date: May 21, 2024") nor from
    # the release's dateline; the release's own records are kept
    assert "RMB6.55 billion" in texts and "March 31, 2024" in texts
    assert not [t for t in texts if "1934" in t or "20-F" in t or "May 21" in t]


def test_cover_words_without_a_form_line_are_no_cover() -> None:
    text = "example.com\n\nExhibit 99.1\n\nBYD sells more cars in May\n\nMay 10, 2021\n\n" + BODY
    parts = parse_article(text)
    assert parts.title == "BYD sells more cars in May"


def test_lead_dateline_is_header_and_a_clause_after_it_is_kept() -> None:
    import nevextract

    release = (
        "example.com\n\nGotion reports\n\nHEFEI, China, Aug. 29, 2023 /PRNewswire/ -- Gotion "
        "released its 2023 report.\n"
    )
    texts = [r.text for r in nevextract.extract(release).records]
    assert "Aug. 29, 2023" not in texts and "2023" in texts
    wire = (
        "example.com\n\nGuangzhou sets car goal\n\nShanghai (Gasgoo)-Guangzhou is ambitious to "
        "see its automobile capacity surpass 5 million units in 2025, the document says.\n"
    )
    targets = [r for r in nevextract.extract(wire).records if r.kind == "target"]
    assert [t.text[:9] for t in targets] == ["Guangzhou"]


# --- header layouts of stored pages of Chinese auto/EV news sites (reworded) ---------------

# (id, header, lead paragraph put before BODY, title, published, source). Each is the header
# layout of a stored public page (Gasgoo, CGTN, Caixin, People's Daily, China Daily, SCMP
# copies, Xinhua reposts, trade sites, blogs), reworded; the classes they stand for are named.
# an exclamatory headline long enough to read as prose
LONG_HEADLINE = (
    'Charging pile ushered in "blowout period"! In 2025, charging piles across the country will '
    "achieve full coverage!"
)
# a paragraph long enough under a one-sentence first line for it to be read as a headline
LONG_LEAD = (
    "SAIC sold 72,236 new energy vehicles in January, up 25.5 percent from 57,540 units a year "
    "earlier, figures the largest Chinese carmaker released on Wednesday show, and its exports "
    "rose as well."
)
PAGE_LAYOUTS = [
    (  # breadcrumb with slashes, "Reporter From Outlet|" dateline
        "gasgoo-crumbs-from-outlet",
        "autonews.gasgoo.com\n\nHome / China News / News detail\n\n"
        "Gasgoo Daily: Chery expands its plant in Wuhu\n\n"
        "Gabriella From Gasgoo| September 14 , 2021 18:51 BJT\n\n",
        "",
        "Gasgoo Daily: Chery expands its plant in Wuhu",
        date(2021, 9, 14),
        "Gasgoo",
    ),
    (  # a cookie-consent banner above the headline; a video's running time under the date
        "cgtn-cookie-banner",
        "Our Privacy Statement & Cookie Policy\n\nBy continuing to browse our site you agree "
        "to our use of cookies, revised Privacy Policy and Terms of Use. You can change your "
        "cookie settings through your browser.\n\nI agree\n\n"
        "Chinese NEV makers praised for a greener transport path\n\n"
        "Updated 21:10, 15-Jul-2024\n06:12\n\n",
        "",
        "Chinese NEV makers praised for a greener transport path",
        date(2024, 7, 15),
        None,
    ),
    (  # the brand above the headline, an audio player and a photo credit below; the dateline
        # names no outlet, so the source is the site
        "caixin-brand-audio-player",
        "caixinglobal.com\n\nCaixin\n\nCATL's Rosy Results Rest on Strong EV and Storage Demand\n\n"
        "Published: Mar. 10, 2026  2:02 p.m.  GMT+8\n00:00\n00:00/00:00\n"
        "Listen to this article 1x\nPhoto: VCG\n\n",
        "",
        "CATL's Rosy Results Rest on Strong EV and Storage Demand",
        date(2026, 3, 10),
        "caixinglobal.com",
    ),
    (  # bulleted section label and reading time above the headline, no date
        "bulleted-section-and-read-time",
        "- Auto Components\n- 1 min read\nChinese EV battery giant CATL posts jump in profits\n\n",
        "",
        "Chinese EV battery giant CATL posts jump in profits",
        None,
        None,
    ),
    (  # "Publishtime:" label with a view counter, a caption with a bracketed photo credit
        "publishtime-views-caption",
        "Industry dynamics\n\nBYD new-energy vehicle sales up 192% in June\n\n"
        "Publishtime:2021-07-02 08:00:00 Views:34\n"
        "The logo of BYD is seen on a car at an auto show in Beijing. [Photo/Agencies]\n\n",
        "",
        "BYD new-energy vehicle sales up 192% in June",
        date(2021, 7, 2),
        None,
    ),
    (  # empty "Author:" and "Source:" fields before a "Datetime:" one
        "empty-author-source-datetime",
        "Home > News\n\nHot Product\n\nChinese EV Battery Giant Eyes Europe\n\n"
        "Author: Source: Datetime: 2018-03-05 12:52:58\n\n",
        "",
        "Chinese EV Battery Giant Eyes Europe",
        date(2018, 3, 5),
        None,
    ),
    (  # a date line marked with a bullet icon above the headline
        "bulleted-date-above-title",
        "• 09/21/2024\n\nGotion picks Illinois for its battery factory\n\n",
        "",
        "Gotion picks Illinois for its battery factory",
        date(2024, 9, 21),
        None,
    ),
    (  # "Published 4 hours ago" and a "Source:" line, no date: the labelled outlet is read
        "relative-time-and-source-label",
        "China's EV exports doubled last year\nPublished 4 hours ago\nSource: scmp.com\n\n",
        "",
        "China's EV exports doubled last year",
        None,
        "scmp.com",
    ),
    (  # paywall widgets between the headline and an in-body "(AP) —" dateline
        "paywall-widgets-in-body-dateline",
        "China's exports of electric vehicles doubled in September\nAdvertisement\n"
        "Read this article for free:\nor\nAlready have an account? Log in here »\n"
        "To continue reading, please subscribe:\n\n",
        "HONG KONG (AP) — Exports of Chinese EVs doubled in September from a year earlier, "
        "the industry association said.\n\n",
        "China's exports of electric vehicles doubled in September",
        None,
        "AP",
    ),
    (  # a labelled source in the dateline, font buttons under it, a "(Poster)" tag
        "updated-source-font-buttons",
        "Home > Latest > Contents\n\n(Poster) China leads the world in EV adoption\n\n"
        "Updated: June 8, 2023 Source: Xinhua News Agency\nfontLarger fontSmaller\n\n",
        "",
        "(Poster) China leads the world in EV adoption",
        date(2023, 6, 8),
        "Xinhua News Agency",
    ),
    (  # a forum's headline repeated with the outlet after a middle dot
        "repeated-title-dot-outlet",
        "What's new\n\nBYD's February EV deliveries grow 750% from last year\n\n"
        "BYD's February EV deliveries grow 750% from last year · TechNode\n\n",
        "",
        "BYD's February EV deliveries grow 750% from last year",
        None,
        None,
    ),
    (  # "Headline - CnEVPost" then the reporter's bare name
        "title-outlet-suffix-bare-byline",
        "BYD sold 50,492 NEVs in July, up 234% from a year ago - CnEVPost\n\nPhate Zhang\n\n",
        "",
        "BYD sold 50,492 NEVs in July, up 234% from a year ago",
        None,
        None,
    ),
    (  # a Xinhua repost: headline, then the in-body dateline without a year
        "xinhua-repost-in-body-dateline",
        "en.people.cn\n\nChina's battery giant CATL reports robust profits in 2023\n\n",
        "FUZHOU, March 16 (Xinhua) -- CATL posted net profit growth of 44 percent in 2023.\n\n",
        "China's battery giant CATL reports robust profits in 2023",
        None,
        "Xinhua",
    ),
    (  # a taxonomy line, a deck and an image credit: the deck opens the body
        "category-deck-image-credit",
        "Category: Sales Target\n\nGAC Aion aims to sell 500,000 all-electric vehicles this "
        "year\n\nThe latest target implies an 84.4 percent increase over last year.\n\n"
        "(Image credit: CnEVPost)\n\n",
        "",
        "GAC Aion aims to sell 500,000 all-electric vehicles this year",
        None,
        None,
    ),
    (  # a headline printed twice above a dash dateline naming no outlet
        "doubled-title-place-dash",
        "Chinese EV battery giant posts 33% surge in Q1 profit\n\n"
        "Chinese EV battery giant posts 33% surge in Q1 profit\n\n",
        "BEIJING – The world's leading maker of EV batteries posted a 32.9% jump in profit.\n\n",
        "Chinese EV battery giant posts 33% surge in Q1 profit",
        None,
        None,
    ),
    (  # a podcast page: date then two hosts joined by "&" (people, never the source)
        "date-then-two-hosts",
        "China EVs & More\n\nEpisode #166 - China EVs & More Celebrates 3 Years\n\n"
        "June 04, 2024 Tu Le & Lei Xing\n\n",
        "",
        "Episode #166 - China EVs & More Celebrates 3 Years",
        date(2024, 6, 4),
        None,
    ),
    (  # a deck under the headline, an ad slot, no date
        "headline-deck-advertisement",
        "daily8.com\n\nAfter CATL's IPO, China's EV leaders bank on Hong Kong\n"
        "More than a dozen smart mobility firms from mainland China are lining up to raise "
        "funds in Hong Kong.\nAdvertisement\n\n",
        "",
        "After CATL's IPO, China's EV leaders bank on Hong Kong",
        None,
        "daily8.com",
    ),
    (  # the WeChat share how-to under the headline, "Editor in charge:" in the dateline
        "wechat-howto-editor-in-charge",
        "example.com\n\nLithium carbonate price falls below the 500,000 mark丨Markets\n\n"
        "Share to WeChat Open WeChat, click “Discovery” at the bottom,\n\n"
        "Use “scan” to share the webpage to Moments.\n\n"
        "China Business News 2023-01-10 15:08:14 Editor in charge: Zhu Mengyun\n\n",
        "",
        "Lithium carbonate price falls below the 500,000 mark丨Markets",
        date(2023, 1, 10),
        "China Business News",
    ),
    (  # a finance portal's "In This Article:" ticker widget under the headline
        "in-this-article-widget",
        "example.com\n\nChinese automakers report robust sales growth in April\n\n"
        "In This Article:\n\n",
        "",
        "Chinese automakers report robust sales growth in April",
        None,
        "example.com",
    ),
    (  # a page opening with its deck, then a photo credit and a byline, no headline line
        "deck-photo-credit-byline",
        "example.com\n\nFor the first time, NEVs made up more than half of China's car sales "
        "in October, as carmakers posted record deliveries.\n\nPhoto from Jiemian News\n\n"
        "by SONG Jianan\n\n",
        "",
        "For the first time, NEVs made up more than half of China's car sales in October, "
        "as carmakers posted record deliveries.",
        None,
        "example.com",
    ),
    (  # an editor's initials before the dateline's label are no outlet
        "editor-initials-updated",
        "ezhejiang.gov.cn\n\nBack to Zhejiang\nHome> Doing Business>Industries\n\n"
        "Zhejiang draws blueprint for new energy vehicle industry\n\n"
        "ALMS|Updated: May 10, 2021\n\n",
        "",
        "Zhejiang draws blueprint for new energy vehicle industry",
        date(2021, 5, 10),
        "ezhejiang.gov.cn",
    ),
    (  # a source label with an editor credit after it, under a dateless headline
        "source-and-editor-fields",
        "example.com\n\nBYD sells more cars in May\n\nSource: Xinhua | Editor: Li Wei\n\n",
        "",
        "BYD sells more cars in May",
        None,
        "Xinhua",
    ),
    (  # "Edited by" and "Responsible editor:" credit lines between headline and dateline
        "edited-by-responsible-editor",
        "example.com\n\nCATL opens its plant in Debrecen\n\nEdited by Zhang Wei\n"
        "Responsible editor: Li Ming\n\nJune 8, 2023\n\n",
        "",
        "CATL opens its plant in Debrecen",
        date(2023, 6, 8),
        "example.com",
    ),
    (  # a page saved from a host's IP address: the address is the site
        "ip-address-site",
        "34.80.245.248\n\n",
        "BEIJING -- A Chinese battery maker spun off from Great Wall Motor plans a plant in "
        "Europe.\n\n",
        None,
        None,
        "34.80.245.248",
    ),
    # --- a dated credit "(Outlet – date)" after the headline or opening the first paragraph
    (  # a mining-news repost: the outlet and date in brackets after the headline
        "credit-after-headline",
        "republicofmining.com\n\nCobalt slides as battery makers turn to LFP cells "
        "(Nikkei Asia – March 14, 2023)\n\n",
        "",
        "Cobalt slides as battery makers turn to LFP cells",
        date(2023, 3, 14),
        "Nikkei Asia",
    ),
    (  # ... with the author credited before it
        "credit-after-headline-with-author",
        "i-mine.co.uk\n\nWhy China wants more South American lithium – by Ji Siqi "
        "(South China Morning Post – February 22, 2022)\n\n",
        "",
        "Why China wants more South American lithium",
        date(2022, 2, 22),
        "South China Morning Post",
    ),
    (  # ... with a comma
        "credit-after-headline-comma",
        "example.com\n\nCATL to build a battery plant in Hungary (Reuters, Aug 12, 2022)\n\n",
        "",
        "CATL to build a battery plant in Hungary",
        date(2022, 8, 12),
        "Reuters",
    ),
    (  # an outlet whose name holds no place or person
        "credit-after-headline-newspaper",
        "republicofmining.com\n\nCanada's lithium hopefuls look past Chinese buyers "
        "(The Globe and Mail – January 9, 2023)\n\n",
        "",
        "Canada's lithium hopefuls look past Chinese buyers",
        date(2023, 1, 9),
        "The Globe and Mail",
    ),
    (  # an in-body dateline crediting two outlets and a date: the first is the source
        "credit-opening-lead",
        "urdupoint.com\n\nChina's car exports jump 58 pct in Q1\n\n",
        "BEIJING, (UrduPoint / Pakistan Point News - 12th Apr, 2023 ) --:China's car exports "
        "jumped 58 percent in the first quarter, industry data showed.\n\n",
        "China's car exports jump 58 pct in Q1",
        date(2023, 4, 12),
        "UrduPoint",
    ),
    # --- bylines: a name written with initials is a person, never the source
    (  # a South Asian byline fused with the date
        "byline-with-initials",
        "example.com\n\nPakistan signs EV battery deal with Chinese firm\n\n"
        "Sana FH Published March 2, 2024 | 11:30 AM\n\n",
        "",
        "Pakistan signs EV battery deal with Chinese firm",
        date(2024, 3, 2),
        "example.com",
    ),
    (
        "byline-initial-first",
        "example.com\n\nChinese carmaker to assemble EVs in Karachi\n\n"
        "M. Rizwan | Updated: 12 Jan 2023, 10:05 AM\n\n",
        "",
        "Chinese carmaker to assemble EVs in Karachi",
        date(2023, 1, 12),
        "example.com",
    ),
    (
        "byline-middle-initial",
        "example.com\n\nTata weighs Chinese cell supply for its EVs\n\n"
        "Rahul K. Sharma | Updated: 21 Mar 2023, 09:10 AM IST\n\n",
        "",
        "Tata weighs Chinese cell supply for its EVs",
        date(2023, 3, 21),
        "example.com",
    ),
    (  # "By Reuters Staff" credits the outlet (the "By" is no part of it); "1 Min Read" is
        # a widget
        "by-outlet-staff-and-read-time",
        "reuters.com\n\nChina's auto sales rose 30% in Jan, a tenth monthly gain\n\n"
        "By Reuters Staff\n\n1 Min Read\n\n",
        "",
        "China's auto sales rose 30% in Jan, a tenth monthly gain",
        None,
        "Reuters",
    ),
    # --- a reading-time label fused onto the end of the headline
    (  # its count glued to the headline's closing year
        "read-time-glued-to-year",
        "auto.hindustantimes.com\n\nSunwoda plans a 50 GWh battery plant by 20262 min read"
        " . 09:40 AM IST\n\n",
        "",
        "Sunwoda plans a 50 GWh battery plant by 2026",
        None,
        "auto.hindustantimes.com",
    ),
    (  # with the date after it (a business daily's header)
        "read-time-then-updated-date",
        "livemint.com\n\nTesla faces a crowded field in China's NEV market3 min read . "
        "Updated: 09 Aug 2022, 05:42 PM IST\n\n",
        "",
        "Tesla faces a crowded field in China's NEV market",
        date(2022, 8, 9),
        "livemint.com",
    ),
    (
        "read-time-glued-to-word",
        "example.com\n\nChinese EV makers push into Indian market4 min read . 08:15 PM IST\n\n",
        "",
        "Chinese EV makers push into Indian market",
        None,
        "example.com",
    ),
    # --- the outlet named on the page, not the site that hosts it
    (  # an in-body dateline with neither comma nor dash
        "lead-place-day-outlet-no-comma",
        "autonews.gasgoo.com\n\n",
        "Beijing March 3 (Gasgoo.com) Great Wall Motor has set its sales target for this year "
        "at 1.2 million vehicles.\n\n",
        None,
        None,
        "Gasgoo.com",
    ),
    (
        "lead-place-day-agency-no-comma",
        "example.com\n\nFAW sells more heavy trucks\n\n",
        "CHANGCHUN Jan. 21 (Xinhua) China FAW Group sold more heavy trucks last year, the "
        "company said.\n\n",
        "FAW sells more heavy trucks",
        None,
        "Xinhua",
    ),
    (  # an in-body dateline on a line of its own above the first paragraph: no headline
        "lead-dateline-line-slashed-outlet",
        "en.ajmedia.jp\n\nJapan's car exports to China fall again\n\nTokyo, 22 July, /AJMEDIA/\n\n",
        "",
        "Japan's car exports to China fall again",
        None,
        "AJMEDIA",
    ),
    (
        "lead-dateline-line-wire",
        "example.com\n\nBYD opens a plant in Hungary\n\n"
        "SZEGED, Hungary, March 3, 2024 /PRNewswire/ --\n\n",
        "",
        "BYD opens a plant in Hungary",
        date(2024, 3, 3),
        "PRNewswire",
    ),
    (
        "lead-dateline-line-agency",
        "example.com\n\nFoton sells more trucks in March\n\nApr. 8 (Xinhua) --\n\n",
        "",
        "Foton sells more trucks in March",
        None,
        "Xinhua",
    ),
    (  # a wire dateline reposted: place (outlet) date
        "place-outlet-date-line",
        "insep.info\n\nChina probes mining practices in its lithium capital\n\n"
        "Beijing (AFP) Feb 27, 2023\n\n",
        "",
        "China probes mining practices in its lithium capital",
        date(2023, 2, 27),
        "AFP",
    ),
    (  # a strip of related headlines above the headline; a font-size widget closing an
        # "Outlet, date" line
        "link-strip-and-closing-widget",
        "en.example.cn\n\nOff the wire\nChina sees more loans to small businesses in 2019  •  "
        "Discover China: digital payments grow  •  Scientists turn to satellite images to map "
        "poverty  •  China-ASEAN data center operational in south China\nYou are here:   News/\n\n"
        "China's EV charging network keeps growing\n\nXinhua, November 05, 2025 Adjust font "
        "size:\n\n",
        "",
        "China's EV charging network keeps growing",
        date(2025, 11, 5),
        "Xinhua",
    ),
    (  # a breadcrumb trail glued onto the headline, the headline printed again under it
        "breadcrumb-glued-headline-copy",
        "example.com\n\nEnglish\nHomeNewsChina's Car Export Sales in May: Chery Leads the Pack\n\n"
        "China's Car Export Sales in May: Chery Leads the Pack\n\nGO车情报员\nJun 18, 2024\n\n",
        "",
        "China's Car Export Sales in May: Chery Leads the Pack",
        date(2024, 6, 18),
        "example.com",
    ),
    (  # a short label closed by a colon over the first lines is a crosshead, not a headline
        "colon-crosshead-no-headline",
        "mysteel.net\n\nProduction:\n",
        "In June, China's output of power and other batteries came to 129.2 GWh, up 4.6% "
        "month-on-month and 51.4% year-on-year, and cumulative output reached 697.3 GWh.\n\n",
        None,
        None,
        "mysteel.net",
    ),
    (  # a blog's meta bar: sections, byline, date and comment count between slashes
        "slash-meta-bar-sections",
        "paultan.org\n\nIn Cars, International News / By Gerard Lye / 11 July 2023 3:10 pm / "
        "3 comments\n\n",
        "",
        None,
        date(2023, 7, 11),
        "paultan.org",
    ),
    (  # a stock ticker's widget in the first paragraph is no in-body dateline
        "ticker-widget-no-lead-dateline",
        "example.com\n\nTesla rivals post record deliveries in July\n\n",
        "Elon Musk's Tesla (TSLA) - Get Tesla Inc. Report is still the king of the electric "
        "vehicle makers.\n\n",
        "Tesla rivals post record deliveries in July",
        None,
        "example.com",
    ),
    (  # a labelled source with a month-first date written with dashes
        "source-label-dashed-month-first-date",
        "example.com\n\nShandong to deploy 8,000 charging stations by 2025\n\n"
        "Source:Dazhong Daily 08-03-2022 17:28:00\n\n",
        "",
        "Shandong to deploy 8,000 charging stations by 2025",
        date(2022, 8, 3),
        "Dazhong Daily",
    ),
    (  # "MM/DD YYYY" and a view counter under the headline
        "month-day-slash-space-year-counter",
        "example.com\n\nOnly 6 Auto Companies Met Annual Sales Targets\n\n01/06 2025 493\n\n",
        "",
        "Only 6 Auto Companies Met Annual Sales Targets",
        date(2025, 1, 6),
        "example.com",
    ),
    (  # a cookie-consent dialog's category texts above the headline
        "cookie-consent-categories",
        "example.com\n\nCustomize Consent Preferences\n\nWe use cookies to help you navigate "
        "efficiently and perform certain functions. You will find detailed information about all "
        "cookies under each consent category below.\n\nAlways Active\n\nNecessary cookies are "
        "required to enable the basic features of this site, such as adjusting your consent "
        "preferences. These cookies do not store any personally identifiable data.\n\n"
        "No cookies to display.\n\nChinese EV battery giant posts 33% surge in Q1 profit\n\n",
        "",
        "Chinese EV battery giant posts 33% surge in Q1 profit",
        None,
        "example.com",
    ),
    (  # a page's id field above its labelled date line is header, not the headline
        "news-id-field-above-date",
        "example.ir\n\nNews ID: 4636\nPublish Date : 21 August 2023 - 13:15\n\n"
        "Chinese Carmakers Resort to Price Cuts Again\n\n",
        "",
        "Chinese Carmakers Resort to Price Cuts Again",
        date(2023, 8, 21),
        "example.ir",
    ),
    (  # a site's name in capitals in the meta bar is its outlet ("NEWS" is the section)
        "capitalised-site-name-in-meta-bar",
        "aspowerbattery.com\n\nThe latest top 10 power battery installations are released\n\n"
        "NEWS | A&S POWER | Dec 25, 2023\n\n",
        "",
        "The latest top 10 power battery installations are released",
        date(2023, 12, 25),
        "A&S POWER",
    ),
    (  # an icon's debris after a Latin-script headline
        "stray-symbol-after-headline",
        "example.com\n\nPorsche's China Sales Plunge by Nearly 30% π\n\nDec 25, 2023\n\n",
        "",
        "Porsche's China Sales Plunge by Nearly 30%",
        date(2023, 12, 25),
        "example.com",
    ),
    (  # the date line printed twice above the headline
        "doubled-date-line",
        "example.com\n\nDec 2, 2024, 1:21 AM\nDec 2, 2024, 1:21 AM\n\n"
        "BYD posts 68% surge in November EV sales driven by hybrids\n\n",
        "",
        "BYD posts 68% surge in November EV sales driven by hybrids",
        date(2024, 12, 2),
        "example.com",
    ),
    (  # a finance portal's date line: time zone glued to a ticker, a "By:" byline glued on,
        # naming a person with a job title (no outlet: the site is the source)
        "date-ticker-byline-fused",
        "example.com\n\nLi Auto to open more than 3,000 supercharging stations by 2025\n"
        "Mar. 28, 2022 7:57 AM ETLi Auto Inc. (LI)By: Niloofer Shaikh, SA News Editor\n",
        "",
        "Li Auto to open more than 3,000 supercharging stations by 2025",
        date(2022, 3, 28),
        "example.com",
    ),
    (  # a byline naming the reporter, then the outlet
        "byline-reporter-comma-outlet",
        "example.com\n\nBYD sells more cars in May\n\nBy Li Wei, China Daily | 2022-03-01\n\n",
        "",
        "BYD sells more cars in May",
        date(2022, 3, 1),
        "China Daily",
    ),
    (  # a store cut mid-article: its first line points back ("This is ...") and is body
        "no-headline-anaphoric-opening",
        "cnevpost.com\n\n",
        "This is a 23.53 percent drop from 94,460 units in December last year.\n\n"
        "" + LONG_LEAD + "\n\n",
        None,
        None,
        "cnevpost.com",
    ),
    (  # ... or opens with a fronted clause, as a lead paragraph does
        "no-headline-fronted-clause-opening",
        "itiger.com\n\n",
        "With competition in the market getting fiercer, the results of listed automakers have "
        "drifted further apart.\n\n" + LONG_LEAD + "\n\n",
        None,
        None,
        "itiger.com",
    ),
]

# Look-alikes of the classes above that are not them.
PAGE_NOT_LAYOUTS = [
    (  # "Video:" opening a headline is no photo credit line
        "video-prefixed-headline",
        "example.com\n\nVideo: BYD unveils its new Seal sedan in Shenzhen\n\nJune 8, 2023\n\n",
        "",
        "Video: BYD unveils its new Seal sedan in Shenzhen",
        date(2023, 6, 8),
        "example.com",
    ),
    (  # an outlet known by its initials is the source, unlike an editor's initials
        "known-outlet-initials",
        "example.com\n\nBYD sells more cars in May\n\nCGTN|Updated: May 10, 2021\n\n",
        "",
        "BYD sells more cars in May",
        date(2021, 5, 10),
        "CGTN",
    ),
    (
        "known-outlet-initials-scmp",
        "example.com\n\nBYD sells more cars in May\n\nSCMP | Updated: May 10, 2021\n\n",
        "",
        "BYD sells more cars in May",
        date(2021, 5, 10),
        "SCMP",
    ),
    (
        "known-outlet-initials-shine",
        "example.com\n\nBYD sells more cars in May\n\nSHINE | 2021-05-10\n\n",
        "",
        "BYD sells more cars in May",
        date(2021, 5, 10),
        "SHINE",
    ),
    (  # a headline starting with "Share" is no share widget
        "share-of-headline",
        "Share of NEVs in China's car sales tops 50% in October\n\nOct 15, 2025\n\n",
        "",
        "Share of NEVs in China's car sales tops 50% in October",
        date(2025, 10, 15),
        None,
    ),
    (  # a deck followed by a photo credit but no byline: the headline stays the title
        "deck-then-photo-credit-only",
        "BYD opens its plant in Hungary\n\nThe carmaker's first European car plant opened in "
        "Szeged on Friday, two years after work began.\n\nPhoto: VCG\n\n",
        "",
        "BYD opens its plant in Hungary",
        None,
        None,
    ),
    (  # a version-like number on the first line is no IP address (a number > 255)
        "dotted-number-is-no-site",
        "2.310.45.1\n\nBYD sells more cars in May\n\n",
        "",
        "BYD sells more cars in May",
        None,
        None,
    ),
    # --- look-alikes of the dated credit, byline, reading-time and lead classes
    (  # a headline closing on a place and date in brackets: no outlet is credited
        "headline-ends-in-place-and-date",
        "example.com\n\nXpeng shows its G9 at a launch event (Guangzhou – September 21, 2022)\n\n",
        "",
        "Xpeng shows its G9 at a launch event (Guangzhou – September 21, 2022)",
        None,
        "example.com",
    ),
    (
        "headline-ends-in-year-range",
        "example.com\n\nBYD's overseas sales in the first half (2021-2023)\n\n",
        "",
        "BYD's overseas sales in the first half (2021-2023)",
        None,
        "example.com",
    ),
    (  # a headline really ending in a year, the reading time on the line below
        "headline-ends-in-year-read-time-below",
        "example.com\n\nGuoxuan eyes 100 GWh capacity by 2025\n\n"
        "2 min read . Updated: 12 Jan 2023, 11:20 AM IST\n\n",
        "",
        "Guoxuan eyes 100 GWh capacity by 2025",
        date(2023, 1, 12),
        "example.com",
    ),
    (  # "min read" inside a headline with words after it is no widget
        "min-read-in-headline",
        "example.com\n\nHow to get a 5 min read on battery health at home\n\n",
        "",
        "How to get a 5 min read on battery health at home",
        None,
        "example.com",
    ),
    (  # an agency known by its initials is the source, not an editor's initials
        "agency-initials-published",
        "example.com\n\nChina's NEV exports rise 80 pct in May\n\n"
        "APP Published June 12, 2023 | 02:00 PM\n\n",
        "",
        "China's NEV exports rise 80 pct in May",
        date(2023, 6, 12),
        "APP",
    ),
    (  # two capitalised words like a name, the second an outlet word
        "outlet-word-looks-like-a-name",
        "example.com\n\nChina's NEV exports rise 80 pct in May\n\n"
        "Express Tribune Published June 12, 2023 | 02:00 PM\n\n",
        "",
        "China's NEV exports rise 80 pct in May",
        date(2023, 6, 12),
        "Express Tribune",
    ),
    (  # two capitals open no person's name: a desk of an outlet
        "desk-initials-are-no-name",
        "example.com\n\nChina's NEV exports rise 80 pct in May\n\n"
        "HT Auto Desk | Updated: 12 Jan 2023, 10:05 AM IST\n\n",
        "",
        "China's NEV exports rise 80 pct in May",
        date(2023, 1, 12),
        "HT Auto",
    ),
    (  # a short headline in brackets above the first paragraph is no dateline
        "bracketed-short-headline",
        "example.com\n\nBYD (Hungary) opens a plant\n\n",
        "",
        "BYD (Hungary) opens a plant",
        None,
        "example.com",
    ),
    (  # a place, a day and a bracket that names no outlet
        "lead-place-day-paren-no-outlet",
        "example.com\n\nChengdu adds charging stations\n\n",
        "Chengdu April 20 (Sichuan) The city opened 300 more charging stations in March, "
        "officials said.\n\n",
        "Chengdu adds charging stations",
        None,
        "example.com",
    ),
    (  # a headline written as a sentence, subject first, over a longer paragraph: headline
        "sentence-headline-subject-first",
        "example.com\n\nGotion, a Chinese battery maker, wants to sell a third of what it makes."
        "\n\n",
        "" + LONG_LEAD + "\n\n",
        "Gotion, a Chinese battery maker, wants to sell a third of what it makes.",
        None,
        "example.com",
    ),
    (  # a dated in-body dateline crediting an outlet by its initials still names it
        "initials-outlet-lead-dateline",
        "example.com\n\nLithium prices fall further\n\n",
        "SHANGHAI, Jul 15 (SMM) – Lithium salt prices will extend their declines.\n\n",
        "Lithium prices fall further",
        None,
        "SMM",
    ),
    (  # a photo caption printed twice under the headline is body, not a headline
        "caption-printed-twice",
        "example.com\n\nPolestar revenues up 84%\n\n",
        "Inside the showroom of premium electric vehicle maker Polestar in Stockholm, Sweden.\n"
        "Inside the showroom of premium electric vehicle maker Polestar in Stockholm, Sweden.\n\n",
        "Polestar revenues up 84%",
        None,
        "example.com",
    ),
    (  # a section label in capitals that is not the site's name names no outlet
        "capitalised-section-in-meta-bar",
        "example.com\n\nBYD sells more cars in May\n\nBUSINESS & TECH | Dec 25, 2023\n\n",
        "",
        "BYD sells more cars in May",
        date(2023, 12, 25),
        "example.com",
    ),
    (  # a headline and one-word tags between bullets are no strip of links
        "headline-bullet-tags",
        "example.com\n\nBYD sells more cars in May • Sales • Europe\n\nMay 10, 2021\n\n",
        "",
        "BYD sells more cars in May • Sales • Europe",
        date(2021, 5, 10),
        "example.com",
    ),
    (  # two items between bullets are a headline and its outlet, not a strip of links
        "headline-bullet-outlet",
        "example.com\n\nBYD sells more cars in May • Xinhua\n\nMay 10, 2021\n\n",
        "",
        "BYD sells more cars in May • Xinhua",
        date(2021, 5, 10),
        "example.com",
    ),
]


@pytest.mark.parametrize(
    ("header", "lead", "title", "published", "source"),
    [case[1:] for case in PAGE_LAYOUTS + PAGE_NOT_LAYOUTS],
    ids=[case[0] for case in PAGE_LAYOUTS + PAGE_NOT_LAYOUTS],
)
def test_page_header_layouts(
    header: str, lead: str, title: str | None, published: date | None, source: str | None
) -> None:
    text, parts = _article(header, lead + BODY)
    assert (parts.title, parts.published, parts.source) == (title, published, source)
    body = _body(text, parts)
    assert body.endswith(LAST_BODY_LINE)
    assert (lead or BODY).strip().split("\n")[0] in body
    assert parts.title is None or parts.title not in body


def test_trail_glued_onto_a_long_headline_over_its_copy() -> None:
    """ "Home » today » Business » Headline" over the headline's copy, no dateline (BE10): the
    copy is the headline and the trail line is no paragraph."""
    trail = f"Home » today » Business » {LONG_HEADLINE}"
    text, parts = _article(f"example.com\n\n{trail}\n\n{LONG_HEADLINE}\n\n")
    assert (parts.title, parts.published, parts.source) == (LONG_HEADLINE, None, "example.com")
    assert text[parts.body_start :].startswith(FIRST)


def test_long_headline_printed_twice_under_crumbs() -> None:
    """A "Home /News /" trail, then a headline long enough to read as prose printed twice, and
    no dateline: the first copy is the headline, the second opens the body (as B04's)."""
    text, parts = _article(f"example.com\n\nHome /News /\n\n{LONG_HEADLINE}\n\n{LONG_HEADLINE}\n\n")
    assert (parts.title, parts.published, parts.source) == (LONG_HEADLINE, None, "example.com")
    assert text[parts.body_start :].startswith(f"{LONG_HEADLINE}\n\n{FIRST}")
    assert _body(text, parts).endswith(LAST_BODY_LINE)


# heldout11's layout classes: (id, header, title, published, source, first body line); the
# header is followed by BODY, and the first body line is where the body must start
H = "Wuxi will build 20 hydrogen refuelling stations for city buses and heavy trucks by 2025"
DECK = "The plan also adds 3,000 charging piles and a fuel cell test centre to the city's port"
FIRST = BODY.split("\n")[0]
LAYOUT_CLASSES = [
    (  # 1. a site's navigation menu (short bulleted links) and its breadcrumb line
        "menu-breadcrumb-above-long-headline",
        "en.example.com\n\n  • Company Profile\n  • 经典案例\n  • Sales Network\n  • Contact Us\n"
        f"News & info News\n\n{H}\n\n",
        H,
        None,
        "en.example.com",
        FIRST,
    ),
    (
        "menu-crumb-then-headline-and-date",
        "en.example.com\n\n• About Us\n• Products\n• 联系我们\nProducts & media Media\n\n"
        f"{H}\n\nDate: 2023-05-02\n\n",
        H,
        date(2023, 5, 2),
        "en.example.com",
        FIRST,
    ),
    (  # a dealer site's unbulleted menu, a "Home >" crumb and a company-news label
        "menu-crumb-company-news-label",
        "example-ev.com\n\nproducts\nnews\nHome >\n\n"
        "China Chengdu Example Automobile Service Co., Ltd. Company News\n\n"
        "Xpeng to replace some direct stores with dealers\n\n",
        "Xpeng to replace some direct stores with dealers",
        None,
        "example-ev.com",
        FIRST,
    ),
    (  # not a menu: two short bullets (a section and a reading time), then headline and deck
        "short-bullets-not-a-menu",
        "example.com\n\n- Auto Components\n- 1 min read\nBYD opens a plant in Hungary\n\n"
        f"{DECK}\n\n",
        "BYD opens a plant in Hungary",
        None,
        "example.com",
        DECK,
    ),
    (  # 2. a Chinese date label on an English page, a Chinese view counter under it
        "chinese-date-label-and-counter",
        f"en.example.com\n\n{H}\n\n日期: 2022-03-21\n浏览次数: 1\n\n",
        H,
        date(2022, 3, 21),
        "en.example.com",
        FIRST,
    ),
    (
        "chinese-publish-date-label",
        "en.example.com\n\nWuxi adds hydrogen stations\n\n发布日期：2021-07-02\n\n",
        "Wuxi adds hydrogen stations",
        date(2021, 7, 2),
        "en.example.com",
        FIRST,
    ),
    (
        "chinese-update-time-label-with-source",
        "en.example.com\n\nWuxi adds hydrogen stations\n\n更新时间: 2020-04-08  Source: Xinhua\n\n",
        "Wuxi adds hydrogen stations",
        date(2020, 4, 8),
        "Xinhua",
        FIRST,
    ),
    (  # 3. a headline printed twice around its deck, a page label glued before the first copy
        "headline-twice-page-label",
        f"example.com\n\nChina {H}\n\n{DECK}\n\n{H}\n\n",
        H,
        None,
        "example.com",
        DECK,
    ),
    (
        "headline-twice-dated",
        f"example.com\n\n{H}\n\n{DECK}\n\n{H}\n\nMay 2, 2023\n\n",
        H,
        date(2023, 5, 2),
        "example.com",
        DECK,
    ),
    (  # a headline over its deck, the line under the deck is no copy of it
        "headline-deck-not-twice",
        f"example.com\n\n{H}\n\n{DECK}\n\nBy Li Wei | China Daily | Updated: 2024-05-27 09:21\n\n",
        H,
        date(2024, 5, 27),
        "China Daily",
        DECK,
    ),
    (  # 4. a site slogan above the headline, a bare date under it: the lower line is the title
        "slogan-above-headline-bare-date",
        f"en.example.gov.cn\n\nStriving to Become a National Civilized City\n\n{DECK}\n\n"
        "2017-04-12\n\n",
        DECK,
        date(2017, 4, 12),
        "en.example.gov.cn",
        FIRST,
    ),
    (
        "slogan-above-headline-bare-date-time",
        f"en.example.gov.cn\n\nOpen, Innovative and Green Wuxi\n\n{H}\n\nMay 6, 2019 10:20\n\n",
        H,
        date(2019, 5, 6),
        "en.example.gov.cn",
        FIRST,
    ),
    (  # a headline and deck above a credited dateline: the deck opens the body (W08's layout)
        "headline-deck-credited-dateline",
        "chinadaily.com.cn\n\nTariffs on electric cars and batteries criticized\n\n"
        f"{DECK}\n\nBy Li Wei | China Daily | Updated: 2024-05-27 09:21\n\n",
        "Tariffs on electric cars and batteries criticized",
        date(2024, 5, 27),
        "China Daily",
        DECK,
    ),
    (  # 5. a summary line under the headline, no dateline: it opens the body
        "summary-line-no-dateline",
        f"example.com\n\nGeely sets 12 goals to sell 3.65 million cars in 2025\n{DECK}\n",
        "Geely sets 12 goals to sell 3.65 million cars in 2025",
        None,
        "example.com",
        DECK,
    ),
    (
        "summary-line-no-dateline-blank-lines",
        f"example.com\n\nNews\n\n{H}\n\n{DECK}\n\n",
        H,
        None,
        "example.com",
        DECK,
    ),
    (  # a wire photo caption over an in-body wire dateline: header (W16, T05, D12)
        "caption-under-headline-wire-dateline",
        "example.com\n\nSAIC Motor expects robust sales in 2023\n\nWorkers work at the assembly "
        "workshop of SAIC Motor's Lingang base in Shanghai, east China, April 23, 2022. "
        "(Xinhua/Chen Jianli)\n\nSHANGHAI, Feb. 9 (Xinhua) -- ",
        "SAIC Motor expects robust sales in 2023",
        None,
        "Xinhua",
        "SHANGHAI, Feb. 9 (Xinhua) -- " + FIRST,
    ),
    (  # ... and with no dateline at all it is body, as SPEC has captions (Z04, G03)
        "caption-under-headline-no-dateline",
        "example.com\n\nSAIC Motor expects robust sales in 2023\n\nWorkers work at the assembly "
        "workshop of SAIC Motor's Lingang base in Shanghai, east China, April 23, 2022. "
        "(Xinhua/Chen Jianli)\n\n",
        "SAIC Motor expects robust sales in 2023",
        None,
        "example.com",
        "Workers work at the assembly workshop",
    ),
]


# heldout13's layout classes, each with look-alikes that are not it
G = "Geely Auto Q3 profit rose 59% as ZEEKR deliveries grew | Financial Report Insights"
LITHIUM = "Lithium hydroxide price continues to rise"
CBN = "CBN丨Chinese EV makers unveil March deliveries, with BYD doubling sales"
PROGRAMME = "Coming up on today’s program."
LAYOUT_CLASSES += [
    # 1. an aggregator prints the outlet's name on its own line over a bare date line
    (
        "outlet-name-over-bare-date",
        f"longbridge.cn\n\n{G}\n\nWallstreetcn\n2025.11.17 11:26\n\n",
        G,
        date(2025, 11, 17),
        "Wallstreetcn",
        FIRST,
    ),
    (
        "outlet-name-over-bare-slashed-date",
        "futunn.com\n\nCATL's quarterly profit climbs on energy storage demand\n\n"
        "Zhitongcaijing\n2024/10/18 21:05\n\n",
        "CATL's quarterly profit climbs on energy storage demand",
        date(2024, 10, 18),
        "Zhitongcaijing",
        FIRST,
    ),
    (  # look-alikes: a reporter's name, a section label, a place in capitals
        "reporter-name-over-bare-date",
        "example.com\n\nBYD opens its first car plant in Hungary\n\n"
        "Daniel Ren\n2024-02-01 10:20\n\n",
        "BYD opens its first car plant in Hungary",
        date(2024, 2, 1),
        "example.com",
        FIRST,
    ),
    (
        "section-label-over-bare-date",
        "example.com\n\nBYD opens its first car plant in Hungary\n\nAutos\n2024-02-01 10:20\n\n",
        "BYD opens its first car plant in Hungary",
        date(2024, 2, 1),
        "example.com",
        FIRST,
    ),
    (
        "place-in-capitals-over-bare-date",
        "example.com\n\nBYD opens its first car plant in Hungary\n\nSZEGED\n2024-02-01\n\n",
        "BYD opens its first car plant in Hungary",
        date(2024, 2, 1),
        "example.com",
        FIRST,
    ),
    # 2. a forum copy glues the byline onto the headline's last word: the header ends there
    (
        "headline-with-byline-glued-on",
        "investideas.net\n\nnot vested\nGeely Auto slides 7pc as profit fallsby Victor Zhong\n",
        "Geely Auto slides 7pc as profit falls",
        None,
        "investideas.net",
        FIRST,
    ),
    (
        "headline-with-capital-byline-glued-on",
        "forum.example.com\n\nBYD shares jump as sales hit a record highBy Sophie Yu\n\n",
        "BYD shares jump as sales hit a record high",
        None,
        "forum.example.com",
        FIRST,
    ),
    (  # look-alikes: a headline that ends in "by" and a name, spaced or in a word
        "headline-ends-in-by-a-name",
        "example.com\n\nBYD's plant in Szeged is opened by Viktor Orban\n\n",
        "BYD's plant in Szeged is opened by Viktor Orban",
        None,
        "example.com",
        FIRST,
    ),
    (
        "headline-ends-in-nearby-a-place",
        "example.com\n\nTesla opens its largest store nearby Wangfujing Street\n\n",
        "Tesla opens its largest store nearby Wangfujing Street",
        None,
        "example.com",
        FIRST,
    ),
    # 3. a headline over a short deck and a byline: the deck opens the body; an archive
    # notice under the byline is header
    (
        "headline-short-deck-staff-byline",
        f"miningnews.net\n\nENERGY MINERALS\n\n{LITHIUM}\n\nLithium carbonate prices soften\n\n"
        "Staff reporter\n\nThis article is 4 years old. Images might not display.\n\n",
        LITHIUM,
        None,
        "miningnews.net",
        "Lithium carbonate prices soften",
    ),
    (
        "headline-short-deck-named-byline",
        "example.com\n\nAUTOS\n\nNio's deliveries double in the third quarter\n\n"
        "The startup beat its own forecast\n\nBy Li Wei\n\n",
        "Nio's deliveries double in the third quarter",
        None,
        "example.com",
        "The startup beat its own forecast",
    ),
    (  # look-alikes: a short kicker above the headline; an archive notice with no deck
        "kicker-over-headline-and-byline",
        "example.com\n\nBattery prices\n\nLithium carbonate prices soften again in June\n\n"
        "Staff reporter\n\n",
        "Lithium carbonate prices soften again in June",
        None,
        "example.com",
        FIRST,
    ),
    (
        "archive-notice-under-headline",
        f"example.com\n\n{LITHIUM}\n\nThis story is more than 5 years old.\n\n",
        LITHIUM,
        None,
        "example.com",
        FIRST,
    ),
    # 4. a view counter in a meta line names no outlet (nor does an empty Source field)
    (
        "meta-line-view-counter",
        "besvol.com\n\nForeign media: China's EV makers post strong deliveries\n"
        "Source: | Author:Anna Qu | Publish Date :2023-01-05 | 408 Times Viewed: | Share:\n\n",
        "Foreign media: China's EV makers post strong deliveries",
        date(2023, 1, 5),
        "besvol.com",
        FIRST,
    ),
    (
        "meta-line-viewed-times",
        "example.com\n\nCATL opens a battery plant in Hungary\n"
        "Source: Xinhua | Publish Date: 2023-01-05 | Viewed: 1,024 times\n\n",
        "CATL opens a battery plant in Hungary",
        date(2023, 1, 5),
        "Xinhua",
        FIRST,
    ),
    (  # look-alike: an outlet named Times
        "meta-line-times-outlet",
        "example.com\n\nCATL opens a battery plant in Hungary\n"
        "Source: New York Times | Release Date: 2023-01-05\n\n",
        "CATL opens a battery plant in Hungary",
        date(2023, 1, 5),
        "New York Times",
        FIRST,
    ),
    # 5. an author or source field under the headline names the outlet and ends the header
    (
        "author-line-names-outlet",
        f"laitimes.com\n\n天天看點\n\n{CBN}\n\n作者:21世紀經濟報道\n\n{PROGRAMME}\n\n",
        CBN,
        None,
        "21世紀經濟報道",
        PROGRAMME,
    ),
    (
        "source-line-names-outlet",
        "example.com\n\nBYD's overseas sales rise again in May\n\n"
        f"来源：中国汽车报\n\n{PROGRAMME}\n\n",
        "BYD's overseas sales rise again in May",
        None,
        "中国汽车报",
        PROGRAMME,
    ),
    (  # header lines under the source line are still header
        "source-line-then-editor",
        "example.com\n\nBYD's overseas sales rise again in May\n\nSource: Xinhua\n\n"
        "Editor: Li Wei\n\nShare\n\n",
        "BYD's overseas sales rise again in May",
        None,
        "Xinhua",
        FIRST,
    ),
    (  # look-alikes: the author is a person
        "author-line-names-presenter",
        f"example.com\n\n{CBN}\n\n作者：李瑩亮\n\n{PROGRAMME}\n\n",
        CBN,
        None,
        "example.com",
        PROGRAMME,
    ),
    (
        "author-line-names-reporter",
        f"example.com\n\n{CBN}\n\nAuthor: Anna Qu\n\n{PROGRAMME}\n\n",
        CBN,
        None,
        "example.com",
        PROGRAMME,
    ),
]


# Real header layouts read in the seventh round (heldout22/24's colon-closed in-body datelines,
# heldout21's issuer marker under the headline, heldout26's welcome banner above it)
LAYOUT_CLASSES += [
    (  # an in-body dateline closed by a colon, with no day: the bracketed name is the source
        "in-body-dateline-place-outlet-colon",
        f"example.com\n\n{H}\n\nJAKARTA (Reuters): ",
        H,
        None,
        "Reuters",
        "JAKARTA (Reuters): ",
    ),
    (  # ... with a comma after the place and the outlet's dated credit in the brackets
        "in-body-dateline-place-comma-dated-credit-colon",
        f"urdupoint.com\n\n{H}\n\nBEIJING, (UrduPoint / Pakistan Point News - 27th Dec, 2019 ) :",
        H,
        date(2019, 12, 27),
        "UrduPoint",
        "BEIJING, (UrduPoint",
    ),
    (  # not it: a bracketed note that names no outlet before a colon is no dateline
        "place-bracket-colon-no-outlet",
        f"example.com\n\n{H}\n\nHEFEI (local time): ",
        H,
        None,
        "example.com",
        "HEFEI (local time): ",
    ),
    (  # an issuer's press-release marker under the headline is never the title
        "issuer-press-release-marker-under-headline",
        f"newsroom.example.com\n\n{H}\nEXAMPLE EUROPE PRESS RELEASE\n2026-04-22 15:37:00\n\n",
        H,
        date(2026, 4, 22),
        "newsroom.example.com",
        FIRST,
    ),
    (  # a site's welcome banner above the headline
        "welcome-banner-above-headline",
        f"example.com\nWelcome to Example Auto Parts!\n\n{H}\n\nPublish Date: 2024.11.11\n\n",
        H,
        date(2024, 11, 11),
        "example.com",
        FIRST,
    ),
    (  # not it: a headline that welcomes without an exclamation mark stays the headline
        "welcome-headline-not-a-banner",
        "example.com\n\nWelcome to the age of the affordable electric pickup\n\n",
        "Welcome to the age of the affordable electric pickup",
        None,
        "example.com",
        FIRST,
    ),
]


# heldout27's and heldout28's header classes (fixed after their first score, so their title and
# date are no longer blind): a news list's item number before the headline, a "News Highlights:"
# heading, credits joined by a pipe, the site's name opening a dated news item
LAYOUT_CLASSES += [
    (
        "news-list-number-before-headline",
        f"example.com\n        1. {H}\n\n          2023.08.10 218\n\n",
        H,
        date(2023, 8, 10),
        "example.com",
        FIRST,
    ),
    (  # not it: a number with decimals opens the headline
        "decimal-number-opens-headline",
        "example.com\n\n3.5 million NEVs were sold in China in the first half\n\n",
        "3.5 million NEVs were sold in China in the first half",
        None,
        "example.com",
        FIRST,
    ),
    (
        "credits-joined-by-pipe-under-headline",
        f"example.com\nCredit: Example\n\n{H}\n\nWritten by Akimoto Yukiko | Edited by Li Wei\n\n",
        H,
        None,
        "example.com",
        FIRST,
    ),
    (
        "site-name-opens-dated-news-item",
        f"taptechnews.com\n{H}\n\nTapTechNews May 17th news, ",
        H,
        None,
        "TapTechNews",
        "TapTechNews May 17th news, ",
    ),
    (  # a byline crediting an outlet, with a publish label and a reading time after it
        "written-by-outlet-with-label-and-read-time",
        f"kr-asia.com\n\n{H}\n\nWritten by Nikkei Asia Published on   2 mins read\n\n",
        H,
        None,
        "Nikkei Asia",
        FIRST,
    ),
    (  # not it: a person's byline, or an editor's credit, names no source
        "written-by-person-with-label-and-read-time",
        f"kr-asia.com\n\n{H}\n\nWritten by Li Wei Published on   2 mins read\n\n",
        H,
        None,
        "kr-asia.com",
        FIRST,
    ),
    (
        "edited-by-outlet-is-no-source",
        f"kr-asia.com\n\n{H}\n\nEdited by Reuters\n\n",
        H,
        None,
        "kr-asia.com",
        FIRST,
    ),
    (  # an in-body dateline with the outlet first and its place in brackets
        "in-body-dateline-outlet-then-place",
        f"example.com\n\n{H}\n\nReuters (Beijing) - ",
        H,
        None,
        "Reuters",
        "Reuters (Beijing) - ",
    ),
    (  # not it: the usual order, place then outlet
        "in-body-dateline-place-then-outlet",
        f"example.com\n\n{H}\n\nBEIJING (Reuters) - ",
        H,
        None,
        "Reuters",
        "BEIJING (Reuters) - ",
    ),
    (  # a "Home / Section / headline" trail, the long headline again, then the date line
        "home-slash-trail-long-headline-then-date",
        "news.example.com\n\nHome / Metal News / Battery makers are heading south! Why are the "
        "first overseas factories of Chinese battery makers clustering in Southeast Asia?\n\n"
        "Battery makers are heading south! Why are the first overseas factories of Chinese "
        "battery makers clustering in Southeast Asia?\n\niconMay 26, 2025 08:29\n\n"
        "Source:SMM\n\n",
        "Battery makers are heading south! Why are the first overseas factories of Chinese "
        "battery makers clustering in Southeast Asia?",
        date(2025, 5, 26),
        "SMM",
        FIRST,
    ),
    (  # a reading time between the headline and the date line ("3 min to read")
        "read-time-to-read-under-headline",
        f"example.com\n\nSearch\n\n{H}\n\n3 min to read\nJul 16, 2025 9:57 AM CEST\n\n",
        H,
        date(2025, 7, 16),
        "example.com",
        FIRST,
    ),
    (  # not it: an outlet that is not the site's own name opening the paragraph
        "other-name-opens-dated-news-item",
        f"example.com\n{H}\n\nGeely May 17th news, ",
        H,
        None,
        "example.com",
        "Geely May 17th news, ",
    ),
]


# the twelfth round's layout classes (heldout39 and heldout46 reread)
LAYOUT_CLASSES += [
    (  # the headline printed twice, in title case and in sentence case: the first copy
        "headline-printed-twice-in-two-cases",
        f"example.com\n\n{H.title()}\n\n{H}\n\n",
        H.title(),
        None,
        "example.com",
        FIRST,
    ),
    (  # an in-body dateline: a place in capitals and a bracketed credit with its date
        "in-body-dateline-place-and-dated-credit",
        f"urdupoint.com\n\n{H}\n\nMOSCOW (UrduPoint News / Sputnik - 09th June, 2021) ",
        H,
        date(2021, 6, 9),
        "UrduPoint News",
        "MOSCOW (UrduPoint News / Sputnik - 09th June, 2021) ",
    ),
    (  # not it: a bracket with no date after a name in capitals credits nobody
        "capitals-and-undated-bracket-no-dateline",
        f"example.com\n\n{H}\n\nNIO (Nasdaq: NIO) ",
        H,
        None,
        "example.com",
        "NIO (Nasdaq: NIO) ",
    ),
    (  # a slogan over the headline, a date line with a page-view counter under it
        "slogan-headline-date-with-counter",
        f"example.com\n\n22 Years' Battery Customization\n\n{H} and 3,000 charging piles\n\n"
        "Mar 20, 2019   Pageview:845\n\n",
        f"{H} and 3,000 charging piles",
        date(2019, 3, 20),
        "example.com",
        FIRST,
    ),
    (  # tags in lower case under the headline are no title
        "lower-case-tags-under-headline",
        f"example.com\n\n≡ Menu\n\n{H}\n\nelectric car – china\n\n",
        H,
        None,
        "example.com",
        FIRST,
    ),
    (  # an in-body dateline with full stops and the outlet in capitals
        "in-body-dateline-full-stops-outlet-in-capitals",
        f"interfax.com\n\n5 Mar 2010 12:05\n\n{H}\n\nShanghai. March 5. INTERFAX-CHINA - ",
        H,
        date(2010, 3, 5),
        "INTERFAX-CHINA",
        "Shanghai. March 5. INTERFAX-CHINA - ",
    ),
    (  # a blog theme's sample widget and its placeholder Latin above the headline
        "theme-sample-widget-above-headline",
        "example.org\n\nA sample text widget\n\nEtiam pulvinar consectetur dolor sed malesuada. "
        "Ut convallis euismod dolor nec pretium. Nunc ut tristique massa.\n\n"
        f"{H}\n\n",
        H,
        None,
        "example.org",
        FIRST,
    ),
    (  # a lead sentence closed by a reading prompt, no headline: no title, it opens the body
        "lead-with-prompt-no-headline",
        "example.com\n\nBy Li Wei\nBYD is scheduled to report results for the third quarter on "
        "Thursday. Here is what you need to know:\n",
        None,
        None,
        "example.com",
        "BYD is scheduled to report",
    ),
    (  # a newsletter sign-up block between the headline and the story
        "newsletter-prompt-under-headline",
        f"carnewschina.com\n\n{H}\n\nReading Time: 2 minutes\n\nNews like this to your inbox or "
        "phone?\n\nWeekly summary to your inbox\n\nNever miss and important news\n\n",
        H,
        None,
        "carnewschina.com",
        FIRST,
    ),
    (  # a page-date widget above a headline that carries its own date after a pipe
        "page-date-widget-over-headline-with-its-date",
        f"globaltimes.cn\n\nThursday, April 17, 2014\n{H} | April 09, 2012 16:06\n"
        " E-mail   Print\n\n",
        H,
        date(2012, 4, 9),
        "globaltimes.cn",
        FIRST,
    ),
    (  # a share bar's slogan above the headline
        "share-slogan-above-headline",
        f"fleetcar.ie\n\nSharing is caring!\n\n{H}\n\n",
        H,
        None,
        "fleetcar.ie",
        FIRST,
    ),
    (  # a portal's file fields under an 'Update Time:' label, a Chinese source label
        "update-time-label-and-file-fields",
        f"example.com.cn\n\n{H}\n\nUpdate Time:2023-07-14 06:56:57\nFile Type:pdf\n"
        "File Size:280 KB\n\n",
        H,
        date(2023, 7, 14),
        "example.com.cn",
        FIRST,
    ),
    (
        "chinese-source-label-after-date",
        f"ourjiangsu.com\n\n{H}\n\n2019年05月15日 18:36:37 | 来源:ourjiangsu.com\n\n",
        H,
        date(2019, 5, 15),
        "ourjiangsu.com",
        FIRST,
    ),
    (  # a pop-up's dismiss link and a language banner above the headline (FI01)
        "popup-dismiss-above-headline",
        "example.com\nCNET también está disponible en español.\n\nDon't show this again\n\n\n"
        f"{H}\n\n",
        H,
        None,
        "example.com",
        FIRST,
    ),
    (  # a favourites button's sign-in prompt under the byline (FH10)
        "sign-in-prompt-under-byline",
        f"example.com\n{H}\n\nJet Sanchez\n  • Sign in required\n\n    Please sign in to your"
        " account to add a vehicle to favourite\n\n",
        H,
        None,
        "example.com",
        FIRST,
    ),
    (  # a menu toggle between the date label and the headline (FH02)
        "menu-toggle-under-date-label",
        f"example.com\n date 2023-08-03 Open Menu\n\n{H}\n\n",
        H,
        date(2023, 8, 3),
        "example.com",
        FIRST,
    ),
    (  # two links to other stories set apart above the headline (FJ06, EP08, AY09, BO02)
        "related-links-block-above-headline",
        "example.com\n\nToshiba to participate in power-to-gas hydrogen fuel project in Scotland\n"
        "Ford's car sharing experiment in London entering beta phase\n\n"
        "China Ministry of Transport targeting 300,000 new energy vehicles on roads by 2020\n\n",
        "China Ministry of Transport targeting 300,000 new energy vehicles on roads by 2020",
        None,
        "example.com",
        FIRST,
    ),
    (  # a long sentence ending in a colon leads a list: the list is body (FH12)
        "list-lead-sentence-under-title",
        "example.com\nNew Energy Vehicles (NEVs) in China\n\nSales of Chinese brand vehicles in"
        " Australia, plus Tesla, with brand rank, for the month of September and also YTD:\n"
        "MG: 3841 sales, #8, down 29%\nGWM: 3802 sales, #9, up 31%\n",
        "New Energy Vehicles (NEVs) in China",
        None,
        "example.com",
        "Sales of Chinese brand vehicles",
    ),
    (  # a forum post opening with a list of figures under a short lead: all body (FL06)
        "figure-list-under-short-lead",
        "example.com\n\nSales of Chinese brand vehicles, and Tesla, in Australia:\nJune 2025\n"
        "BYD 8156 sales, #5, up 368%\nGWM 5464 sales, #7, up 31%\nTesla 4589 sales, #11, down"
        " 2%\nMG 3896 sales, #12, down 8%\nNot reporting: Xpeng.\n",
        None,
        None,
        "example.com",
        "Sales of Chinese brand vehicles",
    ),
    (  # a byline in capitals glued onto its date under the deck (FN04, FN09)
        "capitals-byline-glued-to-date",
        f"example.com\n\n{H}\n\nBy FRANK CHENMAY 5, 2021\n\n",
        H,
        date(2021, 5, 5),
        "example.com",
        FIRST,
    ),
    (  # an accessibility link above the headline is no title
        "skip-link-above-headline",
        f"example.com\n\nSkip to main content\n\n\n\n{H}\n\n",
        H,
        None,
        "example.com",
        FIRST,
    ),
    (  # a headline ending on an abbreviation's full stop is no sentence
        "headline-ending-in-abbreviation",
        "example.com\n\nChina's battery makers report higher profits, revenues in Jan.-Aug.\n\n",
        "China's battery makers report higher profits, revenues in Jan.-Aug.",
        None,
        "example.com",
        FIRST,
    ),
]

# heldout70-77's layout classes (fourteenth round)
NR3 = "NIO Inc. Reports Unaudited Third Quarter 2023 Financial Results"
LAYOUT_CLASSES += [
    (  # two labelled dates in one meta bar, each with a dashed time: no headline fused on
        "two-labelled-dates-with-dashed-times",
        f"example.com\n\n{H}\n\n"
        "Published: 22 Feb 2025 - 04:21 pm | Last Updated: 22 Feb 2025 - 04:25 pm\n",
        H,
        date(2025, 2, 22),
        "example.com",
        FIRST,
    ),
    (  # an app prompt and an arrowed navigation link over the headline
        "app-prompt-and-arrow-link",
        f"example.com\n\nTry our mobile app\n\n<<<  go to XPEV company page\n{H}\n\n",
        H,
        None,
        "example.com",
        FIRST,
    ),
    (  # an EDGAR exhibit flattened under a portal's date: document header, exhibit line, logo
        # placeholder, then the release with its date after the wire credit
        "edgar-exhibit-under-portal-date",
        "eninvs.com\n\nPublished: 2023-11-15 16:01:03 ET\n"
        "EX-99.1 2 d295246dex991.htm EX-99.1 EX-99.1\n\nExhibit 99.1\n\n \n\nLOGO\n\n"
        f"{NR3}\n\nGUANGZHOU, China — (GLOBE NEWSWIRE) — November 15, 2023 — ",
        NR3,
        date(2023, 11, 15),
        "GLOBE NEWSWIRE",
        "GUANGZHOU, China — (GLOBE NEWSWIRE) — November 15, 2023 — Jinan",
    ),
    (  # a results release's highlights crosshead under its headline opens the body
        "results-highlights-crosshead",
        f"example.com\n\n{NR3}\nOperating Highlights for the Third Quarter of 2023\n",
        NR3,
        None,
        "example.com",
        "Operating Highlights for the Third Quarter of 2023",
    ),
    (  # a social handle before the headline and a stock code glued after it
        "social-handle-and-glued-code",
        f"example.com\n\n@Nio: {NR3}000593\n\n",
        NR3,
        None,
        "example.com",
        FIRST,
    ),
    (  # a store that starts at the photo caption: the caption opens the body (SPEC)
        "caption-opens-a-page-without-headline",
        "example.gov.cn\n\nTeld and Chongqing NEV Development sign a cooperation contract on "
        "May 31. [Photo/example.gov.cn] |\n",
        None,
        None,
        "example.gov.cn",
        "Teld and Chongqing NEV Development sign",
    ),
    (  # an image credit naming its source, alone over the story: header, and no headline
        "image-source-credit-line",
        "example.com\n\nImage source: WeRide\n\n",
        None,
        None,
        "example.com",
        FIRST,
    ),
    (  # a push-notification prompt over the headline, a video block under it
        "push-prompt-and-video-block",
        "www.example.pe.ca\n\nWeb Notifications\n\nExample.com would like to send you "
        "notifications for breaking news alerts.\n\nActivate notifications?\n\n"
        f"{H}\n\nSTORY CONTINUES BELOW THESE EXAMPLE VIDEOS\n\nRaise a Glass to Malbec! Malbec "
        'World Day, April 17 | Example #reels #shorts #wine #food\n\nWatch on YouTube: "Raise '
        'a Glass to Malbec! Malbec World Day, April 17 | Example #reels #shorts #wine #food"\n\n',
        H,
        None,
        "www.example.pe.ca",
        FIRST,
    ),
    (  # a date badge with the year glued onto the month, under a breadcrumb
        "date-badge-year-glued-to-month",
        f"www.example.com\n\nHOME > News > News\n11 Jul2018\n{H}\n\n",
        H,
        date(2018, 7, 11),
        "www.example.com",
        FIRST,
    ),
    (  # an outdated-browser banner and a 'Follow us on' prompt over the headline
        "browser-banner-and-follow-prompt",
        "example.com\n\nPlease Update your browser\n\nYour browser is out of date, and may not "
        "be compatible with our website.\nJust click on the icons to get to the download page."
        f"\n\nFollow us on Google News\n\n{H}\n\n",
        H,
        None,
        "example.com",
        FIRST,
    ),
    (  # a 'Credit:' line under the headline is the photo's credit: it opens the body (SPEC)
        "credit-label-line-under-headline",
        f"example.com\n\n{H}\n\nCredit: Tesla Asia/X\n\n",
        H,
        None,
        "example.com",
        "Credit: Tesla Asia/X",
    ),
    (  # a reporter's name before the outlet in a dated byline: the outlet is the source
        "reporter-comma-outlet-dateline",
        f"example.net\n\n{H}\n\nChan Ho-him, The Associated Press - Oct 14, 2025 / 6:41 am | "
        "Story: 577805\n",
        H,
        date(2025, 10, 14),
        "The Associated Press",
        FIRST,
    ),
    (  # a byline closed by the site's domain in brackets, between headline and date
        "byline-with-domain-in-brackets",
        f"example.com\n\nTop Biz News\n\n{H}\n\nBy Yu Hongyan (example.com)\n"
        "Updated: 2010-01-25 14:46\n\n",
        H,
        date(2010, 1, 25),
        "example.com",
        FIRST,
    ),
    (  # a China Daily caption over the story, closed by its credit in bracketed capitals
        "caption-with-bracketed-capitals-credit",
        "example.com\n\nAn assembly line of Hongqi in Changchun, Jilin province. [YUAN "
        "JIGANG/FOR CHINA DAILY]\n\nCHANGCHUN, Jan 5 (China Daily) -- ",
        None,
        None,
        "China Daily",
        "CHANGCHUN, Jan 5 (China Daily) -- Jinan",  # a caption over a wire dateline: header
    ),
    (  # a headline quoted whole, then the wire it credits
        "quoted-headline-with-wire-credit",
        f"example.com\n\n“{H}” – Reuters\n\n",
        H,
        None,
        "Reuters",
        FIRST,
    ),
    (  # a news app's credit line under the headline: the outlet, a middle dot, a bare date
        "app-credit-line-outlet-dot-date",
        f"example.com\n\n{H}\n\n財通證券 ·  Sep 9\n\n",
        H,
        None,
        "財通證券",
        FIRST,
    ),
    (  # a date line whose time is glued onto the outlet's name, then an editor
        "time-glued-onto-outlet",
        f"example.com\n\n{H}\n\n2015-06-01 09:50China Daily Editor: Si Huan\n\n",
        H,
        date(2015, 6, 1),
        "China Daily",
        FIRST,
    ),
    (  # hard-wrapped wire copy whose lead opens with its place, a comma and the day
        "hard-wrapped-wire-lead-with-comma",
        "example.com\n\nFRANKFURT, June 10 Volkswagen plans\nto nearly double its production in"
        " China in the next few years,\na board member said.\n",
        None,
        None,
        "example.com",
        "FRANKFURT, June 10 Volkswagen plans",
    ),
    (  # a reposting site's field labels: "Title:" before the headline, then the date
        "title-field-label",
        f"example.com\n\nTitle: {H}\n\nDate: August 26, 2023\n\nAuthor: Xiaobai\n\n",
        H,
        date(2023, 8, 26),
        "example.com",
        FIRST,
    ),
    (  # a promo link between chevrons under the headline
        "chevron-promo-under-headline",
        f"example.com\n\n{H}\n\n>>REAL-TIME UPDATES IN THE WIRE. CLICK HERE<<<\n\n",
        H,
        None,
        "example.com",
        FIRST,
    ),
    (  # a contents toggle between the headline and the story
        "contents-toggle-under-headline",
        f"example.com\n\n{H}\n\nTable of Contents\n\n",
        H,
        None,
        "example.com",
        FIRST,
    ),
    (  # a feed page's labelled relative time over a story with no headline
        "relative-time-label-no-headline",
        "example.com\n\nReported about 9 hours ago\n",
        None,
        None,
        "example.com",
        FIRST,
    ),
    (  # a blog's meta bar under the headline: its category label and a reader counter
        "blog-meta-bar-filed-under-viewed-by",
        f"example.com\n\n{H}\n\nFiled Under: Import from China | Viewed by: 1787 Persons\n\n",
        H,
        None,
        "example.com",
        FIRST,
    ),
    (  # a page title cut inside its hyphenated words over the whole headline
        "cut-page-title-over-whole-headline",
        "example.com\n\nion battery output up 68 pct in Jan\n\nJun 14, 2025 04:21:25 PM\n"
        "Home>>\n\nChina's lithium-ion battery output up 68 pct in Jan-April\n\n",
        "China's lithium-ion battery output up 68 pct in Jan-April",
        date(2025, 6, 14),
        "example.com",
        FIRST,
    ),
]


def test_site_name_and_place_open_the_lead() -> None:
    """'Gasgoo Munich- On February 5, ...': the site's name and the place it writes from open
    the lead; the site's name is the outlet."""
    text = (
        "autonews.gasgoo.com\n\nGasgoo Munich- On February 5, Leapmotor set out the core "
        f"objective of its sales system for 2026.\n\n{BODY}"
    )
    assert parse_article(text).source == "Gasgoo"


def test_closing_dated_credit_with_pipe_debris() -> None:
    """A closing dated credit followed by a pipe of template debris still gives the outlet and
    the date, and is footer."""
    credit = "(Xinhua News Agency June 10, 2008) |"
    text = f"example.cn\n\n{H}\n\n{BODY}{credit}\n"
    parts = parse_article(text)
    assert (parts.published, parts.source) == (date(2008, 6, 10), "Xinhua News Agency")
    at = text.index(credit)
    assert parts.body_end <= at or any(s <= at and at + len(credit) <= e for s, e in parts.skip)


def test_fused_menu_is_furniture() -> None:
    """A site menu whose items were fused without spaces is page furniture; a headline with a
    camel-case brand or two is not."""
    menu = (
        "FinancialGovernment SolutionsLegalReuters News AgencyRisk Management SolutionsTax & "
        "AccountingBlog: Answers OnInnovation @ Thomson Reuters"
    )
    assert reader._furniture(menu)
    assert not reader._furniture("EcoPro and WeRide sign deal with McLaren on batteries")


def test_share_bar_of_a_page_without_headline_is_no_title() -> None:
    bar = (
        "Share current article via Email Share current article via Facebook Share current "
        "article via Twitter Share current article via LinkedIn"
    )
    text, parts = _article(f"example.com\n\n{bar}\n\n")
    assert parts.title is None
    assert text[parts.body_start :].startswith(FIRST)


def test_news_highlights_heading_opens_the_body_of_a_page_without_headline() -> None:
    text, parts = _article(
        "example.com\nNews Highlights:\n- China is launching pilot projects in nine cities.\n"
    )
    assert parts.title is None
    assert text[parts.body_start :].startswith("News Highlights:")


def test_a_lone_bullet_over_a_split_highlight_opens_the_body() -> None:
    # a press release's highlight list whose items the page split over lines: the bullet
    # alone on its line opens the body, and the headline above it is the title
    text, parts = _article(
        "ir.example.com\n\nXPENG Reports Third Quarter 2022 Results\n-\nCash and cash"
        " equivalents, restricted cash and time deposits came to\nRMB40.12 billion as of"
        " September 30, 2022 -\nTotal deliveries |\n29,570 |\n- Total vehicle deliveries were"
        " 29,570 in the third quarter of 2022, an increase of 15%.\n"
    )
    assert parts.title == "XPENG Reports Third Quarter 2022 Results"
    assert text[parts.body_start :].startswith("-\nCash and cash")


def test_a_flash_headline_in_brackets_opens_the_first_paragraph() -> None:
    """ "[Headline] According to ..." with no headline above (BN07): the bracket is the title
    and the story starts after it; a byline in brackets is no headline."""
    lead = (
        "According to the China Federation of Finance and Economics on December 21, the"
        " association forecasts retail sales of about 2.27 million cars in December.\n"
    )
    text, parts = _article(
        "example.com\n\n",
        "[Passenger Car Association: retail sales in December are expected to be 2.27 million] "
        + lead,
    )
    assert parts.title == (
        "Passenger Car Association: retail sales in December are expected to be 2.27 million"
    )
    assert text[parts.body_start :].startswith("According to")
    _, parts = _article("example.com\n\n", "【Text by Observers Net, Wang Yi】" + lead)
    assert parts.title is None


def test_a_page_of_lists_under_labels_is_all_body() -> None:
    """Emoji bullets under colon-closed labels and no headline (BN04): every list is body."""
    text, parts = _article(
        "app.example.com\n\n🔹 Revenue: RMB19.01B; UP +9.0% YoY\n🔹 Vehicle Deliveries: 72,056\n"
        "Guidance (Q3'25):\n🔹 Total Revenues: RMB21.81B–RMB22.88B\nCEO / CFO Commentary:\n",
        "🔸 CEO William Li said the Q2 deliveries of 72,056 were driven by a strong reception for"
        " the new models, and that the outlook would set a company record.\n",
    )
    assert parts.title is None
    assert text[parts.body_start :].startswith("🔹 Revenue")
    # a headline over such lists is still the headline, and the lists open the body
    text, parts = _article(
        "app.example.com\n\nNIO beats estimates\n🔹 Revenue: RMB19.01B; UP +9.0% YoY\n"
        "🔹 Vehicle Deliveries: 72,056\n",
        "CEO William Li said the Q2 deliveries of 72,056 were driven by a strong reception for"
        " the new models, and that the outlook would set a company record.\n",
    )
    assert parts.title == "NIO beats estimates"
    assert text[parts.body_start :].startswith("🔹 Revenue")


def test_a_closing_bracketed_credit_dates_the_page_and_is_footer() -> None:
    text, parts = _article(
        "china.org.cn\n\n",
        "Chinese carmaker Chery Automobile said its exports quadrupled in the first half of the"
        " year, and overseas sales are likely to top 100,000 vehicles for the full year.\nIts"
        " exports jumped to 52,712 vehicles in the first six months of this year.\nIt signed a"
        " deal with Chrysler Group last week.\n(Xinhua News Agency July 13 2007)\n",
    )
    assert parts.published == date(2007, 7, 13)
    assert parts.source == "Xinhua News Agency"
    assert text[parts.body_start : parts.body_end].endswith("last week.")
    # ... also over a line of template debris closing the page
    text, parts = _article(
        "china.org.cn\n\n",
        "Chinese carmaker Chery Automobile said its exports quadrupled in the first half of the"
        " year, and overseas sales are likely to top 100,000 vehicles for the full year.\nIts"
        " exports jumped to 52,712 vehicles in the first six months of this year.\nShanghai"
        " Automotive reported a 9 percent fall in profit.\n(Shenzhen Daily November 1, 2005)\n|\n",
    )
    assert (parts.published, parts.source) == (date(2005, 11, 1), "Shenzhen Daily")
    assert text[parts.body_start : parts.body_end].endswith("fall in profit.")
    # a bracketed aside with no date stays in the body
    text, parts = _article(
        "example.com\n\n",
        "Chery said its exports quadrupled in the first half of the year.\n(The company did"
        " not give a figure for June.)\n",
    )
    assert parts.published is None
    assert text[parts.body_start : parts.body_end].endswith("June.)")


def test_a_home_trail_glued_before_the_headline_and_a_glued_author_label_are_cut() -> None:
    _, parts = _article(
        "breakinglatest.news\n\nHome News Henan: By 2025, the replacement rate of new energy"
        " vehicles for urban buses will reach 100%\nSource: Caijing.comAuthor: Peng Linli2023-02-06"
        " 10:01\n\n"
    )
    assert parts.title == (
        "Henan: By 2025, the replacement rate of new energy vehicles for urban buses will reach"
        " 100%"
    )
    assert parts.source == "Caijing.com"
    assert parts.published == date(2023, 2, 6)
    # "Home Appliance" is no trail: a headline may open with the word
    _, parts = _article("example.com\n\nHome Appliance Makers Turn to Batteries\n\n")
    assert parts.title == "Home Appliance Makers Turn to Batteries"


def test_a_label_wholly_in_brackets_is_no_title() -> None:
    _, parts = _article(
        "example.com\n\n(资料图片)\nBEIJING, February 28 (TMTPOST)— BYD has cut the prices of"
        " its Dynasty series, the first round of cuts this year.\n"
    )
    assert parts.title is None


def test_a_caption_between_headline_and_deck_and_a_category_line_are_no_title() -> None:
    text, parts = _article(
        "example.com\nCarmakers speed up their plans abroad\nWorkers check parts at a plant in"
        " Montevideo, Uruguay. ZHANG WEI / XINHUA |\nDomestic producers increasingly focus on"
        " overseas markets, in a bid to internationalize the industry\nChinese carmakers are"
        " speeding up their plans for global expansion.\n"
    )
    assert parts.title == "Carmakers speed up their plans abroad"
    assert text[parts.body_start :].startswith("Workers check parts")  # a caption is body
    _, parts = _article(
        "example.com\n\nChinese company Chery chooses Barcelona for its first plant in Europe\n\n"
        "Business Investments · Automotive, Logistics & Smart Cities\n\n19 Apr 2024\n\nChery has"
        " signed an agreement with a Catalan company.\n"
    )
    assert parts.title == "Chinese company Chery chooses Barcelona for its first plant in Europe"
    # a headline with its site after a bullet lowers its joining words: still the headline
    _, parts = _article(
        "example.com\n\nBYD Opens Its First Plant in Brazil · Electrive\n\n19 Apr 2024\n\nBYD"
        " has opened a plant in Brazil.\n"
    )
    assert parts.title is not None and parts.title.startswith("BYD Opens Its First Plant")


def test_a_byline_closing_with_its_outlet_in_brackets_is_no_title() -> None:
    _, parts = _article(
        "example.com\n\nHome> Business\nAfter torrid 2010, Dongfeng projects more modest growth\n"
        "By Han Tianyang ( China Daily )\nUpdated: 2011-01-24\n\nDongfeng surpassed the 2"
        " million mark last year.\n"
    )
    assert parts.title == "After torrid 2010, Dongfeng projects more modest growth"
    assert parts.source == "China Daily"
    assert parts.published == date(2011, 1, 24)
    # a byline whose outlet follows a comma with no space: "By Sonia Heng,CNBC"
    _, parts = _article(
        "example.com\n\nnews\n\nZeekr reports EV deliveries in October nearly doubled\n\n"
        "By Sonia Heng,CNBC\n\nZeekr's October deliveries jumped 92% year on year.\n"
    )
    assert parts.title == "Zeekr reports EV deliveries in October nearly doubled"
    assert parts.source == "CNBC"
    # a slash for the colon of a credit: "Written by / Li Wei"
    _, parts = _article(
        "example.com\n\nGeely and FAW set out their plans for 2025\nWritten by / Li Wei\n"
        "Edit / Huang Dalu\n\n2021 is the first year of the 14th Five-Year Plan.\n"
    )
    assert parts.title == "Geely and FAW set out their plans for 2025"


def test_a_headline_under_the_date_line_wins_over_a_section_label_above_it() -> None:
    text, parts = _article(
        "example.com\n\nAutomotive\n\nPublished on January 17th, 2023 | by Subhash Nair\n\n0\n\n"
        "Chery Remains China's Top Vehicle Exporter For 20th Consecutive Year\n\nChery set"
        " multiple records in 2022 and stayed China's top passenger car exporter.\n"
    )
    assert parts.title == "Chery Remains China's Top Vehicle Exporter For 20th Consecutive Year"
    assert parts.published == date(2023, 1, 17)
    assert text[parts.body_start :].startswith("Chery set multiple records")


def test_a_closing_list_of_linked_headlines_and_a_subscription_promo_are_footer() -> None:
    story = "Great Wall aims to sell 70,000 vehicles overseas this year."
    text, parts = _article(
        f"example.com\n\nGreat Wall upgrades its Russian plant\n\n{story}\nTesla Revives Dojo"
        " Supercomputer Project With AI5 Chip at the Core\nSyrah Resources and Tesla Extend"
        " Deadline on Graphite Supply Dispute to March\nMicron to Buy Powerchip Fab for $1.8"
        " Billion, Shares Surge Nearly 10%\n",
        "",
    )
    assert text[parts.body_start : parts.body_end].endswith(story)
    text, parts = _article(
        f"example.com\n\nVolvo keeps its sales aim\n\n{story}\n\nThe Star Festive Promo: Get 35%"
        " OFF Digital Access\n\nMonthly Plan\n\nRM 13.90/month\n",
        "",
    )
    assert text[parts.body_start : parts.body_end].endswith(story)
    # two headline-like lines closing a story stay body
    last = "BYD Says Overseas Sales Will Double\nNio Opens Its First Store in Abu Dhabi"
    text, parts = _article(f"example.com\n\nHeadline of the story\n\n{story}\n{last}\n", "")
    assert text[parts.body_start : parts.body_end].endswith("Abu Dhabi")


def test_arrow_trails_pipes_and_capital_bylines_around_a_headline() -> None:
    _, parts = _article(
        "example.com\n\nHome > Auto > News > Chinese battery maker to invest $2.4 billion in"
        " Germany\n\n"
    )
    assert parts.title == "Chinese battery maker to invest $2.4 billion in Germany"
    _, parts = _article(
        "example.com\n\nBattery production energizes Sichuan\n\nBy LI FUSHENG China Daily"
        " Updated: 2023-05-29\n\n"
    )
    assert (parts.title, parts.source) == ("Battery production energizes Sichuan", "China Daily")
    assert parts.published == date(2023, 5, 29)
    # a headline fused with the date's label names no source; its trailing pipe is debris
    _, parts = _article(
        "example.com\n\nNEV industry on rise in Xi'an |\n\nNEV industry on rise in Xi'an"
        " Updated: 2022-07-15\n\n"
    )
    assert (parts.title, parts.source) == ("NEV industry on rise in Xi'an", "example.com")


def test_a_wire_archive_hard_wrapped_first_paragraph_is_body() -> None:
    text, parts = _article(
        "reuters.com\n\n(Adds background on Geely, Volvo collaboration; other Chinese\n"
        "automakers efforts to expand globally)\nBy Norihiko Shirouzu\nBEIJING Nov 8 Chinese"
        " automaker Zhejiang Geely Holding Group Co\nsaid on Tuesday it is aiming to more than"
        " double its annual\nvehicle sales to two million cars globally by 2020.\n",
        "",
    )
    assert parts.title is None
    assert text[parts.body_start :].startswith("BEIJING Nov 8 Chinese automaker")


def test_a_date_glued_to_a_chinese_outlet_and_a_dash_before_a_bracketed_outlet() -> None:
    _, parts = _article(
        "eu.36kr.com\n\nHomeArticle\n\nHow much of the annual KPIs for 2025 remains?\n\n"
        "车云2025-10-10 19:49\nWith the annual KPIs nearing their close, XPeng is out in front.\n",
        "",
    )
    assert parts.published == date(2025, 10, 10)
    assert parts.title == "How much of the annual KPIs for 2025 remains?"
    _, parts = _article(
        "example.com\n\nGotion High-tech Releases 2022 Interim Results\n\nHONG KONG, Aug 26, 2022"
        " – (ACN Newswire) – Gotion High-tech announced its interim results.\n",
        "",
    )
    assert (parts.published, parts.source) == (date(2022, 8, 26), "ACN Newswire")


def test_a_hashtag_line_is_no_title() -> None:
    _, parts = _article(
        "reuters.com\n\nGuangzhou Automobile to invest $244 mln in Xinjiang project\n#Auto & Truck"
        " Manufacturers\nJune 6, 2016 / 3:26 AM / a year ago\n\n"
    )
    assert parts.title == "Guangzhou Automobile to invest $244 mln in Xinjiang project"
    assert parts.published == date(2016, 6, 6)


def test_a_press_release_place_and_full_date_opening_the_first_paragraph_dates_the_page() -> None:
    _, parts = _article(
        "example.com\n\nBangkok, June 22, 2024 – BYD marked a milestone by opening its 108th store"
        " in Thailand, its 300th in the Asia-Pacific region.\n",
        "Thailand's market is shifting quickly toward electrification.\n",
    )
    assert parts.published == date(2024, 6, 22)
    # a date with no year, or no dash, is no dateline
    _, parts = _article(
        "example.com\n\nBangkok, June 22 – BYD marked a milestone by opening its 108th store.\n",
        "Thailand's market is shifting quickly toward electrification.\n",
    )
    assert parts.published is None


def test_a_press_release_dated_between_dashes_names_the_wire_after_the_date() -> None:
    text, parts = _article(
        f"example.com\n{H}\n\nCALGARY, ALBERTA — December 22, 2025 — Leads & Copy — Lithium"
        " Chile Inc. has signed an agreement to sell its Argentine subsidiary.\n",
    )
    assert (parts.title, parts.published, parts.source) == (H, date(2025, 12, 22), "Leads & Copy")
    start, end = parts.skip[-1]
    assert text[start:end].startswith("CALGARY") and text[end:].startswith("Lithium Chile")
    # a dash for the comma and no wire between dashes: the date alone
    _, parts = _article(
        f"example.com\n{H}\n\nCALGARY, ALBERTA — December 22, 2025 — Lithium Chile Inc. has"
        " signed an agreement to sell its Argentine subsidiary.\n",
    )
    assert (parts.published, parts.source) == (date(2025, 12, 22), "example.com")


def test_an_address_printed_twice_above_the_story_is_no_list_of_figures() -> None:
    # (AO02) four lines with digits, but two distinct ones: header, the story opens the body
    text, parts = _article(
        "example.com\n\nPhysical Address\n304 North Cardinal St.\nDorchester Center, MA 02124\n"
        "Physical Address\n304 North Cardinal St.\nDorchester Center, MA 02124\n"
    )
    assert text[parts.body_start :].startswith(FIRST)


def test_an_inline_related_link_inside_the_story_does_not_end_it() -> None:
    story = (
        "In addition, the group will become a world-class mobility company by 2030. FAW spelled"
        " out the target at a congress held in November."
    )
    last = (
        "FAW Group has also signed a deal with 16 banks for a credit line. Fully used, it would"
        " be enough to buy three carmakers combined."
    )
    text, parts = _article(
        "example.com\n\nFAW Aims to Sell Nearly 6 Million Vehicles a Year by 2023\n\nChina's FAW"
        " Group aims to reach sales of 5.9 million new vehicles by 2023, with profits over RMB"
        " 80 billion.\n\nRelated: Former Design Director Joins FAW as Vice President\n\n"
        f"{story}\n\nRelated: FAW Secures Record Credit Line\n\n{last}\n\nNotify of\n"
    )
    body = text[parts.body_start : parts.body_end]
    assert story in body
    assert last in body
    # an image's alt text between the two paragraphs after the link
    one = (
        "As of the end of November, Aion's cumulative sales had reached 434,056 vehicles, a"
        " year-on-year increase of 79.99 percent."
    )
    two = "Aion has set a target of selling another 1 million vehicles by 2025 and intends to grow."
    text, parts = _article(
        "example.com\n\nAion passes a milestone\n\nAion launched Hyper, a high-end luxury"
        " sub-brand, which has so far introduced three distinct models.\n\nRelated: The"
        f" 1,224hp Aion Hyper SSR Goes on Sale in China\n\n{one}\n\naion ll\n\n{two}\n",
        "",
    )
    assert text[parts.body_start : parts.body_end].endswith(two)


# heldout118-125's layout classes (rdr16)
LAYOUT_CLASSES += [
    (  # a release's summary bullets over its dateline, no headline (DZ08): the dateline
        # under the bullets still gives the date and the wire
        "release-bullets-over-dateline",
        "example.com\n\n-- Fourth Quarter Revenues of RMB 672.0 million, up 25.3% year over"
        " year\n-- Fourth Quarter Net income of RMB 58.2 million\n-- Fourth Quarter volume up"
        " 41.6% year over year\n-- Full Year volume up 42.8% year over year\n-- Full Year"
        " Revenues of RMB 2,444.3 million\n-- Full Year Net income of RMB 168.7 million\n"
        "BEIJING, March 08, 2021 (GLOBE NEWSWIRE) -- ",
        None,
        date(2021, 3, 8),
        "GLOBE NEWSWIRE",
        "-- Fourth Quarter Revenues",
    ),
]
LAYOUT_CLASSES += [
    (  # a bare lower-case 'date' label before an ISO date, no colon (EO01, EO09)
        "bare-date-label-iso-date",
        f"example.com\n\n{H}\n\ndate 2023-09-19\n\n",
        H,
        date(2023, 9, 19),
        "example.com",
        FIRST,
    ),
    (  # the same label fused before the headline on its line (EX06, FA08, FC11)
        "bare-date-label-fused-before-headline",
        f"example.com\n date 2019-11-12 {H}\n\n",
        H,
        date(2019, 11, 12),
        "example.com",
        FIRST,
    ),
]
LAYOUT_CLASSES += [
    (  # a text-size stepper flattened under the headline (DW12)
        "font-size-stepper-under-headline",
        f"example.com\n\n{H}\n\n+ ↺ − 16 px\n\n",
        H,
        None,
        "example.com",
        FIRST,
    ),
    (  # a sign-up dialog above the headline: prompts and their fine print (DR11)
        "signup-dialog-above-headline",
        "example.com\n\nJoin today and have your say! It’s FREE!\n\n"
        "Become a member today, It's free!\n\nWe will not release or resell your information"
        " to third parties without your permission.\nPlease Try Again\nBy providing my email,"
        " I consent to receiving investment related electronic messages from Example.\n\n"
        "Sign In\n\nAn email was sent with password retrieval instructions. Please go to the"
        " link in the email message to retrieve your password.\n\n"
        f"Become a member today, It's free!\n\n{H}\n\n",
        H,
        None,
        "example.com",
        FIRST,
    ),
    (  # a paywall tag closing the headline is no part of it (DT05)
        "paywall-tag-after-headline",
        f"example.com\n\nSubscriber Login\n\n{H} [free access]\n\nJanuary 11, 2021\n\n",
        H,
        date(2021, 1, 11),
        "example.com",
        FIRST,
    ),
    (  # a breadcrumb whose arrows are glued onto the sections before them (DU06)
        "glued-arrow-breadcrumb-over-date-line",
        f"example.com\n\nChina Daily\n\nAsia Pacific> Asia Weekly> Content\n"
        f"Monday, September 24, 2018, 12:32\n{H}\nBy Li Wei in Melbourne\n\n",
        H,
        date(2018, 9, 24),
        "example.com",
        FIRST,
    ),
    (  # a banner's image file name, spaces in it, over a date line and the headline (DU06)
        "spaced-image-file-name-over-date-line",
        f"example.com\n2024 Summer Sale Banner.gif\n\nMonday, September 24, 2018, 12:32\n{H}\n\n",
        H,
        date(2018, 9, 24),
        "example.com",
        FIRST,
    ),
    (  # the headline printed again with its Chinese translation appended (DW05)
        "headline-again-with-chinese-translation",
        f"example.com\n\n{H}\n\n{H}-无锡将建20座加氢站\nPublished on: October 9, 2018\n\n",
        H,
        date(2018, 10, 9),
        "example.com",
        FIRST,
    ),
    (
        "headline-with-chinese-translation",
        "example.com\n\nBYD opens a plant in Hungary | 比亚迪在匈牙利建厂\n\n",
        "BYD opens a plant in Hungary",
        None,
        "example.com",
        FIRST,
    ),
    (  # a release's summary bullets written with two hyphens under "In this article:" (DT06)
        "double-hyphen-summary-bullets",
        "example.com\n\nNiu Technologies Announces Second Quarter 2022 Financial Results\n\n"
        "In this article:\n\n-- Second Quarter Revenues of RMB 827.6 million, down 12.4% year"
        " over year\n\n-- Second Quarter Net income of RMB 14.4 million, compared with net"
        " income of RMB 91.8 million in the same period of last year\n\n"
        "BEIJING, Aug. 15, 2022 (GLOBE NEWSWIRE) -- ",
        "Niu Technologies Announces Second Quarter 2022 Financial Results",
        date(2022, 8, 15),
        "GLOBE NEWSWIRE",
        "-- Second Quarter Revenues of RMB 827.6 million",
    ),
    (  # a time label in the date line ("Last Updated At:19:00") names no outlet (DR02)
        "updated-at-time-label-no-source",
        f"example.com\n\n{H}\n\n2024-04-11 19:00 Last Updated At:19:00\n\n",
        H,
        date(2024, 4, 11),
        "example.com",
        FIRST,
    ),
    (  # ... so the release's wire credit in its dateline is the source
        "updated-at-time-label-wire-dateline",
        f"example.com\n\n{H}\n\n2024-04-11 19:00 Last Updated At:19:00\n\n"
        "GOTHENBURG, Sweden--(BUSINESS WIRE)--Apr 11, 2024--\n\n",
        H,
        date(2024, 4, 11),
        "BUSINESS WIRE",
        "GOTHENBURG, Sweden--(BUSINESS WIRE)--",
    ),
    (  # an outlet and the network sharing its story in the dateline: the first (DR06)
        "outlet-pair-in-dateline",
        f"example.com\n\n{H}\n\nJAKARTA (The Straits Times/Asia News Network): ",
        H,
        None,
        "The Straits Times",
        "JAKARTA (The Straits Times/Asia News Network): Jinan",
    ),
    (  # a wire opening a dateline's dated bracket, a comma after the place (DQ08)
        "wire-opening-dated-bracket",
        f"example.com\n\n{H}\n\nMuhammad Irfan Published December 13, 2023 | 02:30 PM\n\n"
        "SHENYANG, (APP - UrduPoint / Pakistan Point News - 13th Dec, 2023) ",
        H,
        date(2023, 12, 13),
        "APP",
        "SHENYANG, (APP - UrduPoint",
    ),
    (  # a site banner over the headline, an AI summary, then the release's newswire dateline
        # far down: the newswire is the source (DR01)
        "site-banner-release-newswire-under-summary",
        "stocktitan.net\n\nSTOCK TITAN\n\nPolestar Releases Third Quarter 2023 Financial Results"
        "\n\nRhea-AI Impact\n(Neutral)\nRhea-AI Sentiment\n(Neutral)\nTags\nRhea-AI Summary\n"
        f"{DECK}.\nPositive\n  • Revenue and car deliveries grew sharply.\n  • Gross profit fell.\n"
        "  • The operating loss narrowed by 32%.\nNegative\n  • None.\n\n"
        "GOTHENBURG, Sweden--(BUSINESS WIRE)-- ",
        "Polestar Releases Third Quarter 2023 Financial Results",
        None,
        "BUSINESS WIRE",
        DECK,
    ),
    (  # a "Photo shows ..." caption with its provider's credit over a wire dateline, no
        # headline (DQ01)
        "photo-shows-caption-over-wire-dateline",
        "example.com\nPhoto shows company staff working on a charging site (Photo provided by"
        " Example Power Supply Company)\nBEIJING, Jan. 19 (Xinhua) -- ",
        None,
        None,
        "Xinhua",
        "BEIJING, Jan. 19 (Xinhua) -- Jinan",
    ),
    (  # a broker note's "Core views" heading over its points, no headline: it opens the body
        # and is no title (DP05)
        "core-views-heading-no-headline",
        "example.com\n\nCore views\n",
        None,
        None,
        "example.com",
        "Core views\nJinan",
    ),
    (  # a photo caption under a byline opened by a relative time, over the first paragraph:
        # the headline is over the byline, the caption opens the body (DQ05)
        "caption-under-ago-byline",
        f"example.com\n\n{H}\n\n2 months ago by Mark Kane 6\n\nGAC Motor’s self-driving car\n\n",
        H,
        None,
        "example.com",
        "GAC Motor’s self-driving car",
    ),
    (
        "ago-byline-over-first-paragraph",
        f"example.com\n\n{H}\n\n3 hours ago by Li Wei\n\n",
        H,
        None,
        "example.com",
        FIRST,
    ),
    (  # a headline and its deck set together, a section's crosshead set apart by blank lines
        # under them: the headline is the title, the deck opens the body (DU13)
        "crosshead-apart-under-headline-and-deck",
        f"example.com\n{H}\n{DECK}\n\n\nApollo Go takes off\n",
        H,
        None,
        "example.com",
        DECK,
    ),
    (  # an icon font's sprite names run together over the date line (DX07)
        "icon-sprite-line-over-date-line",
        "example.com\n\nicon bookmark-bicon cameraicon checkicon chevron downicon closeicon"
        f" searchicon shareicon tagsicon fm\n30 Dec, 2023 14:58\n{H}\n\n",
        H,
        date(2023, 12, 30),
        "example.com",
        FIRST,
    ),
    (  # a newsletter sign-up prompt over a page with no headline (DX11)
        "signup-colon-prompt-no-headline",
        "example.com\n\nSign up now: Get insights on the week's car market news\n\n",
        None,
        None,
        "example.com",
        FIRST,
    ),
    (  # a story's second page opened by its pagination label, no headline (ED11)
        "continued-from-page-label",
        "example.com\n\nContinued from page 1\n\n",
        None,
        None,
        "example.com",
        FIRST,
    ),
    (  # a site's news-room section label over the date line and the headline (DY03)
        "newsroom-section-label-over-date-line",
        f"example.com\nNews Room - Business/Economics\n\nPosted on 08 Aug 2024\n\n{H}\n\n",
        H,
        date(2024, 8, 8),
        "example.com",
        FIRST,
    ),
    (  # the page title with the site's suffix, a "Hot Keywords" menu of bulleted links, then
        # the headline again over the date line (ED04): the headline under the menu
        "hot-keywords-menu-between-page-title-and-headline",
        f"example.com\n\n{H}-Example Metals Market\n\nHot Keywords\n\n  • Nickel market\n"
        f"  • Copper\n  • Inventory data\n  • Morning comments\n\n{H}\n\n"
        "Aug 12, 2019 Source:Example Auto Network\n",
        H,
        date(2019, 8, 12),
        "Example Auto Network",
        FIRST,
    ),
    (  # a "Modified on" label in the date line names no outlet (ED09)
        "posted-modified-on-labels-no-source",
        f"example.com\n\n{H}\n\nPosted on : 2022-08-03 17:06 KST Modified on : 2022-08-03"
        " 17:06 KST\n",
        H,
        date(2022, 8, 3),
        "example.com",
        FIRST,
    ),
    (  # an agency-and-place byline over a date line with a bare "Update:" label (DX01): the
        # agency is the source, the headline above the byline the title
        "agency-dot-place-byline-over-update-label",
        f"example.com\n\nONLINE EDITION\n\n{H}\n\nAFP . Hong Kong\n"
        "29 Sep 2022 15:15:40 | Update: 29 Sep 2022 15:23:05\n",
        H,
        date(2022, 9, 29),
        "AFP",
        FIRST,
    ),
    (  # the headline printed twice over a release's lead opened by its day-first dotted date
        # (ED12): the date is header, the lead body
        "dotted-date-opening-release-lead",
        f"example.com\n\n{H}\n\n{H}\n\n05.05.2022: {FIRST}\n\n",
        H,
        date(2022, 5, 5),
        "example.com",
        FIRST,
    ),
    (  # an author line fusing the outlet and the date before the lead (EA02)
        "author-line-fusing-outlet-and-date",
        f"example.com\n\n{H}\n\nBy Li Wei  From Example.comJanuary 23, 2013 (Shanghai January"
        " 22) - ",
        H,
        date(2013, 1, 23),
        "Example.com",
        "By Li Wei",
    ),
    (  # a hard-wrapped wire lead crediting its wire in brackets, no headline (DX13)
        "hard-wrapped-wire-lead-bracketed-wire",
        "example.com\n\nBEIJING, Aug 22 (Reuters) - Chinese automakers have had\n"
        "their toughest first half since the global financial crisis, and\n",
        None,
        None,
        "Reuters",
        "BEIJING, Aug 22 (Reuters) - Chinese automakers",
    ),
    (  # a release's newswire alone on the line under the headline (DZ01)
        "newswire-line-under-headline",
        f"example.com\n\n{H}\nMarketwire\n\n",
        H,
        None,
        "Marketwire",
        FIRST,
    ),
    (  # a dateline cut at its opening bracket, no headline (EB08)
        "dateline-cut-at-opening-bracket",
        "example.com\n\nYicai Global) Feb. 10 -- ",
        None,
        None,
        "Yicai Global",
        "Yicai Global) Feb. 10 -- Jinan",
    ),
    (  # a podcast page: a tab label, the host's greeting and a rundown heading over its
        # items, no headline (EB05): the rundown opens the body
        "podcast-rundown-no-headline",
        "example.com\n\nDescription\nHi everyone. I'm Li Wei.\nComing up on today's program\n"
        "Jinan's truck sales rose in December;\n",
        None,
        None,
        "example.com",
        "Coming up on today's program",
    ),
    (  # an article's action bar and bulleted share services between the date line and the
        # byline push the wire's in-body dateline down; they are header (ED05)
        "action-bar-and-bulleted-share-services-under-date-line",
        f"example.com\n\n{H}\n\nTue Oct 9, 2012 4:12am EDT\nEmail This Article |\n"
        "Share This Article\n  • Facebook\n  • LinkedIn\n  • Twitter\n"
        "| Print This Article | Single Page\n[-] Text [+]\n\nBy Li Wei and Wang Fang\n\n"
        "BEIJING (Reuters) - ",
        H,
        date(2012, 10, 9),
        "Reuters",
        "BEIJING (Reuters) - Jinan",
    ),
    (
        "paywall-tag-premium-after-headline",
        "example.com\n\nBYD opens a plant in Hungary (Premium)\n\n",
        "BYD opens a plant in Hungary",
        None,
        "example.com",
        FIRST,
    ),
    (  # a reading time in minutes and seconds under the headline (heldout178 FX10)
        "read-time-minutes-and-seconds",
        f"example.com\n\n{H}\n\n5 minutes, 12 seconds Read\n\n",
        H,
        None,
        "example.com",
        FIRST,
    ),
    (  # a site's section name between dashes closing the headline (heldout176 FV05)
        "section-between-dashes-after-headline",
        f"example.com\n{H} – Society –\n\n",
        H,
        None,
        "example.com",
        FIRST,
    ),
    (  # a translated repost's label before the headline (heldout184 GD07)
        "original-title-label",
        f"example.com\noriginal title:{H}\n",
        H,
        None,
        "example.com",
        FIRST,
    ),
    (  # a photo caption with a trailing file-photo credit in the headline's place (GC06)
        "file-photo-credit-caption-over-body",
        "example.com\ndate 2019-07-31\n\nEmployees work on the batteries of an electric bus at"
        " a factory in Lancaster, California, US. File photo: VCG\n\n",
        None,
        date(2019, 7, 31),
        "example.com",
        "Employees work on the batteries",  # a caption is body (SPEC)
    ),
    (  # a reading time under one minute, labelled (heldout179 FY09)
        "read-time-under-a-minute",
        f"example.com\n{H}\n\nReading Time: < 1 minute\n\n",
        H,
        None,
        "example.com",
        FIRST,
    ),
]


def test_long_exclaimed_headline_over_lead() -> None:
    """A headline written as one long exclamation (16 words or more read as prose) alone under
    the site line, over a first paragraph at least twice as long (ED10): the headline."""
    headline = (
        "Korean media: Korean battery makers are overtaken by Chinese rivals for the first time"
        " in markets outside China!"
    )
    lead = (
        "On June 7, a Korean newspaper said that in the battery market outside China, Korean"
        " makers have been overtaken by Chinese companies for the first time, and that the"
        " operating profit of the leading Chinese maker is seven times that of its rival."
    )
    text = f"example.com\n\n{headline}\n\n{lead}\n\n{BODY}"
    parts = parse_article(text)
    assert (parts.title, parts.published, parts.source) == (headline, None, "example.com")
    assert text[parts.body_start :].startswith(lead)
    # a question as long, over a paragraph no longer than twice it, stays the first paragraph
    question = headline.replace("!", "?")
    parts = parse_article(f"example.com\n\n{question}\n\n{BODY}")
    assert parts.title is None


def test_closing_bracketed_date_no_dateline() -> None:
    """A bare date in brackets closing the last paragraph of a page with no dateline (DX06,
    CS04): the published date; the bracket is footer."""
    text = f"example.com\n\n{H}\n\n{BODY.rstrip()} (November 22, 2012)\n"
    parts = parse_article(text)
    assert (parts.title, parts.published, parts.source) == (H, date(2012, 11, 22), "example.com")
    assert _body(text, parts).endswith(LAST_BODY_LINE)
    # a dated bracket inside the paragraph is no closing date
    parts = parse_article(f"example.com\n\n{H}\n\n{BODY.rstrip()} (November 22, 2012) ok.\n")
    assert parts.published is None


def test_credited_caption_over_headline_and_bullets() -> None:
    """A page of a photo caption closed by its credit, the headline under it and summary
    bullets, no prose (DP10, BM14): the headline under the caption is the title and the
    bullets open the body (LAYOUT_CLASSES' pages all end in prose)."""
    caption = (
        "Buyers have bought more than 500 units of the minivan since it went on sale in April."
        " Photo: SAIC Weibo"
    )
    bullets = (
        "- SAIC Maxus aims to double sales of its MIFA 9 EV minivan to 1,000 by October\n"
        "- The number of registered plug-in EVs jumped 84 per cent year on year as of May\n"
    )
    text = f"example.com\n\n{caption}\n{H}\n{bullets}"
    parts = parse_article(text)
    assert (parts.title, parts.published, parts.source) == (H, None, "example.com")
    assert text[parts.body_start :] == bullets
    # a caption with no headline under it (a short label) leaves the page untitled
    parts = parse_article(f"example.com\n\n{caption}\nGallery\n{bullets}")
    assert parts.title is None


@pytest.mark.parametrize(
    ("header", "title", "published", "source", "opening"),
    [case[1:] for case in LAYOUT_CLASSES],
    ids=[case[0] for case in LAYOUT_CLASSES],
)
def test_layout_classes(
    header: str, title: str, published: date | None, source: str, opening: str
) -> None:
    text, parts = _article(header)
    assert (parts.title, parts.published, parts.source) == (title, published, source)
    assert text[parts.body_start :].startswith(opening)
    assert _body(text, parts).endswith(LAST_BODY_LINE)
    # the headline's second copy inside the body range is skipped as header
    visible = _body(text, parts)
    for start, end in sorted(parts.skip, reverse=True):
        a, b = start - parts.body_start, end - parts.body_start
        visible = visible[:a] + visible[b:]
    assert title is None or title not in visible


# heldout14's layout classes (and heldout12's caption and summary label): (id, header, footer,
# title, published, source, first body line); BODY stands between header and footer
GW = "Great Wall Motors to build a solely-owned plant in Russia's Tula region"
NR = "NIO Inc. Reports Unaudited Fourth Quarter 2023 Financial Results"
NR_LEAD = (
    "SHANGHAI, March 5, 2024 (GLOBE NEWSWIRE) -- NIO Inc. today announced its unaudited "
    "financial results for the fourth quarter of 2023.\n\n"
)
HIGHLIGHTS = (
    "Quarterly Total Revenues reached RMB17,103.2 million (US$2,408.9 million)\n\n"
    "Quarterly Vehicle Deliveries were 50,045 units\n\n"
)
# a page's first paragraph, long enough that the header search stops there (a date line in
# the footer is then no header dateline)
LONG = (
    "Turkey will impose an additional 40% import tariff on fuel and hybrid passenger cars made "
    "in China, with a minimum of US$7,000 per vehicle, the decree published on Saturday says.\n\n"
)
HELDOUT14_CLASSES = [
    # 1. a wire credit in brackets alone on a line by the date line names the source
    (
        "bracketed-credit-over-date-line",
        f"chinadaily.com.cn\n\n{GW}\n\n(Reuters)\nUpdated: 2014-05-22 13:45\n\n",
        "",
        GW,
        date(2014, 5, 22),
        "Reuters",
        FIRST,
    ),
    (
        "bracketed-credit-under-date-line",
        f"example.com\n\n{GW}\n\nUpdated: 2014-05-22 13:45\n(Xinhua)\n\n",
        "",
        GW,
        date(2014, 5, 22),
        "Xinhua",
        FIRST,
    ),
    (  # look-alike: a bracketed label that names no outlet
        "bracketed-label-over-date-line",
        f"example.com\n\n{GW}\n\n(Part 2)\nUpdated: 2014-05-22 13:45\n\n",
        "",
        GW,
        date(2014, 5, 22),
        "example.com",
        FIRST,
    ),
    # 2. a source field on its own line under the dateline, a meta bar's separator before it
    (
        "slashed-source-field-under-dateline",
        f"yicaiglobal.com\n\n{GW}\nZhang Yushuo\nDATE:  Apr 16 2025\n/ SOURCE:  Yicai\n\n",
        "",
        GW,
        date(2025, 4, 16),
        "Yicai",
        FIRST,
    ),
    (
        "piped-source-field-under-dateline",
        f"example.com\n\n{GW}\n\nDate: 2024-02-01\n| Source: Xinhua\n\n",
        "",
        GW,
        date(2024, 2, 1),
        "Xinhua",
        FIRST,
    ),
    (  # look-alike: a second date field names no outlet
        "slashed-update-field-under-dateline",
        f"example.com\n\n{GW}\n\nDate: 2024-02-01\n/ Updated: 2024-02-02\n\n",
        "",
        GW,
        date(2024, 2, 1),
        "example.com",
        FIRST,
    ),
    # 3. a press release's highlight lines above its dateline are summary lines (body)
    (
        "highlights-above-release-dateline-no-headline",
        f"finanznachrichten.de\n\n{HIGHLIGHTS}{NR_LEAD}",
        "",
        None,
        date(2024, 3, 5),
        "GLOBE NEWSWIRE",
        "Quarterly Total Revenues",
    ),
    (
        "highlights-under-release-headline",
        f"example.com\n\n{NR}\n\nTotal revenues were RMB13.05 billion for the quarter\n\n"
        f"Gross margin was 6.2% for the quarter\n\n{NR_LEAD}",
        "",
        NR,
        date(2024, 3, 5),
        "GLOBE NEWSWIRE",
        "Total revenues were",
    ),
    (  # look-alike: one past-tense line alone is the headline
        "one-metric-headline-above-release-dateline",
        f"example.com\n\nNIO's quarterly deliveries were 50,045 units\n\n{NR_LEAD}",
        "",
        "NIO's quarterly deliveries were 50,045 units",
        date(2024, 3, 5),
        "GLOBE NEWSWIRE",
        "SHANGHAI, March 5, 2024",
    ),
    # 4. photo credits: photographer then agency, and "Provided to <outlet>" closing a caption
    (
        "photographer-agency-credit-no-headline",
        "markets.businessinsider.com\n\nNg Han Guan/Associated Press\n\n",
        "",
        None,
        None,
        "markets.businessinsider.com",
        FIRST,
    ),
    (
        "photographer-agency-credit-above-headline",
        f"example.com\n\nQilai Shen/Bloomberg via Getty Images\n\n{GW}\n\n",
        "",
        GW,
        None,
        "example.com",
        FIRST,
    ),
    (
        "provided-to-caption-under-bare-date",
        "chinadaily.com.cn\n\n2011-04-25\n\n"
        "The new SUV made its debut at the Beijing auto show. Provided to China Daily |\n",
        "",
        None,
        date(2011, 4, 25),
        "chinadaily.com.cn",
        "The new SUV made its debut",
    ),
    (  # look-alikes: a slash and a "provided by" inside headlines
        "slashed-makers-headline",
        "example.com\n\nBYD/Toyota venture opens its first plant in Tianjin\n\n",
        "",
        "BYD/Toyota venture opens its first plant in Tianjin",
        None,
        "example.com",
        FIRST,
    ),
    (
        "provided-by-headline",
        "example.com\n\nBatteries provided by CATL power the new Nio sedan\n\n",
        "",
        "Batteries provided by CATL power the new Nio sedan",
        None,
        "example.com",
        FIRST,
    ),
    # 5. "Publish:" and "Post time:" labels, and a Mon-DD-YYYY date
    (
        "publish-label-after-category",
        f"greatwalljordan.com\n\n{GW}\n\nCategory:News Publish:2014-05-22\n\n",
        "",
        GW,
        date(2014, 5, 22),
        "greatwalljordan.com",
        FIRST,
    ),
    (
        "post-time-label-month-day-year",
        f"example.com\n\n{GW}\n\nPost time: Apr-19-2024\n\n",
        "",
        GW,
        date(2024, 4, 19),
        "example.com",
        FIRST,
    ),
    (  # look-alike: a headline naming a date is no dateline
        "headline-naming-month-day-year",
        "example.com\n\nTesla to post its third-quarter results on Oct-18-2024\n\n",
        "",
        "Tesla to post its third-quarter results on Oct-18-2024",
        None,
        "example.com",
        FIRST,
    ),
    # 6. a labelled post date closing a page that has no dateline dates it
    (
        "post-time-in-footer-after-disclaimer",
        f"oujiangroup.com\n\n{GW}\n\n",
        "\nThe pictures and texts are from the Internet, if infringed, please delete.\n"
        "\nPost time: Jul-08-2024\n",
        GW,
        date(2024, 7, 8),
        "oujiangroup.com",
        LONG,
    ),
    (  # a date alone on the page's last line (with a separator) dates it too
        "bare-date-line-closing-page",
        f"example.com\n\n{GW}\n\n",
        "\n\n25.05.2020   |  \n",
        GW,
        date(2020, 5, 25),
        "example.com",
        LONG,
    ),
    (
        "published-label-in-footer",
        f"example.com\n\n{GW}\n\n",
        "\nPublished: 2023-05-02 10:20\n",
        GW,
        date(2023, 5, 2),
        "example.com",
        LONG,
    ),
    (  # look-alikes: the header's dateline wins; a copyright year is no date
        "footer-date-under-header-dateline",
        f"example.com\n\n{GW}\n\nDate: 2022-01-04\n\n",
        "\nUpdated: 2023-05-02\n",
        GW,
        date(2022, 1, 4),
        "example.com",
        LONG,
    ),
    (
        "copyright-year-in-footer",
        f"example.com\n\n{GW}\n\n",
        "\nCopyright 2024 Example Media\n",
        GW,
        None,
        "example.com",
        LONG,
    ),
    # 7. a summary list's heading opens the body; a reading prompt is no headline
    (
        "key-points-heading-over-crossheads",
        "fastmarkets.com\n\nFastmarkets monthly battery raw materials update\nMay 2025\n"
        "Read our May update below\nKey points\n-\nCobalt prices hold steady\n",
        "",
        "Fastmarkets monthly battery raw materials update",
        None,
        "fastmarkets.com",
        "Key points",
    ),
    (
        "just-the-facts-label-over-bullets",
        "example.blogspot.com\n\nChinese automaker Dongfeng backs up EV\n\nJust the Facts:\n"
        "- Dongfeng wants new-energy cars to account for 20 percent of its sales by 2015.\n",
        "",
        "Chinese automaker Dongfeng backs up EV",
        None,
        "example.blogspot.com",
        "Just the Facts:",
    ),
    (  # an aggregator's summary of a wire story
        "key-take-aways-label-over-bullets",
        "example.com\n\nNio's quarterly deliveries rise but fall short of projections\n\n"
        "Key Take-Aways:\n\n  • Nio's deliveries of electric vehicles in the quarter rose by "
        "27% compared with a year earlier, the company said.\n",
        "",
        "Nio's quarterly deliveries rise but fall short of projections",
        None,
        "example.com",
        "Key Take-Aways:",
    ),
    (  # look-alikes: headlines that open with a summary word or ask to be read
        "key-points-headline",
        "example.com\n\nKey points of China's new EV purchase tax plan\n\n",
        "",
        "Key points of China's new EV purchase tax plan",
        None,
        "example.com",
        FIRST,
    ),
    (
        "read-the-report-headline",
        "example.com\n\nRead the report that shook the battery industry\n\n",
        "",
        "Read the report that shook the battery industry",
        None,
        "example.com",
        FIRST,
    ),
]


@pytest.mark.parametrize(
    ("header", "footer", "title", "published", "source", "opening"),
    [case[1:] for case in HELDOUT14_CLASSES],
    ids=[case[0] for case in HELDOUT14_CLASSES],
)
def test_heldout14_layout_classes(
    header: str,
    footer: str,
    title: str | None,
    published: date | None,
    source: str,
    opening: str,
) -> None:
    body_text = LONG + BODY if opening == LONG else BODY  # the footer cases
    text, parts = _article(header, body_text, footer)
    assert (parts.title, parts.published, parts.source) == (title, published, source)
    assert text[parts.body_start :].startswith(opening)
    body = _body(text, parts)
    assert body.endswith(LAST_BODY_LINE)
    assert title is None or title not in body


@pytest.mark.parametrize(
    "text",
    [
        "  a \u2028 b \n\r\n x\r",
        "\u3000headline\u3000\n\n\tbody line\t\n",
        "",
        "\n\n",
        " \x1c z \x85\n",
        "no newline at all",
        *(read_text(a)[0] for a in ARTICLES[:40]),
    ],
)
def test_lines_are_the_line_regex_matches(text: str) -> None:
    # _lines splits and strips (cheaper); it must give exactly _LINE_RE's matches
    expected = [(*m.span(), m.group()) for m in reader._LINE_RE.finditer(text)]
    assert [tuple(line) for line in reader._lines(text)] == expected


# Reader pass 8: the layout classes of heldout15-17's header misses and of real page headers
# from stored pages (reworded), each with look-alikes that are not it: (id, header, title,
# published, source, first body line). The header is followed by BODY; a header may carry its
# own first paragraph (PARA) where a class needs a long one.
CATL = "CATL partners with oil giant Sinopec to build 10,000 battery swap stations"
SH = "Shanghai: More than half of new cars will be electric by 2025"
PARA = (
    "Gotion High Tech, a Chinese battery manufacturer, has said that it intends to locate a "
    "third of its production capacity outside of China by 2025, to meet demand from carmakers "
    "and energy storage customers abroad.\n\n"
)
GOTION = "Gotion, a Chinese battery maker, wants to sell a third of what it makes."
READER8_CLASSES = [
    # 1. a byline bar with the author's profile links is header, not the headline (N08)
    (
        "byline-profile-links",
        f"eletric-vehicles.com\n\n{CATL}\n\nWritten by Cláudio Afonso | LinkedIn | X\n",
        CATL,
        None,
        "eletric-vehicles.com",
        FIRST,
    ),
    (
        "byline-profile-links-by",
        f"example.com\n\n{CATL}\n\nBy Li Wei | Twitter | Email\n\n",
        CATL,
        None,
        "example.com",
        FIRST,
    ),
    (  # not it: a byline bar with a date is the dateline
        "byline-bar-with-date-is-dateline",
        f"example.com\n\n{CATL}\n\nBy Li Wei | China Daily | 2024-05-27 09:21\n\n",
        CATL,
        date(2024, 5, 27),
        "China Daily",
        FIRST,
    ),
    # 2. a reposting site's notice under the headline (J01)
    (
        "repost-notice-this-site",
        f"dailybuzz.example.com\n\n{CATL}\n\nThis post was originally published on this site\n\n"
        "https://i-invdn-com.example.net/trkd-images/LYNXNPEG1Q07J_L.jpg\n\nBEIJING (Reuters) – ",
        CATL,
        None,
        "Reuters",
        "BEIJING (Reuters) – " + FIRST,
    ),
    (
        "repost-notice-named-outlet",
        f"example.com\n\n{CATL}\n\nThis article first appeared on Nikkei Asia.\n\n",
        CATL,
        None,
        "example.com",
        FIRST,
    ),
    (  # not it: a headline about a first publication
        "headline-about-first-publication",
        "example.com\n\nBattery study first published in Nature sparks a debate on costs\n\n",
        "Battery study first published in Nature sparks a debate on costs",
        None,
        "example.com",
        FIRST,
    ),
    # 3. a photo caption under the headline of a page with no dateline opens the body (G03, G06);
    # a caption closing with a slash credit is never the headline
    (
        "slash-credit-caption-opens-body",
        f"news.example.com\n\n{SH}\n\n"
        "A charging station in Beijing, China, September 8, 2021. /CFP\n",
        SH,
        None,
        "news.example.com",
        "A charging station in Beijing",
    ),
    (
        "bracket-credit-caption-opens-body",
        "www.example.com\n\nChinese carmakers set sights overseas\n\nNew energy vehicles are "
        "pictured at a smart factory in Chongqing, Jan. 9, 2025. [Photo/Xinhua]\n\n",
        "Chinese carmakers set sights overseas",
        None,
        "www.example.com",
        "New energy vehicles are pictured",
    ),
    (  # ... a caption after the dateline is body as ever, with its byline skipped
        "slash-credit-caption-after-dateline",
        f"news.example.com\n\n{SH}\n\nUpdated 21:14, 03-Mar-2022\n\nCGTN\n\n"
        "A charging station in Beijing. / Xinhua\n\n",
        SH,
        date(2022, 3, 3),
        "CGTN",
        "A charging station in Beijing. / Xinhua",
    ),
    (  # ... but a caption over a place-only dateline is header, as over a wire dateline
        "caption-over-place-dateline",
        f"news.example.com\n\n{SH}\n\nA charging station in Beijing. /CFP\n\nBEIJING — ",
        SH,
        None,
        "news.example.com",
        "BEIJING — " + FIRST,
    ),
    (  # not it: a slash inside a headline is no credit
        "slash-inside-headline",
        "example.com\n\nBYD/Toyota venture opens its first plant in Tianjin\n\n",
        "BYD/Toyota venture opens its first plant in Tianjin",
        None,
        "example.com",
        FIRST,
    ),
    # 4. a headline written as one short sentence over a longer paragraph (N06)
    (
        "sentence-headline-under-label",
        f"asiantrade.example.tv\n\nWorld Trade\n\n{GOTION}\n\n{PARA}",
        GOTION,
        None,
        "asiantrade.example.tv",
        PARA.strip(),
    ),
    (
        "sentence-headline-question",
        f"example.com\n\nCan China's battery makers keep their lead abroad?\n\n{PARA}",
        "Can China's battery makers keep their lead abroad?",
        None,
        "example.com",
        PARA.strip(),
    ),
    # 5. a bulleted breadcrumb trail ending in the headline (N09)
    (
        "bulleted-crumbs-headline",
        "carz.example.my\n\n- News\n- EV\n- Nio, CATL Collaborating For Battery Swap Expansion\n",
        "Nio, CATL Collaborating For Battery Swap Expansion",
        None,
        "carz.example.my",
        FIRST,
    ),
    (
        "bulleted-crumbs-dots",
        "example.com\n\n• Home\n• Autos & EVs\n• BYD opens its first plant in Hungary\n\n",
        "BYD opens its first plant in Hungary",
        None,
        "example.com",
        FIRST,
    ),
    # 6. an outlet's name over a year-less date under the headline (J11), or alone under it
    (
        "outlet-over-yearless-date",
        f"itiger.example.com\n\n{CATL}\n\nDeep News\nJul 16\n\n",
        CATL,
        None,
        "Deep News",
        FIRST,
    ),
    (
        "outlet-over-relative-time",
        f"example.com\n\n{CATL}\n\nYicai Global\n3 hours ago\n\n",
        CATL,
        None,
        "Yicai Global",
        FIRST,
    ),
    (  # not it: a section label over the date names no outlet
        "section-label-over-yearless-date",
        f"example.com\n\n{CATL}\n\nBusiness News\nJul 16\n\n",
        CATL,
        None,
        "example.com",
        FIRST,
    ),
    (
        "outlet-alone-under-headline",
        f"prologue.example.com\n{CATL}\nReuters\n",
        CATL,
        None,
        "Reuters",
        FIRST,
    ),
    (  # not it: a press-release marker under the headline names no outlet
        "press-release-marker-under-headline",
        f"example.com\n{CATL}\nPress Release\n",
        CATL,
        None,
        "example.com",
        FIRST,
    ),
    (  # not it: a photo's copyright credit under the date line
        "copyright-photo-credit-no-outlet",
        f"ng.example.com\n\n{CATL}\n\nPublished 14/08/2025, 05:42\n© Reuters\n\n",
        CATL,
        date(2025, 8, 14),
        "ng.example.com",
        "© Reuters",  # (a photo's credit after the dateline is body, as captions are)
    ),
    # 7. dates as real pages print them
    (
        "date-above-headline-place-dash",
        f"www.autos.example.ca\n\nMay 2, 2007\n\n{CATL}\n\nVancouver, British Columbia – ",
        CATL,
        date(2007, 5, 2),
        "www.autos.example.ca",
        "Vancouver, British Columbia – " + FIRST,
    ),
    (
        "month-comma-day-year",
        f"example.ca\n\nbox box\n\n{CATL}\n\nNov, 7 2011\n\nVancouver, BC – ",
        CATL,
        date(2011, 11, 7),
        "example.ca",
        "Vancouver, BC – " + FIRST,
    ),
    (
        "day-with-period-and-share-label",
        f"table.example\n\n{CATL}\nET\n26. September 2023\nLast updated: 24. July 2025\n"
        "Share article:\n",
        CATL,
        date(2023, 9, 26),
        "table.example",
        FIRST,
    ),
    (  # a CMS's empty date field prints the Unix epoch: no date
        "epoch-placeholder-date",
        f"example.com\n\nIndustry dynamics\n\n{CATL}\n\n"
        "Publishtime:1970-01-01 08:00:00 Views:27\n\n",
        CATL,
        None,
        "example.com",
        FIRST,
    ),
    (
        "press-release-date-counter-and-lead",
        f"en.example.com\n\n{CATL}\n\n2011-09-01 17:02 1321\n\n"
        "SHENZHEN, China, September 1, 2011 /PRNewswire-Asia/ -- ",
        CATL,
        date(2011, 9, 1),
        "PRNewswire-Asia",
        "SHENZHEN, China, September 1, 2011 /PRNewswire-Asia/ -- " + FIRST,
    ),
    (
        "mirror-spam-line-and-source-bar",
        f"www.example.com\n\n国产欧美日韩在线视频,正在播放一区二区\n\n{CATL}\n\n"
        "Source: Xinhua| 2018-08-20 14:17:57|Editor: Liangyu\nVideo PlayerClose\n\n"
        "BEIJING, Aug. 20 (Xinhua) -- ",
        CATL,
        date(2018, 8, 20),
        "Xinhua",
        "BEIJING, Aug. 20 (Xinhua) -- " + FIRST,
    ),
    (
        "outlet-in-brackets-before-time-and-date",
        f"en.example.cn\n\n{CATL}\n\n(People's Daily Online) 17:04, November 29, 2022\n\n",
        CATL,
        date(2022, 11, 29),
        "People's Daily Online",
        FIRST,
    ),
]
READER8_CLASSES += [  # more real headers from stored pages
    (
        "empty-author-and-source-fields",
        f"www.example-factory.com\n\nHome > News\n\nHot Product\n\n{CATL}\n\n"
        "Author: Source: Datetime: 2018-03-05 12:52:58\n",
        CATL,
        date(2018, 3, 5),
        "www.example-factory.com",
        FIRST,
    ),
    (
        "in-body-dateline-closed-by-colon",
        f"www.urdupoint.com\n\nOpen Menu\n\n{CATL}\n\nGUANGZHOU, Aug. 27 (UrduPoint / "
        "Pakistan Point News - 27th Aug, 2023 ) :",
        CATL,
        date(2023, 8, 27),
        "UrduPoint",
        "GUANGZHOU, Aug. 27 (UrduPoint",
    ),
    (  # not it: a colon after a bracket that names no outlet
        "colon-after-bracket-no-outlet",
        f"example.com\n\n{CATL}\n\nHEFEI, June 2 (local time): ",
        CATL,
        None,
        "example.com",
        "HEFEI, June 2 (local time): ",
    ),
    (
        "market-ticker-above-headline",
        "uk.finance.example.com\n\nAdvertisement\nUK markets open in 2 hours 47 minutes\n"
        "  • NIKKEI 225\n\n    37,103.74\n    -975.96 (-2.56%)\n     \n  • HANG SENG\n\n"
        "    16,175.55\n    -210.32 (-1.28%)\n     \n\n"
        f"{CATL}\n\nFILE PHOTO: Models pose next to an electric car at the India Auto Expo 2020\n\n"
        "BEIJING (Reuters) -",
        CATL,
        None,
        "Reuters",
        "BEIJING (Reuters) -" + FIRST,
    ),
    (
        "date-and-time-under-headline-then-deck",
        f"www.example.com\n\n{CATL}\nJan 2, 2026 - 16:00\n"
        "The milestone caps an extraordinary rise for the company, which rivals once dismissed.\n",
        CATL,
        date(2026, 1, 2),
        "www.example.com",
        "The milestone caps",
    ),
    (
        "summary-bullets-reading-time-and-caption",
        f"example.com\n\nAdvertisement\n\n{CATL}\n\n  • The carmaker has broken its monthly "
        "sales record for eight straight months\n  • Its rival's November deliveries erased the "
        "record set in October\n\nReading Time:2 minutes\n2\nThe G9 is seen displayed at the "
        "expo in Beijing, China November 28, 2023. Photo: Reuters\nDaniel Ren in Shanghai\n",
        CATL,
        None,
        "example.com",
        "• The carmaker has broken",
    ),
    (  # a caption with its agency credit and no dateline after it opens the body (Z04's layout)
        "caption-and-agency-credit-bar-no-dateline",
        f"example.net\n\n{CATL}\n\nThe company reveals its G6 SUV at a show in Shanghai on "
        "April 18, 2023. Vcg | Visual China Group | Getty Images\n\n",
        CATL,
        None,
        "example.net",
        "The company reveals its G6 SUV",
    ),
]
READER8_CLASSES += [  # a page title closing with its keyword tags
    (
        "title-keyword-tags",
        f"a5qu.example.com\n\n{CATL} | Sales | Europe\n\nRelease time:Apr 14, 2024 01:43 AM\n\n",
        CATL,
        date(2024, 4, 14),
        "a5qu.example.com",
        FIRST,
    ),
    (
        "title-section-tags",
        f"example.com\n\n{CATL} | Opinion | Energy & Mining\n\n",
        CATL,
        None,
        "example.com",
        FIRST,
    ),
    (  # not it: one segment is a column's name, kept (Y01)
        "title-column-suffix-kept",
        f"example.com\n\n{CATL} | Financial Report Insights\n\n",
        f"{CATL} | Financial Report Insights",
        None,
        "example.com",
        FIRST,
    ),
]
READER8_CLASSES += [  # a headline over a short deck, both in sentence case, no dateline
    (
        "sentence-case-headline-over-short-deck",
        "epaper.example.com\nEU tariffs on Chinese EVs face backlash\n"
        "Commerce Ministry slams protectionist move, advocates dialogue, consultation\n",
        "EU tariffs on Chinese EVs face backlash",
        None,
        "epaper.example.com",
        "Commerce Ministry slams protectionist move",
    ),
    (
        "sentence-case-headline-over-deck-blank-lines",
        "example.com\n\nNio raises its swap station goal for the year\n\n"
        "The carmaker now plans thousands of stations, mostly in eastern cities\n\n",
        "Nio raises its swap station goal for the year",
        None,
        "example.com",
        "The carmaker now plans thousands",
    ),
    (  # not it: a title-case slogan over a sentence-case headline
        "title-case-slogan-over-headline",
        "en.example.gov.cn\n\nOpen, Innovative and Green Wuxi\n\n"
        "Wuxi adds hydrogen stations for city buses\n\n",
        "Wuxi adds hydrogen stations for city buses",
        None,
        "en.example.gov.cn",
        FIRST,
    ),
]
# no headline at all: none is made up (look-alikes of the sentence headline and the crumbs)
READER8_NO_TITLE = [
    (
        "two-sentence-opening",
        "example.com\n\nSales of electric cars rose in May. Battery prices fell again.\n\n" + PARA,
    ),
    ("long-first-paragraph", "example.com\n\n" + PARA),
    (
        "summary-bullets-no-headline",
        "example.com\n\n* Q3 net up 1 percent, slowest quarterly gain since Q1 2009\n"
        "* Revenue rises 5 pct to 110 billion yuan on exports\n\n",
    ),
]


@pytest.mark.parametrize(
    "header", [c[1] for c in READER8_NO_TITLE], ids=[c[0] for c in READER8_NO_TITLE]
)
def test_reader8_no_headline_is_made_up(header: str) -> None:
    text, parts = _article(header)
    assert parts.title is None
    first = header.split("\n\n")[1]  # the page's first line after the site opens the body
    assert text[parts.body_start :].startswith(first.split("\n")[0])


DAY_FIRST = [  # numeric dates: month first unless the first number cannot be a month
    ("Published 14/08/2025, 05:42", date(2025, 8, 14)),
    ("Published 08/14/2025, 05:42", date(2025, 8, 14)),
    ("Published 03/04/2025, 05:42", date(2025, 3, 4)),
]


@pytest.mark.parametrize(("dateline", "published"), DAY_FIRST)
def test_day_first_numeric_dates(dateline: str, published: date) -> None:
    _, parts = _article(f"example.com\n\n{CATL}\n\n{dateline}\n\n")
    assert parts.published == published


def test_repost_footer_ends_the_body() -> None:
    footer = f"\nThe post {CATL} appeared first on Reuters News Agency.\n"
    text, parts = _article(f"example.com\n\n{CATL}\n\nCnEVPost | Feb 23, 2022\n\n", BODY, footer)
    assert _body(text, parts).endswith(LAST_BODY_LINE)
    # not it: a paragraph about a post
    text, parts = _article(
        f"example.com\n\n{CATL}\n\nCnEVPost | Feb 23, 2022\n\n",
        BODY + footer.replace("appeared first on", "was read by"),
    )
    assert _body(text, parts).endswith("was read by Reuters News Agency.")


# --- reader pass 9: header layouts of heldout18-20, as classes -------------------------------

XPENG = "XPeng to open 1,000 self-run supercharging stations across China by 2025"
SUMMARY = "As of today, all of Zhejiang's 1,364 townships have public charging piles."
SUZHOU = "Suzhou sets out to become a new energy hub in the year ahead"
READER9_CLASSES = [
    # 1. a labelled date field in any date style: a two-digit year, read year first after a
    # dash as Chinese CMSes print it (A06), the four-digit styles' orders otherwise, a Chinese
    # date; "Pub Date:" and "Publication date:" labels
    (
        "pub-date-two-digit-year",
        f"english.example.com\n\n{CATL}\n\nPub Date:24-03-15 09:12 Source:Xinhua\n\n",
        CATL,
        date(2024, 3, 15),
        "Xinhua",
        FIRST,
    ),
    (
        "publication-date-day-first-short-year",
        f"example.com\n\n{CATL}\n\nPublication date: 15/03/24 | Source: China Daily\n\n",
        CATL,
        date(2024, 3, 15),
        "China Daily",
        FIRST,
    ),
    (
        "posted-month-first-short-year",
        f"example.com\n\n{CATL}\n\nPosted: 11/08/23 | By Li Wei\n\n",
        CATL,
        date(2023, 11, 8),
        "example.com",
        FIRST,
    ),
    (
        "release-date-chinese-style",
        f"example.com\n\n{CATL}\n\nRelease date: 2023年11月8日 Source: Gasgoo\n\n",
        CATL,
        date(2023, 11, 8),
        "Gasgoo",
        FIRST,
    ),
    (  # not it: a short numeric date with no label is a code, not a dateline
        "unlabelled-short-date-is-no-date",
        f"example.com\n\n{CATL}\n\nRef. 23-07-20\n\n",
        CATL,
        None,
        "example.com",
        FIRST,
    ),
    (  # not it: "1-2-23" is no year-first date
        "one-digit-year-first-is-no-date",
        f"example.com\n\n{CATL}\n\nDate: 1-2-23\n\n",
        CATL,
        None,
        "example.com",
        FIRST,
    ),
    # 2. a widget's label glued onto a date ("iconDec 26, 2024 20:27", C02) with a source
    # field under it; a breadcrumb repeating the headline above
    (
        "icon-glued-date-source-field",
        f"news.example.com\n\nHome / Metal News / {XPENG}\n\n{XPENG}\n\n"
        "iconDec 26, 2024 20:27\nSource:gasgoo\n",
        XPENG,
        date(2024, 12, 26),
        "gasgoo",
        FIRST,
    ),
    (
        "clock-icon-iso-date-outlet",
        f"example.com\n\n{XPENG}\n\nclock icon 2024-12-26 10:20 | Reuters\n\n",
        XPENG,
        date(2024, 12, 26),
        "Reuters",
        FIRST,
    ),
    (
        "calendar-glued-date",
        f"example.com\n\n{XPENG}\n\ncalendarJul 3, 2023\n\n",
        XPENG,
        date(2023, 7, 3),
        "example.com",
        FIRST,
    ),
    (  # a source field glued onto the date (a university's news column)
        "source-field-glued-after-date",
        f"cirs.example.edu.cn\n\n{XPENG}\n\nPublished on:Jan 12, 2018Source: Xinhuanet\n\n",
        XPENG,
        date(2018, 1, 12),
        "Xinhuanet",
        FIRST,
    ),
    (
        "from-field-glued-after-iso-date",
        f"example.com\n\n{XPENG}\n\nPosted: 2019-05-08From:China Daily\n\n",
        XPENG,
        date(2019, 5, 8),
        "China Daily",
        FIRST,
    ),
    (  # not it: an outlet glued onto the date is the outlet
        "outlet-glued-date",
        f"example.com\n\n{XPENG}\n\nXinhuaDec 26, 2024\n\n",
        XPENG,
        date(2024, 12, 26),
        "Xinhua",
        FIRST,
    ),
    (  # not it: a headline naming "Icon" and a date is no dateline
        "icon-word-in-headline",
        "example.com\n\nIcon Motors' EV van goes on sale in Shanghai on Dec 26, 2024\n\n",
        "Icon Motors' EV van goes on sale in Shanghai on Dec 26, 2024",
        None,
        "example.com",
        FIRST,
    ),
    # 3. a site's contact line above the headline is no headline (A06: "E-mail ... Phone ...")
    (
        "contact-line-above-headline",
        f"english.example.com\n\nE-mail desk@example.com Phone 0551-6517-9860\n\n{CATL}\n\n"
        "Pub Date:23-07-20 08:50 Source:Xinhua\n\n",
        CATL,
        date(2023, 7, 20),
        "Xinhua",
        FIRST,
    ),
    (  # the same site's page from 2018, a four-digit year
        "contact-line-over-pub-date-four-digit-year",
        f"english.example.com\n\nE-mail desk@example.com Phone 0551-6517-9860\n\n{CATL}\n\n"
        "Pub Date:2018-07-04 10:58 Source:www.cnanhui.org\n\n",
        CATL,
        date(2018, 7, 4),
        "www.cnanhui.org",
        FIRST,
    ),
    (
        "tel-fax-line-above-headline",
        f"example.com\n\nTel: +86 10 6599 1234 Fax: +86 10 6599 5678\n\n{CATL}\n\n"
        "Updated: 2023-07-20 08:50\n\n",
        CATL,
        date(2023, 7, 20),
        "example.com",
        FIRST,
    ),
    (  # not it: a headline about a phone maker
        "phone-maker-headline",
        "example.com\n\nPhone maker Xiaomi delivers 10,000 SU7 cars in its first full month"
        "\n\nUpdated: 2024-06-01 08:50\n\n",
        "Phone maker Xiaomi delivers 10,000 SU7 cars in its first full month",
        date(2024, 6, 1),
        "example.com",
        FIRST,
    ),
    # 4. a byline label with any spacing under the headline (C06: "Post by : Saif")
    (
        "post-by-spaced-colon",
        f"www.example.com\n\n{XPENG}\n\nPost by : Saif\n",
        XPENG,
        None,
        "www.example.com",
        FIRST,
    ),
    (
        "posted-by-capital",
        f"example.com\n\n{XPENG}\n\nPosted By: Li Wei\n\n",
        XPENG,
        None,
        "example.com",
        FIRST,
    ),
    (
        "by-upper-spaced",
        f"example.com\n\n{XPENG}\n\nBY : Wang Yu\n\n",
        XPENG,
        None,
        "example.com",
        FIRST,
    ),
    (
        "by-fullwidth-colon",
        f"example.com\n\n{XPENG}\n\nBy：Wang Yu\n\n",
        XPENG,
        None,
        "example.com",
        FIRST,
    ),
    (  # not it: a headline opening with "BYD" is no "BY" byline
        "byd-headline",
        "example.com\n\nBYD Auto Expands Into Hungary And Brazil\n\n",
        "BYD Auto Expands Into Hungary And Brazil",
        None,
        "example.com",
        FIRST,
    ),
    # 5. a press release's issuer under its headline (A09)
    (
        "issuer-information-office",
        f"prwire.example.jp\n\n{SUZHOU}\n\n"
        "Information Office of Suzhou Municipal People's Government\n\n"
        "SUZHOU, China, March 3, 2023 /Xinhua=KYODO JBN/--\n\n",
        SUZHOU,
        date(2023, 3, 3),
        "Xinhua=KYODO JBN",
        FIRST,
    ),
    (
        "issuer-municipal-government",
        f"example.com\n\n{SUZHOU}\n\nHefei Municipal People's Government\n\n"
        "HEFEI, China, May 5, 2024 /PRNewswire/ --\n\n",
        SUZHOU,
        date(2024, 5, 5),
        "PRNewswire",
        FIRST,
    ),
    (
        "issuer-ministry",
        f"example.com\n\n{SUZHOU}\n\nMinistry of Industry and Information Technology\n\n"
        "Updated: 2024-05-05 09:00\n\n",
        SUZHOU,
        date(2024, 5, 5),
        "example.com",
        FIRST,
    ),
    (  # not it: a headline naming the government and what it did
        "government-headline",
        "example.com\n\nChangzhou Municipal People's Government signs 15 new energy projects"
        "\n\nUpdated: 2024-05-05 09:00\n\n",
        "Changzhou Municipal People's Government signs 15 new energy projects",
        date(2024, 5, 5),
        "example.com",
        FIRST,
    ),
]


@pytest.mark.parametrize(
    ("header", "title", "published", "source", "opening"),
    [case[1:] for case in READER8_CLASSES + READER9_CLASSES],
    ids=[case[0] for case in READER8_CLASSES + READER9_CLASSES],
)
def test_headline_classes(
    header: str, title: str, published: date | None, source: str, opening: str
) -> None:
    """Reader passes 8 and 9: the headline is found, and no copy of it is left in the body."""
    text, parts = _article(header)
    assert (parts.title, parts.published, parts.source) == (title, published, source)
    assert text[parts.body_start :].startswith(opening)
    body = _body(text, parts)
    assert body.endswith(LAST_BODY_LINE)
    assert title not in body


# 6. the page's date glued onto the first word of the story (B07: "3 Jul 2023Chinese ...")
GLUED_LEAD = [  # (the line, the date, where the story starts: after the glued date)
    (
        "3 Jul 2023Chinese automakers did well in June, BYD selling 253,000 cars.",
        date(2023, 7, 3),
        "Chinese automakers",
    ),
    (
        "Jul 3, 2023BYD sold 252,657 new energy vehicles in June, up 87 percent.",
        date(2023, 7, 3),
        "BYD sold",
    ),
    (
        "2023-07-03Li Auto delivered 32,575 new vehicles in June, a record month.",
        date(2023, 7, 3),
        "Li Auto",
    ),
    # not it: a sentence opening with a date, a year glued to a word, a date further in
    ("3 Jul 2023 was the day BYD sold its four millionth new energy vehicle.", None, "3 Jul"),
    ("In 2023BYD sold more new energy vehicles than any other carmaker did.", None, "In 2023"),
    ("BYD said on 3 Jul 2023Chinese sales rose 87 percent in the month of June.", None, "BYD"),
]


@pytest.mark.parametrize(("lead", "published", "story"), GLUED_LEAD)
def test_date_glued_to_the_first_body_word(lead: str, published: date | None, story: str) -> None:
    text, parts = _article(f"example.com\n\n{XPENG}\n\n", f"{lead}\n\n{BODY}")
    assert (parts.title, parts.published) == (XPENG, published)
    assert text[parts.body_start :].startswith(story)
    assert lead.endswith(text[parts.body_start : text.index("\n", parts.body_start)])


# 7. a page title carrying the site's or an outlet's name under the summary line that opens
# the body (A05: "As of today, ..." / "Headline-CnEVPost"): the headline, yielding no records
SUFFIXED = [
    ("cnevpost.com", "Zhejiang's public chargers now reach every rural township-CnEVPost"),
    ("cnevpost.com", "Zhejiang's public chargers now reach every rural township - CnEVPost"),
    ("example.com", "Zhejiang's public chargers now reach every rural township | Reuters"),
]


@pytest.mark.parametrize(("site", "line"), SUFFIXED)
def test_suffixed_title_under_a_summary_line(site: str, line: str) -> None:
    text, parts = _article(f"{site}\n\n{SUMMARY}\n\n{line}\n\n")
    assert parts.title == "Zhejiang's public chargers now reach every rural township"
    assert text[parts.body_start :].startswith(SUMMARY)
    at = text.index(line)
    assert (at, at + len(line)) in parts.skip


@pytest.mark.parametrize(
    "line",
    [
        # not it: a glued name that is not the site's ("Li-Cycle"), a paragraph ending in
        # an outlet's name, a suffix naming no outlet
        "Battery recycler grows in Ontario with partner Li-Cycle",
        "The province has invested 3 billion yuan in chargers since 2015, said the Reuters",
        "Zhejiang's public chargers now reach every rural township - Analysis",
    ],
)
def test_unsuffixed_line_under_a_summary_is_no_title(line: str) -> None:
    _, parts = _article(f"example.com\n\n{SUMMARY}\n\n{line}\n\n")
    assert parts.title is None
    assert parts.skip == ()


@pytest.mark.parametrize(
    "line",
    [
        "Pub Date:23-07-20 08:50 Source:Xinhua",
        "Publication date： 15/03/24",
        "Release date: 2023年11月8日 Source: Gasgoo",
        "Information Office of Changzhou Municipal People's Government",
        "Hefei Municipal People's Government",
        "E-mail desk@example.com Phone 0551-6517-9860",
        "TEL: +86 10 6599 1234",
        CATL,
    ],
)
def test_reader9_prefilters_pass_what_their_regexes_match(line: str) -> None:
    from nevextract import reader

    cues = reader.header_cues()
    for rule in (reader._SHORT_DATE, reader._CJK_DATE, cues.issuer, cues.contact):
        assert rule.literals  # a literal check is derived
        assert rule.may_match(line) or rule.regex.search(line) is None, line


@pytest.mark.parametrize(
    ("time_line", "published"),
    [
        ("07-21-21 0032ET", date(2021, 7, 21)),
        ("October 29, 2025 00:53 ET (04:53 GMT)", date(2025, 10, 29)),
    ],
)
def test_a_wires_closing_marker_dates_and_credits_the_page(time_line: str, published: date) -> None:
    """'(END) Dow Jones Newswires' over its time line closing a page with no dateline."""
    _text, parts = _article(
        f"example.com\n\n{H}\n\n",
        footer=f"\nWrite to a reporter\n\n(END) Dow Jones Newswires\n\n{time_line}\n",
    )
    assert (parts.published, parts.source) == (published, "Dow Jones Newswires")
