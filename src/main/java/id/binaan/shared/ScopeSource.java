package id.binaan.shared;

/** The scope of the signed-in account of the current request, or {@code null} when there is none. */
@FunctionalInterface
public interface ScopeSource {

    Scope scopeOfSignedInUser();
}
