package org.meshwright.ui.inspector;

/** The kind of control a {@link FieldModel} wants, and the shape of its value. */
public enum FieldKind {
    /** One line of free text; empty means "not set". */
    TEXT,
    /** Several lines of free text. */
    MULTILINE_TEXT,
    /** An id of the format (pattern and, for domains and nodes, uniqueness). */
    ID,
    /** The id of another element, picked from {@link FieldModel#choices()}. */
    ID_REFERENCE,
    /** One keyword of an enum, from {@link FieldModel#choices()}. */
    CHOICE,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** A decimal number. */
    NUMBER,
    /** A list of free strings, as {@link FieldModel#items()}. */
    TAGS,
    /** An ordered list of ids picked from {@link FieldModel#choices()}, as {@link FieldModel#items()}. */
    ID_LIST,
    /** A data product's output ports, as {@link FieldModel#ports()}. */
    PORTS,
    /** An ISO-8601 duration such as {@code PT15M}. */
    DURATION
}
