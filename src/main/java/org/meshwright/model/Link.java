package org.meshwright.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A data-sharing link: data flows from the provider {@code from} to the consumer {@code to},
 * through the nodes of {@code via} in order. Immutable; change it through
 * {@link #toBuilder()}.
 *
 * <p>Its identity is its {@link #effectiveId()}: the explicit {@code id} where there is one,
 * otherwise {@code FROM->TO}.
 */
public record Link(
        String id,
        String from,
        String to,
        String fromPort,
        List<String> via,
        AccessMode accessMode,
        String contract,
        boolean anonymized,
        String purpose,
        LinkStatus status,
        String description,
        Map<String, Object> extensions) {

    public Link {
        Ids.optional(id, "link id");
        Ids.require(from, "from");
        Ids.require(to, "to");
        Ids.optional(fromPort, "fromPort");
        Ids.optional(contract, "contract");
        via = via == null ? List.of() : List.copyOf(via);
        via.forEach(v -> Ids.require(v, "via"));
        accessMode = accessMode == null ? AccessMode.BATCH : accessMode;
        status = status == null ? LinkStatus.ACTIVE : status;
        extensions = Extensions.copyOf(extensions);
    }

    public static Builder builder(String from, String to) {
        return new Builder(from, to);
    }

    public static Link of(String from, String to) {
        return builder(from, to).build();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The explicit id, or {@code FROM->TO}. */
    public String effectiveId() {
        return id != null ? id : Ids.defaultLinkId(from, to);
    }

    /** Builds a {@link Link}; every field starts at its default. */
    public static final class Builder {
        private String id;
        private String from;
        private String to;
        private String fromPort;
        private List<String> via = new ArrayList<>();
        private AccessMode accessMode = AccessMode.BATCH;
        private String contract;
        private boolean anonymized;
        private String purpose;
        private LinkStatus status = LinkStatus.ACTIVE;
        private String description;
        private Map<String, Object> extensions = new LinkedHashMap<>();

        private Builder(String from, String to) {
            this.from = from;
            this.to = to;
        }

        private Builder(Link l) {
            this(l.from, l.to);
            id = l.id;
            fromPort = l.fromPort;
            via = new ArrayList<>(l.via);
            accessMode = l.accessMode;
            contract = l.contract;
            anonymized = l.anonymized;
            purpose = l.purpose;
            status = l.status;
            description = l.description;
            extensions = new LinkedHashMap<>(l.extensions);
        }

        public Builder id(String v) { id = v; return this; }
        public Builder from(String v) { from = v; return this; }
        public Builder to(String v) { to = v; return this; }
        public Builder fromPort(String v) { fromPort = v; return this; }
        public Builder via(List<String> v) { via = new ArrayList<>(v); return this; }
        public Builder accessMode(AccessMode v) { accessMode = Objects.requireNonNull(v); return this; }
        public Builder contract(String v) { contract = v; return this; }
        public Builder anonymized(boolean v) { anonymized = v; return this; }
        public Builder purpose(String v) { purpose = v; return this; }
        public Builder status(LinkStatus v) { status = Objects.requireNonNull(v); return this; }
        public Builder description(String v) { description = v; return this; }
        public Builder extensions(Map<String, Object> v) { extensions = new LinkedHashMap<>(v); return this; }

        public Link build() {
            return new Link(id, from, to, fromPort, via, accessMode, contract, anonymized, purpose, status,
                    description, extensions);
        }
    }
}
