package io.wirestream.enrich.tag;

/**
 * Heap the tagger keeps once loaded (language profiles, gazetteer, topics). A main, not a test:
 * {@code java -Xmx300m -cp <test-classes:classes:deps> io.wirestream.enrich.tag.TaggerHeapCheck}.
 */
public final class TaggerHeapCheck {

    private TaggerHeapCheck() {
    }

    public static void main(String[] args) throws InterruptedException {
        long before = settledUsedHeap();
        Tagger tagger = Tagger.withDefaults();
        long after = settledUsedHeap();
        System.out.printf("tagger retained heap ~%d MB (tagger %s)%n", (after - before) >> 20,
                tagger.getClass().getSimpleName());
    }

    private static long settledUsedHeap() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
