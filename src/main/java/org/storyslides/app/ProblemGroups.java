package org.storyslides.app;

import org.storyslides.content.Problem;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the problems window lists: the problems by file, each file once, in the order its first problem
 * was found, and where that file is when it is one the window may open; at most so many lines, the rest
 * counted (a line is a few kilobytes of controls: 10,000 of them filled the app's heap). Worked out from
 * the names alone: no file is read.
 *
 * @param groups  the files listed, in order, each with its problems listed
 * @param leftOut how many problems are not listed, at the end
 */
record ProblemGroups(List<Group> groups, int leftOut) {

    /** As many lines as the window lists: far more than anyone reads there (--check lists them all). */
    static final int MAX_LINES = 200;

    /**
     * One file's problems.
     *
     * @param file     as the problems name it (relative to the content folder, or the folder itself)
     * @param openable the file in the content folder, absolute; empty when the name leads out of the folder
     *                 or is the folder itself, or the files are not to be opened (the bundled story's)
     * @param lines    what is wrong, one line each: where in the file, then what
     */
    record Group(String file, Optional<Path> openable, List<String> lines) {
        Group {
            lines = List.copyOf(lines);
        }
    }

    ProblemGroups {
        groups = List.copyOf(groups);
    }

    /**
     * @param folder   the folder the problems' files are in, if they may be opened
     * @param maxLines how many problems to list at most; the later ones are counted
     */
    static ProblemGroups of(Optional<Path> folder, List<Problem> problems, int maxLines) {
        List<Problem> listed = problems.subList(0, Math.min(maxLines, problems.size())); // the first found
        Map<String, List<String>> byFile = new LinkedHashMap<>();
        for (Problem problem : listed) {
            byFile.computeIfAbsent(problem.file(), file -> new ArrayList<>()).add(line(problem));
        }
        List<Group> groups = new ArrayList<>();
        byFile.forEach((file, lines) -> groups.add(new Group(file, folder.flatMap(in -> inside(in, file)), lines)));
        return new ProblemGroups(groups, problems.size() - listed.size());
    }

    /** A problem's line under its file's heading: "$.slides[7].image (slide 8): file not found: …", or the message alone. */
    static String line(Problem problem) {
        return problem.location().isEmpty() ? problem.message() : problem.shownLocation() + ": " + problem.message();
    }

    /**
     * The file a problem names, resolved in the folder, if it stays inside it: a name such as
     * "../../etc/passwd" or "/etc/passwd" in a problem is never a file the window opens.
     */
    static Optional<Path> inside(Path folder, String file) {
        Path base = folder.toAbsolutePath().normalize();
        try {
            Path resolved = base.resolve(file).normalize();
            return resolved.startsWith(base) && !resolved.equals(base) ? Optional.of(resolved) : Optional.empty();
        } catch (InvalidPathException e) { // a NUL in the name
            return Optional.empty();
        }
    }
}
