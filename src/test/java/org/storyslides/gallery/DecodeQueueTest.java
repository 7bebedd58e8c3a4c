package org.storyslides.gallery;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The decode threads: the order work is taken in, work no longer wanted, and failures that must not kill them. */
class DecodeQueueTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);
    private final DecodeQueue queue = new DecodeQueue(1);
    private final List<String> ran = new CopyOnWriteArrayList<>();

    /** Holds the one decode thread until released, so the queue fills behind it. */
    private CountDownLatch occupy() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        queue.submit(DecodeQueue.Priority.ON_SHOW, new CompletableFuture<String>(), Runnable::run, () -> {
            started.countDown();
            release.await();
            return "occupied";
        });
        started.await();
        return release;
    }

    private CompletableFuture<String> submit(DecodeQueue.Priority priority, String name) {
        CompletableFuture<String> result = new CompletableFuture<>();
        queue.submit(priority, result, Runnable::run, () -> {
            ran.add(name);
            return name;
        });
        return result;
    }

    @Test
    void theSlideOnShowGoesFirstThenThumbnailsThenSlidesAheadNewestFirstInEach() {
        assertTimeoutPreemptively(LIMIT, () -> {
            CountDownLatch release = occupy();
            List<CompletableFuture<String>> all = new java.util.ArrayList<>();
            all.add(submit(DecodeQueue.Priority.AHEAD, "ahead 1"));
            all.add(submit(DecodeQueue.Priority.THUMBNAIL, "thumbnail 1"));
            all.add(submit(DecodeQueue.Priority.ON_SHOW, "on show 1"));
            all.add(submit(DecodeQueue.Priority.AHEAD, "ahead 2"));
            all.add(submit(DecodeQueue.Priority.ON_SHOW, "on show 2"));
            all.add(submit(DecodeQueue.Priority.THUMBNAIL, "thumbnail 2"));
            all.add(submit(DecodeQueue.Priority.AHEAD, "after"));
            release.countDown();
            all.forEach(CompletableFuture::join);

            assertThat(ran).containsExactly("on show 2", "on show 1", "thumbnail 2", "thumbnail 1", "after", "ahead 2", "ahead 1");
        });
    }

    @Test
    void aDecodeCancelledOrDoneBeforeItsTurnNeverRuns() {
        assertTimeoutPreemptively(LIMIT, () -> {
            CountDownLatch release = occupy();
            CompletableFuture<String> passed = submit(DecodeQueue.Priority.AHEAD, "passed");
            CompletableFuture<String> known = submit(DecodeQueue.Priority.AHEAD, "known");
            passed.cancel(false);
            known.complete("from elsewhere");
            release.countDown();
            submit(DecodeQueue.Priority.AHEAD, "next").join();

            assertThat(ran).containsExactly("next");
        });
    }

    @Test
    void aDecodeAskedForTwiceRunsOnceAndBothAnswersAreTheSame() {
        assertTimeoutPreemptively(LIMIT, () -> {
            CountDownLatch release = occupy();
            CompletableFuture<String> result = new CompletableFuture<>();
            AtomicInteger decodes = new AtomicInteger();
            queue.submit(DecodeQueue.Priority.AHEAD, result, Runnable::run, () -> "decode " + decodes.incrementAndGet());
            queue.submit(DecodeQueue.Priority.ON_SHOW, result, Runnable::run, () -> "decode " + decodes.incrementAndGet());
            release.countDown();

            assertThat(result.join()).isEqualTo("decode 1");
            submit(DecodeQueue.Priority.AHEAD, "after").join();
            assertThat(decodes.get()).isEqualTo(1);
        });
    }

    @Test
    void runningOutOfMemoryIsTheDecodesFailureAndTheThreadGoesOn() {
        assertTimeoutPreemptively(LIMIT, () -> {
            CompletableFuture<String> huge = new CompletableFuture<>();
            queue.submit(DecodeQueue.Priority.ON_SHOW, huge, Runnable::run, () -> {
                throw new OutOfMemoryError("Java heap space");
            });

            assertThat(huge).failsWithin(LIMIT).withThrowableOfType(java.util.concurrent.ExecutionException.class)
                    .withCauseInstanceOf(OutOfMemoryError.class);
            assertThat(PictureRefusedException.of(huge.handle((value, failure) -> failure).join()).reason())
                    .isEqualTo(PictureRefusedException.Reason.TOO_LARGE);
            assertThat(submit(DecodeQueue.Priority.ON_SHOW, "next").join()).isEqualTo("next");
        });
    }

    @Test
    void theResultIsDeliveredThroughTheGivenExecutorAndTheThreadsAreDaemons() {
        assertTimeoutPreemptively(LIMIT, () -> {
            List<String> delivered = new CopyOnWriteArrayList<>();
            CompletableFuture<String> result = new CompletableFuture<>();
            CompletableFuture<Boolean> daemon = new CompletableFuture<>();
            queue.submit(DecodeQueue.Priority.ON_SHOW, result, work -> {
                delivered.add(Thread.currentThread().getName());
                work.run();
            }, () -> {
                daemon.complete(Thread.currentThread().isDaemon());
                return "decoded";
            });

            assertThat(result.join()).isEqualTo("decoded");
            assertThat(delivered).singleElement().asString().startsWith("storyslides-decode-");
            assertThat(daemon.join()).as("a decode never keeps the app from exiting").isTrue();
        });
    }

    @Test
    void afterShutdownNothingMoreIsDecoded() {
        assertTimeoutPreemptively(LIMIT, () -> {
            CountDownLatch release = occupy();
            CompletableFuture<String> queued = submit(DecodeQueue.Priority.ON_SHOW, "queued");
            queue.shutdown();
            release.countDown();

            assertThat(queued).isNotDone();
            assertThat(ran).isEmpty();
        });
    }

    @Test
    void aSlideAheadJoinsTheQueueOnlyWhenReleasedWhileTheSlideOnShowAndThumbnailsGoAtOnce() {
        assertTimeoutPreemptively(LIMIT, () -> {
            List<Runnable> held = new CopyOnWriteArrayList<>();
            DecodeQueue delayed = new DecodeQueue(1, held::add);
            CompletableFuture<String> ahead = new CompletableFuture<>();
            delayed.submit(DecodeQueue.Priority.AHEAD, ahead, Runnable::run, () -> "ahead");
            CompletableFuture<String> onShow = new CompletableFuture<>();
            delayed.submit(DecodeQueue.Priority.ON_SHOW, onShow, Runnable::run, () -> "on show");
            CompletableFuture<String> thumbnail = new CompletableFuture<>();
            delayed.submit(DecodeQueue.Priority.THUMBNAIL, thumbnail, Runnable::run, () -> "thumbnail");

            assertThat(onShow.join()).isEqualTo("on show");
            assertThat(thumbnail.join()).isEqualTo("thumbnail");
            assertThat(ahead).isNotDone();
            assertThat(held).hasSize(1);
            held.get(0).run();
            assertThat(ahead.join()).isEqualTo("ahead");
        });
    }

    @Test
    void aSlideAheadReleasedAfterShutdownIsNeitherDecodedNorAnError() {
        assertTimeoutPreemptively(LIMIT, () -> {
            List<Runnable> held = new CopyOnWriteArrayList<>();
            DecodeQueue delayed = new DecodeQueue(1, held::add);
            AtomicInteger decodes = new AtomicInteger();
            CompletableFuture<String> ahead = new CompletableFuture<>();
            delayed.submit(DecodeQueue.Priority.AHEAD, ahead, Runnable::run, () -> "decode " + decodes.incrementAndGet());
            delayed.shutdown();
            held.get(0).run();

            assertThat(ahead).isNotDone();
            assertThat(decodes.get()).isZero();
        });
    }

    @Test
    void theAppsQueueHoldsASlideAheadBackForItsDelay() {
        assertTimeoutPreemptively(LIMIT, () -> {
            DecodeQueue app = new DecodeQueue();
            CompletableFuture<Long> ahead = new CompletableFuture<>();
            long asked = System.nanoTime();
            app.submit(DecodeQueue.Priority.AHEAD, ahead, Runnable::run, System::nanoTime);

            assertThat(java.time.Duration.ofNanos(ahead.join() - asked)).isGreaterThanOrEqualTo(DecodeQueue.AHEAD_DELAY);
            app.shutdown();
        });
    }
}
