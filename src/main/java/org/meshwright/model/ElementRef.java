package org.meshwright.model;

import java.util.Objects;

/**
 * Names one element of a mesh by kind and id, so that findings, selections and source
 * positions can refer to it without holding the element itself.
 */
public record ElementRef(ElementKind kind, String id) {

    public static final ElementRef MESH = new ElementRef(ElementKind.MESH, "");

    public ElementRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static ElementRef domain(String id) {
        return new ElementRef(ElementKind.DOMAIN, id);
    }

    public static ElementRef node(String id) {
        return new ElementRef(ElementKind.NODE, id);
    }

    public static ElementRef link(String effectiveId) {
        return new ElementRef(ElementKind.LINK, effectiveId);
    }

    public static ElementRef port(String productId, String portId) {
        return new ElementRef(ElementKind.PORT, productId + "/" + portId);
    }

    public static ElementRef layoutNode(String key) {
        return new ElementRef(ElementKind.LAYOUT_NODE, key);
    }

    public static ElementRef layoutDomain(String key) {
        return new ElementRef(ElementKind.LAYOUT_DOMAIN, key);
    }
}
