package dev.deltabox.runtime.fs;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class NodeTableTest {

    @Test
    void behavesLikeAMapThroughGrowthAndManyRemovals() {
        NodeTable t = new NodeTable();
        Map<Long, Node> expected = new HashMap<>();
        Random r = new Random(7);
        for (int step = 0; step < 200_000; step++) {
            long id = 1 + r.nextInt(5_000) + (r.nextBoolean() ? 0 : 1L << 47);
            if (r.nextInt(3) == 0) {
                Node n = expected.remove(id);
                assertEquals(n != null, n != null && t.remove(id, n));
            } else {
                Node n = t.getOrCreate(id);
                Node had = expected.putIfAbsent(id, n);
                if (had != null) assertSame(had, n);
            }
            if (step % 997 == 0) {
                assertEquals(expected.size(), t.size());
                for (var e : expected.entrySet()) assertSame(e.getValue(), t.get(e.getKey()));
            }
        }
        int[] seen = {0};
        t.forEach(n -> seen[0]++);
        assertEquals(expected.size(), seen[0]);
        assertEquals(null, t.get(42L << 20));
    }
}
