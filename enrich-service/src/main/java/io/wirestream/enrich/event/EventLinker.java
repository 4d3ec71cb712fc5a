package io.wirestream.enrich.event;

import io.wirestream.contract.DedupeVerdict.EventLink;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds an earlier story that reports the same event as an original article in other words, free
 * of Kafka like the dedupe engine. Articles are fed in received order; the answer depends only on
 * that order and the state tables, so the stream, its replays and the batch command agree.
 * <ol>
 * <li>Terms ({@link EventTerms}) are weighted by rarity: {@code ln(1 + cap / (1 + df))}, where df
 * counts the articles in the window whose sketch holds the term (the inverted index keeps at most
 * {@code cap} per term, so a term that common weighs nothing and is not looked up).</li>
 * <li>The sketch is the article's rarest terms. Each sketch term's postings name earlier articles;
 * those sharing the most weight are scored.</li>
 * <li>A candidate reports the same event when the two share enough names and numbers (the facts a
 * rewrite keeps: templated stories share their wording, not their facts) and enough content words
 * (a different event about the same people shares names, not what happened), and the weighted
 * overlap of the sketches, over the lighter of the two, reaches the threshold.</li>
 * </ol>
 * Every original is indexed, linked or not; the link points at the best candidate's story.
 */
public final class EventLinker {

    private final EventState state;
    private final EventSettings settings;

    public EventLinker(EventState state, EventSettings settings) {
        this.state = state;
        this.settings = settings;
    }

    /** The same-event link of this original, or null; indexes it for the articles after it. */
    public EventLink link(EventInput in) {
        long at = in.receivedAt().toEpochMilli();
        long notBefore = at - settings.window().toMillis();
        Map<String, List<EventPostings.Member>> postings = new HashMap<>();
        Map<String, Double> weights = new LinkedHashMap<>();
        Map<String, Boolean> terms = EventTerms.of(in.body());
        for (String term : terms.keySet()) {
            List<EventPostings.Member> members = state.terms().members(term);
            int df = EventPostings.live(members, notBefore);
            if (df < settings.postingsCap()) {
                weights.put(term, Math.log(1 + settings.postingsCap() / (1.0 + df)));
                if (!members.isEmpty()) {
                    postings.put(term, members);
                }
            }
        }
        List<String> sketch = weights.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(settings.sketchSize()).map(Map.Entry::getKey).toList();
        double weight = sketch.stream().mapToDouble(weights::get).sum();
        Set<String> facts = new HashSet<>();
        sketch.stream().filter(terms::get).forEach(facts::add);
        Scored best = best(sketch, facts, weights, weight, postings, notBefore);
        index(in, at, notBefore, sketch, facts.size(), numbers(sketch), weight, postings);
        return best == null ? null : new EventLink(best.story(), best.articleId(), Math.round(best.similarity() * 1000) / 1000.0);
    }

    /** Forgets everything received before {@code now - window}; returns how many entries went. */
    public int expire(Instant now) {
        long cutoff = now.toEpochMilli() - settings.window().toMillis();
        return state.sketches().removeIf(s -> s.receivedAt() < cutoff)
                + state.terms().removeBefore(cutoff);
    }

    private record Shared(String articleId, double weight, int facts, int numbers, int words) {
    }

    private record Scored(String articleId, String story, long receivedAt, double similarity) {
    }

    private Scored best(List<String> sketch, Set<String> facts, Map<String, Double> weights, double weight,
            Map<String, List<EventPostings.Member>> postings, long notBefore) {
        Map<String, Shared> shared = new LinkedHashMap<>();
        for (String term : sketch) {
            List<EventPostings.Member> members = postings.get(term);
            if (members == null) {
                continue;
            }
            boolean fact = facts.contains(term);
            for (EventPostings.Member m : members) {
                if (m.receivedAt() < notBefore) {
                    continue;
                }
                Shared s = shared.getOrDefault(m.articleId(), new Shared(m.articleId(), 0, 0, 0, 0));
                shared.put(m.articleId(), new Shared(m.articleId(), s.weight() + weights.get(term),
                        s.facts() + (fact ? 1 : 0), s.numbers() + (isNumber(term) ? 1 : 0), s.words() + (fact ? 0 : 1)));
            }
        }
        List<Shared> candidates = new ArrayList<>(shared.values());
        candidates.removeIf(s -> s.facts() < settings.minFacts());
        candidates.sort(Comparator.comparingDouble(Shared::weight).reversed().thenComparing(Shared::articleId));
        int words = sketch.size() - facts.size();
        int numbers = numbers(sketch);
        Scored best = null;
        for (Shared s : candidates.subList(0, Math.min(candidates.size(), settings.maxCandidates()))) {
            EventSketch other = state.sketches().get(s.articleId());
            if (other == null || other.receivedAt() < notBefore) {
                continue;
            }
            int otherWords = other.terms().size() - other.facts();
            double factShare = s.facts() / (double) Math.max(1, Math.min(facts.size(), other.facts()));
            int fewerNumbers = Math.min(numbers, other.numbers());
            double numberShare = fewerNumbers < 2 ? 1 : s.numbers() / (double) fewerNumbers;
            double wordShare = s.words() / (double) Math.max(1, Math.min(words, otherWords));
            double similarity = s.weight() / Math.max(1e-9, Math.min(weight, other.weight()));
            if (factShare < settings.minFactShare() || numberShare < settings.minNumberShare() || wordShare < settings.minWordShare()
                    || similarity < settings.minSimilarity()) {
                continue;
            }
            Scored scored = new Scored(other.articleId(), other.story(), other.receivedAt(), Math.min(1.0, similarity));
            if (better(scored, best)) {
                best = scored;
            }
        }
        return best;
    }

    private static boolean isNumber(String term) {
        return term.startsWith(EventTerms.NUMBER);
    }

    private static int numbers(List<String> sketch) {
        return (int) sketch.stream().filter(EventLinker::isNumber).count();
    }

    /** Highest similarity wins; among equals the earliest received, then the smallest id. */
    private static boolean better(Scored a, Scored best) {
        if (best == null) {
            return true;
        }
        if (a.similarity() != best.similarity()) {
            return a.similarity() > best.similarity();
        }
        if (a.receivedAt() != best.receivedAt()) {
            return a.receivedAt() < best.receivedAt();
        }
        return a.articleId().compareTo(best.articleId()) < 0;
    }

    private void index(EventInput in, long at, long notBefore, List<String> sketch, int facts, int numbers,
            double weight,
            Map<String, List<EventPostings.Member>> postings) {
        if (sketch.isEmpty()) {
            return;
        }
        state.sketches().put(in.id(), new EventSketch(in.id(), in.story(), at, sketch, facts, numbers, weight));
        EventPostings.Member member = new EventPostings.Member(in.id(), at);
        for (String term : sketch) {
            // expired members go, then the oldest beyond the cap: one small write each, not a rewritten list
            List<EventPostings.Member> live = new ArrayList<>();
            for (EventPostings.Member m : postings.getOrDefault(term, List.of())) {
                if (m.receivedAt() < notBefore) {
                    state.terms().remove(term, m);
                } else {
                    live.add(m);
                }
            }
            for (int i = 0; i <= live.size() - settings.postingsCap(); i++) {
                state.terms().remove(term, live.get(i));
            }
            state.terms().add(term, member);
        }
    }
}
