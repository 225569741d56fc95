#!/usr/bin/env python3
"""Builds data/gazetteer/goods_nouns.txt from WordNet 3.0 (Debian package `wordnet-base`).

A noun is a *goods noun* when it can name a physical thing that changes hands: one of its first
three senses is an artifact, food, substance, animal or plant, its most frequent sense is not
an abstraction (an act, a message, a group, a feeling ...), no person or group sense comes before
the concrete one, and the concrete sense is no building, installation or road. The extractor uses the list only when
its own item taxonomy has no term for a phrase, so that "valves and thermometers were sent to
Syria" yields items while "sent a message" or "provided support" does not.

Run (data-build time only; the product reads the committed text file):
    sudo apt-get install wordnet-base && python3 tools/goods_nouns.py > data/gazetteer/goods_nouns.txt
"""
import sys

WN = "/usr/share/wordnet"
LEXFILES = {5: "animal", 6: "artifact", 13: "food", 20: "plant", 27: "substance"}
# most-frequent senses that do not stop a noun from being goods: the concrete files above plus
# body parts ("valve" is first a heart valve) and natural objects ("diamond", "stone")
HARMLESS_FIRST = set(LEXFILES) | {8, 17}
TOP_SENSES = 3


def synsets():
    """Lexicographer file and hypernyms of every noun synset."""
    lex, hyper = {}, {}
    for line in open(f"{WN}/data.noun", encoding="latin-1"):
        if line.startswith(" "):
            continue
        f = line.split("|")[0].split()
        lex[f[0]] = int(f[1])
        w_cnt = int(f[3], 16)
        at = 4 + 2 * w_cnt
        p_cnt = int(f[at])
        ptrs = f[at + 1 : at + 1 + 4 * p_cnt]
        hyper[f[0]] = [ptrs[i + 1] for i in range(0, len(ptrs), 4) if ptrs[i] in ("@", "@i")]
    return lex, hyper


def under(offset, roots, hyper, memo):
    """Whether every hypernym path of a synset runs through one of `roots` ("plywood" is a
    sheet as well as a lamination, so it is goods)."""
    if offset in roots:
        return True
    if offset not in memo:
        ups = hyper.get(offset, [])
        memo[offset] = False  # cycle guard
        memo[offset] = bool(ups) and all(under(h, roots, hyper, memo) for h in ups)
    return memo[offset]


def main():
    lex, hyper = synsets()
    # artifacts that are places, not goods: buildings and constructions, installations, roads
    # and routes, places of business ("base", "zoo", "port", "road", "shop")
    places = {"04341686", "03315023", "04564698", "03297735"}
    memo = {}
    verbs = {line.split()[0] for line in open(f"{WN}/index.verb", encoding="latin-1")
             if not line.startswith(" ")}
    goods = {}
    for line in open(f"{WN}/index.noun", encoding="latin-1"):
        if line.startswith(" "):
            continue
        f = line.split()
        lemma, synset_cnt = f[0], int(f[2])
        tagged = int(f[-synset_cnt - 1])
        if not lemma.isascii() or not all(c.isalpha() or c == "-" for c in lemma):
            continue
        if len(lemma) < 3:
            continue
        offsets = f[-synset_cnt:]
        files = [lex[o] for o in offsets]
        if files[0] not in HARMLESS_FIRST:
            continue
        # "helping", "clothing": a gerund of a verb is read as the verb in a clause
        if lemma.endswith("ing") and (lemma[:-3] in verbs or lemma[:-3] + "e" in verbs):
            continue
        first = next((i for i, x in enumerate(files[:TOP_SENSES]) if x in LEXFILES), None)
        if first is None:
            continue
        # "agent": a person or a group before the thing is read first
        if any(x in (14, 18) for x in files[:first]):
            continue
        if files[first] == 6 and under(offsets[first], places, hyper, memo):
            continue
        concrete = [LEXFILES[files[first]]]
        # animals and plants only when common (seen in the sense-tagged corpus): the files
        # hold thousands of genus names no report uses
        if concrete and (concrete[0] not in ("animal", "plant") or tagged > 0):
            goods[lemma] = concrete[0]
    # irregular plurals ("knives", "geese") point at their lemma's class
    plurals = {}
    for line in open(f"{WN}/noun.exc", encoding="latin-1"):
        f = line.split()
        if len(f) == 2 and f[1] in goods and f[0] not in goods and f[0].isalpha():
            plurals[f[0]] = goods[f[1]]
    out = sys.stdout
    out.write(
        "# Goods nouns: single-word English nouns that name a physical thing (artifact, food,\n"
        "# substance, animal, plant), with the WordNet lexicographer file of that sense.\n"
        "# Provenance: derived from WordNet 3.0 (index.noun, data.noun, noun.exc of the Debian\n"
        "# package wordnet-base 1:3.0) by tools/goods_nouns.py; see that script for the rule.\n"
        "# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.\n"
        "# License: WordNet 3.0 licence (permissive; notice above kept as it requires).\n"
        "# Format: <word> <class>, one a line; regular plurals are derived at load time.\n"
    )
    for w in sorted({**goods, **plurals}):
        out.write(f"{w} {goods.get(w) or plurals[w]}\n")


if __name__ == "__main__":
    main()
