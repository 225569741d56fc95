#!/usr/bin/env python3
"""Check data/bench/name_variants.csv against the real list files in data/lists/.

Stdlib only. Verifies that
  * every variant's expected_list_id exists in the named list file and that listed_name is one
    of that entry's names (primary or alias, case/space-insensitive);
  * every decoy's name is NOT on any list: no listed name (OFAC SDN + alt, UN individuals/entities
    + aliases, UK) contains all of the decoy's name tokens (tokens folded: case, diacritics,
    apostrophes; hyphenated given names checked both split and joined), and no listed name is the
    same name in another transliteration (tokens of 5+ letters compared by first letter + consonant
    skeleton, e.g. Andriy/Andrei; shorter tokens such as Korean syllables must be equal);
  * every decoy's listed_name (the close listed name) really is a listed name;
  * styles/kinds/lists use the documented vocabulary, queries are unique, and the size targets hold.
Exit status 0 when everything passes, 1 otherwise.  Usage: python3 data/bench/check_variants.py
"""
import csv
import os
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = os.path.join(HERE, '..', 'lists')
CSV_PATH = os.path.join(HERE, 'name_variants.csv')
OFAC_SDN = 'ofac_sdn_2024-05-03.csv'
OFAC_ALT = 'ofac_alt_2025-12.csv'
UN_XML = 'un_consolidated_2026-02-27.xml'
UK_CSV = 'uk_sanctions_list_summary_2025-08-11.csv'

HEADER = ['query', 'expected_list', 'expected_list_id', 'listed_name', 'schema', 'style', 'kind', 'note']
STYLES = ['russian-icao', 'russian-bgn', 'russian-gost', 'russian-german', 'russian-french',
          'ukrainian-form', 'russian-cyrillic', 'korean-mr', 'korean-mr-plain', 'korean-dprk',
          'korean-rr', 'korean-hangul', 'korean-joined', 'korean-surname-alt', 'consonant-alt',
          'name-order', 'with-title', 'org-variant', 'vessel', 'typo']
# styles where few listed names make sense (the DPRK spelling usually *is* the listed spelling)
MIN_PER_STYLE = {s: 10 for s in STYLES}
MIN_PER_STYLE['korean-dprk'] = 10
LIST_IDS = ('us-ofac-sdn', 'un-sc', 'gb-fcdo')
SCHEMAS = ('Person', 'Organization', 'Vessel')
# misspellings from the seed article may only live under tests/fixtures/examples/benches
SEED_STRINGS = ('kozemiako', 'matzegora', 'geranium-25', 'rifleaccording', 'untitled design')


def space(s):
    return ' '.join(s.split()).casefold()


def fold(s):
    """Case, diacritics and apostrophes folded; hyphens and punctuation become spaces."""
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[’'`ʼ‘]", '', s.casefold())
    return re.sub(r'[^\w]+', ' ', s).split()


def skeleton(t):
    """Consonant skeleton that is equal across common transliterations (Andriy/Andrei, Sergey/Sergei, Wladimir/Vladimir)."""
    t = t.replace('kh', 'h').replace('w', 'v').replace('ks', 'x').replace('j', 'y')
    return re.sub('[aeiouy]', '', t)


def near(a, b):
    """Same token, or for tokens of 5+ letters (Russian-type names; Korean syllables must be equal)
    the same first letter and consonant skeleton: Andriy/Andrei, Sergey/Sergei, Wladimir/Vladimir."""
    if a == b:
        return True
    if min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 2:
        return False
    fa, fb = a.replace('w', 'v')[0], b.replace('w', 'v')[0]
    return fa == fb and skeleton(a) == skeleton(b)


def one_to_one(decoy, listed):
    """Every decoy token pairs with a different listed token (greedy is enough for names)."""
    free = list(listed)
    for d in sorted(decoy, key=len, reverse=True):
        m = next((l for l in free if near(d, l)), None)
        if m is None:
            return False
        free.remove(m)
    return True


def load():
    """Return {list: {id: [names]}}."""
    out = {k: defaultdict(list) for k in LIST_IDS}
    with open(os.path.join(LISTS, OFAC_SDN), encoding='utf-8', errors='replace', newline='') as f:
        for r in csv.reader(f):
            if len(r) >= 2:
                out['us-ofac-sdn'][r[0].strip()].append(r[1])
    sdn_ids = set(out['us-ofac-sdn'])
    with open(os.path.join(LISTS, OFAC_ALT), encoding='utf-8', errors='replace', newline='') as f:
        for r in csv.reader(f):
            # aliases count as names only for entries present in the SDN file itself
            if len(r) >= 4 and r[0].strip() in sdn_ids:
                out['us-ofac-sdn'][r[0].strip()].append(r[3])
    alt_only = []
    with open(os.path.join(LISTS, OFAC_ALT), encoding='utf-8', errors='replace', newline='') as f:
        for r in csv.reader(f):
            if len(r) >= 4 and r[0].strip() not in sdn_ids:
                alt_only.append(r[3])
    root = ET.parse(os.path.join(LISTS, UN_XML)).getroot()
    for kind in ('INDIVIDUAL', 'ENTITY'):
        for e in root.iter(kind):
            ref = (e.findtext('REFERENCE_NUMBER') or '').strip()
            parts = [e.findtext(k) for k in ('FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME')]
            out['un-sc'][ref].append(' '.join(p.strip() for p in parts if p and p.strip()))
            orig = e.findtext('NAME_ORIGINAL_SCRIPT')
            if orig:
                out['un-sc'][ref].append(orig)
            for a in e.iter(kind + '_ALIAS'):
                n = a.findtext('ALIAS_NAME')
                if n:
                    out['un-sc'][ref].append(n)
    with open(os.path.join(LISTS, UK_CSV), encoding='utf-8-sig', errors='replace', newline='') as f:
        rd = csv.reader(f)
        head = next(rd)
        i_id, i_name = head.index('Unique ID'), head.index('Name')
        for r in rd:
            if len(r) > i_name:
                out['gb-fcdo'][r[i_id].strip()].append(r[i_name])
    return out, alt_only


def main():
    lists, alt_only = load()
    every_name = [n for lst in lists.values() for names in lst.values() for n in names] + alt_only
    token_sets = [frozenset(fold(n)) for n in every_name]
    by_token = defaultdict(list)
    for i, ts in enumerate(token_sets):
        for t in ts:
            by_token[t].append(i)
    spaced_names = {space(n) for n in every_name}

    def listed_hits(tokens):
        tokens = set(tokens)
        if not tokens:
            return []
        rare = min(tokens, key=lambda t: len(by_token.get(t, ())))
        return [every_name[i] for i in by_token.get(rare, ()) if tokens <= token_sets[i]]

    errors = []
    with open(CSV_PATH, encoding='utf-8', newline='') as f:
        text = f.read()
    for s in SEED_STRINGS:
        if s in text.casefold():
            errors.append(f'seed-article misspelling {s!r} must not appear in data files')
    rows = list(csv.reader(text.splitlines()))
    if rows[0] != HEADER:
        errors.append(f'header is {rows[0]}, expected {HEADER}')
    seen = {}
    counts = Counter()
    for ln, r in enumerate(rows[1:], start=2):
        if len(r) != len(HEADER):
            errors.append(f'line {ln}: {len(r)} fields')
            continue
        q, lst, lid, listed, schema, style, kind, _note = r
        where = f'line {ln} ({q!r})'
        key = space(q)
        if key in seen:
            errors.append(f'{where}: duplicate of line {seen[key]}')
        seen[key] = ln
        if style not in STYLES:
            errors.append(f'{where}: unknown style {style!r}')
        if schema not in SCHEMAS:
            errors.append(f'{where}: unknown schema {schema!r}')
        counts[(kind, style)] += 1
        if kind == 'variant':
            if lst not in LIST_IDS:
                errors.append(f'{where}: expected_list {lst!r} not one of {LIST_IDS}')
                continue
            names = lists[lst].get(lid)
            if not names:
                errors.append(f'{where}: id {lid!r} not found in {lst}')
                continue
            if space(listed) not in {space(n) for n in names}:
                errors.append(f'{where}: listed_name {listed!r} is not a name of {lst} {lid}: {names[:4]}')
        elif kind == 'decoy':
            if lst or lid:
                errors.append(f'{where}: decoy must have empty expected_list/expected_list_id')
            if space(listed) not in spaced_names:
                errors.append(f'{where}: decoy listed_name {listed!r} is not a listed name')
            toks = fold(q)
            variants = [toks]
            # hyphenated given name also checked joined ("Jong-il" -> "jongil")
            joined = re.sub(r'(\w)-(\w)', r'\1\2', q)
            if joined != q:
                variants.append(fold(joined))
            for tv in variants:
                hits = listed_hits(tv)
                if hits:
                    errors.append(f'{where}: decoy is listed: {hits[:3]}')
            # the same name in another transliteration is no decoy: a listed name sharing one token
            # exactly must not match every other decoy token within a letter or two
            near_hits = set()
            for t in set(toks):
                for i in by_token.get(t, ()):
                    if one_to_one(toks, token_sets[i]):
                        near_hits.add(every_name[i])
            if near_hits:
                errors.append(f'{where}: decoy is a spelling variant of listed {sorted(near_hits)[:3]}')
        else:
            errors.append(f'{where}: kind must be variant or decoy, got {kind!r}')

    n_var = sum(v for (k, _), v in counts.items() if k == 'variant')
    n_dec = sum(v for (k, _), v in counts.items() if k == 'decoy')
    if n_var < 250:
        errors.append(f'only {n_var} variants (need >= 250)')
    if n_dec < 80:
        errors.append(f'only {n_dec} decoys (need >= 80)')
    for s in STYLES:
        if counts[('variant', s)] < MIN_PER_STYLE[s]:
            errors.append(f'style {s}: {counts[("variant", s)]} variants (need >= {MIN_PER_STYLE[s]})')

    print(f'{n_var} variants, {n_dec} decoys')
    for s in STYLES:
        print(f'  {s:20s} variant={counts[("variant", s)]:3d} decoy={counts[("decoy", s)]:3d}')
    for e in errors:
        print('ERROR', e)
    print('FAIL' if errors else 'OK')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
