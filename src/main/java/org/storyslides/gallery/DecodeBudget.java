package org.storyslides.gallery;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The memory that picture decodes in flight may take together, shared by every decoding thread: a
 * decode first takes a {@link Permit} for the bytes it will need and waits while they are not free,
 * so that concurrent decodes queue instead of running the heap out. Requests are served strictly in
 * the order they came: a big request at the head of the queue is not overtaken by smaller ones that
 * would fit beside what is taken, so it cannot be starved.
 *
 * <p>A lock, a condition and a queue of waiting requests rather than a fair {@code Semaphore}: the
 * count stays exact in bytes (no rounding to kilobytes to fit an {@code int}), and the first-come
 * rule is spelt out here instead of resting on how a fair semaphore treats multi-permit requests.
 */
final class DecodeBudget {

    private final long capacity;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    // the requests waiting their turn, oldest first; only the head may take its bytes
    private final Queue<Object> queue = new ArrayDeque<>();
    private long available;

    /** A budget of {@code capacityBytes}, all free. */
    DecodeBudget(long capacityBytes) {
        if (capacityBytes <= 0) {
            throw new IllegalArgumentException("capacity must be positive: " + capacityBytes);
        }
        this.capacity = capacityBytes;
        this.available = capacityBytes;
    }

    /**
     * Takes {@code bytes} from the budget, waiting until every earlier request has been served and
     * that many bytes are free.
     *
     * @throws IllegalArgumentException at once when {@code bytes} is negative or more than the whole
     *                                  capacity (it could never be served: the picture is too large to open)
     * @throws InterruptedException     when the thread is interrupted while waiting; nothing is taken
     */
    Permit acquire(long bytes) throws InterruptedException {
        if (bytes < 0 || bytes > capacity) {
            throw new IllegalArgumentException(bytes + " bytes asked of a budget of " + capacity);
        }
        Object turn = new Object();
        lock.lock();
        try {
            queue.add(turn);
            try {
                while (queue.peek() != turn || available < bytes) {
                    changed.await();
                }
            } catch (InterruptedException e) {
                queue.remove(turn);
                changed.signalAll(); // the one behind may now be at the head
                throw e;
            }
            queue.remove();
            available -= bytes;
            changed.signalAll(); // the next one may fit in what is left
            return new Permit(bytes);
        } finally {
            lock.unlock();
        }
    }

    /** The bytes no permit holds now. */
    long available() {
        lock.lock();
        try {
            return available;
        } finally {
            lock.unlock();
        }
    }

    /** The requests waiting now. */
    int waiting() {
        lock.lock();
        try {
            return queue.size();
        } finally {
            lock.unlock();
        }
    }

    long capacity() {
        return capacity;
    }

    /** Bytes taken from the budget until closed; closing again does nothing. */
    final class Permit implements AutoCloseable {

        private final long bytes;
        private boolean closed; // guarded by the budget's lock

        private Permit(long bytes) {
            this.bytes = bytes;
        }

        long bytes() {
            return bytes;
        }

        @Override
        public void close() {
            lock.lock();
            try {
                if (!closed) {
                    closed = true;
                    available += bytes;
                    changed.signalAll();
                }
            } finally {
                lock.unlock();
            }
        }
    }
}
