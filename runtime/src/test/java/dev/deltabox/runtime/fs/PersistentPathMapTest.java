package dev.deltabox.runtime.fs;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.ToIntFunction;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.junit.jupiter.api.Assertions.*;

class PersistentPathMapTest {

    private static int realHash(byte[] k) {
        return PersistentPathMap.hash(k, 0, k.length);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(ISO_8859_1);
    }

    private static String str(byte[] k) {
        return new String(k, ISO_8859_1);
    }

    private static byte[] randomKey(Random rnd, String alphabet, int maxLen) {
        byte[] k = new byte[rnd.nextInt(maxLen + 1)];
        for (int i = 0; i < k.length; i++) k[i] = (byte) alphabet.charAt(rnd.nextInt(alphabet.length()));
        return k;
    }

    /** Asserts that {@code map} holds exactly {@code expected}, via forEach, get and the trie invariants. */
    private static void assertSameContent(Map<String, Integer> expected, PersistentPathMap<Integer> map,
                                          ToIntFunction<byte[]> hashOf) {
        map.checkInvariants();
        assertEquals(expected.size(), map.size());
        Map<String, Integer> seen = new HashMap<>();
        map.forEach((k, v) -> assertNull(seen.put(str(k), v), "forEach visits each key once"));
        assertEquals(expected, seen);
        expected.forEach((k, v) -> {
            byte[] key = bytes(k);
            assertEquals(v, map.get(key, 0, key.length, hashOf.applyAsInt(key)), k);
        });
    }

    /** Random plus/minus/get against HashMap; keys from a small alphabet so low hash bits collide a lot. */
    private static void differential(long seed, int ops, String alphabet, int maxLen, ToIntFunction<byte[]> hashOf) {
        Random rnd = new Random(seed);
        Map<String, Integer> ref = new HashMap<>();
        Set<String> touched = new HashSet<>();
        PersistentPathMap<Integer> map = PersistentPathMap.empty();
        for (int op = 0; op < ops; op++) {
            byte[] key = randomKey(rnd, alphabet, maxLen);
            String k = str(key);
            int h = hashOf.applyAsInt(key);
            touched.add(k);
            int kind = rnd.nextInt(10);
            if (kind < 4) {
                Integer v = rnd.nextInt(1000);
                PersistentPathMap<Integer> next = map.plus(key, h, v);
                if (v == ref.put(k, v)) assertSame(map, next, "same value object: no new version");
                map = next;
            } else if (kind < 7) {
                PersistentPathMap<Integer> next = map.minus(key, h);
                if (ref.remove(k) == null) assertSame(map, next, "absent key: no new version");
                map = next;
            } else {
                assertEquals(ref.get(k), map.get(key, 0, key.length, h), k);
            }
            assertEquals(ref.size(), map.size());
            if (op % 8192 == 0) map.checkInvariants();
        }
        for (String k : touched) {
            byte[] key = bytes(k);
            assertEquals(ref.get(k), map.get(key, 0, key.length, hashOf.applyAsInt(key)), k);
        }
        assertSameContent(ref, map, hashOf);
        assertTrue(ref.size() > 50, "the run kept a populated map: " + ref.size());
    }

    @Test
    void matchesHashMapOverATinyAlphabet() {
        differential(1, 200_000, "ab", 12, PersistentPathMapTest::realHash);
    }

    @Test
    void matchesHashMapOverPathLikeKeys() {
        differential(2, 200_000, "/ab.c0", 7, PersistentPathMapTest::realHash);
    }

    @Test
    void matchesHashMapWhenHashesCollideOnAllLevels() {
        // 9 hash bits kept, spread over levels 0, 2 and 6: many full-hash collisions and deep splits of them.
        differential(3, 200_000, "abc", 8, k -> realHash(k) & 0xC0000C1F);
        // One hash for all keys: the whole map is a single collision node.
        differential(4, 20_000, "ab", 6, k -> 42);
    }

    /** diff between versions reports each differing key exactly once, with both values, and nothing else. */
    private static void diffMatchesBruteForce(long seed, ToIntFunction<byte[]> hashOf) {
        Random rnd = new Random(seed);
        List<PersistentPathMap<Integer>> versions = new ArrayList<>();
        List<Map<String, Integer>> snapshots = new ArrayList<>();
        PersistentPathMap<Integer> map = PersistentPathMap.empty();
        Map<String, Integer> ref = new HashMap<>();
        for (int op = 0; op < 20_000; op++) {
            byte[] key = randomKey(rnd, "ab/c", 7);
            int h = hashOf.applyAsInt(key);
            if (rnd.nextInt(5) < 3) {
                Integer v = 1000 + op; // a distinct object per op: diff compares values by identity
                map = map.plus(key, h, v);
                ref.put(str(key), v);
            } else {
                map = map.minus(key, h);
                ref.remove(str(key));
            }
            if (op % (50 + rnd.nextInt(400)) == 0) {
                versions.add(map);
                snapshots.add(new HashMap<>(ref));
            }
        }
        for (int i = 0; i < versions.size(); i++) {
            int j = rnd.nextInt(versions.size());
            Map<String, Integer> a = snapshots.get(i), b = snapshots.get(j);
            Map<String, Integer[]> expected = new HashMap<>();
            Set<String> keys = new HashSet<>(a.keySet());
            keys.addAll(b.keySet());
            for (String k : keys) if (a.get(k) != b.get(k)) expected.put(k, new Integer[] {a.get(k), b.get(k)});
            Map<String, Integer[]> got = new HashMap<>();
            PersistentPathMap.diff(versions.get(i), versions.get(j), (k, x, y) ->
                    assertNull(got.put(str(k), new Integer[] {x, y}), "reported once: " + str(k)));
            assertEquals(expected.keySet(), got.keySet(), "versions " + i + " and " + j);
            expected.forEach((k, v) -> {
                assertSame(v[0], got.get(k)[0], k);
                assertSame(v[1], got.get(k)[1], k);
            });
        }
    }

    @Test
    void diffReportsEachChangedKeyOnceWithBothValues() {
        diffMatchesBruteForce(7, PersistentPathMapTest::realHash);
        diffMatchesBruteForce(8, k -> realHash(k) & 0xC0000C1F);
        diffMatchesBruteForce(9, k -> 42);
    }

    @Test
    void oldVersionsAreUnchangedByLaterUpdates() {
        Random rnd = new Random(5);
        List<PersistentPathMap<Integer>> versions = new ArrayList<>();
        List<Map<String, Integer>> snapshots = new ArrayList<>();
        PersistentPathMap<Integer> map = PersistentPathMap.empty();
        Map<String, Integer> ref = new HashMap<>();
        for (int op = 0; op < 60_000; op++) {
            byte[] key = randomKey(rnd, "ab/", 9);
            if (rnd.nextInt(5) < 3) {
                map = map.plus(key, op);
                ref.put(str(key), op);
            } else {
                map = map.minus(key);
                ref.remove(str(key));
            }
            if (op % 300 == 0) {
                versions.add(map);
                snapshots.add(new HashMap<>(ref));
            }
        }
        assertEquals(200, versions.size());
        for (int i = 0; i < versions.size(); i++) {
            assertSameContent(snapshots.get(i), versions.get(i), PersistentPathMapTest::realHash);
        }
        PersistentPathMap<Integer> empty = PersistentPathMap.empty();
        assertEquals(0, empty.size());
        assertNull(empty.get(bytes("/x")));
        assertSame(empty, empty.minus(bytes("/x")));
    }

    @Test
    void keysWithTheSameFullHashShareACollisionNode() {
        // Birthday search for two distinct real keys with equal 32-bit hashes (deterministic, ~10^5 tries).
        Map<Integer, byte[]> byHash = new HashMap<>();
        byte[] a = null, b = null;
        for (int i = 0; a == null && i < 5_000_000; i++) {
            byte[] k = bytes("/usr/lib/f" + i);
            byte[] prior = byHash.putIfAbsent(realHash(k), k);
            if (prior != null) {
                a = prior;
                b = k;
            }
        }
        assertNotNull(a, "found a full hash collision");
        assertFalse(java.util.Arrays.equals(a, b));
        assertEquals(realHash(a), realHash(b));

        PersistentPathMap<Integer> base = PersistentPathMap.<Integer>empty().plus(bytes("/etc"), 0);
        for (int i = 0; i < 100; i++) base = base.plus(bytes("/etc/f" + i), i);
        PersistentPathMap<Integer> one = base.plus(a, 1);
        PersistentPathMap<Integer> both = one.plus(b, 2);
        both.checkInvariants();
        assertEquals(103, both.size());
        assertEquals(1, both.get(a));
        assertEquals(2, both.get(b));
        assertNull(one.get(b));
        PersistentPathMap<Integer> replaced = both.plus(b, 3);
        assertEquals(3, replaced.get(b));
        assertEquals(2, both.get(b));
        assertSame(replaced, replaced.plus(a, replaced.get(a)));
        PersistentPathMap<Integer> noA = both.minus(a);
        noA.checkInvariants();
        assertNull(noA.get(a));
        assertEquals(2, noA.get(b));
        assertEquals(102, noA.size());
        assertEquals(0, noA.minus(b).minus(bytes("/etc")).minusIf((k, v) -> true).size());
        byte[] stored = b;
        PersistentPathMap<Integer> onlyA = both.minusIf((k, v) -> k == stored);
        onlyA.checkInvariants();
        assertEquals(102, onlyA.size());
        assertEquals(1, onlyA.get(a));
    }

    @Test
    void collisionNodeIsPushedDownWhenAKeyWithAnotherHashArrives() {
        // Injected hashes: x and y collide fully; z agrees with them on every bit but the top one.
        byte[] x = bytes("x"), y = bytes("y"), z = bytes("z");
        PersistentPathMap<String> m = PersistentPathMap.<String>empty().plus(x, 7, "x").plus(y, 7, "y");
        PersistentPathMap<String> m2 = m.plus(z, 7 | 0x80000000, "z");
        m2.checkInvariants();
        assertEquals("x", m2.get(x, 0, 1, 7));
        assertEquals("y", m2.get(y, 0, 1, 7));
        assertEquals("z", m2.get(z, 0, 1, 7 | 0x80000000));
        assertNull(m2.get(z, 0, 1, 7));
        PersistentPathMap<String> m3 = m2.minus(x, 7);
        m3.checkInvariants();
        assertEquals("y", m3.get(y, 0, 1, 7));
        assertEquals(1, m3.minus(y, 7).size());
        m3.minus(y, 7).checkInvariants();
    }

    @Test
    void getReadsAWindowOfALargerBuffer() {
        PersistentPathMap<Integer> m = PersistentPathMap.<Integer>empty()
                .plus(bytes("/etc/passwd"), 1).plus(bytes("/etc/hosts"), 2).plus(bytes("/etc"), 3).plus(bytes(""), 4);
        byte[] buf = bytes("xx/etc/passwd\0/etc/hosts\0yy");
        int p = 2, h = 14;
        assertEquals(1, m.get(buf, p, 11, PersistentPathMap.hash(buf, p, 11)));
        assertEquals(3, m.get(buf, p, 4, PersistentPathMap.hash(buf, p, 4)));
        assertNull(m.get(buf, p, 5, PersistentPathMap.hash(buf, p, 5)));
        assertNull(m.get(buf, p, 12, PersistentPathMap.hash(buf, p, 12)));
        assertEquals(2, m.get(buf, h, 10, PersistentPathMap.hash(buf, h, 10)));
        assertEquals(4, m.get(buf, 5, 0, PersistentPathMap.hash(buf, 5, 0)));
        assertEquals(PersistentPathMap.hash(bytes("/etc/hosts"), 0, 10), PersistentPathMap.hash(buf, h, 10));
        assertThrows(IndexOutOfBoundsException.class, () -> m.get(buf, h, 20, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> PersistentPathMap.hash(buf, -1, 2));
    }

    @Test
    void minusIfDropsASubtreeAndKeepsTheRest() {
        PersistentPathMap<Integer> m = PersistentPathMap.empty();
        Map<String, Integer> ref = new HashMap<>();
        for (int d = 0; d < 50; d++) {
            for (int f = -1; f < 40; f++) {
                String path = f < 0 ? "/d" + d : "/d" + d + "/f" + f;
                m = m.plus(bytes(path), d * 100 + f);
                ref.put(path, d * 100 + f);
            }
        }
        m = m.plus(bytes("/d1x"), -1);
        ref.put("/d1x", -1);
        byte[] prefix = bytes("/d1/");
        PersistentPathMap<Integer> pruned = m.minusIf((k, v) -> str(k).equals("/d1")
                || java.util.Arrays.equals(k, 0, Math.min(k.length, prefix.length), prefix, 0, prefix.length));
        Map<String, Integer> expected = new HashMap<>(ref);
        expected.keySet().removeIf(k -> k.equals("/d1") || k.startsWith("/d1/"));
        assertEquals(ref.size() - 41, expected.size());
        assertSameContent(expected, pruned, PersistentPathMapTest::realHash);
        assertEquals(-1, pruned.get(bytes("/d1x")));
        assertEquals(1000, pruned.get(bytes("/d10/f0")));
        assertSameContent(ref, m, PersistentPathMapTest::realHash);

        assertSame(m, m.minusIf((k, v) -> false));
        PersistentPathMap<Integer> none = m.minusIf((k, v) -> true);
        assertEquals(0, none.size());
        none.checkInvariants();
        assertEquals(5, none.plus(bytes("/a"), 5).get(bytes("/a")));

        // Through collision nodes too: every key has hash 0 or 1.
        PersistentPathMap<Integer> c = PersistentPathMap.empty();
        Map<String, Integer> cref = new HashMap<>();
        for (int i = 0; i < 60; i++) {
            c = c.plus(bytes("/k" + i), i & 1, i);
            cref.put("/k" + i, i);
        }
        PersistentPathMap<Integer> odd = c.minusIf((k, v) -> v % 2 == 0 || v > 50);
        cref.values().removeIf(v -> v % 2 == 0 || v > 50);
        assertSameContent(cref, odd, k -> Integer.parseInt(str(k).substring(2)) & 1);
        PersistentPathMap<Integer> single = c.minusIf((k, v) -> v != 3);
        single.checkInvariants();
        assertEquals(1, single.size());
        assertEquals(3, single.get(bytes("/k3"), 0, 3, 1));
    }

    @Test
    void nullValuesAndKeysAreRejected() {
        PersistentPathMap<String> m = PersistentPathMap.empty();
        assertTrue(assertThrows(NullPointerException.class, () -> m.plus(bytes("/a"), null)).getMessage().contains("value"));
        assertTrue(assertThrows(NullPointerException.class, () -> m.plus(null, "v")).getMessage().contains("key"));
        assertTrue(assertThrows(NullPointerException.class, () -> m.minus(null)).getMessage().contains("key"));
    }

    @Test
    void hashSpreadsSimilarKeysOverTheLowBits() {
        // The first trie level uses the low 5 bits: sequential names must fill all 32 buckets evenly.
        int[] buckets = new int[32];
        for (int i = 0; i < 32_000; i++) buckets[realHash(bytes("/tmp/file" + i)) & 31]++;
        for (int n : buckets) assertTrue(n > 800 && n < 1200, "bucket sizes " + java.util.Arrays.toString(buckets));
    }

    @Test
    void getDoesNotAllocate() {
        var mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assertTrue(mx.isThreadAllocatedMemorySupported());
        mx.setThreadAllocatedMemoryEnabled(true);

        // All keys, hits and misses, live in one buffer, as FUSE request paths would.
        int n = 10_000;
        StringBuilder sb = new StringBuilder();
        int[] off = new int[2 * n], len = new int[2 * n];
        PersistentPathMap<Integer> map = PersistentPathMap.empty(), colliding = PersistentPathMap.empty();
        for (int i = 0; i < 2 * n; i++) {
            String path = "/home/agent/src/file" + i + ".java";
            off[i] = sb.length();
            len[i] = path.length();
            sb.append(path);
            if (i < n) {
                map = map.plus(bytes(path), i);
                colliding = colliding.plus(bytes(path), i & 0xFF, i); // 256 collision nodes of ~40 entries
            }
        }
        byte[] buf = bytes(sb.toString());
        long expected = 0;
        for (int i = 0; i < 100_000; i++) expected += i % (2 * n) < n ? 2L * (i % (2 * n)) + 2 : 0;

        long sum = 0;
        for (int round = 0; round < 10; round++) sum = lookups(map, colliding, buf, off, len);
        assertEquals(expected, sum);
        long before = mx.getCurrentThreadAllocatedBytes();
        sum = lookups(map, colliding, buf, off, len);
        long allocated = mx.getCurrentThreadAllocatedBytes() - before;
        assertEquals(expected, sum);
        assertTrue(allocated < 64 * 1024, "100 000 gets allocated " + allocated + " bytes");
    }

    /** 100 000 lookups in each map; returns the sum of (value + 1) over the hits. */
    private static long lookups(PersistentPathMap<Integer> map, PersistentPathMap<Integer> colliding,
                                byte[] buf, int[] off, int[] len) {
        long sum = 0;
        for (int i = 0; i < 100_000; i++) {
            int j = i % off.length;
            Integer v = map.get(buf, off[j], len[j], PersistentPathMap.hash(buf, off[j], len[j]));
            if (v != null) sum += v + 1;
            Integer w = colliding.get(buf, off[j], len[j], j & 0xFF);
            if (w != null) sum += w + 1;
        }
        return sum;
    }
}
