package org.storyslides.gallery;

// TEMPORARY stand-in until the pictures branch lands
final class DecodeBudget {
    private final long capacity;
    private long used;

    DecodeBudget(long capacityBytes) {
        this.capacity = capacityBytes;
    }

    long capacity() {
        return capacity;
    }

    synchronized Permit acquire(long bytes) throws InterruptedException {
        if (bytes > capacity) {
            throw new IllegalArgumentException("over budget");
        }
        while (used + bytes > capacity) {
            wait();
        }
        used += bytes;
        return new Permit(bytes);
    }

    private synchronized void release(long bytes) {
        used -= bytes;
        notifyAll();
    }

    final class Permit implements AutoCloseable {
        private long bytes;

        Permit(long bytes) {
            this.bytes = bytes;
        }

        @Override
        public void close() {
            release(bytes);
            bytes = 0;
        }
    }
}
