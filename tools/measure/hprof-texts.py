# Lists the texts (byte[] and char[] of 256+ elements) of an HPROF heap dump, grouped by their first 70
# characters, largest total first: a text kept once per session shows up with a count near the number of sessions.
# Usage: python3 tools/measure/hprof-texts.py dump.hprof [TOP]   (TOP groups, default 30; reads the whole dump)
import sys, struct, collections
path = sys.argv[1]; top = int(sys.argv[2]) if len(sys.argv) > 2 else 30
f = open(path, 'rb'); data = f.read()
p = data.index(b'\0') + 1
idsize = struct.unpack('>I', data[p:p+4])[0]; p += 12
def rid(q): return int.from_bytes(data[q:q+idsize], 'big')
basic = {2: idsize, 4: 1, 5: 2, 6: 4, 7: 8, 8: 1, 9: 2, 10: 4, 11: 8}
groups = collections.defaultdict(lambda: [0, 0])
while p < len(data):
    tag = data[p]; length = struct.unpack('>I', data[p+5:p+9])[0]; p += 9
    end = p + length
    if tag in (0x0c, 0x1c):
        q = p
        while q < end:
            st = data[q]; q += 1
            if st == 0xff: q += idsize
            elif st == 0x01: q += 2 * idsize
            elif st in (0x02, 0x03): q += idsize + 8
            elif st == 0x04: q += idsize + 4
            elif st in (0x05, 0x07): q += idsize
            elif st == 0x06: q += idsize + 4
            elif st == 0x08: q += idsize + 8
            elif st == 0x20:
                q += idsize + 4 + 6 * idsize + 4
                n = struct.unpack('>H', data[q:q+2])[0]; q += 2
                for _ in range(n):
                    t = data[q+2]; q += 3 + basic[t]
                n = struct.unpack('>H', data[q:q+2])[0]; q += 2
                for _ in range(n):
                    t = data[q+idsize]; q += idsize + 1 + basic[t]
                n = struct.unpack('>H', data[q:q+2])[0]; q += 2 + n * (idsize + 1)
            elif st == 0x21:
                q += idsize + 4 + idsize
                n = struct.unpack('>I', data[q:q+4])[0]; q += 4 + n
            elif st == 0x22:
                q += idsize + 4
                n = struct.unpack('>I', data[q:q+4])[0]; q += 4 + idsize + n * idsize
            elif st == 0x23:
                q += idsize + 4
                n = struct.unpack('>I', data[q:q+4])[0]; t = data[q+4]; q += 5
                body = data[q:q + n * basic[t]]; q += n * basic[t]
                if t in (8, 5) and n >= 256:
                    head = body[:140]
                    utf16 = t == 5 or head[1::2].count(0) > len(head) // 4  # a String's UTF-16 bytes (little-endian)
                    key = (head.decode('utf-16-be' if t == 5 else 'utf-16-le', 'replace') if utf16
                           else head[:70].decode('latin-1')).replace('\n', ' ')[:70]
                    g = groups[(t, key)]; g[0] += 1; g[1] += len(body)
            else:
                raise SystemExit(f'unknown subrecord {st:#x} at {q}')
    p = end
rows = sorted(groups.items(), key=lambda kv: -kv[1][1])[:top]
for (t, key), (count, size) in rows:
    print(f"{size/1024:9.0f} KiB {count:5d}x {'byte' if t == 8 else 'char'}[] {key!r}")
