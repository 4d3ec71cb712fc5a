package io.wirestream.enrich.dedupe;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The MinHash-LSH index of originals, held in flat primitive arrays so that a million articles fit
 * in a few hundred megabytes and a lookup touches a few cache lines per band.
 * <p>Each original gets a slot (reused after expiry) holding its b-bit signature (64 bytes), its
 * guard sample (16-bit hashes), shingle and token counts, received time and id (16 bytes for a
 * UUID). Each LSH band has its own open-addressing table of {@code int} entries: 8 bits of a hash
 * of the band's full 16-bit values (the tag) and the slot. An entry matches a lookup when its tag
 * and the slot's low bytes of the band's rows equal the lookup's, so the candidates are a function
 * of the signatures alone (not of table layout or insertion order): every instance, and every
 * instance rebuilt from the changelog, finds the same ones.
 * <p>A band key (tag and low bytes) keeps at most {@code bucketCap} members, the newest by
 * (received time, id); so the members kept are the same whatever order they were added in.
 */
public final class NearIndex {

    /** Empty table cell. */
    private static final int EMPTY = 0;
    /** A deleted entry: lookups probe past it, inserts reuse it. */
    private static final int TOMBSTONE = 0x00FF_FFFF;
    private static final int MAX_SLOTS = TOMBSTONE - 1;
    private static final int SIG = Fingerprint.HASHES;
    private static final int GUARD = Fingerprint.DISTINCT_SAMPLE;
    private static final double MAX_LOAD = 0.9;
    private static final double LOAD_AFTER_GROWTH = 0.75;
    private static final double SLOT_GROWTH = 1.25;

    private final DedupeSettings settings;
    private final int bands;
    private final int rows;

    // per slot
    private byte[] signatures = new byte[0];
    private char[] guards = new char[0];
    private byte[] guardLengths = new byte[0];
    private char[] shingleCounts = new char[0];
    private char[] distinctCounts = new char[0];
    private long[] receivedAt = new long[0];
    private long[] idHigh = new long[0];
    private long[] idLow = new long[0];
    /** Ids that are not canonical UUIDs (tests, the batch command) are kept as strings. */
    private final Map<Integer, String> otherIds = new HashMap<>();
    private int slotsUsed;
    private int[] free = new int[16];
    private int freeCount;
    private int live;

    // per band
    private final int[][] tables;
    private final int[] occupied;
    /** Candidates already scored in the current lookup (one original shares several bands); reused. */
    private final SlotSet seen = new SlotSet();

    public NearIndex(DedupeSettings settings) {
        this.settings = settings;
        this.rows = settings.bandRows();
        this.bands = settings.bands();
        if (bands * rows > SIG) {
            throw new IllegalArgumentException(bands + " bands of " + rows + " rows need more than " + SIG + " hashes");
        }
        tables = new int[bands][];
        occupied = new int[bands];
        for (int b = 0; b < bands; b++) {
            tables[b] = new int[16];
        }
    }

    /** The best near-duplicate original, or null. */
    public record Match(String articleId, long receivedAt, double similarity) {
    }

    public int size() {
        return live;
    }

    /** How many distinct originals the last {@link #nearest} call scored: what a lookup costs. */
    public int lastCandidates() {
        return seen.size();
    }

    /** Bytes of the arrays this index holds (the id map for non-UUID ids left out). */
    public long arrayBytes() {
        long bytes = signatures.length + guards.length * 2L + guardLengths.length + shingleCounts.length * 2L
                + distinctCounts.length * 2L + receivedAt.length * 8L + idHigh.length * 8L + idLow.length * 8L
                + free.length * 4L;
        for (int[] table : tables) {
            bytes += table.length * 4L;
        }
        return bytes;
    }

    /** Adds an original. */
    public void add(String articleId, long at, Fingerprint fingerprint) {
        int slot = allocate();
        byte[] low = fingerprint.lowBytes();
        System.arraycopy(low, 0, signatures, slot * SIG, SIG);
        char[] distinct = fingerprint.distinct();
        System.arraycopy(distinct, 0, guards, slot * GUARD, distinct.length);
        guardLengths[slot] = (byte) distinct.length;
        shingleCounts[slot] = (char) Math.min(Character.MAX_VALUE, fingerprint.shingles());
        distinctCounts[slot] = (char) Math.min(Character.MAX_VALUE, fingerprint.distinctCount());
        receivedAt[slot] = at;
        setId(slot, articleId);
        live++;
        for (int b = 0; b < bands; b++) {
            insert(b, slot, tag(b, fingerprint));
        }
    }

    /** The original {@code fingerprint} is the nearest duplicate of, among those received at or after {@code expiredBefore}. */
    public Match nearest(Fingerprint fingerprint, long expiredBefore) {
        byte[] low = fingerprint.lowBytes();
        seen.clear();
        int best = -1;
        double bestSimilarity = 0;
        for (int b = 0; b < bands; b++) {
            int tag = tag(b, fingerprint);
            int[] table = tables[b];
            for (int i = home(b, low, 0, tag, table.length), probes = 0; probes < table.length; i = next(i, table.length), probes++) {
                int entry = table[i];
                if (entry == EMPTY) {
                    break;
                }
                int slot = slotOf(entry);
                if (entry == TOMBSTONE || entry >>> 24 != tag || !sameRows(b, low, 0, signatures, slot * SIG)
                        || receivedAt[slot] < expiredBefore || !seen.add(slot)) {
                    continue;
                }
                double similarity = textSimilarity(fingerprint, low, slot);
                // the guard only for a candidate that would beat the best so far: the same winner, fewer checks
                if (similarity > 0 && (best < 0 || similarity > bestSimilarity
                        || similarity == bestSimilarity && older(slot, best)) && passesTemplateGuard(fingerprint, slot)) {
                    best = slot;
                    bestSimilarity = similarity;
                }
            }
        }
        return best < 0 ? null : new Match(idOf(best), receivedAt[best], bestSimilarity);
    }

    /** Forgets every original received before {@code cutoff} (epoch ms); returns how many went. */
    public int expire(long cutoff) {
        boolean[] gone = new boolean[slotsUsed];
        int removed = 0;
        for (int slot = 0; slot < slotsUsed; slot++) {
            if (receivedAt[slot] != Long.MIN_VALUE && receivedAt[slot] < cutoff) {
                gone[slot] = true;
                removed++;
            }
        }
        if (removed == 0) {
            return 0;
        }
        for (int b = 0; b < bands; b++) {
            int[] table = tables[b];
            for (int i = 0; i < table.length; i++) {
                int entry = table[i];
                if (entry != EMPTY && entry != TOMBSTONE && gone[slotOf(entry)]) {
                    table[i] = TOMBSTONE;
                }
            }
        }
        for (int slot = 0; slot < gone.length; slot++) {
            if (gone[slot]) {
                receivedAt[slot] = Long.MIN_VALUE;
                otherIds.remove(slot);
                if (freeCount == free.length) {
                    free = Arrays.copyOf(free, freeCount * 2);
                }
                free[freeCount++] = slot;
            }
        }
        live -= removed;
        return removed;
    }

    /** Similarity of the texts when it makes the lookup a near duplicate of the original in {@code slot}, else 0. */
    private double textSimilarity(Fingerprint a, byte[] low, int slot) {
        double jaccard = Fingerprint.jaccard(low, 0, signatures, slot * SIG);
        int shingles = shingleCounts[slot];
        double sizeRatio = Math.min(a.shingles(), shingles) / (double) Math.max(a.shingles(), shingles);
        double containment = sizeRatio >= settings.minSizeRatio() ? Fingerprint.containment(a.shingles(), shingles, jaccard) : 0;
        if (jaccard < settings.nearJaccard() && containment < settings.nearContainment()) {
            return 0;
        }
        return Math.round(Math.max(jaccard, containment) * 1000) / 1000.0;
    }

    /** True when the numbers and names agree: templated stories share their wording, not those. */
    private boolean passesTemplateGuard(Fingerprint a, int slot) {
        char[] distinct = a.distinct();
        return TemplateGuard.passes(distinct, 0, distinct.length, a.distinctCount(), guards, slot * GUARD,
                guardLengths[slot], distinctCounts[slot], settings.minDistinct(), settings.minNumbers());
    }

    private void insert(int band, int slot, int tag) {
        int[] table = tables[band];
        if (occupied[band] + 1 > table.length * MAX_LOAD) {
            table = rehash(band);
        }
        int base = slot * SIG;
        int reuse = -1;
        int members = 0;
        int oldestAt = -1;
        int i = home(band, signatures, base, tag, table.length);
        for (int probes = 0; probes < table.length; i = next(i, table.length), probes++) {
            int entry = table[i];
            if (entry == EMPTY) {
                break;
            }
            if (entry == TOMBSTONE) {
                reuse = reuse < 0 ? i : reuse;
                continue;
            }
            int other = slotOf(entry);
            if (entry >>> 24 == tag && sameRows(band, signatures, base, signatures, other * SIG)) {
                members++;
                if (oldestAt < 0 || older(other, slotOf(table[oldestAt]))) {
                    oldestAt = i;
                }
            }
        }
        int entry = tag << 24 | slot + 1;
        if (members >= settings.bucketCap()) {
            // full: the newest cap members stay, whichever order they came in
            if (older(slotOf(table[oldestAt]), slot)) {
                table[oldestAt] = entry;
            }
            return;
        }
        if (reuse >= 0) {
            table[reuse] = entry;
        } else {
            table[i] = entry;
            occupied[band]++;
        }
    }

    /** Rebuilds a band's table without tombstones, larger if it is mostly live entries. */
    private int[] rehash(int band) {
        int[] old = tables[band];
        int entries = 0;
        for (int entry : old) {
            if (entry != EMPTY && entry != TOMBSTONE) {
                entries++;
            }
        }
        int capacity = Math.max(16, (int) Math.ceil((entries + 1) / LOAD_AFTER_GROWTH));
        int[] table = new int[capacity];
        for (int entry : old) {
            if (entry != EMPTY && entry != TOMBSTONE) {
                int i = home(band, signatures, slotOf(entry) * SIG, entry >>> 24, capacity);
                while (table[i] != EMPTY) {
                    i = next(i, capacity);
                }
                table[i] = entry;
            }
        }
        tables[band] = table;
        occupied[band] = entries;
        return table;
    }

    /** True when the original in slot {@code a} sorts before the one in {@code b}: earlier received, then smaller id. */
    private boolean older(int a, int b) {
        if (receivedAt[a] != receivedAt[b]) {
            return receivedAt[a] < receivedAt[b];
        }
        return idOf(a).compareTo(idOf(b)) < 0;
    }

    private boolean sameRows(int band, byte[] a, int aBase, byte[] b, int bBase) {
        for (int r = band * rows; r < (band + 1) * rows; r++) {
            if (a[aBase + r] != b[bBase + r]) {
                return false;
            }
        }
        return true;
    }

    /**
     * 8 bits of a hash of the band's full 16-bit values and minimum ids. The low bytes alone are
     * crowded (minima sit near the bottom of the range); the ids tell shingles apart, so with the low
     * bytes kept a band key is about 24 bits and unrelated articles rarely share one.
     */
    private int tag(int band, Fingerprint fingerprint) {
        char[] minHash = fingerprint.minHash();
        byte[] ids = fingerprint.minimumIds();
        long h = (band + 1) * 0x9E3779B97F4A7C15L;
        for (int r = band * rows; r < (band + 1) * rows; r++) {
            h = Fingerprint.mix(h ^ minHash[r] ^ (ids[r] & 0xFFL) << 16);
        }
        return (int) (h >>> 56);
    }

    /** Home cell of a band key (its rows' low bytes and tag) in a table of {@code capacity} cells. */
    private int home(int band, byte[] low, int base, int tag, int capacity) {
        long h = (band + 1) * 0xC2B2AE3D27D4EB4FL ^ tag;
        for (int r = band * rows; r < (band + 1) * rows; r++) {
            h = Fingerprint.mix(h ^ (low[base + r] & 0xFF) << 8);
        }
        return (int) (((h >>> 32) * capacity) >>> 32);
    }

    private static int next(int i, int capacity) {
        return i + 1 == capacity ? 0 : i + 1;
    }

    private static int slotOf(int entry) {
        return (entry & 0x00FF_FFFF) - 1;
    }

    private int allocate() {
        if (freeCount > 0) {
            return free[--freeCount];
        }
        if (slotsUsed == MAX_SLOTS) {
            throw new IllegalStateException("near-duplicate index full: " + MAX_SLOTS + " originals in the window");
        }
        if (slotsUsed == receivedAt.length) {
            int capacity = (int) Math.min(MAX_SLOTS, Math.max(64, (long) (receivedAt.length * SLOT_GROWTH)));
            signatures = Arrays.copyOf(signatures, capacity * SIG);
            guards = Arrays.copyOf(guards, capacity * GUARD);
            guardLengths = Arrays.copyOf(guardLengths, capacity);
            shingleCounts = Arrays.copyOf(shingleCounts, capacity);
            distinctCounts = Arrays.copyOf(distinctCounts, capacity);
            receivedAt = Arrays.copyOf(receivedAt, capacity);
            idHigh = Arrays.copyOf(idHigh, capacity);
            idLow = Arrays.copyOf(idLow, capacity);
        }
        return slotsUsed++;
    }

    private void setId(int slot, String id) {
        UUID uuid = canonicalUuid(id);
        if (uuid == null) {
            otherIds.put(slot, id);
        } else {
            otherIds.remove(slot);
            idHigh[slot] = uuid.getMostSignificantBits();
            idLow[slot] = uuid.getLeastSignificantBits();
        }
    }

    private String idOf(int slot) {
        String other = otherIds.get(slot);
        return other != null ? other : new UUID(idHigh[slot], idLow[slot]).toString();
    }

    private static UUID canonicalUuid(String id) {
        if (id.length() != 36 || id.charAt(8) != '-') {
            return null;
        }
        try {
            UUID uuid = UUID.fromString(id);
            return uuid.toString().equals(id) ? uuid : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
