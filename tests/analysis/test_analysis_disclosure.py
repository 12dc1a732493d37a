"""The disclosure template's JSON-LD is read first, through extruct, and stands as evidence."""

from __future__ import annotations

import json

from analysis.assess import assess
from analysis.structured import DISCLOSURE_NS, DISCLOSURE_TYPE

SITE = "https://www.anytown.gov.uk"


def _ld(**extra: object) -> str:
    data = {
        "@context": {"@vocab": "https://schema.org/", "cctv": DISCLOSURE_NS},
        "@type": DISCLOSURE_TYPE,
        "name": "CCTV: information about our surveillance cameras",
        "cctv:criteria": [
            {
                "@type": "cctv:InformationCriterion",
                "cctv:key": "purpose",
                "cctv:published": True,
                "text": "Our cameras are there to help keep the town centre safe at night.",
            },
            {
                "@type": "cctv:InformationCriterion",
                "cctv:key": "retention",
                "cctv:published": True,
                "text": "Recordings are wiped after thirty-one days.",
            },
            {
                "@type": "cctv:InformationCriterion",
                "cctv:key": "subject_access",
                "cctv:published": True,
                "text": "Ask us for a copy of footage that shows you.",
            },
            {"@type": "cctv:InformationCriterion", "cctv:key": "signage", "cctv:published": False},
        ],
        "cctv:certification": {
            "@type": "cctv:Certification",
            "cctv:step": "step2",
            "cctv:awarded": "2019",
            "text": "Full certification, 2019.",
        },
        "cctv:singlePointOfContact": {
            "@type": "ContactPoint",
            "contactType": "Surveillance camera single point of contact",
            "jobTitle": "Community Safety Manager",
            "email": "cameras@anytown.gov.uk",
        },
        "cctv:policeAgreements": [
            {
                "@type": "cctv:PoliceAgreement",
                "name": "CCTV agreement",
                "url": SITE + "/docs/agreement.pdf",
                "cctv:policeForce": "Devon and Cornwall Police",
                "cctv:signedByBoth": True,
                "cctv:draft": False,
            }
        ],
        **extra,
    }
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def test_a_page_with_only_the_json_ld_meets_every_deliverable(analyse_html) -> None:
    pa = analyse_html("Our cameras", "<p>See below.</p>", head_extra=_ld())
    verdicts = assess([pa], "ok")
    assert {k: v["status"] for k, v in verdicts.items()} == {"5.1": "met", "5.2": "met", "5.3": "met", "5.5": "met"}
    assert verdicts["5.1"]["criteria"]["retention"] and not verdicts["5.1"]["criteria"]["signage"]
    assert verdicts["5.2"]["level"] == "step2" and verdicts["5.2"]["awarded"] == "2019"
    assert verdicts["5.3"]["spoc"]["email"] == "cameras@anytown.gov.uk"
    assert verdicts["5.5"]["documents"][0]["force"] == "Devon and Cornwall Police"
    quotes = {e["quote"] for e in verdicts["5.1"]["evidence"]}
    assert "Recordings are wiped after thirty-one days." in quotes


def test_unpublished_unsigned_and_foreign_json_ld_claim_nothing(analyse_html) -> None:
    draft = _ld(
        **{
            "cctv:criteria": [],
            "cctv:certification": None,
            "cctv:singlePointOfContact": {"@type": "ContactPoint", "name": "No route"},
            "cctv:policeAgreements": [
                {
                    "@type": "cctv:PoliceAgreement",
                    "name": "Draft",
                    "cctv:policeForce": "Devon and Cornwall Police",
                    "cctv:signedByBoth": False,
                    "cctv:draft": True,
                }
            ],
        }
    )
    verdicts = assess([analyse_html("Our cameras", "<p>See below.</p>", head_extra=draft)], "ok")
    assert verdicts["5.2"]["status"] == "not_met" and verdicts["5.3"]["status"] == "not_met"
    assert verdicts["5.5"]["status"] == "partial"
    other = _ld().replace(DISCLOSURE_TYPE, "cctv:SomethingElse")
    verdicts = assess([analyse_html("Our cameras", "<p>See below.</p>", head_extra=other)], "ok")
    assert verdicts["5.2"]["status"] == "not_met"
    broken = '<script type="application/ld+json">{"@type": "' + DISCLOSURE_TYPE + '", </script>'
    pa = analyse_html("Our cameras", "<p>See below.</p>", head_extra=broken)
    assert not pa.signals.get("certification")
