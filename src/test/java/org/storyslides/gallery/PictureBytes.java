package org.storyslides.gallery;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Picture bytes made on purpose: headers with chosen fields. */
final class PictureBytes {

    private PictureBytes() {
    }

    /** A bitmap's file header and a DIB header of {@code headerSize} bytes (12: OS/2's, 16-bit sizes), no pixels. */
    static byte[] bmpHeader(int headerSize, int width, int height) {
        ByteBuffer bytes = ByteBuffer.allocate(14 + Math.max(headerSize, 16)).order(ByteOrder.LITTLE_ENDIAN);
        bytes.put((byte) 'B').put((byte) 'M').putInt(14 + headerSize).putInt(0).putInt(14 + headerSize);
        bytes.putInt(headerSize);
        if (headerSize == 12) {
            bytes.putShort((short) width).putShort((short) height).putShort((short) 1).putShort((short) 24);
        } else {
            bytes.putInt(width).putInt(height).putShort((short) 1).putShort((short) 24);
        }
        return bytes.array();
    }
}
