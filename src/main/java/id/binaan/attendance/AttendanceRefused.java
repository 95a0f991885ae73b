package id.binaan.attendance;

/** A request the attendance rules refuse; {@code messageKey} says why. Nothing was changed. */
class AttendanceRefused extends RuntimeException {

    private final String messageKey;

    AttendanceRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }
}
