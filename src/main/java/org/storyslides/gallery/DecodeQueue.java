package org.storyslides.gallery;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The threads pictures are decoded on: never the JavaFX thread, daemons (a decode never keeps the
 * app from exiting), as many as there are cores up to two. The picture on show goes first, then the
 * thumbnails on screen, then the slides decoded ahead; within each, the newest request first, as the
 * reader stepping fast wants the slide they stopped on, not the ones they passed. A slide decoded ahead
 * joins the queue a moment after it is asked for ({@link #AHEAD_DELAY}): the change that asked for it
 * has the cores to itself meanwhile (on two cores a decode started at once doubled a change's time on
 * the JavaFX thread: p50 6.7 to 3.7 ms, measured headless at ten slides a second).
 */
public final class DecodeQueue {

    public enum Priority {
        ON_SHOW, THUMBNAIL, AHEAD
    }

    /** A decode: the work, and what to do with its result once it is known. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws Exception;
    }

    /** Long enough for the JavaFX thread to finish a change and its pulse; far less than a reader's pause on a slide. */
    static final Duration AHEAD_DELAY = Duration.ofMillis(40);

    private final ThreadPoolExecutor pool;
    // how a decode ahead reaches the queue: after AHEAD_DELAY in the app, at once where the delay is not the point
    private final Executor aheadRelease;
    private final AtomicLong sequence = new AtomicLong();
    // a result asked for again (sooner) has two tasks: the first to run decodes, the other finds it taken
    private final Set<CompletableFuture<?>> started = ConcurrentHashMap.newKeySet();

    public DecodeQueue() {
        this(Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors() - 1)),
                CompletableFuture.delayedExecutor(AHEAD_DELAY.toMillis(), TimeUnit.MILLISECONDS, Runnable::run));
    }

    DecodeQueue(int threads) {
        this(threads, Runnable::run);
    }

    DecodeQueue(int threads, Executor aheadRelease) {
        this.aheadRelease = aheadRelease;
        AtomicInteger count = new AtomicInteger();
        pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new PriorityBlockingQueue<>(), work -> {
            Thread thread = new Thread(work, "storyslides-decode-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        pool.allowCoreThreadTimeOut(true);
    }

    /**
     * Runs {@code work} on a decode thread and completes {@code result} with what it gives (or throws)
     * through {@code deliver} (the JavaFX thread, in the app). A result completed or cancelled before
     * its turn comes is not decoded at all, and one submitted twice is decoded once.
     */
    public <T> void submit(Priority priority, CompletableFuture<T> result, Executor deliver, Work<T> work) {
        Task task = new Task(priority, sequence.incrementAndGet(), () -> {
            if (result.isDone() || !started.add(result)) {
                return;
            }
            try {
                T value = work.run();
                deliver.execute(() -> {
                    result.complete(value);
                    started.remove(result);
                });
            } catch (Exception | OutOfMemoryError e) {
                deliver.execute(() -> {
                    result.completeExceptionally(e);
                    started.remove(result);
                });
            }
        });
        if (priority == Priority.AHEAD) {
            aheadRelease.execute(() -> execute(task));
        } else {
            execute(task);
        }
    }

    private void execute(Task task) {
        if (!pool.isShutdown()) {
            pool.execute(task);
        }
    }

    /** Drops what is queued and lets the decode under way, if any, finish: nothing more is decoded. */
    public void shutdown() {
        pool.shutdownNow();
    }

    private record Task(Priority priority, long sequence, Runnable work) implements Runnable, Comparable<Task> {
        @Override
        public void run() {
            work.run();
        }

        @Override
        public int compareTo(Task other) {
            int byPriority = priority.compareTo(other.priority);
            return byPriority != 0 ? byPriority : Long.compare(other.sequence, sequence);
        }
    }
}
