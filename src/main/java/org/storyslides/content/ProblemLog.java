package org.storyslides.content;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of a whole content folder, so an author sees all of them at once. */
final class ProblemLog {

    private final List<Problem> problems = new ArrayList<>();

    /** Problems of one file, each with a location inside it. */
    FileProblems in(String file) {
        return (location, message) -> problems.add(new Problem(file, location, message));
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    List<Problem> problems() {
        return List.copyOf(problems);
    }

    @FunctionalInterface
    interface FileProblems {
        void add(String location, String message);
    }
}
