package org.storyslides.gallery;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The shared decode budget: waits in order of arrival, never hands out more than it has, gives back once. */
class DecodeBudgetTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);

    private final DecodeBudget budget = new DecodeBudget(100);

    @Test
    void aRequestThatFitsIsServedAtOnceAndTakesItsBytes() throws InterruptedException {
        DecodeBudget.Permit permit = budget.acquire(30);

        assertThat(permit.bytes()).isEqualTo(30);
        assertThat(budget.available()).isEqualTo(70);
        assertThat(budget.capacity()).isEqualTo(100);
    }

    @Test
    void theWholeCapacityAndZeroBytesCanBeAskedFor() {
        assertTimeoutPreemptively(LIMIT, () -> {
            try (DecodeBudget.Permit all = budget.acquire(100); DecodeBudget.Permit none = budget.acquire(0)) {
                assertThat(budget.available()).isZero();
            }
            assertThat(budget.available()).isEqualTo(100);
        });
    }

    @Test
    void closingAPermitGivesItsBytesBackOnceOnly() throws InterruptedException {
        DecodeBudget.Permit permit = budget.acquire(40);
        budget.acquire(10);

        permit.close();
        permit.close();

        assertThat(budget.available()).isEqualTo(90);
    }

    @Test
    void aRequestLargerThanTheCapacityIsRefusedAtOnceNotQueued() {
        assertThatThrownBy(() -> budget.acquire(101)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("101");
        assertThatThrownBy(() -> budget.acquire(-1)).isInstanceOf(IllegalArgumentException.class);

        assertThat(budget.available()).isEqualTo(100);
        assertThat(budget.waiting()).isZero();
    }

    @Test
    void aBudgetMustHaveRoomForSomething() {
        assertThatThrownBy(() -> new DecodeBudget(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DecodeBudget(-5)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new DecodeBudget(1).available()).isEqualTo(1);
    }

    @Test
    void aRequestWaitsUntilEnoughBytesAreGivenBack() {
        assertTimeoutPreemptively(LIMIT, () -> {
            DecodeBudget.Permit held = budget.acquire(80);
            CompletableFuture<DecodeBudget.Permit> waiter = acquireInAnotherThread(50);
            awaitWaiting(1);

            assertThat(waiter).isNotDone();
            held.close();

            assertThat(waiter.get().bytes()).isEqualTo(50);
            assertThat(budget.available()).isEqualTo(50);
            assertThat(budget.waiting()).isZero();
        });
    }

    @Test
    void aBigRequestIsNotOvertakenBySmallOnesThatCameAfterIt() {
        assertTimeoutPreemptively(LIMIT, () -> {
            DecodeBudget.Permit first = budget.acquire(60);
            DecodeBudget.Permit second = budget.acquire(30);
            CompletableFuture<DecodeBudget.Permit> big = acquireInAnotherThread(80);
            awaitWaiting(1);
            CompletableFuture<DecodeBudget.Permit> small = acquireInAnotherThread(5);
            awaitWaiting(2);

            second.close(); // 40 free: the small one would fit, but the big one is ahead of it
            assertThat(budget.available()).isEqualTo(40);
            assertThat(budget.waiting()).isEqualTo(2);
            assertThat(big).isNotDone();
            assertThat(small).isNotDone();

            first.close(); // 100 free: the big one first, then the small one in what is left
            assertThat(big.get().bytes()).isEqualTo(80);
            assertThat(small.get().bytes()).isEqualTo(5);
            assertThat(budget.available()).isEqualTo(15);
        });
    }

    @Test
    void anInterruptedWaiterTakesNothingAndLetsTheNextOneIn() {
        assertTimeoutPreemptively(LIMIT, () -> {
            budget.acquire(60);
            CompletableFuture<Throwable> interrupted = new CompletableFuture<>();
            Thread bigWaiter = new Thread(() -> {
                try {
                    budget.acquire(80);
                    interrupted.complete(null);
                } catch (InterruptedException e) {
                    interrupted.complete(e);
                }
            });
            bigWaiter.setDaemon(true);
            bigWaiter.start();
            awaitWaiting(1);
            CompletableFuture<DecodeBudget.Permit> small = acquireInAnotherThread(10);
            awaitWaiting(2);

            bigWaiter.interrupt();

            assertThat(interrupted.get()).isInstanceOf(InterruptedException.class);
            assertThat(small.get().bytes()).isEqualTo(10);
            assertThat(budget.available()).isEqualTo(30);
            assertThat(budget.waiting()).isZero();
        });
    }

    @Test
    void concurrentDecodesNeverHoldMoreThanTheCapacityAndGiveEverythingBack() {
        assertTimeoutPreemptively(LIMIT, () -> {
            AtomicLong inUse = new AtomicLong();
            AtomicLong mostInUse = new AtomicLong();
            int threads = 4;
            CountDownLatch start = new CountDownLatch(1);
            CountDownLatch done = new CountDownLatch(threads);
            List<Throwable> failures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                new Thread(() -> {
                    try {
                        start.await();
                        for (int i = 0; i < 2_000; i++) {
                            long bytes = ThreadLocalRandom.current().nextLong(1, 101);
                            try (DecodeBudget.Permit permit = budget.acquire(bytes)) {
                                mostInUse.accumulateAndGet(inUse.addAndGet(permit.bytes()), Math::max);
                                inUse.addAndGet(-permit.bytes());
                            }
                        }
                    } catch (Throwable e) {
                        synchronized (failures) {
                            failures.add(e);
                        }
                    } finally {
                        done.countDown();
                    }
                }).start();
            }
            start.countDown();

            assertThat(done.await(LIMIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
            assertThat(failures).isEmpty();
            assertThat(mostInUse.get()).isBetween(1L, 100L);
            assertThat(budget.available()).isEqualTo(100);
            assertThat(budget.waiting()).isZero();
        });
    }

    private CompletableFuture<DecodeBudget.Permit> acquireInAnotherThread(long bytes) {
        CompletableFuture<DecodeBudget.Permit> permit = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                permit.complete(budget.acquire(bytes));
            } catch (Throwable e) {
                permit.completeExceptionally(e);
            }
        });
        thread.setDaemon(true);
        thread.start();
        return permit;
    }

    /** Returns once {@code count} requests are queued (the caller's timeout bounds the wait). */
    private void awaitWaiting(int count) {
        while (budget.waiting() != count) {
            Thread.onSpinWait();
        }
    }
}
