package id.binaan.shared;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * What the current work may see and change, by facility (DESIGN.md "Users and roles"): a facility's ADMIN or
 * STAFF their own facility, a partner liaison the facilities their institution works with, a regional officer
 * their region's facilities (read only), a national officer every facility (read only). Maintenance work of the
 * application itself (sweeping old imports, checking the audit chain) runs as {@link #system()}.
 * <p>
 * The application limits its queries by this scope, and the database a second time: {@link ScopedDataSource}
 * hands it to PostgreSQL as settings that the row-level security policies read (V2026.11.30.52).
 * <p>
 * The scope of a request comes from its signed-in account ({@link ScopeSource}); other work names its scope with
 * {@link #run(Runnable)} or {@link #call(Callable)}. Work with no scope at all sees and changes nothing.
 */
public record Scope(Kind kind, List<Long> facilities, Long partnerId, Long regionId) {

    public enum Kind {
        /** An ADMIN or STAFF of one facility: reads and changes that facility's records. */
        FACILITY,
        /** A partner liaison: their institution's records in every facility it works with. */
        PARTNER,
        /** A regional officer: reads the region's facilities. */
        REGIONAL,
        /** A national officer: reads every facility. */
        NATIONAL,
        /** The application's own maintenance: reads and changes every facility. */
        SYSTEM,
        /** Nothing: anonymous work. */
        NONE
    }

    public static final Scope NONE = new Scope(Kind.NONE, List.of(), null, null);
    private static final Scope SYSTEM = new Scope(Kind.SYSTEM, List.of(), null, null);
    private static final Scope NATIONAL = new Scope(Kind.NATIONAL, List.of(), null, null);

    private static final ThreadLocal<Scope> BOUND = new ThreadLocal<>();
    private static final ThreadLocal<Boolean> IN_REQUEST = new ThreadLocal<>();
    private static volatile ScopeSource source = () -> null;
    private static volatile Scope fallback = NONE;

    public Scope {
        facilities = facilities == null ? List.of() : List.copyOf(facilities);
    }

    public static Scope facility(long facilityId) {
        return new Scope(Kind.FACILITY, List.of(facilityId), null, null);
    }

    public static Scope partner(long partnerId) {
        return new Scope(Kind.PARTNER, List.of(), partnerId, null);
    }

    public static Scope region(long regionId, List<Long> facilities) {
        return new Scope(Kind.REGIONAL, facilities, null, regionId);
    }

    public static Scope national() {
        return NATIONAL;
    }

    public static Scope system() {
        return SYSTEM;
    }

    /** The scope of the work on this thread: the one named by {@link #run}, else the signed-in account's. */
    public static Scope current() {
        Scope bound = BOUND.get();
        if (bound != null) {
            return bound;
        }
        Scope signedIn = source.scopeOfSignedInUser();
        if (signedIn != null) {
            return signedIn;
        }
        return Boolean.TRUE.equals(IN_REQUEST.get()) ? NONE : fallback;
    }

    /** Binds this scope to the current thread until {@link #unbind()} (the start-up work, see StartupLock). */
    void bind() {
        BOUND.set(this);
    }

    static void unbind() {
        BOUND.remove();
    }

    /** Marks the current thread as serving a web request: without a signed-in account, its scope is {@link #NONE}. */
    static void enterRequest() {
        IN_REQUEST.set(Boolean.TRUE);
    }

    static void leaveRequest() {
        IN_REQUEST.remove();
    }

    /** Runs {@code work} in this scope on the current thread, restoring the previous one afterwards. */
    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    public <T> T call(Supplier<T> work) {
        Scope previous = BOUND.get();
        BOUND.set(this);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                BOUND.remove();
            } else {
                BOUND.set(previous);
            }
        }
    }

    public <T> T callChecked(Callable<T> work) throws Exception {
        Scope previous = BOUND.get();
        BOUND.set(this);
        try {
            return work.call();
        } finally {
            if (previous == null) {
                BOUND.remove();
            } else {
                BOUND.set(previous);
            }
        }
    }

    /** Where the scope of a signed-in request comes from (the account module). */
    public static void useSource(ScopeSource scopeSource) {
        source = scopeSource == null ? () -> null : scopeSource;
    }

    /**
     * The scope of work that names none, on no signed-in request: {@link #NONE} in the application. Tests give
     * their own code (fixtures, direct service calls) the first facility this way.
     */
    public static void useFallback(Scope scope) {
        fallback = scope == null ? NONE : scope;
    }

    /** One facility's own records (an ADMIN's or STAFF's work). */
    public boolean isFacility() {
        return kind == Kind.FACILITY;
    }

    /** The facility new records belong to: a facility user's own; none for other scopes. */
    public Long homeFacility() {
        return kind == Kind.FACILITY ? facilities.get(0) : null;
    }

    /** Whether this scope reads every facility. */
    public boolean readsAll() {
        return kind == Kind.NATIONAL || kind == Kind.SYSTEM;
    }

    /** Whether this scope may read the given facility's records; partners' facilities are decided by the database. */
    public boolean reads(Long facilityId) {
        return readsAll() || kind == Kind.PARTNER || facilities.contains(facilityId);
    }

    /**
     * The application's own wall in SQL: a condition limiting {@code column} (a facility id) to this scope, to be
     * joined into a query's {@code where} with {@code and}. The ids are numbers of this scope, never user input.
     * A partner's facilities are those of their institution's programs, which their queries filter by already.
     */
    public String sql(String column) {
        return switch (kind) {
            case FACILITY, REGIONAL -> facilities.isEmpty() ? "false"
                    : column + " in (" + facilities.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")";
            case PARTNER, NATIONAL, SYSTEM -> "true";
            case NONE -> "false";
        };
    }

    private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile("\\{inScope:([a-z_.]+)}");

    /** {@code sql} with every {@code {inScope:column}} replaced by {@link #sql(String) this scope's condition}. */
    public String scoped(String sql) {
        return TOKEN.matcher(sql).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(sql(m.group(1))));
    }

    /** The three settings the row-level security policies read: binaan.read, binaan.write, binaan.facility. */
    String[] settings() {
        String list = facilities.stream().map(String::valueOf).collect(Collectors.joining(","));
        return switch (kind) {
            case FACILITY -> new String[] {list, list, list};
            case PARTNER -> new String[] {"partner:" + partnerId, "partner:" + partnerId, ""};
            case REGIONAL -> new String[] {"region:" + regionId, "", ""};
            case NATIONAL -> new String[] {"*", "", ""};
            case SYSTEM -> new String[] {"*", "*", ""};
            case NONE -> new String[] {"", "", ""};
        };
    }
}
