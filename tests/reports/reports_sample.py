"""Realistic findings documents for the report tests, made without the crawler.

``make_findings`` builds one run over 339 authorities shaped like the real register (317 in
England across the nine regions and five types, the 22 Welsh unitary authorities, 43 police
force areas), with every status of every deliverable, failed crawls (unknowns), lapsed
certification marks, drafts and unsigned agreements, and — in a fixed share of authorities —
hostile strings in titles, quotes, names and URLs. ``evolve`` turns one run into the next with
known moves, for the trend tests. Everything is seeded: the same call gives the same document.
"""

from __future__ import annotations

import copy
import random

from analysis.domain import CRITERION_KEYS as CRITERIA, DELIVERABLE_KEYS, unknown_deliverable

# Strings that must come out of every renderer inert and literal.
PAYLOADS = [
    '<script>alert("xss-title")</script>',
    '"><img src=x onerror=alert(1)>',
    "'><svg onload=alert(1)>",
    "</textarea></title><script>alert(2)</script>",
    '<a href="javascript:alert(3)">click me</a>',
    "{{ 7*7 }} {% if true %}jinja{% endif %}",
    '<!-- x --><iframe src="javascript:alert(4)"></iframe>',
    "]]><![CDATA[<script>alert(5)</script>",
    "[bold red]rich markup[/bold red] [link=javascript:alert(6)]x[/link]",
    '=HYPERLINK("http://evil.example/","click")',
    '+cmd|" /C calc"!A0',
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "<style>body{display:none}</style>",
    "\u202eRTL override\u202c and a NUL-free tab\tinside",
]
HOSTILE_URLS = [
    "javascript:alert(7)",
    "JaVaScRiPt:alert(8)",
    " javascript:alert(9)",
    "java\tscript:alert(10)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxMSk8L3NjcmlwdD4=",
    "vbscript:msgbox(12)",
    "//evil.example/scheme-relative",
    'https://www.example.gov.uk/cctv"onmouseover="alert(13)',
    "https://www.example.gov.uk/<script>alert(14)</script>",
]
LONG_URL = (
    "https://www.longest-council-name-in-the-land.gov.uk/community-safety/"
    + "closed-circuit-television-surveillance-camera-code-of-practice-" * 6
    + "final.pdf"
)
LONG_QUOTE = "Thecouncilsurveillancecamerasystemcomprises" * 12

REGIONS = {
    "North East": ["Northumbria", "Durham", "Cleveland"],
    "North West": ["Greater Manchester", "Merseyside", "Lancashire", "Cheshire", "Cumbria"],
    "Yorkshire and The Humber": ["West Yorkshire", "South Yorkshire", "Humberside", "North Yorkshire"],
    "East Midlands": ["Derbyshire", "Nottinghamshire", "Leicestershire", "Lincolnshire", "Northamptonshire"],
    "West Midlands": ["West Midlands", "Staffordshire", "Warwickshire", "West Mercia"],
    "East of England": ["Essex", "Hertfordshire", "Bedfordshire", "Cambridgeshire", "Norfolk", "Suffolk"],
    "London": ["Metropolitan Police", "London, City of"],
    "South East": ["Kent", "Sussex", "Surrey", "Hampshire", "Thames Valley"],
    "South West": ["Avon and Somerset", "Devon & Cornwall", "Dorset", "Gloucestershire", "Wiltshire"],
}
WALES = [  # (code, name, force): the 22 Welsh unitary authorities
    ("W06000001", "Isle of Anglesey County Council", "North Wales"),
    ("W06000002", "Gwynedd Council", "North Wales"),
    ("W06000003", "Conwy County Borough Council", "North Wales"),
    ("W06000004", "Denbighshire County Council", "North Wales"),
    ("W06000005", "Flintshire County Council", "North Wales"),
    ("W06000006", "Wrexham County Borough Council", "North Wales"),
    ("W06000008", "Ceredigion County Council", "Dyfed-Powys"),
    ("W06000009", "Pembrokeshire County Council", "Dyfed-Powys"),
    ("W06000010", "Carmarthenshire County Council", "Dyfed-Powys"),
    ("W06000011", "City and County of Swansea", "South Wales"),
    ("W06000012", "Neath Port Talbot County Borough Council", "South Wales"),
    ("W06000013", "Bridgend County Borough Council", "South Wales"),
    ("W06000014", "Vale of Glamorgan Council", "South Wales"),
    ("W06000015", "Cardiff Council", "South Wales"),
    ("W06000016", "Rhondda Cynon Taf County Borough Council", "South Wales"),
    ("W06000018", "Caerphilly County Borough Council", "Gwent"),
    ("W06000019", "Blaenau Gwent County Borough Council", "Gwent"),
    ("W06000020", "Torfaen County Borough Council", "Gwent"),
    ("W06000021", "Monmouthshire County Council", "Gwent"),
    ("W06000022", "Newport City Council", "Gwent"),
    ("W06000023", "Powys County Council", "Dyfed-Powys"),
    ("W06000024", "Merthyr Tydfil County Borough Council", "South Wales"),
]
TYPES = [
    ("E06", "Unitary authority", 63, "Council"),
    ("E07", "Non-metropolitan district", 164, "District Council"),
    ("E08", "Metropolitan district", 36, "Metropolitan Borough Council"),
    ("E09", "London borough", 33, "London Borough Council"),
    ("E10", "County", 21, "County Council"),
]
_PARTS = (
    [
        "Ash",
        "Brook",
        "Castle",
        "Dun",
        "East",
        "Fen",
        "Green",
        "Hart",
        "Kings",
        "Lang",
        "Mill",
        "North",
        "Oak",
        "Red",
        "Stone",
        "Thorn",
        "West",
        "Wold",
    ],
    ["ford", "ham", "ley", "bury", "wick", "ton", "field", "mouth", "dale", "worth"],
)


def _authorities(rng: random.Random) -> list[dict]:
    out = []
    places = [f"{q}{a}{b}".strip() for a in _PARTS[0] for b in _PARTS[1] for q in ("", "South ", "Upper ")]
    rng.shuffle(places)
    regions = list(REGIONS)
    for prefix, type_name, count, suffix in TYPES:
        for i in range(1, count + 1):
            place = places.pop()
            region = "London" if prefix == "E09" else rng.choice(regions[:6] + regions[7:])
            city = prefix == "E09" and i == 1
            out.append(
                {
                    "gss_code": f"{prefix}{i:06d}",
                    "name": "City of London Corporation" if city else f"{place} {suffix}",
                    "nation": "England",
                    "type": "City corporation" if city else type_name,
                    "region": region,
                    "police_force": rng.choice(REGIONS[region]),
                    "website": f"https://www.{place.lower().replace(' ', '')}.gov.uk/",
                }
            )
    for code, name, force in WALES:
        slug = name.split()[0].lower()
        out.append(
            {
                "gss_code": code,
                "name": name,
                "nation": "Wales",
                "type": "Welsh unitary authority",
                "region": None,
                "police_force": force,
                "website": f"https://www.{slug}.gov.wales/",
            }
        )
    return out


def _evidence(rng: random.Random, site: str, path: str, quote: str, when: str) -> list[dict]:
    items = [{"url": site + path, "quote": quote, "fetched_at": when}]
    if rng.random() < 0.4:
        items.append(
            {
                "url": site + "documents/cctv-code-of-practice.pdf",
                "quote": "This Code of Practice sets out how the council operates its CCTV system.",
                "fetched_at": when,
            }
        )
    return items


def _status(rng: random.Random, weights: tuple[float, float, float]) -> str:
    return rng.choices(["met", "partial", "not_met"], weights=weights)[0]


def _deliverables(rng: random.Random, la: dict, when: str, assessed: bool) -> dict:
    site = la["website"]
    if not assessed:
        # exactly what the export writes for a site it could not assess
        return {k: unknown_deliverable(k) for k in DELIVERABLE_KEYS}
    s1 = _status(rng, (0.55, 0.2, 0.25))
    n = {"met": rng.randint(3, 19), "partial": rng.randint(1, 2), "not_met": 0}[s1]
    chosen = set(rng.sample(CRITERIA, n))
    d1 = {
        "status": s1,
        "score": round(n / 19, 3),
        "pages": [site + "community-safety/cctv"] if s1 != "not_met" else [],
        "criteria": {k: k in chosen for k in CRITERIA},
        "evidence": _evidence(
            rng,
            site,
            "community-safety/cctv",
            "In accordance with the Surveillance Camera Code of Practice the following information is available.",
            when,
        )
        if s1 != "not_met"
        else [],
    }
    if s1 != "not_met":
        # as analysis/assess.py writes them: per-criterion quotes, FOI answers, stale cues
        if chosen:
            key = sorted(chosen)[0]
            d1["evidence"].append(
                {
                    "criteria": [key],
                    "url": site + "community-safety/cctv",
                    "quote": f"Quoted words about {key.replace('_', ' ')}.",
                    "fetched_at": when,
                }
            )
        d1["foi_responses"] = [site + "foi/disclosure-log/cctv-cameras-2024"] if rng.random() < 0.2 else []
        d1["stale"] = ["Data Protection Act 1998"] if rng.random() < 0.15 else []
        d1["secondary_only"] = False
        if rng.random() < 0.05:
            d1["secondary_only"] = True
            d1["evidence"].append(
                {
                    "url": site + "moderngov/mgAi.aspx?ID=123",
                    "quote": "CCTV Annual Report 2023/24",
                    "fetched_at": when,
                    "secondary": True,
                }
            )
    s2 = rng.choices(["met", "partial", "not_met"], weights=(0.3, 0.03, 0.67))[0]
    d2 = {"status": s2, "level": None, "awarded": None, "mark_displayed": False, "evidence": []}
    if s2 != "not_met":
        d2.update(
            level=rng.choice(["step1", "step2", None]),
            awarded=rng.choice(["2019-05", "2018", "2020-11-02", None]),
            mark_displayed=rng.random() < 0.5,
            evidence=_evidence(
                rng,
                site,
                "cctv/certification",
                "The council was awarded full certification against the Surveillance Camera Code of Practice.",
                when,
            ),
        )
    s3 = _status(rng, (0.35, 0.35, 0.3))
    domain = site.split("//")[1].strip("/").removeprefix("www.")
    spoc = {"name": None, "role": None, "email": None, "phone": None}
    if s3 == "met":
        spoc.update(role="Senior Responsible Officer for CCTV", email=f"cctv@{domain}")
    elif s3 == "partial":
        if rng.random() < 0.5:
            spoc.update(role="CCTV Control Room Manager", phone="01632 960123")
        else:
            spoc.update(name="Jo Bloggs", role="Single Point of Contact")
    d3 = {
        "status": s3,
        "spoc": spoc,
        "evidence": _evidence(
            rng,
            site,
            "contact/cctv",
            "The CCTV Manager acts as the single point of contact for surveillance camera systems.",
            when,
        )
        if s3 != "not_met"
        else [],
    }
    s5 = _status(rng, (0.15, 0.35, 0.5))
    docs = []
    if s5 == "met":
        docs = [
            {
                "title": "Information Sharing Agreement for CCTV",
                "url": site + "isa.pdf",
                "force": _force_as_written(la),
                "signed": True,
                "draft": False,
                "date": "2022-03-14",
            }
        ]
    elif s5 == "partial" and rng.random() < 0.6:
        draft = rng.random() < 0.5
        docs = [
            {
                "title": "Service Level Agreement (DRAFT)" if draft else "Service Level Agreement",
                "url": site + "sla.pdf",
                "force": _force_as_written(la),
                "signed": False,
                "draft": draft,
                "date": None,
            }
        ]
    d5 = {
        "status": s5,
        "documents": docs,
        "evidence": _evidence(
            rng,
            site,
            "cctv/police",
            "Signed for and on behalf of the Council and on behalf of the Chief Constable.",
            when,
        )
        if s5 != "not_met"
        else [],
    }
    return {"5.1": d1, "5.2": d2, "5.3": d3, "5.5": d5}


def _force_as_written(la: dict) -> str:
    """The force as an agreement names it: half the time the register's area, half the time
    its own name ("Bedfordshire Police"), as real documents do."""
    force = la["police_force"]
    if int(la["gss_code"][-1]) % 2:
        return force
    return force + " Service" if force.endswith("Police") else force + " Police"


def _poison(rng: random.Random, la: dict, index: int) -> None:
    """Put hostile strings where scraped text lands: titles, quotes, URLs, names, errors."""
    payload = PAYLOADS[index % len(PAYLOADS)]
    bad_url = HOSTILE_URLS[index % len(HOSTILE_URLS)]
    d = la["deliverables"]
    for key in ("5.1", "5.3", "5.5", "5.2"):
        if d[key]["evidence"]:
            d[key]["evidence"].append(
                {"url": bad_url, "quote": payload, "fetched_at": d[key]["evidence"][0]["fetched_at"]}
            )
    if d["5.5"]["status"] in ("met", "partial"):
        d["5.5"]["documents"].append(
            {"title": payload, "url": bad_url, "force": payload, "signed": False, "draft": True, "date": None}
        )
    if d["5.3"]["status"] != "unknown":
        d["5.3"]["spoc"]["name"] = payload
        d["5.3"]["spoc"]["email"] = "cctv@example.gov.uk<script>alert(15)</script>"
    if d["5.1"]["pages"]:
        d["5.1"]["pages"].append(bad_url)
    if la["crawl"]["status"] != "ok":
        la["crawl"]["error"] = payload
        la["crawl"]["error_samples"].append(payload)


def _confidence(la: dict, index: int) -> None:
    """The field contract's verdict fields (confidence, needs_review, evidence_strength,
    search_effort): a weak 5.2 met from a file name every fifth LA, an incomplete search
    behind a not met every seventh."""
    site = la["website"]
    for key, d in la["deliverables"].items():
        status = d["status"]
        weak = key == "5.2" and status == "met" and index % 5 == 1
        incomplete = status == "not_met" and index % 7 == 1
        d["confidence"] = "low" if weak or incomplete else "medium" if status == "partial" else "high"
        d["needs_review"] = weak or incomplete
        d["evidence_strength"] = {
            "strong": [] if weak or status in ("not_met", "unknown") else ["the council's own page states it"],
            "weak": ["image file name only"] if weak else [],
        }
        d["search_effort"] = {
            "complete": not incomplete,
            "steps": [
                {
                    "method": "site_search",
                    "target": "cctv",
                    "outcome": "refused_by_robots" if incomplete else "searched",
                },
                {"method": "sitemap", "target": site + "sitemap.xml", "outcome": "searched"},
            ],
            "pages_read": [site + "community-safety/cctv", site + "contact-us"],
        }


def make_findings(
    seed: int = 20261128, run_id: int = 7, label: str = "2026 Q4", when: str = "2026-11-28T09:41:12Z"
) -> dict:
    """One realistic run (see the module docstring)."""
    rng = random.Random(seed)
    authorities = _authorities(rng)
    for index, la in enumerate(authorities):
        roll = rng.random()
        status = (
            "unreachable" if roll < 0.04 else "robots_blocked" if roll < 0.055 else "error" if roll < 0.07 else "ok"
        )
        ok = status == "ok"
        la["crawl"] = {
            "status": status,
            "pages_fetched": rng.randint(8, 400) if ok else 0,
            "documents_fetched": rng.randint(0, 12) if ok else 0,
            "error": {
                "unreachable": "connection refused after 3 attempts",
                "robots_blocked": "robots.txt disallows /",
                "error": "TLS handshake failed: certificate expired",
                "ok": None,
            }[status],
            "stop_reason": rng.choice(["settled", "frontier_exhausted", "budget"]) if ok else status,
            "errors": rng.randint(0, 5) if ok else 1,
            "requests": rng.randint(10, 450) if ok else 3,
            "error_samples": [] if ok else [f"{status}: {la['website']} (attempt {n})" for n in (1, 2, 3)],
            "started_at": when,
            "finished_at": when,
            "broken_evidence": [],
        }
        la["deliverables"] = _deliverables(rng, la, when, ok)
        if index % 17 == 5:
            _poison(rng, la, index)
    for index, la in enumerate(authorities):
        if index % 3:  # a third carry no confidence fields, as runs before them
            _confidence(la, index)
    # Evidence of an earlier run that now fails (the export fills this in).
    for la in authorities[20:60:8]:
        la["crawl"]["broken_evidence"] = [{"url": la["website"] + "old/cctv-policy-2019.pdf", "status": 404}]
    authorities[60]["crawl"]["broken_evidence"] = [{"url": HOSTILE_URLS[0], "status": 410}]
    # A hand-made register can carry anything in a name too; and one page gets a very long,
    # unbroken URL and quote (the phone-width overflow test renders it).
    authorities[3]["name"] = PAYLOADS[0] + " Borough Council"
    long_la = authorities[10]
    long_la["crawl"].update(status="ok", error=None, stop_reason="budget")
    long_la["deliverables"]["5.1"].update(
        status="met", score=round(6 / 19, 3), pages=[LONG_URL], criteria={k: k in CRITERIA[:6] for k in CRITERIA}
    )
    long_la["deliverables"]["5.1"]["evidence"] = [{"url": LONG_URL, "quote": LONG_QUOTE, "fetched_at": when}]
    return {
        "schema": "cctv-audit/findings/1",
        "run": {"id": run_id, "label": label, "started_at": when, "finished_at": when},
        "authorities": authorities,
    }


def evolve(doc: dict, seed: int, run_id: int, label: str, when: str, share: float = 0.12) -> dict:
    """The next run: ``share`` of the assessed authorities re-rolled, fetched_at moved on."""
    rng = random.Random(seed)
    nxt = copy.deepcopy(doc)
    nxt["run"] = {"id": run_id, "label": label, "started_at": when, "finished_at": when}
    for la in nxt["authorities"]:
        for d in la["deliverables"].values():
            for e in d["evidence"]:
                e["fetched_at"] = when
        if rng.random() < share:
            ok = rng.random() > 0.05
            la["crawl"]["status"] = "ok" if ok else "unreachable"
            la["crawl"]["error"] = None if ok else "connection timed out"
            la["deliverables"] = _deliverables(rng, la, when, ok)
    return nxt
