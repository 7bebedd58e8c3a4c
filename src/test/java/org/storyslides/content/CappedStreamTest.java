package org.storyslides.content;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** A metadata read ends at its limit as at a file's end. */
class CappedStreamTest {

    private static CappedStream capped(int size, int limit) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) (i + 1);
        }
        return new CappedStream(new ByteArrayInputStream(bytes), limit);
    }

    @Test
    void bytesOneByOneStopAtTheLimit() throws IOException {
        CappedStream in = capped(5, 3);
        assertThat(in.read()).isEqualTo(1);
        assertThat(in.read()).isEqualTo(2);
        assertThat(in.read()).isEqualTo(3);
        assertThat(in.read()).isEqualTo(-1);
    }

    @Test
    void aZeroByteCountsAsAByte() throws IOException {
        CappedStream in = new CappedStream(new ByteArrayInputStream(new byte[]{0, 0, 0}), 2);
        assertThat(in.read()).isZero();
        assertThat(in.read()).isZero();
        assertThat(in.read()).isEqualTo(-1);
    }

    @Test
    void theEndOfTheStreamBeforeTheLimitIsItsEnd() throws IOException {
        CappedStream in = capped(1, 3);
        assertThat(in.read()).isEqualTo(1);
        assertThat(in.read()).isEqualTo(-1);
        assertThat(in.read()).isEqualTo(-1);
        byte[] buffer = new byte[4];
        assertThat(in.read(buffer, 0, 4)).isEqualTo(-1);
    }

    @Test
    void aBlockReadIsCutAtTheLimit() throws IOException {
        CappedStream in = capped(10, 4);
        byte[] buffer = new byte[8];
        assertThat(in.read(buffer, 0, 3)).isEqualTo(3);
        assertThat(in.read(buffer, 3, 5)).isEqualTo(1);
        assertThat(buffer).startsWith(1, 2, 3, 4, 0);
        assertThat(in.read(buffer, 0, 8)).isEqualTo(-1);
        assertThat(in.read(buffer, 0, 0)).isZero();
    }

    @Test
    void aBlockReadOfNothingIsNothingEvenAtTheLimit() throws IOException {
        CappedStream in = capped(10, 1);
        assertThat(in.read()).isEqualTo(1);
        assertThat(in.read(new byte[2], 0, 0)).isZero();
        assertThat(in.read(new byte[2], 0, 2)).isEqualTo(-1);
    }

    @Test
    void aSkipCountsAndStopsAtTheLimit() throws IOException {
        CappedStream in = capped(10, 6);
        assertThat(in.skip(2)).isEqualTo(2);
        assertThat(in.read()).isEqualTo(3);
        assertThat(in.skip(10)).isEqualTo(3);
        assertThat(in.read()).isEqualTo(-1);
        assertThat(in.skip(1)).isZero();
    }

    @Test
    void whatIsAvailableIsWithinTheLimit() throws IOException {
        assertThat(capped(10, 4).available()).isEqualTo(4);
        assertThat(capped(3, 4).available()).isEqualTo(3);
        CappedStream in = capped(10, 2);
        in.skip(2);
        assertThat(in.available()).isZero();
    }
}
