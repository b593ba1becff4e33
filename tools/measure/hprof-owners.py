# Heap per open session by owner, from an HPROF dump and a class histogram taken with it (measure-session-heap.sh
# with HEAP_DUMP and HISTO_DIR). Each session-side object (a component, a state node, a session, a socket...) gets the
# objects that only it reaches; what the roots reach without passing any of them is global. State nodes are named
# by the component they belong to, so the list shows which parts of a page cost the most per open page.
# Usage: python3 tools/measure/hprof-owners.py dump.hprof after.histo SESSIONS   (SESSIONS: all sessions open)
import struct, sys, collections, mmap
BASIC = {2: None, 4: 1, 5: 2, 6: 4, 7: 8, 8: 1, 9: 2, 10: 4, 11: 8}
class Heap:
    def __init__(self, path):
        f = open(path, 'rb'); self.data = data = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        p = data.find(b'\0') + 1
        self.idsize = ids = struct.unpack('>I', data[p:p+4])[0]; p += 12
        basic = dict(BASIC); basic[2] = ids; self.basic = basic
        self.strings = {}; self.classname = {}   # class obj id -> name
        self.classes = {}   # id -> (super, instsize, [(nameid,type)])
        self.obj = {}       # id -> (kind, offset)  kind: 'i' instance, 'o' objarray, 'p' primarray
        self.roots = []
        rid = lambda q: int.from_bytes(data[q:q+ids], 'big')
        self.rid = rid
        while p < len(data):
            tag = data[p]; length = struct.unpack('>I', data[p+5:p+9])[0]; p += 9; end = p + length
            if tag == 0x01:
                self.strings[rid(p)] = data[p+ids:end].decode('utf-8', 'replace')
            elif tag == 0x02:
                self.classname[rid(p+4)] = rid(p+4+ids+4)
            elif tag in (0x0c, 0x1c):
                q = p
                while q < end:
                    st = data[q]; q += 1
                    if st == 0xff: self.roots.append(rid(q)); q += ids
                    elif st == 0x01: self.roots.append(rid(q)); q += 2 * ids
                    elif st in (0x02, 0x03): self.roots.append(rid(q)); q += ids + 8
                    elif st == 0x04: self.roots.append(rid(q)); q += ids + 4
                    elif st in (0x05, 0x07): self.roots.append(rid(q)); q += ids
                    elif st == 0x06: self.roots.append(rid(q)); q += ids + 4
                    elif st == 0x08: self.roots.append(rid(q)); q += ids + 8
                    elif st == 0x20:
                        cid = rid(q); sup = rid(q + ids + 4); q0 = q
                        q += ids + 4 + 6 * ids; isz = struct.unpack('>I', data[q:q+4])[0]; q += 4
                        n = struct.unpack('>H', data[q:q+2])[0]; q += 2
                        for _ in range(n):
                            t = data[q+2]; q += 3 + basic[t]
                        n = struct.unpack('>H', data[q:q+2])[0]; q += 2
                        statics = []
                        for _ in range(n):
                            t = data[q+ids]
                            if t == 2: statics.append(rid(q+ids+1))
                            q += ids + 1 + basic[t]
                        n = struct.unpack('>H', data[q:q+2])[0]; q += 2
                        fl = []
                        for _ in range(n):
                            fl.append((rid(q), data[q+ids])); q += ids + 1
                        self.classes[cid] = (sup, isz, fl, statics)
                    elif st == 0x21:
                        self.obj[rid(q)] = ('i', q); q += ids + 4
                        cls = rid(q); q += ids
                        n = struct.unpack('>I', data[q:q+4])[0]; q += 4 + n
                    elif st == 0x22:
                        self.obj[rid(q)] = ('o', q); q += ids + 4
                        n = struct.unpack('>I', data[q:q+4])[0]; q += 4 + ids + n * ids
                    elif st == 0x23:
                        self.obj[rid(q)] = ('p', q); q += ids + 4
                        n = struct.unpack('>I', data[q:q+4])[0]; t = data[q+4]; q += 5 + n * basic[t]
                    else:
                        raise SystemExit(f'unknown subrecord {st:#x}')
            p = end
        self.cname = {cid: self.strings.get(sid, '?').replace('/', '.') for cid, sid in self.classname.items()}
        self._layout = {}
    def layout(self, cid):
        if cid in self._layout: return self._layout[cid]
        out = []
        c = cid
        while c and c in self.classes:
            sup, isz, fl, st = self.classes[c]
            out.extend((self.strings.get(n, '?'), t) for n, t in fl)
            c = sup
        self._layout[cid] = out
        return out
    def kind(self, oid):
        e = self.obj.get(oid); return e[0] if e else None
    def clsof(self, oid):
        e = self.obj.get(oid)
        if not e: return None
        k, q = e; d = self.data; ids = self.idsize
        if k == 'i': return self.rid(q + ids + 4)
        if k == 'o': return self.rid(q + ids + 8)
        return None
    def name(self, oid):
        e = self.obj.get(oid)
        if not e: return None
        if e[0] == 'p':
            t = self.data[e[1] + self.idsize + 8]
            return {4:'boolean',5:'char',6:'float',7:'double',8:'byte',9:'short',10:'int',11:'long'}[t] + '[]'
        c = self.clsof(oid)
        n = self.cname.get(c, '?')
        return n if e[0] == 'i' else n
    def fields(self, oid):
        k, q = self.obj[oid]; d = self.data; ids = self.idsize
        cls = self.rid(q + ids + 4); q += ids + 4 + ids + 4
        out = {}
        for fname, t in self.layout(cls):
            if t == 2: v = self.rid(q)
            elif t == 4 or t == 8: v = d[q]
            elif t == 10: v = struct.unpack('>i', d[q:q+4])[0]
            elif t == 11: v = struct.unpack('>q', d[q:q+8])[0]
            elif t == 5: v = struct.unpack('>H', d[q:q+2])[0]
            else: v = None
            if fname not in out: out[fname] = v
            q += self.basic[t]
        return out
    def refs(self, oid):
        e = self.obj.get(oid)
        if not e: 
            st = self.classes.get(oid)
            return st[3] if st else []
        k, q = e; d = self.data; ids = self.idsize
        if k == 'p': return []
        if k == 'o':
            n = struct.unpack('>I', d[q+ids+4:q+ids+8])[0]; q += ids + 8 + ids
            return [r for r in (self.rid(q + i*ids) for i in range(n)) if r]
        cls = self.rid(q + ids + 4); q += ids + 4 + ids + 4
        out = [cls]
        for fname, t in self.layout(cls):
            if t == 2:
                r = self.rid(q)
                if r: out.append(r)
            q += self.basic[t]
        return out
    def string(self, oid):
        if not oid or oid not in self.obj: return None
        f = self.fields(oid); v = f.get('value')
        if not v or v not in self.obj: return None
        k, q = self.obj[v]; ids = self.idsize; d = self.data
        n = struct.unpack('>I', d[q+ids+4:q+ids+8])[0]; body = d[q+ids+9:q+ids+9+n]
        return body.decode('latin-1') if f.get('coder') == 0 else body.decode('utf-16-le', 'replace')


h = Heap(sys.argv[1]); histo = sys.argv[2]; nsess = int(sys.argv[3])  # sizes: the histogram's averages
avg = {}
for line in open(histo):
    p = line.split()
    if len(p) >= 4 and p[0].endswith(':'): avg[p[3]] = int(p[2]) / max(1, int(p[1]))
def size(o):
    k = h.kind(o)
    if k == 'i': return avg.get(h.name(o), 24)
    q = h.obj[o][1]; ids = h.idsize
    n = struct.unpack('>I', h.data[q+ids+4:q+ids+8])[0]
    if k == 'o': return (16 + n * 4 + 7) // 8 * 8
    t = h.data[q+ids+8]; return (16 + n * h.basic[t] + 7) // 8 * 8
OWNERS = ['com.vaadin.flow.component.Component', 'com.vaadin.flow.internal.StateNode', 'com.vaadin.flow.internal.StateTree',
  'com.vaadin.flow.component.internal.UIInternals', 'com.vaadin.flow.server.VaadinSession',
  'org.apache.catalina.session.StandardSession', 'org.apache.tomcat.util.net.NioChannel',
  'org.apache.tomcat.util.net.NioEndpoint$NioSocketWrapper', 'org.apache.tomcat.websocket.WsSession',
  'org.apache.tomcat.websocket.WsFrameBase', 'org.apache.tomcat.websocket.server.WsHttpUpgradeHandler',
  'org.atmosphere.cpr.AtmosphereResourceImpl', 'org.atmosphere.cpr.AtmosphereRequestImpl',
  'org.atmosphere.cpr.AtmosphereResponseImpl', 'org.atmosphere.container.JSR356WebSocket',
  'com.vaadin.flow.data.provider.DataCommunicator', 'com.vaadin.flow.data.provider.KeyMapper']
OS = set(OWNERS)
chains = {}
def top(c):
    if c in chains: return chains[c]
    r = None; x = c
    while x and x in h.classes:
        nm = h.cname.get(x)
        if nm in OS: r = nm; break
        x = h.classes[x][0]
    chains[c] = r; return r
owner_kind = {}
for o,(k,q) in h.obj.items():
    if k=='i':
        t = top(h.clsof(o))
        if t: owner_kind[o] = t
print('owner objects', len(owner_kind), collections.Counter(owner_kind.values()))
def reach(starts, stop):
    seen = set(); stack = list(starts)
    while stack:
        o = stack.pop()
        if o in seen or o in stop: continue
        seen.add(o); stack.extend(h.refs(o))
    return seen
glob = reach(h.roots, owner_kind)
print('global', len(glob))
# label for state nodes: nearest component
def comp_of(node):
    fs = h.fields(node)['features']
    feats = h.refs(fs) if h.kind(fs)=='o' else [fs]
    for x in feats:
        if x and h.kind(x)=='i' and h.name(x).endswith('ComponentMapping'):
            c = h.fields(x).get('component')
            if c: return h.name(c)
    return None
nodecomp = {o: comp_of(o) for o, t in owner_kind.items() if t == 'com.vaadin.flow.internal.StateNode'}
def label(o):
    t = owner_kind[o]
    if t == 'com.vaadin.flow.internal.StateNode':
        c = nodecomp[o]
        if c: return 'node of ' + c
        p = h.fields(o)['parent']; d = 0
        while p and nodecomp.get(p) is None and d < 50: p = h.fields(p)['parent']; d += 1
        return 'node inside ' + str(nodecomp.get(p))
    if t == 'com.vaadin.flow.component.Component': return 'component ' + h.name(o)
    return t
first = {}; shared = set()
for o in owner_kind:
    stack = [o]; seen = set()
    while stack:
        x = stack.pop()
        if x in seen or x in glob: continue
        if x != o and x in owner_kind: continue
        seen.add(x); stack.extend(h.refs(x))
    for x in seen:
        if x in first and first[x] != o: shared.add(x)
        else: first[x] = o
tot = collections.Counter(); cls = collections.defaultdict(collections.Counter); cnt = collections.Counter()
for o in owner_kind: cnt[label(o)] += 1
for x, o in first.items():
    if x in shared: continue
    s = size(x); lb = label(o); tot[lb] += s; cls[lb][h.name(x)] += s
sh = sum(size(x) for x in shared)
print(f'per session total owned {sum(tot.values())/nsess:.0f} B; shared between owners {sh/nsess:.0f} B')
for lb, v in tot.most_common(70):
    top3 = ', '.join(f'{n.split(".")[-1]} {b/nsess:.0f}' for n, b in cls[lb].most_common(4))
    print(f'{v/nsess:8.0f} B  {cnt[lb]/nsess:6.2f}x  {lb:70s} {top3}')
