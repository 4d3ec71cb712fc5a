package io.wirestream.enrich.dedupe;

import java.util.Arrays;

/**
 * A set of slot numbers for one lookup, reused from lookup to lookup: open addressing over an
 * {@code int} array, cleared by undoing only the cells it filled. A lookup can meet up to bands ×
 * bucket cap candidates; a list scanned per candidate made that quadratic.
 */
final class SlotSet {

    private static final int FREE = -1;

    private int[] cells = new int[64];
    private int[] filled = new int[32];
    private int size;

    SlotSet() {
        Arrays.fill(cells, FREE);
    }

    /** Adds {@code slot} (not negative); false when it was there already. */
    boolean add(int slot) {
        if (size * 2 >= cells.length) {
            grow();
        }
        int mask = cells.length - 1;
        for (int i = spread(slot) & mask; ; i = i + 1 & mask) {
            if (cells[i] == slot) {
                return false;
            }
            if (cells[i] == FREE) {
                cells[i] = slot;
                if (size == filled.length) {
                    filled = Arrays.copyOf(filled, size * 2);
                }
                filled[size++] = i;
                return true;
            }
        }
    }

    int size() {
        return size;
    }

    void clear() {
        for (int k = 0; k < size; k++) {
            cells[filled[k]] = FREE;
        }
        size = 0;
    }

    private void grow() {
        int[] slots = new int[size];
        for (int k = 0; k < size; k++) {
            slots[k] = cells[filled[k]];
        }
        cells = new int[cells.length * 2];
        Arrays.fill(cells, FREE);
        size = 0;
        for (int slot : slots) {
            add(slot);
        }
    }

    private static int spread(int slot) {
        return slot * 0x9E3779B9 >>> 7;
    }
}
