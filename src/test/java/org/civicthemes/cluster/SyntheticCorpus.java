package org.civicthemes.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Documents drawn from planted topics: each topic has its own words, every document takes a few words of its
 * topic and a couple from a pool shared by all topics. Used by tests and the speed benchmark.
 */
final class SyntheticCorpus {

    final List<List<String>> documents = new ArrayList<>();
    final int[] topics;

    SyntheticCorpus(int k, int documentsPerTopic, int topicWords, int wordsPerDocument, int sharedWords, long seed) {
        Random random = new Random(seed);
        topics = new int[k * documentsPerTopic];
        for (int i = 0; i < topics.length; i++) {
            int topic = i % k;
            topics[i] = topic;
            List<String> doc = new ArrayList<>();
            for (int w = 0; w < wordsPerDocument; w++) {
                doc.add(word(topic, random.nextInt(topicWords)));
            }
            for (int w = 0; w < 2; w++) {
                doc.add("common" + letters(random.nextInt(sharedWords)));
            }
            documents.add(doc);
        }
    }

    /** Well separated: 8 words of 10 from the topic, 2 from a pool of 50 shared words. */
    static SyntheticCorpus separated(int k, int documentsPerTopic, long seed) {
        return new SyntheticCorpus(k, documentsPerTopic, 10, 8, 50, seed);
    }

    static String word(int topic, int w) {
        return "topic" + letters(topic) + "word" + letters(w);
    }

    /** Letters only, so the labeller's no-digits rule does not interfere: 0 -> "a", 27 -> "bb". */
    static String letters(int n) {
        StringBuilder s = new StringBuilder();
        do {
            s.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return s.toString();
    }

    Corpus corpus() {
        return new Corpus(documents);
    }
}
