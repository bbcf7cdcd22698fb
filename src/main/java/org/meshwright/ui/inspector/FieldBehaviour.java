package org.meshwright.ui.inspector;

import java.util.function.Function;
import org.meshwright.edit.Command;
import org.meshwright.model.ElementRef;

/**
 * How one field checks and turns an input into a command. The input is a {@link String}, a
 * {@link java.util.List} (tags, via, ports) or a {@link PortCell}. Behaviours look the element
 * up by id when called, never hold on to the record they were built from.
 */
interface FieldBehaviour {

    /** {@code null} where the input is acceptable, else why not. */
    String validate(Object input);

    /** The edit an accepted input makes, or {@code null} where it changes nothing. */
    Edit edit(Object input);

    /**
     * A command to execute and, where it gives the element {@code origin} another id (a
     * rename, a link whose ends change), the element to show instead afterwards.
     */
    record Edit(Command command, ElementRef origin, ElementRef follow) {

        /** An edit that leaves every id as it is. */
        static Edit of(Command command) {
            return new Edit(command, null, null);
        }
    }

    /** A new text for one cell of a ports editor. */
    record PortCell(int index, FieldModel.PortColumn column, String text) {
    }

    /** A behaviour for a single text input: {@code check} says why not, {@code change} builds the edit. */
    static FieldBehaviour ofText(Function<String, String> check, Function<String, Edit> change) {
        return new FieldBehaviour() {
            @Override
            public String validate(Object input) {
                if (!(input instanceof String s)) {
                    return "expected text";
                }
                return check.apply(s);
            }

            @Override
            public Edit edit(Object input) {
                return change.apply((String) input);
            }
        };
    }
}
