package dev.deltabox.runtime.doctor;

/** One line of {@code deltabox doctor}: a requirement, how it stands, and how to fix it. */
public record Check(String name, Status status, String detail, String fix) {

    public enum Status {
        /** present and usable */
        OK,
        /** works, but something the user should know (e.g. a slower fallback) */
        NOTE,
        /** a soft requirement is missing: some features will not work */
        WARN,
        /** a hard requirement is missing: DeltaBox cannot run */
        FAIL
    }

    public static Check ok(String name, String detail) { return new Check(name, Status.OK, detail, null); }

    public static Check note(String name, String detail) { return new Check(name, Status.NOTE, detail, null); }

    public static Check warn(String name, String detail, String fix) { return new Check(name, Status.WARN, detail, fix); }

    public static Check fail(String name, String detail, String fix) { return new Check(name, Status.FAIL, detail, fix); }
}
