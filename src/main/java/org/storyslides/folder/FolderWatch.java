package org.storyslides.folder;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches an open content folder and its sub-folders (links are not followed: nothing outside the
 * folder is watched) and says when a JSON file or a picture in it changed. An editor's save comes as
 * several events (a temporary file, a rename, a change of times): they are told as one, once the
 * folder has been quiet for a moment. Runs on a daemon thread of its own; never on the JavaFX thread.
 */
public final class FolderWatch implements AutoCloseable {

    /** Sub-folders watched at most: each costs the system a watch, and a hostile folder may hold a million. */
    static final int MAX_FOLDERS = 512;
    /** How deep sub-folders are watched (images/gallery/ is two levels down). */
    static final int MAX_DEPTH = 6;
    private static final System.Logger LOG = System.getLogger(FolderWatch.class.getName());

    private final Path folder;
    private final WatchService service;
    private final Duration quiet;
    private final Runnable changed;
    private final Consumer<String> warning;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Thread thread;
    private volatile boolean closed;

    private FolderWatch(Path folder, WatchService service, Duration quiet, Runnable changed, Consumer<String> warning) {
        this.folder = folder;
        this.service = service;
        this.quiet = quiet;
        this.changed = changed;
        this.warning = warning;
        this.thread = new Thread(this::run, "storyslides-watch");
        thread.setDaemon(true);
    }

    /**
     * Starts watching {@code folder}; {@code changed} runs on the watch thread after each burst of changes.
     *
     * @param quiet   how long the folder must be quiet before a burst of changes is told
     * @param warning told, in plain words, when the folder cannot be watched (whole or in part)
     */
    public static FolderWatch start(Path folder, Duration quiet, Runnable changed, Consumer<String> warning) throws IOException {
        FolderWatch watch = new FolderWatch(folder, folder.getFileSystem().newWatchService(), quiet, changed, warning);
        try {
            watch.register(folder, 0);
            if (watch.folders.isEmpty()) {
                throw new java.nio.file.NotDirectoryException(folder.toString());
            }
        } catch (IOException e) {
            watch.close();
            throw e;
        }
        watch.thread.start();
        return watch;
    }

    private void register(Path start, int depthOfStart) throws IOException {
        Files.walkFileTree(start, java.util.EnumSet.noneOf(java.nio.file.FileVisitOption.class), MAX_DEPTH - depthOfStart,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                        if (folders.size() >= MAX_FOLDERS) {
                            warning.accept("only the first " + MAX_FOLDERS + " folders of " + folder + " are watched for changes");
                            return FileVisitResult.TERMINATE;
                        }
                        folders.put(dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                                StandardWatchEventKinds.ENTRY_MODIFY), dir);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        return FileVisitResult.CONTINUE; // a folder that cannot be read is not watched; its files cannot be shown either
                    }
                });
    }

    private void run() {
        try {
            while (!closed) {
                boolean relevant = handle(service.take());
                // the rest of the burst: wait until the folder has been quiet for a moment
                WatchKey more;
                while ((more = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    relevant |= handle(more);
                }
                if (relevant && !closed) {
                    changed.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the window let go of the folder
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, () -> "watching " + folder + " stopped: " + e);
            warning.accept("changes to " + folder + " are no longer followed (" + e.getMessage() + ")");
        }
    }

    /** Reads one key's events: whether any matters to the show; a new sub-folder is watched too. */
    private boolean handle(WatchKey key) {
        Path dir = folders.get(key);
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                relevant = true; // events were lost: read it all again
                continue;
            }
            Path name = (Path) event.context();
            Path changedPath = dir == null ? name : dir.resolve(name);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changedPath, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                relevant |= watchNewFolder(changedPath);
            } else if (ChangedFile.matters(name.toString())) {
                relevant = true;
            } else if (event.kind() == StandardWatchEventKinds.ENTRY_DELETE && folders.containsValue(changedPath)) {
                relevant = true; // a watched folder went, with whatever it held
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
        return relevant;
    }

    private boolean watchNewFolder(Path dir) {
        try {
            register(dir, folder.relativize(dir).getNameCount());
            return true; // a folder moved in may bring pictures with it
        } catch (IOException e) {
            warning.accept("the new folder " + folder.relativize(dir) + " is not watched for changes (" + e.getMessage() + ")");
            return true;
        }
    }

    /** Waits at most {@code limit} for the watch thread to end (after {@link #close}). */
    void awaitEnd(Duration limit) throws InterruptedException {
        thread.join(limit.toMillis());
    }

    /** Whether the watch is still running (false once closed or after it gave up). */
    public boolean isRunning() {
        return thread.isAlive();
    }

    @Override
    public void close() {
        closed = true;
        try {
            service.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, () -> "closing the watch of " + folder + ": " + e);
        }
    }
}
