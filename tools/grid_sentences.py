#!/usr/bin/env python3
"""Writes the construction grids of tests/fixtures/sentences/grid_*.tsv: simple sentences that
cross every verb of transfer, clause construction, party form and modality cue of the extractor's
domain with random parties and goods, in the battery format (sentence, giver names, recipient
names, item keywords, modality). Unlike the held-out batteries, the grids are systematic: they
exist to find a form of a common construction the extractor misses (a verb without its
progressive, a pronoun after a preposition), not to measure reading of real prose.

Run: python3 tools/grid_sentences.py   (deterministic: fixed seeds; rewrites the four files)
"""
import os
import random

OUT = os.path.join(os.path.dirname(__file__), "..", "tests", "fixtures", "sentences")
STATES = [("Iran", "Russia"), ("North Korea", "Russia"), ("China", "Myanmar"), ("Belarus", "Russia"),
          ("Turkey", "Ukraine"), ("Russia", "Mali"), ("the United States", "Taiwan"), ("Serbia", "Armenia")]
ITEMS = ["drones", "artillery shells", "rifles", "fuel", "tanks", "missiles", "helicopters", "ammunition"]
# (past, participle, -ing form, noun) of verbs of giving; the noun is what "X's ... of goods" reads
GIVE = [("sent", "sent", "sending", "shipments"), ("shipped", "shipped", "shipping", "shipments"),
        ("supplied", "supplied", "supplying", "supplies"), ("delivered", "delivered", "delivering", "deliveries"),
        ("sold", "sold", "selling", "sales"), ("exported", "exported", "exporting", "exports"),
        ("transferred", "transferred", "transferring", "transfers"), ("provided", "provided", "providing", "provision"),
        ("donated", "donated", "donating", "donation"), ("gave", "given", "giving", "gift"),
        ("smuggled", "smuggled", "smuggling", "smuggling"), ("handed over", "handed over", "handing over", "handover"),
        ("airlifted", "airlifted", "airlifting", "airlift"), ("leased", "leased", "leasing", "lease"),
        ("lent", "lent", "lending", "loan"), ("channelled", "channelled", "channelling", "channelling"),
        ("dispatched", "dispatched", "dispatching", "dispatch"), ("gifted", "gifted", "gifting", "gift"),
        ("re-exported", "re-exported", "re-exporting", "re-export"),
        ("transshipped", "transshipped", "transshipping", "transshipment"),
        ("forwarded", "forwarded", "forwarding", "forwarding"), ("contributed", "contributed", "contributing", "contribution")]
RECEIVE = [("received", "received", "receiving"), ("bought", "bought", "buying"), ("imported", "imported", "importing"),
           ("acquired", "acquired", "acquiring"), ("obtained", "obtained", "obtaining"),
           ("purchased", "purchased", "purchasing"), ("procured", "procured", "procuring"),
           ("sourced", "sourced", "sourcing"), ("accepted", "accepted", "accepting"),
           ("collected", "collected", "collecting"), ("borrowed", "borrowed", "borrowing")]


def cap(s):
    return s[0].upper() + s[1:]


def row(sentence, giver, recipient, item, modality="fact"):
    return "\t".join([sentence, giver, recipient, item.split()[-1][:5], modality])


def verbs():
    random.seed(7)
    out = []
    for past, pp, ger, noun in GIVE:
        x, y = random.choice(STATES)
        it = random.choice(ITEMS)
        out += [row(f"{cap(x)} {past} {it} to {y}.", x, y, it),
                row(f"{cap(it)} were {pp} to {y} by {x}.", x, y, it),
                row(f"{cap(x)} has been {ger} {it} to {y} since 2022.", x, y, it),
                row(f"{cap(x)} secretly {past} {it} to {y} last year.", x, y, it),
                row(f"The {it} that {x} {past} to {y} were used in the war.", x, y, it),
                row(f"Officials said {x} had {pp} {it} to {y}.", x, y, it),
                row(f"{cap(x)}'s {noun} of {it} to {y} continued in 2023.", x, y, it),
                row(f"The {noun} of {it} from {x} to {y} continued in 2023.", x, y, it)]
    for past, pp, ger in RECEIVE:
        x, y = random.choice(STATES)
        it = random.choice(ITEMS)
        out += [row(f"{cap(y)} {past} {it} from {x}.", x, y, it),
                row(f"{cap(y)} has {pp} {it} from {x}.", x, y, it),
                row(f"{cap(y)} is {ger} {it} from {x}.", x, y, it),
                row(f"Reports said {y} {past} {it} from {x} in 2023.", x, y, it)]
    return out


CAPITALS = {"Iran": "Tehran", "Russia": "Moscow", "North Korea": "Pyongyang", "China": "Beijing",
            "Belarus": "Minsk", "Turkey": "Ankara", "Serbia": "Belgrade", "Egypt": "Cairo",
            "Pakistan": "Islamabad", "Syria": "Damascus", "Venezuela": "Caracas", "Cuba": "Havana",
            "Mali": "Bamako", "Sudan": "Khartoum", "Armenia": "Yerevan", "Algeria": "Algiers"}
DEMONYMS = {"Iran": "Iranian", "Russia": "Russian", "North Korea": "North Korean", "China": "Chinese",
            "Belarus": "Belarusian", "Turkey": "Turkish", "Serbia": "Serbian", "Egypt": "Egyptian",
            "Pakistan": "Pakistani", "Syria": "Syrian", "Venezuela": "Venezuelan", "Cuba": "Cuban",
            "Mali": "Malian", "Sudan": "Sudanese", "Armenia": "Armenian", "Algeria": "Algerian"}


def clauses():
    random.seed(11)
    goods = ["drones", "artillery shells", "assault rifles", "diesel fuel", "T-72 tanks", "ballistic missiles",
             "Mi-17 helicopters", "anti-tank mines", "armoured vehicles", "fighter jets"]
    verbs_ = [("sent", "sent"), ("delivered", "delivered"), ("shipped", "shipped"), ("sold", "sold"),
              ("supplied", "supplied"), ("transferred", "transferred"), ("gave", "given"), ("exported", "exported")]
    out = []
    for _ in range(3):
        x, y, z = random.sample(list(CAPITALS), 3)
        it = random.choice(goods)
        v, vp = random.choice(verbs_)
        out += [row(f"{x} {v} {y} 20 {it}.", x, y, it),
                row(f"{x} supplied {y} with {it}.", x, y, it),
                row(f"{y} was given {it} by {x}.", x, y, it),
                row(f"The {it} supplied by {x} to {y} were used in the offensive.", x, y, it),
                row(f"{y}'s purchase of {it} from {x} was confirmed by officials.", x, y, it),
                row(f"According to Reuters, {y} bought {it} from {x}.", x, y, it),
                row(f"{x} and {z} {v} {it} to {y}.", x, y, it),
                row(f"{x} {v} {it} to {y} and {z}.", x, y, it),
                row(f"{y} took delivery of {it} from {x} in May.", x, y, it),
                row(f"{x} handed the {it} over to {y}.", x, y, it),
                row(f"{x} {v} {it} worth $5 million to {y}.", x, y, it),
                row(f"{x} {v} {it} via {z} to {y}.", x, y, it),
                row(f"{x} has {vp} at least 10,000 {it} to {y}.", x, y, it),
                row(f"President Ali Haidar of {x} gave {it} to {y}.", "Haidar", y, it),
                row(f"{x}'s defence ministry {v} {it} to {y}'s army.", x, y, it),
                row(f"\"{x} {v} {it} to {y},\" the minister said.", x, y, it),
                row(f"{x} is a close ally of {y}. It {v} {it} to {y} in 2023.", x, y, it),
                row(f"{y} is at war. {x} {v} {it} to it in 2023.", x, y, it),
                row(f"{CAPITALS[x]} {v} {it} to {CAPITALS[y]}.", f"{x}|{CAPITALS[x]}", f"{y}|{CAPITALS[y]}", it),
                row(f"{DEMONYMS[x]} {it} were {vp} to {y}.", f"{x}|{DEMONYMS[x]}", y, it),
                row(f"{y} received {DEMONYMS[x]} {it}.", f"{x}|{DEMONYMS[x]}", y, it)]
    return out


def parties():
    names = ["Rosoboronexport", "the Wagner Group", "Hezbollah", "the Houthis", "Hamas", "the Taliban",
             "the Rapid Support Forces", "Kataib Hezbollah", "the Sinaloa cartel", "Azima Trading LLC",
             "Global Tech FZE", "a Hong Kong company", "a Turkish firm", "the Islamic Revolutionary Guard Corps",
             "KOMID", "Rostec", "Norinco", "Baykar", "the Kremlin", "the Assad regime", "the Myanmar junta",
             "Lukashenko", "Vladimir Putin", "Sergei Shoigu", "Defence Minister Andrei Belousov",
             "Viktor Bout", "the oligarch Alisher Usmanov", "al-Shabaab", "the Libyan National Army",
             "Khalifa Haftar", "the UAE", "the Iranians", "the Russians", "the North Koreans", "the DPRK",
             "Washington", "Kyiv", "Somaliland", "Boko Haram", "the M23 rebels"]
    titles = ["Chief of General Staff", "Deputy Prime Minister", "Foreign Minister", "Minister of Defence",
              "Vice President", "Secretary of State", "Ambassador", "Gen.", "Brigadier General", "Major General",
              "Admiral", "Vice Admiral", "Rear Admiral", "Col.", "Lt. Col.", "Captain", "Crown Prince", "Emir",
              "Sheikh", "Governor", "chief executive", "Field Marshal", "Supreme Leader", "Interior Minister",
              "Special Envoy", "Presidential Envoy", "Defense Secretary", "Dr.", "Air Chief Marshal",
              "Chief of the Defence Staff", "Commander-in-Chief", "businessman", "oligarch"]
    out = []
    for n in names:
        key = n[4:] if n.startswith("the ") else n[2:] if n.startswith("a ") else n
        out.append(row(f"{cap(n)} sent drones to Sudan.", key, "Sudan", "drones"))
        out.append(row(f"Sudan sent drones to {n}.", "Sudan", key, "drones"))
    # a title before a name, the name as giver and as recipient
    for t in titles:
        out.append(row(f"{cap(t)} Ali Haidar gave twenty rifles to Sudan.", "Haidar", "Sudan", "rifles"))
        out.append(row(f"Sudan gave twenty rifles to {t} Ali Haidar.", "Sudan", "Haidar", "rifles"))
    return out


def modality():
    x, y = "Iran", "Russia"
    no = ["Iran refused to send drones to Russia.", "Iran declined to sell drones to Russia.",
          "Iran is reluctant to supply drones to Russia.", "Russia asked Iran to supply drones.",
          "Iran ruled out selling drones to Russia.", "Iran has not sent drones to Russia.",
          "Iran never sent drones to Russia.", "Iran denies sending drones to Russia.",
          "Iran rejected claims that it sent drones to Russia.", "There is no evidence that Iran sent drones to Russia.",
          "It is unclear whether Iran sent drones to Russia.", "Iran may have sent drones to Russia.",
          "Iran is thought to have sent drones to Russia.", "Iran is believed to have sent drones to Russia.",
          "Iran allegedly sent drones to Russia.", "Iran is accused of sending drones to Russia.",
          "If Iran sends drones to Russia, sanctions will follow.", "Iran offered to send drones to Russia.",
          "Iran agreed to supply drones to Russia.", "Iran is negotiating the sale of drones to Russia.",
          "Russia is preparing to deliver drones to Iran.", "Iran could supply drones to Russia.",
          "Iran tried to ship drones to Russia.", "Iran was barred from selling drones to Russia.",
          "Iran failed to deliver the drones to Russia.", "Iran has yet to deliver the drones to Russia."]
    yes = ["Despite sanctions, Iran sent drones to Russia.", "Iran sent drones to Russia, the ministry confirmed.",
           "Iran admitted that it had sent drones to Russia.", "Investigators found that Iran had sent drones to Russia.",
           "Iran continued to send drones to Russia.", "Iran began sending drones to Russia in August.",
           "Iran resumed deliveries of drones to Russia.", "Iran has already sent drones to Russia.",
           "Iran managed to smuggle drones to Russia.", "Iran sent drones to Russia, which denied receiving them.",
           "Iran acknowledged sending drones to Russia.", "Although Iran denies it, it sent drones to Russia."]
    return ([row(s, x, y, "drones", "denied") for s in no] +
            [row(s, x, y, "drones") for s in yes])


def complications():
    """Common constructions inside the furniture of real prose: openings, appositions, trailing
    attributions and clauses, adverbs, adjuncts and heavy goods, each around a few plain cores."""
    random.seed(23)
    goods = ["drones", "artillery shells", "assault rifles", "diesel fuel", "T-72 tanks", "ballistic missiles",
             "Mi-17 helicopters", "anti-tank mines", "armoured vehicles", "fighter jets"]
    cores = [lambda x, y, it: f"{x} sent {it} to {y}",
             lambda x, y, it: f"{x} supplied {y} with {it}",
             lambda x, y, it: f"{y} received {it} from {x}",
             lambda x, y, it: f"{cap(it)} were delivered to {y} by {x}",
             lambda x, y, it: f"{x} shipped 300 {it} to {y}",
             lambda x, y, it: f"{x} gave {y} 20 {it}"]
    wraps = ["From the port, {s}.", "In a statement on Tuesday, {s}.", "As the war dragged on, {s}.",
             "Last year, {s}.", "On 12 March 2023, {s}.", "In early 2024, {s}.",
             "{S}, in violation of UN Security Council resolutions.",
             "{S}, a UN panel of experts said in a report seen by Reuters.",
             "{S}, officials told reporters on condition of anonymity.",
             "{S}, according to satellite images analysed by the think tank.",
             "{S} for the first time since 2019.", "{S}, the second such delivery this year.",
             "Satellite images show that {s}.", "The panel found that {s}.", "Western officials say {s}.",
             "The report, published on Monday, says {s}.", "{S}, which is a breach of the embargo.",
             "{S} despite repeated warnings from Washington.", "{S} in exchange for oil and cash.",
             "{S}, and the shipments have continued since then.", "Investigators say that in 2022 {s}.",
             "{S} — a move that angered the West."]
    out = []
    for w in wraps:
        for core in random.sample(cores, 3):
            x, y = random.choice(STATES)
            it = random.choice(goods)
            c = core(x, y, it)
            # (a core opening with goods is lowercased inside a sentence; names keep capitals)
            lower = c[0].lower() + c[1:] if core is cores[3] else c
            sent = w.replace("{S}", cap(c)).replace("{s}", lower)
            out.append(row(sent, x, y, it))
    # the parties and goods dressed as real prose dresses them
    dressed = [
        "{X}, a close ally of the Kremlin, sent {it} to {y}.",
        "{X}, which has been under Western sanctions since 2014, sent {it} to {y}.",
        "{X} (which is under US sanctions) sent {it} to {y}.",
        "{X} sent {it} to {y}, which is under a UN arms embargo.",
        "{X} sent {it} to {y}, its closest ally in the region.",
        "{X} quietly sent {it} to {y}.", "{X} has over the past two years sent {it} to {y}.",
        "{X} even sent {it} to {y}.", "{X} sent {it} by sea to {y}.", "{X} sent {it} to {y} by rail.",
        "{X} sent {it} to {y} via the Caspian Sea.", "{X} sent {it}, including spare parts, to {y}.",
        "{X} sent {it} worth an estimated $1.2 billion to {y}.", "{X} sent hundreds of {it} to {y}.",
        "{X} sent a large consignment of {it} to {y}.", "{X} condemned the sanctions and sent {it} to {y}.",
        "{X} rejected the accusations but sent {it} to {y} anyway.",
        "{Cap_it} were sent to {y} last month by {x}.", "It was {x} that sent {it} to {y}.",
        "{X} is sending {it} to {y}, and has been doing so since 2022.",
        "{X} has become the main supplier of {it} to {y}.", "{X} is the largest supplier of {it} to {y}.",
        "Among the weapons {x} sent to {y} were {it}.", "{Y}'s army deployed {it} that it had bought from {x}.",
        "{Y} displayed {it} which it had received from {x}.",
        "{Y}'s army brought into service {it} that were recently acquired from {x}.",
        "{X} sent {it} and ammunition to {y} in 2023.", "{X} sent {y} {it} and spare parts.",
        "{X} has sent {it} to {y} since the start of the war.", "{X} sent {it} to {y} to help it fight the war.",
    ]
    random.seed(29)
    for d in dressed:
        for _ in range(2):
            x, y = random.choice(STATES)
            it = random.choice(goods)
            sent = d.format(X=cap(x), x=x, Y=cap(y), y=y, it=it, Cap_it=cap(it))
            out.append(row(sent, x, y, it))
    # a person named as the object of a first verb receives from the subject of the second
    people = [("Vladimir Putin", "Kim Jong Un"), ("Alexander Lukashenko", "Emmerson Mnangagwa"),
              ("Xi Jinping", "Vladimir Putin"), ("Gurbanguly Berdymukhamedov", "Vladimir Putin")]
    firsts = ["wished {r} a happy birthday and handed him", "welcomed {r} warmly and gave him",
              "thanked {r} for the visit and presented him with", "told {r} stories and gave him",
              "showed {r} the factory and gave him", "greeted {r} at the airport and handed him"]
    for f in firsts:
        g, r = random.choice(people)
        out.append(row(f"{g} {f.format(r=r)} a rifle.", g.split()[-1], r.split()[-1], "rifle"))
    return out


for name, rows in [("grid_verbs.tsv", verbs()), ("grid_clauses.tsv", clauses()),
                   ("grid_parties.tsv", parties()), ("grid_modality.tsv", modality()),
                   ("grid_prose.tsv", complications())]:
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")
    print(name, len(rows))
