#!/usr/bin/env python3
"""Drafts curriculum/yearplans/<grade>-<model>.yaml from the activities that exist. A starting point for editors:
the files are data afterwards and `curriculum check` validates them; re-running overwrites hand edits."""
import glob, os, yaml

ROOT = os.path.join(os.path.dirname(__file__), '..', '..', 'curriculum')
SUBJECTS = {s['id']: s for s in yaml.safe_load(open(f'{ROOT}/subjects.yaml'))['subjects']}
ACTS = [yaml.safe_load(open(f)) for f in sorted(glob.glob(f'{ROOT}/activities/*.yaml'))]
EXPS = {}
for f in glob.glob(f'{ROOT}/experiments/*/experiment.yaml'):
    e = yaml.safe_load(open(f)); EXPS[e['id']] = e
# 40 teaching weeks: uge 33 to 24 without the usual holiday weeks 42, 52, 1 and 7.
TEACH = [w for w in list(range(33, 52)) + list(range(2, 25)) if w not in (42, 7)]
assert len(TEACH) == 40
THEME = [35, 39, 45, 49, 4, 10, 17, 22]
AREA_NAMES = {'dm': 'digital myndiggørelse', 'dd': 'digital design', 'ct': 'computationel tankegang',
              'th': 'teknologisk handleevne'}

def band(g): return 0 if g <= 3 else (1 if g <= 6 else 2)

OWN = {  # band -> area -> (title, why, subjects in order of preference)
 0: {'dm': ('Eget forløb: Skærme hjemme og i skolen',
            'Klassen taler om, hvornår en skærm hjælper, og hvornår den tager tid fra andet. Skolen fylder selv ud.',
            ['boernehaveklasse', 'dansk']),
     'dd': ('Eget forløb: Vi finder på en ny legeting',
            'Eleverne tegner, bygger i pap og viser en idé til en ting med lys eller lyd. Skolen fylder selv ud.',
            ['boernehaveklasse', 'billedkunst', 'dansk']),
     'ct': ('Eget forløb: Mønstre og rækkefølger',
            'Klap, perler og trin i fast rækkefølge: eleverne finder og retter fejlen. Skolen fylder selv ud.',
            ['boernehaveklasse', 'matematik']),
     'th': ('Eget forløb: Hvad er inde i maskinen?',
            'Eleverne skiller en gammel ting ad uden strøm og finder knapper og ledninger. Skolen fylder selv ud.',
            ['boernehaveklasse', 'natur-teknologi'])},
 1: {'dm': ('Eget forløb: Reklamer i spil og apps',
            'Eleverne finder reklamer og køb i spil og taler om, hvem der tjener på dem. Skolen fylder selv ud.',
            ['dansk']),
     'dd': ('Eget forløb: Gør en ting i klassen bedre',
            'Eleverne spørger en bruger, laver en skitse og en model og tester den. Skolen fylder selv ud.',
            ['haandvaerk-og-design', 'billedkunst', 'dansk']),
     'ct': ('Eget forløb: Data om klassen',
            'Eleverne samler, sorterer og viser data om klassen og ser, hvad tallene ikke siger. Skolen fylder selv ud.',
            ['matematik']),
     'th': ('Eget forløb: Fra tastatur til skærm',
            'Eleverne følger et tastetryk gennem computeren og ud på nettet. Skolen fylder selv ud.',
            ['natur-teknologi', 'matematik'])},
 2: {'dm': ('Eget forløb: Debat om data og overvågning',
            'Eleverne undersøger, hvem der samler data om dem, og holder en debat om grænser. Skolen fylder selv ud.',
            ['samfundsfag', 'dansk']),
     'dd': ('Eget forløb: Designsprint om et problem på skolen',
            'Eleverne finder et problem, laver en prototype og tester den på rigtige brugere. Skolen fylder selv ud.',
            ['dansk', 'matematik']),
     'ct': ('Eget forløb: Modeller og simuleringer',
            'Eleverne bygger en enkel model i regneark og ser, hvad der sker, når tallene ændres. Skolen fylder selv ud.',
            ['matematik', 'fysik-kemi']),
     'th': ('Eget forløb: Sikkerhed på egne enheder',
            'Eleverne gennemgår opdateringer, adgangskoder og to-trins-login på egne enheder. Skolen fylder selv ud.',
            ['fysik-kemi', 'dansk'])},
}

def taught(s, g):
    a, b = SUBJECTS[s]['grades']; return a <= g <= b

def areas(a): return sorted({x.split('.')[1] for x in a['goals']})

def acts_for(g):
    out = [a for a in ACTS if a['grades'][0] <= g <= a['grades'][1]]
    # interleave by area (round robin over each activity's first area) so the year does not start with three
    # activities of one kind, and so a grade with more activities than lessons drops from every area alike
    groups = {}
    for a in sorted(out, key=lambda a: a['id']):
        groups.setdefault(areas(a)[0], []).append(a)
    order, k = [], 0
    while any(groups.values()):
        for area in sorted(groups):
            if k < len(groups[area]):
                order.append(groups[area][k])
        k += 1
        if all(k >= len(v) for v in groups.values()):
            break
    return order

def host(a, g, i):
    subs = [s for s in a['subjects'] if taught(s['id'], g)]
    s = subs[i % len(subs)]
    return s['id'], s['does']

def exps_for(a, g):
    return [e for e in a.get('experiments', []) if EXPS[e]['grades'][0] <= g <= EXPS[e]['grades'][1]]

def own_item(g, area, lessons, n):
    title, why, subs = OWN[band(g)][area]
    sub = next(s for s in subs if taught(s, g))
    return {'own': title + (f' (del {n})' if n > 1 else ''), 'areas': [area], 'subject': sub,
            'lessons': lessons, 'why': why}

def activity_items(g, budget=80):
    """The grade's activities that fit in `budget` lessons (the year's 80, with room for an even total)."""
    items, used = [], 0
    for i, a in enumerate(acts_for(g)):
        sub, does = host(a, g, i)
        ex = exps_for(a, g)
        extra = 2 if ex else 0
        if used + a['lessons'] + extra > budget - 1:
            continue
        used += a['lessons'] + extra
        item = {'activity': a['id'], 'subject': sub, 'lessons': a['lessons'] + extra}
        if ex:
            item['experiments'] = ex
            why = does + ' To lektioner mere i laboratoriet med ' + ('eksperimentet' if len(ex) == 1 else 'eksperimenterne') + '.'
        else:
            why = does
        item['why'] = why
        items.append(item)
    return items

def fill_own(g, need, covered, size):
    """Own slots of `size` lessons (the last one smaller) until `need` lessons, missing areas first."""
    order = [a for a in ['dd', 'ct', 'th', 'dm'] if a not in covered] + [a for a in ['dd', 'ct', 'th', 'dm'] if a in covered]
    counts, out, i = {}, [], 0
    while need > 0:
        area = order[i % len(order)]; i += 1
        n = min(size, need)
        counts[area] = counts.get(area, 0) + 1
        out.append(own_item(g, area, n, counts[area])); need -= n
    return out

def integrated(g):
    items = activity_items(g)
    total = sum(x['lessons'] for x in items)
    if total % 2: items[-1]['lessons'] += 1; items[-1]['why'] += ' Én ekstra lektion til at vise og samle op.'
    total = sum(x['lessons'] for x in items)
    covered = {ar for x in items for ar in areas(next(a for a in ACTS if a['id'] == x['activity']))}
    own = fill_own(g, 80 - total, covered, 6)
    # spread own slots between activities
    seq, oi = [], 0
    step = max(1, len(items) // max(1, len(own))) if own else 1
    for k, it in enumerate(items):
        seq.append(it)
        if own and oi < len(own) and (k + 1) % step == 0:
            seq.append(own[oi]); oi += 1
    seq += own[oi:]
    slot = 0
    for it in seq:
        # an activity two lessons a week; an own slot up to three, so a grade with many short activities fits 40 weeks
        span = max(1, it["lessons"] // 2) if 'activity' in it else max(1, -(-it["lessons"] // 3))
        it['weeks'] = [TEACH[slot], TEACH[slot + span - 1]]
        slot += span
    assert slot <= 40, (g, slot)
    return seq

def themed(g):
    acts = activity_items(g)
    covered = {ar for x in acts for ar in areas(next(a for a in ACTS if a['id'] == x['activity']))}
    missing = [a for a in ['dd', 'ct', 'th', 'dm'] if a not in covered]
    weeks, queue = [], list(acts)
    counts = {}
    for w in THEME:
        week, room = [], 10
        # first fit: the next activity in the year's order that still fits the week
        while (fit := next((q for q in queue if q['lessons'] <= room), None)) is not None:
            queue.remove(fit); week.append(fit); room -= fit['lessons']
        if room > 0:
            area = missing.pop(0) if missing else ['dd', 'ct', 'th', 'dm'][len(weeks) % 4]
            counts[area] = counts.get(area, 0) + 1
            week.append(own_item(g, area, room, counts[area]))
        for it in week:
            it['weeks'] = [w, w]
        weeks += week
    # what does not fit eight theme weeks stays out of this model (the integrated plan has room for it)
    return weeks

def rationale(g, model, items):
    own = sum(i['lessons'] for i in items if 'own' in i)
    n = len({i['activity'] for i in items if 'activity' in i})
    if model == 'integreret':
        text = (f'Teknologiforståelse ligger i fagene hele året, to lektioner om ugen. Hvert forløb får et par uger '
                f'i et af de fag, det er skrevet til, så eleverne møder emnet ofte og i små bidder. ')
    else:
        text = (f'Teknologiforståelse samles i otte temauger med ti lektioner hver. I en temauge arbejder klassen '
                f'med emnet i flere fag på én gang, så der er tid til at bygge, teste og vise frem. I gennemsnit '
                f'bliver det også to lektioner om ugen. ')
    text += f'Planen bruger {n} forløb fra Opdag og dækker alle fire kompetenceområder. '
    if own:
        text += (f'{own} af årets 80 lektioner er egne forløb: Opdag har endnu ikke forløb nok til {g}. klasse, '
                 f'så skolen fylder dem selv ud eller lægger nye forløb ind, når de kommer.')
    else:
        text += 'Der er ingen egne forløb: alle lektioner er Opdag-forløb.'
    return text

TITLES = {'integreret': 'integreret i fagene hele året', 'temauger': 'otte temauger'}

def dump(g, model):
    items = integrated(g) if model == 'integreret' else themed(g)
    doc = {'id': f'{g}-{model}', 'grade': g, 'model': model,
           'title': f'{g}. klasse: {TITLES[model]}', 'lessonsPerWeek': 2, 'teachingWeeks': 40,
           'rationale': rationale(g, model, items), 'items': []}
    for it in items:
        o = {'weeks': it['weeks'], 'subject': it['subject']}
        if 'activity' in it: o['activity'] = it['activity']
        else: o['own'] = it['own']; o['areas'] = it['areas']
        if it.get('experiments'): o['experiments'] = it['experiments']
        o['lessons'] = it['lessons']; o['why'] = it['why']
        doc['items'].append(o)
    os.makedirs(f'{ROOT}/yearplans', exist_ok=True)
    with open(f'{ROOT}/yearplans/{g}-{model}.yaml', 'w') as f:
        f.write(f'# Årsplan-skabelon. Felterne er beskrevet i curriculum/README.md ("Årsplan-skabeloner").\n')
        yaml.safe_dump(doc, f, allow_unicode=True, sort_keys=False, width=110, default_flow_style=None)

for g in range(10):
    for m in ('integreret', 'temauger'):
        dump(g, m)
