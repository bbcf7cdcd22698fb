package org.meshwright.layout;

import java.util.concurrent.CancellationException;

/** A layout stopped because its {@link LayoutMonitor} asked it to; it produced no result. */
public final class LayoutCancelledException extends CancellationException {

    public LayoutCancelledException() {
        super("layout cancelled");
    }
}
