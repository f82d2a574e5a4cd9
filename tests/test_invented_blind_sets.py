"""Invented passages annotated blind: written and annotated from the contract alone by helpers
who never saw the rules, the tests or the output, then scored once before any change (the
first scores are in tests/data/invented_blind/README.md). Here they guard against regressions.

Each line of a set is ``{"n", "text", "facts"}``; the text is set in a page (category, headline,
date line, byline) so that it reads as an article body.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsfacts
from newsfacts.evaluate import gold_articles, load_gold, predictions_from_records, score

DATA = Path(__file__).resolve().parent / "data" / "invented_blind"
PAGE_TAIL = "\n\nMinh An\n"
# The date line of each set's pages: the time its writer set the passages in (the later sets tell
# of 2025 as past, so a page of 2024 would make their results plans; the first three tell of the
# end of 2024 as reached, "Đến hết năm 2024, toàn huyện có 15/18 xã …", so their pages are of its
# last month).
PAGE_DATES = {"sentences": ("16/12/2024", "2024-12-16"), "passages": ("16/12/2024", "2024-12-16"),
              "reports": ("16/12/2024", "2024-12-16"), "economy": ("15/12/2025", "2025-12-15"),
              "party_work": ("15/12/2025", "2025-12-15"), "national": ("15/12/2025", "2025-12-15")}
# Each set's score today: a set may not fall more than SLACK below it.
# "passages" lost one fact on purpose: on its pages of 2024, "Tổng kinh phí hỗ trợ đào tạo năm 2025 là
# 2,34 tỷ đồng" states a level of a later year, a plan (0.983 before).
NOW = {"sentences": 1.000, "passages": 0.977, "reports": 0.987, "economy": 0.961, "party_work": 0.975,
       "national": 0.977}
SLACK = 0.005


def _write_set(name: str, folder: Path) -> None:
    shown, published = PAGE_DATES[name]
    head = f"Xây dựng Đảng\n\nKết quả công tác ở cơ sở\n\nThứ Hai, {shown}\n\n"
    metadata = {"title": "Kết quả công tác ở cơ sở", "published": published, "category": "Xây dựng Đảng",
                "author": "Minh An"}
    for line in (DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        stem = f"s{item['n']:03d}"
        (folder / f"{stem}.txt").write_text(head + item["text"] + PAGE_TAIL, encoding="utf-8")
        gold = {"article": f"{stem}.txt", "metadata": metadata, "facts": item["facts"]}
        (folder / f"{stem}.gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")


@pytest.mark.parametrize("name", sorted(NOW))
def test_invented_blind_set_stays_fixed(name: str, tmp_path: Path):
    _write_set(name, tmp_path)
    records = [newsfacts.extract_file(a).model_dump(mode="json") for _, a in gold_articles(tmp_path)]
    result = score(load_gold(tmp_path), predictions_from_records(records))
    assert result["articles"] >= 40
    assert result["f1"] >= NOW[name] - SLACK, result["per_type"]


# Ten whole pages each (category, headline, date line, lead, captions, byline): (first score, now).
# "articles": provincial and district news, first measured at f594fbd; "national_articles":
# national Party and state news, first measured at 3799064; "district_pages" (commune, ward and
# provincial portals after the 2025 merger) and "national_pages" (national outlets in 2026), both
# first measured at 1a2e68f; "mass_pages" (the Fatherland Front and mass organisations) and
# "government_pages" (local government work), both first measured at 16b0012; the later sets'
# first commits are in tests/data/invented_blind/README.md ("training_pages" and "grassroots_pages"
# at 1e94d93, "council_pages" and "congress_pages" at fea3216, "defence_pages" and "digital_pages"
# at 59dfd03, "restructure_pages" and "mobilise_pages" at 8d29420, "rural_pages" and "propaganda_pages"
# at e2b5e5f, "education_pages" and "disaster_pages" at e9c9152, "labour_pages" and "justice_pages"
# at 4bb7ccc, "health_pages" and "culture_pages" at d8afb32, "youth_pages" at 3fafbe4,
# "environment_pages" at a4358ad; "science_pages", "ethnic_pages", "transport_pages" and
# "finance_pages" at 547e4ea; "commerce_pages", "press_pages", "security_pages" and
# "emulation_pages" at fff6765; "urban_pages", "elections_pages", "foreign_pages" and
# "agriculture_pages" at 62cefc2; "religion_pages", "veterans_pages" and "border_pages" at b7ca45d;
# "landclear_pages", "coops_pages", "women_pages" and "energy_pages" at d485eb2; "insurance_pages",
# "partyadmin_pages", "sports_pages" and "tax_pages" at f11b146; "housing_pages", "water_pages",
# "children_pages" and "citizens_pages" at 7103bdf; "labourexport_pages" and "traffic_pages" at 0b2170c;
# "forestry_pages", "tourism_pages", "fisheries_pages", "drugs_pages" and "population_pages" at f4a3721;
# "unions_pages", "ocop_pages", "industry_pages" and "integrity_pages" at 9970383; "reintegration_pages",
# "minerals_pages", "livestock_pages" and "recruitment_pages" at 810db92; "digitaleco_pages",
# "climate_pages", "studypromo_pages" and "customs_pages" at a0d7db0; "clinics_pages",
# "frontsupervision_pages", "roads_pages" and "swimming_pages" at a29fb19; "firesafety_pages",
# "foodsafety_pages", "elderly_pages" and "privatefirms_pages" at bdcbebe; "vocational_pages",
# "heritage_pages", "irrigation_pages" and "landrecords_pages" at 5dbf1b8; "poverty_pages",
# "socialcredit_pages", "admreform_pages" and "libraries_pages" at 8e73789; "counterfeit_pages",
# "martyrs_pages", "publicinvest_pages" and "radiotv_pages" at 6ad2230; "memberfees_pages",
# "teachers_pages", "dyke_pages" and "ecommerce_pages" at 3a2ebda; "hospitals_pages",
# "youthstartup_pages", "grassrootsdemocracy_pages" and "gender_pages" at 36f81a4, one rule after;
# "nightsafety_pages" and "coopunion_pages" at ca79838, the round's final rules, nothing changed after;
# "lawaid_pages", "sanitation_pages" and "students_pages" at 09691de; "learning_pages" at d173055 and
# "vaccination_pages" at 229de69; "industrial_pages" and "village_pages" at ca53bf2, the round's final
# rules).
ARTICLE_SETS = {
    "articles": (0.963, 0.994),
    "national_articles": (0.941, 0.972),
    "district_pages": (0.950, 0.980),
    "national_pages": (0.942, 0.976),
    "mass_pages": (0.967, 0.988),
    "government_pages": (0.924, 0.958),
    "sector_pages": (0.968, 0.997),
    "economy_pages": (0.931, 0.985),
    "social_pages": (0.970, 0.990),
    "inspection_pages": (0.982, 0.992),
    "personnel_pages": (0.964, 0.988),
    "services_pages": (0.974, 0.997),
    "training_pages": (0.957, 0.981),
    "grassroots_pages": (0.972, 0.988),
    "council_pages": (0.905, 0.964),
    "congress_pages": (0.926, 0.966),
    "defence_pages": (0.968, 0.983),
    "digital_pages": (0.965, 0.978),
    "restructure_pages": (0.970, 0.991),
    "mobilise_pages": (0.972, 0.981),
    "rural_pages": (0.957, 0.986),
    "propaganda_pages": (0.951, 0.977),
    "education_pages": (0.937, 0.977),
    "disaster_pages": (0.959, 0.968),
    "labour_pages": (0.902, 0.925),
    "justice_pages": (0.974, 0.989),
    "health_pages": (0.985, 0.988),
    "culture_pages": (0.968, 0.984),
    "youth_pages": (0.982, 0.998),
    "environment_pages": (0.970, 0.979),
    "science_pages": (0.951, 0.976),
    "ethnic_pages": (0.981, 0.985),
    "transport_pages": (0.980, 0.988),
    "finance_pages": (0.892, 0.919),
    "commerce_pages": (0.948, 0.969),
    "press_pages": (0.969, 0.991),
    "security_pages": (0.972, 0.986),
    "emulation_pages": (0.985, 0.985),
    "urban_pages": (0.958, 0.978),
    "elections_pages": (0.950, 0.980),
    "foreign_pages": (0.969, 0.972),
    "agriculture_pages": (0.971, 0.981),
    "religion_pages": (0.975, 1.000),
    "veterans_pages": (0.981, 0.992),
    "border_pages": (0.973, 0.983),
    "landclear_pages": (0.975, 0.981),
    "coops_pages": (0.971, 0.982),
    "women_pages": (0.983, 0.993),
    "energy_pages": (0.954, 0.990),
    "insurance_pages": (0.944, 0.976),
    "partyadmin_pages": (0.982, 0.986),
    "sports_pages": (0.984, 0.988),
    "tax_pages": (0.950, 0.964),
    "housing_pages": (0.970, 0.972),
    "water_pages": (0.946, 0.964),
    "children_pages": (0.990, 0.993),
    "citizens_pages": (0.977, 0.977),
    "labourexport_pages": (0.977, 0.983),
    "traffic_pages": (0.954, 0.971),
    "forestry_pages": (0.978, 0.982),
    "tourism_pages": (0.974, 0.980),
    "fisheries_pages": (0.947, 0.964),
    "drugs_pages": (0.960, 0.974),
    "population_pages": (0.937, 0.947),
    "unions_pages": (0.957, 0.963),
    "ocop_pages": (0.983, 0.983),
    "industry_pages": (0.970, 0.976),
    "integrity_pages": (0.962, 0.971),
    "reintegration_pages": (0.979, 0.979),
    "minerals_pages": (0.976, 0.983),
    "livestock_pages": (0.978, 0.982),
    "recruitment_pages": (0.932, 0.968),
    "digitaleco_pages": (0.984, 0.984),
    "climate_pages": (0.949, 0.964),
    "studypromo_pages": (0.951, 0.981),
    "customs_pages": (0.993, 0.993),
    "clinics_pages": (0.960, 0.968),
    "frontsupervision_pages": (0.980, 0.980),
    "roads_pages": (0.973, 0.973),
    "swimming_pages": (0.927, 0.944),
    "firesafety_pages": (0.959, 0.970),
    "foodsafety_pages": (0.976, 0.982),
    "elderly_pages": (0.976, 0.993),
    "privatefirms_pages": (0.969, 0.983),
    "vocational_pages": (0.947, 0.950),
    "heritage_pages": (0.945, 0.965),
    "irrigation_pages": (0.948, 0.962),
    "landrecords_pages": (0.960, 0.972),
    "poverty_pages": (0.976, 0.975),
    "socialcredit_pages": (0.974, 0.975),
    "admreform_pages": (0.976, 0.984),
    "libraries_pages": (0.985, 0.984),
    "counterfeit_pages": (0.985, 0.984),
    "martyrs_pages": (0.946, 0.968),
    "publicinvest_pages": (0.894, 0.915),
    "radiotv_pages": (0.943, 0.953),
    "memberfees_pages": (0.975, 0.975),
    "teachers_pages": (0.956, 0.955),
    "dyke_pages": (0.971, 0.970),
    "ecommerce_pages": (0.987, 0.986),
    "hospitals_pages": (0.970, 0.970),
    "youthstartup_pages": (0.985, 0.985),
    "grassrootsdemocracy_pages": (0.973, 0.977),
    "gender_pages": (0.968, 0.967),
    "nightsafety_pages": (0.987, 0.987),
    "coopunion_pages": (0.988, 0.988),
    "lawaid_pages": (0.978, 0.988),
    "sanitation_pages": (0.973, 0.983),
    "students_pages": (0.978, 0.985),
    "learning_pages": (0.953, 0.959),
    "vaccination_pages": (0.974, 0.979),
    "industrial_pages": (0.962, 0.966),
    "village_pages": (0.979, 0.985),
}
# Header fields a set still misses, known and left: "propaganda_pages" p03 prints its section in
# capitals, seven words above the headline ("BẢO VỆ NỀN TẢNG TƯ TƯỞNG CỦA ĐẢNG"), which the
# segmenter takes for no section (a line in capitals that long is mostly a headline or a site name).
# "water_pages" p06 closes with its author's name under a line of tags; "citizens_pages" p07
# prints a login link ("Đăng ký") where a section would stand. "dyke_pages" p02 ends with a
# copyright line naming the paper and "nguồn" ("© Báo Bắc Ninh. Ghi rõ nguồn khi phát hành lại …"),
# which the byline reader takes for a credit to the paper, so the writer under the date is lost.
METADATA_MISSES = {"propaganda_pages": 1, "water_pages": 1, "citizens_pages": 1, "dyke_pages": 1}


@pytest.mark.parametrize("name", sorted(ARTICLE_SETS))
def test_invented_articles_stay_fixed(name: str):
    """Whole pages written and annotated blind, scored as they stand, metadata included."""
    folder = DATA / name
    records = [newsfacts.extract_file(a).model_dump(mode="json") for _, a in gold_articles(folder)]
    result = score(load_gold(folder), predictions_from_records(records))
    assert result["articles"] == 10
    assert result["f1"] >= ARTICLE_SETS[name][1] - SLACK, result["per_type"]
    missed = sum(m["total"] - m["correct"] for m in result["metadata"].values())
    assert missed <= METADATA_MISSES.get(name, 0), result["metadata"]


def test_every_quote_stands_in_its_passage():
    """A gold quote must be a substring of its text, else the set measures nothing."""
    for path in sorted(DATA.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            for fact in item["facts"]:
                assert fact["quote"] in item["text"], (path.name, item["n"], fact["quote"])
