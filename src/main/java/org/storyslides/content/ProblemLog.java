package org.storyslides.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Collects the problems of a whole content folder, so an author sees all of them at once. A file
 * keeps its first {@value #MAX_PER_FILE}; the rest are counted in one last line (a file of 400,000
 * unknown fields must not fill the memory with messages).
 */
final class ProblemLog {

    static final int MAX_PER_FILE = 100;

    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Integer> perFile = new LinkedHashMap<>();

    /** Problems of one file, each with a location inside it. */
    FileProblems in(String file) {
        return new FileProblems() {
            @Override
            public void add(String location, String message) {
                int count = perFile.merge(file, 1, Integer::sum);
                if (count <= MAX_PER_FILE) {
                    problems.add(new Problem(file, location, message));
                }
            }

            @Override
            public void clear() {
                perFile.remove(file);
                problems.removeIf(problem -> problem.file().equals(file));
            }
        };
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    /** The problems in the order found; a file's count of those left out follows its last one. */
    List<Problem> problems() {
        Map<String, Integer> lastOfFile = new LinkedHashMap<>();
        for (int i = 0; i < problems.size(); i++) {
            lastOfFile.put(problems.get(i).file(), i);
        }
        List<Problem> all = new ArrayList<>();
        for (int i = 0; i < problems.size(); i++) {
            Problem problem = problems.get(i);
            all.add(problem);
            int count = perFile.get(problem.file());
            if (count > MAX_PER_FILE && lastOfFile.get(problem.file()) == i) {
                all.add(new Problem(problem.file(), "",
                        String.format(Locale.ROOT, "\u2026 and %,d more problems in this file", count - MAX_PER_FILE)));
            }
        }
        return List.copyOf(all);
    }

    interface FileProblems {
        void add(String location, String message);

        /** Forgets what was said of this file so far (its syntax turned out broken: that comes first). */
        default void clear() {
        }
    }
}
